/* Scoring: the worked example of doc/scoring.md and hand-computed cases, on a
 * frozen copy of the item bank (test/data/content-v1: visie 1.0.0 and its
 * catalogue), so that revising content/ does not change the expectations. */
#include "helpers.h"

#include <math.h>

#include "spiegel/content.h"
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
	f->c = content_load_dir(SRCDIR "/test/data/content-v1", &d);
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

static const char *level_id(const struct fixture *f, const struct practice_score *p)
{
	return p->level < 0 ? NULL : f->c->catalogue->levels[p->level].id;
}

/* doc/scoring.md, "Worked example" */
static void test_worked_example(void **state)
{
	struct fixture *f = *state;
	struct diag d;
	diag_init(&d);
	struct session *s = session_load(SRCDIR "/test/data/worked-example.json", &d);
	print_diags(&d);
	assert_non_null(s);
	assert_true(session_validate(s, f->q, &d));
	struct score_result r;
	assert_true(score_compute(f->c->catalogue, f->q, s, &r));

	const struct practice_score *v = ps(f, &r, "visie");
	assert_true(v->has_score);
	assert_int_equal(v->answered, 9);
	assert_true(fabs(v->mean - 13.6 / 4.8) < 1e-9);
	assert_true(fabs(v->score - 45.833333333) < 1e-6);
	assert_string_equal(level_id(f, v), "in_ontwikkeling");

	const struct practice_score *b = ps(f, &r, "partnerschap_bestuur");
	assert_int_equal(b->answered, 6);
	assert_true(fabs(b->score - 50.0) < 1e-9);
	assert_string_equal(level_id(f, b), "in_ontwikkeling");

	const struct practice_score *c = ps(f, &r, "connectief");
	assert_int_equal(c->answered, 3);
	assert_true(fabs(c->score - 250.0 / 3.0) < 1e-9);
	assert_string_equal(level_id(f, c), "sterk");

	const struct practice_score *o = ps(f, &r, "schoolorganisatie");
	assert_int_equal(o->answered, 3);
	assert_true(fabs(o->score - 25.0 / 3.0) < 1e-9);
	assert_string_equal(level_id(f, o), "ontwikkelpunt");

	const struct practice_score *none = ps(f, &r, "onderzoeksmatig");
	assert_false(none->has_score);
	assert_int_equal(none->answered, 0);
	assert_int_equal(none->level, -1);

	assert_int_equal(r.n_focus, 2);
	assert_string_equal(f->c->catalogue->practices[r.focus[0]].id, "schoolorganisatie");
	assert_string_equal(f->c->catalogue->practices[r.focus[1]].id, "visie");

	assert_int_equal(r.n_steps, 3);
	const char *want[3] = {"NS-org-01", "NS-visie-01", "NS-org-02"};
	for (size_t i = 0; i < 3; i++) {
		assert_string_equal(r.steps[i].step->id, want[i]);
		assert_null(r.steps[i].rule);
	}
	score_finish(&r);
	session_destroy(s);
	diag_finish(&d);
}

static struct session *new_session(const struct fixture *f)
{
	struct session *s = session_create("20260101-000000-000000", f->q, "", 0);
	assert_non_null(s);
	return s;
}

static void set_value(struct session *s, const char *item, int v)
{
	assert_true(session_set(s, item, (struct answer){ANSWER_VALUE, v, NULL, NULL}));
}

static void test_reverse_keying(void **state)
{
	struct fixture *f = *state;
	struct session *s = new_session(f);
	/* VIS.A8.04 is reverse keyed: 5 counts as 1, 1 as 5 */
	const struct item *it = content_find_item(f->q, "VIS.A8.04");
	assert_true(it->reverse);
	assert_int_equal(score_item_value(it, (struct answer){ANSWER_VALUE, 5, NULL, NULL}), 1);
	assert_int_equal(score_item_value(it, (struct answer){ANSWER_VALUE, 1, NULL, NULL}), 5);
	assert_int_equal(score_item_value(it, (struct answer){ANSWER_VALUE, 3, NULL, NULL}), 3);
	set_value(s, "VIS.A8.04", 2); /* counts 4 */
	set_value(s, "VIS.A8.01", 4); /* counts 4 */
	struct score_result r;
	assert_true(score_compute(f->c->catalogue, f->q, s, &r));
	/* schoolorganisatie: both weigh 0.6, mean 4 -> 75 */
	assert_true(fabs(ps(f, &r, "schoolorganisatie")->score - 75.0) < 1e-9);
	assert_string_equal(level_id(f, ps(f, &r, "schoolorganisatie")), "sterk");
	score_finish(&r);
	session_destroy(s);
}

