/* The strict parse (jsonio.h): one validating pass over the raw text
 * refuses what cJSON lets through, with line and column, and builds the tree
 * of struct jval in the arena of a struct jdoc. jsonio_parse gives the same
 * text to cJSON after that pass. */
#define _GNU_SOURCE
#include "jsonio.h"

#include <locale.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jsonio_internal.h"
#include "util.h"

#define MAX_NUMBER 1e12

/* ---------------------------------------------------------------- arena */

struct jchunk {
	struct jchunk *next;
	size_t size;
	max_align_t data[];
};

void jdoc_init(struct jdoc *doc)
{
	memset(doc, 0, sizeof(*doc));
}

void jdoc_finish(struct jdoc *doc)
{
	struct jchunk *c = doc->chunks;
	while (c) {
		struct jchunk *next = c->next;
		free(c);
		c = next;
	}
	jdoc_init(doc);
}

/* Keep only the newest (largest) chunk, empty, and make the next one at
 * least first bytes. */
static void doc_reset(struct jdoc *doc, size_t first)
{
	struct jchunk *keep = doc->chunks;
	if (keep) {
		struct jchunk *c = keep->next;
		while (c) {
			struct jchunk *next = c->next;
			free(c);
			c = next;
		}
		keep->next = NULL;
		doc->cur = (char *)keep->data;
		doc->end = doc->cur + keep->size;
	}
	if (doc->next_size < first)
		doc->next_size = first;
}

/* -------------------------------------------------------------- scanner */

/* A new chunk of at least size bytes (the slow path of doc_alloc). */
void *jsonio_grow(struct jdoc *doc, size_t size)
{
	size_t csize = doc->next_size > size ? doc->next_size : size;
	struct jchunk *c = malloc(sizeof(*c) + csize);
	if (!c)
		return NULL;
	c->size = csize;
	c->next = doc->chunks;
	doc->chunks = c;
	doc->cur = (char *)c->data + size;
	doc->end = (char *)c->data + csize;
	doc->next_size = csize * 2;
	return c->data;
}

#define fail jsonio_fail

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

bool jsonio_fail(struct scan *sc, size_t pos, const char *fmt, ...)
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

static inline struct jval *node(struct scan *sc, enum jtype type)
{
	struct jval *v = doc_alloc(sc->doc, sizeof(*v));
	if (!v) {
		fail(sc, sc->i, "onvoldoende geheugen");
		return NULL;
	}
	v->next = NULL;
	v->key = NULL;
	v->u.first = NULL;
	v->n = 0;
	v->key_len = 0;
	v->type = (unsigned)type;
	return v;
}

static const unsigned char space[256] = {[' '] = 1, ['\n'] = 1, ['\t'] = 1, ['\r'] = 1};

static inline void skip_ws(struct scan *sc)
{
	const unsigned char *s = (const unsigned char *)sc->s;
	size_t i = sc->i;
	/* s[n] is NUL: no check of n needed to stop */
	while (space[s[i]])
		i++;
	sc->i = i;
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

/* The bytes a string body stops at: the quote, the backslash, C0 controls
 * (and the NUL after the text), DEL, and 0xC2, the lead byte of C1. */
static const unsigned char stops[256] = {
    [0 ... 0x1f] = 1, ['"'] = 1, ['\\'] = 1, [0x7f] = 1, [0xc2] = 1,
};

/* An escape after the backslash at esc (sc->i is past the letter). */
static bool scan_escape(struct scan *sc, size_t esc, char e)
{
	switch (e) {
	case '"':
	case '\\':
	case '/':
	case 'n':
	case 't':
		return true;
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
			if (sc->n - sc->i < 2 || sc->s[sc->i] != '\\' || sc->s[sc->i + 1] != 'u')
				return fail(sc, esc, "losse UTF-16-surrogaat");
			sc->i += 2;
			if (!read_u4(sc, &lo))
				return false;
			if (lo < 0xDC00 || lo > 0xDFFF)
				return fail(sc, esc, "losse UTF-16-surrogaat");
		}
		return true;
	}
	default:
		if (e > 0x20 && e < 0x7f)
			return fail(sc, esc, "ongeldige escape \\%c", e);
		return fail(sc, esc, "ongeldige escape");
	}
}

/* The body of the string at sc->i (the opening quote) into body[0..*len),
 * past the closing quote; *escaped when it holds an escape. */
