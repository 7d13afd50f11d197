/* The feedback report for machines: JSON ("spiegel-feedback-report/1") and
 * CSV (RFC 4180, CRLF), decimal points, ISO dates. Observer figures only
 * where feedback_compute marked them shown; never a row per observer. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "feedback_internal.h"
#include "report_feedback_internal.h"
#include "report_internal.h"

static bool json_tenths(cJSON *o, const char *key, long tenths)
{
	return rpt_json_number(o, key, (double)tenths / 10.0);
}

/* {"mean", "sd", "n"} or null when not shown (n stays: a count is no
 * figure about anyone's answers, but only when there is a figure at all). */
static bool json_stat(cJSON *o, const char *key, const struct feedback_stat *st, bool item)
{
	if (!st->shown)
		return cJSON_AddNullToObject(o, key) != NULL;
	cJSON *s = cJSON_AddObjectToObject(o, key);
	return s && json_tenths(s, "mean", st->tenths) && json_tenths(s, "sd", st->sd_tenths) &&
	       cJSON_AddNumberToObject(s, "n", (double)st->n) &&
	       (!item || cJSON_AddNumberToObject(s, "unknown", (double)st->unknown));
}

static bool json_practice(cJSON *arr, const struct feedback_report_input *in,
			  const struct feedback_practice *fp)
{
	const struct feedback_result *r = in->res;
	const struct practice *pr = &r->cat->practices[fp->practice];
	cJSON *o = cJSON_CreateObject();
	if (!o || !cJSON_AddItemToArray(arr, o)) {
		cJSON_Delete(o);
		return false;
	}
	bool ok = cJSON_AddStringToObject(o, "id", pr->id) &&
		  cJSON_AddStringToObject(o, "name", pr->name) &&
		  cJSON_AddBoolToObject(o, "primary", fp->primary);
	if (ok && in->self) {
		if (fp->self && fp->self->has_score)
			ok = json_tenths(o, "self", fp->self->tenths) &&
			     cJSON_AddNumberToObject(o, "self_items", (double)fp->self->answered);
		else
			ok = cJSON_AddNullToObject(o, "self") &&
			     cJSON_AddNumberToObject(o, "self_items",
						     fp->self ? (double)fp->self->answered : 0);
	}
	ok = ok && json_stat(o, "others", &fp->all, false);
	if (ok && r->n_groups > 1) {
		cJSON *g = cJSON_AddObjectToObject(o, "groups");
		ok = g != NULL;
		for (size_t k = 1; ok && k < r->n_groups; k++)
			ok = json_stat(g, rfb_group_id(r->groups[k].role), &fp->by_group[k], false);
	}
	if (ok && in->self)
		ok = fp->has_diff ? json_tenths(o, "difference", fp->diff_tenths)
				  : cJSON_AddNullToObject(o, "difference") != NULL;
	if (ok && in->self)
		ok = fp->kind ? cJSON_AddStringToObject(o, "kind",
							fp->kind == FEEDBACK_BLIND_SPOT
							    ? "blind_spot"
							    : "hidden_strength") != NULL
			      : cJSON_AddNullToObject(o, "kind") != NULL;
	return ok;
}

static bool json_items(cJSON *root, const struct feedback_report_input *in)
{
	const struct feedback_result *r = in->res;
	cJSON *arr = cJSON_AddArrayToObject(root, "items");
	bool ok = arr != NULL;
	for (size_t i = 0; ok && i < r->n_items; i++) {
		const struct feedback_item *fi = &r->items[i];
		const struct item *it = &r->q->items[fi->item];
		cJSON *o = cJSON_CreateObject();
		ok = o && cJSON_AddItemToArray(arr, o);
		if (!ok) {
			cJSON_Delete(o);
			break;
		}
		ok = cJSON_AddStringToObject(o, "id", it->id) &&
		     cJSON_AddStringToObject(o, "text", it->observer) &&
		     cJSON_AddBoolToObject(o, "reverse", it->reverse);
		if (ok && in->self)
			ok = fi->self ? cJSON_AddNumberToObject(o, "self", fi->self) != NULL
				      : cJSON_AddNullToObject(o, "self") != NULL;
		ok = ok && json_stat(o, "others", &fi->all, true);
		if (ok && in->self)
			ok = fi->has_diff ? json_tenths(o, "difference", fi->diff_tenths)
					  : cJSON_AddNullToObject(o, "difference") != NULL;
	}
	cJSON *top = ok ? cJSON_AddArrayToObject(root, "largest_differences") : NULL;
	ok = top != NULL;
	for (size_t k = 0; ok && k < r->n_top; k++) {
		cJSON *s = cJSON_CreateString(r->q->items[r->items[r->top[k]].item].id);
		ok = s && cJSON_AddItemToArray(top, s);
	}
	return ok;
}

