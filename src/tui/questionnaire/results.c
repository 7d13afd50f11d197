/* The results screen: the open session scored (the weerstand profile
 * first when there is one), compared with the previous session, the
 * focus and the next steps. Every figure comes from the core (score.h,
 * report.h); this file only lays them out. */
#define _GNU_SOURCE
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "actions.h"
#include "hint.h"
#include "app.h"
#include "spiegel/report.h"
#include "tui/term.h"
#include "tui/widget/doc.h"
#include "tui/widget/put.h"

static void build_profile(const struct app *a, struct doc *d)
{
	const struct profile_result *p = &a->result.profile;
	const struct profile *pf = a->m.q->profile;
	if (!p->present)
		return;
	char buf[512];
	doc_text(d, "Weerstandsprofiel", A_BOLD | A_UNDERLINE, 0);
	snprintf(buf, sizeof(buf),
		 "Hoe vaak koos je elke aanpak als meest (naar rechts) of minst (naar links) "
		 "waarschijnlijke reactie, over %zu %s. Geen cijfer: een beeld van je voorkeuren.",
		 p->scenarios, p->scenarios == 1 ? "situatie" : "situaties");
	doc_text(d, buf, A_DIM, 0);
	for (size_t k = 0; k < N_APPROACHES; k++) {
		bool pref = false;
		for (size_t i = 0; i < p->n_preferred; i++)
			pref |= p->preferred[i] == k;
		snprintf(buf, sizeof(buf), "%s%s", pf->approaches[k].name,
			 pref ? "  ◀ voorkeur" : "");
		doc_text(d, buf, A_BOLD, 0);
		/* the same rounding and sign as the reports */
		char num[16];
		report_signed_number(num, sizeof(num), p->approach_shown[k]);
		snprintf(buf, sizeof(buf), "%s  (%zu× meest, %zu× minst)", num, p->most[k],
			 p->least[k]);
		doc_add_bar(d, strdup(buf), A_NORMAL, 2, DOC_BAR_CENTRED,
			    (int)lround(p->approach_shown[k] * 100.0), TUI_CYAN);
	}
	doc_blank(d);
	char *sum = report_profile_summary(a->m.q, p);
	if (sum) {
		char *para = sum;
		while (para) {
			char *next = strstr(para, "\n\n");
			if (next)
				*next = '\0';
			doc_text(d, para, A_NORMAL, 0);
			doc_blank(d);
			para = next ? next + 2 : NULL;
		}
	}
	free(sum);
	if (p->n_rules) {
		doc_text(d, "Wat opvalt", A_BOLD | A_UNDERLINE, 0);
		for (size_t i = 0; i < p->n_rules; i++) {
			snprintf(buf, sizeof(buf), "• %s", p->rules[i]->text);
			doc_text(d, buf, A_NORMAL, 0);
		}
		doc_blank(d);
	}
}

/* Under a practice's score: the previous session's score as a thin bar, and
 * the change. With another version the change is measured on the items both
 * versions have, and that score is named too when it is not the one above. */
static void add_previous_row(struct doc *d, const struct qmodel_previous *pv, size_t p,
			     const struct practice_score *now)
{
	const struct practice_score *was = &pv->score.practices[p];
	if (!was->has_score) {
		doc_text(d, "vorige keer geen score", A_DIM, 2);
		return;
	}
	const struct practice_score *cmp = pv->other_version ? &pv->common.practices[p] : now;
	char delta[32] = "", nu[32] = "";
	if (cmp->has_score) {
		/* the core's change: from the scores as shown */
		long diff = score_change_tenths(was, cmp);
		char dn[16];
		report_signed_number(dn, sizeof(dn), (double)diff / 10.0);
		snprintf(delta, sizeof(delta), "  %s", diff == 0 ? "gelijk" : dn);
		if (pv->other_version && cmp->tenths != now->tenths) {
			char num[16];
			report_number(num, sizeof(num), cmp->score);
			snprintf(nu, sizeof(nu), " (nu %s)", num);
		}
	}
	char wasnum[16];
	report_number(wasnum, sizeof(wasnum), was->score);
	char *text = text_fmt("%5s  vorige%s%s", wasnum, delta, nu);
	doc_add_bar(d, text, A_NORMAL, 2, DOC_BAR_THIN, (int)(was->score + 0.5), 0);
}

