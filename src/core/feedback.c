/* Collecting observers' answers and the self-versus-others figures
 * (doc/scoring.md "Feedback"). Every observer is scored like a session, by
 * score_compute, so the coverage rules of scoring model 2 hold for each one;
 * a figure over observers is shown only from FEEDBACK_MIN_OBSERVERS. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "feedback_internal.h"
#include "spiegel/group.h"

struct observer {
	char response[FEEDBACK_ID_LEN + 1];
	int role;
	signed char *values; /* per item of q: -1 none, 0 weet niet, 1-5 */
	char *open[N_OPEN];
};

struct feedback_set {
	const struct catalogue *cat;
	const struct questionnaire *q;
	char round[FEEDBACK_ID_LEN + 1];
	char form[FEEDBACK_FORM_MAX];
	struct observer *obs;
	size_t n, cap;
};

struct feedback_set *feedback_set_create(const struct catalogue *cat, const struct questionnaire *q,
					 const char *round, const char *form)
{
	if (!feedback_id_ok(round) || !form)
		return NULL;
	struct feedback_set *fs = calloc(1, sizeof(*fs));
	if (!fs)
		return NULL;
	fs->cat = cat;
	fs->q = q;
	memcpy(fs->round, round, FEEDBACK_ID_LEN + 1);
	snprintf(fs->form, sizeof(fs->form), "%s", form);
	return fs;
}

void feedback_set_destroy(struct feedback_set *fs)
{
	if (!fs)
		return;
	for (size_t i = 0; i < fs->n; i++) {
		free(fs->obs[i].values);
		for (int k = 0; k < N_OPEN; k++)
			free(fs->obs[i].open[k]);
	}
	free(fs->obs);
	free(fs);
}

size_t feedback_set_count(const struct feedback_set *fs)
{
	return fs->n;
}

enum feedback_add_result feedback_set_add(struct feedback_set *fs,
					  const struct feedback_response *r, const char *name,
					  struct diag *d)
{
	if (strcmp(r->round, fs->round) != 0) {
		diag_add(d, "%s: hoort bij een andere feedbackronde (%s, niet %s)", name, r->round,
			 fs->round);
		return FEEDBACK_OTHER_ROUND;
	}
	if (strcmp(r->form, fs->form) != 0) {
		diag_add(d, "%s: ingevuld op een ander formulier (%s) dan dat van deze ronde (%s)",
			 name, r->form, fs->form);
		return FEEDBACK_OTHER_FORM;
	}
	for (size_t i = 0; i < fs->n; i++)
		if (strcmp(fs->obs[i].response, r->response) == 0) {
			diag_add(d,
				 "%s: hetzelfde antwoord-id (%s) als een bestand dat al meetelt: "
				 "twee keer opgeslagen of ingeleverd; alleen het eerste telt",
				 name, r->response);
			return FEEDBACK_DUPLICATE;
		}
	const struct questionnaire *q = fs->q;
	bool any = r->open[0] || r->open[1];
	for (size_t i = 0; i < r->n_answers; i++) {
		int ix = content_item_index(q, r->answers[i].item);
		if (ix < 0 || q->items[ix].type != ITEM_LIKERT || !q->items[ix].observer) {
			diag_add(d, "%s: answers: %s: geen vraag van dit formulier", name,
				 r->answers[i].item);
			return FEEDBACK_INVALID;
		}
		any = true;
	}
	if (!any) {
		diag_add(d, "%s: bevat geen enkel antwoord", name);
		return FEEDBACK_INVALID;
	}
	if (fs->n == fs->cap) {
		size_t cap = fs->cap ? 2 * fs->cap : 16;
		struct observer *no = realloc(fs->obs, cap * sizeof(*no));
		if (!no)
			return FEEDBACK_NOMEM;
		fs->obs = no;
		fs->cap = cap;
	}
	struct observer *o = &fs->obs[fs->n];
	memset(o, 0, sizeof(*o));
	memcpy(o->response, r->response, FEEDBACK_ID_LEN + 1);
	o->role = r->role;
	o->values = malloc(q->n_items ? q->n_items : 1);
	bool ok = o->values != NULL;
	if (ok)
		memset(o->values, -1, q->n_items);
	for (size_t i = 0; ok && i < r->n_answers; i++)
		o->values[content_item_index(q, r->answers[i].item)] =
		    (signed char)r->answers[i].value;
	for (int k = 0; ok && k < N_OPEN; k++)
		if (r->open[k])
			ok = (o->open[k] = strdup(r->open[k])) != NULL;
	if (!ok) {
		free(o->values);
		for (int k = 0; k < N_OPEN; k++)
			free(o->open[k]);
		return FEEDBACK_NOMEM;
	}
	fs->n++;
	return FEEDBACK_ADDED;
}