static bool scan_string(struct scan *sc, size_t *start, size_t *end, bool *escaped)
{
	const unsigned char *s = (const unsigned char *)sc->s;
	size_t open = sc->i++;
	*start = sc->i;
	*escaped = false;
	for (;;) {
		size_t i = sc->i;
		while (!stops[s[i]]) /* s[n] is NUL, a stop */
			i++;
		sc->i = i;
		if (i >= sc->n)
			break;
		unsigned char c = s[i];
		if (c == '"') {
			*end = sc->i++;
			return true;
		}
		if (c < 0x20)
			return fail(sc, sc->i,
				    "stuurteken in tekst (gebruik \\n voor een nieuwe regel)");
		/* DEL and the C1 controls U+0080-U+009F (UTF-8 C2 80-C2 9F) */
		if (c == 0x7f ||
		    (c == 0xc2 && i + 1 < sc->n && s[i + 1] >= 0x80 && s[i + 1] <= 0x9f))
			return fail(sc, sc->i, "stuurteken in tekst is niet toegestaan");
		if (c == 0xc2) {
			sc->i++;
			continue;
		}
		size_t esc = sc->i++;
		if (sc->i >= sc->n)
			break;
		*escaped = true;
		char e = sc->s[sc->i++];
		if (!scan_escape(sc, esc, e))
			return false;
	}
	return fail(sc, open, "tekst zonder afsluitend aanhalingsteken");
}

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

/* p[0..len), a body scan_string accepted (so every escape in it is complete
 * and valid), unescaped as cJSON does into out (len + 1 bytes: an escape
 * never grows); its length. */
static size_t unescape(const char *p, size_t len, char *out)
{
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
	return o;
}

/* The string at sc->i, unescaped, as a NUL-terminated copy in the arena. */
static const char *string_copy(struct scan *sc, unsigned *len)
{
	size_t start = 0, end = 0;
	bool escaped;
	if (!scan_string(sc, &start, &end, &escaped))
		return NULL;
	size_t n = end - start;
	char *out = doc_alloc(sc->doc, n + 1);
	if (!out) {
		fail(sc, start, "onvoldoende geheugen");
		return NULL;
	}
	if (escaped) {
		n = unescape(sc->s + start, n, out);
	} else {
		memcpy(out, sc->s + start, n);
		out[n] = '\0';
	}
	*len = (unsigned)n;
	return out;
}

/* string_copy for a string without escapes and stops (most of them). */
static inline const char *string_fast(struct scan *sc, unsigned *len)
{
	const unsigned char *s = (const unsigned char *)sc->s;
	size_t start = sc->i + 1, i = start;
	/* s[n] is NUL, a stop: nothing past it is read */
	for (;; i += 4) {
		if (stops[s[i]])
			break;
		if (stops[s[i + 1]]) {
			i += 1;
			break;
		}
		if (stops[s[i + 2]]) {
			i += 2;
			break;
		}
		if (stops[s[i + 3]]) {
			i += 3;
			break;
		}
	}
	if (s[i] != '"' || i >= sc->n)
		return string_copy(sc, len);
	size_t n = i - start;
	char *out = doc_alloc(sc->doc, n + 1);
	if (!out) {
		fail(sc, start, "onvoldoende geheugen");
		return NULL;
	}
	memcpy(out, s + start, n);
	out[n] = '\0';
	sc->i = i + 1;
	*len = (unsigned)n;
	return out;
}

/* One or more digits from s[*i] (of n), consumed; false when none. */
static inline bool digits(const char *s, size_t n, size_t *i)
{
	size_t k = *i;
	while (k < n && s[k] >= '0' && s[k] <= '9')
		k++;
	bool any = k > *i;
	*i = k;
	return any;
}

