/* Scoring model 2: the worked example of doc/scoring.md (fixture content in
 * test/data/score) and hand-computed cases for coverage, ties, the
 * no-clear-low-point rules, rounding and the weerstand profile. */
#include "helpers.h"

#include <math.h>

#include "spiegel/content.h"
#include "spiegel/report.h"
#include "spiegel/score.h"
#include "spiegel/session.h"

struct fixture {
	struct content *c;
	const struct questionnaire *q;
};

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof(*f));
	struct diag d;
	diag_init(&d);
	f->c = content_load_dir(SRCDIR "/content", &d);
	print_diags(&d);
	diag_finish(&d);
	assert_non_null(f->c);
	f->q = content_find(f->c, "visie");
	assert_non_null(f->q);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	content_destroy(f->c);
	free(f);
	return 0;
}

static const struct practice_score *ps(const struct fixture *f, const struct score_result *r,
				       const char *id)
{
	int i = content_practice_index(f->c->catalogue, id);
	assert_true(i >= 0);
	return &r->practices[i];
}

/* ---- scoring model 2 on the fixture content (test/data/score/content) ---- */

static struct content *score_content(void)
{
	struct diag d;
	diag_init(&d);
	struct content *c = content_load_dir(SRCDIR "/test/data/score/content", &d);
	print_diags(&d);
	assert_int_equal(diag_count(&d), 0);
	diag_finish(&d);
	assert_non_null(c);
	return c;
}

static const struct practice_score *pid(const struct content *c, const struct score_result *r,
					const char *id)
{
	int i = content_practice_index(c->catalogue, id);
	assert_true(i >= 0);
	return &r->practices[i];
}

static size_t pix(const struct content *c, const char *id)
{
	int i = content_practice_index(c->catalogue, id);
	assert_true(i >= 0);
	return (size_t)i;
}

static const char *lvl(const struct content *c, const struct practice_score *p)
{
	return p->level < 0 ? NULL : c->catalogue->levels[p->level].id;
}

static struct session *load_worked(void)
{
	struct diag d;
	diag_init(&d);
	struct session *s = session_load(SRCDIR "/test/data/score/worked.json", &d);
	print_diags(&d);
	diag_finish(&d);
	assert_non_null(s);
	return s;
}

static void set_values(struct session *s, const char *prefix, const int v[4])
{
	for (int i = 0; i < 4; i++) {
		char id[32];
		snprintf(id, sizeof(id), "%s%02d", prefix, i + 1);
		assert_true(session_set(s, id, (struct answer){ANSWER_VALUE, v[i], NULL, NULL}));
	}
}

static void score_it(const struct content *c, const struct session *s, struct score_result *r)
{
	const struct questionnaire *q = content_find(c, "proef");
	assert_non_null(q);
	struct diag d;
	diag_init(&d);
	assert_true(session_validate(s, q, &d));
	diag_finish(&d);
	assert_true(score_compute(c->catalogue, q, s, r));
}

/* The worked example's practices with a score, in catalogue order, as
 * the reports and the results screen list them (figures of
 * test_worked_example). */
static void test_next_scored(void **state)
{
	(void)state;
	struct content *c = score_content();
	struct session *s = load_worked();
	struct score_result r;
	score_it(c, s, &r);
	struct report_scored sc;
	size_t p = 0;
	assert_true(report_next_scored(c->catalogue, &r, &p, &sc));
	assert_int_equal(p, pix(c, "visie"));
	assert_string_equal(sc.name, "Visiegestuurd werken");
	assert_false(sc.focus);
	assert_string_equal(sc.score, "73,6");
	assert_string_equal(sc.level, "Sterk");
	assert_int_equal(sc.ps->answered, 6);
	assert_string_equal(sc.items, "vragen");
	p++;
	assert_true(report_next_scored(c->catalogue, &r, &p, &sc));
	assert_int_equal(p, pix(c, "kwaliteit"));
	assert_true(sc.focus);
	assert_string_equal(sc.score, "56,3");
	assert_string_equal(sc.level, "In ontwikkeling");
	p++;
	/* leraren (short) is passed over */
	assert_true(report_next_scored(c->catalogue, &r, &p, &sc));
	assert_int_equal(p, pix(c, "omgeving"));
	assert_true(sc.focus);
	assert_string_equal(sc.score, "50,0");
	p++;
	/* organisatie (low) and bestuur (none): no more */
	assert_false(report_next_scored(c->catalogue, &r, &p, &sc));
	assert_int_equal(p, c->catalogue->n_practices);
	score_finish(&r);
	session_destroy(s);
	content_destroy(c);
}

/* The worked example's practices without a score, as every output groups
 * them: leraren short (2 of its 4 items), organisatie low (4 items of 0.2,
 * at least min_items 3), bestuur not in proef at all; both low and none are
 * primary in proef-organisatie. */
