/* Content: loading and validating the catalogue and questionnaires. */
#include "helpers.h"

#include "spiegel/content.h"

static const char catalogue_json[] =
    "{\"format\": \"spiegel-practices/1\", \"version\": \"1\", \"min_answers\": 2,\n"
    " \"levels\": [{\"id\": \"laag\", \"name\": \"Laag\", \"min\": 0},\n"
    "            {\"id\": \"hoog\", \"name\": \"Hoog\", \"min\": 50}],\n"
    " \"domains\": [{\"id\": \"dom_a\", \"name\": \"Domein A\"}],\n"
    " \"qualities\": [{\"id\": \"pk_x\", \"name\": \"X\"}],\n"
    " \"practices\": [\n"
    "  {\"id\": \"p1\", \"name\": \"Een\", \"domain\": \"dom_a\", \"description\": \"d\",\n"
    "   \"source\": {\"file\": \"001.txt\", \"lines\": \"1-2\"},\n"
    "   \"next_steps\": [{\"id\": \"NS-1\", \"levels\": [\"laag\"], \"title\": \"t\",\n"
    "     \"text\": \"x\", \"source\": {\"file\": \"001.txt\", \"lines\": \"3\"}}]},\n"
    "  {\"id\": \"p2\", \"name\": \"Twee\", \"domain\": \"dom_a\", \"description\": \"d\",\n"
    "   \"source\": {\"file\": \"001.txt\", \"lines\": \"1-2\"},\n"
    "   \"next_steps\": [{\"id\": \"NS-2\", \"levels\": [\"laag\", \"hoog\"], \"title\": "
    "\"t\",\n"
    "     \"text\": \"x\", \"source\": {\"file\": \"001.txt\", \"lines\": \"3\"}}]}]}\n";

static const char mini_json[] =
    "{\"format\": \"spiegel-questionnaire/1\", \"id\": \"mini\", \"version\": \"1.0.0\",\n"
    " \"title\": \"Mini\", \"intro\": \"Kort.\",\n"
    " \"scales\": {\"f\": [\"nooit\", \"zelden\", \"soms\", \"vaak\", \"altijd\"]},\n"
    " \"sections\": [{\"id\": \"S1\", \"title\": \"Een\", \"prompts\": [\"Waarom?\"],\n"
    "  \"items\": [\n"
    "   {\"id\": \"M.01\", \"type\": \"likert\", \"scale\": \"f\", \"text\": \"Ik doe.\",\n"
    "    \"weights\": {\"p1\": 0.5, \"p2\": 0.5}, \"reverse\": true, \"na\": true,\n"
    "    \"quality\": \"pk_x\", \"source\": {\"file\": \"001.txt\", \"lines\": \"5-9\"}},\n"
    "   {\"id\": \"M.02\", \"type\": \"choice\", \"text\": \"Sector?\",\n"
    "    \"options\": [{\"value\": \"po\", \"label\": \"po\"}, {\"value\": \"vo\", "
    "\"label\": \"vo\"}],\n"
    "    \"source\": {\"file\": \"001.txt\", \"lines\": \"1\"}},\n"
    "   {\"id\": \"M.03\", \"type\": \"open\", \"text\": \"Vertel.\", \"help\": \"h\",\n"
    "    \"source\": {\"file\": \"001.txt\", \"chapter\": \"hoofdstuk 1\", \"authors\": "
    "\"A & B\", \"lines\": \"7\"}}]}]}\n";

static char *dir;
static struct catalogue *cat;

static int setup(void **state)
{
	dir = make_tmpdir();
	char *p = write_file(dir, "practices.json", catalogue_json);
	struct diag d;
	diag_init(&d);
	cat = content_load_catalogue(p, &d);
	print_diags(&d);
	assert_non_null(cat);
	diag_finish(&d);
	free(p);
	return 0;
}

static int teardown(void **state)
{
	content_catalogue_destroy(cat);
	rm_tree(dir);
	return 0;
}

/* mini_json with one substring replaced */
static char *variant(const char *from, const char *to)
{
	const char *at = strstr(mini_json, from);
	assert_non_null(at);
	size_t n = strlen(mini_json) - strlen(from) + strlen(to) + 1;
	char *s = malloc(n);
	snprintf(s, n, "%.*s%s%s", (int)(at - mini_json), mini_json, to, at + strlen(from));
	return s;
}

static struct questionnaire *load_text(const char *text, struct diag *d)
{
	char *p = write_file(dir, "mini.json", text);
	struct questionnaire *q = content_load_questionnaire(p, cat, d);
	free(p);
	return q;
}

