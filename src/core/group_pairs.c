/* Letters for the participants of a group, the random orders of the CSV
 * (from the caller's seed) and the pairing of two measurements by alias
 * (see group.h). */
#include "spiegel/group.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

/* A uniform value below n (rejection sampling, no modulo bias). */
static size_t below(uint64_t *state, size_t n)
{
	uint64_t limit = UINT64_MAX - UINT64_MAX % n;
	uint64_t r;
	do
		r = random_next(state);
	while (r >= limit);
	return (size_t)(r % n);
}

void group_permutation(size_t *perm, size_t n, uint64_t seed)
{
	uint64_t state = seed;
	for (size_t i = 0; i < n; i++)
		perm[i] = i;
	/* Fisher-Yates */
	for (size_t i = n; i > 1; i--) {
		size_t j = below(&state, i);
		size_t t = perm[i - 1];
		perm[i - 1] = perm[j];
		perm[j] = t;
	}
}

struct pair_entry {
	char *alias;	 /* NFC */
	size_t count[2]; /* files per measurement with this alias */
	size_t letter;	 /* for a pair: its letter index */
};

struct group_pairs {
	bool two, finished;
	struct pair_entry *v;
	size_t n, cap;
	size_t *slots; /* open addressing over v: index + 1, 0 empty */
	size_t cap_slots;
	size_t next[2];	    /* the next unpaired letter per measurement */
	size_t no_alias[2]; /* participants without an alias */
	size_t paired;
};

struct group_pairs *group_pairs_create(bool two)
{
	struct group_pairs *gp = calloc(1, sizeof(*gp));
	if (gp)
		gp->two = two;
	return gp;
}

void group_pairs_destroy(struct group_pairs *gp)
{
	if (!gp)
		return;
	for (size_t i = 0; i < gp->n; i++)
		free(gp->v[i].alias);
	free(gp->v);
	free(gp->slots);
	free(gp);
}

/* The entry of alias (NFC), or NULL. */
static struct pair_entry *pair_find(const struct group_pairs *gp, const char *alias)
{
	if (!gp->cap_slots)
		return NULL;
	for (size_t i = str_hash(alias) & (gp->cap_slots - 1); gp->slots[i];
	     i = (i + 1) & (gp->cap_slots - 1))
		if (strcmp(gp->v[gp->slots[i] - 1].alias, alias) == 0)
			return &gp->v[gp->slots[i] - 1];
	return NULL;
}

static bool pair_grow(struct group_pairs *gp)
{
	if (!ARRAY_ROOM(gp->v, gp->n, gp->cap, 32))
		return false;
	if (2 * (gp->n + 1) > gp->cap_slots) {
		size_t cap = gp->cap_slots ? gp->cap_slots * 2 : 64;
		size_t *slots = calloc(cap, sizeof(*slots));
		if (!slots)
			return false;
		for (size_t k = 0; k < gp->n; k++) {
			size_t i = str_hash(gp->v[k].alias) & (cap - 1);
			while (slots[i])
				i = (i + 1) & (cap - 1);
			slots[i] = k + 1;
		}
		free(gp->slots);
		gp->slots = slots;
		gp->cap_slots = cap;
	}
	return true;
}

bool group_pairs_note(struct group_pairs *gp, enum group_measurement m, const char *alias)
{
	if (!alias || !*alias) {
		gp->no_alias[m]++;
		return true;
	}
	char *key = utf8_nfc(alias);
	if (!key)
		return false;
	struct pair_entry *e = pair_find(gp, key);
	if (e) {
		free(key);
		e->count[m]++;
		return true;
	}
	if (!pair_grow(gp)) {
		free(key);
		return false;
	}
	e = &gp->v[gp->n];
	memset(e, 0, sizeof(*e));
	e->alias = key;
	e->count[m] = 1;
	size_t i = str_hash(key) & (gp->cap_slots - 1);
	while (gp->slots[i])
		i = (i + 1) & (gp->cap_slots - 1);
	gp->slots[i] = ++gp->n;
	return true;
}

static bool is_pair(const struct group_pairs *gp, const struct pair_entry *e)
{
	return gp->two && e->count[GROUP_NOW] == 1 && e->count[GROUP_BASE] == 1;
}

bool group_pairs_finish(struct group_pairs *gp, uint64_t seed)
{
	gp->paired = 0;
	for (size_t k = 0; k < gp->n; k++)
		gp->paired += is_pair(gp, &gp->v[k]);
	size_t *perm = calloc(gp->paired ? gp->paired : 1, sizeof(*perm));
	if (!perm)
		return false;
	group_permutation(perm, gp->paired, seed);
	size_t j = 0;
	for (size_t k = 0; k < gp->n; k++)
		if (is_pair(gp, &gp->v[k]))
			gp->v[k].letter = perm[j++];
	free(perm);
	gp->next[0] = gp->next[1] = 0;
	gp->finished = true;
	return true;
}

void group_pairs_counts(const struct group_pairs *gp, struct group_pair_counts *out)
{
	memset(out, 0, sizeof(*out));
	out->paired = gp->paired;
	for (int m = 0; m < 2; m++) {
		out->no_alias[m] = gp->no_alias[m];
		out->unpaired[m] = gp->no_alias[m];
		for (size_t k = 0; k < gp->n; k++) {
			const struct pair_entry *e = &gp->v[k];
			if (is_pair(gp, e))
				continue;
			out->unpaired[m] += e->count[m];
			if (e->count[m] > 1)
				out->ambiguous[m] += e->count[m];
		}
	}
}

void group_pairs_label(struct group_pairs *gp, enum group_measurement m, const char *alias,
		       char *buf, size_t size, bool *paired)
{
	char *key = alias && *alias ? utf8_nfc(alias) : NULL;
	const struct pair_entry *e = key ? pair_find(gp, key) : NULL;
	free(key);
	*paired = e && is_pair(gp, e);
	if (*paired) {
		group_label(e->letter, buf, size);
		return;
	}
	char letter[16];
	group_label(gp->next[m]++, letter, sizeof(letter));
	if (gp->two)
		snprintf(buf, size, "%s-%s", m == GROUP_BASE ? "nulmeting" : "nu", letter);
	else
		snprintf(buf, size, "%s", letter);
}

void group_label(size_t i, char *buf, size_t size)
{
	char tmp[16];
	size_t n = 0;
	i++;
	while (i > 0 && n < sizeof(tmp)) {
		i--;
		tmp[n++] = (char)('A' + i % 26);
		i /= 26;
	}
	size_t k = 0;
	for (; k < n && k + 1 < size; k++)
		buf[k] = tmp[n - 1 - k];
	if (size)
		buf[k] = '\0';
}
