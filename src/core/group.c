#include "spiegel/group.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "group_run_internal.h"
#include "score_internal.h"
#include "session_answers.h"
#include "util.h"

static bool stat_init(struct group_stat *st)
{
	memset(st, 0, sizeof(*st));
	st->hist = calloc(GROUP_HIST_BINS, sizeof(*st->hist));
	return st->hist != NULL;
}

/* Welford's running mean and sum of squares, plus the 0.1-bin histogram:
 * x is a score as shown, tenths / 10. */
static void stat_add(struct group_stat *st, double x, long tenths)
{
	if (st->n == 0 || x < st->min)
		st->min = x;
	if (st->n == 0 || x > st->max)
		st->max = x;
	st->n++;
	st->sum += x;
	double delta = x - st->mean;
	st->mean += delta / (double)st->n;
	st->m2 += delta * (x - st->mean);
	long bin = tenths;
	if (bin < 0)
		bin = 0;
	if (bin >= GROUP_HIST_BINS)
		bin = GROUP_HIST_BINS - 1;
	st->hist[bin]++;
	st->tenths += bin;
}

/* The k-th smallest value (0-based) from the histogram, in tenths. */
static long stat_kth(const struct group_stat *st, size_t k)
{
	size_t seen = 0;
	for (size_t b = 0; b < GROUP_HIST_BINS; b++) {
		seen += st->hist[b];
		if (seen > k)
			return (long)b;
	}
	return lround(st->max * 10.0);
}

static void stat_finish(struct group_stat *st)
{
	if (st->n == 0)
		return;
	/* the scores are shown values (whole tenths): their mean and the
	 * middle of two of them are exact fractions, rounded as every score */
	st->mean = (double)score_tenths(st->tenths, 10 * (long long)st->n) / 10.0;
	st->sd = sqrt(st->m2 / (double)st->n);
	if (st->n % 2)
		st->median = (double)stat_kth(st, st->n / 2) / 10.0;
	else
		st->median = (double)score_tenths(
				 stat_kth(st, st->n / 2 - 1) + stat_kth(st, st->n / 2), 20) /
			     10.0;
}

static bool item_counted(const struct item *it, const struct questionnaire *common)
{
	if (!common)
		return true;
	const struct item *other = content_find_item(common, it->id);
	return other && content_items_same(it, other);
}

/* The index of item it in other when other has the same item. */
static size_t item_in(const struct item *it, const struct questionnaire *other)
{
	const struct item *o = other ? content_find_item(other, it->id) : NULL;
	return o && content_items_same(it, o) ? (size_t)(o - other->items) : GROUP_NO_ITEM;
}

/* Scored items (likert and scenario) with a weight on each practice, added
 * to per[]. */
static void count_items(const struct item *it, size_t *per, size_t n_practices)
{
	if (it->type != ITEM_LIKERT && it->type != ITEM_SCENARIO)
		return;
	for (size_t k = 0; k < it->n_weights; k++)
		if (it->weights[k].w > 0 && it->weights[k].practice < n_practices)
			per[it->weights[k].practice]++;
}

struct group *group_create(const struct catalogue *cat, const struct questionnaire *q,
			   const struct questionnaire *other)
{
	struct group *g = calloc(1, sizeof(*g));
	if (!g)
		return NULL;
	size_t np = cat->n_practices ? cat->n_practices : 1;
	g->cat = cat;
	g->q = q;
	g->other = other;
	g->practices = calloc(np, sizeof(*g->practices));
	g->practice_items = calloc(np, sizeof(*g->practice_items));
	g->items = calloc(q->n_items ? q->n_items : 1, sizeof(*g->items));
	if (!g->practices || !g->practice_items || !g->items)
		goto fail;
	if (other && (!(g->compared = calloc(np, sizeof(*g->compared))) ||
		      !(g->compared_items = calloc(np, sizeof(*g->compared_items)))))
		goto fail;
	for (size_t p = 0; p < cat->n_practices; p++)
		if (!stat_init(&g->practices[p]) || (other && !stat_init(&g->compared[p])))
			goto fail;
	if (!(g->qualities =
		  calloc(cat->n_qualities ? cat->n_qualities : 1, sizeof(*g->qualities))))
		goto fail;
	for (size_t k = 0; k < cat->n_qualities; k++)
		if (!stat_init(&g->qualities[k]))
			goto fail;
	for (size_t i = 0; i < q->n_items; i++) {
		const struct item *it = &q->items[i];
		struct group_item *gi = &g->items[i];
		gi->other = item_in(it, other);
		count_items(it, g->practice_items, cat->n_practices);
		if (gi->other != GROUP_NO_ITEM) {
			g->n_common++;
			count_items(it, g->compared_items, cat->n_practices);
		}
		switch (it->type) {
		case ITEM_LIKERT:
			gi->n_counts = CONTENT_SCALE_POINTS + 1;
			break;
		case ITEM_CHOICE:
		case ITEM_SCENARIO:
			gi->n_counts = it->n_options;
			break;
		case ITEM_OPEN:
			gi->n_counts = 1;
			break;
		}
		gi->counts = calloc(gi->n_counts ? gi->n_counts : 1, sizeof(*gi->counts));
		if (!gi->counts)
			goto fail;
		if (it->type == ITEM_SCENARIO &&
		    !(gi->least = calloc(gi->n_counts ? gi->n_counts : 1, sizeof(*gi->least))))
			goto fail;
	}
	g->profile.present = q->profile != NULL;
	if (!(g->scratch[0] = score_scratch_create(cat, q)) ||
	    (other && !(g->scratch[1] = score_scratch_create(cat, q))))
		goto fail;
	return g;
fail:
	group_destroy(g);
	return NULL;
}