static void test_coverage_groups(void **state)
{
	(void)state;
	struct content *c = score_content();
	struct session *s = load_worked();
	struct score_result r;
	score_it(c, s, &r);
	const struct questionnaire *q = content_find(c, "proef");
	struct report_coverage cv;
	assert_true(report_coverage_groups(c, c->catalogue, q, &r, &cv));
	const struct report_coverage_group *g = cv.groups;
	assert_int_equal(g[0].coverage, COVERAGE_SHORT);
	assert_string_equal(g[0].heading, "Nog te weinig beantwoord");
	assert_int_equal(g[0].n, 1);
	assert_int_equal(g[0].rows[0].practice, pix(c, "leraren"));
	assert_string_equal(g[0].rows[0].detail, "2 van de 4 vragen beantwoord");
	assert_int_equal(g[1].coverage, COVERAGE_LOW);
	assert_int_equal(g[1].n, 1);
	assert_int_equal(g[1].rows[0].practice, pix(c, "organisatie"));
	assert_string_equal(g[1].rows[0].detail,
			    "4 vragen, die er maar licht op meewegen; meer hierover in "
			    "\"Proef organisatie\" (spiegel start proef-organisatie)");
	assert_int_equal(g[2].coverage, COVERAGE_NONE);
	assert_int_equal(g[2].n, 1);
	assert_int_equal(g[2].rows[0].practice, pix(c, "bestuur"));
	assert_string_equal(
	    g[2].rows[0].detail,
	    "meer hierover in \"Proef organisatie\" (spiegel start proef-organisatie)");
	assert_true(cv.thresholds);
	assert_string_equal(cv.unmeasured,
			    "Niet gemeten met deze vragenlijst: Samenwerken met het bestuur.");
	report_coverage_finish(&cv);
	assert_int_equal(cv.groups[1].n, 0);
	assert_null(cv.unmeasured);

	/* without content: no "meer hierover"; without a measured practice
	 * that lacks a score: empty groups, no thresholds, no sentence */
	assert_true(report_coverage_groups(NULL, c->catalogue, q, &r, &cv));
	assert_string_equal(cv.groups[1].rows[0].detail, "4 vragen, die er maar licht op meewegen");
	assert_string_equal(cv.groups[2].rows[0].detail, "");
	report_coverage_finish(&cv);
	for (size_t p = 0; p < c->catalogue->n_practices; p++)
		r.practices[p].coverage = COVERAGE_ENOUGH;
	assert_true(report_coverage_groups(c, c->catalogue, q, &r, &cv));
	for (size_t k = 0; k < REPORT_COVERAGE_GROUPS; k++)
		assert_int_equal(cv.groups[k].n, 0);
	assert_false(cv.thresholds);
	assert_null(cv.unmeasured);
	report_coverage_finish(&cv);
	score_finish(&r);
	session_destroy(s);
	content_destroy(c);
}

/* doc/scoring.md, "Worked example": every figure computed by hand. */
static void test_worked_example(void **state)
{
	struct content *c = score_content();
	struct session *s = load_worked();
	struct score_result r;
	score_it(c, s, &r);

	const struct practice_score *v = pid(c, &r, "visie");
	assert_true(v->has_score);
	assert_int_equal(v->coverage, COVERAGE_ENOUGH);
	assert_int_equal(v->answered, 6);
	assert_int_equal(v->weight_milli, 3700);
	assert_int_equal(v->full_items, 8);
	assert_int_equal(v->full_milli, 4200);
	assert_true(v->primary);
	assert_float_equal(v->mean, 14600.0 / 3700.0, 1e-12);
	assert_int_equal(v->tenths, 736); /* 25 * 10900 / 3700 = 73.648... */
	assert_float_equal(v->score, 73.6, 1e-12);
	assert_string_equal(lvl(c, v), "sterk");

	const struct practice_score *k = pid(c, &r, "kwaliteit");
	assert_int_equal(k->tenths, 563); /* 56.25 exactly, half away from zero */
	assert_int_equal(k->answered, 4);
	assert_string_equal(lvl(c, k), "in_ontwikkeling");
	char num[16];
	report_number(num, sizeof(num), k->score);
	assert_string_equal(num, "56,3");

	const struct practice_score *o = pid(c, &r, "omgeving");
	assert_int_equal(o->tenths, 500);
	assert_string_equal(lvl(c, o), "in_ontwikkeling");

	/* leraren: 2 items, weight 1.5: would be enough when complete */
	const struct practice_score *l = pid(c, &r, "leraren");
	assert_false(l->has_score);
	assert_int_equal(l->coverage, COVERAGE_SHORT);
	assert_int_equal(l->answered, 2);
	assert_int_equal(l->weight_milli, 1500);
	assert_int_equal(l->full_items, 4);
	assert_int_equal(l->level, -1);

	/* organisatie: four side-loadings of 0.2: never enough in proef */
	const struct practice_score *g = pid(c, &r, "organisatie");
	assert_false(g->has_score);
	assert_int_equal(g->coverage, COVERAGE_LOW);
	assert_int_equal(g->answered, 4);
	assert_int_equal(g->weight_milli, 800);
	assert_int_equal(g->level, -1);
	assert_int_equal(g->tenths, 0);
	assert_false(g->primary);
	const struct questionnaire *q = content_find(c, "proef");
	const struct questionnaire *m = content_measured_in(c, q, pix(c, "organisatie"));
	assert_non_null(m);
	assert_string_equal(m->id, "proef-organisatie");
	assert_null(content_measured_in(c, q, pix(c, "visie")));

	const struct practice_score *b = pid(c, &r, "bestuur");
	assert_int_equal(b->coverage, COVERAGE_NONE);
	assert_int_equal(b->full_items, 0);

	/* candidates in catalogue order; focus the two lowest */
	assert_int_equal(r.n_candidates, 3);
	assert_int_equal(r.candidates[0], pix(c, "visie"));
	assert_int_equal(r.candidates[1], pix(c, "kwaliteit"));
	assert_int_equal(r.candidates[2], pix(c, "omgeving"));
	assert_false(r.uniform);
	assert_int_equal(r.focus_how, FOCUS_LOWEST);
	assert_int_equal(r.unclear, UNCLEAR_NONE);
	assert_false(r.focus_tied);
	assert_int_equal(r.n_tied, 0);
	assert_int_equal(r.n_focus, 2);
	assert_int_equal(r.focus[0], pix(c, "omgeving"));
	assert_int_equal(r.focus[1], pix(c, "kwaliteit"));

	assert_int_equal(r.n_steps, 3);
	const char *want[3] = {"NS-om-01", "NS-kw-01", "NS-om-02"};
	for (size_t i = 0; i < 3; i++) {
		assert_string_equal(r.steps[i].step->id, want[i]);
		assert_null(r.steps[i].rule);
	}

	/* persoonlijke kwaliteiten, every tagged item weighing 1 */
	assert_int_equal(r.n_qualities, 4);
	assert_string_equal(c->catalogue->qualities[0].id, "pk_cognitief");
	assert_true(r.qualities[0].has_score);
	assert_int_equal(r.qualities[0].answered, 4);
	assert_int_equal(r.qualities[0].tenths, 813); /* 81.25 */
	assert_int_equal(r.qualities[0].level, -1);
	assert_int_equal(r.qualities[0].coverage, COVERAGE_ENOUGH);
	assert_int_equal(r.qualities[1].tenths, 583); /* 175 / 3 */
	assert_int_equal(r.qualities[1].answered, 3);
	assert_false(r.qualities[2].has_score); /* psychologisch: 2 items at most */
	assert_int_equal(r.qualities[2].coverage, COVERAGE_LOW);
	assert_int_equal(r.qualities[2].answered, 2);
	assert_false(r.qualities[3].has_score); /* zingevend: C.03 is n.v.t. */
	assert_int_equal(r.qualities[3].coverage, COVERAGE_LOW);
	assert_int_equal(r.qualities[3].answered, 1);
	score_finish(&r);
	session_destroy(s);
	content_destroy(c);
}

