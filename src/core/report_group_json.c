/* The group report as JSON ("spiegel-group/2"). */
#include "spiegel/report.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report_group_internal.h"

/* Every figure with at most one decimal, as the other formats show it. */
static cJSON *stat_json(const struct group_stat *st)
{
	cJSON *o = cJSON_CreateObject();
	if (!o)
		return NULL;
	cJSON_AddNumberToObject(o, "n", (double)st->n);
	static const char *const keys[] = {"mean", "median", "sd", "min", "max"};
	const double v[] = {st->mean, st->median, st->sd, st->min, st->max};
	for (size_t i = 0; i < 5; i++)
		if (st->n)
			rpt_json_number(o, keys[i], v[i]);
		else
			cJSON_AddNullToObject(o, keys[i]); /* nobody measured */
	return o;
}

static cJSON *counts_json(const size_t *v, size_t n)
{
	cJSON *a = cJSON_CreateArray();
	for (size_t k = 0; a && k < n; k++)
		cJSON_AddItemToArray(a, cJSON_CreateNumber((double)v[k]));
	return a;
}

static cJSON *group_head_json(const struct group *g)
{
	cJSON *o = cJSON_CreateObject();
	if (!o)
		return NULL;
	cJSON_AddStringToObject(o, "id", g->q->id);
	cJSON_AddStringToObject(o, "version", g->q->version);
	cJSON_AddStringToObject(o, "title", g->q->title);
	cJSON_AddNumberToObject(o, "participants", (double)g->n);
	cJSON_AddNumberToObject(o, "finished", (double)g->finished);
	return o;
}

/* answered, missing and the distribution (or shared) of item i of g */
static void item_figures_json(cJSON *o, const struct group *g, size_t i)
{
	const struct item *it = &g->q->items[i];
	const struct group_item *gi = &g->items[i];
	cJSON_AddNumberToObject(o, "answered", (double)gi->answered);
	cJSON_AddNumberToObject(o, "missing", (double)gi->missing);
	if (it->type == ITEM_OPEN) {
		cJSON_AddNumberToObject(o, "shared", (double)gi->shared);
		return;
	}
	{
		struct dist_entry d[MAX_DIST];
		size_t n = grp_item_dist(g, i, d, MAX_DIST);
		cJSON *dist = cJSON_AddArrayToObject(o, "distribution");
		for (size_t k = 0; dist && k < n; k++) {
			cJSON *e = cJSON_CreateObject();
			if (!e || !cJSON_AddItemToArray(dist, e)) {
				cJSON_Delete(e);
				break;
			}
			char vb[24];
			const char *value;
			if (it->type == ITEM_LIKERT)
				value = k == CONTENT_SCALE_POINTS
					    ? "na"
					    : grp_label_of(vb, sizeof(vb), k + 1);
			else
				value = it->options[k].value;
			cJSON_AddStringToObject(e, "value", value);
			cJSON_AddStringToObject(e, "label", d[k].label);
			if (it->type == ITEM_SCENARIO) {
				cJSON_AddNumberToObject(e, "most", (double)d[k].count);
				cJSON_AddNumberToObject(e, "least", (double)d[k].least);
			} else {
				cJSON_AddNumberToObject(e, "count", (double)d[k].count);
			}
		}
	}
}

static void items_json(cJSON *root, const struct group_report_input *in)
{
	const struct group *g = in->g;
	cJSON *items = cJSON_AddArrayToObject(root, "items");
	for (size_t i = 0; items && i < g->q->n_items; i++) {
		const struct item *it = &g->q->items[i];
		cJSON *o = cJSON_CreateObject();
		if (!o || !cJSON_AddItemToArray(items, o)) {
			cJSON_Delete(o);
			return;
		}
		static const char *const types[] = {"likert", "choice", "open", "scenario"};
		cJSON_AddStringToObject(o, "id", it->id);
		cJSON_AddStringToObject(o, "type", types[it->type]);
		item_figures_json(o, g, i);
		size_t j = group_base_item(in->g, in->baseline, in->min_group, i);
		cJSON *bo = j != GROUP_NO_ITEM ? cJSON_AddObjectToObject(o, "baseline") : NULL;
		if (bo)
			item_figures_json(bo, in->baseline, j);
	}
}

