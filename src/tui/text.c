#define _GNU_SOURCE
#include "text.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wctype.h>

#include "spiegel/diag.h"

wchar_t *text_widen_raw(const char *s)
{
	size_t n = strlen(s);
	wchar_t *w = malloc((n + 1) * sizeof(*w));
	if (!w)
		return NULL;
	mbstate_t st;
	memset(&st, 0, sizeof(st));
	size_t i = 0, k = 0;
	while (i < n) {
		/* ASCII is itself in every locale spiegel runs in (UTF-8 or
		 * another ASCII-compatible one), and leaves the state initial */
		if ((unsigned char)s[i] < 0x80) {
			w[k++] = (wchar_t)s[i++];
			continue;
		}
		wchar_t c;
		size_t r = mbrtowc(&c, s + i, n - i, &st);
		if (r == (size_t)-1 || r == (size_t)-2 || r == 0) {
			c = 0xFFFD;
			r = 1;
			memset(&st, 0, sizeof(st));
		}
		w[k++] = c;
		i += r;
	}
	w[k] = 0;
	return w;
}

static wchar_t display_char(wchar_t c, bool keep_newlines)
{
	if (c == L'\t')
		return L' ';
	if (c == L'\n')
		return keep_newlines ? c : 0xFFFD;
	/* the one rule for what a file may not show as is (C0, DEL, C1, bidi
	 * overrides, zero-width characters), then what the locale cannot print */
	if (diag_unsafe_char((unsigned long)c) || !iswprint((wint_t)c))
		return 0xFFFD;
	return c;
}

void text_sanitize(wchar_t *w, size_t n, bool keep_newlines)
{
	for (size_t i = 0; i < n; i++)
		w[i] = display_char(w[i], keep_newlines);
}

wchar_t *text_sanitized(const wchar_t *w, size_t n)
{
	wchar_t *c = malloc((n + 1) * sizeof(*c));
	if (!c)
		return NULL;
	wmemcpy(c, w, n);
	c[n] = 0;
	text_sanitize(c, n, false);
	return c;
}

wchar_t *text_widen(const char *s)
{
	wchar_t *w = text_widen_raw(s);
	if (w)
		text_sanitize(w, wcslen(w), true);
	return w;
}

char *text_narrow(const wchar_t *w, size_t n)
{
	char *out = malloc(n * MB_CUR_MAX + 1);
	if (!out)
		return NULL;
	mbstate_t st;
	memset(&st, 0, sizeof(st));
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		/* ASCII: the same byte in every locale spiegel runs in */
		if (w[i] >= 0 && w[i] < 0x80) {
			out[k++] = (char)w[i];
			continue;
		}
		size_t r = wcrtomb(out + k, w[i], &st);
		if (r == (size_t)-1) {
			memset(&st, 0, sizeof(st));
			continue;
		}
		k += r;
	}
	out[k] = '\0';
	return out;
}

/* Columns of c as drawn: what text_sanitize makes of it (a space or U+FFFD,
 * one column each) for a control or unprintable character. */
static int cwidth(wchar_t c)
{
	int w = wcwidth(c);
	return w < 0 ? 1 : w;
}

int text_width(const wchar_t *w, size_t n)
{
	int total = 0;
	for (size_t i = 0; i < n; i++)
		total += cwidth(w[i]);
	return total;
}