/* Two practices on the same shown score share the focus, named as a tie. */
static void test_tie(void **state)
{
	struct content *c = score_content();
	struct session *s = load_worked();
	set_values(s, "P.D.", (const int[]){3, 4, 2, 2}); /* 3 + 4 + 4 + 2 = 13: 56.25 */
	struct score_result r;
	score_it(c, s, &r);
	assert_int_equal(pid(c, &r, "omgeving")->tenths, 563);
	assert_int_equal(pid(c, &r, "kwaliteit")->tenths, 563);
	assert_int_equal(r.focus_how, FOCUS_LOWEST);
	assert_true(r.focus_tied);
	assert_int_equal(r.n_focus, 2);
	assert_int_equal(r.focus[0], pix(c, "kwaliteit"));
	assert_int_equal(r.focus[1], pix(c, "omgeving"));
	char *t = report_focus_text(c->catalogue, &r);
	assert_string_equal(t, "Werken aan onderwijskwaliteit en Samenwerken met de omgeving "
			       "delen de laagste score (56,3); ze zijn allebei je focus.");
	free(t);
	score_finish(&r);
	session_destroy(s);
	content_destroy(c);
}

/* visie 88.1 (A all 5, C all 3: 25 * 14800 / 4200), the three others 50.0. */
static struct session *three_low(const struct content *c)
{
	struct session *s = load_worked();
	set_values(s, "P.A.", (const int[]){5, 5, 5, 1});
	set_values(s, "P.B.", (const int[]){3, 3, 3, 3});
	set_values(s, "P.C.", (const int[]){3, 3, 3, 3});
	set_values(s, "P.D.", (const int[]){3, 3, 3, 3});
	(void)c;
	return s;
}

/* More practices share the lowest score than can be focus: spiegel does
 * not choose between them. */
static void test_tie_too_large(void **state)
{
	struct content *c = score_content();
	struct session *s = three_low(c);
	struct score_result r;
	score_it(c, s, &r);
	assert_int_equal(pid(c, &r, "visie")->tenths, 881);
	assert_int_equal(pid(c, &r, "leraren")->tenths, 500);
	assert_int_equal(r.n_candidates, 4);
	assert_int_equal(r.focus_how, FOCUS_UNCLEAR);
	assert_int_equal(r.unclear, UNCLEAR_TIE);
	assert_int_equal(r.n_focus, 0);
	assert_int_equal(r.n_tied, 3);
	assert_int_equal(r.tied[0], pix(c, "kwaliteit"));
	assert_int_equal(r.tied[1], pix(c, "leraren"));
	assert_int_equal(r.tied[2], pix(c, "omgeving"));
	assert_int_equal(r.n_steps, 0); /* no practice steps until the user chooses */
	char *t = report_focus_text(c->catalogue, &r);
	assert_string_equal(t, "Geen duidelijk laag punt: Werken aan onderwijskwaliteit, "
			       "Ontwikkeling van leraren en Samenwerken met de omgeving delen de "
			       "laagste score (50,0).");
	free(t);
	score_finish(&r);

	/* one clearly lowest, then a tie that does not fit beside it */
	set_values(s, "P.D.", (const int[]){2, 2, 4, 2}); /* 25.0 */
	score_it(c, s, &r);
	assert_int_equal(r.focus_how, FOCUS_LOWEST);
	assert_int_equal(r.n_focus, 1);
	assert_int_equal(r.focus[0], pix(c, "omgeving"));
	assert_false(r.focus_tied);
	assert_int_equal(r.n_tied, 2);
	assert_int_equal(r.tied[0], pix(c, "kwaliteit"));
	assert_int_equal(r.tied[1], pix(c, "leraren"));
	t = report_focus_text(c->catalogue, &r);
	assert_string_equal(t, "De laagste score: Samenwerken met de omgeving (25,0). Daarna "
			       "liggen Werken aan onderwijskwaliteit en Ontwikkeling van leraren "
			       "gelijk (50,0); spiegel kiest daar niet tussen.");
	free(t);
	assert_int_equal(r.n_steps, 2); /* NS-om-01, NS-om-02; NS-om-03 is for sterk */
	score_finish(&r);
	session_destroy(s);
	content_destroy(c);
}

