/* The participants' rows of a group run's CSV (group_run.h): kept in a
 * compact form as the files are read, written out at the end. */
#include "group_run_internal.h"

#include <stdlib.h>
#include <string.h>

#include "csv_rows.h"
#include "util.h"

/* A participant: measurement (1 byte), alias (2 bytes length, then the
 * bytes and a NUL), n_items (2), the codes (2 per item), own scores (2
 * bytes count, then the scores), shared scores (the same).
 *
 * The rows come out in a random order that does not depend on the order
 * the files were read in: each participant goes into one of BUCKETS at
 * random; the buckets are written one after the other, each in a random
 * order of its own (a uniform random permutation of all). A bucket is held
 * in memory up to its share of the spool's memory; beyond that its blocks go to the spill file,
 * each block noted in chunks. */
#define BUCKETS 64

struct bucket {
	unsigned char *mem;
	size_t len, cap;
};

struct chunk {
	long off;
	uint32_t len;
	uint8_t bucket;
};

struct group_spool {
	struct bucket b[BUCKETS];
	struct chunk *chunks;
	size_t n_chunks, cap_chunks;
	FILE *spill;
	long spill_end;
	uint64_t rng;
	size_t bucket_mem;    /* a bucket beyond this goes to the spill file */
	struct csv_score *sc; /* scratch: a participant's scores */
	size_t cap_sc;
	bool failed;
};

struct group_spool *group_spool_create(FILE *spill, uint64_t seed, size_t mem)
{
	struct group_spool *sp = calloc(1, sizeof(*sp));
	if (sp) {
		sp->spill = spill;
		sp->rng = seed;
		sp->bucket_mem = (mem ? mem : GROUP_RUN_SPOOL_MEM) / BUCKETS;
	}
	return sp;
}

void group_spool_destroy(struct group_spool *sp)
{
	if (!sp)
		return;
	for (size_t k = 0; k < BUCKETS; k++)
		free(sp->b[k].mem);
	free(sp->chunks);
	free(sp->sc);
	free(sp);
}

void group_spool_clear(struct group_spool *sp)
{
	for (size_t k = 0; k < BUCKETS; k++)
		sp->b[k].len = 0;
	sp->n_chunks = 0;
	sp->spill_end = 0;
	sp->failed = false;
}

/* Bucket k's memory to the spill file as one chunk. */
static bool flush_bucket(struct group_spool *sp, size_t k)
{
	struct bucket *bk = &sp->b[k];
	if (!ARRAY_ROOM(sp->chunks, sp->n_chunks, sp->cap_chunks, 64))
		return false;
	if (fseek(sp->spill, sp->spill_end, SEEK_SET) != 0 ||
	    fwrite(bk->mem, 1, bk->len, sp->spill) != bk->len)
		return false;
	sp->chunks[sp->n_chunks++] = (struct chunk){sp->spill_end, (uint32_t)bk->len, (uint8_t)k};
	sp->spill_end += (long)bk->len;
	bk->len = 0;
	return true;
}

/* Room for n more bytes in bucket k. */
static bool reserve(struct group_spool *sp, size_t k, size_t n)
{
	struct bucket *bk = &sp->b[k];
	if (sp->spill && bk->len && bk->len + n > sp->bucket_mem && !flush_bucket(sp, k))
		return false;
	if (bk->len + n <= bk->cap)
		return true;
	size_t cap = bk->cap ? bk->cap * 2 : 1024;
	while (cap < bk->len + n)
		cap *= 2;
	unsigned char *m = realloc(bk->mem, cap);
	if (!m)
		return false;
	bk->mem = m;
	bk->cap = cap;
	return true;
}

static void put16(unsigned char **p, size_t v)
{
	(*p)[0] = (unsigned char)(v & 0xff);
	(*p)[1] = (unsigned char)(v >> 8);
	*p += 2;
}

static size_t get16(const unsigned char **p)
{
	size_t v = (size_t)(*p)[0] | (size_t)(*p)[1] << 8;
	*p += 2;
	return v;
}

static void put_scores(unsigned char **p, const struct csv_score *sc, size_t n)
{
	put16(p, n);
	memcpy(*p, sc, n * sizeof(*sc));
	*p += n * sizeof(*sc);
}

