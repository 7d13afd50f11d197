/* The core's internal helpers that several modules share (util.h): the
 * growable array, the repeated-string check, the .json name test. */
#include "helpers.h"

#include <stdint.h>

#include "../../src/core/util.h"

struct pair {
	int k;
	const char *name;
};

static void test_array_room(void **state)
{
	struct pair *v = NULL;
	size_t n = 0, cap = 0;
	/* first to the first capacity, then doubled, only when full */
	assert_true(ARRAY_ROOM(v, n, cap, 4));
	assert_non_null(v);
	assert_int_equal(cap, 4);
	for (int i = 0; i < 9; i++) {
		assert_true(ARRAY_ROOM(v, n, cap, 4));
		v[n++] = (struct pair){i, NULL};
	}
	assert_int_equal(n, 9);
	assert_int_equal(cap, 16);
	for (int i = 0; i < 9; i++)
		assert_int_equal(v[i].k, i); /* kept across the moves */
	struct pair *before = v;
	assert_true(ARRAY_ROOM(v, n, cap, 4)); /* room left: nothing moves */
	assert_ptr_equal(v, before);
	assert_int_equal(cap, 16);
	/* a size that would overflow: refused, the array as it was */
	size_t huge = SIZE_MAX / sizeof(*v) / 2 + 1;
	size_t cap2 = huge;
	assert_false(array_room(&v, huge, &cap2, sizeof(*v), 4));
	assert_int_equal(cap2, huge);
	assert_ptr_equal(v, before);
	assert_int_equal(v[8].k, 8);
	free(v);
}

static void test_str_among(void **state)
{
	struct pair v[] = {{0, "a"}, {1, NULL}, {2, "b"}, {3, "a"}};
	const size_t at = offsetof(struct pair, name);
	assert_ptr_equal(str_among(v, 4, sizeof(v[0]), at, "a"), v[0].name);
	assert_ptr_equal(STR_AMONG(v, 4, name, "b"), v[2].name);
	assert_null(STR_AMONG(v, 2, name, "b"));  /* only the first n */
	assert_null(STR_AMONG(v, 4, name, NULL)); /* no string repeats nothing */
	assert_null(STR_AMONG(v, 4, name, "c"));
	assert_null(STR_AMONG(v, 0, name, "a"));
}

static void test_json_names(void **state)
{
	assert_int_equal(json_stem_len("a.json"), 1);
	assert_int_equal(json_stem_len("20260101-000000-aaaaaa.json"), 22);
	assert_int_equal(json_stem_len(".json"), 0);
	assert_int_equal(json_stem_len("json"), 0);
	assert_int_equal(json_stem_len("a.json.tmp-1"), 0);
	assert_int_equal(json_stem_len("a.JSON"), 0);
	assert_int_equal(json_stem_len(""), 0);
	assert_int_equal(json_stem_len(".a.json"), 2);
	assert_true(json_visible_name("a.json"));
	assert_false(json_visible_name(".a.json"));
	assert_false(json_visible_name(".json"));
	assert_false(json_visible_name("a.txt"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_array_room),
	    cmocka_unit_test(test_str_among),
	    cmocka_unit_test(test_json_names),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