/* doc/scoring.md, variants: close together, all high, the same answer
 * everywhere. */
static void test_no_clear_low_point(void **state)
{
	struct content *c = score_content();
	struct session *s = load_worked();
	struct score_result r;
	set_values(s, "P.A.", (const int[]){4, 5, 3, 2}); /* visie 68.2 */
	set_values(s, "P.B.", (const int[]){3, 4, 2, 4}); /* 68.75 -> 68.8 */
	set_values(s, "P.D.", (const int[]){4, 4, 2, 4}); /* 75.0 */
	score_it(c, s, &r);
	assert_int_equal(pid(c, &r, "visie")->tenths, 682);
	assert_string_equal(lvl(c, pid(c, &r, "visie")), "in_ontwikkeling");
	assert_int_equal(pid(c, &r, "kwaliteit")->tenths, 688);
	assert_string_equal(lvl(c, pid(c, &r, "kwaliteit")), "sterk");
	assert_int_equal(r.focus_how, FOCUS_UNCLEAR);
	assert_int_equal(r.unclear, UNCLEAR_CLOSE);
	assert_int_equal(r.n_focus, 0);
	assert_int_equal(r.n_steps, 0);
	char *t = report_focus_text(c->catalogue, &r);
	assert_string_equal(t, "Geen duidelijk laag punt: de scores liggen minder dan 12,5 "
			       "punten uit elkaar.");
	free(t);
	score_finish(&r);

	set_values(s, "P.A.", (const int[]){5, 5, 3, 2}); /* visie 73.6: all Sterk */
	score_it(c, s, &r);
	assert_int_equal(r.focus_how, FOCUS_UNCLEAR);
	assert_int_equal(r.unclear, UNCLEAR_ALL_HIGH);
	t = report_focus_text(c->catalogue, &r);
	assert_non_null(strstr(t, "het hoogste niveau (Sterk)"));
	assert_null(strstr(t, "laagste score"));
	free(t);
	score_finish(&r);

	/* every item 4 (C.03 too): all four practices 62.5 */
	for (const char *const *pre = (const char *const[]){"P.A.", "P.B.", "P.C.", "P.D.", NULL};
	     *pre; pre++)
		set_values(s, *pre, (const int[]){4, 4, 4, 4});
	score_it(c, s, &r);
	assert_true(r.uniform);
	assert_int_equal(r.n_candidates, 4);
	for (size_t i = 0; i < r.n_candidates; i++)
		assert_int_equal(r.practices[r.candidates[i]].tenths, 625);
	assert_int_equal(r.focus_how, FOCUS_UNCLEAR);
	assert_int_equal(r.unclear, UNCLEAR_UNIFORM);
	score_finish(&r);
	session_destroy(s);

	/* the same answer everywhere, with spread from the reverse keyed items
	 * alone: still no clear low point */
	s = session_create("20261201-100000-aaaaaa", content_find(c, "proef"), "", 0);
	set_values(s, "P.B.", (const int[]){5, 5, 5, 5});
	assert_true(session_set(s, "P.B.03", (struct answer){ANSWER_NONE, 0, NULL, NULL}));
	set_values(s, "P.D.", (const int[]){5, 5, 5, 5}); /* 5 + 5 + 1 + 5: 75.0 */
	score_it(c, s, &r);
	assert_int_equal(pid(c, &r, "kwaliteit")->tenths, 1000);
	assert_int_equal(pid(c, &r, "omgeving")->tenths, 750);
	assert_true(r.uniform);
	assert_int_equal(r.focus_how, FOCUS_UNCLEAR);
	assert_int_equal(r.unclear, UNCLEAR_UNIFORM);
	score_finish(&r);
	session_destroy(s);
	content_destroy(c);
}

/* One measured candidate is the focus, without a "lowest" claim; the user's
 * choice wins when it is a candidate, and is named when it is not. */
