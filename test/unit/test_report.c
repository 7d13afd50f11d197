/* Report renderers on the worked example of doc/scoring.md (fixture content)
 * and on the weerstand profile. */
#include "helpers.h"

#include <cjson/cJSON.h>
#include <locale.h>

#include "spiegel/report.h"

/* The worked example of doc/scoring.md on the fixture content. */
static struct content *c;
static const struct questionnaire *q;
static struct session *s;
static struct score_result r;

static int setup(void **state)
{
	struct diag d;
	diag_init(&d);
	c = content_load_dir(SRCDIR "/test/data/score/content", &d);
	assert_non_null(c);
	q = content_find(c, "proef");
	s = session_load(SRCDIR "/test/data/score/worked.json", &d);
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

static char *render_with(enum report_format f, const struct score_result *res)
{
	struct report_input in = {c->catalogue, q, s, res, c};
	size_t len;
	char *out = report_render(f, &in, &len);
	assert_non_null(out);
	assert_int_equal(strlen(out), len);
	return out;
}

static char *render(enum report_format f)
{
	return render_with(f, &r);
}

static const cJSON *entry(const cJSON *root, const char *key, const char *id)
{
	const cJSON *p;
	cJSON_ArrayForEach(p, cJSON_GetObjectItemCaseSensitive(root, key))
	{
		if (strcmp(cJSON_GetObjectItemCaseSensitive(p, "id")->valuestring, id) == 0)
			return p;
	}
	fail_msg("%s %s missing", key, id);
	return NULL;
}

static const cJSON *practice(const cJSON *root, const char *id)
{
	return entry(root, "practices", id);
}

static const cJSON *get(const cJSON *o, const char *key)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
	if (!v)
		fail_msg("no key %s", key);
	return v;
}

/* Every number in the JSON text (outside strings) has at most one decimal. */
static void assert_one_decimal(const char *json)
{
	bool in_str = false;
	for (const char *p = json; *p; p++) {
		if (in_str) {
			if (*p == '\\' && p[1])
				p++;
			else if (*p == '"')
				in_str = false;
			continue;
		}
		if (*p == '"') {
			in_str = true;
		} else if (*p == '.') {
			size_t n = 0;
			while (p[1 + n] >= '0' && p[1 + n] <= '9')
				n++;
			if (n > 1)
				fail_msg("a number with %zu decimals: %.20s", n, p - 5);
		} else if ((*p == 'e' || *p == 'E') && p > json && p[-1] >= '0' && p[-1] <= '9') {
			fail_msg("a number in exponent form: %.20s", p - 5);
		}
	}
}