static void test_good(void **state)
{
	struct diag d;
	diag_init(&d);
	struct questionnaire *q = load_text(mini_json, &d);
	print_diags(&d);
	assert_non_null(q);
	assert_int_equal(q->n_items, 3);
	assert_int_equal(q->n_sections, 1);
	assert_int_equal(q->sections[0].n_prompts, 1);
	const struct item *it = content_find_item(q, "M.01");
	assert_int_equal(it->type, ITEM_LIKERT);
	assert_true(it->reverse);
	assert_true(it->na);
	assert_string_equal(it->scale[4], "altijd");
	assert_int_equal(it->n_weights, 2);
	assert_int_equal(content_item_index(q, "M.03"), 2);
	char buf[256];
	content_source_format(&content_find_item(q, "M.03")->source, buf, sizeof(buf));
	/* without a bibliography: what the source says, never file or lines */
	assert_string_equal(buf, "A & B, hoofdstuk 1");
	content_questionnaire_destroy(q);
	content_questionnaire_destroy(NULL);
}

struct bad_case {
	const char *from, *to, *message;
};

static void test_bad_variants(void **state)
{
	static const struct bad_case cases[] = {
	    {"\"p2\": 0.5", "\"p2\": 0.4",
	     "mini.json: item M.01: gewichten tellen op tot 0.900 in plaats van 1"},
	    {"\"p2\": 0.5", "\"p9\": 0.5", "item M.01: onbekende praktijk \"p9\""},
	    {"\"scale\": \"f\"", "\"scale\": \"g\"", "item M.01: onbekende schaal \"g\""},
	    {"\"type\": \"open\"", "\"type\": \"vrij\"", "item M.03: onbekend type \"vrij\""},
	    {"\"id\": \"M.02\"", "\"id\": \"M.01\"", "item-id \"M.01\" komt dubbel voor"},
	    {"\"value\": \"vo\"", "\"value\": \"po\"", "optie 2: waarde \"po\" komt dubbel voor"},
	    {"spiegel-questionnaire/1", "spiegel-questionnaire/2", "nieuwer"},
	    {"spiegel-questionnaire/1", "vragenlijst/1", "onbekend formaat"},
	    {"\"reverse\": true", "\"reverse\": \"ja\"",
	     "item M.01: \"reverse\" moet true of false"},
	    {"\"quality\": \"pk_x\"", "\"quality\": \"pk_y\"", "onbekende persoonlijke kwaliteit"},
	    {", {\"value\": \"vo\", \"label\": \"vo\"}", "", "2 tot 9 opties"},
	    {"\"text\": \"Ik doe.\",", "", "item M.01: \"text\" ontbreekt"},
	    {"\"lines\": \"5-9\"", "\"lines\": \"vijf\"", "item M.01: bron: \"lines\" moet"},
	    {"\"source\": {\"file\": \"001.txt\", \"lines\": \"1\"}", "\"bron\": 1",
	     "item M.02: \"source\" ontbreekt"},
	    {"\"nooit\", ", "", "schaal f: een schaal heeft precies 5 labels"},
	    {"\"id\": \"mini\"", "\"id\": \"Mini!\"", "ongeldige vragenlijst-id"},
	    {"\"title\": \"Een\",", "\"titel\": \"Een\",",
	     "sectie S1: onbekende sleutel \"titel\""},
	    {"\"weights\": {\"p1\": 0.5, \"p2\": 0.5}", "\"weights\": {}", "\"weights\" is leeg"},
	    {"\"p1\": 0.5", "\"p1\": -0.5", "groter dan 0"},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char *text = variant(cases[i].from, cases[i].to);
		struct diag d;
		diag_init(&d);
		struct questionnaire *q = load_text(text, &d);
		if (q)
			fail_msg("case %zu accepted", i);
		assert_diag(&d, cases[i].message);
		diag_finish(&d);
		free(text);
	}
}

static void test_id_must_match_file_name(void **state)
{
	char *p = write_file(dir, "anders.json", mini_json);
	struct diag d;
	diag_init(&d);
	assert_null(content_load_questionnaire(p, cat, &d));
	assert_diag(&d, "past niet bij de bestandsnaam");
	diag_finish(&d);
	free(p);
}

