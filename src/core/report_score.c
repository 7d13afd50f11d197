/* The sentences of scoring model 2 (doc/scoring.md) that every output
 * shows alike: the focus, why a practice has no score, the coverage
 * thresholds, and the lines the text and markdown reports share. */
#include "spiegel/report.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report_internal.h"
#include "util.h"

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

bool report_next_scored(const struct catalogue *c, const struct score_result *r, size_t *p,
			struct report_scored *s)
{
	for (; *p < c->n_practices; ++*p) {
		const struct practice_score *ps = &r->practices[*p];
		if (!ps->has_score)
			continue;
		s->ps = ps;
		s->name = c->practices[*p].name;
		s->focus = score_is_focus(r, *p);
		report_number(s->score, sizeof(s->score), ps->score);
		s->level = c->levels[ps->level].name;
		s->items = rpt_vragen(ps->answered);
		return true;
	}
	return false;
}

static const enum score_coverage coverage_order[REPORT_COVERAGE_GROUPS] = {
    COVERAGE_SHORT, COVERAGE_LOW, COVERAGE_NONE};

static bool coverage_group(const struct content *ct, const struct catalogue *c,
			   const struct questionnaire *q, const struct score_result *r,
			   struct report_coverage_group *g)
{
	for (size_t p = 0; p < c->n_practices; p++)
		g->n += r->practices[p].coverage == g->coverage;
	if (!g->n)
		return true;
	if (!(g->rows = calloc(g->n, sizeof(*g->rows))))
		return false;
	size_t i = 0;
	for (size_t p = 0; p < c->n_practices; p++) {
		if (r->practices[p].coverage != g->coverage)
			continue;
		g->rows[i].practice = p;
		if (!(g->rows[i++].detail = report_coverage_detail(ct, c, q, r, p)))
			return false;
	}
	return true;
}

bool report_coverage_groups(const struct content *ct, const struct catalogue *c,
			    const struct questionnaire *q, const struct score_result *r,
			    struct report_coverage *cv)
{
	memset(cv, 0, sizeof(*cv));
	bool ok = true;
	for (size_t k = 0; k < REPORT_COVERAGE_GROUPS && ok; k++) {
		cv->groups[k].coverage = coverage_order[k];
		cv->groups[k].heading = report_coverage_heading(coverage_order[k]);
		ok = coverage_group(ct, c, q, r, &cv->groups[k]);
	}
	const struct report_coverage_group *none = &cv->groups[2];
	if (ok && none->n) {
		struct strbuf b;
		strbuf_init(&b);
		strbuf_printf(&b, "%s: ", none->heading);
		for (size_t i = 0; i < none->n; i++)
			strbuf_printf(&b, "%s%s", i ? ", " : "",
				      c->practices[none->rows[i].practice].name);
		strbuf_puts(&b, ".");
		ok = (cv->unmeasured = strbuf_steal(&b, NULL)) != NULL;
	}
	cv->thresholds = cv->groups[0].n || cv->groups[1].n;
	if (!ok)
		report_coverage_finish(cv);
	return ok;
}

void report_coverage_finish(struct report_coverage *cv)
{
	for (size_t k = 0; k < REPORT_COVERAGE_GROUPS; k++) {
		for (size_t i = 0; i < cv->groups[k].n; i++)
			free(cv->groups[k].rows ? cv->groups[k].rows[i].detail : NULL);
		free(cv->groups[k].rows);
	}
	free(cv->unmeasured);
	memset(cv, 0, sizeof(*cv));
	for (size_t k = 0; k < REPORT_COVERAGE_GROUPS; k++) {
		cv->groups[k].coverage = coverage_order[k];
		cv->groups[k].heading = report_coverage_heading(coverage_order[k]);
	}
}

/* "(4 vragen)" */
const char *rpt_vragen(size_t n)
{
	return n == 1 ? "vraag" : "vragen";
}

/* The choice a report offers when spiegel does not choose. */
void rpt_choose_hint(struct strbuf *b, const struct report_input *in)
{
	const struct score_result *r = in->r;
	strbuf_puts(b,
		    "Kies zelf een focus: met f op het resultatenscherm, of voor dit rapport met "
		    "--focus en een of twee van: ");
	for (size_t i = 0; i < r->n_candidates; i++)
		strbuf_printf(b, "%s%s", i ? ", " : "", in->cat->practices[r->candidates[i]].id);
	strbuf_puts(b, ".");
}

/* "Cognitieve kwaliteiten: 81.3 (4 vragen). Problemen doordacht ..." */
char *rpt_quality_line(const struct catalogue *c, const struct score_result *r, size_t k)
{
	const struct practice_score *qs = &r->qualities[k];
	const struct named *nm = &c->qualities[k];
	struct strbuf l;
	strbuf_init(&l);
	strbuf_printf(&l, "%s: ", nm->name);
	if (qs->has_score) {
		char num[16];
		report_number(num, sizeof(num), qs->score);
		strbuf_printf(&l, "%s (%zu %s).", num, qs->answered, rpt_vragen(qs->answered));
	} else if (qs->coverage == COVERAGE_SHORT) {
		strbuf_printf(&l, "nog te weinig beantwoord (%zu van de %zu vragen).", qs->answered,
			      qs->full_items);
	} else if (qs->coverage == COVERAGE_NONE) {
		strbuf_puts(&l, "niet gemeten met deze vragenlijst.");
	} else {
		strbuf_printf(&l, "te weinig gemeten in deze vragenlijst (%zu %s).", qs->full_items,
			      rpt_vragen(qs->full_items));
	}
	if (nm->description)
		strbuf_printf(&l, " %s", nm->description);
	return strbuf_steal(&l, NULL);
}