static void profile_json(cJSON *root, const struct group *g)
{
	const struct group_profile *gp = &g->profile;
	if (!gp->present || gp->participants == 0)
		return;
	cJSON *o = cJSON_AddObjectToObject(root, "profile");
	if (!o)
		return;
	cJSON_AddNumberToObject(o, "participants", (double)gp->participants);
	cJSON_AddNumberToObject(o, "scenarios", (double)gp->scenarios);
	cJSON *ap = cJSON_AddObjectToObject(o, "approaches");
	for (size_t k = 0; ap && k < N_APPROACHES; k++) {
		cJSON *e = cJSON_AddObjectToObject(ap, content_approach_id(k));
		if (!e)
			break;
		rpt_json_number(e, "score", group_approach_score(gp, k));
		cJSON_AddNumberToObject(e, "most", (double)gp->most[k]);
		cJSON_AddNumberToObject(e, "least", (double)gp->least[k]);
		cJSON_AddNumberToObject(e, "preferred", (double)gp->preferred[k]);
	}
	cJSON_AddNumberToObject(o, "fit", (double)group_percent(gp->fit_n, gp->scenarios));
	cJSON_AddItemToObject(o, "first", counts_json(gp->first, N_WSTEPS));
	cJSON_AddItemToObject(o, "sources", counts_json(gp->source, N_WSOURCES));
}

/* One shared answer as cJSON prints an object in an array at depth 2. */
static void shared_json(struct strbuf *b, const struct group *g, const struct group_shared *e)
{
	strbuf_puts(b, "{\n\t\t\t\"item\":\t");
	rpt_json_string(b, g->q->items[e->item].id);
	strbuf_puts(b, ",\n\t\t\t\"text\":\t");
	rpt_json_string(b, e->text);
	if (e->who) {
		strbuf_puts(b, ",\n\t\t\t\"participant\":\t");
		rpt_json_string(b, e->who);
	}
	strbuf_puts(b, "\n\t\t}");
}

/* root as cJSON prints it with a newline, through write (neutralised as
 * rpt_json_finish does); with g, its shared answers in the empty array
 * "shared", root's last member. Frees root. */
static bool write_json(cJSON *root, const struct group *g,
		       bool (*write)(void *ctx, const char *data, size_t len), void *ctx)
{
	char *printed = cJSON_Print(root);
	cJSON_Delete(root);
	if (!printed)
		return false;
	struct rpt_stream st = {write, ctx, DIAG_JSON};
	struct strbuf b;
	rpt_stream_start(&b, &st);
	size_t n = strlen(printed);
	/* "...\t\"shared\":\t[]\n}" */
	const char *tail = g && n >= 4 ? printed + n - 4 : NULL;
	if (tail && memcmp(tail, "[]\n}", 4) == 0) {
		strbuf_append(&b, printed, (size_t)(tail - printed) + 1);
		for (size_t k = 0; k < g->n_shared; k++) {
			if (k)
				strbuf_puts(&b, ", ");
			shared_json(&b, g, &g->shared[k]);
			strbuf_flush(&b, RPT_CHUNK);
		}
		strbuf_puts(&b, "]\n}");
	} else {
		strbuf_puts(&b, printed);
	}
	cJSON_free(printed);
	strbuf_puts(&b, "\n");
	return rpt_stream_end(&b);
}