void group_destroy(struct group *g)
{
	if (!g)
		return;
	for (size_t p = 0; p < g->cat->n_practices; p++) {
		if (g->practices)
			free(g->practices[p].hist);
		if (g->compared)
			free(g->compared[p].hist);
	}
	for (size_t k = 0; g->qualities && k < g->cat->n_qualities; k++)
		free(g->qualities[k].hist);
	free(g->qualities);
	free(g->practices);
	free(g->practice_items);
	free(g->compared);
	free(g->compared_items);
	if (g->items)
		for (size_t i = 0; i < g->q->n_items; i++) {
			free(g->items[i].counts);
			free(g->items[i].least);
		}
	free(g->items);
	free(g->shared);
	free(g->ids);
	free(g->id_text);
	free(g->text_set);
	struct arena a = {g->texts, false};
	arena_finish(&a);
	score_scratch_destroy(g->scratch[0]);
	score_scratch_destroy(g->scratch[1]);
	free(g);
}

/* A view of the answers to q's items (session_view), on the stack when q is
 * small. */
struct view {
	const struct session_answer *small[256], **v;
	const struct session_answer *const *given; /* the reader's, instead of v */
};

static bool view_make(struct view *w, const struct session *s, const struct questionnaire *q)
{
	w->given = NULL;
	w->v = w->small;
	if (q->n_items > 256 && !(w->v = malloc(q->n_items * sizeof(*w->v))))
		return false;
	session_view(s, q, w->v);
	return true;
}

static void view_finish(struct view *w)
{
	if (!w->given && w->v != w->small)
		free(w->v);
}

/* view with only the items q shares with common (gi: the items of a group
 * that has common as its other measurement, which know it) into kept. */
static void keep_common(const struct questionnaire *q, const struct questionnaire *common,
			const struct session_answer *const *view, const struct group_item *gi,
			const struct session_answer **kept)
{
	for (size_t i = 0; i < q->n_items; i++)
		kept[i] = view[i] && (gi ? gi[i].other != GROUP_NO_ITEM
					 : item_counted(&q->items[i], common))
			      ? view[i]
			      : NULL;
}

bool group_score(const struct catalogue *cat, const struct questionnaire *q,
		 const struct questionnaire *common, const struct session *s,
		 struct score_result *r)
{
	if (!common)
		return score_compute(cat, q, s, r);
	struct view w, kept;
	if (!view_make(&w, s, q) || !view_make(&kept, s, q)) {
		if (w.v != w.small)
			view_finish(&w);
		memset(r, 0, sizeof(*r));
		return false;
	}
	keep_common(q, common, w.v, NULL, kept.v);
	bool ok = score_compute_view(cat, q, NULL, kept.v, r);
	view_finish(&w);
	view_finish(&kept);
	return ok;
}

static int option_index(const struct item *it, const char *value)
{
	for (size_t k = 0; value && k < it->n_options; k++)
		if (strcmp(it->options[k].value, value) == 0)
			return (int)k;
	return -1;
}

/* A copy of s in the group's texts (packed: no malloc per text), each
 * text once: the same answer shared by many is kept once. */
