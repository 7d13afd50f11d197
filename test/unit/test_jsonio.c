/* Strict JSON reading: what cJSON alone would accept is refused, with place. */
#include "helpers.h"

#include "../../src/core/jsonio.h"

static void expect_fail(const char *text, const char *needle)
{
	struct diag d;
	diag_init(&d);
	cJSON *j = jsonio_parse("x.json", text, strlen(text), &d);
	if (j) {
		cJSON_Delete(j);
		fail_msg("accepted: %s", text);
	}
	assert_diag(&d, needle);
	diag_finish(&d);
}

static void test_valid(void **state)
{
	const char *t = "{\"a\": [1, 2.5, -3e2, true, false, null, \"\\u00e9\\n\\ud83d\\ude00\"]}";
	struct diag d;
	diag_init(&d);
	cJSON *j = jsonio_parse("x.json", t, strlen(t), &d);
	assert_non_null(j);
	assert_int_equal(diag_count(&d), 0);
	cJSON_Delete(j);
	diag_finish(&d);
}

/* The number grammar of JSON: an integer part without leading zeros, a
 * fraction and an exponent with at least one digit each. */
static void test_numbers(void **state)
{
	static const struct {
		const char *text;
		double v;
	} good[] = {{"[0]", 0},
		    {"[-0]", 0},
		    {"[7]", 7},
		    {"[-12]", -12},
		    {"[0.5]", 0.5},
		    {"[10.25]", 10.25},
		    {"[1e2]", 100},
		    {"[1E+2]", 100},
		    {"[25e-1]", 2.5},
		    {"[-0.5e1]", -5},
		    {"[123456789012]", 123456789012}};
	struct jdoc doc;
	jdoc_init(&doc);
	struct diag d;
	diag_init(&d);
	for (size_t i = 0; i < sizeof(good) / sizeof(good[0]); i++) {
		const char *t = good[i].text;
		const struct jval *root = jdoc_parse(&doc, "x.json", t, strlen(t), &d);
		if (!root)
			fail_msg("refused: %s", t);
		assert_int_equal(root->u.first->type, JV_NUMBER);
		assert_true(root->u.first->u.num == good[i].v);
	}
	assert_int_equal(diag_count(&d), 0);
	diag_finish(&d);
	jdoc_finish(&doc);
	static const char *const bad[] = {"[-]",  "[-a]",  "[1.]",  "[1.e5]",
					  "[2e]", "[2e+]", "[3E-x]"};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		expect_fail(bad[i], "x.json:1:2: ongeldig getal");
	expect_fail("[01]", "x.json:1:3: ',' of ']' verwacht");
	expect_fail("[.5]", "x.json:1:2: onverwacht teken");
}

static void test_rejects(void **state)
{
	expect_fail("{\"a\": 1, \"a\": 2}", "x.json:1:10: sleutel \"a\" komt dubbel voor");
	expect_fail("{\"a\": \"x\\u0000y\"}", "\\u0000");
	expect_fail("{\"a\": 1e400}", "x.json:1:7: getal buiten bereik");
	expect_fail("{\"a\": \"\xff\"}", "x.json:1:8: ongeldige UTF-8");
	expect_fail("\xEF\xBB\xBF{}", "byte order mark");
	expect_fail("{\"a\": \"tab\there\"}", "stuurteken");
	expect_fail("{\"a\": \"\\ud800\"}", "surrogaat");
	expect_fail("{\"a\": 1} x", "onverwachte tekst na het einde");
	expect_fail("{\"a\": 1,}", "sleutel");
	expect_fail("{\"a\": [1, 2}", "',' of ']' verwacht");
	expect_fail("{\"a\": 01}", "x.json:1:8: ',' of '}' verwacht");
	expect_fail("{\n  \"a\": tru\n}", "x.json:2:8: onverwacht teken");
	expect_fail("", "onverwacht einde");
	expect_fail("{\"a\": \"open", "zonder afsluitend");
}

/* Keys are compared as cJSON stores them, after unescaping: a key spelled
 * with \u escapes is the same key (issue 11, point 11). */
