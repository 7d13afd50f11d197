#ifndef SPIEGEL_CORE_UTIL_H
#define SPIEGEL_CORE_UTIL_H

/* Internal helpers of the core library; not part of the public headers. */

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <time.h>

/* A bump allocator: everything a loaded file owns is freed at once. */
struct arena_block;
struct arena {
	struct arena_block *head;
	bool failed;
};

void arena_init(struct arena *a);
void arena_finish(struct arena *a);
/* Zeroed memory; NULL (and a->failed) on failure or n == 0 overflow. */
void *arena_alloc(struct arena *a, size_t size);
void *arena_calloc(struct arena *a, size_t n, size_t size);
char *arena_strdup(struct arena *a, const char *s);
/* A copy of s[0..n) and a NUL, packed (no alignment). NULL on failure. */
char *arena_strndup(struct arena *a, const char *s, size_t n);

/* A growable string buffer. With a sink, what it holds goes there at the
 * points the writer marks (strbuf_flush), so that a long text never is
 * whole in memory. */
struct strbuf {
	char *data;
	size_t len, cap;
	bool failed;
	bool (*sink)(void *ctx, const char *s, size_t n);
	void *sink_ctx;
};

void strbuf_init(struct strbuf *b);
void strbuf_finish(struct strbuf *b);
/* s[0..n) after what b holds (kept NUL-terminated). Inline while it fits:
 * a CSV row is a few short pieces, millions of them in a large group. */
void strbuf_append_grow(struct strbuf *b, const char *s, size_t n);
static inline void strbuf_append(struct strbuf *b, const char *s, size_t n)
{
	if (b->failed || b->len + n + 1 > b->cap) {
		strbuf_append_grow(b, s, n);
		return;
	}
	memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}
void strbuf_puts(struct strbuf *b, const char *s);
void strbuf_printf(struct strbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* A point where the text may be cut (between two whole lines): with a
 * sink and at least min bytes held, they go to the sink (failed when it
 * refuses them). */
void strbuf_flush(struct strbuf *b, size_t min);
/* Hand over the buffer (NUL-terminated); NULL if anything failed. */
char *strbuf_steal(struct strbuf *b, size_t *len);

/* Length of the valid UTF-8 prefix of s[0..n). */
size_t utf8_valid_prefix(const char *s, size_t n);
bool utf8_valid(const char *s, size_t n);
/* The code point at the start of s[0..n) into *cp; returns its length in
 * bytes, or 0 when s does not start with a valid UTF-8 sequence. */
size_t utf8_decode(const char *s, size_t n, uint32_t *cp);
/* Cut s back to its valid UTF-8 prefix (after a byte-limited snprintf). */
void utf8_trim(char *s);
/* Whether s holds a control character that files may not contain: C0 other
 * than newline and tab, DEL, or C1 (U+0080-U+009F). */
bool text_has_control(const char *s);
/* A malloc'd copy of valid UTF-8 text in Unicode normalisation form C, so that
 * "e" + combining acute and the precomposed "\u00e9" are stored alike. NULL on
 * invalid input or OOM. */
char *utf8_nfc(const char *s);

/* Ids as files hold them. item: [A-Za-z0-9._-], 1 to 40 characters (item,
 * practice and questionnaire ids in sessions). lower: [a-z0-9-], 1 to max
 * characters (session and group ids). */
bool id_item_ok(const char *s);
/* id_item_ok for s of n bytes (no NUL in it). */
bool id_item_ok_len(const char *s, size_t n);
bool id_lower_ok(const char *s, size_t max);
/* Whether t has the form of format_utc: "2026-11-22T08:15:00Z". */
bool utc_stamp_ok(const char *t);
/* A hash of the string s or of p[0..len), for open-addressing sets (fast,
 * not keyed: a table must bound its work on collisions itself). */
size_t str_hash(const char *s);
size_t mem_hash(const void *p, size_t len);
/* splitmix64: the next of a stream of pseudo-random numbers from a seed
 * (for shuffling; the seed is the caller's randomness). */
uint64_t random_next(uint64_t *state);
/* Room for one more element in a growable array: vp points to the array's
 * pointer, n elements of size bytes are in use, *cap allocated. When it is
 * full the array is realloc'd to twice as many (first the first time).
 * false on OOM or overflow, the array and *cap unchanged. */
bool array_room(void *vp, size_t n, size_t *cap, size_t size, size_t first);
/* array_room for the array v (a pointer lvalue) with the size_t cap. */
#define ARRAY_ROOM(v, n, cap, first) array_room(&(v), (n), &(cap), sizeof(*(v)), (first))

/* Of n elements of size bytes from v, each with a string (a char *, NULL
 * for none) at offset at: the first that equals s, or NULL (always for a
 * NULL s). What the loaders refuse as "... komt dubbel voor". */
const char *str_among(const void *v, size_t n, size_t size, size_t at, const char *s);
/* str_among over the array v of structs with the string member field. */
#define STR_AMONG(v, n, field, s)                                                                  \
	str_among((v), (n), sizeof(*(v)), offsetof(__typeof__(*(v)), field), (s))
/* The length of name before a final ".json" when something is before it
 * ("a.json": 1); 0 for any other name (".json", "a.txt"). */
size_t json_stem_len(const char *name);
/* A file name the user sees as JSON: json_stem_len and not hidden (no
 * leading '.'). */
bool json_visible_name(const char *name);
/* "a/b", malloc'd; NULL on OOM. */
char *path_join(const char *a, const char *b);

/* "2026-11-22T08:15:00Z" into buf (at least 21 bytes). */
void format_utc(char *buf, size_t size, time_t t);

/* A number as text in the C locale with one decimal: 42.5, 100.0, -0.3. */
void format_tenths(char *buf, size_t size, double v);
/* The same with a decimal comma, for people ("31,3"); format_tenths
 * (a point) is for machines: JSON, CSV, SVG coordinates. */
void format_tenths_nl(char *buf, size_t size, double v);
/* "2026-12-01..." as "1 december 2026"; anything else as it is. */
void format_dutch_date(char *buf, size_t size, const char *stamp);

#endif