bool grp_write_json(const struct group_report_input *in,
		    bool (*write)(void *ctx, const char *data, size_t len), void *ctx)
{
	const struct group *g = in->g;
	cJSON *root = cJSON_CreateObject();
	if (!root)
		return false;
	cJSON_AddStringToObject(root, "format", "spiegel-group/2");
	cJSON_AddItemToObject(root, "questionnaire", group_head_json(g));
	cJSON_AddNumberToObject(root, "participants", (double)g->n);
	cJSON_AddNumberToObject(root, "skipped", (double)in->skipped);
	cJSON *why = cJSON_AddObjectToObject(root, "skipped_because");
	if (why) {
		cJSON_AddNumberToObject(why, "other", (double)in->why.other);
		cJSON_AddNumberToObject(why, "duplicate", (double)in->why.duplicate);
		cJSON_AddNumberToObject(why, "invalid", (double)in->why.invalid);
		cJSON_AddNumberToObject(why, "unreadable", (double)in->why.unreadable);
		cJSON_AddNumberToObject(why, "unvisited", (double)in->why.unvisited);
	}
	cJSON_AddNumberToObject(root, "min_group", (double)in->min_group);
	bool hide = group_suppressed(g, in->min_group);
	cJSON_AddBoolToObject(root, "suppressed", hide);
	bool base = group_baseline_shown(in->baseline, in->min_group);
	if (in->baseline) {
		cJSON *bo = group_head_json(in->baseline);
		if (bo) {
			cJSON_AddBoolToObject(bo, "suppressed", !base);
			cJSON_AddNumberToObject(bo, "common_items", (double)g->n_common);
		}
		cJSON_AddItemToObject(root, "baseline", bo);
	}
	if (!hide) {
		cJSON *pr = cJSON_AddArrayToObject(root, "practices");
		for (size_t p = 0; pr && p < g->cat->n_practices; p++) {
			const struct group_stat *st = &g->practices[p];
			if (!st->n)
				continue;
			cJSON *o = stat_json(st);
			if (!o || !cJSON_AddItemToArray(pr, o)) {
				cJSON_Delete(o);
				break;
			}
			cJSON_AddStringToObject(o, "id", g->cat->practices[p].id);
			cJSON_AddStringToObject(o, "name", g->cat->practices[p].name);
			cJSON_AddNumberToObject(o, "items", (double)g->practice_items[p]);
		}
		/* the change since the baseline: over the shared items only, apart
		 * from the practices' own figures */
		cJSON *cmp = base ? cJSON_AddArrayToObject(root, "comparison") : NULL;
		for (size_t p = 0; cmp && p < g->cat->n_practices; p++) {
			const struct group_stat *now, *bs;
			if (!group_compared(in->g, in->baseline, in->min_group, p, &now, &bs))
				continue;
			cJSON *o = cJSON_CreateObject();
			if (!o || !cJSON_AddItemToArray(cmp, o)) {
				cJSON_Delete(o);
				break;
			}
			cJSON_AddStringToObject(o, "id", g->cat->practices[p].id);
			cJSON_AddStringToObject(o, "name", g->cat->practices[p].name);
			cJSON_AddNumberToObject(o, "items", (double)g->compared_items[p]);
			cJSON_AddItemToObject(o, "baseline", stat_json(bs));
			cJSON_AddItemToObject(o, "now", stat_json(now));
			rpt_json_number(o, "change", (double)group_change_tenths(now, bs) / 10.0);
		}
		cJSON *qa = cJSON_AddArrayToObject(root, "qualities");
		for (size_t k = 0; qa && k < g->cat->n_qualities; k++) {
			cJSON *o = stat_json(&g->qualities[k]);
			if (!o || !cJSON_AddItemToArray(qa, o)) {
				cJSON_Delete(o);
				break;
			}
			cJSON_AddStringToObject(o, "id", g->cat->qualities[k].id);
			cJSON_AddStringToObject(o, "name", g->cat->qualities[k].name);
		}
		profile_json(root, g);
		items_json(root, in);
		/* the shared answers, what grows with the group, are written after
		 * the rest as they are: in their place, the last member */
		cJSON_AddArrayToObject(root, "shared");
	}
	return write_json(root, hide ? NULL : g, write, ctx);
}