/* The practices without a score, per reason (doc/scoring.md, rule 4). */
static void build_coverage(const struct app *a, struct doc *d)
{
	const struct catalogue *c = a->m.view->catalogue;
	struct report_coverage cv;
	if (!report_coverage_groups(a->m.view, c, a->m.q, &a->result, &cv)) {
		doc_blank(d);
		doc_text(d, "Onvoldoende geheugen om te tonen welke praktijken geen score hebben.",
			 A_DIM, 0);
		return;
	}
	for (size_t k = 0; k < 2; k++) {
		const struct report_coverage_group *g = &cv.groups[k];
		if (g->n) {
			doc_blank(d);
			doc_text(d, g->heading, A_BOLD, 0);
		}
		for (size_t i = 0; i < g->n; i++) {
			doc_text(d, c->practices[g->rows[i].practice].name, A_NORMAL, 2);
			if (*g->rows[i].detail)
				doc_text(d, g->rows[i].detail, A_DIM, 4);
		}
	}
	if (cv.unmeasured) {
		doc_blank(d);
		doc_text(d, cv.unmeasured, A_DIM, 0);
	}
	if (cv.thresholds) {
		char *t = report_thresholds_text(c);
		doc_text(d, t, A_DIM, 0);
		free(t);
	}
	report_coverage_finish(&cv);
}

/* The persoonlijke kwaliteiten: a smaller profile, a line each, no level. */
static void build_qualities(const struct app *a, struct doc *d)
{
	const struct catalogue *c = a->m.view->catalogue;
	const struct score_result *r = &a->result;
	if (!c->n_qualities)
		return;
	doc_text(d, "Persoonlijke kwaliteiten", A_BOLD | A_UNDERLINE, 0);
	doc_text(d, "Uit de vragen die bij elke kwaliteit horen; een beeld, zonder niveau.", A_DIM,
		 0);
	for (size_t k = 0; k < c->n_qualities; k++) {
		const struct practice_score *qs = &r->qualities[k];
		char num[16];
		report_number(num, sizeof(num), qs->score);
		char *text =
		    qs->has_score ? text_fmt("%5s  %s (%zu %s)", num, c->qualities[k].name,
					     qs->answered, qs->answered == 1 ? "vraag" : "vragen")
		    : qs->coverage == COVERAGE_SHORT
			? text_fmt("    –  %s (nog te weinig beantwoord: %zu van %zu)",
				   c->qualities[k].name, qs->answered, qs->full_items)
		    : qs->coverage == COVERAGE_NONE
			? text_fmt("    –  %s (niet gemeten met deze vragenlijst)",
				   c->qualities[k].name)
			: text_fmt("    –  %s (te weinig gemeten: %zu %s)", c->qualities[k].name,
				   qs->full_items, qs->full_items == 1 ? "vraag" : "vragen");
		doc_text(d, text, qs->has_score ? A_BOLD : A_NORMAL, 2);
		free(text);
		if (c->qualities[k].description)
			doc_text(d, c->qualities[k].description, A_DIM, 9);
	}
	doc_blank(d);
}

/* The focus: which practices and why, or why spiegel does not choose. */
static void build_focus(const struct app *a, struct doc *d)
{
	const struct catalogue *c = a->m.view->catalogue;
	const struct score_result *r = &a->result;
	char buf[1024];
	doc_text(d, "Focus", A_BOLD | A_UNDERLINE, 0);
	char *t = report_focus_text(c, r);
	doc_text(d, t, A_NORMAL, 0);
	free(t);
	if (r->focus_how == FOCUS_UNCLEAR)
		doc_text(d, "Kies zelf een focus: druk op f.", A_BOLD, 0);
	else if (r->n_candidates)
		doc_text(d,
			 r->focus_how == FOCUS_CHOSEN
			     ? "Een andere focus, of spiegel laten kiezen: druk op f."
			     : "Liever zelf een focus kiezen: druk op f.",
			 A_DIM, 0);
	for (size_t f = 0; f < r->n_focus; f++) {
		const struct questionnaire *dq = content_deeper(a->m.view, a->m.q, r->focus[f]);
		if (!dq)
			continue;
		snprintf(buf, sizeof(buf), "Verdiepen in %s: vul de vragenlijst \"%s\" in.",
			 c->practices[r->focus[f]].name, dq->title);
		doc_text(d, buf, A_DIM, 0);
	}
	doc_blank(d);
}