static void test_bad_catalogue(void **state)
{
	static const struct bad_case cases[] = {
	    {"\"min\": 50", "\"min\": 0", "niveaus moeten oplopen"},
	    {"\"domain\": \"dom_a\", \"description\": \"d\",\n   \"source\": {\"file\": "
	     "\"001.txt\", \"lines\": \"1-2\"},\n   \"next_steps\": [{\"id\": \"NS-2\"",
	     "\"domain\": \"dom_b\", \"description\": \"d\",\n   \"source\": {\"file\": "
	     "\"001.txt\", \"lines\": \"1-2\"},\n   \"next_steps\": [{\"id\": \"NS-2\"",
	     "praktijk p2: onbekend domein \"dom_b\""},
	    {"\"levels\": [\"laag\"]", "\"levels\": [\"midden\"]", "stap NS-1: onbekend niveau"},
	    {"\"id\": \"NS-2\"", "\"id\": \"NS-1\"", "stap-id \"NS-1\" komt dubbel voor"},
	    {"\"id\": \"hoog\"", "\"id\": \"laag\"", "niveau 2: id \"laag\" komt dubbel voor"},
	    {"\"id\": \"p2\"", "\"id\": \"p1\"", "praktijk p1: id komt dubbel voor"},
	    {"\"min_answers\": 2", "\"min_answers\": 0", "min_answers"},
	    {"\"min_answers\": 2", "\"min_answers\": 2, \"coverage\": {\"min_weight\": 0}",
	     "\"min_weight\" moet een getal groter dan 0"},
	    {"\"min_answers\": 2",
	     "\"min_answers\": 2, \"coverage\": {\"min_weight\": 1, \"min_items\": 2.5}",
	     "\"min_items\" moet een geheel getal"},
	    {"\"min_answers\": 2", "\"min_answers\": 2, \"coverage\": {\"items\": 2}",
	     "coverage: onbekende sleutel \"items\""},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const char *at = strstr(catalogue_json, cases[i].from);
		assert_non_null(at);
		char text[8192];
		snprintf(text, sizeof(text), "%.*s%s%s", (int)(at - catalogue_json), catalogue_json,
			 cases[i].to, at + strlen(cases[i].from));
		char *p = write_file(dir, "bad-practices.json", text);
		struct diag d;
		diag_init(&d);
		struct catalogue *c = content_load_catalogue(p, &d);
		if (c)
			fail_msg("catalogue case %zu accepted", i);
		assert_diag(&d, cases[i].message);
		diag_finish(&d);
		free(p);
	}
}

static void test_set_rules(void **state)
{
	struct diag d;
	diag_init(&d);
	struct questionnaire *q = load_text(mini_json, &d);
	assert_non_null(q);
	/* S1 has one likert item: too few for a dimension */
	assert_false(content_check_questionnaire(q, &d));
	assert_diag(&d, "sectie S1: 1 likert-vragen; een dimensie heeft er minstens 3");
	assert_false(diag_has(&d, "omgekeerd")); /* it is reverse keyed */
	diag_clear(&d);
	/* p1 and p2 are each weighed by a single item */
	const struct questionnaire *set[1] = {q};
	assert_false(content_check_set(cat, set, 1, &d));
	assert_diag(&d, "praktijk p1: maar 1 vraag weegt erop, minstens 4 nodig");
	assert_diag(&d, "praktijk p2: maar 1 vraag weegt erop");
	content_questionnaire_destroy(q);
	diag_finish(&d);
}

static void test_bundled_content(void **state)
{
	struct diag d;
	diag_init(&d);
	struct content *c = content_load_dir(SRCDIR "/content", &d);
	print_diags(&d);
	assert_non_null(c);
	assert_int_equal(diag_count(&d), 0);
	assert_int_equal(c->catalogue->n_practices, 11);
	assert_int_equal(c->catalogue->n_domains, 6);
	assert_int_equal(c->catalogue->n_qualities, 4);
	const struct questionnaire *q = content_find(c, "visie");
	assert_non_null(q);
	assert_true(content_check_set(c->catalogue, (const struct questionnaire *const *)c->qs,
				      c->n_qs, &d));
	/* every practice has at least 3 next steps per level */
	for (size_t p = 0; p < c->catalogue->n_practices; p++)
		for (size_t l = 0; l < c->catalogue->n_levels; l++) {
			int n = 0;
			for (size_t s = 0; s < c->catalogue->practices[p].n_steps; s++)
				n += (c->catalogue->practices[p].steps[s].levels >> l) & 1;
			assert_true(n >= 3);
		}
	content_destroy(c);
	diag_finish(&d);
}

/* "Verdiepen": the scan points to the questionnaire that concentrates on a
 * practice, never to itself or to a broad questionnaire. */