bool group_spool_add(struct group_spool *sp, const struct group *g, bool base,
		     const struct session *s, const struct session_answer *const *view, bool alias)
{
	const struct questionnaire *q = g->q;
	size_t np = g->cat->n_practices;
	size_t alen = alias && s->participant ? strlen(s->participant) : 0;
	if (sp->failed || alen > 0xfffe || q->n_items > 0xffff || np > 0xffff)
		return false;
	if (sp->cap_sc < np + 1) {
		struct csv_score *sc = realloc(sp->sc, (np + 1) * sizeof(*sc));
		if (!sc)
			return false;
		sp->sc = sc;
		sp->cap_sc = np + 1;
	}
	/* the scores group_add just computed */
	const struct score_result *r = &g->last[0], *c = &g->last[1];
	size_t need =
	    1 + 2 + alen + 1 + 2 + 2 * q->n_items + 2 * (2 + np * sizeof(struct csv_score));
	size_t k = (size_t)(random_next(&sp->rng) % BUCKETS);
	struct bucket *bk = &sp->b[k];
	bool ok = reserve(sp, k, need);
	if (ok) {
		unsigned char *p = bk->mem + bk->len;
		*p++ = base;
		put16(&p, alen);
		memcpy(p, alen ? s->participant : "", alen);
		p[alen] = '\0';
		p += alen + 1;
		put16(&p, q->n_items);
		csv_encode(q, s, view, p);
		p += 2 * q->n_items;
		put_scores(&p, sp->sc, csv_scores(r, sp->sc));
		put_scores(&p, sp->sc, g->other ? csv_scores(c, sp->sc) : 0);
		bk->len = (size_t)(p - bk->mem);
	}
	sp->failed |= !ok;
	return ok;
}

/* One participant as read back. */
struct spooled {
	bool base;
	const char *alias;
	const uint8_t *codes;
	struct csv_score *own, *shared; /* room for every practice */
	size_t n_own, n_shared;
};

static const unsigned char *get_scores(const unsigned char *p, struct csv_score *sc, size_t *n)
{
	*n = get16(&p);
	memcpy(sc, p, *n * sizeof(*sc));
	return p + *n * sizeof(*sc);
}

static const unsigned char *decode(const unsigned char *p, struct spooled *o)
{
	o->base = *p++;
	size_t alen = get16(&p);
	o->alias = (const char *)p;
	p += alen + 1;
	size_t n_items = get16(&p);
	o->codes = p;
	p += 2 * n_items;
	p = get_scores(p, o->own, &o->n_own);
	return get_scores(p, o->shared, &o->n_shared);
}

/* The records of bucket k, in memory: its spilled chunks, then its tail
 * (into *buf of *cap bytes); their length, or SIZE_MAX on a read error. */
static size_t gather(struct group_spool *sp, size_t k, unsigned char **buf, size_t *cap)
{
	size_t need = sp->b[k].len;
	for (size_t i = 0; i < sp->n_chunks; i++)
		need += sp->chunks[i].bucket == k ? sp->chunks[i].len : 0;
	if (need > *cap) {
		unsigned char *nb = realloc(*buf, need);
		if (!nb)
			return SIZE_MAX;
		*buf = nb;
		*cap = need;
	}
	size_t n = 0;
	for (size_t i = 0; i < sp->n_chunks; i++) {
		const struct chunk *c = &sp->chunks[i];
		if (c->bucket != k)
			continue;
		if (fseek(sp->spill, c->off, SEEK_SET) != 0 ||
		    fread(*buf + n, 1, c->len, sp->spill) != c->len)
			return SIZE_MAX;
		n += c->len;
	}
	if (sp->b[k].len)
		memcpy(*buf + n, sp->b[k].mem, sp->b[k].len);
	return n + sp->b[k].len;
}

/* Every participant kept to fn, bucket by bucket, each bucket in a random
 * order (from rng) when shuffle; false when fn is, on OOM or when reading
 * the spill fails. */
static bool each(struct group_spool *sp, size_t np, bool shuffle, uint64_t rng,
		 bool (*fn)(void *ctx, const struct spooled *o), void *ctx)
{
	struct spooled o = {0};
	o.own = malloc((np + 1) * sizeof(*o.own));
	o.shared = malloc((np + 1) * sizeof(*o.shared));
	unsigned char *buf = NULL;
	size_t cap = 0, *at = NULL, *perm = NULL, cap_at = 0;
	bool ok = o.own && o.shared;
	for (size_t k = 0; ok && k < BUCKETS; k++) {
		size_t n = gather(sp, k, &buf, &cap);
		if (n == SIZE_MAX) {
			ok = false;
			break;
		}
		/* where each record starts */
		size_t m = 0;
		for (const unsigned char *p = buf; ok && p < buf + n; m++) {
			if (m == cap_at) {
				cap_at = cap_at ? cap_at * 2 : 256;
				size_t *na = realloc(at, cap_at * sizeof(*na));
				size_t *np2 = realloc(perm, cap_at * sizeof(*np2));
				if (na)
					at = na;
				if (np2)
					perm = np2;
				if (!na || !np2) {
					ok = false;
					break;
				}
			}
			at[m] = (size_t)(p - buf);
			p = decode(p, &o);
		}
		if (!ok)
			break;
		if (shuffle)
			group_permutation(perm, m, random_next(&rng));
		for (size_t i = 0; ok && i < m; i++) {
			decode(buf + at[shuffle ? perm[i] : i], &o);
			ok = fn(ctx, &o);
		}
	}
	free(buf);
	free(at);
	free(perm);
	free(o.own);
	free(o.shared);
	return ok;
}

