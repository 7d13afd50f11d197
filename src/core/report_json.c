/* The session report as JSON ("spiegel-report/1", doc/report-format.md). */
#include "spiegel/report.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report_internal.h"
#include "util.h"

/* Where a source is, for developers and tools: the bibliography entry and
 * the file and lines. Only the JSON report carries these. */
static bool source_json(cJSON *o, const struct source_ref *s)
{
	cJSON *r = cJSON_AddObjectToObject(o, "source_ref");
	if (!r)
		return false;
	bool ok = true;
	if (s->entry)
		ok = cJSON_AddStringToObject(r, "id", s->entry->id) != NULL;
	if (ok && (s->file || (s->entry && s->entry->file)))
		ok = cJSON_AddStringToObject(r, "file", s->file ? s->file : s->entry->file) != NULL;
	if (ok && s->lines)
		ok = cJSON_AddStringToObject(r, "lines", s->lines) != NULL;
	return ok;
}

/* The figures of the profile ("profile": null without one). */
static bool profile_json(cJSON *root, const struct report_input *in)
{
	const struct profile_result *p = &in->r->profile;
	const struct profile *pf = in->q->profile;
	if (!p->present)
		return cJSON_AddNullToObject(root, "profile") != NULL;
	cJSON *o = cJSON_AddObjectToObject(root, "profile");
	if (!o)
		return false;
	bool has = p->scenarios > 0;
	bool ok =
	    cJSON_AddNumberToObject(o, "scenarios", (double)p->scenarios) &&
	    (has ? cJSON_AddNumberToObject(o, "breadth", (double)p->breadth) != NULL
		 : cJSON_AddNullToObject(o, "breadth") != NULL) &&
	    cJSON_AddNumberToObject(o, "fit_count", (double)p->fit_n) &&
	    (has ? rpt_json_number(o, "fit", p->fit) : cJSON_AddNullToObject(o, "fit") != NULL);
	cJSON *arr = cJSON_AddArrayToObject(o, "approaches");
	ok = ok && arr;
	for (size_t k = 0; ok && k < N_APPROACHES; k++) {
		bool pref = false;
		for (size_t i = 0; i < p->n_preferred; i++)
			pref |= p->preferred[i] == k;
		cJSON *e = cJSON_CreateObject();
		ok = e && cJSON_AddItemToArray(arr, e);
		if (!ok) {
			cJSON_Delete(e);
			break;
		}
		ok = cJSON_AddStringToObject(e, "id", pf->approaches[k].id) &&
		     cJSON_AddStringToObject(e, "name", pf->approaches[k].name) &&
		     (has ? rpt_json_number(e, "score", p->approach_shown[k])
			  : cJSON_AddNullToObject(e, "score") != NULL) &&
		     cJSON_AddNumberToObject(e, "most", (double)p->most[k]) &&
		     cJSON_AddNumberToObject(e, "least", (double)p->least[k]) &&
		     cJSON_AddNumberToObject(e, "missed", (double)p->missed[k]) &&
		     cJSON_AddBoolToObject(e, "preferred", pref);
	}
	cJSON *fm = cJSON_AddObjectToObject(o, "first_moves");
	ok = ok && fm && cJSON_AddNumberToObject(fm, "answered", (double)p->first_n);
	for (size_t k = 0; ok && k < N_WSTEPS; k++)
		ok = cJSON_AddNumberToObject(fm, pf->steps[k].id, (double)p->first[k]) != NULL;
	cJSON *st = cJSON_AddArrayToObject(o, "steps");
	ok = ok && st;
	for (size_t k = 0; ok && k < STEP_ARGUMENTEREN; k++) {
		cJSON *e = cJSON_CreateObject();
		ok = e && cJSON_AddItemToArray(st, e);
		if (!ok) {
			cJSON_Delete(e);
			break;
		}
		ok = cJSON_AddStringToObject(e, "id", pf->steps[k].id) &&
		     cJSON_AddStringToObject(e, "name", pf->steps[k].name) &&
		     (p->has_step[k] ? rpt_json_number(e, "score", p->step_score[k])
				     : cJSON_AddNullToObject(e, "score") != NULL);
	}
	cJSON *so = cJSON_AddObjectToObject(o, "sources");
	ok = ok && so && cJSON_AddNumberToObject(so, "answered", (double)p->source_n) &&
	     cJSON_AddNumberToObject(so, "hit", (double)p->sourcehit_n);
	for (size_t k = 0; ok && k < N_WSOURCES; k++)
		ok = cJSON_AddNumberToObject(so, pf->sources[k].id, (double)p->source[k]) != NULL;
	cJSON *se = cJSON_AddArrayToObject(o, "sections");
	ok = ok && se;
	for (size_t k = 0; ok && k < p->n_sections; k++) {
		if (!p->has_section[k])
			continue;
		cJSON *e = cJSON_CreateObject();
		ok = e && cJSON_AddItemToArray(se, e);
		if (!ok) {
			cJSON_Delete(e);
			break;
		}
		ok = cJSON_AddStringToObject(e, "id", in->q->sections[k].id) &&
		     cJSON_AddStringToObject(e, "title", in->q->sections[k].title) &&
		     rpt_json_number(e, "score", p->section_score[k]);
	}
	cJSON *ru = cJSON_AddArrayToObject(o, "rules");
	ok = ok && ru;
	for (size_t i = 0; ok && i < p->n_rules; i++) {
		cJSON *e = cJSON_CreateObject();
		ok = e && cJSON_AddItemToArray(ru, e);
		if (!ok) {
			cJSON_Delete(e);
			break;
		}
		ok = cJSON_AddStringToObject(e, "id", p->rules[i]->id) &&
		     cJSON_AddStringToObject(e, "text", p->rules[i]->text) &&
		     cJSON_AddStringToObject(e, "step", p->rules[i]->step->id);
	}
	char *sum = report_profile_summary(in->q, p);
	ok = ok && sum && cJSON_AddStringToObject(o, "summary", sum);
	free(sum);
	return ok;
}

