#include "util.h"

#include "spiegel/date.h"

#include <utf8proc.h>

#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct arena_block {
	struct arena_block *next;
	size_t used, size;
	max_align_t data[];
};

#define ARENA_BLOCK 8192

void arena_init(struct arena *a)
{
	a->head = NULL;
	a->failed = false;
}

void arena_finish(struct arena *a)
{
	struct arena_block *b = a->head;
	while (b) {
		struct arena_block *next = b->next;
		free(b);
		b = next;
	}
	a->head = NULL;
}

void *arena_alloc(struct arena *a, size_t size)
{
	const size_t align = sizeof(max_align_t);
	if (size == 0)
		size = 1;
	if (size > SIZE_MAX - align) {
		a->failed = true;
		return NULL;
	}
	size = (size + align - 1) / align * align;
	struct arena_block *b = a->head;
	if (b) /* arena_strndup may have left it unaligned */
		b->used = (b->used + align - 1) / align * align;
	if (!b || b->used > b->size || b->size - b->used < size) {
		size_t bsize = size > ARENA_BLOCK ? size : ARENA_BLOCK;
		b = malloc(sizeof(*b) + bsize);
		if (!b) {
			a->failed = true;
			return NULL;
		}
		b->used = 0;
		b->size = bsize;
		b->next = a->head;
		a->head = b;
	}
	void *p = (char *)b->data + b->used;
	b->used += size;
	memset(p, 0, size);
	return p;
}

void *arena_calloc(struct arena *a, size_t n, size_t size)
{
	if (size && n > SIZE_MAX / size) {
		a->failed = true;
		return NULL;
	}
	return arena_alloc(a, n * size);
}

char *arena_strndup(struct arena *a, const char *s, size_t n)
{
	/* from the end of the newest block when it fits: strings need no
	 * alignment; the next aligned allocation starts a new block */
	struct arena_block *b = a->head;
	if (b && b->size - b->used >= n + 1 && n + 1 < ARENA_BLOCK / 4) {
		char *p = (char *)b->data + b->used;
		memcpy(p, s, n);
		p[n] = '\0';
		b->used += n + 1;
		return p;
	}
	char *p = arena_alloc(a, n + 1);
	if (p)
		memcpy(p, s, n);
	return p;
}

char *arena_strdup(struct arena *a, const char *s)
{
	if (!s)
		return NULL;
	size_t n = strlen(s);
	char *p = arena_alloc(a, n + 1);
	if (p)
		memcpy(p, s, n + 1);
	return p;
}

void strbuf_init(struct strbuf *b)
{
	b->data = NULL;
	b->len = b->cap = 0;
	b->failed = false;
	b->sink = NULL;
	b->sink_ctx = NULL;
}

void strbuf_finish(struct strbuf *b)
{
	free(b->data);
	strbuf_init(b);
}

void strbuf_flush(struct strbuf *b, size_t min)
{
	if (!b->sink || b->failed || b->len < min || !b->len)
		return;
	if (!b->sink(b->sink_ctx, b->data, b->len))
		b->failed = true;
	b->len = 0;
	b->data[0] = '\0';
}

void strbuf_append_grow(struct strbuf *b, const char *s, size_t n)
{
	if (b->failed)
		return;
	if (b->len + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 256;
		while (cap < b->len + n + 1)
			cap *= 2;
		char *d = realloc(b->data, cap);
		if (!d) {
			b->failed = true;
			return;
		}
		b->data = d;
		b->cap = cap;
	}
	memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void strbuf_puts(struct strbuf *b, const char *s)
{
	strbuf_append(b, s, strlen(s));
}

void strbuf_printf(struct strbuf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0) {
		b->failed = true;
		return;
	}
	char small[512];
	char *p = (size_t)n < sizeof(small) ? small : malloc((size_t)n + 1);
	if (!p) {
		b->failed = true;
		return;
	}
	va_start(ap, fmt);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	va_end(ap);
	strbuf_append(b, p, (size_t)n);
	if (p != small)
		free(p);
}