static void test_escaped_duplicate_keys(void **state)
{
	expect_fail("{\"answers\": {}, \"\\u0061nswers\": {}}",
		    "x.json:1:17: sleutel \"answers\" komt dubbel voor");
	expect_fail("{\"\\u0061\": 1, \"a\": 2}", "x.json:1:15: sleutel \"a\" komt dubbel voor");
	/* \/ and / are one character; so are a surrogate pair and its UTF-8 */
	expect_fail("{\"a/b\": 1, \"a\\/b\": 2}", "sleutel \"a/b\" komt dubbel voor");
	expect_fail("{\"\\ud83d\\ude00\": 1, \"\xF0\x9F\x98\x80\": 2}", "komt dubbel voor");
	expect_fail("{\"\\u00e9\": 1, \"\xC3\xA9\": 2}", "komt dubbel voor");
	expect_fail("{\"x\": {\"\\\"q\": 1, \"\\u0022q\": 2}}", "komt dubbel voor");
	/* different keys stay different */
	struct diag d;
	diag_init(&d);
	const char *t = "{\"\\u0061\": 1, \"b\": 2, \"a\\n\": 3, \"\\u00e9\": 4, \"e\": 5}";
	cJSON *j = jsonio_parse("x.json", t, strlen(t), &d);
	assert_non_null(j);
	assert_int_equal(diag_count(&d), 0);
	assert_non_null(cJSON_GetObjectItemCaseSensitive(j, "a"));
	cJSON_Delete(j);
	diag_finish(&d);
}

static void test_deep_nesting(void **state)
{
	size_t n = 1001;
	char *t = malloc(2 * n + 1);
	memset(t, '[', n);
	memset(t + n, ']', n);
	t[2 * n] = '\0';
	expect_fail(t, "te diep genest");
	free(t);
}

static void test_read_file_limits(void **state)
{
	char *dir = make_tmpdir();
	char *p = write_file(dir, "big.json", "{\"a\": \"0123456789\"}");
	struct diag d;
	diag_init(&d);
	size_t len;
	assert_null(jsonio_read_file(p, 5, &len, &d));
	assert_diag(&d, "te groot");
	diag_clear(&d);
	char link[4200];
	snprintf(link, sizeof(link), "%s/link.json", dir);
	assert_int_equal(symlink(p, link), 0);
	assert_null(jsonio_read_file(link, 1000, &len, &d));
	assert_diag(&d, "symbolische koppeling");
	diag_clear(&d);
	assert_null(jsonio_read_file(dir, 1000, &len, &d));
	assert_diag(&d, "geen gewoon bestand");
	diag_finish(&d);
	free(p);
	rm_tree(dir);
}

/* The strict tree: members in file order, keys and strings unescaped,
 * numbers as strtod reads them; one jdoc reused for many texts. */
static void test_tree(void **state)
{
	struct jdoc doc;
	jdoc_init(&doc);
	struct diag d;
	diag_init(&d);
	const char *t = "{\"b\": [1, -0.5, 1e3, 999999999999.5, true, null], "
			"\"\\u0061\": \"\\u00e9\\n\\ud83d\\ude00\", \"c\": {}, \"e\": false}";
	const struct jval *root = jdoc_parse(&doc, "x.json", t, strlen(t), &d);
	assert_non_null(root);
	assert_int_equal(root->type, JV_OBJECT);
	assert_int_equal(root->n, 4);
	const char *keys[] = {"b", "a", "c", "e"};
	size_t k = 0;
	jv_foreach(m, root) assert_string_equal(m->key, keys[k++]);
	const struct jval *b = jv_member(root, "b");
	assert_int_equal(b->type, JV_ARRAY);
	assert_int_equal(b->n, 6);
	const double nums[] = {1, -0.5, 1000, 999999999999.5};
	k = 0;
	jv_foreach(e, b) if (k < 4)
	{
		assert_int_equal(e->type, JV_NUMBER);
		assert_true(e->u.num == nums[k]);
		k++;
	}
	const struct jval *a = jv_member(root, "a");
	assert_int_equal(a->type, JV_STRING);
	assert_string_equal(a->u.str, "\xc3\xa9\n\xf0\x9f\x98\x80");
	assert_int_equal(a->n, 7);
	assert_null(jv_member(root, "d"));
	/* the getters say what cJSON's say */
	struct jctx c = {.file = "x.json", .d = &d, .ok = true};
	assert_null(jv_string(&c, root, "b", true, ""));
	assert_diag(&d, "x.json: \"b\" moet een tekst zijn");
	assert_null(jv_container(&c, root, "a", JV_OBJECT, true, "w"));
	assert_diag(&d, "x.json: w: \"a\" moet een object {...} zijn");
	assert_false(jv_bool(&c, root, "e", true, ""));
	static const char *const allowed[] = {"a", "b", NULL};
	jv_check_keys(&c, root, allowed, "");
	assert_diag(&d, "onbekende sleutel \"c\"");
	assert_diag(&d, "onbekende sleutel \"e\"");
	assert_false(c.ok);
	/* the same jdoc for the next text */
	root = jdoc_parse(&doc, "y.json", "[\"x\"]", 5, &d);
	assert_non_null(root);
	assert_string_equal(root->u.first->u.str, "x");
	diag_finish(&d);
	jdoc_finish(&doc);
}