/* "Niveaus: Ontwikkelpunt (vanaf 0), ..." */
static void levels_line(const struct catalogue *c, char *buf, size_t size)
{
	size_t off = 0;
	buf[0] = '\0';
	for (size_t i = 0; i < c->n_levels && off < size; i++) {
		char lo[16];
		report_level_min(lo, sizeof(lo), c->levels[i].min);
		off += (size_t)snprintf(buf + off, size - off, "%s%s (vanaf %s)",
					i ? ", " : "Niveaus: ", c->levels[i].name, lo);
	}
}

/* What the scores are, and what they are compared with. */
static void build_head(const struct app *a, struct doc *d, const char *levels)
{
	char buf[1024];
	/* with a profile, the profile is the outcome and comes first; the
	 * explanation of the practice scores moves down to them */
	bool profile = a->result.profile.present;
	snprintf(buf, sizeof(buf),
		 profile ? "Je beantwoordde %zu van de %zu vragen. Eerst je weerstandsprofiel: "
			   "een beeld van hoe je reageert, geen cijfer. Daaronder de "
			   "leiderschapspraktijken."
			 : "Je beantwoordde %zu van de %zu vragen. Per leiderschapspraktijk zie "
			   "je een score van 0 tot 100: hoe vaker je het gedrag uit de vragen laat "
			   "zien, hoe hoger. Het is een spiegel, geen oordeel.",
		 session_count_answered(a->m.s, a->m.q), a->m.q->n_items);
	doc_text(d, buf, A_NORMAL, 0);
	if (!profile)
		doc_text(d, levels, A_DIM, 0);
	const struct qmodel_previous *pv = &a->prev;
	if (pv->present) {
		snprintf(buf, sizeof(buf),
			 "Vergeleken met je vorige sessie van %s%s: onder elke score staat je "
			 "score van toen als dunne balk, met het verschil.",
			 pv->date, pv->finished ? "" : " (niet afgerond)");
		doc_text(d, buf, A_NORMAL, 0);
		if (pv->other_version) {
			snprintf(buf, sizeof(buf),
				 "Die sessie gebruikte versie %s van de vragenlijst, nu is het %s. "
				 "Het verschil telt daarom alleen de vragen die in beide versies "
				 "voorkomen (\"nu\": je score op die vragen).",
				 pv->version, pv->now);
			doc_text(d, buf, A_DIM, 0);
		}
	}
	doc_blank(d);
}

/* Each practice with a score: a bar in the colour of its level, and the
 * previous session's score under it. */
static void build_practices(const struct app *a, struct doc *d, const char *levels)
{
	const struct catalogue *c = a->m.view->catalogue;
	const struct score_result *r = &a->result;
	char buf[1024];
	doc_text(d, "Leiderschapspraktijken", A_BOLD | A_UNDERLINE, 0);
	if (r->profile.present) {
		doc_text(d,
			 "Per praktijk een score van 0 tot 100, alleen waar de vragenlijst er "
			 "genoeg over vraagt. Een spiegel, geen oordeel.",
			 A_NORMAL, 0);
		doc_text(d, levels, A_DIM, 0);
	}
	struct report_scored s;
	size_t n = 0;
	for (size_t p = 0; report_next_scored(c, r, &p, &s); p++, n++) {
		const struct practice_score *ps = s.ps;
		snprintf(buf, sizeof(buf), "%s%s", s.name, s.focus ? "  ◀ focus" : "");
		doc_text(d, buf, A_BOLD, 0);
		snprintf(buf, sizeof(buf), "%5s  %s  (%zu %s)", s.score, s.level, ps->answered,
			 s.items);
		short colour = ps->level <= 0			   ? TUI_RED
			       : ps->level + 1 >= (int)c->n_levels ? TUI_GREEN
								   : TUI_YELLOW;
		doc_add_bar(d, strdup(buf), A_NORMAL, 2, DOC_BAR, (int)(ps->score + 0.5), colour);
		if (a->prev.present)
			add_previous_row(d, &a->prev, p, ps);
	}
	if (!n)
		doc_text(d, "Nog geen praktijk is genoeg gemeten voor een score.", A_NORMAL, 0);
}