static void test_only_and_chosen(void **state)
{
	struct content *c = score_content();
	struct session *s =
	    session_create("20261201-100000-bbbbbb", content_find(c, "proef"), "", 0);
	set_values(s, "P.B.", (const int[]){3, 4, 2, 2});
	struct score_result r;
	score_it(c, s, &r);
	assert_int_equal(r.n_candidates, 1);
	assert_int_equal(r.focus_how, FOCUS_ONLY);
	assert_int_equal(r.n_focus, 1);
	assert_int_equal(r.focus[0], pix(c, "kwaliteit"));
	assert_int_equal(r.n_steps, 2);
	assert_string_equal(r.steps[0].step->id, "NS-kw-01");
	assert_string_equal(r.steps[1].step->id, "NS-kw-02");
	char *t = report_focus_text(c->catalogue, &r);
	assert_null(strstr(t, "laagste"));
	free(t);
	score_finish(&r);
	session_destroy(s);

	s = load_worked();
	const char *one[] = {"visie"};
	assert_true(session_set_focus(s, one, 1));
	score_it(c, s, &r);
	assert_int_equal(r.focus_how, FOCUS_CHOSEN);
	assert_int_equal(r.n_focus, 1);
	assert_int_equal(r.focus[0], pix(c, "visie"));
	assert_int_equal(r.n_steps, 1); /* visie is Sterk: NS-vi-03 only */
	assert_string_equal(r.steps[0].step->id, "NS-vi-03");
	score_finish(&r);

	/* leraren is not measured, organisatie not primary, xyz unknown */
	const char *bad[] = {"leraren", "xyz"};
	assert_true(session_set_focus(s, bad, 2));
	score_it(c, s, &r);
	assert_int_equal(r.focus_how, FOCUS_LOWEST);
	assert_int_equal(r.n_ignored, 2);
	assert_int_equal(r.ignored[0], (int)pix(c, "leraren"));
	assert_int_equal(r.ignored[1], -1);
	t = report_focus_text(c->catalogue, &r);
	assert_non_null(strstr(t, "Je eerder gekozen focus Ontwikkeling van leraren telt niet"));
	free(t);
	score_finish(&r);
	const char *two[] = {"organisatie", "omgeving"};
	assert_true(session_set_focus(s, two, 2));
	score_it(c, s, &r);
	assert_int_equal(r.focus_how, FOCUS_CHOSEN);
	assert_int_equal(r.n_focus, 1);
	assert_int_equal(r.focus[0], pix(c, "omgeving"));
	assert_int_equal(r.n_ignored, 1);
	score_finish(&r);
	/* no repeats, at most two */
	const char *rep[] = {"visie", "visie"}, *three[] = {"visie", "kwaliteit", "omgeving"};
	assert_false(session_set_focus(s, rep, 2));
	assert_false(session_set_focus(s, three, 3));
	assert_int_equal(s->n_focus, 2);
	assert_true(session_set_focus(s, NULL, 0));
	assert_int_equal(s->n_focus, 0);
	session_destroy(s);
	content_destroy(c);
}

/* The level of a shown score: the last level whose min it reaches. */
static void test_level_of_shown_score(void **state)
{
	const struct level levels[3] = {
	    {.id = "a", .min = 0}, {.id = "b", .min = 40}, {.id = "c", .min = 70}};
	const struct catalogue c = {.levels = levels, .n_levels = 3};
	assert_int_equal(score_level(&c, 0.0), 0);
	assert_int_equal(score_level(&c, 39.9), 0);
	assert_int_equal(score_level(&c, 40.0), 1);
	assert_int_equal(score_level(&c, 69.9), 1);
	assert_int_equal(score_level(&c, 70.0), 2);
	assert_int_equal(score_level(&c, 100.0), 2);
	/* as shown: 0.1 * 3 is 0.30000000000000004, still 0.3 */
	const struct level tenth[2] = {{.id = "a", .min = 0}, {.id = "b", .min = 0.3}};
	const struct catalogue t = {.levels = tenth, .n_levels = 2};
	assert_int_equal(score_level(&t, 0.1 * 3), 1);
	assert_int_equal(score_level(&t, 0.2), 0);
}