static char *text_dup(struct group *g, const char *s)
{
	size_t n = strlen(s), h = mem_hash(s, n);
	if (g->cap_texts) {
		for (size_t i = h & (g->cap_texts - 1); g->text_set[i];
		     i = (i + 1) & (g->cap_texts - 1))
			if (strcmp(g->text_set[i], s) == 0)
				return g->text_set[i];
	}
	struct arena a = {g->texts, false};
	char *p = arena_strndup(&a, s, n);
	g->texts = a.head;
	if (!p)
		return NULL;
	if (2 * (g->n_texts + 1) > g->cap_texts) { /* at most half full */
		size_t cap = g->cap_texts ? g->cap_texts * 2 : 64;
		char **set = calloc(cap, sizeof(*set));
		if (!set)
			return p; /* not shared with later copies, but kept */
		for (size_t i = 0; i < g->cap_texts; i++)
			if (g->text_set[i]) {
				size_t j = str_hash(g->text_set[i]) & (cap - 1);
				while (set[j])
					j = (j + 1) & (cap - 1);
				set[j] = g->text_set[i];
			}
		free(g->text_set);
		g->text_set = set;
		g->cap_texts = cap;
	}
	size_t i = h & (g->cap_texts - 1);
	while (g->text_set[i])
		i = (i + 1) & (g->cap_texts - 1);
	g->text_set[i] = p;
	g->n_texts++;
	return p;
}

static bool add_shared(struct group *g, size_t item, const char *text, const char *who)
{
	if (!ARRAY_ROOM(g->shared, g->n_shared, g->cap_shared, 16))
		return false;
	struct group_shared *e = &g->shared[g->n_shared];
	e->item = item;
	e->text = text_dup(g, text);
	e->who = g->names ? text_dup(g, who) : NULL;
	if (!e->text || (g->names && !e->who))
		return false;
	g->n_shared++;
	return true;
}

/* A session id as kept: the ids spiegel makes, "YYYYMMDD-HHMMSS-xxxxxx"
 * (store_new_id), in 11 bytes (a tag and 20 digits as nibbles), any other
 * id as it is after a tag; the length into *n. Two ids are the same exactly
 * when their keys are. */
#define KEY_MAX (SESSION_ID_MAX + 2)

static size_t id_key(const char *id, unsigned char *key)
{
	static const char form[] = "dddddddd-dddddd-hhhhhh";
	size_t i = 0;
	for (; form[i] && id[i]; i++)
		if (form[i] == '-' ? id[i] != '-'
				   : !((id[i] >= '0' && id[i] <= '9') ||
				       (form[i] == 'h' && id[i] >= 'a' && id[i] <= 'f')))
			break;
	if (!form[i] && !id[i]) {
		key[0] = 1;
		size_t k = 0;
		memset(key + 1, 0, 10);
		for (i = 0; form[i]; i++)
			if (form[i] != '-') {
				unsigned v = id[i] <= '9' ? (unsigned)(id[i] - '0')
							  : (unsigned)(id[i] - 'a' + 10);
				key[1 + k / 2] |= (unsigned char)(k % 2 ? v : v << 4);
				k++;
			}
		return 11;
	}
	size_t n = strlen(id);
	if (n > SESSION_ID_MAX)
		n = SESSION_ID_MAX; /* a session's id is never longer */
	key[0] = 0;
	key[1] = (unsigned char)n;
	memcpy(key + 2, id, n);
	return n + 2;
}

/* The length of the key at p. */
static size_t key_len(const unsigned char *p)
{
	return p[0] ? 11 : (size_t)p[1] + 2;
}

/* ids is an open-addressing hash set of cap_ids slots (a power of two), at
 * most three quarters full, of positions + 1 of keys in id_text. */
static void ids_put(const struct group *g, uint32_t *slots, size_t cap, uint32_t at)
{
	const unsigned char *k = (const unsigned char *)g->id_text + at - 1;
	size_t i = mem_hash(k, key_len(k)) & (cap - 1);
	while (slots[i])
		i = (i + 1) & (cap - 1);
	slots[i] = at;
}

