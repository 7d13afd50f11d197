/* The meeting kit (meeting_kit.h): the bundled methods and prompt cards
 * load and pass the rules of spiegel check; each rule fails on a kit that
 * breaks it; the loader is strict; meeting_validate checks a group's
 * meetings against the kit and the catalogue. */
#include "helpers.h"

#include <cjson/cJSON.h>

#include "spiegel/content.h"
#include "spiegel/intervisie.h"
#include "spiegel/meeting.h"
#include "spiegel/meeting_kit.h"

#define CONTENT SRCDIR "/content"

static struct content *bundled;

static int setup(void **state)
{
	struct diag d;
	diag_init(&d);
	bundled = content_load_dir(CONTENT, &d);
	print_diags(&d);
	assert_non_null(bundled);
	diag_finish(&d);
	return 0;
}

static int teardown(void **state)
{
	content_destroy(bundled);
	return 0;
}

static char *kit_text(void)
{
	FILE *f = fopen(CONTENT "/" MEETING_KIT_FILE, "rb");
	assert_non_null(f);
	static char buf[1 << 18];
	size_t n = fread(buf, 1, sizeof(buf) - 1, f);
	fclose(f);
	buf[n] = '\0';
	return strdup(buf);
}

static void test_bundled(void **state)
{
	struct diag d;
	diag_init(&d);
	struct meeting_kit *k = meeting_kit_load_dir(CONTENT, bundled->catalogue, &d);
	print_diags(&d);
	assert_non_null(k);
	assert_true(meeting_kit_check(k, bundled->catalogue, &d));
	print_diags(&d);
	assert_int_equal(diag_count(&d), 0);
	/* the eight methods of issue 17, each with phases and minutes */
	const char *const need[] = {"incidentmethode", "roddelmethode",	 "balint",
				    "socratisch",      "kernkwadranten", "alact",
				    "waarderend",      "vijfstappen"};
	for (size_t i = 0; i < 8; i++) {
		const struct meeting_method *m = meeting_kit_method(k, need[i]);
		assert_non_null(m);
		assert_true(m->n_phases >= 2);
		assert_string_equal(m->source.ref, "algemeen");
		for (size_t p = 0; p < m->n_phases; p++)
			assert_true(m->phases[p].minutes >= 1 && m->phases[p].n_questions >= 1);
	}
	/* a card per practice and per dimension of the three themes */
	for (size_t p = 0; p < bundled->catalogue->n_practices; p++)
		assert_non_null(meeting_kit_card(k, bundled->catalogue->practices[p].id));
	const char *const dims[] = {"VIS.A1", "VIS.A8", "CON.C1", "CON.C10", "WEE.W1", "WEE.W6"};
	for (size_t i = 0; i < 6; i++) {
		const struct meeting_card *c = meeting_kit_card(k, dims[i]);
		assert_non_null(c);
		assert_int_equal(c->kind, CARD_DIMENSION);
		assert_true(c->n_questions >= 2 && c->n_questions <= 3);
		assert_non_null(c->deepening);
		/* a full reference for readers, never a file code */
		char ref[512];
		content_source_format(&c->source, ref, sizeof(ref));
		assert_null(strstr(ref, ".txt"));
		assert_true(strlen(ref) > 20);
	}
	const struct meeting_card *a1 = meeting_kit_card(k, "VIS.A1");
	assert_string_equal(meeting_card_question(a1, (unsigned)a1->n_questions + 1),
			    a1->deepening);
	assert_null(meeting_card_question(a1, 0));
	assert_null(meeting_card_question(a1, (unsigned)a1->n_questions + 2));
	meeting_kit_destroy(k);
	diag_finish(&d);
}

/* The bundled kit with one change made by fn, loaded; the messages of the
 * load (load false) or of the check. */
static void expect_finding(void (*fn)(cJSON *root), bool load, const char *needle)
{
	char *text = kit_text();
	cJSON *root = cJSON_Parse(text);
	free(text);
	assert_non_null(root);
	fn(root);
	char *out = cJSON_Print(root);
	cJSON_Delete(root);
	struct diag d;
	diag_init(&d);
	struct meeting_kit *k =
	    meeting_kit_parse("kit.json", out, strlen(out), bundled->catalogue, &d);
	free(out);
	if (load) {
		if (k || !diag_has(&d, needle)) {
			print_diags(&d);
			fail_msg("the kit should not load, with \"%s\"", needle);
		}
	} else {
		print_diags(&d);
		assert_non_null(k);
		if (meeting_kit_check(k, bundled->catalogue, &d) || !diag_has(&d, needle)) {
			print_diags(&d);
			fail_msg("spiegel check should find \"%s\"", needle);
		}
	}
	meeting_kit_destroy(k);
	diag_finish(&d);
}