/* Halves away from zero, from the exact fraction. */
static void test_rounding(void **state)
{
	assert_int_equal(score_tenths(225, 4), 563);   /* 56.25 */
	assert_int_equal(score_tenths(-225, 4), -563); /* -56.25 */
	assert_int_equal(score_tenths(1, 20), 1);      /* 0.05 */
	assert_int_equal(score_tenths(-1, 20), -1);
	assert_int_equal(score_tenths(1, 3), 3);
	assert_int_equal(score_tenths(2, 3), 7);
	assert_int_equal(score_tenths(-2, 3), -7);
	assert_int_equal(score_tenths(0, 7), 0);
	assert_int_equal(score_tenths(24999, 1000), 250); /* 24.999 */
	assert_int_equal(score_tenths(24949, 1000), 249);
	assert_int_equal(score_tenths(5, 0), 0);
	char buf[16];
	report_number(buf, sizeof(buf), 563 / 10.0);
	assert_string_equal(buf, "56,3");

	/* weights 0.1, 0.3, 0.7 and 0.9 with answers 4, 5, 4 and 2: exactly
	 * 25 * (S - W) / W = 25 * 4500 / 2000 = 56.25, while the floating-point
	 * sum of model 1 lands a hair below and showed 56.2 */
	double w[4] = {0.1, 0.3, 0.7, 0.9}, sv = 0, sw = 0;
	int v[4] = {4, 5, 4, 2};
	for (int i = 0; i < 4; i++) {
		sv += w[i] * v[i];
		sw += w[i];
	}
	assert_true((sv / sw - 1.0) * 25.0 < 56.25);
	char *dir = make_tmpdir();
	struct strbuf_t {
		char s[4096];
	} qj;
	snprintf(qj.s, sizeof(qj.s),
		 "{\"format\": \"spiegel-questionnaire/1\", \"id\": \"half\", \"version\": \"1\","
		 " \"title\": \"Half\", \"intro\": \"i\", \"practices\": [\"visie\"],"
		 " \"scales\": {\"f\": [\"1\", \"2\", \"3\", \"4\", \"5\"]},"
		 " \"sections\": [{\"id\": \"S\", \"title\": \"S\", \"items\": ["
		 "%s%s%s%s]}]}",
		 "{\"id\": \"H.1\", \"type\": \"likert\", \"scale\": \"f\", \"text\": \"t\","
		 " \"weights\": {\"visie\": 0.1, \"kwaliteit\": 0.9}, \"source\": {\"file\": \"f\","
		 " \"lines\": \"1\"}},",
		 "{\"id\": \"H.2\", \"type\": \"likert\", \"scale\": \"f\", \"text\": \"t\","
		 " \"weights\": {\"visie\": 0.3, \"kwaliteit\": 0.7}, \"source\": {\"file\": \"f\","
		 " \"lines\": \"1\"}},",
		 "{\"id\": \"H.3\", \"type\": \"likert\", \"scale\": \"f\", \"text\": \"t\","
		 " \"weights\": {\"visie\": 0.7, \"kwaliteit\": 0.3}, \"source\": {\"file\": \"f\","
		 " \"lines\": \"1\"}},",
		 "{\"id\": \"H.4\", \"type\": \"likert\", \"scale\": \"f\", \"text\": \"t\","
		 " \"weights\": {\"visie\": 0.9, \"kwaliteit\": 0.1}, \"source\": {\"file\": \"f\","
		 " \"lines\": \"1\"}}");
	char *path = write_file(dir, "half.json", qj.s);
	struct content *c = score_content();
	struct diag d;
	diag_init(&d);
	struct questionnaire *q = content_load_questionnaire(path, c->catalogue, &d);
	print_diags(&d);
	diag_finish(&d);
	assert_non_null(q);
	struct session *s = session_create("20261201-100000-cccccc", q, "", 0);
	for (int i = 0; i < 4; i++) {
		char id[8];
		snprintf(id, sizeof(id), "H.%d", i + 1);
		assert_true(session_set(s, id, (struct answer){ANSWER_VALUE, v[i], NULL, NULL}));
	}
	struct score_result r;
	assert_true(score_compute(c->catalogue, q, s, &r));
	const struct practice_score *p = pid(c, &r, "visie");
	assert_true(p->has_score);
	assert_int_equal(p->weight_milli, 2000);
	assert_int_equal(p->tenths, 563);
	report_number(buf, sizeof(buf), p->score);
	assert_string_equal(buf, "56,3");
	score_finish(&r);
	session_destroy(s);
	content_questionnaire_destroy(q);
	content_destroy(c);
	free(path);
	rm_tree(dir);
}

/* A level comes from the score as shown: 43.75 reaches In ontwikkeling. */
static void test_level_thresholds(void **state)
{
	struct content *c = score_content();
	struct session *s = load_worked();
	struct score_result r;
	set_values(s, "P.B.", (const int[]){3, 3, 4, 3}); /* 3 + 3 + 2 + 3 = 11: 43.75 */
	score_it(c, s, &r);
	assert_int_equal(pid(c, &r, "kwaliteit")->tenths, 438);
	assert_string_equal(lvl(c, pid(c, &r, "kwaliteit")), "in_ontwikkeling");
	score_finish(&r);
	set_values(s, "P.B.", (const int[]){3, 3, 4, 2}); /* 10: 37.5 */
	score_it(c, s, &r);
	assert_int_equal(pid(c, &r, "kwaliteit")->tenths, 375);
	assert_string_equal(lvl(c, pid(c, &r, "kwaliteit")), "ontwikkelpunt");
	score_finish(&r);
	session_destroy(s);
	content_destroy(c);
}

static struct session *new_session(const struct fixture *f)
{
	struct session *s = session_create("20260101-000000-000000", f->q, "", 0);
	assert_non_null(s);
	return s;
}

static void test_reverse_keying(void **state)
{
	struct content *c = score_content();
	/* P.A.04 is reverse keyed: 5 counts as 1, 1 as 5; n.v.t. not at all */
	const struct item *it = content_find_item(content_find(c, "proef"), "P.A.04");
	assert_true(it->reverse);
	assert_int_equal(score_item_value(it, (struct answer){ANSWER_VALUE, 5, NULL, NULL}), 1);
	assert_int_equal(score_item_value(it, (struct answer){ANSWER_VALUE, 1, NULL, NULL}), 5);
	assert_int_equal(score_item_value(it, (struct answer){ANSWER_VALUE, 3, NULL, NULL}), 3);
	assert_int_equal(score_item_value(it, (struct answer){ANSWER_NA, 0, NULL, NULL}), 0);
	content_destroy(c);
}