struct csv_run {
	const struct group *g[2];
	struct csv_prepared *cp[2];
	bool hidden[2], two, names;
	struct group_pairs *pairs;
	struct strbuf b;
	bool (*write)(void *ctx, const char *data, size_t len);
	void *ctx;
	struct group_run_csv_out *out;
};

static bool note(void *ctx, const struct spooled *o)
{
	struct csv_run *cr = ctx;
	if (cr->hidden[o->base])
		return true;
	return group_pairs_note(cr->pairs, o->base ? GROUP_BASE : GROUP_NOW, o->alias);
}

static bool flush(struct csv_run *cr)
{
	bool ok = !cr->b.failed && (!cr->b.len || cr->write(cr->ctx, cr->b.data, cr->b.len));
	cr->b.len = 0;
	return ok;
}

static bool rows(void *ctx, const struct spooled *o)
{
	struct csv_run *cr = ctx;
	if (cr->hidden[o->base])
		return true;
	enum group_measurement gm = o->base ? GROUP_BASE : GROUP_NOW;
	char letter[48], named[SESSION_MAX_NAME + 56];
	bool paired;
	group_pairs_label(cr->pairs, gm, o->alias, letter, sizeof(letter), &paired);
	/* with names, the letter too: two people may share a name or have
	 * none */
	if (cr->names)
		snprintf(named, sizeof(named), "%s (%s)", o->alias, letter);
	csv_put(&cr->b, cr->cp[o->base], cr->names ? named : letter,
		gm == GROUP_BASE ? "nulmeting" : "nu",
		!cr->two ? ""
		: paired ? "ja"
			 : "nee",
		o->codes, NULL, o->own, o->n_own, o->shared, o->n_shared);
	cr->out->written[gm]++;
	return cr->b.len < 32768 || flush(cr);
}

bool group_spool_csv(struct group_spool *sp, const struct group *now, const struct group *base,
		     size_t min_group, bool names, uint64_t seed,
		     bool (*write)(void *ctx, const char *data, size_t len), void *ctx,
		     struct group_run_csv_out *out)
{
	memset(out, 0, sizeof(*out));
	struct csv_run cr = {
	    .g = {now, base}, .names = names, .write = write, .ctx = ctx, .out = out};
	cr.hidden[0] = now->n < min_group;
	cr.hidden[1] = !base || base->n < min_group;
	cr.two = base && !cr.hidden[0] && !cr.hidden[1];
	memcpy(out->hidden, cr.hidden, sizeof(cr.hidden));
	out->hidden[1] = base && base->n < min_group;
	out->two = cr.two;
	strbuf_init(&cr.b);
	bool ok = !sp->failed && (cr.pairs = group_pairs_create(cr.two)) != NULL;
	for (int m = 0; ok && m < 2; m++)
		if (!cr.hidden[m])
			ok = (cr.cp[m] = csv_prepare(cr.g[m])) != NULL;
	size_t np = now->cat->n_practices;
	uint64_t rng = seed;
	uint64_t order = random_next(&rng), letters = random_next(&rng);
	ok = ok && each(sp, np, false, 0, note, &cr) && group_pairs_finish(cr.pairs, letters);
	size_t len;
	char *head = ok ? report_csv_header(&len) : NULL;
	ok = head && write(ctx, head, len);
	free(head);
	ok = ok && each(sp, np, true, order, rows, &cr) && flush(&cr);
	if (ok && cr.two)
		group_pairs_counts(cr.pairs, &out->pc);
	strbuf_finish(&cr.b);
	csv_prepared_free(cr.cp[0]);
	csv_prepared_free(cr.cp[1]);
	group_pairs_destroy(cr.pairs);
	return ok;
}