static void build_steps(const struct app *a, struct doc *d)
{
	const struct score_result *r = &a->result;
	char buf[1024];
	if (!r->n_steps)
		return;
	doc_text(d, "Volgende stappen", A_BOLD | A_UNDERLINE, 0);
	for (size_t i = 0; i < r->n_steps; i++) {
		const struct next_step *st = r->steps[i].step;
		snprintf(buf, sizeof(buf), "%zu. %s", i + 1, st->title);
		doc_text(d, buf, A_BOLD, 0);
		doc_text(d, st->text, A_NORMAL, 3);
		char src[512];
		content_source_format(&st->source, src, sizeof(src));
		snprintf(buf, sizeof(buf), "Bron: %s", src);
		doc_text(d, buf, A_DIM, 3);
	}
	doc_blank(d);
}

static void build_results(const struct app *a, struct doc *d)
{
	char levels[512], buf[256];
	d->width = COLS - 2;
	levels_line(a->m.view->catalogue, levels, sizeof(levels));
	build_head(a, d, levels);
	/* a profile is the outcome of its questionnaire: it comes first */
	build_profile(a, d);
	build_practices(a, d, levels);
	build_coverage(a, d);
	doc_blank(d);
	build_qualities(a, d);
	build_focus(a, d);
	build_steps(a, d);
	snprintf(buf, sizeof(buf), "Het volledige rapport: %s report %s --format markdown",
		 hint_spiegel(), a->m.s->id);
	doc_text(d, buf, A_DIM, 0);
}

/* ---- the screen ---- */

static void results_enter(void *st)
{
	struct app *a = st;
	app_drop_scores(a);
	feedback_page_forget(a); /* built from the answers as they were */
	a->have_result = score_compute(a->m.view->catalogue, a->m.q, a->m.s, &a->result);
	if (!a->have_result)
		app_set_status(a, true, "Onvoldoende geheugen om de scores te berekenen.");
	qmodel_previous(&a->m, &a->prev);
	a->scroll = 0;
}

void results_show(struct app *a)
{
	app_go(a, &q_results_screen);
}

/* The rows of the document: from line 2 to the status. */
static int results_rows(const struct app *a)
{
	return app_bottom(a, LINES - 2) - 2;
}

static void results_resize(void *st)
{
	struct app *a = st;
	if (!a->have_result)
		return;
	struct doc d = {0};
	build_results(a, &d);
	a->scroll = doc_clamp(d.n, a->scroll, results_rows(a));
	doc_free(&d);
}

static void results_draw(const void *st)
{
	const struct app *a = st;
	app_frame_session(a, "Resultaten");
	if (!a->have_result)
		return;
	struct doc d = {0};
	build_results(a, &d);
	doc_draw_view(&d, 2, a->scroll, results_rows(a));
	doc_free(&d);
}

static enum tui_result results_handle(void *st, int act, int key)
{
	struct app *a = st;
	switch (act) {
	case Q_SCROLL:
		a->scroll = q_scroll_key(a->scroll, key);
		return TUI_HANDLED;
	case Q_ANSWERS:
		app_go(a, &q_review_screen);
		return TUI_HANDLED;
	case Q_FEEDBACK:
		feedback_page_open(a);
		return TUI_HANDLED;
	case Q_FOCUS:
		if (!a->have_result)
			return TUI_IGNORED;
		if (a->result.n_candidates == 0)
			app_set_status(
			    a, false,
			    "Nog geen praktijk die deze vragenlijst vooral meet, is genoeg "
			    "gemeten om focus te zijn.");
		else
			app_go(a, &q_focus_screen);
		return TUI_HANDLED;
	case Q_PLAN:
		if (!a->have_result)
			return TUI_IGNORED;
		app_go(a, &q_plan_screen);
		return TUI_HANDLED;
	case Q_HOME:
		/* closing the session after a failed save would lose it */
		if (!app_save(a))
			return TUI_HANDLED;
		app_close_session(a);
		app_go(a, &q_start_screen);
		return TUI_HANDLED;
	default:
		return TUI_IGNORED;
	}
}

static const int *results_keymap(const void *st)
{
	return feedback_page_available(st) ? q_keys_results_fb : q_keys_results;
}

const struct tui_screen q_results_screen = {
    TUI_SCREEN("results", results, enter, keymap, handle, resize, draw)};