static bool json_ids(cJSON *root, const char *key, const struct feedback_result *r,
		     const size_t *ix, size_t n)
{
	cJSON *a = cJSON_AddArrayToObject(root, key);
	bool ok = a != NULL;
	for (size_t k = 0; ok && k < n; k++) {
		cJSON *s = cJSON_CreateString(r->cat->practices[r->practices[ix[k]].practice].id);
		ok = s && cJSON_AddItemToArray(a, s);
	}
	return ok;
}

static bool json_head(cJSON *root, const struct feedback_report_input *in)
{
	const struct feedback_result *r = in->res;
	cJSON *round = cJSON_AddObjectToObject(root, "round");
	cJSON *q = round ? cJSON_AddObjectToObject(round, "questionnaire") : NULL;
	bool ok = q && cJSON_AddStringToObject(round, "id", in->round_id) &&
		  cJSON_AddStringToObject(round, "form", in->form) &&
		  cJSON_AddStringToObject(q, "id", r->q->id) &&
		  cJSON_AddStringToObject(q, "version", r->q->version) &&
		  cJSON_AddStringToObject(q, "title", r->q->title);
	if (ok)
		ok = in->round ? cJSON_AddStringToObject(round, "created", in->round->created) &&
				     cJSON_AddStringToObject(round, "name", in->round->name)
			       : cJSON_AddNullToObject(round, "created") != NULL;
	if (ok && in->self)
		ok = cJSON_AddStringToObject(root, "session", in->self->id) != NULL;
	ok = ok && cJSON_AddNumberToObject(root, "responses", (double)r->n) &&
	     cJSON_AddNumberToObject(root, "min_observers", FEEDBACK_MIN_OBSERVERS) &&
	     cJSON_AddBoolToObject(root, "shown", r->shown) &&
	     json_tenths(root, "clear_difference", FEEDBACK_CLEAR_TENTHS);
	cJSON *sk = ok ? cJSON_AddObjectToObject(root, "skipped") : NULL;
	ok = sk && cJSON_AddNumberToObject(sk, "other_round", (double)in->why.other_round) &&
	     cJSON_AddNumberToObject(sk, "other_form", (double)in->why.other_form) &&
	     cJSON_AddNumberToObject(sk, "duplicate", (double)in->why.duplicate) &&
	     cJSON_AddNumberToObject(sk, "invalid", (double)in->why.invalid) &&
	     cJSON_AddNumberToObject(sk, "unreadable", (double)in->why.unreadable) &&
	     cJSON_AddNumberToObject(sk, "unvisited", (double)in->why.unvisited);
	cJSON *gs = ok ? cJSON_AddArrayToObject(root, "groups") : NULL;
	ok = gs != NULL;
	for (size_t g = 1; ok && g < r->n_groups; g++) {
		cJSON *o = cJSON_CreateObject();
		ok = o && cJSON_AddItemToArray(gs, o) &&
		     cJSON_AddStringToObject(o, "id", rfb_group_id(r->groups[g].role)) &&
		     cJSON_AddStringToObject(o, "name", rfb_group_name(r->groups[g].role)) &&
		     cJSON_AddNumberToObject(o, "n", (double)r->groups[g].n);
	}
	return ok;
}

char *rfb_json(const struct feedback_report_input *in, size_t *len)
{
	const struct feedback_result *r = in->res;
	cJSON *root = cJSON_CreateObject();
	bool ok = root && cJSON_AddStringToObject(root, "format", "spiegel-feedback-report/1") &&
		  json_head(root, in);
	cJSON *ps = ok ? cJSON_AddArrayToObject(root, "practices") : NULL;
	ok = ps != NULL;
	for (size_t i = 0; ok && r->shown && i < r->n_practices; i++)
		ok = json_practice(ps, in, &r->practices[i]);
	if (ok && r->shown && in->self)
		ok = json_ids(root, "blind_spots", r, r->blind, r->n_blind) &&
		     json_ids(root, "hidden_strengths", r, r->hidden, r->n_hidden);
	if (ok && r->shown)
		ok = json_items(root, in);
	cJSON *op = ok ? cJSON_AddObjectToObject(root, "open") : NULL;
	ok = op != NULL;
	for (int k = 0; ok && k < N_OPEN; k++) {
		cJSON *a = cJSON_AddArrayToObject(op, feedback_open_id(k));
		ok = a != NULL;
		for (size_t i = 0; ok && i < r->n_open[k]; i++) {
			cJSON *s = cJSON_CreateString(r->open[k][i]);
			ok = s && cJSON_AddItemToArray(a, s);
		}
	}
	cJSON *st = ok ? cJSON_AddArrayToObject(root, "next_steps") : NULL;
	ok = st != NULL;
	for (size_t i = 0; ok && i < r->n_steps; i++) {
		cJSON *o = cJSON_CreateObject();
		const struct step_ref *sr = &r->steps[i];
		ok = o && cJSON_AddItemToArray(st, o) &&
		     cJSON_AddStringToObject(o, "id", sr->step->id) &&
		     cJSON_AddStringToObject(o, "title", sr->step->title) &&
		     (sr->practice >= 0
			  ? cJSON_AddStringToObject(o, "practice",
						    r->cat->practices[sr->practice].id) != NULL
			  : cJSON_AddNullToObject(o, "practice") != NULL) &&
		     cJSON_AddBoolToObject(o, "blind_spot", r->steps_from_blind[i]);
	}
	if (!ok) {
		cJSON_Delete(root);
		return NULL;
	}
	return rpt_json_finish(root, len);
}

