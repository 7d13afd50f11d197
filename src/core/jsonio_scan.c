/* The strict parse (jsonio.h): a validating scanner over the raw text
 * rejects what cJSON lets through, with line and column, before cJSON
 * builds the tree. */
#define _GNU_SOURCE
#include "jsonio.h"

#include <locale.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

#define MAX_NUMBER 1e12

struct span {
	size_t start, end;
};

struct scan {
	const char *name;
	const char *s;
	size_t n, i;
	int depth;
	struct diag *d;
	locale_t cloc;
};

static void where(const struct scan *sc, size_t pos, int *line, int *col)
{
	*line = 1;
	*col = 1;
	for (size_t k = 0; k < pos && k < sc->n; k++) {
		unsigned char c = (unsigned char)sc->s[k];
		if (c == '\n') {
			(*line)++;
			*col = 1;
		} else if ((c & 0xC0) != 0x80) {
			(*col)++;
		}
	}
}

__attribute__((format(printf, 3, 4))) static bool fail(struct scan *sc, size_t pos, const char *fmt,
						       ...)
{
	char msg[256];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	int line, col;
	where(sc, pos, &line, &col);
	diag_add(sc->d, "%s:%d:%d: %s", sc->name, line, col, msg);
	return false;
}

static void skip_ws(struct scan *sc)
{
	while (sc->i < sc->n) {
		char c = sc->s[sc->i];
		if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
			break;
		sc->i++;
	}
}

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

static bool read_u4(struct scan *sc, unsigned *out)
{
	if (sc->n - sc->i < 4)
		return fail(sc, sc->i, "onvolledige \\u-code");
	unsigned v = 0;
	for (int k = 0; k < 4; k++) {
		int h = hexval(sc->s[sc->i + (size_t)k]);
		if (h < 0)
			return fail(sc, sc->i, "ongeldige \\u-code");
		v = v * 16 + (unsigned)h;
	}
	sc->i += 4;
	*out = v;
	return true;
}

static bool scan_string(struct scan *sc, struct span *sp)
{
	size_t open = sc->i++;
	sp->start = sc->i;
	while (sc->i < sc->n) {
		unsigned char c = (unsigned char)sc->s[sc->i];
		if (c == '"') {
			sp->end = sc->i++;
			return true;
		}
		if (c < 0x20)
			return fail(sc, sc->i,
				    "stuurteken in tekst (gebruik \\n voor een nieuwe regel)");
		/* DEL and the C1 controls U+0080-U+009F (UTF-8 C2 80-C2 9F) */
		if (c == 0x7f ||
		    (c == 0xc2 && sc->i + 1 < sc->n && (unsigned char)sc->s[sc->i + 1] >= 0x80 &&
		     (unsigned char)sc->s[sc->i + 1] <= 0x9f))
			return fail(sc, sc->i, "stuurteken in tekst is niet toegestaan");
		if (c != '\\') {
			sc->i++;
			continue;
		}
		size_t esc = sc->i++;
		if (sc->i >= sc->n)
			break;
		char e = sc->s[sc->i++];
		switch (e) {
		case '"':
		case '\\':
		case '/':
		case 'n':
		case 't':
			break;
		case 'b':
		case 'f':
		case 'r':
			return fail(sc, esc, "stuurteken \\%c in tekst is niet toegestaan", e);
		case 'u': {
			unsigned v;
			if (!read_u4(sc, &v))
				return false;
			if (v == 0)
				return fail(sc, esc, "\\u0000 in tekst is niet toegestaan");
			if ((v < 0x20 && v != '\n' && v != '\t') || (v >= 0x7f && v <= 0x9f))
				return fail(sc, esc, "stuurteken in tekst is niet toegestaan");
			if (v >= 0xDC00 && v <= 0xDFFF)
				return fail(sc, esc, "losse UTF-16-surrogaat");
			if (v >= 0xD800 && v <= 0xDBFF) {
				unsigned lo;
				if (sc->n - sc->i < 2 || sc->s[sc->i] != '\\' ||
				    sc->s[sc->i + 1] != 'u')
					return fail(sc, esc, "losse UTF-16-surrogaat");
				sc->i += 2;
				if (!read_u4(sc, &lo))
					return false;
				if (lo < 0xDC00 || lo > 0xDFFF)
					return fail(sc, esc, "losse UTF-16-surrogaat");
			}
			break;
		}
		default:
			if (e > 0x20 && e < 0x7f)
				return fail(sc, esc, "ongeldige escape \\%c", e);
			return fail(sc, esc, "ongeldige escape");
		}
	}
	return fail(sc, open, "tekst zonder afsluitend aanhalingsteken");
}