/* ---- groups ---- */

size_t feedback_groups(const size_t role_n[N_ROLES], struct feedback_group *out)
{
	bool own[N_ROLES] = {false};
	size_t others = role_n[ROLE_ANDERS], n_own = 0;
	for (int r = 0; r < ROLE_ANDERS; r++) {
		if (role_n[r] >= FEEDBACK_MIN_OBSERVERS) {
			own[r] = true;
			n_own++;
		} else {
			others += role_n[r];
		}
	}
	/* a group of 1 or 2 beside others could be worked out from them: fold
	 * the smallest own group in too (the later one on a tie) */
	while (others > 0 && others < FEEDBACK_MIN_OBSERVERS && n_own > 0) {
		int smallest = -1;
		for (int r = 0; r < ROLE_ANDERS; r++)
			if (own[r] && (smallest < 0 || role_n[r] <= role_n[smallest]))
				smallest = r;
		own[smallest] = false;
		n_own--;
		others += role_n[smallest];
	}
	if (n_own + (others > 0) < 2)
		return 0;
	size_t k = 0;
	for (int r = 0; r < ROLE_ANDERS; r++)
		if (own[r])
			out[k++] = (struct feedback_group){r, role_n[r]};
	if (others)
		out[k++] = (struct feedback_group){FEEDBACK_GROUP_OTHERS, others};
	return k;
}

/* ---- figures ---- */

/* Running sums of shown figures (tenths) for one stat. */
struct acc {
	size_t n, unknown;
	long long s1, s2;
};

static void acc_add(struct acc *a, long t)
{
	a->n++;
	a->s1 += t;
	a->s2 += (long long)t * t;
}

/* round(sqrt(X) / n) exactly, halves up: the k with
 * (2k-1)^2 n^2 <= 4X < (2k+1)^2 n^2. */
static long sd_round(long long x, size_t n)
{
	if (x <= 0 || n == 0)
		return 0;
	long double nn = (long double)n * n;
	long k = (long)floorl(sqrtl((long double)x) / n + 0.5L);
	while ((long double)(2 * k + 1) * (2 * k + 1) * nn <= 4.0L * x)
		k++;
	while (k > 0 && (long double)(2 * k - 1) * (2 * k - 1) * nn > 4.0L * x)
		k--;
	return k;
}

static struct feedback_stat acc_stat(const struct acc *a, bool allowed)
{
	struct feedback_stat st = {.n = a->n, .unknown = a->unknown};
	if (a->n == 0)
		return st;
	st.shown = allowed && a->n >= FEEDBACK_MIN_OBSERVERS;
	/* the mean of the shown figures, tenths: round(s1 / n) */
	st.tenths = score_tenths(a->s1, 10LL * (long long)a->n);
	/* population spread: sqrt(n s2 - s1^2) / n, in tenths */
	st.sd_tenths = sd_round((long long)a->n * a->s2 - a->s1 * a->s1, a->n);
	if (!st.shown)
		st.tenths = st.sd_tenths = 0;
	return st;
}

/* The group (index into groups, from 1) an observer of role belongs to. */
static size_t group_of(const struct feedback_result *r, int role)
{
	size_t others = 0;
	for (size_t g = 1; g < r->n_groups; g++) {
		if (r->groups[g].role == role)
			return g;
		if (r->groups[g].role == FEEDBACK_GROUP_OTHERS)
			others = g;
	}
	return others;
}

