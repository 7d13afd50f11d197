/* The figures of scoring model 2 in the session reports (doc/scoring.md):
 * practice scores with their coverage, the persoonlijke kwaliteiten and the
 * focus, as text, markdown and JSON; and the sentences the results screen and
 * plain mode share with the reports. */
#include <stdlib.h>
#include <string.h>

#include "report_internal.h"
#include "spiegel/report.h"

/* "A (50.0)", "A en B", "A, B en C": practice names, with their scores. */
static void name_list(struct strbuf *b, const struct catalogue *c, const struct score_result *r,
		      const size_t *v, size_t n, bool scores)
{
	for (size_t i = 0; i < n; i++) {
		strbuf_puts(b, i == 0 ? "" : i + 1 == n ? " en " : ", ");
		strbuf_puts(b, c->practices[v[i]].name);
		if (scores) {
			char num[16];
			report_number(num, sizeof(num), r->practices[v[i]].score);
			strbuf_printf(b, " (%s)", num);
		}
	}
}

/* The shared score of a tied group, in a sentence. */
static void shared_score(struct strbuf *b, const struct score_result *r, size_t p)
{
	char num[16];
	report_number(num, sizeof(num), r->practices[p].score);
	strbuf_printf(b, " (%s)", num);
}

char *report_thresholds_text(const struct catalogue *c)
{
	struct strbuf b;
	strbuf_init(&b);
	char w[16];
	report_number(w, sizeof(w), c->min_weight_milli / 1000.0);
	strbuf_printf(&b,
		      "Een praktijk krijgt pas een score als de beantwoorde vragen erover samen "
		      "minstens %s meewegen, over minstens %d %s (een vraag weegt 0 tot 1).",
		      w, c->min_items, c->min_items == 1 ? "vraag" : "vragen");
	return strbuf_steal(&b, NULL);
}

char *report_focus_text(const struct catalogue *c, const struct score_result *r)
{
	struct strbuf b;
	strbuf_init(&b);
	switch (r->focus_how) {
	case FOCUS_NONE:
		strbuf_puts(&b,
			    "Nog geen focus: geen van de praktijken die deze vragenlijst vooral "
			    "meet, is al genoeg gemeten.");
		break;
	case FOCUS_LOWEST:
		if (r->focus_tied) {
			name_list(&b, c, r, r->focus, r->n_focus, false);
			strbuf_puts(&b, " delen de laagste score");
			shared_score(&b, r, r->focus[0]);
			strbuf_puts(&b, "; ze zijn allebei je focus.");
		} else {
			strbuf_puts(&b,
				    r->n_focus == 1 ? "De laagste score: " : "De laagste scores: ");
			name_list(&b, c, r, r->focus, r->n_focus, true);
			strbuf_puts(&b, ".");
		}
		if (r->n_tied) {
			strbuf_puts(&b, " Daarna liggen ");
			name_list(&b, c, r, r->tied, r->n_tied, false);
			strbuf_puts(&b, " gelijk");
			shared_score(&b, r, r->tied[0]);
			strbuf_puts(&b, "; spiegel kiest daar niet tussen.");
		}
		break;
	case FOCUS_ONLY:
		name_list(&b, c, r, r->focus, r->n_focus, true);
		strbuf_puts(&b, " is de enige praktijk die deze vragenlijst vooral meet en die "
				"genoeg gemeten is: dat is je focus.");
		break;
	case FOCUS_CHOSEN:
		strbuf_puts(&b, "Je koos zelf je focus: ");
		name_list(&b, c, r, r->focus, r->n_focus, true);
		strbuf_puts(&b, ".");
		break;
	case FOCUS_UNCLEAR:
		strbuf_puts(&b, "Geen duidelijk laag punt: ");
		if (r->unclear == UNCLEAR_UNIFORM) {
			strbuf_puts(&b,
				    "je gaf op elke vraag hetzelfde antwoord, dus de verschillen "
				    "tussen de praktijken komen alleen uit hoe de vragen gesteld "
				    "zijn.");
		} else if (r->unclear == UNCLEAR_ALL_HIGH) {
			strbuf_printf(&b,
				      "alle praktijken die deze vragenlijst vooral meet, staan op "
				      "het hoogste niveau (%s).",
				      c->levels[c->n_levels - 1].name);
		} else if (r->unclear == UNCLEAR_CLOSE) {
			char band[16];
			report_number(band, sizeof(band), SCORE_BAND_TENTHS / 10.0);
			strbuf_printf(&b, "de scores liggen minder dan %s punten uit elkaar.",
				      band);
		} else {
			name_list(&b, c, r, r->tied, r->n_tied, false);
			strbuf_puts(&b, " delen de laagste score");
			shared_score(&b, r, r->tied[0]);
			strbuf_puts(&b, ".");
		}
		break;
	}
	for (size_t i = 0; i < r->n_ignored; i++) {
		int p = r->ignored[i];
		strbuf_puts(&b, " Je eerder gekozen focus ");
		strbuf_puts(&b, p >= 0 ? c->practices[p].name : "(een onbekende praktijk)");
		strbuf_puts(&b, " telt niet: die is in deze sessie niet genoeg gemeten of hoort "
				"niet bij deze vragenlijst.");
	}
	return strbuf_steal(&b, NULL);
}