char *strbuf_steal(struct strbuf *b, size_t *len)
{
	if (b->failed) {
		strbuf_finish(b);
		return NULL;
	}
	if (!b->data)
		strbuf_append(b, "", 0);
	char *d = b->data;
	if (len)
		*len = b->len;
	strbuf_init(b);
	return d;
}

size_t utf8_valid_prefix(const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;
	while (i < n) {
		unsigned c = s[i];
		size_t len;
		unsigned min;
		if (c < 0x80) {
			i++;
			/* runs of ASCII, eight bytes at a time */
			while (n - i >= 8) {
				uint64_t w;
				memcpy(&w, s + i, 8);
				if (w & 0x8080808080808080u)
					break;
				i += 8;
			}
			continue;
		} else if ((c & 0xE0) == 0xC0) {
			len = 2;
			min = 0x80;
			c &= 0x1F;
		} else if ((c & 0xF0) == 0xE0) {
			len = 3;
			min = 0x800;
			c &= 0x0F;
		} else if ((c & 0xF8) == 0xF0) {
			len = 4;
			min = 0x10000;
			c &= 0x07;
		} else {
			return i;
		}
		if (n - i < len)
			return i;
		for (size_t k = 1; k < len; k++) {
			if ((s[i + k] & 0xC0) != 0x80)
				return i;
			c = (c << 6) | (s[i + k] & 0x3F);
		}
		if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
			return i;
		i += len;
	}
	return i;
}

size_t utf8_decode(const char *str, size_t n, uint32_t *cp)
{
	size_t len = utf8_valid_prefix(str, n < 4 ? n : 4);
	const unsigned char *s = (const unsigned char *)str;
	if (len == 0)
		return 0;
	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	size_t k = (s[0] & 0xE0) == 0xC0 ? 2 : (s[0] & 0xF0) == 0xE0 ? 3 : 4;
	if (len < k)
		return 0;
	uint32_t c = s[0] & (k == 2 ? 0x1F : k == 3 ? 0x0F : 0x07);
	for (size_t i = 1; i < k; i++)
		c = (c << 6) | (s[i] & 0x3F);
	*cp = c;
	return k;
}

bool utf8_valid(const char *s, size_t n)
{
	return utf8_valid_prefix(s, n) == n;
}

void utf8_trim(char *s)
{
	s[utf8_valid_prefix(s, strlen(s))] = '\0';
}

bool text_has_control(const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if ((*p < 0x20 && *p != '\n' && *p != '\t') || *p == 0x7f)
			return true;
		if (*p == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f)
			return true;
	}
	return false;
}

char *utf8_nfc(const char *s)
{
	if (!s)
		return NULL;
	size_t n = 0;
	while (s[n] && (unsigned char)s[n] < 0x80)
		n++;
	if (!s[n]) { /* ASCII is its own normal form */
		char *copy = malloc(n + 1);
		if (copy)
			memcpy(copy, s, n + 1);
		return copy;
	}
	if (!utf8_valid(s, n + strlen(s + n)))
		return NULL;
	return (char *)utf8proc_NFC((const utf8proc_uint8_t *)s);
}

void format_utc(char *buf, size_t size, time_t t)
{
	struct tm tm;
	if (!gmtime_r(&t, &tm) || strftime(buf, size, "%Y-%m-%dT%H:%M:%SZ", &tm) == 0)
		snprintf(buf, size, "1970-01-01T00:00:00Z");
}

void format_tenths_nl(char *buf, size_t size, double v)
{
	format_tenths(buf, size, v);
	char *dot = strchr(buf, '.');
	if (dot)
		*dot = ',';
}

void format_dutch_date(char *buf, size_t size, const char *stamp)
{
	long day;
	if (stamp && date_from_stamp(stamp, &day))
		date_format(day, buf, size);
	else
		snprintf(buf, size, "%s", stamp ? stamp : "");
}