/* The level a score (tenths) reaches. */
static int level_of(const struct catalogue *c, long tenths)
{
	int level = 0;
	for (size_t l = 0; l < c->n_levels; l++)
		if ((double)tenths / 10.0 + 1e-9 >= c->levels[l].min)
			level = (int)l;
	return level;
}

static bool step_taken(const struct feedback_result *r, const struct next_step *st)
{
	for (size_t i = 0; i < r->n_steps; i++)
		if (r->steps[i].step == st)
			return true;
	return false;
}

static void choose_steps(struct feedback_result *r, const struct score_result *self)
{
	/* one step per blind spot, largest gap first: the first that suits the
	 * level the others' mean reaches; then the session's own steps */
	for (size_t k = 0; k < r->n_blind && r->n_steps < SCORE_MAX_STEPS; k++) {
		const struct feedback_practice *fp = &r->practices[r->blind[k]];
		const struct practice *pr = &r->cat->practices[fp->practice];
		int lv = level_of(r->cat, fp->all.tenths);
		for (size_t j = 0;; j++) {
			const struct next_step *st = content_step_nth(pr, r->q, lv, j);
			if (!st)
				break;
			if (step_taken(r, st))
				continue;
			r->steps_from_blind[r->n_steps] = true;
			r->steps[r->n_steps++] = (struct step_ref){st, (int)fp->practice, NULL};
			break;
		}
	}
	for (size_t i = 0; self && i < self->n_steps && r->n_steps < SCORE_MAX_STEPS; i++)
		if (!step_taken(r, self->steps[i].step))
			r->steps[r->n_steps++] = self->steps[i];
}

/* Sort idx[0..n) by |gap(i)| (largest first), then by key(i): an insertion
 * sort (short lists), with the figures passed in, never kept. */
static void sort_by_gap(size_t *idx, size_t n, const long *gap, const size_t *key)
{
	for (size_t i = 1; i < n; i++) {
		size_t v = idx[i], j = i;
		while (j > 0) {
			size_t u = idx[j - 1];
			long du = labs(gap[u]), dv = labs(gap[v]);
			if (du > dv || (du == dv && key[u] <= key[v]))
				break;
			idx[j] = u;
			j--;
		}
		idx[j] = v;
	}
}

/* The gaps and keys of the practices (or items) of r, for sort_by_gap. */
static bool sort_practices(struct feedback_result *r)
{
	long *gap = calloc(r->n_practices + 1, sizeof(*gap));
	size_t *key = calloc(r->n_practices + 1, sizeof(*key));
	if (!gap || !key) {
		free(gap);
		free(key);
		return false;
	}
	for (size_t i = 0; i < r->n_practices; i++) {
		gap[i] = r->practices[i].diff_tenths;
		key[i] = r->practices[i].practice;
	}
	sort_by_gap(r->blind, r->n_blind, gap, key);
	sort_by_gap(r->hidden, r->n_hidden, gap, key);
	free(gap);
	free(key);
	return true;
}