/* A repeated key is found in a small object member by member and in a
 * large one by hashing; the first repeat in the file is named. */
static void test_duplicate_in_large_object(void **state)
{
	char t[4096] = "{";
	for (int i = 0; i < 40; i++)
		snprintf(t + strlen(t), sizeof(t) - strlen(t), "%s\"k%02d\": %d", i ? ", " : "", i,
			 i);
	strcat(t, ", \"k30\": 1, \"k05\": 2}");
	expect_fail(t, "sleutel \"k30\" komt dubbel voor");
	/* within the first keys, before the object is large */
	expect_fail("{\"a\": 1, \"b\": 2, \"a\": 3, \"c\": 4}", "x.json:1:18: sleutel \"a\"");
	/* escaped and raw spelling of one key in a large object */
	char u[4096] = "{";
	for (int i = 0; i < 20; i++)
		snprintf(u + strlen(u), sizeof(u) - strlen(u), "\"key%02d\": 0, ", i);
	strcat(u, "\"\\u006bey07\": 1}");
	expect_fail(u, "sleutel \"key07\" komt dubbel voor");
}

/* The tree of the strict parse is cJSON's tree: same types, keys, strings
 * and numbers, in the same order. */
static bool same_tree(const struct jval *j, const cJSON *c)
{
	switch (j->type) {
	case JV_NULL:
		return cJSON_IsNull(c);
	case JV_FALSE:
		return cJSON_IsFalse(c);
	case JV_TRUE:
		return cJSON_IsTrue(c);
	case JV_NUMBER:
		return cJSON_IsNumber(c) &&
		       (j->u.num == c->valuedouble ||
			(j->u.num != j->u.num && c->valuedouble != c->valuedouble));
	case JV_STRING:
		return cJSON_IsString(c) && strlen(c->valuestring) == j->n &&
		       memcmp(c->valuestring, j->u.str, j->n) == 0;
	case JV_ARRAY:
	case JV_OBJECT: {
		if (j->type == JV_ARRAY ? !cJSON_IsArray(c) : !cJSON_IsObject(c))
			return false;
		const cJSON *ce = c->child;
		unsigned n = 0;
		jv_foreach(e, j)
		{
			if (!ce)
				return false;
			if (j->type == JV_OBJECT &&
			    (!ce->string || strlen(ce->string) != e->key_len ||
			     memcmp(ce->string, e->key, e->key_len) != 0))
				return false;
			if (!same_tree(e, ce))
				return false;
			ce = ce->next;
			n++;
		}
		return !ce && n == j->n;
	}
	}
	return false;
}

/* What the strict parse takes, cJSON takes too, as the same tree (so the
 * readers of the strict tree refuse exactly what the cJSON path refuses:
 * jsonio_parse is the strict parse and then cJSON). */
static void check_as_cjson(const char *text, size_t len)
{
	char *t = malloc(len + 1);
	memcpy(t, text, len);
	t[len] = '\0';
	struct jdoc doc;
	jdoc_init(&doc);
	struct diag d;
	diag_init(&d);
	const struct jval *root = jdoc_parse(&doc, "x.json", t, len, &d);
	cJSON *c = jsonio_parse("x.json", t, len, &d);
	if (root && !c)
		fail_msg("the strict tree takes what cJSON refuses: %s", t);
	if (root && !same_tree(root, c))
		fail_msg("the strict tree differs from cJSON's: %s", t);
	cJSON_Delete(c);
	jdoc_finish(&doc);
	diag_finish(&d);
	free(t);
}