static cJSON *method(cJSON *root, int i)
{
	return cJSON_GetArrayItem(cJSON_GetObjectItem(root, "methods"), i);
}
static cJSON *card(cJSON *root, int i)
{
	return cJSON_GetArrayItem(cJSON_GetObjectItem(root, "cards"), i);
}

static void drop_balint(cJSON *r)
{
	cJSON *ms = cJSON_GetObjectItem(r, "methods");
	for (int i = 0; i < cJSON_GetArraySize(ms); i++)
		if (strcmp(cJSON_GetObjectItem(cJSON_GetArrayItem(ms, i), "id")->valuestring,
			   "balint") == 0)
			cJSON_DeleteItemFromArray(ms, i);
}
static void method_from_seed(cJSON *r)
{
	cJSON *src = cJSON_CreateObject();
	cJSON_AddStringToObject(src, "file", "001_6ff50239769f674f.txt");
	cJSON_AddStringToObject(src, "lines", "1632-1642");
	cJSON_ReplaceItemInObject(method(r, 0), "source", src);
}
static void card_general(cJSON *r)
{
	cJSON *src = cJSON_CreateObject();
	cJSON_AddStringToObject(src, "ref", "algemeen");
	cJSON_ReplaceItemInObject(card(r, 0), "source", src);
}
static void no_question_mark(cJSON *r)
{
	cJSON_ReplaceItemInObject(card(r, 1), "deepening", cJSON_CreateString("Vertel."));
}
static void long_method(cJSON *r)
{
	cJSON *phases = cJSON_GetObjectItem(method(r, 0), "phases");
	for (int i = 0; i < cJSON_GetArraySize(phases); i++)
		cJSON_ReplaceItemInObject(cJSON_GetArrayItem(phases, i), "minutes",
					  cJSON_CreateNumber(60));
}
static void no_practice_card(cJSON *r)
{
	cJSON *cs = cJSON_GetObjectItem(r, "cards");
	for (int i = 0; i < cJSON_GetArraySize(cs); i++)
		if (strcmp(cJSON_GetObjectItem(cJSON_GetArrayItem(cs, i), "id")->valuestring,
			   "leerwerkplaats") == 0)
			cJSON_DeleteItemFromArray(cs, i);
}
static void unknown_practice(cJSON *r)
{
	cJSON_ReplaceItemInObject(card(r, 0), "practice", cJSON_CreateString("regio"));
}
static void one_question(cJSON *r)
{
	cJSON *qs = cJSON_GetObjectItem(card(r, 0), "questions");
	while (cJSON_GetArraySize(qs) > 1)
		cJSON_DeleteItemFromArray(qs, 0);
}
static void four_questions(cJSON *r)
{
	cJSON *qs = cJSON_GetObjectItem(card(r, 0), "questions");
	while (cJSON_GetArraySize(qs) < 4)
		cJSON_AddItemToArray(qs, cJSON_CreateString("Nog een?"));
}
static void one_phase(cJSON *r)
{
	cJSON *phases = cJSON_GetObjectItem(method(r, 0), "phases");
	while (cJSON_GetArraySize(phases) > 1)
		cJSON_DeleteItemFromArray(phases, 0);
}
static void unknown_key(cJSON *r)
{
	cJSON_AddStringToObject(card(r, 2), "vraag", "x");
}
static void dup_card(cJSON *r)
{
	cJSON_ReplaceItemInObject(card(r, 1), "id", cJSON_CreateString("VIS.A1"));
}
static void dup_method(cJSON *r)
{
	cJSON *id = cJSON_GetObjectItem(method(r, 0), "id");
	cJSON_ReplaceItemInObject(method(r, 1), "id", cJSON_CreateString(id->valuestring));
}
static void dup_phase(cJSON *r)
{
	cJSON *phases = cJSON_GetObjectItem(method(r, 0), "phases");
	cJSON *id = cJSON_GetObjectItem(cJSON_GetArrayItem(phases, 0), "id");
	cJSON_ReplaceItemInObject(cJSON_GetArrayItem(phases, 2), "id",
				  cJSON_CreateString(id->valuestring));
}
static void bad_lines(cJSON *r)
{
	cJSON *src = cJSON_GetObjectItem(card(r, 0), "source");
	cJSON_ReplaceItemInObject(src, "lines", cJSON_CreateString("300-400"));
}
static void placeholder(cJSON *r)
{
	cJSON_ReplaceItemInObject(card(r, 0), "title", cJSON_CreateString("Over {kinderen}"));
}
static void future(cJSON *r)
{
	cJSON_ReplaceItemInObject(r, "format", cJSON_CreateString("spiegel-meeting-kit/2"));
}
static void practice_card_named_otherwise(cJSON *r)
{
	cJSON *cs = cJSON_GetObjectItem(r, "cards");
	for (int i = 0; i < cJSON_GetArraySize(cs); i++) {
		cJSON *c = cJSON_GetArrayItem(cs, i);
		if (strcmp(cJSON_GetObjectItem(c, "id")->valuestring, "visie") == 0)
			cJSON_ReplaceItemInObject(c, "practice", cJSON_CreateString("connectief"));
	}
}