static bool scan_number(struct scan *sc)
{
	size_t start = sc->i;
	const char *s = sc->s;
	size_t i = sc->i;
	if (i < sc->n && s[i] == '-')
		i++;
	if (i < sc->n && s[i] == '0') {
		i++;
	} else if (i < sc->n && s[i] >= '1' && s[i] <= '9') {
		while (i < sc->n && s[i] >= '0' && s[i] <= '9')
			i++;
	} else {
		return fail(sc, start, "ongeldig getal");
	}
	if (i < sc->n && s[i] == '.') {
		i++;
		if (i >= sc->n || s[i] < '0' || s[i] > '9')
			return fail(sc, start, "ongeldig getal");
		while (i < sc->n && s[i] >= '0' && s[i] <= '9')
			i++;
	}
	if (i < sc->n && (s[i] == 'e' || s[i] == 'E')) {
		i++;
		if (i < sc->n && (s[i] == '+' || s[i] == '-'))
			i++;
		if (i >= sc->n || s[i] < '0' || s[i] > '9')
			return fail(sc, start, "ongeldig getal");
		while (i < sc->n && s[i] >= '0' && s[i] <= '9')
			i++;
	}
	char tmp[64];
	size_t len = i - start;
	if (len >= sizeof(tmp))
		return fail(sc, start, "getal is te lang");
	memcpy(tmp, s + start, len);
	tmp[len] = '\0';
	double v = strtod_l(tmp, NULL, sc->cloc);
	if (!isfinite(v) || fabs(v) > MAX_NUMBER)
		return fail(sc, start, "getal buiten bereik");
	sc->i = i;
	return true;
}

static bool scan_value(struct scan *sc);

struct key_ref {
	const char *p;
	size_t len, pos; /* pos: the opening quote, for the message */
	char *owned;	 /* the unescaped key, when it held an escape */
};