static void test_json(void **state)
{
	/* numbers use '.' whatever the locale */
	setlocale(LC_ALL, "nl_NL.UTF-8");
	char *out = render(REPORT_JSON);
	setlocale(LC_ALL, "C");
	assert_one_decimal(out);
	cJSON *root = cJSON_Parse(out);
	assert_non_null(root);
	assert_string_equal(get(root, "format")->valuestring, "spiegel-report/1");
	const cJSON *cv = get(root, "coverage");
	assert_int_equal(get(cv, "min_weight_milli")->valueint, 2000);
	assert_int_equal(get(cv, "min_items")->valueint, 3);
	const cJSON *v = practice(root, "visie");
	assert_true(get(v, "score")->valuedouble == 73.6);
	assert_string_equal(get(v, "level")->valuestring, "sterk");
	assert_int_equal(get(v, "answered")->valueint, 6);
	assert_int_equal(get(v, "weight_milli")->valueint, 3700);
	assert_int_equal(get(v, "items")->valueint, 8);
	assert_string_equal(get(v, "coverage")->valuestring, "enough");
	assert_true(cJSON_IsTrue(get(v, "primary")));
	assert_true(cJSON_IsFalse(get(v, "focus")));
	assert_true(get(practice(root, "kwaliteit"), "score")->valuedouble == 56.3);
	const cJSON *l = practice(root, "leraren");
	assert_true(cJSON_IsNull(get(l, "score")));
	assert_true(cJSON_IsNull(get(l, "level")));
	assert_string_equal(get(l, "coverage")->valuestring, "short");
	assert_true(cJSON_IsNull(get(l, "measured_in")));
	const cJSON *o = practice(root, "organisatie");
	assert_true(cJSON_IsNull(get(o, "score")));
	assert_string_equal(get(o, "coverage")->valuestring, "low");
	assert_int_equal(get(o, "weight_milli")->valueint, 800);
	assert_string_equal(get(o, "measured_in")->valuestring, "proef-organisatie");
	assert_string_equal(get(practice(root, "bestuur"), "coverage")->valuestring, "none");
	const cJSON *fo = get(root, "focus");
	assert_int_equal(cJSON_GetArraySize(fo), 2);
	assert_string_equal(cJSON_GetArrayItem(fo, 0)->valuestring, "omgeving");
	assert_string_equal(cJSON_GetArrayItem(fo, 1)->valuestring, "kwaliteit");
	const cJSON *fs = get(root, "focus_status");
	assert_string_equal(get(fs, "state")->valuestring, "lowest");
	assert_true(cJSON_IsNull(get(fs, "reason")));
	assert_int_equal(cJSON_GetArraySize(get(fs, "candidates")), 3);
	assert_true(get(fs, "band")->valuedouble == 12.5);
	assert_non_null(strstr(get(fs, "text")->valuestring, "De laagste scores: "));
	/* the four persoonlijke kwaliteiten */
	const cJSON *qa = get(root, "qualities");
	assert_int_equal(cJSON_GetArraySize(qa), 4);
	assert_true(get(entry(root, "qualities", "pk_cognitief"), "score")->valuedouble == 81.3);
	assert_true(get(entry(root, "qualities", "pk_sociaal"), "score")->valuedouble == 58.3);
	const cJSON *ps = entry(root, "qualities", "pk_psychologisch");
	assert_true(cJSON_IsNull(get(ps, "score")));
	assert_string_equal(get(ps, "coverage")->valuestring, "low");
	assert_non_null(get(ps, "description")->valuestring);
	const cJSON *answers = get(root, "answers");
	assert_int_equal(cJSON_GetArraySize(answers), 17);
	const cJSON *steps = get(root, "next_steps");
	assert_int_equal(cJSON_GetArraySize(steps), 3);
	const cJSON *first = cJSON_GetArrayItem(steps, 0);
	assert_string_equal(get(first, "practice")->valuestring, "omgeving");
	assert_string_equal(get(first, "id")->valuestring, "NS-om-01");
	/* without a bibliography: what the source says, never file or lines;
	 * those only under source_ref (test_content_text.c has the full form) */
	const char *src = get(first, "source")->valuestring;
	assert_string_equal(src, "hoofdstuk 1");
	const cJSON *ref = get(first, "source_ref");
	assert_string_equal(get(ref, "file")->valuestring, "001_6ff50239769f674f.txt");
	assert_string_equal(get(ref, "lines")->valuestring, "535-550");
	assert_null(cJSON_GetObjectItemCaseSensitive(ref, "id"));
	cJSON_Delete(root);
	free(out);
}

/* No line longer than 80 characters after wrapping (bars included). */
static void assert_width(const char *out)
{
	for (const char *line = out; *line;) {
		const char *nl = strchr(line, '\n');
		size_t chars = 0;
		for (const char *p = line; p < (nl ? nl : line + strlen(line)); p++)
			chars += ((unsigned char)*p & 0xC0) != 0x80;
		if (chars > 80)
			fail_msg("line too long: %.*s", (int)(nl - line), line);
		line = nl ? nl + 1 : line + strlen(line);
	}
}