static bool compute_practices(const struct feedback_set *fs, const struct score_result *self,
			      struct score_result *scores, struct feedback_result *r)
{
	const struct catalogue *c = fs->cat;
	r->practices = calloc(c->n_practices ? c->n_practices : 1, sizeof(*r->practices));
	r->blind = calloc(c->n_practices + 1, sizeof(size_t));
	r->hidden = calloc(c->n_practices + 1, sizeof(size_t));
	struct acc *acc = calloc(r->n_groups + 1, sizeof(*acc));
	bool ok = r->practices && r->blind && r->hidden && acc;
	for (size_t p = 0; ok && p < c->n_practices; p++) {
		unsigned milli;
		size_t items;
		content_full_coverage(fs->q, p, &milli, &items);
		if (!content_coverage_enough(c, milli, items))
			continue;
		struct feedback_practice *fp = &r->practices[r->n_practices];
		fp->practice = p;
		fp->primary = content_is_primary(fs->q, p);
		fp->self = self ? &self->practices[p] : NULL;
		memset(acc, 0, (r->n_groups + 1) * sizeof(*acc));
		for (size_t o = 0; o < fs->n; o++) {
			const struct practice_score *ps = &scores[o].practices[p];
			if (!ps->has_score)
				continue;
			acc_add(&acc[0], ps->tenths);
			if (r->n_groups > 1)
				acc_add(&acc[group_of(r, fs->obs[o].role)], ps->tenths);
		}
		fp->all = acc_stat(&acc[0], r->shown);
		/* per group only when no group is a (recognisable) 1 or 2 */
		bool groups_ok = r->shown && r->n_groups > 1;
		for (size_t g = 1; g < r->n_groups; g++)
			groups_ok &= acc[g].n == 0 || acc[g].n >= FEEDBACK_MIN_OBSERVERS;
		if (r->n_groups > 1) {
			fp->by_group = calloc(r->n_groups, sizeof(*fp->by_group));
			ok = fp->by_group != NULL;
			for (size_t g = 1; ok && g < r->n_groups; g++)
				fp->by_group[g] = acc_stat(&acc[g], groups_ok);
		}
		r->n_practices++;
		fp->has_diff = fp->self && fp->self->has_score && fp->all.shown;
		if (fp->has_diff) {
			fp->diff_tenths = fp->self->tenths - fp->all.tenths;
			if (fp->diff_tenths >= FEEDBACK_CLEAR_TENTHS) {
				fp->kind = FEEDBACK_BLIND_SPOT;
				r->blind[r->n_blind++] = r->n_practices - 1;
			} else if (fp->diff_tenths <= -FEEDBACK_CLEAR_TENTHS) {
				fp->kind = FEEDBACK_HIDDEN_STRENGTH;
				r->hidden[r->n_hidden++] = r->n_practices - 1;
			}
		}
	}
	free(acc);
	return ok && sort_practices(r);
}

static bool compute_items(const struct feedback_set *fs, const struct session *self,
			  struct feedback_result *r)
{
	const struct questionnaire *q = fs->q;
	r->items = calloc(q->n_items ? q->n_items : 1, sizeof(*r->items));
	size_t *order = calloc(q->n_items + 1, sizeof(size_t));
	bool ok = r->items && order;
	size_t n_order = 0;
	for (size_t i = 0; ok && i < q->n_items; i++) {
		const struct item *it = &q->items[i];
		if (it->type != ITEM_LIKERT || !it->observer)
			continue;
		struct feedback_item *fi = &r->items[r->n_items];
		fi->item = i;
		if (self) {
			struct answer a = session_get(self, it->id);
			fi->self = a.kind == ANSWER_VALUE ? a.value : 0;
		}
		struct acc a = {0};
		for (size_t o = 0; o < fs->n; o++) {
			int v = fs->obs[o].values[i];
			if (v == FEEDBACK_UNKNOWN)
				a.unknown++;
			else if (v > 0)
				acc_add(&a, 10L * v);
		}
		fi->all = acc_stat(&a, r->shown);
		if (!r->shown)
			fi->all.unknown = 0;
		fi->has_diff = fi->self > 0 && fi->all.shown;
		if (fi->has_diff) {
			fi->diff_tenths = 10L * fi->self - fi->all.tenths;
			if (fi->diff_tenths != 0)
				order[n_order++] = r->n_items;
		}
		r->n_items++;
	}
	long *gap = ok ? calloc(r->n_items + 1, sizeof(*gap)) : NULL;
	size_t *key = ok ? calloc(r->n_items + 1, sizeof(*key)) : NULL;
	ok = ok && gap && key;
	if (ok) {
		for (size_t k = 0; k < r->n_items; k++) {
			gap[k] = r->items[k].diff_tenths;
			key[k] = r->items[k].item;
		}
		sort_by_gap(order, n_order, gap, key);
		for (size_t k = 0; k < n_order && k < FEEDBACK_TOP_ITEMS; k++)
			r->top[r->n_top++] = order[k];
	}
	free(gap);
	free(key);
	free(order);
	return ok;
}