static struct jval *scan_number(struct scan *sc)
{
	size_t start = sc->i;
	const char *s = sc->s;
	size_t i = sc->i;
	bool plain = true; /* digits only, with an optional sign */
	if (i < sc->n && s[i] == '-')
		i++;
	/* an integer part without leading zeros, then a fraction and an
	 * exponent, each with at least one digit */
	bool ok = i < sc->n && s[i] == '0' ? (i++, true) : digits(s, sc->n, &i);
	if (ok && i < sc->n && s[i] == '.') {
		plain = false;
		i++;
		ok = digits(s, sc->n, &i);
	}
	if (ok && i < sc->n && (s[i] == 'e' || s[i] == 'E')) {
		plain = false;
		i++;
		if (i < sc->n && (s[i] == '+' || s[i] == '-'))
			i++;
		ok = digits(s, sc->n, &i);
	}
	if (!ok) {
		fail(sc, start, "ongeldig getal");
		return NULL;
	}
	size_t len = i - start;
	if (len >= 64) {
		fail(sc, start, "getal is te lang");
		return NULL;
	}
	double v;
	bool neg = s[start] == '-';
	if (plain && len - neg <= 15) {
		/* at most 15 digits: exact in a double, as strtod reads it */
		int64_t m = 0;
		for (size_t k = start + neg; k < i; k++)
			m = m * 10 + (s[k] - '0');
		v = neg ? -(double)m : (double)m;
	} else {
		char tmp[64];
		memcpy(tmp, s + start, len);
		tmp[len] = '\0';
		if (!sc->cloc && !(sc->cloc = newlocale(LC_NUMERIC_MASK, "C", (locale_t)0))) {
			fail(sc, start, "onvoldoende geheugen");
			return NULL;
		}
		v = strtod_l(tmp, NULL, sc->cloc);
	}
	if (!isfinite(v) || fabs(v) > MAX_NUMBER) {
		fail(sc, start, "getal buiten bereik");
		return NULL;
	}
	struct jval *nv = node(sc, JV_NUMBER);
	if (nv)
		nv->u.num = v;
	sc->i = i;
	return nv;
}

static struct jval *scan_value(struct scan *sc);

/* White space and close (consumed): an object or list ends here. */
static bool at_close(struct scan *sc, char close)
{
	skip_ws(sc);
	if (sc->i < sc->n && sc->s[sc->i] == close) {
		sc->i++;
		return true;
	}
	return false;
}

/* After a member of the object or list (what) that opened at open: true at
 * a ',' (another member follows) or at close (*done); both are consumed.
 * Else false with a message. */
static bool next_member(struct scan *sc, size_t open, char close, const char *what, bool *done)
{
	skip_ws(sc);
	*done = false;
	if (sc->i < sc->n && sc->s[sc->i] == ',') {
		sc->i++;
		return true;
	}
	if (at_close(sc, close)) {
		*done = true;
		return true;
	}
	if (sc->i >= sc->n)
		fail(sc, open, "%s zonder afsluitende '%c'", what, close);
	else
		fail(sc, sc->i, "',' of '%c' verwacht", close);
	return false;
}

/* The first key of an object that repeats an earlier one, as it is read. */
struct dup_key {
	const char *key;
	unsigned len;
	size_t pos;
};

/* The key of a member of obj and its ':' (a '"' is due at sc->i): into
 * *key and *klen; the first key that repeats an earlier one noted in *dup.
 * false with a message. */
static bool scan_key(struct scan *sc, const struct jval *obj, struct key_set *ks, const char **key,
		     unsigned *klen, struct dup_key *dup)
{
	skip_ws(sc);
	if (sc->i >= sc->n || sc->s[sc->i] != '"')
		return fail(sc, sc->i, "sleutel (tekst tussen aanhalingstekens) verwacht");
	size_t kpos = sc->i;
	if (!(*key = string_fast(sc, klen)))
		return false;
	bool seen;
	if (!jsonio_key_seen(sc, obj, ks, *key, *klen, kpos, &seen))
		return fail(sc, kpos, "onvoldoende geheugen");
	if (seen && !dup->key)
		*dup = (struct dup_key){*key, *klen, kpos};
	skip_ws(sc);
	if (sc->i >= sc->n || sc->s[sc->i] != ':')
		return fail(sc, sc->i, "':' verwacht na sleutel");
	sc->i++;
	return true;
}

/* An object or a list (type), at its '{' or '['; the members of an object
 * with their keys, no key twice. */
