/* Report renderers on the worked example (frozen content: test/data/content-v1). */
#include "helpers.h"

#include <cjson/cJSON.h>
#include <locale.h>

#include "spiegel/report.h"

static struct content *c;
static const struct questionnaire *q;
static struct session *s;
static struct score_result r;

static int setup(void **state)
{
	struct diag d;
	diag_init(&d);
	c = content_load_dir(SRCDIR "/test/data/content-v1", &d);
	assert_non_null(c);
	q = content_find(c, "visie");
	s = session_load(SRCDIR "/test/data/worked-example.json", &d);
	print_diags(&d);
	assert_non_null(s);
	assert_true(score_compute(c->catalogue, q, s, &r));
	diag_finish(&d);
	return 0;
}

static int teardown(void **state)
{
	score_finish(&r);
	session_destroy(s);
	content_destroy(c);
	return 0;
}

static char *render(enum report_format f)
{
	struct report_input in = {c->catalogue, q, s, &r};
	size_t len;
	char *out = report_render(f, &in, &len);
	assert_non_null(out);
	assert_int_equal(strlen(out), len);
	return out;
}

static const cJSON *practice(const cJSON *root, const char *id)
{
	const cJSON *p;
	cJSON_ArrayForEach(p, cJSON_GetObjectItemCaseSensitive(root, "practices"))
	{
		if (strcmp(cJSON_GetObjectItemCaseSensitive(p, "id")->valuestring, id) == 0)
			return p;
	}
	fail_msg("practice %s missing", id);
	return NULL;
}

static void test_json(void **state)
{
	/* numbers use '.' whatever the locale */
	setlocale(LC_ALL, "nl_NL.UTF-8");
	char *out = render(REPORT_JSON);
	setlocale(LC_ALL, "C");
	cJSON *root = cJSON_Parse(out);
	assert_non_null(root);
	assert_string_equal(cJSON_GetObjectItemCaseSensitive(root, "format")->valuestring,
			    "spiegel-report/1");
	const cJSON *v = practice(root, "visie");
	assert_true(cJSON_GetObjectItemCaseSensitive(v, "score")->valuedouble == 45.8);
	assert_string_equal(cJSON_GetObjectItemCaseSensitive(v, "level")->valuestring,
			    "in_ontwikkeling");
	assert_int_equal(cJSON_GetObjectItemCaseSensitive(v, "answered")->valueint, 9);
	assert_true(
	    cJSON_GetObjectItemCaseSensitive(practice(root, "connectief"), "score")->valuedouble ==
	    83.3);
	assert_true(cJSON_IsNull(
	    cJSON_GetObjectItemCaseSensitive(practice(root, "onderzoeksmatig"), "score")));
	const cJSON *answers = cJSON_GetObjectItemCaseSensitive(root, "answers");
	assert_int_equal(cJSON_GetArraySize(answers), 12);
	const cJSON *steps = cJSON_GetObjectItemCaseSensitive(root, "next_steps");
	assert_int_equal(cJSON_GetArraySize(steps), 3);
	const cJSON *first = cJSON_GetArrayItem(steps, 0);
	assert_string_equal(cJSON_GetObjectItemCaseSensitive(first, "practice")->valuestring,
			    "schoolorganisatie");
	assert_non_null(
	    strstr(cJSON_GetObjectItemCaseSensitive(first, "source")->valuestring, "r. "));
	cJSON_Delete(root);
	free(out);
}

static void test_text(void **state)
{
	char *out = render(REPORT_TEXT);
	assert_non_null(strstr(out, "spiegel - Visie\n"));
	assert_non_null(strstr(out, "Visiegestuurd werken"));
	assert_non_null(strstr(out, " 45.8  In ontwikkeling"));
	assert_non_null(strstr(out, "\n* Inrichting van de schoolorganisatie\n    ##"));
	assert_non_null(strstr(out, "\n  Bestuurder en schoolleider als partners in leren\n"));
	assert_non_null(strstr(out, "Volgende stappen\n1. "));
	assert_non_null(strstr(out, "Bron: 001"));
	assert_non_null(strstr(out, "Eerlijkheid naar ouders woog het zwaarst."));
	/* no line longer than 80 characters after wrapping (bars included) */
	for (char *line = out; *line;) {
		char *nl = strchr(line, '\n');
		size_t chars = 0;
		for (char *p = line; p < (nl ? nl : line + strlen(line)); p++)
			chars += ((unsigned char)*p & 0xC0) != 0x80;
		if (chars > 80)
			fail_msg("line too long: %.*s", (int)(nl - line), line);
		line = nl ? nl + 1 : line + strlen(line);
	}
	free(out);
}

static void test_markdown(void **state)
{
	char *out = render(REPORT_MARKDOWN);
	assert_non_null(strstr(out, "# Visie: spiegel-rapport\n"));
	assert_non_null(
	    strstr(out, "| **Visiegestuurd werken** (focus) | 45.8 | In ontwikkeling | 9 |"));
	assert_non_null(strstr(out, "| **Inrichting van de schoolorganisatie** (focus) | 8.3 |"));
	assert_non_null(strstr(out, "## Volgende stappen\n\n1. **"));
	assert_non_null(strstr(out, "> Eerlijkheid naar ouders woog het zwaarst."));
	free(out);
}

static void test_wrap(void **state)
{
	char *w = report_wrap("één twee drie vier vijf zes", 14, "> ");
	assert_string_equal(w, "> één twee\n> drie vier\n> vijf zes\n");
	free(w);
	w = report_wrap("abcdefghijklmnopqrstuvwxyz", 12, "");
	assert_string_equal(w, "abcdefghijkl\nmnopqrstuvwx\nyz\n");
	free(w);
}