static void test_text(void **state)
{
	char *out = render(REPORT_TEXT);
	static const char *const want[] = {
	    "spiegel - Proef\n",
	    "\nLeiderschapspraktijken (score 0-100)\n  Visiegestuurd werken\n"
	    "    ###############.....  73,6  Sterk           (6 vragen)\n",
	    "\n* Werken aan onderwijskwaliteit\n    ###########.........  56,3  In ontwikkeling "
	    "(4 vragen)\n",
	    "  Nog te weinig beantwoord (geen score):\n"
	    "    - Ontwikkeling van leraren: 2 van de 4 vragen beantwoord\n",
	    "  Te weinig gemeten in deze vragenlijst (geen score):\n"
	    "    - Inrichting van de schoolorganisatie: 4 vragen, die er maar licht op\n"
	    "      meewegen; meer hierover in \"Proef organisatie\"",
	    "  Niet gemeten met deze vragenlijst: Samenwerken met het bestuur.\n",
	    "\nPersoonlijke kwaliteiten (0-100, zonder niveau)\n"
	    "  - Cognitieve kwaliteiten: 81,3 (4 vragen). Problemen doordacht aanpakken en\n",
	    "  - Psychologische kwaliteiten: te weinig gemeten in deze vragenlijst (2\n",
	    "\nFocus (met * gemarkeerd)\n  De laagste scores: Samenwerken met de omgeving (50,0) "
	    "en Werken aan\n"
	    "  onderwijskwaliteit (56,3).\n",
	    "Volgende stappen\n1. Eerste stap om (Samenwerken met de omgeving)\n",
	    "> Ik neem mee dat ik vaker vraag wat ouders nodig hebben.",
	};
	for (size_t i = 0; i < sizeof(want) / sizeof(want[0]); i++)
		if (!strstr(out, want[i]))
			fail_msg("text lacks:\n%s\n--- report ---\n%s", want[i], out);
	/* a practice without enough coverage has no score line */
	assert_null(strstr(out, "  Inrichting van de schoolorganisatie\n    #"));
	/* sources: never a file code or line numbers */
	assert_non_null(strstr(out, "Bron: hoofdstuk 1"));
	assert_null(strstr(out, "Bron: 001"));
	assert_null(strstr(out, ", r. "));
	assert_width(out);
	free(out);
}

static void test_markdown(void **state)
{
	char *out = render(REPORT_MARKDOWN);
	static const char *const want[] = {
	    "# Proef: spiegel-rapport\n",
	    "| **Werken aan onderwijskwaliteit** (focus) | 56,3 | In ontwikkeling | 4 |",
	    "| Visiegestuurd werken | 73,6 | Sterk | 6 |",
	    "**Te weinig gemeten in deze vragenlijst** (geen score)\n\n"
	    "- Inrichting van de schoolorganisatie: 4 vragen, die er maar licht op meewegen; "
	    "meer hierover in \"Proef organisatie\" (spiegel start proef-organisatie)\n",
	    "## Persoonlijke kwaliteiten\n",
	    "- Sociale kwaliteiten: 58,3 (3 vragen).",
	    "## Focus\n\nDe laagste scores: ",
	    "## Volgende stappen\n\n1. **",
	    "> Ik neem mee dat ik vaker vraag wat ouders nodig hebben.",
	};
	for (size_t i = 0; i < sizeof(want) / sizeof(want[0]); i++)
		if (!strstr(out, want[i]))
			fail_msg("markdown lacks:\n%s\n--- report ---\n%s", want[i], out);
	free(out);
}

/* No clear low point: no "laagste" claim, the reason, how to choose, in
 * every format; a chosen focus is named as the user's. */
