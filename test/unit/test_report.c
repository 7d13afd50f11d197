/* Report renderers on the worked example. */
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
	c = content_load_dir(SRCDIR "/content", &d);
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

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_json),	 cmocka_unit_test(test_text),
	    cmocka_unit_test(test_markdown),	 cmocka_unit_test(test_wrap),
	    cmocka_unit_test(test_format_parse),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