/* Whether id was added before; remembers it otherwise. */
static bool seen_id(struct group *g, const char *id, bool *nomem)
{
	if (4 * (g->n_ids + 1) > 3 * g->cap_ids) {
		size_t cap = g->cap_ids ? g->cap_ids * 2 : 64;
		uint32_t *slots = calloc(cap, sizeof(*slots));
		if (!slots) {
			*nomem = true;
			return false;
		}
		for (size_t i = 0; i < g->cap_ids; i++)
			if (g->ids[i])
				ids_put(g, slots, cap, g->ids[i]);
		free(g->ids);
		g->ids = slots;
		g->cap_ids = cap;
	}
	unsigned char key[KEY_MAX];
	size_t n = id_key(id, key);
	for (size_t i = mem_hash(key, n) & (g->cap_ids - 1); g->ids[i];
	     i = (i + 1) & (g->cap_ids - 1)) {
		const unsigned char *k = (const unsigned char *)g->id_text + g->ids[i] - 1;
		if (key_len(k) == n && memcmp(k, key, n) == 0)
			return true;
	}
	if (g->id_len + n > g->id_cap) {
		size_t cap = g->id_cap ? g->id_cap * 2 : 4096;
		while (cap < g->id_len + n)
			cap *= 2;
		char *t = cap < UINT32_MAX ? realloc(g->id_text, cap) : NULL;
		if (!t) {
			*nomem = true;
			return false;
		}
		g->id_text = t;
		g->id_cap = cap;
	}
	memcpy(g->id_text + g->id_len, key, n);
	ids_put(g, g->ids, g->cap_ids, (uint32_t)g->id_len + 1);
	g->id_len += n;
	g->n_ids++;
	return false;
}

static void add_items(struct group *g, const struct session_answer *const *view)
{
	for (size_t i = 0; i < g->q->n_items; i++) {
		const struct item *it = &g->q->items[i];
		struct group_item *gi = &g->items[i];
		struct answer a = session_answer_of(view[i]);
		if (!session_is_answered(a)) {
			gi->missing++;
			continue;
		}
		gi->answered++;
		int k;
		switch (it->type) {
		case ITEM_LIKERT:
			if (a.kind == ANSWER_VALUE)
				gi->counts[a.value - 1]++;
			else
				gi->counts[CONTENT_SCALE_POINTS]++;
			break;
		case ITEM_CHOICE:
			if ((k = option_index(it, a.text)) >= 0)
				gi->counts[k]++;
			break;
		case ITEM_SCENARIO:
			if ((k = option_index(it, a.text)) >= 0)
				gi->counts[k]++;
			if ((k = option_index(it, a.least)) >= 0)
				gi->least[k]++;
			break;
		case ITEM_OPEN:
			gi->counts[0]++;
			break;
		}
	}
}

static void add_profile(struct group_profile *gp, const struct profile_result *p)
{
	if (!p->present || p->scenarios == 0)
		return;
	gp->participants++;
	gp->scenarios += p->scenarios;
	for (size_t k = 0; k < N_APPROACHES; k++) {
		gp->most[k] += p->most[k];
		gp->least[k] += p->least[k];
	}
	for (size_t k = 0; k < p->n_preferred; k++)
		gp->preferred[p->preferred[k] % N_APPROACHES]++;
	gp->fit_n += p->fit_n;
	gp->first_n += p->first_n;
	for (size_t k = 0; k < N_WSTEPS; k++)
		gp->first[k] += p->first[k];
	gp->source_n += p->source_n;
	for (size_t k = 0; k < N_WSOURCES; k++)
		gp->source[k] += p->source[k];
}

enum group_add_result group_add(struct group *g, const struct session *s, const char *name,
				struct diag *d)
{
	return group_add_view(g, s, NULL, name, d);
}