int text_wrap(const wchar_t *w, int width, size_t **starts, size_t **lens)
{
	size_t n = wcslen(w), cap = 8, count = 0;
	if (width < 1)
		width = 1;
	*starts = malloc(cap * sizeof(**starts));
	*lens = malloc(cap * sizeof(**lens));
	if (!*starts || !*lens) {
		free(*starts);
		free(*lens);
		*starts = *lens = NULL;
		return 0;
	}
	size_t i = 0;
	for (;;) {
		size_t start = i, brk = 0;
		int cols = 0;
		bool has_brk = false;
		while (i < n && w[i] != L'\n') {
			int cw = cwidth(w[i]);
			if (cols + cw > width && i > start)
				break;
			cols += cw;
			i++;
			if (w[i - 1] == L' ') {
				brk = i;
				has_brk = true;
			}
		}
		if (i < n && w[i] != L'\n' && has_brk && brk > start) {
			/* keep following spaces on this line: they are invisible */
			i = brk;
		}
		/* spaces that overflow stay with this line */
		while (i < n && w[i] == L' ' && i > start)
			i++;
		if (count == cap) {
			cap *= 2;
			size_t *ns = realloc(*starts, cap * sizeof(*ns));
			if (ns)
				*starts = ns;
			size_t *nl = realloc(*lens, cap * sizeof(*nl));
			if (nl)
				*lens = nl;
			if (!ns || !nl)
				return (int)count;
		}
		(*starts)[count] = start;
		(*lens)[count] = i - start;
		count++;
		if (i < n && w[i] == L'\n') {
			i++;
			continue;
		}
		if (i >= n)
			break;
	}
	return (int)count;
}

bool textedit_init(struct textedit *e, const char *utf8, size_t max_bytes)
{
	e->buf = text_widen_raw(utf8 ? utf8 : "");
	if (!e->buf)
		return false;
	e->len = wcslen(e->buf);
	e->cap = e->len + 1;
	e->cur = e->len;
	e->max_bytes = max_bytes;
	return true;
}

void textedit_finish(struct textedit *e)
{
	free(e->buf);
	e->buf = NULL;
	e->len = e->cap = e->cur = 0;
}

static size_t utf8_bytes(const struct textedit *e)
{
	size_t n = 0;
	for (size_t i = 0; i < e->len; i++) {
		wchar_t c = e->buf[i];
		n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
	}
	return n;
}

bool textedit_insert(struct textedit *e, wchar_t c)
{
	size_t add = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
	if (utf8_bytes(e) + add > e->max_bytes)
		return false;
	if (e->len + 2 > e->cap) {
		size_t cap = e->cap * 2 + 16;
		wchar_t *nb = realloc(e->buf, cap * sizeof(*nb));
		if (!nb)
			return false;
		e->buf = nb;
		e->cap = cap;
	}
	memmove(e->buf + e->cur + 1, e->buf + e->cur, (e->len - e->cur + 1) * sizeof(wchar_t));
	e->buf[e->cur++] = c;
	e->len++;
	return true;
}

void textedit_backspace(struct textedit *e)
{
	if (e->cur == 0)
		return;
	memmove(e->buf + e->cur - 1, e->buf + e->cur, (e->len - e->cur + 1) * sizeof(wchar_t));
	e->cur--;
	e->len--;
}

void textedit_delete(struct textedit *e)
{
	if (e->cur >= e->len)
		return;
	memmove(e->buf + e->cur, e->buf + e->cur + 1, (e->len - e->cur) * sizeof(wchar_t));
	e->len--;
}

void textedit_left(struct textedit *e)
{
	if (e->cur > 0)
		e->cur--;
}

void textedit_right(struct textedit *e)
{
	if (e->cur < e->len)
		e->cur++;
}

void textedit_home(struct textedit *e)
{
	e->cur = 0;
}

void textedit_end(struct textedit *e)
{
	e->cur = e->len;
}

char *textedit_text(const struct textedit *e)
{
	size_t a = 0, b = e->len;
	while (a < b && (e->buf[a] == L' ' || e->buf[a] == L'\n'))
		a++;
	while (b > a && (e->buf[b - 1] == L' ' || e->buf[b - 1] == L'\n'))
		b--;
	return text_narrow(e->buf + a, b - a);
}

char *text_fmt(const char *f, ...)
{
	va_list ap;
	va_start(ap, f);
	char *s = NULL;
	if (vasprintf(&s, f, ap) < 0)
		s = NULL;
	va_end(ap);
	return s;
}
