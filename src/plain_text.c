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
void plain_say(FILE *out, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *s = NULL;
	int n = vasprintf(&s, fmt, ap);
	va_end(ap);
	if (n < 0)
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