static bool collect_open(const struct feedback_set *fs, uint64_t seed, struct feedback_result *r)
{
	if (!r->shown)
		return true;
	for (int k = 0; k < N_OPEN; k++) {
		size_t n = 0;
		for (size_t o = 0; o < fs->n; o++)
			n += fs->obs[o].open[k] != NULL;
		if (n == 0)
			continue;
		size_t *perm = calloc(n, sizeof(*perm));
		char **texts = calloc(n, sizeof(*texts));
		if (!perm || !texts) {
			free(perm);
			free(texts);
			return false;
		}
		size_t m = 0;
		for (size_t o = 0; o < fs->n; o++)
			if (fs->obs[o].open[k])
				texts[m++] = fs->obs[o].open[k];
		/* never the order of the files (their names may name someone) */
		group_permutation(perm, n, seed + 0x9e3779b97f4a7c15ull * (uint64_t)(k + 1));
		char **out = calloc(n, sizeof(*out));
		bool ok = out != NULL;
		for (size_t i = 0; ok && i < n; i++)
			ok = (out[i] = strdup(texts[perm[i]])) != NULL;
		free(perm);
		free(texts);
		r->open[k] = out;
		r->n_open[k] = ok ? n : 0;
		if (!ok) {
			for (size_t i = 0; out && i < n; i++)
				free(out[i]);
			free(out);
			r->open[k] = NULL;
			return false;
		}
	}
	return true;
}

bool feedback_compute(const struct feedback_set *fs, const struct session *self,
		      const struct score_result *self_score, uint64_t seed,
		      struct feedback_result *out)
{
	memset(out, 0, sizeof(*out));
	out->cat = fs->cat;
	out->q = fs->q;
	out->n = fs->n;
	out->shown = fs->n >= FEEDBACK_MIN_OBSERVERS;
	for (size_t o = 0; o < fs->n; o++)
		out->role_n[fs->obs[o].role]++;
	struct feedback_group g[N_ROLES + 1];
	size_t ng = out->shown ? feedback_groups(out->role_n, g) : 0;
	out->n_groups = 1 + ng;
	out->groups = calloc(out->n_groups, sizeof(*out->groups));
	struct score_result *scores = calloc(fs->n ? fs->n : 1, sizeof(*scores));
	size_t scored = 0;
	bool ok = out->groups && scores;
	if (ok) {
		out->groups[0] = (struct feedback_group){FEEDBACK_GROUP_ALL, fs->n};
		memcpy(out->groups + 1, g, ng * sizeof(*g));
		if (ng == 0)
			out->n_groups = 1;
	}
	/* each observer scored like a session: the same weights, reverse
	 * keying and coverage thresholds as the leader's own answers */
	for (size_t o = 0; ok && o < fs->n; o++) {
		struct session *s = session_create(fs->obs[o].response, fs->q, "", 0);
		ok = s != NULL;
		for (size_t i = 0; ok && i < fs->q->n_items; i++) {
			int v = fs->obs[o].values[i];
			if (v > 0)
				ok = session_set(s, fs->q->items[i].id,
						 (struct answer){.kind = ANSWER_VALUE, .value = v});
		}
		ok = ok && score_compute(fs->cat, fs->q, s, &scores[o]);
		scored += ok;
		session_destroy(s);
	}
	ok = ok && compute_practices(fs, self ? self_score : NULL, scores, out) &&
	     compute_items(fs, self, out) && collect_open(fs, seed, out);
	if (ok)
		choose_steps(out, self ? self_score : NULL);
	for (size_t o = 0; o < scored; o++)
		score_finish(&scores[o]);
	free(scores);
	if (!ok)
		feedback_result_finish(out);
	return ok;
}

void feedback_result_finish(struct feedback_result *r)
{
	for (size_t p = 0; r->practices && p < r->n_practices; p++)
		free(r->practices[p].by_group);
	free(r->practices);
	free(r->items);
	free(r->blind);
	free(r->hidden);
	free(r->groups);
	for (int k = 0; k < N_OPEN; k++) {
		for (size_t i = 0; i < r->n_open[k]; i++)
			free(r->open[k][i]);
		free(r->open[k]);
	}
	memset(r, 0, sizeof(*r));
}
