/* Intervisie: the coach's group record, its file format, import and the
 * markdown record. Uses a tiny content set written by the test, so that the
 * scores can be worked out by hand. */
#include "helpers.h"

#include <sys/stat.h>

#include "spiegel/content.h"
#include "spiegel/intervisie.h"
#include "spiegel/session.h"
#include "spiegel/store.h"

#define SRC                                                                                        \
	"\"source\": {\"file\": \"001.txt\", \"chapter\": \"hoofdstuk 1\", \"authors\": "          \
	"\"Auteur\", \"lines\": \"1-2\"}"

static const char practices_json[] =
    "{\"format\": \"spiegel-practices/1\", \"version\": \"1.0.0\",\n"
    " \"coverage\": {\"min_weight\": 0.5, \"min_items\": 1},\n"
    " \"levels\": [{\"id\": \"laag\", \"name\": \"Ontwikkelpunt\", \"min\": 0},\n"
    "   {\"id\": \"midden\", \"name\": \"In ontwikkeling\", \"min\": 43.75},\n"
    "   {\"id\": \"hoog\", \"name\": \"Sterk\", \"min\": 68.75}],\n"
    " \"domains\": [{\"id\": \"dom\", \"name\": \"Domein\"}],\n"
    " \"qualities\": [{\"id\": \"pk\", \"name\": \"Kwaliteit\", \"description\": \"K.\"}],\n"
    " \"practices\": [\n"
    "  {\"id\": \"visie\", \"name\": \"Visiegestuurd werken\", \"domain\": \"dom\",\n"
    "   \"description\": \"Visie.\", " SRC ",\n"
    "   \"next_steps\": [{\"id\": \"NS-t-01\", \"levels\": [\"laag\", \"midden\", \"hoog\"],\n"
    "     \"title\": \"Stap\", \"text\": \"Doe iets.\", " SRC "}]},\n"
    "  {\"id\": \"partnerschap\", \"name\": \"Partnerschap\", \"domain\": \"dom\",\n"
    "   \"description\": \"Partners.\", " SRC ",\n"
    "   \"next_steps\": [{\"id\": \"NS-t-02\", \"levels\": [\"laag\", \"midden\", \"hoog\"],\n"
    "     \"title\": \"Stap\", \"text\": \"Doe iets.\", " SRC "}]},\n"
    "  {\"id\": \"leeg\", \"name\": \"Niet gevraagd\", \"domain\": \"dom\",\n"
    "   \"description\": \"Geen vragen.\", " SRC ",\n"
    "   \"next_steps\": [{\"id\": \"NS-t-03\", \"levels\": [\"laag\", \"midden\", \"hoog\"],\n"
    "     \"title\": \"Stap\", \"text\": \"Doe iets.\", " SRC "}]}]}\n";

/*
 * Two sections. Weights: M.01 visie 1.0; M.02 (reverse keyed, may be "niet
 * van toepassing") visie 0.5 and partnerschap 0.5; M.03 partnerschap 1.0.
 */
static const char mini_json[] =
    "{\"format\": \"spiegel-questionnaire/1\", \"id\": \"mini\", \"version\": \"1.0.0\",\n"
    " \"title\": \"Mini\", \"intro\": \"Een kleine vragenlijst.\",\n"
    " \"scales\": {\"f\": [\"nooit\", \"zelden\", \"soms\", \"vaak\", \"altijd\"]},\n"
    " \"sections\": [\n"
    "  {\"id\": \"S1\", \"title\": \"Eerste deel\", \"intro\": \"Over visie.\",\n"
    "   \"prompts\": [\"Waar ben je trots op?\", \"Wat wil je leren?\"],\n"
    "   \"items\": [\n"
    "    {\"id\": \"M.01\", \"type\": \"likert\", \"scale\": \"f\", \"text\": \"Vraag een.\",\n"
    "     \"weights\": {\"visie\": 1.0}, " SRC "},\n"
    "    {\"id\": \"M.02\", \"type\": \"likert\", \"scale\": \"f\", \"text\": \"Vraag twee.\",\n"
    "     \"reverse\": true, \"na\": true,\n"
    "     \"weights\": {\"visie\": 0.5, \"partnerschap\": 0.5}, " SRC "},\n"
    "    {\"id\": \"M.R\", \"type\": \"open\", \"text\": \"Vertel eens.\", " SRC "}]},\n"
    "  {\"id\": \"S2\", \"title\": \"Tweede deel\", \"intro\": \"Over partners.\",\n"
    "   \"prompts\": [\"Met wie werk je samen?\"],\n"
    "   \"items\": [\n"
    "    {\"id\": \"M.03\", \"type\": \"likert\", \"scale\": \"f\", \"text\": \"Vraag drie.\",\n"
    "     \"weights\": {\"partnerschap\": 1.0}, " SRC "},\n"
    "    {\"id\": \"M.04\", \"type\": \"choice\", \"text\": \"Sector?\",\n"
    "     \"options\": [{\"value\": \"po\", \"label\": \"primair\"},\n"
    "                 {\"value\": \"vo\", \"label\": \"voortgezet\"}], " SRC "},\n"
    "    {\"id\": \"M.S\", \"type\": \"open\", \"text\": \"Nog iets?\", " SRC "}]}]}\n";

#define ID "20260301-090000-abcdef"
#define NOW 1772355600 /* 2026-03-01T09:00:00Z */

struct fixture {
	char *dir;
	struct content *c;
	const struct questionnaire *q;
};

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof(*f));
	f->dir = make_tmpdir();
	char sub[3000];
	snprintf(sub, sizeof(sub), "%s/content", f->dir);
	assert_int_equal(mkdir(sub, 0700), 0);
	free(write_file(sub, "practices.json", practices_json));
	free(write_file(sub, "mini.json", mini_json));
	struct diag d;
	diag_init(&d);
	f->c = content_load_dir(sub, &d);
	print_diags(&d);
	assert_int_equal(diag_count(&d), 0);
	diag_finish(&d);
	assert_non_null(f->c);
	f->q = content_find(f->c, "mini");
	assert_non_null(f->q);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	content_destroy(f->c);
	rm_tree(f->dir);
	free(f);
	return 0;
}

