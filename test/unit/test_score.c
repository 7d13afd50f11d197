/* Scoring: the worked example of doc/scoring.md and hand-computed cases. */
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

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_worked_example),
	    cmocka_unit_test(test_reverse_keying),
	    cmocka_unit_test(test_skipped_and_na_do_not_count),
	    cmocka_unit_test(test_empty_session),
	    cmocka_unit_test(test_level_thresholds),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
