#include "spiegel/diag.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

void diag_init(struct diag *d)
{
	d->msgs = NULL;
	d->len = d->cap = 0;
	d->oom = false;
}

void diag_clear(struct diag *d)
{
	for (size_t i = 0; i < d->len; i++)
		free(d->msgs[i]);
	d->len = 0;
	d->oom = false;
}

void diag_finish(struct diag *d)
{
	if (!d)
		return;
	diag_clear(d);
	free(d->msgs);
	diag_init(d);
}

bool diag_unsafe_char(unsigned long c)
{
	return c < 0x20 || (c >= 0x7f && c < 0xa0) || c == 0x061c || (c >= 0x200b && c <= 0x200f) ||
	       (c >= 0x2028 && c <= 0x202e) || (c >= 0x2060 && c <= 0x2069) || c == 0xfeff;
}

bool diag_has_unsafe(const char *s)
{
	size_t n = strlen(s), i = 0;
	while (i < n) {
		uint32_t c;
		size_t k = utf8_decode(s + i, n - i, &c);
		if (k == 0 || (diag_unsafe_char(c) && c != '\n' && c != '\t'))
			return true;
		i += k;
	}
	return false;
}

char *diag_neutral(const char *s, size_t n, enum diag_mode mode, size_t *len)
{
	struct strbuf b;
	strbuf_init(&b);
	size_t i = 0;
	while (i < n) {
		/* runs of safe characters at once */
		size_t j = i;
		uint32_t c = 0;
		size_t k = 0;
		for (;;) {
			/* printable ASCII, most of a report, is safe in every
			 * mode: without decoding */
			while (j < n && (unsigned char)s[j] >= 0x20 && (unsigned char)s[j] < 0x7f)
				j++;
			if (!(j < n && (k = utf8_decode(s + j, n - j, &c)) != 0 &&
			      (!diag_unsafe_char(c) ||
			       (mode != DIAG_LINE &&
				(c == '\n' || c == '\t' ||
				 (c == '\r' && j + 1 < n && s[j + 1] == '\n'))))))
				break;
			j += k;
		}
		strbuf_append(&b, s + i, j - i);
		i = j;
		if (i >= n)
			break;
		if (k == 0) { /* an invalid byte */
			strbuf_puts(&b, DIAG_REPLACEMENT);
			i++;
		} else if (mode == DIAG_LINE && c == '\t') {
			strbuf_puts(&b, " ");
			i += k;
		} else if (mode == DIAG_JSON && c >= 0x20) {
			strbuf_printf(&b, "\\u%04x", (unsigned)c);
			i += k;
		} else {
			strbuf_puts(&b, DIAG_REPLACEMENT);
			i += k;
		}
	}
	size_t m;
	char *out = strbuf_steal(&b, &m);
	if (out && len)
		*len = m;
	return out;
}

char *diag_neutralize(char *s, size_t *n, enum diag_mode mode)
{
	char *out = diag_neutral(s, *n, mode, n);
	free(s);
	return out;
}

void diag_add(struct diag *d, const char *fmt, ...)
{
	if (!ARRAY_ROOM(d->msgs, d->len, d->cap, 8)) {
		d->oom = true;
		return;
	}
	va_list ap;
	va_start(ap, fmt);
	char *s = NULL;
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n >= 0 && (s = malloc((size_t)n + 1))) {
		va_start(ap, fmt);
		vsnprintf(s, (size_t)n + 1, fmt, ap);
		va_end(ap);
		/* one line of valid UTF-8, safe for a terminal, whatever the
		 * file names and texts in it held */
		size_t len = (size_t)n;
		if ((s = diag_neutralize(s, &len, DIAG_LINE)))
			d->msgs[d->len++] = s;
		else
			d->oom = true;
	} else {
		d->oom = true;
	}
}

size_t diag_count(const struct diag *d)
{
	return d->len + (d->oom ? 1 : 0);
}

const char *diag_msg(const struct diag *d, size_t i)
{
	if (i < d->len)
		return d->msgs[i];
	return "onvoldoende geheugen";
}