const char *report_coverage_heading(enum score_coverage cv)
{
	switch (cv) {
	case COVERAGE_SHORT:
		return "Nog te weinig beantwoord";
	case COVERAGE_LOW:
		return "Te weinig gemeten in deze vragenlijst";
	case COVERAGE_NONE:
		return "Niet gemeten met deze vragenlijst";
	case COVERAGE_ENOUGH:
		break;
	}
	return "";
}

char *report_coverage_detail(const struct content *ct, const struct catalogue *c,
			     const struct questionnaire *q, const struct score_result *r, size_t p)
{
	const struct practice_score *ps = &r->practices[p];
	struct strbuf b;
	strbuf_init(&b);
	if (ps->coverage == COVERAGE_SHORT) {
		strbuf_printf(&b, "%zu van de %zu vragen beantwoord", ps->answered, ps->full_items);
	} else if (ps->coverage == COVERAGE_LOW) {
		if (ps->full_items < (size_t)c->min_items)
			strbuf_printf(&b, "maar %zu %s", ps->full_items,
				      ps->full_items == 1 ? "vraag" : "vragen");
		else
			strbuf_printf(&b, "%zu vragen, die er maar licht op meewegen",
				      ps->full_items);
	}
	const struct questionnaire *m =
	    ct && ps->coverage != COVERAGE_SHORT ? content_measured_in(ct, q, p) : NULL;
	if (m)
		strbuf_printf(&b, "%smeer hierover in \"%s\" (spiegel start %s)", b.len ? "; " : "",
			      m->title, m->id);
	return strbuf_steal(&b, NULL);
}

/* "(4 vragen)" */
static const char *vragen(size_t n)
{
	return n == 1 ? "vraag" : "vragen";
}

/* Practices without a score, per reason, as wrapped text lines. */
static void coverage_text(struct strbuf *b, const struct report_input *in)
{
	const struct catalogue *c = in->cat;
	const struct score_result *r = in->r;
	static const enum score_coverage order[] = {COVERAGE_SHORT, COVERAGE_LOW};
	bool any = false;
	for (size_t k = 0; k < 2; k++) {
		bool head = false;
		for (size_t p = 0; p < c->n_practices; p++) {
			if (r->practices[p].coverage != order[k])
				continue;
			if (!head)
				strbuf_printf(b, "  %s (geen score):\n",
					      report_coverage_heading(order[k]));
			head = any = true;
			char *d = report_coverage_detail(in->content, c, in->q, r, p);
			struct strbuf l;
			strbuf_init(&l);
			strbuf_printf(&l, "%s%s%s", c->practices[p].name, d && *d ? ": " : "",
				      d ? d : "");
			free(d);
			char *line = strbuf_steal(&l, NULL);
			if (line)
				rpt_wrap_bullet(b, line, 78, "    - ");
			free(line);
		}
	}
	struct strbuf u;
	strbuf_init(&u);
	for (size_t p = 0; p < c->n_practices; p++)
		if (r->practices[p].coverage == COVERAGE_NONE)
			strbuf_printf(&u, "%s%s",
				      u.len ? ", " : "Niet gemeten met deze vragenlijst: ",
				      c->practices[p].name);
	if (u.len) {
		strbuf_puts(&u, ".");
		char *line = strbuf_steal(&u, NULL);
		if (line)
			rpt_wrap_into(b, line, 78, "  ");
		free(line);
	} else {
		strbuf_finish(&u);
	}
	if (any) {
		char *t = report_thresholds_text(c);
		if (t)
			rpt_wrap_into(b, t, 78, "  ");
		free(t);
	}
}