static void test_unclear_and_chosen(void **state)
{
	struct session *u = session_create("20261201-110000-dddddd", q, "", 0);
	for (size_t i = 0; i < q->n_items; i++)
		if (q->items[i].type == ITEM_LIKERT)
			assert_true(session_set(u, q->items[i].id,
						(struct answer){ANSWER_VALUE, 4, NULL, NULL}));
	struct score_result ur;
	assert_true(score_compute(c->catalogue, q, u, &ur));
	assert_int_equal(ur.focus_how, FOCUS_UNCLEAR);
	struct report_input in = {c->catalogue, q, u, &ur, c};
	for (int f = REPORT_TEXT; f <= REPORT_JSON; f++) {
		char *out = report_render((enum report_format)f, &in, NULL);
		assert_non_null(out);
		assert_null(strstr(out, "laagste"));
		assert_null(strstr(out, "(focus)"));
		assert_non_null(strstr(out, "Geen duidelijk laag punt: "));
		assert_non_null(strstr(out, "hetzelfde antwoord"));
		if (f != REPORT_JSON)
			assert_non_null(strstr(out, "--focus"));
		free(out);
	}
	score_finish(&ur);
	const char *ids[] = {"leraren"};
	assert_true(session_set_focus(u, ids, 1));
	assert_true(score_compute(c->catalogue, q, u, &ur));
	char *out = report_render(REPORT_TEXT, &in, NULL);
	assert_non_null(strstr(
	    out, "\nFocus (met * gemarkeerd)\n  Je koos zelf je focus: Ontwikkeling van leraren "
		 "(62,5).\n"));
	assert_non_null(strstr(out, "\n* Ontwikkeling van leraren\n"));
	free(out);
	score_finish(&ur);
	session_destroy(u);
}