static const char *coverage_id(enum score_coverage cv)
{
	static const char *const ids[] = {"none", "low", "short", "enough"};
	return ids[cv];
}

static const char *focus_id(enum score_focus f)
{
	static const char *const ids[] = {"none", "lowest", "only", "chosen", "unclear"};
	return ids[f];
}

static const char *unclear_id(enum score_unclear u)
{
	static const char *const ids[] = {NULL, "uniform", "all_high", "close", "tie"};
	return ids[u];
}

static bool add_id_array(cJSON *o, const char *key, const struct catalogue *c, const size_t *v,
			 size_t n)
{
	cJSON *a = cJSON_AddArrayToObject(o, key);
	for (size_t i = 0; a && i < n; i++) {
		cJSON *s = cJSON_CreateString(c->practices[v[i]].id);
		if (!s || !cJSON_AddItemToArray(a, s)) {
			cJSON_Delete(s);
			return false;
		}
	}
	return a != NULL;
}

/* One figure (practice or quality) as a JSON object; NULL on OOM. */
static cJSON *figure_json(const char *id, const char *name, const struct practice_score *ps)
{
	cJSON *o = cJSON_CreateObject();
	bool ok = o && cJSON_AddStringToObject(o, "id", id) &&
		  cJSON_AddStringToObject(o, "name", name) &&
		  (ps->has_score ? rpt_json_number(o, "score", ps->score)
				 : cJSON_AddNullToObject(o, "score") != NULL) &&
		  cJSON_AddNumberToObject(o, "answered", (double)ps->answered) &&
		  cJSON_AddNumberToObject(o, "weight_milli", (double)ps->weight_milli) &&
		  cJSON_AddNumberToObject(o, "items", (double)ps->full_items) &&
		  cJSON_AddStringToObject(o, "coverage", coverage_id(ps->coverage));
	if (!ok) {
		cJSON_Delete(o);
		return NULL;
	}
	return o;
}