static struct intervisie *make_group(const struct fixture *f, const char *const *aliases, size_t n)
{
	struct diag d;
	diag_init(&d);
	struct intervisie *iv = intervisie_create(ID, "Groep Noord", f->q, aliases, n, NOW, &d);
	print_diags(&d);
	diag_finish(&d);
	assert_non_null(iv);
	return iv;
}

static void set(struct intervisie *iv, size_t p, const char *item, int v)
{
	assert_true(
	    intervisie_set_answer(iv, p, item, (struct answer){ANSWER_VALUE, v, NULL, NULL}));
}

static void test_create_checks(void **state)
{
	struct fixture *f = *state;
	struct diag d;
	diag_init(&d);
	const char *one[] = {"Anouk"};
	assert_null(intervisie_create(ID, "", f->q, one, 1, NOW, &d));
	assert_diag(&d, "geef de groep een naam");
	diag_clear(&d);
	assert_null(intervisie_create(ID, "Groep", f->q, one, 0, NOW, &d));
	assert_diag(&d, "1 tot 8 deelnemers");
	diag_clear(&d);
	const char *nine[] = {"a", "b", "c", "d", "e", "f", "g", "h", "i"};
	assert_null(intervisie_create(ID, "Groep", f->q, nine, 9, NOW, &d));
	assert_diag(&d, "1 tot 8 deelnemers (nu 9)");
	diag_clear(&d);
	/* the same name twice, once decomposed: equal in NFC */
	const char *dup[] = {"Ja\xc3\xabl", "Jae\xcc\x88l"};
	assert_null(intervisie_create(ID, "Groep", f->q, dup, 2, NOW, &d));
	assert_diag(&d, "staat al in de groep");
	diag_clear(&d);
	const char *ctl[] = {"An\nna"};
	assert_null(intervisie_create(ID, "Groep", f->q, ctl, 1, NOW, &d));
	assert_diag(&d, "zonder stuurtekens");
	diag_clear(&d);
	const char *blank[] = {"   "};
	assert_null(intervisie_create(ID, "Groep", f->q, blank, 1, NOW, &d));
	assert_null(intervisie_create("../x", "Groep", f->q, one, 1, NOW, &d));
	diag_finish(&d);
}

static void test_participants(void **state)
{
	struct fixture *f = *state;
	const char *al[] = {"Anouk Kuiper", "Jae\xcc\x88l"};
	struct intervisie *iv = make_group(f, al, 2);
	/* stored in NFC */
	assert_string_equal(iv->participants[1].alias, "Ja\xc3\xabl");
	assert_int_equal(intervisie_find_participant(iv, "Ja\xc3\xabl"), 1);
	assert_string_equal(iv->participants[0].answers->participant, "Anouk Kuiper");
	struct diag d;
	diag_init(&d);
	char name[8];
	for (int i = 2; i < INTERVISIE_MAX_PARTICIPANTS; i++) {
		snprintf(name, sizeof(name), "P%d", i);
		assert_true(intervisie_add_participant(iv, name, &d));
	}
	assert_false(intervisie_add_participant(iv, "Negen", &d));
	assert_diag(&d, "hoogstens 8 deelnemers");
	diag_clear(&d);
	assert_false(intervisie_rename_participant(iv, 0, "Ja\xc3\xabl", &d));
	assert_diag(&d, "staat al in de groep");
	assert_true(intervisie_rename_participant(iv, 0, "Anouk", &d));
	assert_true(intervisie_rename_participant(iv, 0, "Anouk", &d)); /* itself */
	assert_string_equal(iv->participants[0].answers->participant, "Anouk");
	set(iv, 1, "M.01", 3);
	assert_true(intervisie_remove_participant(iv, 0, &d));
	assert_int_equal(iv->n_participants, 7);
	assert_string_equal(iv->participants[0].alias, "Ja\xc3\xabl");
	assert_int_equal(session_get(iv->participants[0].answers, "M.01").value, 3);
	while (iv->n_participants > 1)
		assert_true(intervisie_remove_participant(iv, iv->n_participants - 1, &d));
	assert_false(intervisie_remove_participant(iv, 0, &d));
	assert_diag(&d, "minstens één deelnemer");
	diag_finish(&d);
	intervisie_destroy(iv);
	intervisie_destroy(NULL);
}