static void test_skipped_and_na_do_not_count(void **state)
{
	struct fixture *f = *state;
	struct session *s = new_session(f);
	set_value(s, "VIS.A6.01", 5);
	assert_true(session_set(s, "VIS.A6.02", (struct answer){ANSWER_NA, 0, NULL, NULL}));
	/* VIS.A6.03 and .04 unanswered */
	struct score_result r;
	assert_true(score_compute(f->c->catalogue, f->q, s, &r));
	assert_int_equal(ps(f, &r, "visie")->answered, 1);
	assert_true(fabs(ps(f, &r, "visie")->score - 100.0) < 1e-9);
	assert_int_equal(ps(f, &r, "partnerschap_bestuur")->answered, 1);
	/* one answer is below min_answers (2): no focus, no steps */
	assert_int_equal(r.n_focus, 0);
	assert_int_equal(r.n_steps, 0);
	score_finish(&r);
	session_destroy(s);
}

static void test_empty_session(void **state)
{
	struct fixture *f = *state;
	struct session *s = new_session(f);
	struct score_result r;
	assert_true(score_compute(f->c->catalogue, f->q, s, &r));
	for (size_t p = 0; p < r.n_practices; p++)
		assert_false(r.practices[p].has_score);
	assert_int_equal(r.n_focus, 0);
	score_finish(&r);
	session_destroy(s);
}

static void test_level_thresholds(void **state)
{
	struct fixture *f = *state;
	struct session *s = new_session(f);
	/* A8: schoolorganisatie 0.6 each. values 2,3,4(rev 2): mean 7/3 -> 33.3 */
	set_value(s, "VIS.A8.01", 2);
	set_value(s, "VIS.A8.02", 3);
	set_value(s, "VIS.A8.04", 4);
	struct score_result r;
	assert_true(score_compute(f->c->catalogue, f->q, s, &r));
	assert_true(fabs(ps(f, &r, "schoolorganisatie")->score - 100.0 / 3.0) < 1e-9);
	assert_string_equal(level_id(f, ps(f, &r, "schoolorganisatie")), "ontwikkelpunt");
	score_finish(&r);
	/* mean 2.75 exactly is the threshold 43.75: in_ontwikkeling.
	 * values 3,3,3,2 over four 0.6 items: A8.03 added */
	set_value(s, "VIS.A8.01", 3);
	set_value(s, "VIS.A8.02", 3);
	set_value(s, "VIS.A8.03", 3);
	set_value(s, "VIS.A8.04", 4); /* counts 2 */
	assert_true(score_compute(f->c->catalogue, f->q, s, &r));
	assert_true(fabs(ps(f, &r, "schoolorganisatie")->score - 43.75) < 1e-9);
	assert_string_equal(level_id(f, ps(f, &r, "schoolorganisatie")), "in_ontwikkeling");
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
 *  (ombuigen 25); section L mean 7/3 -> 33.33
 *  veranderstrategie: scenarios 1, 1 and 5 (weight 0.5) + 2 + 3 + 2 over
 *  weight 5.5 -> mean 11.5/5.5 = 2.0909 -> 27.27; connectief: S3 only -> 100
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
	assert_true(score_measure(p, MEASURE_FIT, -1, &v));
	assert_float_equal(v, 100.0 / 3, 1e-9);
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
	assert_float_equal(v, 100.0 / 3, 1e-9);
	assert_false(score_measure(p, MEASURE_SECTION, 0, &v)); /* no likert */
	assert_float_equal(ps(f, &r, "veranderstrategie")->score, (11.5 / 5.5 - 1) * 25, 1e-9);
	assert_float_equal(ps(f, &r, "connectief")->score, 100.0, 1e-9);
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
	    cmocka_unit_test(test_reverse_keying),
	    cmocka_unit_test(test_skipped_and_na_do_not_count),
	    cmocka_unit_test(test_empty_session),
	    cmocka_unit_test(test_level_thresholds),
	    cmocka_unit_test(test_profile_hand_computed),
	    cmocka_unit_test(test_profile_partial_and_empty),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