void format_tenths(char *buf, size_t size, double v)
{
	if (!isfinite(v)) {
		snprintf(buf, size, "0.0");
		return;
	}
	long t = lround(v * 10.0);
	const char *sign = t < 0 ? "-" : "";
	long a = labs(t);
	snprintf(buf, size, "%s%ld.%ld", sign, a / 10, a % 10);
}

/* The characters of an item id: [A-Za-z0-9._-]. */
static const unsigned char item_chars[256] = {
    ['-'] = 1, ['.'] = 1, ['0' ... '9'] = 1, ['A' ... 'Z'] = 1, ['_'] = 1, ['a' ... 'z'] = 1,
};

bool id_item_ok(const char *s)
{
	size_t n = 0;
	while (item_chars[(unsigned char)s[n]])
		n++;
	return !s[n] && n > 0 && n <= 40;
}

bool id_item_ok_len(const char *s, size_t n)
{
	if (n == 0 || n > 40)
		return false;
	for (size_t i = 0; i < n; i++)
		if (!item_chars[(unsigned char)s[i]])
			return false;
	return true;
}

bool id_lower_ok(const char *s, size_t max)
{
	size_t n = strlen(s);
	if (n == 0 || n > max)
		return false;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
			return false;
	}
	return true;
}

bool utc_stamp_ok(const char *t)
{
	static const char pat[] = "dddd-dd-ddTdd:dd:ddZ";
	if (strlen(t) != sizeof(pat) - 1)
		return false;
	for (size_t i = 0; pat[i]; i++)
		if (pat[i] == 'd' ? (t[i] < '0' || t[i] > '9') : t[i] != pat[i])
			return false;
	return true;
}

bool array_room(void *vp, size_t n, size_t *cap, size_t size, size_t first)
{
	if (n < *cap)
		return true;
	size_t nc = *cap ? *cap * 2 : first;
	if (nc <= *cap || nc > SIZE_MAX / size)
		return false;
	void *v, *nv;
	memcpy(&v, vp, sizeof(v)); /* the array's pointer, whatever its type */
	if (!(nv = realloc(v, nc * size)))
		return false;
	memcpy(vp, &nv, sizeof(nv));
	*cap = nc;
	return true;
}

const char *str_among(const void *v, size_t n, size_t size, size_t at, const char *s)
{
	const char *base = v, *o;
	for (size_t j = 0; s && j < n; j++) {
		memcpy(&o, base + j * size + at, sizeof(o));
		if (o && strcmp(o, s) == 0)
			return o;
	}
	return NULL;
}

size_t json_stem_len(const char *name)
{
	size_t n = strlen(name);
	return n > 5 && strcmp(name + n - 5, ".json") == 0 ? n - 5 : 0;
}

bool json_visible_name(const char *name)
{
	return name[0] != '.' && json_stem_len(name) > 0;
}

char *path_join(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	char *p = malloc(la + lb + 2);
	if (!p)
		return NULL;
	memcpy(p, a, la);
	p[la] = '/';
	memcpy(p + la + 1, b, lb + 1);
	return p;
}

size_t mem_hash(const void *p, size_t len)
{
	const unsigned char *k = p;
	uint64_t h = 0x9e3779b97f4a7c15u ^ len;
	size_t i = 0;
	for (; i + 8 <= len; i += 8) {
		uint64_t w;
		memcpy(&w, k + i, 8);
		h = (h ^ w) * 0xff51afd7ed558ccdu;
		h ^= h >> 32;
	}
	if (i < len) {
		uint64_t w = 0;
		for (unsigned sh = 0; i < len; i++, sh += 8)
			w |= (uint64_t)k[i] << sh;
		h = (h ^ w) * 0xc4ceb9fe1a85ec53u;
	}
	return (size_t)(h ^ (h >> 29));
}

size_t str_hash(const char *s)
{
	return mem_hash(s, strlen(s));
}

uint64_t random_next(uint64_t *state)
{
	uint64_t z = (*state += 0x9e3779b97f4a7c15u);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
	return z ^ (z >> 31);
}