static void test_roundtrip(void **state)
{
	struct fixture *f = *state;
	const char *al[] = {"Anouk Kuiper", "Ja\xc3\xabl", "Bram"};
	struct intervisie *iv = make_group(f, al, 3);
	set(iv, 0, "M.01", 4);
	assert_true(
	    intervisie_set_answer(iv, 1, "M.02", (struct answer){ANSWER_NA, 0, NULL, NULL}));
	assert_true(
	    intervisie_set_answer(iv, 2, "M.04", (struct answer){ANSWER_CHOICE, 0, "vo", NULL}));
	assert_false(
	    intervisie_set_answer(iv, 0, "M.01", (struct answer){ANSWER_VALUE, 6, NULL, NULL}));
	assert_false(
	    intervisie_set_answer(iv, 5, "M.01", (struct answer){ANSWER_VALUE, 3, NULL, NULL}));
	struct diag d;
	diag_init(&d);
	assert_true(
	    intervisie_set_notes(iv, 0, "Twijfelt over de visie.\nCafé-gesprek met Zoë.", &d));
	assert_true(intervisie_set_afspraken(iv, 0, "Voor 1 april: gesprek met het MT.", &d));
	assert_false(intervisie_set_notes(iv, 1, "bel\x07", &d));
	assert_diag(&d, "notities van Ja\xc3\xabl: ongeldige tekst");
	char *big = malloc(INTERVISIE_MAX_TEXT + 2);
	memset(big, 'x', INTERVISIE_MAX_TEXT + 1);
	big[INTERVISIE_MAX_TEXT + 1] = '\0';
	assert_false(intervisie_set_afspraken(iv, 1, big, &d));
	assert_diag(&d, "te lang");
	big[INTERVISIE_MAX_TEXT] = '\0';
	assert_true(intervisie_set_afspraken(iv, 1, big, &d));
	free(big);
	assert_true(intervisie_set_position(iv, "S2"));

	char *dir = NULL;
	struct store st = {.root = f->dir, .sessions = NULL, .io = test_io()};
	assert_true(intervisie_dir(&st, &dir, &d));
	struct stat sb;
	assert_int_equal(stat(dir, &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0700);
	char *path = intervisie_path(dir, iv->id);
	assert_non_null(path);
	assert_true(intervisie_save(iv, path, test_io(), NOW + 60, &d));
	assert_string_equal(iv->updated, "2026-03-01T09:01:00Z");
	assert_int_equal(stat(path, &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0600);

	diag_clear(&d);
	struct intervisie *back = intervisie_load(path, &d);
	print_diags(&d);
	assert_non_null(back);
	assert_string_equal(back->id, ID);
	assert_string_equal(back->name, "Groep Noord");
	assert_string_equal(back->questionnaire, "mini");
	assert_string_equal(back->version, "1.0.0");
	assert_string_equal(back->created, "2026-03-01T09:00:00Z");
	assert_string_equal(back->updated, "2026-03-01T09:01:00Z");
	assert_string_equal(back->position, "S2");
	assert_int_equal(back->n_participants, 3);
	assert_string_equal(back->participants[1].alias, "Ja\xc3\xabl");
	assert_string_equal(back->participants[0].notes,
			    "Twijfelt over de visie.\nCaf\xc3\xa9-gesprek met Zo\xc3\xab.");
	assert_string_equal(back->participants[0].afspraken, "Voor 1 april: gesprek met het MT.");
	assert_int_equal(session_get(back->participants[0].answers, "M.01").value, 4);
	assert_int_equal(session_get(back->participants[1].answers, "M.02").kind, ANSWER_NA);
	assert_string_equal(session_get(back->participants[2].answers, "M.04").text, "vo");
	assert_true(intervisie_validate(back, f->q, &d));
	/* writing it again gives the same text */
	char *a = intervisie_to_json(iv, NULL), *b = intervisie_to_json(back, NULL);
	assert_string_equal(a, b);
	assert_non_null(strstr(a, "\"format\":\t\"spiegel-intervisie/1\""));
	free(a);
	free(b);

	/* the list shows it; a second lock is refused */
	struct intervisie_entry *e;
	size_t n, bad;
	assert_true(intervisie_list(dir, &e, &n, &bad, &d));
	assert_int_equal(n, 1);
	assert_int_equal(bad, 0);
	assert_string_equal(e[0].id, ID);
	assert_string_equal(e[0].name, "Groep Noord");
	assert_int_equal(e[0].participants, 3);
	intervisie_list_free(e, n);
	int fd = intervisie_lock(dir, ID, "host", 42, &d);
	assert_true(fd >= 0);
	assert_int_equal(intervisie_lock(dir, ID, "host", 43, &d), -1);
	assert_diag(&d, "al geopend door proces 42 op host");
	store_unlock(fd);
	fd = intervisie_lock(dir, ID, "host", 43, &d);
	assert_true(fd >= 0);
	store_unlock(fd);

	intervisie_destroy(back);
	intervisie_destroy(iv);
	free(path);
	free(dir);
	diag_finish(&d);
}

/* A valid file with one participant; %s is spliced in at the marked place. */
static const char good_file[] =
    "{\"format\": \"spiegel-intervisie/1\", \"id\": \"" ID "\", \"name\": \"Groep\",\n"
    " \"questionnaire\": {\"id\": \"mini\", \"version\": \"1.0.0\"},\n"
    " \"created\": \"2026-03-01T09:00:00Z\", \"updated\": \"2026-03-01T09:00:00Z\",\n"
    " \"participants\": [{\"alias\": \"Anouk\", \"answers\": {\"M.01\": {\"value\": 4}},\n"
    "   \"notes\": \"\", \"afspraken\": \"\"}]}\n";

static void expect_bad(const char *from, const char *to, const char *msg)
{
	char text[4096];
	const char *at = strstr(good_file, from);
	assert_non_null(at);
	snprintf(text, sizeof(text), "%.*s%s%s", (int)(at - good_file), good_file, to,
		 at + strlen(from));
	struct diag d;
	diag_init(&d);
	struct intervisie *iv = intervisie_parse("groep.json", text, strlen(text), &d);
	if (iv)
		fail_msg("accepted: %s", text);
	if (!diag_has(&d, msg) || !diag_has(&d, "groep.json")) {
		print_diags(&d);
		fail_msg("no diagnostic names the file and contains \"%s\"", msg);
	}
	diag_finish(&d);
}

/* Session files and intervisie files hold answers in one format, read by
 * one parser (session_answers.c): every answer object below is accepted by
 * both or refused by both, with the same message after the place. */
static void test_answers_one_format(void **state)
{
	static const struct {
		const char *answer, *error; /* error NULL: accepted */
	} cases[] = {
	    {"{\"value\": 4}", NULL},
	    {"{\"na\": true}", NULL},
	    {"{\"choice\": \"po\"}", NULL},
	    {"{\"text\": \"Tekst\", \"shared\": true}", NULL},
	    {"{\"text\": \"\"}", NULL},
	    {"{\"most\": \"a\"}", NULL},
	    {"{\"most\": \"a\", \"least\": \"b\"}", NULL},
	    {"{\"value\": 6}", "\"value\" moet een geheel getal van 1 tot 5 zijn"},
	    {"{\"value\": \"4\"}", "\"value\" moet een geheel getal van 1 tot 5 zijn"},
	    {"{\"na\": false}", "\"na\" moet true zijn"},
	    {"{\"choice\": 3}", "\"choice\" moet een tekst zijn"},
	    {"{\"text\": \"x\", \"shared\": 1}", "\"shared\" moet true of false zijn"},
	    {"{\"value\": 4, \"shared\": true}", "precies een sleutel"},
	    {"{\"least\": \"a\"}", "precies een sleutel"},
	    {"{}", "precies een sleutel"},
	    {"{\"score\": 2}", "onbekende soort antwoord \"score\""},
	    {"{\"value\": 4, \"extra\": 1}", "onbekende sleutel \"extra\""},
	    {"{\"most\": 1}", "\"most\" en \"least\" moeten teksten zijn"},
	    {"{\"most\": \"a\", \"least\": \"a\"}", "ongeldig antwoord"},
	    {"4", "een antwoord is een object"},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char sess[1024], grp[1024];
		snprintf(sess, sizeof(sess),
			 "{\"format\": \"spiegel-session/1\", \"id\": \"20260301-090000-abcdef\",\n"
			 " \"questionnaire\": {\"id\": \"mini\", \"version\": \"1.0.0\"},\n"
			 " \"participant\": \"\", \"created\": \"2026-03-01T09:00:00Z\",\n"
			 " \"updated\": \"2026-03-01T09:00:00Z\", \"finished\": false,\n"
			 " \"answers\": {\"M.01\": %s}}\n",
			 cases[i].answer);
		snprintf(grp, sizeof(grp),
			 "{\"format\": \"spiegel-intervisie/1\", \"id\": \"" ID
			 "\", \"name\": \"G\",\n"
			 " \"questionnaire\": {\"id\": \"mini\", \"version\": \"1.0.0\"},\n"
			 " \"created\": \"2026-03-01T09:00:00Z\", \"updated\": "
			 "\"2026-03-01T09:00:00Z\",\n"
			 " \"participants\": [{\"alias\": \"A\", \"answers\": {\"M.01\": %s}}]}\n",
			 cases[i].answer);
		struct diag ds, dg;
		diag_init(&ds);
		diag_init(&dg);
		struct session *s = session_parse("s.json", sess, strlen(sess), &ds);
		struct intervisie *iv = intervisie_parse("g.json", grp, strlen(grp), &dg);
		if (!cases[i].error) {
			print_diags(&ds);
			print_diags(&dg);
			assert_non_null(s);
			assert_non_null(iv);
			struct answer a = session_get(s, "M.01"),
				      b = session_get(iv->participants[0].answers, "M.01");
			assert_int_equal(a.kind, b.kind);
			assert_int_equal(a.value, b.value);
			assert_int_equal(session_is_shared(s, "M.01"),
					 session_is_shared(iv->participants[0].answers, "M.01"));
		} else {
			assert_null(s);
			assert_null(iv);
			char want_s[256], want_g[256];
			snprintf(want_s, sizeof(want_s), "s.json: antwoord M.01: ");
			snprintf(want_g, sizeof(want_g), "g.json: deelnemer 1: antwoord M.01: ");
			assert_int_equal(diag_count(&ds), 1);
			assert_int_equal(diag_count(&dg), 1);
			const char *ms = diag_msg(&ds, 0), *mg = diag_msg(&dg, 0);
			if (strncmp(ms, want_s, strlen(want_s)) != 0 ||
			    strncmp(mg, want_g, strlen(want_g)) != 0 ||
			    strcmp(ms + strlen(want_s), mg + strlen(want_g)) != 0 ||
			    !strstr(ms, cases[i].error))
				fail_msg("%s: \"%s\" and \"%s\"", cases[i].answer, ms, mg);
		}
		session_destroy(s);
		intervisie_destroy(iv);
		diag_finish(&ds);
		diag_finish(&dg);
	}
}

static void test_parse_strict(void **state)
{
	struct diag d;
	diag_init(&d);
	struct intervisie *iv = intervisie_parse("groep.json", good_file, strlen(good_file), &d);
	print_diags(&d);
	assert_non_null(iv);
	intervisie_destroy(iv);
	diag_finish(&d);

	expect_bad("\"name\"", "\"naam\": 1, \"name\"", "onbekende sleutel \"naam\"");
	/* a key spelled with an escape is the same key (issue 11) */
	expect_bad("\"name\"", "\"n\\u0061me\": \"X\", \"name\"",
		   "sleutel \"name\" komt dubbel voor");
	expect_bad("\"M.01\": {\"value\": 4}", "\"M.01\": {\"value\": 4, \"v\\u0061lue\": 3}",
		   "sleutel \"value\" komt dubbel voor");
	/* an alias with a bidi override or a zero-width character */
	expect_bad("\"Anouk\"", "\"An\\u202eouk\"", "deelnemer 1");
	expect_bad("\"Anouk\"", "\"An\\u200bouk\"", "deelnemer 1");
	expect_bad("\"notes\"", "\"notitie\": \"\", \"notes\"",
		   "deelnemer 1: onbekende sleutel \"notitie\"");
	expect_bad("{\"value\": 4}", "{\"value\": 4, \"extra\": 1}",
		   "antwoord M.01: onbekende sleutel \"extra\"");
	expect_bad("\"Anouk\"", "\"An\\u0007ouk\"", "stuurteken");
	expect_bad("\"Anouk\"", "\"   \"", "deelnemer 1: \"   \": een naam is niet leeg");
	expect_bad("\"Anouk\"", "\"\"", "\"alias\" is leeg");
	expect_bad("{\"value\": 4}", "{\"value\": 6}", "geheel getal van 1 tot 5");
	expect_bad("{\"value\": 4}", "{\"value\": 0}", "geheel getal van 1 tot 5");
	expect_bad("{\"value\": 4}", "{\"value\": 2.5}", "geheel getal van 1 tot 5");
	expect_bad("{\"value\": 4}", "{\"value\": \"4\"}", "geheel getal van 1 tot 5");
	expect_bad("{\"value\": 4}", "{\"value\": 4, \"na\": true}", "precies een sleutel");
	expect_bad("{\"value\": 4}", "{\"most\": \"a\", \"least\": \"a\"}", "ongeldig antwoord");
	expect_bad("\"M.01\"", "\"M/01\"", "ongeldige item-id");
	expect_bad("spiegel-intervisie/1", "spiegel-intervisie/3", "nieuwer of onbekend");
	expect_bad("spiegel-intervisie/1", "spiegel-session/1", "geen intervisiegroep");
	expect_bad("\"" ID "\"", "\"../etc\"", "ongeldige groeps-id");
	expect_bad("2026-03-01T09:00:00Z\", \"updated", "gisteren\", \"updated",
		   "\"created\" is geen tijdstip");
	expect_bad("\"notes\": \"\"", "\"notes\": 5", "\"notes\" moet een tekst zijn");
	expect_bad("\"participants\": [",
		   "\"participants\": [{\"alias\": \"Anouk\", \"answers\": {}},",
		   "staat al in de groep");
	expect_bad("{\"alias\"", "7, {\"alias\"", "deelnemer 1: moet een object");
	expect_bad("\"participants\": [{\"alias\": \"Anouk\", \"answers\": {\"M.01\": {\"value\": "
		   "4}},\n   \"notes\": \"\", \"afspraken\": \"\"}]",
		   "\"participants\": []", "1 tot 8 deelnemers bevatten (nu 0)");
	expect_bad("\"version\": \"1.0.0\"", "\"version\": \"1.0.0\", \"titel\": \"x\"",
		   "questionnaire: onbekende sleutel \"titel\"");
	expect_bad("\"created\"", "\"position\": \"../x\", \"created\"", "geen deel-id");
	/* nine participants */
	char nine[8192] = "";
	char *p = nine;
	p += sprintf(p, "{\"format\": \"spiegel-intervisie/1\", \"id\": \"" ID "\", \"name\": "
			"\"G\", \"questionnaire\": {\"id\": \"mini\", \"version\": \"1\"}, "
			"\"created\": \"2026-03-01T09:00:00Z\", \"updated\": "
			"\"2026-03-01T09:00:00Z\", \"participants\": [");
	for (int i = 0; i < 9; i++)
		p += sprintf(p, "%s{\"alias\": \"P%d\", \"answers\": {}}", i ? ", " : "", i);
	sprintf(p, "]}");
	diag_init(&d);
	assert_null(intervisie_parse("negen.json", nine, strlen(nine), &d));
	assert_diag(&d, "negen.json: \"participants\" moet 1 tot 8 deelnemers bevatten (nu 9)");
	diag_finish(&d);
}

static struct session *own_session(const struct fixture *f)
{
	struct session *s = session_create("20260220-100000-123456", f->q, "Bram de Boer", NOW);
	assert_non_null(s);
	assert_true(session_set(s, "M.01", (struct answer){ANSWER_VALUE, 5, NULL, NULL}));
	assert_true(session_set(s, "M.02", (struct answer){ANSWER_NA, 0, NULL, NULL}));
	assert_true(session_set(s, "M.04", (struct answer){ANSWER_CHOICE, 0, "po", NULL}));
	assert_true(session_set(s, "M.R", (struct answer){ANSWER_TEXT, 0, "GEHEIM-privé", NULL}));
	assert_true(
	    session_set(s, "M.S", (struct answer){ANSWER_TEXT, 0, "Dit mag de groep zien.", NULL}));
	assert_true(session_set_shared(s, "M.S", true));
	return s;
}

static void test_import(void **state)
{
	struct fixture *f = *state;
	const char *al[] = {"Anouk", "Bram"};
	struct intervisie *iv = make_group(f, al, 2);
	set(iv, 1, "M.03", 2); /* replaced by the import */
	struct diag d;
	diag_init(&d);
	struct session *s = own_session(f);
	struct intervisie_import_info info;

	/* another version or questionnaire: refused, nothing changes */
	free(s->version);
	s->version = strdup("2.0.0");
	assert_false(intervisie_import_session(iv, 1, f->q, s, &info, &d));
	assert_diag(&d, "antwoorden op \"mini\" versie 2.0.0; de groep gebruikt \"mini\" versie "
			"1.0.0.");
	free(s->version);
	s->version = strdup("1.0.0");
	free(s->questionnaire);
	s->questionnaire = strdup("visie");
	diag_clear(&d);
	assert_false(intervisie_import_session(iv, 1, f->q, s, &info, &d));
	assert_diag(&d, "Alleen antwoorden op dezelfde vragenlijst");
	assert_int_equal(session_get(iv->participants[1].answers, "M.03").value, 2);
	free(s->questionnaire);
	s->questionnaire = strdup("mini");

	/* a session: the private open answer stays out */
	diag_clear(&d);
	assert_true(intervisie_import_session(iv, 1, f->q, s, &info, &d));
	assert_int_equal(info.answers, 4);
	assert_int_equal(info.shared, 1);
	assert_int_equal(info.withheld, 1);
	const struct session *got = iv->participants[1].answers;
	assert_int_equal(session_get(got, "M.03").kind, ANSWER_NONE);
	assert_int_equal(session_get(got, "M.01").value, 5);
	assert_int_equal(session_get(got, "M.02").kind, ANSWER_NA);
	assert_string_equal(session_get(got, "M.04").text, "po");
	assert_int_equal(session_get(got, "M.R").kind, ANSWER_NONE);
	assert_true(session_is_shared(got, "M.S"));
	assert_string_equal(got->participant, "Bram"); /* the alias, not the name */
	assert_string_equal(iv->participants[1].imported, "20260220-100000-123456");
	char *json = intervisie_to_json(iv, NULL);
	assert_null(strstr(json, "GEHEIM"));
	assert_non_null(strstr(json, "Dit mag de groep zien."));
	free(json);

	/* a hand-in file, read from disk */
	size_t len;
	char *text = session_export(s, "B.", NOW, &len, NULL);
	assert_non_null(text);
	assert_null(strstr(text, "GEHEIM"));
	char *path = write_file(f->dir, "handin.json", text);
	free(text);
	assert_true(intervisie_import_file(iv, 0, f->q, path, &info, &d));
	print_diags(&d);
	assert_int_equal(info.answers, 4);
	assert_int_equal(info.withheld, 1);
	assert_int_equal(session_get(iv->participants[0].answers, "M.01").value, 5);
	free(path);

	/* an answer that does not fit the questionnaire */
	assert_true(session_set(s, "M.04", (struct answer){ANSWER_CHOICE, 0, "mbo", NULL}));
	assert_false(intervisie_import_session(iv, 0, f->q, s, &info, &d));
	assert_diag(&d, "past niet bij de vraag");
	/* a missing file */
	diag_clear(&d);
	assert_false(intervisie_import_file(iv, 0, f->q, "/nonexistent/x.json", &info, &d));
	assert_diag(&d, "/nonexistent/x.json");
	session_destroy(s);
	diag_finish(&d);
	intervisie_destroy(iv);
}

/*
 * The scores by hand. A likert answer v counts as v, or 6 - v when reverse
 * keyed (M.02); practice mean = sum(w * v) / sum(w); score = (mean - 1) * 25.
 *
 * Anouk Kuiper: M.01 = 4, M.02 = 2 (counts 4), M.03 = 3
 *   visie        (1.0 * 4 + 0.5 * 4) / 1.5 = 4          -> 75.0
 *   partnerschap (0.5 * 4 + 1.0 * 3) / 1.5 = 3.3333...  -> 58.333... -> 58.3
 * Jaël: M.01 = 2, M.02 = niet van toepassing, M.03 = 5
 *   visie        2 / 1                                  -> 25.0
 *   partnerschap 5 / 1                                  -> 100.0
 * Bram: M.01 = 5, M.02 = 1 (counts 5), no M.03
 *   visie        (5 + 2.5) / 1.5 = 5                    -> 100.0
 *   partnerschap 2.5 / 0.5 = 5                          -> 100.0
 * Dewi: no answers -> no scores ("–")
 * Group (mean of the participants with a score):
 *   visie        (75 + 25 + 100) / 3 = 66.666...        -> 66.7
 *   partnerschap (58.333... + 100 + 100) / 3 = 86.11... -> 86.1
 * "Niet gevraagd" has no items: no row.
 */
static void test_markdown(void **state)
{
	struct fixture *f = *state;
	const char *al[] = {"Anouk Kuiper", "Ja\xc3\xabl", "Bram", "Dewi | D."};
	struct intervisie *iv = make_group(f, al, 4);
	set(iv, 0, "M.01", 4);
	set(iv, 0, "M.02", 2);
	set(iv, 0, "M.03", 3);
	set(iv, 1, "M.01", 2);
	assert_true(
	    intervisie_set_answer(iv, 1, "M.02", (struct answer){ANSWER_NA, 0, NULL, NULL}));
	set(iv, 1, "M.03", 5);
	set(iv, 2, "M.01", 5);
	set(iv, 2, "M.02", 1);
	assert_true(intervisie_set_answer(
	    iv, 2, "M.S", (struct answer){ANSWER_TEXT, 0, "Samen met de wijk.", NULL}));
	assert_true(session_set_shared(iv->participants[2].answers, "M.S", true));
	struct diag d;
	diag_init(&d);
	assert_true(intervisie_set_notes(iv, 0, "Eerste regel.\nTweede regel.", &d));
	assert_true(intervisie_set_afspraken(iv, 1, "Gesprek met het bestuur plannen.", &d));
	diag_finish(&d);

	struct intervisie_scores sc;
	assert_true(intervisie_scores_compute(iv, f->c->catalogue, f->q, &sc));
	assert_int_equal(sc.n_participants, 4);
	assert_true(sc.has[0 * 4 + 0]);
	assert_float_equal(sc.score[0 * 4 + 0], 75.0, 1e-9);
	/* scores as shown (175 / 3 = 58.33 -> 58.3); the group mean is the mean of
	 * those, rounded exactly: (750 + 250 + 1000) / 3 = 666.7 tenths -> 66.7,
	 * (583 + 1000 + 1000) / 3 = 861 tenths -> 86.1 */
	assert_float_equal(sc.score[1 * 4 + 0], 58.3, 1e-9);
	assert_false(sc.has[0 * 4 + 3]);
	assert_int_equal(sc.n[0], 3);
	assert_float_equal(sc.mean[0], 66.7, 1e-9);
	assert_float_equal(sc.mean[1], 86.1, 1e-9);
	assert_false(sc.has_mean[2]);
	intervisie_scores_finish(&sc);

	size_t len;
	char *md = intervisie_markdown(iv, f->c->catalogue, f->q, &len);
	assert_non_null(md);
	assert_int_equal(strlen(md), len);
	static const char *const want[] = {
	    "# Intervisie: Groep Noord\n",
	    "- Vragenlijst: Mini (`mini`, versie 1.0.0)\n",
	    "- Datum: 1 maart 2026 (laatst bijgewerkt 1 maart 2026 ",
	    "- Deelnemers (4): Anouk Kuiper, Ja\xc3\xabl, Bram, Dewi \\| D.\n",
	    "| Praktijk | Anouk Kuiper | Ja\xc3\xabl | Bram | Dewi \\| D. | Groep |\n"
	    "|---|---:|---:|---:|---:|---:|\n"
	    "| Visiegestuurd werken | 75,0 | 25,0 | 100,0 | – | 66,7 |\n"
	    "| Partnerschap | 58,3 | 100,0 | 100,0 | – | 86,1 |\n",
	    "### Eerste deel\n\n- Waar ben je trots op?\n- Wat wil je leren?\n",
	    "### Tweede deel\n\n- Met wie werk je samen?\n",
	    "**Bram** deelde bij \"Nog iets?\":\n\n> Samen met de wijk.\n",
	    "### Anouk Kuiper\n\n3 van 6 vragen beantwoord.\n\n**Notities**\n\nEerste regel.  \n"
	    "Tweede regel.\n\n**Afspraken**\n\n_Geen afspraken._\n",
	    "**Afspraken**\n\nGesprek met het bestuur plannen.\n",
	};
	for (size_t i = 0; i < sizeof(want) / sizeof(want[0]); i++)
		if (!strstr(md, want[i]))
			fail_msg("markdown lacks:\n%s\n--- markdown ---\n%s", want[i], md);
	assert_null(strstr(md, "Niet gevraagd"));
	free(md);

	char name[128];
	free(iv->name);
	iv->name = strdup("Groep Noord-Oost, Ja\xc3\xabl & Zo\xc3\xab!");
	intervisie_filename(iv, "2026-03-01", name, sizeof(name));
	assert_string_equal(name, "intervisie-groep-noord-oost-jael-zoe-2026-03-01.md");
	free(iv->name);
	iv->name = strdup("***");
	intervisie_filename(iv, "2026-03-01", name, sizeof(name));
	assert_string_equal(name, "intervisie-groep-2026-03-01.md");
	/* a name that says "intervisie" itself: never twice (issue 11, 22) */
	static const char *const named[][2] = {
	    {"Intervisie Noord", "intervisie-noord-2026-03-01.md"},
	    {"Noord: intervisiegroep 2", "noord-intervisiegroep-2-2026-03-01.md"},
	    {"INTERVISIES", "intervisies-2026-03-01.md"},
	    {"Supervisie Noord", "intervisie-supervisie-noord-2026-03-01.md"},
	    {"Groep Intervisie", "groep-intervisie-2026-03-01.md"},
	};
	for (size_t i = 0; i < sizeof(named) / sizeof(named[0]); i++) {
		free(iv->name);
		iv->name = strdup(named[i][0]);
		intervisie_filename(iv, "2026-03-01", name, sizeof(name));
		assert_string_equal(name, named[i][1]);
	}
	intervisie_destroy(iv);
}

/* Where the group disagrees on an item: someone 1 or 2 and someone 4 or 5
 * (answers as given; issue 11, point 23). */
static void test_spread(void **state)
{
	struct fixture *f = *state;
	const char *al[] = {"Anouk", "Bram", "Chris", "Dewi"};
	struct intervisie *iv = make_group(f, al, 4);
	const struct item *m1 = content_find_item(f->q, "M.01");
	const struct item *m2 = content_find_item(f->q, "M.02");
	const struct item *m3 = content_find_item(f->q, "M.03");
	const struct item *m4 = content_find_item(f->q, "M.04");
	struct intervisie_spread sp;
	/* nobody answered */
	assert_false(intervisie_item_spread(iv, m1, &sp));
	assert_false(sp.split);
	/* M.01: 2, 3, 4 -> split, 2 to 4, three participants */
	set(iv, 0, "M.01", 2);
	set(iv, 1, "M.01", 3);
	set(iv, 2, "M.01", 4);
	assert_true(intervisie_item_spread(iv, m1, &sp));
	assert_true(sp.split);
	assert_int_equal(sp.n, 3);
	assert_int_equal(sp.min, 2);
	assert_int_equal(sp.max, 4);
	/* M.02 (reverse keyed): 1 and 3, and niet van toepassing -> no split */
	set(iv, 0, "M.02", 1);
	set(iv, 1, "M.02", 3);
	assert_true(
	    intervisie_set_answer(iv, 2, "M.02", (struct answer){ANSWER_NA, 0, NULL, NULL}));
	assert_true(intervisie_item_spread(iv, m2, &sp));
	assert_false(sp.split);
	assert_int_equal(sp.n, 2);
	assert_int_equal(sp.max, 3);
	/* M.03: 3, 3, 5, 4 -> all on one side: no split */
	set(iv, 0, "M.03", 3);
	set(iv, 1, "M.03", 3);
	set(iv, 2, "M.03", 5);
	set(iv, 3, "M.03", 4);
	assert_true(intervisie_item_spread(iv, m3, &sp));
	assert_false(sp.split);
	assert_int_equal(sp.min, 3);
	/* 1 and 5 */
	set(iv, 1, "M.03", 1);
	assert_true(intervisie_item_spread(iv, m3, &sp));
	assert_true(sp.split);
	/* not a likert item */
	assert_false(intervisie_item_spread(iv, m4, &sp));
	intervisie_destroy(iv);
}

/* Import checks a file before anything changes (issue 11, point 22). */
static void test_import_check(void **state)
{
	struct fixture *f = *state;
	const char *al[] = {"Anouk", "Bram"};
	struct intervisie *iv = make_group(f, al, 2);
	set(iv, 1, "M.03", 2);
	struct session *s = own_session(f);
	struct diag d;
	diag_init(&d);
	struct intervisie_import_info info;
	assert_true(intervisie_import_check(iv, f->q, s, "eigen.json", &info, &d));
	assert_int_equal(info.answers, 4);
	assert_int_equal(info.shared, 1);
	assert_int_equal(info.withheld, 1);
	assert_int_equal(session_get(iv->participants[1].answers, "M.03").value, 2);
	assert_int_equal(session_get(iv->participants[1].answers, "M.01").kind, ANSWER_NONE);
	free(s->version);
	s->version = strdup("2.0.0");
	assert_false(intervisie_import_check(iv, f->q, s, "eigen.json", &info, &d));
	assert_diag(&d, "eigen.json: antwoorden op \"mini\" versie 2.0.0");
	session_destroy(s);
	diag_finish(&d);
	intervisie_destroy(iv);
}

static void put_handin(const struct fixture *f, const char *dir, const char *name, const char *id,
		       const char *alias, int m01)
{
	struct session *s = session_create(id, f->q, "Naam", NOW);
	assert_non_null(s);
	assert_true(session_set(s, "M.01", (struct answer){ANSWER_VALUE, m01, NULL, NULL}));
	size_t len;
	char *text = session_export(s, alias, NOW, &len, NULL);
	assert_non_null(text);
	free(write_file(dir, name, text));
	free(text);
	session_destroy(s);
}

/*
 * A folder of hand-ins, each to the participant with its alias (issue 11,
 * point 23). Group: Anouk (has M.03 = 2), Bram, Chloë, Dewi.
 *   a.json   Anouk, M.01 4     -> Anouk (replacing her answers)
 *   b1.json  Bram, M.01 1  \   two different files for Bram: neither
 *   b2.json  Bram, M.01 2  /
 *   c.json   Chloë (NFD), 3    -> Chloë
 *   c2.json  a copy of c.json  -> counts once
 *   e.json   Eva               -> no such participant
 *   x.json   not a hand-in     -> unreadable
 *   note.txt                   -> not looked at (not .json)
 *   Dewi has no file.
 */
static void test_bulk(void **state)
{
	struct fixture *f = *state;
	const char *al[] = {"Anouk", "Bram", "Chlo\xc3\xab", "Dewi"};
	struct intervisie *iv = make_group(f, al, 4);
	set(iv, 0, "M.03", 2);
	char dir[3000];
	snprintf(dir, sizeof(dir), "%s/inbox", f->dir);
	assert_int_equal(mkdir(dir, 0700), 0);
	put_handin(f, dir, "a.json", "20260220-100000-00000a", "Anouk", 4);
	put_handin(f, dir, "b1.json", "20260220-100000-0000b1", "Bram", 1);
	put_handin(f, dir, "b2.json", "20260220-100000-0000b2", "Bram", 2);
	put_handin(f, dir, "c.json", "20260220-100000-00000c", "Chloe\xcc\x88", 3);
	put_handin(f, dir, "c2.json", "20260220-100000-00000c", "Chlo\xc3\xab", 3);
	put_handin(f, dir, "e.json", "20260220-100000-00000e", "Eva", 5);
	free(write_file(dir, "x.json", "{\"format\": \"iets\"}"));
	free(write_file(dir, "note.txt", "geen json"));
	struct diag d;
	diag_init(&d);
	struct intervisie_bulk b;
	assert_true(intervisie_bulk_plan(iv, f->q, dir, &b, &d));
	assert_int_equal(b.n, 7);
	assert_int_equal(b.ready, 2);
	assert_int_equal(b.replacing, 1);
	/* in name order: a, b1, b2, c, c2, e, x */
	static const char *const names[] = {"a.json",  "b1.json", "b2.json", "c.json",
					    "c2.json", "e.json",  "x.json"};
	static const int who[] = {0, 1, 1, 2, 2, -1, -1};
	static const bool ready[] = {true, false, false, true, false, false, false};
	static const char *const why[] = {NULL,
					  "nog een bestand voor deze deelnemer, naast b2.json",
					  "nog een bestand voor deze deelnemer, naast b1.json",
					  NULL,
					  "een kopie van c.json; telt één keer",
					  "geen deelnemer met de code \"Eva\" in deze groep",
					  "geen leesbaar sessie- of inleverbestand"};
	for (size_t i = 0; i < 7; i++) {
		assert_string_equal(b.v[i].name, names[i]);
		assert_int_equal(b.v[i].participant, who[i]);
		assert_int_equal(b.v[i].s != NULL, ready[i]);
		if (why[i])
			assert_non_null(strstr(b.v[i].problem, why[i]));
		else
			assert_null(b.v[i].problem);
	}
	/* nothing changed yet */
	assert_int_equal(session_get(iv->participants[0].answers, "M.03").value, 2);
	assert_true(intervisie_bulk_apply(iv, f->q, &b, &d));
	intervisie_bulk_finish(&b);
	assert_int_equal(session_get(iv->participants[0].answers, "M.01").value, 4);
	assert_int_equal(session_get(iv->participants[0].answers, "M.03").kind, ANSWER_NONE);
	assert_int_equal(session_count_answered(iv->participants[1].answers, f->q), 0);
	assert_int_equal(session_get(iv->participants[2].answers, "M.01").value, 3);
	assert_string_equal(iv->participants[2].imported, "20260220-100000-00000c");
	assert_int_equal(session_count_answered(iv->participants[3].answers, f->q), 0);
	/* a folder that cannot be read */
	assert_false(intervisie_bulk_plan(iv, f->q, "/nonexistent/inbox", &b, &d));
	assert_diag(&d, "/nonexistent/inbox: map kan niet worden gelezen");
	diag_finish(&d);
	intervisie_destroy(iv);
}

/*
 * The group view kept per meeting (meeting_keep_view) and compared with the
 * latest earlier meeting that kept one. Answers as in test_markdown: visie
 * 66.7 (667 tenths, 3 participants), partnerschap 86.1 (861). Then Bram's
 * M.01 goes from 5 to 3: his visie score (1.0 * 50 + 0.5 * 100) / 1.5 =
 * 66.7, the group (75.0 + 25.0 + 66.7) / 3 = 55.57 -> 556 tenths (the mean
 * of the shown scores, in tenths: 1667 / 3 = 555.7 -> 556); partnerschap
 * stays 861 (Bram's M.02 alone).
 */
static void test_group_view(void **state)
{
	struct fixture *f = *state;
	const char *al[] = {"Anouk Kuiper", "Ja\xc3\xabl", "Bram", "Dewi"};
	struct intervisie *iv = make_group(f, al, 4);
	set(iv, 0, "M.01", 4);
	set(iv, 0, "M.02", 2);
	set(iv, 0, "M.03", 3);
	set(iv, 1, "M.01", 2);
	assert_true(
	    intervisie_set_answer(iv, 1, "M.02", (struct answer){ANSWER_NA, 0, NULL, NULL}));
	set(iv, 1, "M.03", 5);
	set(iv, 2, "M.01", 5);
	set(iv, 2, "M.02", 1);
	struct diag d;
	diag_init(&d);
	assert_int_equal(meeting_add(iv, "2026-03-01", "alact", &d), 0);
	assert_int_equal(meeting_add(iv, "2026-04-01", "alact", &d), 1);
	assert_int_equal(meeting_add(iv, "2026-05-01", "alact", &d), 2);
	assert_true(meeting_keep_view(iv, 0, f->c->catalogue, f->q));
	const struct meeting *m = &iv->meetings[0];
	assert_int_equal(m->n_view, 2); /* "Niet gevraagd" has no score */
	assert_string_equal(m->view[0].practice, "visie");
	assert_int_equal(m->view[0].tenths, 667);
	assert_int_equal(m->view[0].n, 3);
	assert_int_equal(m->view[1].tenths, 861);
	struct meeting_change ch[8];
	size_t n, prev;
	meeting_compare_view(iv, 0, ch, 8, &n, &prev);
	assert_int_equal(n, 0);
	assert_int_equal(prev, 0);
	set(iv, 2, "M.01", 3);
	/* meeting 2 keeps no view: meeting 3 compares with meeting 1 */
	assert_true(meeting_keep_view(iv, 2, f->c->catalogue, f->q));
	meeting_compare_view(iv, 2, ch, 8, &n, &prev);
	assert_int_equal(prev, 1);
	assert_int_equal(n, 2);
	assert_string_equal(ch[0].practice, "visie");
	assert_int_equal(ch[0].before, 667);
	assert_int_equal(ch[0].now, 556);
	assert_int_equal(ch[0].change, -111);
	assert_int_equal(ch[1].change, 0);
	/* kept again: replaced, and it survives the file */
	assert_true(meeting_keep_view(iv, 2, f->c->catalogue, f->q));
	assert_int_equal(iv->meetings[2].n_view, 2);
	size_t len;
	char *json = intervisie_to_json(iv, &len);
	struct intervisie *back = intervisie_parse("g.json", json, len, &d);
	print_diags(&d);
	assert_non_null(back);
	meeting_compare_view(back, 2, ch, 8, &n, &prev);
	assert_int_equal(ch[0].change, -111);
	intervisie_destroy(back);
	free(json);
	diag_finish(&d);
	intervisie_destroy(iv);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_create_checks),      cmocka_unit_test(test_participants),
	    cmocka_unit_test(test_roundtrip),	       cmocka_unit_test(test_parse_strict),
	    cmocka_unit_test(test_answers_one_format), cmocka_unit_test(test_import),
	    cmocka_unit_test(test_markdown),	       cmocka_unit_test(test_spread),
	    cmocka_unit_test(test_import_check),       cmocka_unit_test(test_bulk),
	    cmocka_unit_test(test_group_view),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