static void test_strict_tree_as_cjson(void **state)
{
	static const char *const corpus[] = {
	    "{}",
	    "[]",
	    "0",
	    "-0",
	    "\"\"",
	    "null",
	    "true",
	    "false",
	    " \t\r\n{ } \n",
	    "[1, -1, 0.5, -0.5, 1e2, 1E+2, 1e-2, 123456789012345678901234567890, "
	    "1.7976931348623157e308]",
	    "[4.9e-324, 2.2250738585072014e-308, 0.1, 0.30000000000000004, 9007199254740993]",
	    "{\"a\": \"\\u00e9\\ud83d\\ude00\\n\\t\\r\\b\\f\\/\\\\\\\"\"}",
	    "{\"\\u0061\": 1, \"b\": [true, false, null, {}, []]}",
	    "{\"a\": 1, \"a\": 2}",
	    "{\"a\": \"\\u0000\"}",
	    "[1e400]",
	    "[-1e400]",
	    "[01]",
	    "[1.]",
	    "[.5]",
	    "[+1]",
	    "[1e]",
	    "[1e+]",
	    "[-]",
	    "[0x10]",
	    "[Infinity]",
	    "[NaN]",
	    "[1,]",
	    "[,1]",
	    "{\"a\" 1}",
	    "{\"a\": 1,}",
	    "{,}",
	    "{\"a\":}",
	    "{1: 2}",
	    "\"\\x41\"",
	    "\"\\u12\"",
	    "\"\\ud800\"",
	    "\"\\udc00\"",
	    "\"\\ud800\\u0041\"",
	    "\"\xc3\"",
	    "\"\xc0\x80\"",
	    "\"\xed\xa0\x80\"",
	    "\"\xf4\x90\x80\x80\"",
	    "\"\xe2\x80\xae\"",
	    "\"\xc2\x85\"",
	    "\"\x7f\"",
	    "\"a\x01\"",
	    "\xef\xbb\xbf{}",
	    "{} {}",
	    "{}x",
	    "",
	    " ",
	    "[",
	    "]",
	    "{",
	    "\"open",
	    "[true false]",
	    "[tru]",
	    "[nul]",
	    "nulll",
	    "[1 2]",
	    "{\"a\": [}",
	    "//{}",
	    "{\"a\": 1 /* c */}",
	    "['a']",
	    "{\"\xc3\xa9\": \"\xe2\x82\xac\"}",
	    "[\"\\u0020\"]",
	};
	for (size_t i = 0; i < sizeof(corpus) / sizeof(corpus[0]); i++)
		check_as_cjson(corpus[i], strlen(corpus[i]));
	/* nesting at the limit and beyond */
	char deep[300];
	for (int n = JSONIO_MAX_DEPTH - 1; n <= JSONIO_MAX_DEPTH + 1; n++) {
		memset(deep, '[', (size_t)n);
		memset(deep + n, ']', (size_t)n);
		check_as_cjson(deep, 2 * (size_t)n);
	}
	/* a session as spiegel writes it, every byte replaced by hostile ones
	 * and cut at every length */
	static const char session[] =
	    "{\n\t\"format\":\t\"spiegel-session/1\",\n\t\"id\":\t\"20260101-100000-aaaaaa\",\n"
	    "\t\"questionnaire\":\t{\"id\": \"visie\", \"version\": \"2.0.0\"},\n"
	    "\t\"answers\":\t{\"VIS.A1.01\": {\"value\": 4}, \"VIS.A1.R\": {\"text\": "
	    "\"Ee\\u0301n \\\"zo\\\" \\\\ \xc3\xa9\\n\", \"shared\": true}, \"X\": {\"na\": "
	    "true}}, \"n\": [-0.25e1, 7, null, false]\n}\n";
	const size_t n = sizeof(session) - 1;
	char buf[sizeof(session)];
	static const char bytes[] = {'"', '\\', '{', '}', '[',	']',	',',	':',	'0',   '-',
				     'e', '.',	'u', ' ', '\n', '\x01', '\x7f', '\xc3', '\xff'};
	for (size_t k = 0; k < n; k++) {
		check_as_cjson(session, k);
		for (size_t b = 0; b < sizeof(bytes); b++) {
			memcpy(buf, session, n);
			buf[k] = bytes[b];
			check_as_cjson(buf, n);
		}
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_valid),
	    cmocka_unit_test(test_numbers),
	    cmocka_unit_test(test_rejects),
	    cmocka_unit_test(test_escaped_duplicate_keys),
	    cmocka_unit_test(test_deep_nesting),
	    cmocka_unit_test(test_read_file_limits),
	    cmocka_unit_test(test_tree),
	    cmocka_unit_test(test_duplicate_in_large_object),
	    cmocka_unit_test(test_strict_tree_as_cjson),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