static void test_empty_session(void **state)
{
	struct fixture *f = *state;
	struct session *s = new_session(f);
	struct score_result r;
	assert_true(score_compute(f->c->catalogue, f->q, s, &r));
	for (size_t p = 0; p < r.n_practices; p++)
		assert_false(r.practices[p].has_score);
	for (size_t k = 0; k < r.n_qualities; k++)
		assert_false(r.qualities[k].has_score);
	assert_int_equal(r.n_focus, 0);
	assert_int_equal(r.focus_how, FOCUS_NONE);
	assert_int_equal(r.n_steps, 0);
	score_finish(&r);
	session_destroy(s);
}

/* The weerstand profile of test/data/profile/ertegenin.json over
 * test/data/profile/proef-weerstand.json, computed by hand:
 *  S1 most a = ertegenin, least c = eropaf;     fitting {eropaf}: no fit
 *  S2 most b = ertegenin, least a = houvast;    fitting {houvast, anderen}: no
 *  S3 most d = ertegenin, least b = anderen;    fitting {ertegenin, eropaf}: fit
 *  approach: ertegenin 3/3 = 1, eromheen 0, the other three -1/3
 *  breadth 1; fit 1 of 3; missed: eropaf 2 (S1, S3), houvast 1, anderen 1
 *  first move S1.E = e (argumenteren): first.direct 100, first.explore 0
 *  source S2.B = c (verschil van inzicht), S2 cues verlies van invloed: hit 0,
 *  sourcemissed verlies 1
 *  likert L1 = 2 (verkennen 25), L2 = 3 (erkennen 50), L3 = 4 reverse -> 2
 *  (ombuigen 25); section L mean 7/3 -> 33.3 (figures as shown)
 *  veranderstrategie: scenarios 1, 1 and 5 (weight 0.5) + 2 + 3 + 2 over
 *  weight 5.5 (6 items) -> mean 11.5/5.5 = 2.0909 -> 27.3, the only
 *  candidate; connectief: S3 only (weight 0.5, 1 item): no score
 *  rules in order: ertegenin (share 100 >= 40, fit 33.3 < 50) yes; houvast
 *  (missed 1 >= 2) no; anderen (share 0 < 1, 3 scenarios) yes; direct
 *  (100 > 50) yes; sectie (33.3 < 40) would match but three is the limit.
 *  Steps: PW-01, PW-04, NS-ver-02 (the last from the catalogue). */
static void test_profile_hand_computed(void **state)
{
	struct fixture *f = *state;
	struct diag d;
	diag_init(&d);
	struct questionnaire *q = content_load_questionnaire(
	    SRCDIR "/test/data/profile/proef-weerstand.json", f->c->catalogue, &d);
	struct session *s = session_load(SRCDIR "/test/data/profile/ertegenin.json", &d);
	print_diags(&d);
	assert_non_null(q);
	assert_non_null(s);
	assert_true(session_validate(s, q, &d));
	struct score_result r;
	assert_true(score_compute(f->c->catalogue, q, s, &r));
	const struct profile_result *p = &r.profile;
	assert_true(p->present);
	assert_int_equal(p->scenarios, 3);
	assert_int_equal(p->most[APPROACH_ERTEGENIN], 3);
	assert_int_equal(p->least[APPROACH_EROPAF], 1);
	assert_int_equal(p->least[APPROACH_HOUVAST], 1);
	assert_int_equal(p->least[APPROACH_ANDEREN_IN_BEELD], 1);
	assert_float_equal(p->approach[APPROACH_ERTEGENIN], 1.0, 1e-9);
	assert_float_equal(p->approach[APPROACH_EROMHEEN], 0.0, 1e-9);
	assert_float_equal(p->approach[APPROACH_EROPAF], -1.0 / 3, 1e-9);
	assert_float_equal(p->approach[APPROACH_HOUVAST], -1.0 / 3, 1e-9);
	assert_float_equal(p->approach[APPROACH_ANDEREN_IN_BEELD], -1.0 / 3, 1e-9);
	assert_int_equal(p->n_preferred, 1);
	assert_int_equal(p->preferred[0], APPROACH_ERTEGENIN);
	assert_int_equal(p->breadth, 1);
	assert_int_equal(p->fit_n, 1);
	assert_int_equal(p->missed[APPROACH_EROPAF], 2);
	assert_int_equal(p->missed[APPROACH_HOUVAST], 1);
	assert_int_equal(p->missed[APPROACH_ANDEREN_IN_BEELD], 1);
	assert_int_equal(p->missed[APPROACH_ERTEGENIN], 0);
	double v;
	/* fit, step and section figures are kept as shown (one decimal) */
	assert_true(score_measure(p, MEASURE_FIT, -1, &v));
	assert_float_equal(v, 33.3, 1e-9);
	assert_float_equal(p->approach_shown[APPROACH_EROPAF], -0.3, 1e-12);
	assert_float_equal(p->approach_shown[APPROACH_ERTEGENIN], 1.0, 1e-12);
	assert_true(score_measure(p, MEASURE_FIRST_DIRECT, -1, &v));
	assert_float_equal(v, 100.0, 1e-9);
	assert_true(score_measure(p, MEASURE_FIRST_EXPLORE, -1, &v));
	assert_float_equal(v, 0.0, 1e-9);
	assert_true(score_measure(p, MEASURE_SOURCEHIT, -1, &v));
	assert_float_equal(v, 0.0, 1e-9);
	assert_true(score_measure(p, MEASURE_SOURCE, SOURCE_VERSCHIL_INZICHT, &v));
	assert_float_equal(v, 100.0, 1e-9);
	assert_true(score_measure(p, MEASURE_SOURCEMISSED, SOURCE_VERLIES_INVLOED, &v));
	assert_float_equal(v, 1.0, 1e-9);
	assert_true(score_measure(p, MEASURE_STEP, STEP_VERKENNEN, &v));
	assert_float_equal(v, 25.0, 1e-9);
	assert_true(score_measure(p, MEASURE_STEP, STEP_ERKENNEN, &v));
	assert_float_equal(v, 50.0, 1e-9);
	assert_true(score_measure(p, MEASURE_STEP, STEP_OMBUIGEN, &v));
	assert_float_equal(v, 25.0, 1e-9);
	assert_false(score_measure(p, MEASURE_STEP, STEP_HERKENNEN, &v)); /* no item */
	assert_true(score_measure(p, MEASURE_SECTION, 1, &v));
	assert_float_equal(v, 33.3, 1e-9);
	assert_false(score_measure(p, MEASURE_SECTION, 0, &v)); /* no likert */
	/* veranderstrategie: weight 5.5 over 6 items; connectief: one scenario
	 * at 0.5, too little for a score */
	assert_float_equal(ps(f, &r, "veranderstrategie")->mean, 11.5 / 5.5, 1e-9);
	assert_int_equal(ps(f, &r, "veranderstrategie")->tenths, 273);
	assert_false(ps(f, &r, "connectief")->has_score);
	assert_int_equal(ps(f, &r, "connectief")->answered, 1);
	assert_int_equal(r.focus_how, FOCUS_ONLY);
	assert_int_equal(p->n_rules, 3);
	assert_string_equal(p->rules[0]->id, "ertegenin");
	assert_string_equal(p->rules[1]->id, "anderen");
	assert_string_equal(p->rules[2]->id, "direct");
	assert_int_equal(r.n_steps, 3);
	assert_string_equal(r.steps[0].step->id, "PW-01");
	assert_int_equal(r.steps[0].practice, -1);
	assert_string_equal(r.steps[1].step->id, "PW-04");
	assert_string_equal(r.steps[2].step->id, "NS-ver-02");
	assert_int_equal(r.steps[2].practice,
			 content_practice_index(f->c->catalogue, "veranderstrategie"));
	score_finish(&r);
	session_destroy(s);
	content_questionnaire_destroy(q);
	diag_finish(&d);
}