/* ---- CSV ---- */

static void csv_text(struct strbuf *b, const char *s)
{
	/* a spreadsheet runs a cell that starts like a formula: make it text */
	bool guard = *s && strchr("=+-@\t\r", *s);
	strbuf_puts(b, "\"");
	if (guard)
		strbuf_puts(b, "'");
	for (; *s; s++) {
		if (*s == '"')
			strbuf_puts(b, "\"");
		strbuf_append(b, s, 1);
	}
	strbuf_puts(b, "\"");
}

static void csv_tenths(struct strbuf *b, bool have, long tenths)
{
	strbuf_puts(b, ",");
	if (have) {
		char num[16];
		format_tenths(num, sizeof(num), (double)tenths / 10.0);
		strbuf_puts(b, num);
	}
}

static void csv_stat(struct strbuf *b, const struct feedback_stat *st, bool item)
{
	csv_tenths(b, st->shown, st->tenths);
	csv_tenths(b, st->shown, st->sd_tenths);
	if (st->shown)
		strbuf_printf(b, ",%zu", st->n);
	else
		strbuf_puts(b, ",");
	if (item && st->shown)
		strbuf_printf(b, ",%zu", st->unknown);
	else
		strbuf_puts(b, ",");
}

char *rfb_csv(const struct feedback_report_input *in, size_t *len)
{
	const struct feedback_result *r = in->res;
	struct strbuf b;
	strbuf_init(&b);
	strbuf_puts(&b, "ronde,soort,id,naam,groep,jij,anderen,spreiding,n,weet_niet,verschil,"
			"kenmerk\r\n");
	for (size_t i = 0; r->shown && i < r->n_practices; i++) {
		const struct feedback_practice *fp = &r->practices[i];
		const struct practice *pr = &r->cat->practices[fp->practice];
		for (size_t g = 0; g < r->n_groups; g++) {
			const struct feedback_stat *st = g ? &fp->by_group[g] : &fp->all;
			if (g && !st->shown)
				continue;
			strbuf_printf(&b, "%s,praktijk,%s,", in->round_id, pr->id);
			csv_text(&b, pr->name);
			strbuf_printf(&b, ",%s", rfb_group_id(r->groups[g].role));
			csv_tenths(&b, g == 0 && fp->self && fp->self->has_score,
				   fp->self ? fp->self->tenths : 0);
			csv_stat(&b, st, false);
			csv_tenths(&b, g == 0 && fp->has_diff, fp->diff_tenths);
			strbuf_printf(&b, ",%s\r\n",
				      g					     ? ""
				      : fp->kind == FEEDBACK_BLIND_SPOT	     ? "blinde_vlek"
				      : fp->kind == FEEDBACK_HIDDEN_STRENGTH ? "verborgen_kracht"
									     : "");
		}
	}
	for (size_t i = 0; r->shown && i < r->n_items; i++) {
		const struct feedback_item *fi = &r->items[i];
		const struct item *it = &r->q->items[fi->item];
		strbuf_printf(&b, "%s,vraag,%s,", in->round_id, it->id);
		csv_text(&b, it->observer);
		strbuf_puts(&b, ",iedereen");
		if (fi->self)
			strbuf_printf(&b, ",%d", fi->self);
		else
			strbuf_puts(&b, ",");
		csv_stat(&b, &fi->all, true);
		csv_tenths(&b, fi->has_diff, fi->diff_tenths);
		strbuf_puts(&b, ",\r\n");
	}
	return rpt_finish(&b, len);
}