static size_t put_utf8(char *out, unsigned long c)
{
	if (c < 0x80) {
		out[0] = (char)c;
		return 1;
	}
	if (c < 0x800) {
		out[0] = (char)(0xC0 | (c >> 6));
		out[1] = (char)(0x80 | (c & 0x3F));
		return 2;
	}
	if (c < 0x10000) {
		out[0] = (char)(0xE0 | (c >> 12));
		out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
		out[2] = (char)(0x80 | (c & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | (c >> 18));
	out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
	out[2] = (char)(0x80 | ((c >> 6) & 0x3F));
	out[3] = (char)(0x80 | (c & 0x3F));
	return 4;
}

static unsigned long hex4(const char *p)
{
	unsigned long v = 0;
	for (int k = 0; k < 4; k++)
		v = v * 16 + (unsigned long)hexval(p[k]);
	return v;
}

/* The key as cJSON will store it: "\u0061nswers" and "answers" are one
 * key. p[0..len) is a string body that scan_string accepted, so every
 * escape in it is complete and valid. malloc'd, NULL on OOM. */
static char *unescape_key(const char *p, size_t len, size_t *out_len)
{
	char *out = malloc(len + 1); /* an escape never grows */
	if (!out)
		return NULL;
	size_t o = 0;
	for (size_t i = 0; i < len;) {
		if (p[i] != '\\') {
			out[o++] = p[i++];
			continue;
		}
		char e = p[i + 1];
		i += 2;
		if (e == 'n')
			out[o++] = '\n';
		else if (e == 't')
			out[o++] = '\t';
		else if (e != 'u')
			out[o++] = e; /* '"', '\\' or '/' */
		else {
			unsigned long c = hex4(p + i);
			i += 4;
			if (c >= 0xD800 && c <= 0xDBFF) {
				unsigned long lo = hex4(p + i + 2);
				i += 6;
				c = 0x10000 + ((c - 0xD800) << 10) + (lo - 0xDC00);
			}
			o += put_utf8(out + o, c);
		}
	}
	out[o] = '\0';
	*out_len = o;
	return out;
}

static int cmp_key(const void *a, const void *b)
{
	const struct key_ref *x = a, *y = b;
	size_t n = x->len < y->len ? x->len : y->len;
	int c = memcmp(x->p, y->p, n);
	if (c)
		return c;
	if (x->len != y->len)
		return x->len < y->len ? -1 : 1;
	return x->pos < y->pos ? -1 : x->pos > y->pos;
}

/* Duplicate keys, found by sorting (n log n: an object with 100000 keys
 * must not take minutes). Reports the first repeated occurrence in the file. */
static bool check_duplicates(struct scan *sc, struct key_ref *keys, size_t n)
{
	qsort(keys, n, sizeof(*keys), cmp_key);
	const struct key_ref *first = NULL;
	for (size_t j = 1; j < n; j++) {
		if (keys[j].len == keys[j - 1].len &&
		    memcmp(keys[j].p, keys[j - 1].p, keys[j].len) == 0 &&
		    (!first || keys[j].pos < first->pos))
			first = &keys[j];
	}
	if (first)
		return fail(sc, first->pos, "sleutel \"%.*s\" komt dubbel voor", (int)first->len,
			    first->p);
	return true;
}

static bool scan_object(struct scan *sc)
{
	size_t open = sc->i++;
	struct key_ref *keys = NULL;
	size_t nkeys = 0, cap = 0;
	bool ok = false;
	skip_ws(sc);
	if (sc->i < sc->n && sc->s[sc->i] == '}') {
		sc->i++;
		return true;
	}
	for (;;) {
		skip_ws(sc);
		if (sc->i >= sc->n || sc->s[sc->i] != '"') {
			fail(sc, sc->i, "sleutel (tekst tussen aanhalingstekens) verwacht");
			goto out;
		}
		size_t kpos = sc->i;
		struct span k;
		if (!scan_string(sc, &k))
			goto out;
		if (nkeys == cap) {
			cap = cap ? cap * 2 : 16;
			struct key_ref *nk = realloc(keys, cap * sizeof(*nk));
			if (!nk) {
				fail(sc, kpos, "onvoldoende geheugen");
				goto out;
			}
			keys = nk;
		}
		struct key_ref kr = {sc->s + k.start, k.end - k.start, kpos, NULL};
		if (memchr(kr.p, '\\', kr.len)) {
			kr.owned = unescape_key(kr.p, kr.len, &kr.len);
			if (!kr.owned) {
				fail(sc, kpos, "onvoldoende geheugen");
				goto out;
			}
			kr.p = kr.owned;
		}
		keys[nkeys++] = kr;
		skip_ws(sc);
		if (sc->i >= sc->n || sc->s[sc->i] != ':') {
			fail(sc, sc->i, "':' verwacht na sleutel");
			goto out;
		}
		sc->i++;
		if (!scan_value(sc))
			goto out;
		skip_ws(sc);
		if (sc->i < sc->n && sc->s[sc->i] == ',') {
			sc->i++;
			continue;
		}
		if (sc->i < sc->n && sc->s[sc->i] == '}') {
			sc->i++;
			ok = check_duplicates(sc, keys, nkeys);
			goto out;
		}
		if (sc->i >= sc->n)
			fail(sc, open, "object zonder afsluitende '}'");
		else
			fail(sc, sc->i, "',' of '}' verwacht");
		goto out;
	}
out:
	for (size_t j = 0; j < nkeys; j++)
		free(keys[j].owned);
	free(keys);
	return ok;
}

static bool scan_array(struct scan *sc)
{
	size_t open = sc->i++;
	skip_ws(sc);
	if (sc->i < sc->n && sc->s[sc->i] == ']') {
		sc->i++;
		return true;
	}
	for (;;) {
		if (!scan_value(sc))
			return false;
		skip_ws(sc);
		if (sc->i < sc->n && sc->s[sc->i] == ',') {
			sc->i++;
			continue;
		}
		if (sc->i < sc->n && sc->s[sc->i] == ']') {
			sc->i++;
			return true;
		}
		if (sc->i >= sc->n)
			return fail(sc, open, "lijst zonder afsluitende ']'");
		return fail(sc, sc->i, "',' of ']' verwacht");
	}
}

static bool scan_literal(struct scan *sc, const char *lit)
{
	size_t len = strlen(lit);
	if (sc->n - sc->i < len || memcmp(sc->s + sc->i, lit, len) != 0)
		return fail(sc, sc->i, "onverwacht teken");
	sc->i += len;
	return true;
}

static bool scan_value(struct scan *sc)
{
	skip_ws(sc);
	if (sc->i >= sc->n)
		return fail(sc, sc->i, "onverwacht einde van het bestand");
	char c = sc->s[sc->i];
	bool ok;
	switch (c) {
	case '{':
	case '[':
		if (++sc->depth > JSONIO_MAX_DEPTH)
			return fail(sc, sc->i, "te diep genest (meer dan %d niveaus)",
				    JSONIO_MAX_DEPTH);
		ok = c == '{' ? scan_object(sc) : scan_array(sc);
		sc->depth--;
		return ok;
	case '"': {
		struct span sp;
		return scan_string(sc, &sp);
	}
	case 't':
		return scan_literal(sc, "true");
	case 'f':
		return scan_literal(sc, "false");
	case 'n':
		return scan_literal(sc, "null");
	default:
		if (c == '-' || (c >= '0' && c <= '9'))
			return scan_number(sc);
		return fail(sc, sc->i, "onverwacht teken");
	}
}

cJSON *jsonio_parse(const char *name, const char *text, size_t len, struct diag *d)
{
	struct scan sc = {.name = name, .s = text, .n = len, .d = d};
	if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) {
		fail(&sc, 0,
		     "bestand begint met een byte order mark (BOM); sla op als UTF-8 zonder BOM");
		return NULL;
	}
	size_t good = utf8_valid_prefix(text, len);
	if (good != len) {
		fail(&sc, good, "ongeldige UTF-8");
		return NULL;
	}
	sc.cloc = newlocale(LC_NUMERIC_MASK, "C", (locale_t)0);
	if (!sc.cloc) {
		diag_add(d, "%s: onvoldoende geheugen", name);
		return NULL;
	}
	bool ok = scan_value(&sc);
	if (ok) {
		skip_ws(&sc);
		if (sc.i != sc.n)
			ok = fail(&sc, sc.i, "onverwachte tekst na het einde van de JSON-waarde");
	}
	freelocale(sc.cloc);
	if (!ok)
		return NULL;
	const char *end = NULL;
	cJSON *root = cJSON_ParseWithLengthOpts(text, len + 1, &end, 1);
	if (!root) {
		size_t pos = end && end >= text && end <= text + len ? (size_t)(end - text) : 0;
		fail(&sc, pos, "ongeldige JSON of onvoldoende geheugen");
		return NULL;
	}
	return root;
}