static void test_deeper(void **state)
{
	struct diag d;
	diag_init(&d);
	struct content *c = content_load_dir(SRCDIR "/content", &d);
	print_diags(&d);
	assert_non_null(c);
	const struct questionnaire *scan = content_find(c, "leiderschapsscan");
	const struct catalogue *ct = c->catalogue;
	size_t visie = (size_t)content_practice_index(ct, "visie");
	size_t ver = (size_t)content_practice_index(ct, "veranderstrategie");
	size_t con = (size_t)content_practice_index(ct, "connectief");
	size_t org = (size_t)content_practice_index(ct, "schoolorganisatie");
	assert_ptr_equal(content_deeper(c, scan, visie), content_find(c, "visie"));
	assert_ptr_equal(content_deeper(c, scan, ver), content_find(c, "weerstand"));
	assert_ptr_equal(content_deeper(c, scan, con), content_find(c, "connectief-leiderschap"));
	assert_null(content_deeper(c, scan, org));
	assert_null(content_deeper(c, content_find(c, "visie"), visie));
	/* the scan itself (weight spread over all practices) is never "deeper" */
	assert_ptr_not_equal(content_deeper(c, content_find(c, "visie"), org), scan);
	content_destroy(c);
	diag_finish(&d);
}

/* Coverage thresholds, exact weights and the primary practices. */
static void test_coverage(void **state)
{
	/* the catalogue has no "coverage": the defaults */
	assert_int_equal(cat->min_weight_milli, 2000);
	assert_int_equal(cat->min_items, 3);
	assert_true(content_coverage_enough(cat, 2000, 3));
	assert_false(content_coverage_enough(cat, 1999, 3));
	assert_false(content_coverage_enough(cat, 9000, 2));

	struct diag d;
	diag_init(&d);
	struct questionnaire *q = load_text(mini_json, &d);
	assert_non_null(q);
	const struct item *it = content_find_item(q, "M.01");
	assert_int_equal(it->weights[0].milli, 500);
	assert_int_equal(it->weights[1].milli, 500);
	/* one likert item of 0.5 on each practice: full coverage 0.5 over 1 item,
	 * so without "practices" nothing is primary */
	unsigned milli;
	size_t items;
	content_full_coverage(q, 0, &milli, &items);
	assert_int_equal(milli, 500);
	assert_int_equal(items, 1);
	assert_int_equal(q->n_primary, 0);
	assert_true(content_check_coverage(cat, q, &d));
	content_questionnaire_destroy(q);

	/* declared, but not covered: check says so with the figures */
	char *text =
	    variant("\"intro\": \"Kort.\",", "\"intro\": \"Kort.\", \"practices\": [\"p2\"],");
	q = load_text(text, &d);
	free(text);
	assert_non_null(q);
	assert_int_equal(q->n_primary, 1);
	assert_true(content_is_primary(q, 1));
	assert_false(content_is_primary(q, 0));
	assert_false(content_check_coverage(cat, q, &d));
	assert_diag(&d, "mini.json: praktijk p2 staat in \"practices\", maar de vragen dekken haar "
			"niet genoeg: gewicht 0.500 over 1 vraag, minstens 2.000 over 3 nodig");
	content_questionnaire_destroy(q);

	/* three items of 0.7 on p1: 2.1 over 3 items, derived as primary */
	static const char item3[] =
	    "{\"id\": \"M.0%d\", \"type\": \"likert\", \"scale\": \"f\", \"text\": \"Ik %d.\","
	    " \"weights\": {\"p1\": 0.7, \"p2\": 0.3}, \"source\": {\"file\": \"001.txt\","
	    " \"lines\": \"1\"}},\n";
	char extra[1024] = "";
	for (int k = 4; k <= 6; k++) {
		char one[256];
		snprintf(one, sizeof(one), item3, k, k);
		strcat(extra, one);
	}
	strcat(extra, "   {\"id\": \"M.02\"");
	text = variant("{\"id\": \"M.02\"", extra);
	q = load_text(text, &d);
	free(text);
	print_diags(&d);
	assert_non_null(q);
	content_full_coverage(q, 0, &milli, &items);
	assert_int_equal(milli, 2600); /* 0.5 + 3 x 0.7 */
	assert_int_equal(items, 4);
	content_full_coverage(q, 1, &milli, &items);
	assert_int_equal(milli, 1400); /* 0.5 + 3 x 0.3 */
	assert_int_equal(q->n_primary, 1);
	assert_int_equal(q->primary[0], 0);
	content_questionnaire_destroy(q);
	diag_finish(&d);
}

