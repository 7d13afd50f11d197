/* Duplicate keys in the strict parse (jsonio_internal.h): compared after
 * unescaping, as cJSON stores them; small objects member by member, larger
 * ones in a hash set, with sorting as the fallback when keys collide. */
#include "jsonio_internal.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

/* an object with more keys than this finds its duplicates by hashing */
#define SMALL_OBJECT 16
#define MAX_PROBES 64

static size_t key_hash(const char *k, size_t len)
{
	return mem_hash(k, len);
}

static bool sorted_add(struct scan *sc, struct key_set *ks, const char *key, unsigned len,
		       size_t pos)
{
	if (ks->n_all == ks->cap_all) {
		size_t cap = ks->cap_all ? ks->cap_all * 2 : 256;
		struct sorted_key *all = doc_alloc(sc->doc, cap * sizeof(*all));
		if (!all)
			return false;
		if (ks->n_all)
			memcpy(all, ks->all, ks->n_all * sizeof(*all));
		ks->all = all;
		ks->cap_all = cap;
	}
	ks->all[ks->n_all++] = (struct sorted_key){key, len, pos};
	return true;
}

/* Whether key[0..len) is in the set (*seen); added when not. false on OOM. */
static bool set_add(struct scan *sc, struct key_set *ks, const char *key, unsigned len, bool *seen)
{
	if (2 * (ks->n + 1) > ks->cap) {
		size_t cap = ks->cap ? ks->cap * 2 : 128;
		const char **keys = doc_alloc(sc->doc, cap * sizeof(*keys));
		unsigned *lens = doc_alloc(sc->doc, cap * sizeof(*lens));
		if (!keys || !lens)
			return false;
		memset(keys, 0, cap * sizeof(*keys));
		for (size_t i = 0; i < ks->cap; i++) {
			if (!ks->keys[i])
				continue;
			size_t j = key_hash(ks->keys[i], ks->lens[i]) & (cap - 1);
			while (keys[j])
				j = (j + 1) & (cap - 1);
			keys[j] = ks->keys[i];
			lens[j] = ks->lens[i];
		}
		ks->keys = keys;
		ks->lens = lens;
		ks->cap = cap;
	}
	size_t j = key_hash(key, len) & (ks->cap - 1), probes = 0;
	for (; ks->keys[j]; j = (j + 1) & (ks->cap - 1)) {
		if (ks->lens[j] == len && memcmp(ks->keys[j], key, len) == 0) {
			*seen = true;
			return true;
		}
		if (++probes > MAX_PROBES) {
			/* every key so far into the fallback (their repeats, if
			 * any, are already known) */
			ks->sorting = true;
			for (size_t i = 0; i < ks->cap; i++)
				if (ks->keys[i] && !sorted_add(sc, ks, ks->keys[i], ks->lens[i], 0))
					return false;
			*seen = false;
			return true;
		}
	}
	ks->keys[j] = key;
	ks->lens[j] = len;
	ks->n++;
	*seen = false;
	return true;
}

static int cmp_key(const void *a, const void *b)
{
	const struct sorted_key *x = a, *y = b;
	size_t n = x->len < y->len ? x->len : y->len;
	int c = memcmp(x->p, y->p, n);
	if (c)
		return c;
	if (x->len != y->len)
		return x->len < y->len ? -1 : 1;
	return x->pos < y->pos ? -1 : x->pos > y->pos;
}

/* With the fallback: the first repeated key read after it, if it comes
 * before *dup_pos (or there is none yet). */
void jsonio_key_dups(struct key_set *ks, const char **dup, unsigned *dup_len, size_t *dup_pos)
{
	qsort(ks->all, ks->n_all, sizeof(*ks->all), cmp_key);
	for (size_t j = 1; j < ks->n_all; j++) {
		const struct sorted_key *k = &ks->all[j], *prev = &ks->all[j - 1];
		if (k->pos && k->len == prev->len && memcmp(k->p, prev->p, k->len) == 0 &&
		    (!*dup || k->pos < *dup_pos)) {
			*dup = k->p;
			*dup_len = k->len;
			*dup_pos = k->pos;
		}
	}
}

/* Whether the key (at pos) was used before in obj (whose members so far are
 * in the list from obj->u.first). Objects of more than SMALL_OBJECT keys
 * keep them in a set. false on OOM. */
bool jsonio_key_seen(struct scan *sc, const struct jval *obj, struct key_set *ks, const char *key,
		     unsigned len, size_t pos, bool *seen)
{
	*seen = false;
	if (obj->n < SMALL_OBJECT) {
		/* length, last and first byte before the bytes */
		jv_foreach(
		    m, obj) if (m->key_len == len &&
				(!len || (m->key[len - 1] == key[len - 1] && m->key[0] == key[0] &&
					  memcmp(m->key, key, len) == 0)))
		{
			*seen = true;
			return true;
		}
		return true;
	}
	if (ks->sorting)
		return sorted_add(sc, ks, key, len, pos);
	if (!ks->cap) {
		bool dummy;
		jv_foreach(m, obj) if (!set_add(sc, ks, m->key, m->key_len, &dummy)) return false;
	}
	if (!set_add(sc, ks, key, len, seen))
		return false;
	return !ks->sorting || *seen || sorted_add(sc, ks, key, len, pos);
}