static void test_format_parse(void **state)
{
	enum report_format f;
	assert_true(report_format_parse("md", &f));
	assert_int_equal(f, REPORT_MARKDOWN);
	assert_true(report_format_parse("json", &f));
	assert_int_equal(f, REPORT_JSON);
	assert_false(report_format_parse("pdf", &f));
}

/* The weerstand profile in every format (figures of test_score.c). */
static void test_profile(void **state)
{
	struct diag d;
	diag_init(&d);
	struct questionnaire *pq = content_load_questionnaire(
	    SRCDIR "/test/data/profile/proef-weerstand.json", c->catalogue, &d);
	struct session *ps = session_load(SRCDIR "/test/data/profile/ertegenin.json", &d);
	print_diags(&d);
	assert_non_null(pq);
	assert_non_null(ps);
	struct score_result pr;
	assert_true(score_compute(c->catalogue, pq, ps, &pr));
	struct report_input in = {c->catalogue, pq, ps, &pr};

	char *json = report_render(REPORT_JSON, &in, NULL);
	cJSON *root = cJSON_Parse(json);
	assert_non_null(root);
	const cJSON *prof = cJSON_GetObjectItemCaseSensitive(root, "profile");
	assert_true(cJSON_IsObject(prof));
	assert_int_equal(cJSON_GetObjectItemCaseSensitive(prof, "scenarios")->valueint, 3);
	assert_int_equal(cJSON_GetObjectItemCaseSensitive(prof, "breadth")->valueint, 1);
	assert_float_equal(cJSON_GetObjectItemCaseSensitive(prof, "fit")->valuedouble, 33.3, 1e-9);
	const cJSON *ap = cJSON_GetObjectItemCaseSensitive(prof, "approaches");
	assert_int_equal(cJSON_GetArraySize(ap), 5);
	const cJSON *e0 = cJSON_GetArrayItem(ap, 0), *e2 = cJSON_GetArrayItem(ap, 2);
	assert_string_equal(cJSON_GetObjectItemCaseSensitive(e0, "id")->valuestring,
			    "wa_ertegenin");
	assert_float_equal(cJSON_GetObjectItemCaseSensitive(e0, "score")->valuedouble, 1.0, 1e-9);
	assert_true(cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(e0, "preferred")));
	assert_float_equal(cJSON_GetObjectItemCaseSensitive(e2, "score")->valuedouble, -0.33, 1e-9);
	assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(prof, "rules")), 3);
	const cJSON *steps = cJSON_GetObjectItemCaseSensitive(root, "next_steps");
	const cJSON *s0 = cJSON_GetArrayItem(steps, 0), *s2 = cJSON_GetArrayItem(steps, 2);
	assert_string_equal(cJSON_GetObjectItemCaseSensitive(s0, "id")->valuestring, "PW-01");
	assert_true(cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(s0, "practice")));
	assert_string_equal(cJSON_GetObjectItemCaseSensitive(s0, "rule")->valuestring, "ertegenin");
	assert_string_equal(cJSON_GetObjectItemCaseSensitive(s2, "practice")->valuestring,
			    "veranderstrategie");
	const char *sum = cJSON_GetObjectItemCaseSensitive(prof, "summary")->valuestring;
	assert_non_null(strstr(sum, "Je neigt naar ertegenin."));
	assert_non_null(strstr(sum, "in 1 van de 3 situaties"));
	/* names inside a sentence start in lower case */
	assert_non_null(strstr(sum, "je zag het vaakst verschil van inzicht als"));
	/* the answers carry both choices */
	const cJSON *a0 = cJSON_GetArrayItem(cJSON_GetObjectItemCaseSensitive(root, "answers"), 0);
	assert_string_equal(cJSON_GetObjectItemCaseSensitive(a0, "most")->valuestring, "a");
	assert_string_equal(cJSON_GetObjectItemCaseSensitive(a0, "least")->valuestring, "c");
	cJSON_Delete(root);
	free(json);

	char *text = report_render(REPORT_TEXT, &in, NULL);
	assert_non_null(strstr(text, "  Ertegenin                 ..........|##########  +1.0\n"));
	assert_non_null(strstr(text, "  Eropaf                    .......###|..........  -0.3\n"));
	assert_non_null(strstr(text, "Je neigt naar ertegenin."));
	assert_non_null(strstr(text, "  - Je kiest vaak ertegenin.\n"));
	for (const char *l = text; *l;) { /* no line wider than 80 columns */
		const char *nl = strchr(l, '\n');
		size_t n = nl ? (size_t)(nl - l) : strlen(l), cols = 0;
		for (size_t i = 0; i < n; i++)
			cols += ((unsigned char)l[i] & 0xC0) != 0x80;
		assert_true(cols <= 80);
		l += n + (nl ? 1 : 0);
	}
	free(text);
	char *md = report_render(REPORT_MARKDOWN, &in, NULL);
	assert_non_null(strstr(md, "## Weerstandsprofiel"));
	assert_non_null(strstr(md, "| Ertegenin | +1.0 | 3 | 0 |"));
	assert_non_null(strstr(md, "### Wat opvalt"));
	free(md);
	score_finish(&pr);
	session_destroy(ps);
	content_questionnaire_destroy(pq);
	diag_finish(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_json),	 cmocka_unit_test(test_text),
	    cmocka_unit_test(test_markdown),	 cmocka_unit_test(test_wrap),
	    cmocka_unit_test(test_format_parse), cmocka_unit_test(test_profile),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
