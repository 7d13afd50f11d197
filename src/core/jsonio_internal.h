#ifndef SPIEGEL_CORE_JSONIO_INTERNAL_H
#define SPIEGEL_CORE_JSONIO_INTERNAL_H

/* What the files of the strict parse share (jsonio_scan.c, jsonio_keys.c):
 * the scanner's state, its arena and its messages. Not a public header. */

#include <locale.h>
#include <stdbool.h>
#include <stddef.h>

#include "jsonio.h"

struct scan {
	const char *name;
	const char *s;
	size_t n, i;
	int depth;
	struct diag *d;
	locale_t cloc; /* made when a number needs strtod */
	struct jdoc *doc;
};

/* A message "name:line:col: ..." for position pos; false. */
bool jsonio_fail(struct scan *sc, size_t pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* A new chunk of the arena with size bytes in use (jsonio_scan.c). */
void *jsonio_grow(struct jdoc *doc, size_t size);
static inline void *doc_alloc(struct jdoc *doc, size_t size)
{
	size = (size + 7) & ~(size_t)7;
	if ((size_t)(doc->end - doc->cur) < size)
		return jsonio_grow(doc, size);
	void *p = doc->cur;
	doc->cur += size;
	return p;
}

/* The keys of an object while it is read, to find the first one that
 * repeats an earlier one (jsonio_keys.c). */
struct sorted_key {
	const char *p;
	unsigned len;
	size_t pos; /* where it is in the file; 0: read before the fallback */
};
struct key_set {
	const char **keys;
	unsigned *lens;
	size_t cap, n;
	struct sorted_key *all; /* the fallback: every key */
	size_t n_all, cap_all;
	bool sorting;
};
/* Whether the key (at pos) was used before in obj (whose members so far are
 * in the list from obj->u.first): *seen. false on OOM. */
bool jsonio_key_seen(struct scan *sc, const struct jval *obj, struct key_set *ks, const char *key,
		     unsigned len, size_t pos, bool *seen);
/* At the end of an object: with the fallback, the first repeated key read
 * after it, if it comes before *dup_pos (or there is none yet). */
void jsonio_key_dups(struct key_set *ks, const char **dup, unsigned *dup_len, size_t *dup_pos);

#endif
