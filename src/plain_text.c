/* What plain mode writes (plain_text.h). */
#define _GNU_SOURCE
#include "plain_text.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "hint.h"
#include "spiegel/diag.h"
#include "spiegel/report.h"

/* Everything plain mode writes goes through say: texts from the content
 * and the session file are neutralised (diag_neutral), so that no file can
 * send the terminal an escape sequence or a bidi override. */
void plain_vsay(FILE *out, const char *fmt, va_list ap)
{
	char *s = NULL;
	if (vasprintf(&s, fmt, ap) < 0)
		return;
	/* a command it names, as the user can run it */
	char *h = hint_rewrite(s);
	free(s);
	if (!h)
		return;
	s = h;
	size_t len = strlen(s);
	s = diag_neutralize(s, &len, DIAG_TEXT);
	if (s)
		fwrite(s, 1, len, out);
	free(s);
}

void plain_say(FILE *out, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	plain_vsay(out, fmt, ap);
	va_end(ap);
}

/* Drop terminal escape sequences (an arrow key sends ESC [ A) and other
 * control characters from a typed line; a tab becomes a space. Files may not
 * hold control characters, so they never reach the session. */
void plain_strip_controls(char *s)
{
	unsigned char *r = (unsigned char *)s, *w = r;
	while (*r) {
		if (*r == 0x1b) { /* ESC [ params final, ESC O x, or ESC x */
			r++;
			if (*r == '[') {
				r++;
				while (*r && !(*r >= 0x40 && *r <= 0x7e))
					r++;
				if (*r)
					r++;
			} else if (*r) {
				r += r[0] == 'O' && r[1] ? 2 : 1;
			}
		} else if (*r == '\t') {
			*w++ = ' ';
			r++;
		} else if (*r < 0x20 || *r == 0x7f) {
			r++;
		} else if (r[0] == 0xc2 && r[1] >= 0x80 && r[1] <= 0x9f) {
			r += 2;
		} else {
			*w++ = *r++;
		}
	}
	*w = '\0';
}

/* first ("  - ", "  12. "), then text wrapped beside it: the lines after
 * the first under the start of the text (one bullet per paragraph, never
 * one per line). */
void plain_hanging(FILE *out, const char *first, const char *text)
{
	char indent[16];
	size_t n = strlen(first) < sizeof(indent) - 1 ? strlen(first) : sizeof(indent) - 1;
	memset(indent, ' ', n);
	indent[n] = '\0';
	char *w = report_wrap(text, 78, indent);
	if (w && strlen(w) >= n)
		plain_say(out, "%s%s", first, w + n);
	free(w);
}

void plain_wrapped(FILE *out, const char *text, const char *indent)
{
	char *w = report_wrap(text, 78, indent);
	if (w)
		plain_say(out, "%s", w);
	free(w);
}