static void test_rules(void **state)
{
	/* spiegel check: the kit loads, but a rule of good content fails */
	expect_finding(drop_balint, false, "methode balint ontbreekt");
	expect_finding(method_from_seed, false, "algemene vakkennis");
	expect_finding(card_general, false, "kaart VIS.A1: een gesprekskaart verwijst");
	expect_finding(no_question_mark, false, "vraag 4 eindigt niet op '?'");
	expect_finding(long_method, false, "hoogstens 120");
	expect_finding(no_practice_card, false, "praktijk leerwerkplaats heeft geen gesprekskaart");
	/* the loader refuses */
	expect_finding(unknown_practice, true, "kaart VIS.A1: onbekende praktijk \"regio\"");
	expect_finding(one_question, true, "2 tot 3 vragen");
	expect_finding(four_questions, true, "2 tot 3 vragen");
	expect_finding(one_phase, true, "2 tot 8 fasen");
	expect_finding(unknown_key, true, "onbekende sleutel \"vraag\"");
	/* the label of the element that repeats, the id it repeats */
	expect_finding(dup_card, true, "kaart 2: kaart-id \"VIS.A1\" komt dubbel voor");
	expect_finding(dup_method, true,
		       "methode 2: methode-id \"incidentmethode\" komt dubbel voor");
	expect_finding(dup_phase, true,
		       "methode incidentmethode: fase 3: fase-id \"incident\" komt dubbel voor");
	expect_finding(bad_lines, true, "regels 300-400");
	expect_finding(placeholder, true, "kinderen");
	expect_finding(future, true, "nieuwer");
	expect_finding(practice_card_named_otherwise, true, "een praktijkkaart heet als");
}

static void test_validate(void **state)
{
	struct diag d;
	diag_init(&d);
	struct meeting_kit *k = meeting_kit_load_dir(CONTENT, bundled->catalogue, &d);
	assert_non_null(k);
	static const struct questionnaire q = {.id = "visie", .version = "1"};
	const char *aliases[] = {"Anouk", "Bram"};
	struct intervisie *iv =
	    intervisie_create("20261201-090000-abcdef", "G", &q, aliases, 2, 1764579600, &d);
	assert_non_null(iv);
	assert_int_equal(meeting_add(iv, "2026-12-01", "alact", &d), 0);
	struct meeting *m = &iv->meetings[0];
	assert_true(meeting_tag(m, "VIS.A1", &d));
	assert_true(meeting_set_asked(m, "VIS.A1", 4, true, &d)); /* its deepening question */
	assert_true(meeting_set_step(iv, m, "Anouk", "NS-visie-01", NULL, "", "", &d));
	m->phase = 5; /* ALACT has 5 phases: 5 is "done" */
	assert_true(meeting_validate(iv, k, bundled->catalogue, "g.json", &d));
	print_diags(&d);
	assert_int_equal(diag_count(&d), 0);
	m->phase = 6;
	assert_true(meeting_tag(m, "VIS.A9", &d));
	assert_false(meeting_set_asked(m, "VIS.A1", 5, true, &d)); /* no card has 4 + 1 */
	assert_true(meeting_set_asked(m, "CON.C2", 4, true, &d));  /* C2 has 3 + 1 */
	assert_true(meeting_set_asked(m, "VIS.A3", 4, true, &d));  /* A3 has 2 + 1 */
	assert_true(meeting_set_step(iv, m, "Bram", "NS-nergens-99", NULL, "", "", &d));
	assert_int_equal(meeting_add(iv, "2026-12-08", "intuitie", &d), 1);
	assert_false(meeting_validate(iv, k, bundled->catalogue, "g.json", &d));
	assert_true(diag_has(&d, "g.json: bijeenkomst 1 (1 december 2026): fase 7 bestaat niet"));
	assert_true(diag_has(&d, "geen gesprekskaart \"VIS.A9\""));
	assert_true(diag_has(&d, "\"VIS.A3\" heeft geen vraag 4"));
	assert_false(diag_has(&d, "\"CON.C2\""));
	assert_true(diag_has(&d, "\"NS-nergens-99\" staat niet in de catalogus"));
	assert_true(diag_has(&d, "bijeenkomst 2 (8 december 2026): onbekende methode"));
	intervisie_destroy(iv);
	meeting_kit_destroy(k);
	diag_finish(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_bundled),
	    cmocka_unit_test(test_rules),
	    cmocka_unit_test(test_validate),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