/* The text of a file (malloc'd). */
static char *slurp(const char *path)
{
	FILE *f = fopen(path, "r");
	assert_non_null(f);
	char *buf = calloc(1, 1 << 20);
	size_t n = fread(buf, 1, (1 << 20) - 1, f);
	fclose(f);
	buf[n] = '\0';
	return buf;
}

static char *replaced(const char *text, const char *from, const char *to)
{
	const char *at = strstr(text, from);
	if (!at)
		fail_msg("no \"%s\"", from);
	size_t n = strlen(text) - strlen(from) + strlen(to) + 1;
	char *r = malloc(n);
	snprintf(r, n, "%.*s%s%s", (int)(at - text), text, to, at + strlen(from));
	return r;
}

/* The rules of spiegel check beyond loading (content_check_rules), each on
 * the three situations of test/data/profile/proef-weerstand.json with the
 * bundled catalogue (which has variants and a bibliography). */
static void test_check_rules(void **state)
{
	struct diag d;
	diag_init(&d);
	struct catalogue *bc = content_load_catalogue(SRCDIR "/content/practices.json", &d);
	assert_non_null(bc);
	char *base = slurp(SRCDIR "/test/data/profile/proef-weerstand.json");
	char *p = write_file(dir, "proef-weerstand.json", base);
	struct questionnaire *q = content_load_questionnaire(p, bc, &d);
	print_diags(&d);
	assert_non_null(q);
	assert_false(content_check_rules(bc, q, &d));
	/* help: none of its likert and scenario items says why it matters */
	assert_diag(&d, "item PW.S1: geen uitleg (\"help\")");
	assert_diag(&d, "item PW.L3: geen uitleg (\"help\")");
	assert_false(diag_has(&d, "item PW.S1.E: geen uitleg")); /* a follow-up may */
	/* keys: eropaf is the only fitting approach in S1, 1 of 3 > 30% */
	assert_diag(&d, "aanpak Eropaf is in 1 van de 3 situaties de enige passende; hoogstens 0");
	assert_false(diag_has(&d, "past in geen enkele situatie"));
	/* steps: one likert item each (herkennen none), and no rule on them */
	assert_diag(&d, "stap Herkennen: 0 likert-vragen met \"step\"; minstens 3 nodig");
	assert_diag(&d, "stap Verkennen: 1 likert-vraag met \"step\"; minstens 3 nodig");
	assert_diag(&d, "stap Ombuigen: geen regel in \"profile\" met een voorwaarde op "
			"step.ws_ombuigen of first.ws_ombuigen");
	assert_false(diag_has(&d, "langer dan"));
	content_questionnaire_destroy(q);
	diag_clear(&d);

	/* every approach but eromheen fits somewhere: take ertegenin from S3 */
	char *text =
	    replaced(base, "\"fitting\": [\n            \"wa_ertegenin\",\n", "\"fitting\": [\n");
	free(p);
	p = write_file(dir, "proef-weerstand.json", text);
	free(text);
	q = content_load_questionnaire(p, bc, &d);
	assert_non_null(q);
	assert_false(content_check_rules(bc, q, &d));
	assert_diag(&d, "aanpak Ertegenin past in geen enkele situatie (\"fitting\")");
	content_questionnaire_destroy(q);
	diag_clear(&d);

	/* a title within 40 characters, but not with the general wording */
	text = replaced(base, "\"title\": \"Stil team\"",
			"\"title\": \"{Leerlingen} en {leerlingen} samen\"");
	free(p);
	p = write_file(dir, "proef-weerstand.json", text);
	free(text);
	q = content_load_questionnaire(p, bc, &d);
	print_diags(&d);
	assert_non_null(q);
	assert_false(content_check_rules(bc, q, &d));
	assert_diag(&d, "item PW.S1: \"title\" is voor algemeen langer dan 40 tekens");
	assert_false(diag_has(&d, "voor mbo"));
	assert_false(diag_has(&d, "voor po"));
	content_questionnaire_destroy(q);

	free(p);
	free(base);
	content_catalogue_destroy(bc);
	diag_finish(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_good),
	    cmocka_unit_test(test_bad_variants),
	    cmocka_unit_test(test_id_must_match_file_name),
	    cmocka_unit_test(test_bad_catalogue),
	    cmocka_unit_test(test_set_rules),
	    cmocka_unit_test(test_bundled_content),
	    cmocka_unit_test(test_deeper),
	    cmocka_unit_test(test_coverage),
	    cmocka_unit_test(test_check_rules),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