static bool practices_json(cJSON *root, const struct report_input *in)
{
	const struct catalogue *c = in->cat;
	const struct score_result *r = in->r;
	cJSON *cv = cJSON_AddObjectToObject(root, "coverage");
	bool ok = cv && cJSON_AddNumberToObject(cv, "min_weight_milli", c->min_weight_milli) &&
		  cJSON_AddNumberToObject(cv, "min_items", c->min_items);
	cJSON *pa = cJSON_AddArrayToObject(root, "practices");
	ok = ok && pa;
	for (size_t p = 0; ok && p < c->n_practices; p++) {
		const struct practice_score *ps = &r->practices[p];
		cJSON *o = figure_json(c->practices[p].id, c->practices[p].name, ps);
		if (!o || !cJSON_AddItemToArray(pa, o)) {
			cJSON_Delete(o);
			return false;
		}
		const struct questionnaire *m =
		    in->content && !ps->has_score && ps->coverage != COVERAGE_SHORT
			? content_measured_in(in->content, in->q, p)
			: NULL;
		ok = (ps->level >= 0
			  ? cJSON_AddStringToObject(o, "level", c->levels[ps->level].id) != NULL
			  : cJSON_AddNullToObject(o, "level") != NULL) &&
		     cJSON_AddBoolToObject(o, "primary", ps->primary) &&
		     cJSON_AddBoolToObject(o, "focus", score_is_focus(r, p)) &&
		     (m ? cJSON_AddStringToObject(o, "measured_in", m->id) != NULL
			: cJSON_AddNullToObject(o, "measured_in") != NULL);
	}
	return ok;
}

static bool focus_json(cJSON *root, const struct report_input *in)
{
	const struct catalogue *c = in->cat;
	const struct score_result *r = in->r;
	if (!add_id_array(root, "focus", c, r->focus, r->n_focus))
		return false;
	cJSON *fs = cJSON_AddObjectToObject(root, "focus_status");
	const char *why = r->focus_how == FOCUS_UNCLEAR ? unclear_id(r->unclear) : NULL;
	char *text = report_focus_text(c, r);
	bool ok = fs && text && cJSON_AddStringToObject(fs, "state", focus_id(r->focus_how)) &&
		  (why ? cJSON_AddStringToObject(fs, "reason", why) != NULL
		       : cJSON_AddNullToObject(fs, "reason") != NULL) &&
		  cJSON_AddBoolToObject(fs, "tied", r->focus_tied) &&
		  add_id_array(fs, "tie", c, r->tied, r->n_tied) &&
		  add_id_array(fs, "candidates", c, r->candidates, r->n_candidates) &&
		  rpt_json_number(fs, "band", SCORE_BAND_TENTHS / 10.0) &&
		  cJSON_AddStringToObject(fs, "text", text);
	free(text);
	cJSON *ig = ok ? cJSON_AddArrayToObject(fs, "ignored") : NULL;
	for (size_t i = 0; ig && i < r->n_ignored; i++) {
		cJSON *s = r->ignored[i] >= 0 ? cJSON_CreateString(c->practices[r->ignored[i]].id)
					      : cJSON_CreateNull();
		if (!s || !cJSON_AddItemToArray(ig, s)) {
			cJSON_Delete(s);
			return false;
		}
	}
	return ok && ig;
}

static bool qualities_json(cJSON *root, const struct report_input *in)
{
	cJSON *qa = cJSON_AddArrayToObject(root, "qualities");
	for (size_t k = 0; qa && k < in->cat->n_qualities; k++) {
		const struct named *nm = &in->cat->qualities[k];
		cJSON *o = figure_json(nm->id, nm->name, &in->r->qualities[k]);
		if (!o || !cJSON_AddItemToArray(qa, o)) {
			cJSON_Delete(o);
			return false;
		}
		if (!(nm->description ? cJSON_AddStringToObject(o, "description", nm->description)
				      : cJSON_AddNullToObject(o, "description")))
			return false;
	}
	return qa != NULL;
}