void rpt_practices_text(struct strbuf *b, const struct report_input *in)
{
	const struct catalogue *c = in->cat;
	const struct score_result *r = in->r;
	strbuf_puts(b, "\nLeiderschapspraktijken (score 0-100)\n");
	bool any = false;
	for (size_t p = 0; p < c->n_practices; p++) {
		const struct practice_score *ps = &r->practices[p];
		if (!ps->has_score)
			continue;
		any = true;
		char num[16];
		report_number(num, sizeof(num), ps->score);
		strbuf_printf(b, "%s%s\n    ", score_is_focus(r, p) ? "* " : "  ",
			      c->practices[p].name);
		rpt_plain_bar(b, ps->score);
		strbuf_printf(b, " %5s  ", num);
		rpt_pad_to(b, c->levels[ps->level].name, 16);
		strbuf_printf(b, "(%zu %s)\n", ps->answered, vragen(ps->answered));
	}
	if (!any)
		strbuf_puts(b, "  Nog geen praktijk is genoeg gemeten voor een score.\n");
	coverage_text(b, in);
}

void rpt_practices_markdown(struct strbuf *b, const struct report_input *in)
{
	const struct catalogue *c = in->cat;
	const struct score_result *r = in->r;
	strbuf_puts(b, "\n## Leiderschapspraktijken\n\n");
	bool any = false;
	for (size_t p = 0; p < c->n_practices; p++) {
		const struct practice_score *ps = &r->practices[p];
		if (!ps->has_score)
			continue;
		if (!any)
			strbuf_puts(b, "| Praktijk | Score (0-100) | Niveau | Vragen |\n"
				       "|---|---:|---|---:|\n");
		any = true;
		char num[16];
		report_number(num, sizeof(num), ps->score);
		bool f = score_is_focus(r, p);
		strbuf_puts(b, f ? "| **" : "| ");
		rpt_md_escape(b, c->practices[p].name);
		strbuf_printf(b, "%s | %s | ", f ? "** (focus)" : "", num);
		rpt_md_escape(b, c->levels[ps->level].name);
		strbuf_printf(b, " | %zu |\n", ps->answered);
	}
	if (!any)
		strbuf_puts(b, "Nog geen praktijk is genoeg gemeten voor een score.\n");
	static const enum score_coverage order[] = {COVERAGE_SHORT, COVERAGE_LOW, COVERAGE_NONE};
	bool told = false;
	for (size_t k = 0; k < 3; k++) {
		bool head = false;
		for (size_t p = 0; p < c->n_practices; p++) {
			if (r->practices[p].coverage != order[k])
				continue;
			if (!head) {
				strbuf_puts(b, "\n**");
				rpt_md_escape(b, report_coverage_heading(order[k]));
				strbuf_puts(b, "** (geen score)\n\n");
			}
			head = true;
			told |= order[k] != COVERAGE_NONE;
			char *d = report_coverage_detail(in->content, c, in->q, r, p);
			strbuf_puts(b, "- ");
			rpt_md_escape(b, c->practices[p].name);
			if (d && *d) {
				strbuf_puts(b, ": ");
				rpt_md_escape(b, d);
			}
			strbuf_puts(b, "\n");
			free(d);
		}
	}
	if (told) {
		char *t = report_thresholds_text(c);
		strbuf_puts(b, "\n");
		if (t)
			rpt_md_escape(b, t);
		strbuf_puts(b, "\n");
		free(t);
	}
}