enum group_add_result group_add_view(struct group *g, const struct session *s,
				     const struct session_answer *const *given, const char *name,
				     struct diag *d)
{
	if (!s->questionnaire || !s->version || strcmp(s->questionnaire, g->q->id) != 0 ||
	    strcmp(s->version, g->q->version) != 0) {
		diag_add(d, "%s: andere vragenlijst (%s, versie %s)", name,
			 s->questionnaire ? s->questionnaire : "?", s->version ? s->version : "?");
		return GROUP_OTHER;
	}
	/* the answers by item, for everything below */
	struct view w;
	if (given) {
		w.v = w.small;
		w.given = given;
	} else if (!view_make(&w, s, g->q)) {
		diag_add(d, "%s: onvoldoende geheugen", name);
		return GROUP_NOMEM;
	}
	const struct session_answer *const *v = w.given ? w.given : (void *)w.v;
	if (!session_view_fits(g->q, v)) { /* session_validate */
		view_finish(&w);
		diag_add(d, "%s: antwoorden passen niet bij %s %s", name, g->q->id, g->q->version);
		return GROUP_INVALID;
	}
	bool nomem = false;
	if (seen_id(g, s->id, &nomem) || nomem) {
		view_finish(&w);
		if (nomem) {
			diag_add(d, "%s: onvoldoende geheugen", name);
			return GROUP_NOMEM;
		}
		diag_add(d, "%s: dezelfde sessie (%s) is al meegeteld", name, s->id);
		return GROUP_DUPLICATE;
	}
	/* the participant's own scores, over every item, whether or not there
	 * is another measurement; and with one, the scores over the shared
	 * items for the comparison */
	struct score_result *r = &g->last[0], *c = &g->last[1];
	score_figures(g->cat, g->q, v, g->scratch[0], r);
	if (g->other) {
		struct view kept;
		if (!view_make(&kept, s, g->q)) {
			view_finish(&w);
			diag_add(d, "%s: onvoldoende geheugen", name);
			return GROUP_NOMEM;
		}
		keep_common(g->q, g->other, v, g->items, kept.v);
		score_figures(g->cat, g->q, kept.v, g->scratch[1], c);
		view_finish(&kept);
	}
	for (size_t p = 0; p < r->n_practices; p++) {
		const struct practice_score *own = &r->practices[p];
		if (own->has_score)
			stat_add(&g->practices[p], own->score, own->tenths);
		if (g->other && c->practices[p].has_score)
			stat_add(&g->compared[p], c->practices[p].score, c->practices[p].tenths);
	}
	for (size_t k = 0; k < r->n_qualities; k++)
		if (r->qualities[k].has_score)
			stat_add(&g->qualities[k], r->qualities[k].score, r->qualities[k].tenths);
	add_profile(&g->profile, &r->profile);
	add_items(g, v);
	bool ok = true;
	for (size_t i = 0; ok && i < g->q->n_items; i++) {
		const struct session_answer *e = v[i];
		if (g->q->items[i].type != ITEM_OPEN || !e || e->kind != ANSWER_TEXT ||
		    !e->shared || !e->text || !*e->text)
			continue;
		g->items[i].shared++;
		ok = add_shared(g, i, e->text, s->participant);
	}
	view_finish(&w);
	if (!ok) {
		diag_add(d, "%s: onvoldoende geheugen", name);
		return GROUP_NOMEM;
	}
	g->n++;
	g->finished += s->finished;
	return GROUP_ADDED;
}

static int cmp_shared(const void *a, const void *b)
{
	const struct group_shared *x = a, *y = b;
	if (x->item != y->item)
		return x->item < y->item ? -1 : 1;
	return strcmp(x->text, y->text);
}

void group_finish(struct group *g)
{
	for (size_t p = 0; p < g->cat->n_practices; p++) {
		stat_finish(&g->practices[p]);
		if (g->compared)
			stat_finish(&g->compared[p]);
	}
	for (size_t k = 0; k < g->cat->n_qualities; k++)
		stat_finish(&g->qualities[k]);
	if (g->n_shared > 1)
		qsort(g->shared, g->n_shared, sizeof(*g->shared), cmp_shared);
}

bool group_sector(const struct group *g, size_t min_group, enum sector *out)
{
	const struct questionnaire *q = g->q;
	if (q->sector_item < 0 || g->n == 0 || g->n < min_group)
		return false;
	const struct item *it = &q->items[q->sector_item];
	const struct group_item *gi = &g->items[q->sector_item];
	if (gi->missing || gi->answered != g->n)
		return false;
	int only = -1;
	for (size_t k = 0; k < gi->n_counts && k < it->n_options; k++) {
		if (!gi->counts[k])
			continue;
		if (only >= 0)
			return false;
		only = (int)k;
	}
	if (only < 0)
		return false;
	enum sector s = content_sector_of(it->options[only].value);
	if (s == SECTOR_ALGEMEEN)
		return false;
	*out = s;
	return true;
}

bool group_use_content(struct group *g, const struct content *c)
{
	const struct questionnaire *q = content_find(c, g->q->id);
	const struct questionnaire *other = g->other ? content_find(c, g->other->id) : NULL;
	if (!q || q->n_items != g->q->n_items || (g->other && !other) ||
	    c->catalogue->n_practices != g->cat->n_practices ||
	    c->catalogue->n_qualities != g->cat->n_qualities)
		return false;
	g->cat = c->catalogue;
	g->q = q;
	g->other = other;
	return true;
}