char *rpt_render_json(const struct report_input *in, size_t *len)
{
	const struct catalogue *c = in->cat;
	const struct score_result *r = in->r;
	const struct session *s = in->s;
	cJSON *root = cJSON_CreateObject();
	if (!root)
		return NULL;
	bool ok = cJSON_AddStringToObject(root, "format", "spiegel-report/1");
	cJSON *q = cJSON_AddObjectToObject(root, "questionnaire");
	ok = ok && q && cJSON_AddStringToObject(q, "id", in->q->id) &&
	     cJSON_AddStringToObject(q, "version", in->q->version) &&
	     cJSON_AddStringToObject(q, "title", in->q->title);
	cJSON *se = cJSON_AddObjectToObject(root, "session");
	ok = ok && se && cJSON_AddStringToObject(se, "id", s->id) &&
	     cJSON_AddStringToObject(se, "participant", s->participant) &&
	     cJSON_AddStringToObject(se, "created", s->created) &&
	     cJSON_AddStringToObject(se, "updated", s->updated) &&
	     cJSON_AddBoolToObject(se, "finished", s->finished) &&
	     cJSON_AddNumberToObject(se, "answered", (double)session_count_answered(s, in->q)) &&
	     cJSON_AddNumberToObject(se, "items", (double)in->q->n_items);
	ok = ok && practices_json(root, in) && focus_json(root, in) && qualities_json(root, in);
	cJSON *aa = cJSON_AddArrayToObject(root, "answers");
	for (size_t i = 0; ok && aa && i < in->q->n_items; i++) {
		const struct item *it = &in->q->items[i];
		struct answer a = session_get(s, it->id);
		if (a.kind == ANSWER_NONE)
			continue;
		cJSON *o = cJSON_CreateObject();
		if (!o || !cJSON_AddItemToArray(aa, o)) {
			cJSON_Delete(o);
			ok = false;
			break;
		}
		ok = cJSON_AddStringToObject(o, "item", it->id) != NULL;
		if (a.kind == ANSWER_VALUE)
			ok = ok && cJSON_AddNumberToObject(o, "value", a.value);
		else if (a.kind == ANSWER_NA)
			ok = ok && cJSON_AddStringToObject(o, "value", "nvt");
		else if (a.kind == ANSWER_SCENARIO)
			ok = ok && cJSON_AddStringToObject(o, "most", a.text) &&
			     (a.least ? cJSON_AddStringToObject(o, "least", a.least)
				      : cJSON_AddNullToObject(o, "least"));
		else
			ok = ok && cJSON_AddStringToObject(o, "value", a.text);
	}
	ok = ok && aa;
	cJSON *na = cJSON_AddArrayToObject(root, "next_steps");
	for (size_t i = 0; ok && na && i < r->n_steps; i++) {
		const struct next_step *st = r->steps[i].step;
		int pi = r->steps[i].practice;
		char src[512];
		content_source_format(&st->source, src, sizeof(src));
		cJSON *o = cJSON_CreateObject();
		if (!o || !cJSON_AddItemToArray(na, o)) {
			cJSON_Delete(o);
			ok = false;
			break;
		}
		ok = (pi >= 0 ? cJSON_AddStringToObject(o, "practice", c->practices[pi].id)
			      : cJSON_AddNullToObject(o, "practice")) &&
		     (r->steps[i].rule ? cJSON_AddStringToObject(o, "rule", r->steps[i].rule->id)
				       : cJSON_AddNullToObject(o, "rule")) &&
		     cJSON_AddStringToObject(o, "id", st->id) &&
		     cJSON_AddStringToObject(o, "title", st->title) &&
		     cJSON_AddStringToObject(o, "text", st->text) &&
		     cJSON_AddStringToObject(o, "source", src) && source_json(o, &st->source);
	}
	ok = ok && na && profile_json(root, in);
	if (ok)
		return rpt_json_finish(root, len);
	cJSON_Delete(root);
	return NULL;
}