static struct jval *scan_container(struct scan *sc, enum jtype type)
{
	bool object = type == JV_OBJECT;
	char close = object ? '}' : ']';
	size_t open = sc->i++;
	struct jval *c = node(sc, type);
	if (!c)
		return NULL;
	const struct jval **tail = &c->u.first;
	struct key_set ks = {0};
	struct dup_key dup = {0};
	if (at_close(sc, close))
		return c;
	for (;;) {
		const char *key = NULL;
		unsigned klen = 0;
		if (object && !scan_key(sc, c, &ks, &key, &klen, &dup))
			return NULL;
		struct jval *v = scan_value(sc);
		if (!v)
			return NULL;
		v->key = key;
		v->key_len = klen;
		*tail = v;
		tail = &v->next;
		c->n++;
		bool done;
		if (!next_member(sc, open, close, object ? "object" : "lijst", &done))
			return NULL;
		if (!done)
			continue;
		if (ks.sorting)
			jsonio_key_dups(&ks, &dup.key, &dup.len, &dup.pos);
		if (dup.key) {
			fail(sc, dup.pos, "sleutel \"%.*s\" komt dubbel voor", (int)dup.len,
			     dup.key);
			return NULL;
		}
		return c;
	}
}

static struct jval *scan_literal(struct scan *sc, const char *lit, enum jtype type)
{
	size_t len = strlen(lit);
	if (sc->n - sc->i < len || memcmp(sc->s + sc->i, lit, len) != 0) {
		fail(sc, sc->i, "onverwacht teken");
		return NULL;
	}
	sc->i += len;
	return node(sc, type);
}

static struct jval *scan_value(struct scan *sc)
{
	skip_ws(sc);
	if (sc->i >= sc->n) {
		fail(sc, sc->i, "onverwacht einde van het bestand");
		return NULL;
	}
	char c = sc->s[sc->i];
	struct jval *v;
	switch (c) {
	case '{':
	case '[':
		if (++sc->depth > JSONIO_MAX_DEPTH) {
			fail(sc, sc->i, "te diep genest (meer dan %d niveaus)", JSONIO_MAX_DEPTH);
			return NULL;
		}
		v = scan_container(sc, c == '{' ? JV_OBJECT : JV_ARRAY);
		sc->depth--;
		return v;
	case '"': {
		unsigned len;
		const char *str = string_fast(sc, &len);
		if (!str || !(v = node(sc, JV_STRING)))
			return NULL;
		v->u.str = str;
		v->n = len;
		return v;
	}
	case 't':
		return scan_literal(sc, "true", JV_TRUE);
	case 'f':
		return scan_literal(sc, "false", JV_FALSE);
	case 'n':
		return scan_literal(sc, "null", JV_NULL);
	default:
		if (c >= '0' && c <= '9' && !(sc->s[sc->i + 1] >= '0' && sc->s[sc->i + 1] <= '9') &&
		    sc->s[sc->i + 1] != '.' && sc->s[sc->i + 1] != 'e' && sc->s[sc->i + 1] != 'E') {
			/* one digit (s[n] is NUL: i + 1 is there) */
			if (!(v = node(sc, JV_NUMBER)))
				return NULL;
			v->u.num = c - '0';
			sc->i++;
			return v;
		}
		if (c == '-' || (c >= '0' && c <= '9'))
			return scan_number(sc);
		fail(sc, sc->i, "onverwacht teken");
		return NULL;
	}
}

const struct jval *jdoc_parse(struct jdoc *doc, const char *name, const char *text, size_t len,
			      struct diag *d)
{
	struct scan sc = {.name = name, .s = text, .n = len, .d = d, .doc = doc};
	/* a session of 1.4 KB makes about 5 KB of tree */
	doc_reset(doc, len < 2048 ? 8192 : 4 * len);
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
	const struct jval *root = scan_value(&sc);
	if (root) {
		skip_ws(&sc);
		if (sc.i != sc.n) {
			fail(&sc, sc.i, "onverwachte tekst na het einde van de JSON-waarde");
			root = NULL;
		}
	}
	if (sc.cloc)
		freelocale(sc.cloc);
	return root;
}

cJSON *jsonio_parse(const char *name, const char *text, size_t len, struct diag *d)
{
	struct jdoc doc;
	jdoc_init(&doc);
	bool ok = jdoc_parse(&doc, name, text, len, d) != NULL;
	jdoc_finish(&doc);
	if (!ok)
		return NULL;
	const char *end = NULL;
	cJSON *root = cJSON_ParseWithLengthOpts(text, len + 1, &end, 1);
	if (!root) {
		struct scan sc = {.name = name, .s = text, .n = len, .d = d};
		size_t pos = end && end >= text && end <= text + len ? (size_t)(end - text) : 0;
		fail(&sc, pos, "ongeldige JSON of onvoldoende geheugen");
		return NULL;
	}
	return root;
}
