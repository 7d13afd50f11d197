#include "spiegel/diag.h"

#include <stdarg.h>
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

/* A message is one line of valid UTF-8 for a terminal: invalid bytes
 * (from a name cut short, or a hostile file) and control characters (an ESC
 * from a command-line argument) become '?'. */
static void sanitize(char *s)
{
	size_t n = strlen(s), i = 0;
	while (i < n) {
		size_t ok = utf8_valid_prefix(s + i, n - i);
		for (size_t k = i; k < i + ok; k++) {
			unsigned char c = (unsigned char)s[k];
			if (c < 0x20 || c == 0x7f)
				s[k] = '?';
			else if (c == 0xc2 && k + 1 < i + ok && (unsigned char)s[k + 1] >= 0x80 &&
				 (unsigned char)s[k + 1] <= 0x9f) {
				s[k] = '?';
				s[k + 1] = '?';
			}
		}
		i += ok;
		if (i < n)
			s[i++] = '?';
	}
}

void diag_add(struct diag *d, const char *fmt, ...)
{
	if (d->len == d->cap) {
		size_t cap = d->cap ? d->cap * 2 : 8;
		char **m = realloc(d->msgs, cap * sizeof(*m));
		if (!m) {
			d->oom = true;
			return;
		}
		d->msgs = m;
		d->cap = cap;
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
		sanitize(s);
		d->msgs[d->len++] = s;
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