/* A scenario with only "most likely" counts for the profile but is not yet
 * answered; without scenarios the profile has no data and no rule matches. */
static void test_profile_partial_and_empty(void **state)
{
	struct fixture *f = *state;
	struct diag d;
	diag_init(&d);
	struct questionnaire *q = content_load_questionnaire(
	    SRCDIR "/test/data/profile/proef-weerstand.json", f->c->catalogue, &d);
	print_diags(&d);
	assert_non_null(q);
	struct session *s = session_create("20261122-090000-abcdef", q, "", 0);
	struct score_result r;
	assert_true(score_compute(f->c->catalogue, q, s, &r));
	assert_int_equal(r.profile.scenarios, 0);
	assert_int_equal(r.profile.n_rules, 0);
	double v;
	assert_false(score_measure(&r.profile, MEASURE_FIT, -1, &v));
	assert_true(score_measure(&r.profile, MEASURE_SCENARIOS, -1, &v));
	assert_float_equal(v, 0, 1e-9);
	score_finish(&r);

	assert_true(session_set(s, "PW.S2", (struct answer){ANSWER_SCENARIO, 0, "a", NULL}));
	assert_false(session_is_answered(session_get(s, "PW.S2")));
	assert_int_equal(session_first_unanswered(s, q), 0);
	assert_true(score_compute(f->c->catalogue, q, s, &r));
	assert_int_equal(r.profile.scenarios, 1);
	assert_int_equal(r.profile.most[APPROACH_HOUVAST], 1);
	assert_int_equal(r.profile.fit_n, 1);
	assert_float_equal(r.profile.approach[APPROACH_HOUVAST], 1.0, 1e-9);
	assert_int_equal(r.profile.breadth, 1);
	score_finish(&r);
	/* most and least may not be the same option */
	assert_false(session_set(s, "PW.S2", (struct answer){ANSWER_SCENARIO, 0, "a", "a"}));
	session_destroy(s);
	content_questionnaire_destroy(q);
	diag_finish(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_worked_example),
	    cmocka_unit_test(test_tie),
	    cmocka_unit_test(test_tie_too_large),
	    cmocka_unit_test(test_no_clear_low_point),
	    cmocka_unit_test(test_only_and_chosen),
	    cmocka_unit_test(test_rounding),
	    cmocka_unit_test(test_level_thresholds),
	    cmocka_unit_test(test_reverse_keying),
	    cmocka_unit_test(test_empty_session),
	    cmocka_unit_test(test_profile_hand_computed),
	    cmocka_unit_test(test_profile_partial_and_empty),
	    cmocka_unit_test(test_level_of_shown_score),
	    cmocka_unit_test(test_coverage_groups),
	    cmocka_unit_test(test_next_scored),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