/* The choice a report offers when spiegel does not choose. */
static void choose_hint(struct strbuf *b, const struct report_input *in)
{
	const struct score_result *r = in->r;
	strbuf_puts(b,
		    "Kies zelf een focus: met f op het resultatenscherm, of voor dit rapport met "
		    "--focus en een of twee van: ");
	for (size_t i = 0; i < r->n_candidates; i++)
		strbuf_printf(b, "%s%s", i ? ", " : "", in->cat->practices[r->candidates[i]].id);
	strbuf_puts(b, ".");
}

void rpt_focus_text(struct strbuf *b, const struct report_input *in)
{
	strbuf_puts(b, in->r->n_focus ? "\nFocus (met * gemarkeerd)\n" : "\nFocus\n");
	char *t = report_focus_text(in->cat, in->r);
	if (t)
		rpt_wrap_into(b, t, 78, "  ");
	free(t);
	if (in->r->focus_how == FOCUS_UNCLEAR) {
		struct strbuf h;
		strbuf_init(&h);
		choose_hint(&h, in);
		char *line = strbuf_steal(&h, NULL);
		if (line)
			rpt_wrap_into(b, line, 78, "  ");
		free(line);
	}
}

void rpt_focus_markdown(struct strbuf *b, const struct report_input *in)
{
	strbuf_puts(b, "\n## Focus\n\n");
	char *t = report_focus_text(in->cat, in->r);
	if (t)
		rpt_md_escape(b, t);
	free(t);
	strbuf_puts(b, "\n");
	if (in->r->focus_how == FOCUS_UNCLEAR) {
		struct strbuf h;
		strbuf_init(&h);
		choose_hint(&h, in);
		char *line = strbuf_steal(&h, NULL);
		strbuf_puts(b, "\n");
		if (line)
			rpt_md_escape(b, line);
		strbuf_puts(b, "\n");
		free(line);
	}
}

/* "Cognitieve kwaliteiten: 81.3 (4 vragen). Problemen doordacht ..." */
static char *quality_line(const struct catalogue *c, const struct score_result *r, size_t k)
{
	const struct practice_score *qs = &r->qualities[k];
	const struct named *nm = &c->qualities[k];
	struct strbuf l;
	strbuf_init(&l);
	strbuf_printf(&l, "%s: ", nm->name);
	if (qs->has_score) {
		char num[16];
		report_number(num, sizeof(num), qs->score);
		strbuf_printf(&l, "%s (%zu %s).", num, qs->answered, vragen(qs->answered));
	} else if (qs->coverage == COVERAGE_SHORT) {
		strbuf_printf(&l, "nog te weinig beantwoord (%zu van de %zu vragen).", qs->answered,
			      qs->full_items);
	} else if (qs->coverage == COVERAGE_NONE) {
		strbuf_puts(&l, "niet gemeten met deze vragenlijst.");
	} else {
		strbuf_printf(&l, "te weinig gemeten in deze vragenlijst (%zu %s).", qs->full_items,
			      vragen(qs->full_items));
	}
	if (nm->description)
		strbuf_printf(&l, " %s", nm->description);
	return strbuf_steal(&l, NULL);
}

void rpt_qualities_text(struct strbuf *b, const struct report_input *in)
{
	if (!in->cat->n_qualities)
		return;
	strbuf_puts(b, "\nPersoonlijke kwaliteiten (0-100, zonder niveau)\n");
	for (size_t k = 0; k < in->cat->n_qualities; k++) {
		char *line = quality_line(in->cat, in->r, k);
		if (line)
			rpt_wrap_bullet(b, line, 78, "  - ");
		free(line);
	}
}

void rpt_qualities_markdown(struct strbuf *b, const struct report_input *in)
{
	if (!in->cat->n_qualities)
		return;
	strbuf_puts(b, "\n## Persoonlijke kwaliteiten\n\nScore 0-100, zonder niveau.\n\n");
	for (size_t k = 0; k < in->cat->n_qualities; k++) {
		char *line = quality_line(in->cat, in->r, k);
		strbuf_puts(b, "- ");
		if (line)
			rpt_md_escape(b, line);
		strbuf_puts(b, "\n");
		free(line);
	}
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

bool rpt_practices_json(cJSON *root, const struct report_input *in)
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

bool rpt_focus_json(cJSON *root, const struct report_input *in)
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

bool rpt_qualities_json(cJSON *root, const struct report_input *in)
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