/* Every format carries the four persoonlijke kwaliteiten. */
static void test_qualities_everywhere(void **state)
{
	for (int f = REPORT_TEXT; f <= REPORT_JSON; f++) {
		char *out = render((enum report_format)f);
		for (size_t k = 0; k < c->catalogue->n_qualities; k++)
			if (!strstr(out, c->catalogue->qualities[k].name))
				fail_msg("format %d lacks %s", f, c->catalogue->qualities[k].name);
		free(out);
	}
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

/* The weerstand profile in every format (figures of test_score.c), first. */
static void test_profile(void **state)
{
	struct diag d;
	diag_init(&d);
	struct content *bc = content_load_dir(SRCDIR "/content", &d);
	assert_non_null(bc);
	struct questionnaire *pq = content_load_questionnaire(
	    SRCDIR "/test/data/profile/proef-weerstand.json", bc->catalogue, &d);
	struct session *ps = session_load(SRCDIR "/test/data/profile/ertegenin.json", &d);
	print_diags(&d);
	assert_non_null(pq);
	assert_non_null(ps);
	struct score_result pr;
	assert_true(score_compute(bc->catalogue, pq, ps, &pr));
	struct report_input in = {bc->catalogue, pq, ps, &pr, bc};

	char *json = report_render(REPORT_JSON, &in, NULL);
	assert_one_decimal(json);
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
	assert_float_equal(cJSON_GetObjectItemCaseSensitive(e2, "score")->valuedouble, -0.3, 1e-9);
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
	assert_non_null(strstr(text, "  Ertegenin                 ..........|##########  +1,0\n"));
	assert_non_null(strstr(text, "  Eropaf                    .......###|..........  -0,3\n"));
	assert_non_null(strstr(text, "Je neigt naar ertegenin."));
	assert_non_null(strstr(text, "  - Je kiest vaak ertegenin.\n"));
	/* the profile leads; practices with too little coverage get no score */
	assert_non_null(strstr(text, "Weerstandsprofiel"));
	assert_true(strstr(text, "Weerstandsprofiel") < strstr(text, "Leiderschapspraktijken"));
	assert_non_null(strstr(text, "    - Connectief leiderschap"));
	assert_null(strstr(text, "* Connectief"));
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
	assert_true(strstr(md, "## Weerstandsprofiel") < strstr(md, "## Leiderschapspraktijken"));
	assert_non_null(strstr(md, "| Ertegenin | +1,0 | 3 | 0 |"));
	assert_non_null(strstr(md, "### Wat opvalt"));
	free(md);
	score_finish(&pr);
	session_destroy(ps);
	content_questionnaire_destroy(pq);
	content_destroy(bc);
	diag_finish(&d);
}

/* The value of the option of item id whose key is key. */
static const char *value_with_key(const struct questionnaire *wq, const char *id, int key)
{
	const struct item *it = content_find_item(wq, id);
	assert_non_null(it);
	for (size_t k = 0; k < it->n_options; k++)
		if (it->options[k].key == key)
			return it->options[k].value;
	fail_msg("%s has no option with key %d", id, key);
	return NULL;
}

/* "daar keek je minder naar" only when none of the sources a situation
 * cues was named: WEE.S7 cues verlies van invloed and verschil van inzicht;
 * naming one of them misses nothing. */
static void test_source_feedback(void **state)
{
	struct diag d;
	diag_init(&d);
	struct content *bc = content_load_dir(SRCDIR "/content", &d);
	print_diags(&d);
	diag_finish(&d);
	assert_non_null(bc);
	const struct questionnaire *wq = content_find(bc, "weerstand");
	assert_non_null(wq);
	const struct item *s7 = content_find_item(wq, "WEE.S7");
	assert_true(s7->cued & (1u << SOURCE_VERLIES_INVLOED));
	assert_true(s7->cued & (1u << SOURCE_VERSCHIL_INZICHT));
	struct session *ws = session_create("20260101-100000-abcd", wq, "", 0);
	assert_true(session_set(ws, "WEE.S7", (struct answer){ANSWER_SCENARIO, 0, "a", "b"}));
	assert_true(session_set(
	    ws, "WEE.S7.B",
	    (struct answer){ANSWER_CHOICE, 0,
			    value_with_key(wq, "WEE.S7.B", SOURCE_VERLIES_INVLOED), NULL}));
	struct score_result wr;
	assert_true(score_compute(bc->catalogue, wq, ws, &wr));
	assert_int_equal(wr.profile.source_n, 1);
	assert_int_equal(wr.profile.sourcehit_n, 1);
	assert_int_equal(wr.profile.sourcemissed[SOURCE_VERSCHIL_INZICHT], 0);
	char *sum = report_profile_summary(wq, &wr.profile);
	assert_non_null(sum);
	assert_null(strstr(sum, "minder naar"));
	free(sum);
	score_finish(&wr);

	/* a source the situation does not cue: both cued ones were missed */
	assert_true(session_set(
	    ws, "WEE.S7.B",
	    (struct answer){ANSWER_CHOICE, 0,
			    value_with_key(wq, "WEE.S7.B", SOURCE_VERANDEROVERLOAD), NULL}));
	assert_true(score_compute(bc->catalogue, wq, ws, &wr));
	assert_int_equal(wr.profile.sourcehit_n, 0);
	assert_int_equal(wr.profile.sourcemissed[SOURCE_VERLIES_INVLOED], 1);
	assert_int_equal(wr.profile.sourcemissed[SOURCE_VERSCHIL_INZICHT], 1);
	sum = report_profile_summary(wq, &wr.profile);
	assert_non_null(strstr(sum, "De situaties wezen ook op verlies van invloed of positie; "
				    "daar keek je minder naar."));
	free(sum);
	score_finish(&wr);
	session_destroy(ws);
	content_destroy(bc);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_json),
	    cmocka_unit_test(test_text),
	    cmocka_unit_test(test_markdown),
	    cmocka_unit_test(test_unclear_and_chosen),
	    cmocka_unit_test(test_qualities_everywhere),
	    cmocka_unit_test(test_wrap),
	    cmocka_unit_test(test_format_parse),
	    cmocka_unit_test(test_profile),
	    cmocka_unit_test(test_source_feedback),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
