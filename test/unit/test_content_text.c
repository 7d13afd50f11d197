/* Content: the bibliography and source display, sector variants and
 * placeholders, sector-specific copies, questionnaire-specific next steps and
 * the sector of a session. */
#include "helpers.h"

#include "spiegel/content.h"
#include "spiegel/session.h"
#include "spiegel/store.h"

static const char catalogue_json[] =
    "{\"format\": \"spiegel-practices/1\", \"version\": \"1\", \"min_answers\": 1,\n"
    " \"variants\": {\n"
    "  \"leerlingen\": {\"po\": \"leerlingen\", \"vo\": \"leerlingen\", \"mbo\": \"studenten\",\n"
    "                 \"algemeen\": \"leerlingen of studenten\"},\n"
    "  \"medezeggenschap\": {\"po\": \"de MR\", \"vo\": \"de MR\", \"mbo\": \"de OR\",\n"
    "                 \"algemeen\": \"de medezeggenschap\"},\n"
    "  \"uur\": {\"po\": \"één uur\", \"vo\": \"één uur\", \"mbo\": \"één uur\", \"algemeen\": "
    "\"één uur\"}},\n"
    " \"bibliography\": [\n"
    "  {\"id\": \"h1\", \"authors\": \"A & B\", \"title\": \"Eerste\", \"chapter\": \"hoofdstuk "
    "1\",\n"
    "   \"in\": \"Het boek\", \"file\": \"b.txt\", \"lines\": \"1-100\"},\n"
    "  {\"id\": \"h2\", \"authors\": \"C\", \"year\": \"2020\", \"title\": \"Tweede\",\n"
    "   \"kind\": \"whitepaper\", \"file\": \"b.txt\", \"lines\": \"101-200\",\n"
    "   \"sections\": [{\"title\": \"Deel A\", \"lines\": \"110-150\"}]},\n"
    "  {\"id\": \"alg\", \"title\": \"Algemene vakkennis\", \"kind\": \"geen brondocument\"}],\n"
    " \"levels\": [{\"id\": \"laag\", \"name\": \"Laag\", \"min\": 0},\n"
    "            {\"id\": \"hoog\", \"name\": \"Hoog\", \"min\": 50}],\n"
    " \"domains\": [{\"id\": \"dom_a\", \"name\": \"Domein A\"}],\n"
    " \"qualities\": [{\"id\": \"pk_x\", \"name\": \"X\"}],\n"
    " \"practices\": [\n"
    "  {\"id\": \"p1\", \"name\": \"Een\", \"domain\": \"dom_a\", \"description\": \"d\",\n"
    "   \"source\": {\"file\": \"b.txt\", \"lines\": \"1-2\"},\n"
    "   \"next_steps\": [\n"
    "    {\"id\": \"NS-1\", \"levels\": [\"laag\"], \"title\": \"Algemeen\",\n"
    "     \"text\": \"Praat met {leerlingen}.\", \"source\": {\"file\": \"b.txt\", \"lines\": "
    "\"3\"}},\n"
    "    {\"id\": \"NS-2\", \"levels\": [\"laag\", \"hoog\"], \"title\": \"Alleen mini\",\n"
    "     \"text\": \"x\", \"questionnaires\": [\"mini\"], \"source\": {\"ref\": \"alg\"}},\n"
    "    {\"id\": \"NS-3\", \"levels\": [\"laag\"], \"title\": \"Andere\",\n"
    "     \"text\": \"x\", \"questionnaires\": [\"andere\"], \"source\": {\"ref\": \"h2\"}},\n"
    "    {\"id\": \"NS-4\", \"levels\": [\"laag\"], \"title\": \"Ook algemeen\",\n"
    "     \"text\": \"x\", \"source\": {\"ref\": \"h1\", \"lines\": \"7\"}}]}]}\n";

static const char mini_json[] =
    "{\"format\": \"spiegel-questionnaire/1\", \"id\": \"mini\", \"version\": \"1.0.0\",\n"
    " \"title\": \"Mini\", \"intro\": \"Over {leerlingen}.\",\n"
    " \"scales\": {\"f\": [\"nooit\", \"zelden\", \"soms\", \"vaak bij {leerlingen}\", "
    "\"altijd\"]},\n"
    " \"sections\": [{\"id\": \"S1\", \"title\": \"{Leerlingen}\", \"prompts\": [\"Met "
    "{medezeggenschap}?\"],\n"
    "  \"items\": [\n"
    "   {\"id\": \"M.CTX\", \"context\": \"sector\", \"type\": \"choice\", \"text\": \"Sector?\",\n"
    "    \"options\": [{\"value\": \"po\", \"label\": \"po\"}, {\"value\": \"vo\", \"label\": "
    "\"vo\"},\n"
    "                {\"value\": \"mbo\", \"label\": \"mbo\"}, {\"value\": \"anders\", \"label\": "
    "\"anders\"}],\n"
    "    \"source\": {\"file\": \"b.txt\", \"lines\": \"5-9\"}},\n"
    "   {\"id\": \"M.01\", \"type\": \"likert\", \"scale\": \"f\",\n"
    "    \"text\": \"{Medezeggenschap} hoort wat {leerlingen} zeggen.\",\n"
    "    \"help\": \"Over {uur}.\", \"weights\": {\"p1\": 1}, \"reverse\": true,\n"
    "    \"source\": {\"file\": \"b.txt\", \"lines\": \"120-130, 140\"}},\n"
    "   {\"id\": \"M.02\", \"type\": \"choice\", \"text\": \"Wie?\",\n"
    "    \"options\": [{\"value\": \"a\", \"label\": \"{leerlingen}\"}, {\"value\": \"b\", "
    "\"label\": \"wij\"}],\n"
    "    \"source\": {\"ref\": \"alg\"}}]}]}\n";

static char *dir;
static struct catalogue *cat;

static char *replace(const char *text, const char *from, const char *to)
{
	const char *at = strstr(text, from);
	if (!at)
		fail_msg("fixture has no \"%s\"", from);
	size_t n = strlen(text) - strlen(from) + strlen(to) + 1;
	char *s = malloc(n);
	snprintf(s, n, "%.*s%s%s", (int)(at - text), text, to, at + strlen(from));
	return s;
}

static struct catalogue *load_catalogue_text(const char *text, struct diag *d)
{
	char *p = write_file(dir, "practices.json", text);
	struct catalogue *c = content_load_catalogue(p, d);
	free(p);
	return c;
}

static struct questionnaire *load_text(const char *text, struct diag *d)
{
	char *p = write_file(dir, "mini.json", text);
	struct questionnaire *q = content_load_questionnaire(p, cat, d);
	free(p);
	return q;
}

static int setup(void **state)
{
	dir = make_tmpdir();
	struct diag d;
	diag_init(&d);
	cat = load_catalogue_text(catalogue_json, &d);
	print_diags(&d);
	assert_non_null(cat);
	diag_finish(&d);
	return 0;
}

static int teardown(void **state)
{
	content_catalogue_destroy(cat);
	rm_tree(dir);
	return 0;
}

static void format(const struct source_ref *s, const char *want)
{
	char buf[512];
	content_source_format(s, buf, sizeof(buf));
	assert_string_equal(buf, want);
}

/* file + lines find the entry whose range holds them; "ref" names one. */
static void test_sources_resolve(void **state)
{
	assert_int_equal(cat->n_bibliography, 3);
	assert_ptr_equal(content_bib_find(cat, "h2"), &cat->bibliography[1]);
	assert_null(content_bib_find(cat, "h3"));
	const struct next_step *st = cat->practices[0].steps;
	assert_ptr_equal(st[0].source.entry, &cat->bibliography[0]);
	format(&st[0].source, "A & B, 'Eerste', hoofdstuk 1 in Het boek");
	format(&st[1].source, "Algemene vakkennis, geen brondocument");
	format(&st[2].source, "C (2020), 'Tweede', whitepaper");
	format(&st[3].source, "A & B, 'Eerste', hoofdstuk 1 in Het boek");

	struct diag d;
	diag_init(&d);
	struct questionnaire *q = load_text(mini_json, &d);
	print_diags(&d);
	assert_non_null(q);
	/* both ranges lie in section "Deel A" of h2 */
	const struct source_ref *s = &content_find_item(q, "M.01")->source;
	assert_ptr_equal(s->entry, &cat->bibliography[1]);
	assert_int_equal(s->section, 0);
	format(s, "C (2020), 'Tweede', whitepaper, onderdeel 'Deel A'");
	/* never a file name or a line number */
	char buf[512];
	content_source_format(s, buf, sizeof(buf));
	assert_null(strstr(buf, "b.txt"));
	assert_null(strstr(buf, "120"));
	/* a small buffer cuts cleanly */
	content_source_format(s, buf, 5);
	assert_string_equal(buf, "C (2");
	content_questionnaire_destroy(q);
	diag_finish(&d);
}

struct bad_case {
	const char *from, *to, *message;
};

static void run_bad(const char *base, const struct bad_case *cases, size_t n, bool catalogue)
{
	for (size_t i = 0; i < n; i++) {
		char *text = replace(base, cases[i].from, cases[i].to);
		struct diag d;
		diag_init(&d);
		if (catalogue) {
			struct catalogue *c = load_catalogue_text(text, &d);
			if (c)
				fail_msg("catalogue case %zu accepted", i);
		} else {
			struct questionnaire *q = load_text(text, &d);
			if (q)
				fail_msg("case %zu accepted", i);
		}
		assert_diag(&d, cases[i].message);
		diag_finish(&d);
		free(text);
	}
}

/* The misattributions spiegel check catches: lines outside every chapter,
 * lines in two chapters, an unknown file or ref. */
static void test_bad_sources(void **state)
{
	static const struct bad_case cases[] = {
	    {"\"lines\": \"5-9\"", "\"lines\": \"250\"",
	     "item M.CTX: bron: regels 250-250 vallen niet binnen één hoofdstuk"},
	    {"\"lines\": \"5-9\"", "\"lines\": \"90-110\"",
	     "item M.CTX: bron: regels 90-110 vallen niet binnen één hoofdstuk"},
	    {"\"lines\": \"5-9\"", "\"lines\": \"5-9, 150\"",
	     "item M.CTX: bron: regels in twee delen van de bibliografie (h1 en h2)"},
	    {"\"file\": \"b.txt\", \"lines\": \"5-9\"", "\"file\": \"c.txt\", \"lines\": \"5-9\"",
	     "bestand \"c.txt\" staat niet in de bibliografie"},
	    {"\"ref\": \"alg\"", "\"ref\": \"nergens\"",
	     "item M.02: bron: \"ref\": \"nergens\" staat niet in de bibliografie"},
	    {"\"ref\": \"alg\"", "\"ref\": \"alg\", \"lines\": \"3\"",
	     "\"alg\" is geen bronbestand; \"lines\" kan hier niet"},
	    {"\"ref\": \"alg\"", "\"ref\": \"h1\", \"lines\": \"150\"",
	     "regels 150-150 vallen buiten \"h1\" (regels 1-100)"},
	    {"\"ref\": \"alg\"", "\"ref\": \"h1\", \"file\": \"c.txt\"",
	     "\"file\" past niet bij \"ref\": \"h1\""},
	    {"\"lines\": \"5-9\"", "\"lines\": \"9-5\"", "item M.CTX: bron: \"lines\" moet"},
	    {"\"lines\": \"5-9\"", "\"lines\": \"5-\"", "item M.CTX: bron: \"lines\" moet"},
	    {"\"lines\": \"5-9\"", "\"lines\": \"0\"", "item M.CTX: bron: \"lines\" moet"},
	    {"\"ref\": \"alg\"", "\"bron\": 1", "item M.02: bron: \"file\" ontbreekt"},
	};
	run_bad(mini_json, cases, sizeof(cases) / sizeof(cases[0]), false);
}

static void test_bad_bibliography(void **state)
{
	static const struct bad_case cases[] = {
	    {"\"lines\": \"101-200\"", "\"lines\": \"100-200\"",
	     "regels 100-200 overlappen met h1"},
	    {"\"in\": \"Het boek\", \"file\": \"b.txt\", \"lines\": \"1-100\"",
	     "\"in\": \"Het boek\", \"file\": \"b.txt\"", "bibliografie h1: een bron met \"file\""},
	    {"\"title\": \"Algemene vakkennis\"",
	     "\"title\": \"Algemene vakkennis\", \"lines\": "
	     "\"1\"",
	     "bibliografie alg: \"lines\" zonder \"file\""},
	    {"\"lines\": \"110-150\"", "\"lines\": \"90-150\"",
	     "bibliografie h2: deel 1: regels 90-150 vallen buiten de regels 101-200"},
	    {"\"lines\": \"1-100\"", "\"lines\": \"1-50, 60-100\"",
	     "bibliografie h1: \"lines\" moet één bereik zijn"},
	    {"{\"id\": \"alg\", ", "{\"id\": \"h1\", ", "bibliografie h1: id komt dubbel voor"},
	    {"{\"id\": \"alg\", \"title\": \"Algemene vakkennis\", ", "{\"id\": \"alg\", ",
	     "bibliografie alg: \"title\" ontbreekt"},
	    {"\"kind\": \"whitepaper\"", "\"soort\": \"whitepaper\"",
	     "bibliografie h2: onbekende sleutel \"soort\""},
	    {"\"source\": {\"ref\": \"alg\"}", "\"source\": {\"ref\": \"onbekend\"}",
	     "stap NS-2: bron: \"ref\": \"onbekend\" staat niet in de bibliografie"},
	    {"\"source\": {\"file\": \"b.txt\", \"lines\": \"1-2\"}",
	     "\"source\": {\"file\": \"b.txt\", \"lines\": \"99-102\"}",
	     "praktijk p1: bron: regels 99-102 vallen niet binnen één hoofdstuk"},
	};
	run_bad(catalogue_json, cases, sizeof(cases) / sizeof(cases[0]), true);
}

/* Without a bibliography nothing is resolved, and "ref" cannot be used. */
static void test_no_bibliography(void **state)
{
	const char *at = strstr(catalogue_json, " \"bibliography\"");
	const char *end = strstr(catalogue_json, " \"levels\"");
	assert_non_null(at);
	char text[8192];
	snprintf(text, sizeof(text), "%.*s%s", (int)(at - catalogue_json), catalogue_json, end);
	/* the steps cite a "ref": not without a bibliography */
	struct diag d;
	diag_init(&d);
	assert_null(load_catalogue_text(text, &d));
	assert_diag(&d, "stap NS-2: bron: \"ref\" vraagt een \"bibliography\" in de catalogus");
	diag_finish(&d);
}

static void subst(enum sector s, const char *text, const char *want)
{
	char *got = content_subst(cat, s, text);
	assert_non_null(got);
	assert_string_equal(got, want);
	free(got);
}

static void test_placeholders(void **state)
{
	assert_string_equal(content_sector_id(SECTOR_MBO), "mbo");
	assert_null(content_sector_id(N_SECTORS));
	assert_int_equal(content_sector_of("po"), SECTOR_PO);
	assert_int_equal(content_sector_of("mbo"), SECTOR_MBO);
	assert_int_equal(content_sector_of("anders"), SECTOR_ALGEMEEN);
	assert_int_equal(content_sector_of("algemeen"), SECTOR_ALGEMEEN);
	assert_int_equal(content_sector_of(NULL), SECTOR_ALGEMEEN);

	subst(SECTOR_MBO, "Wat {leerlingen} zeggen", "Wat studenten zeggen");
	subst(SECTOR_PO, "Wat {leerlingen} zeggen", "Wat leerlingen zeggen");
	subst(SECTOR_ALGEMEEN, "{leerlingen}", "leerlingen of studenten");
	/* upper-case first letter, also for a non-ASCII first letter */
	subst(SECTOR_MBO, "{Leerlingen} en {medezeggenschap}.", "Studenten en de OR.");
	subst(SECTOR_VO, "{Medezeggenschap} stemt in.", "De MR stemt in.");
	subst(SECTOR_VO, "{Uur}", "Één uur");
	subst(SECTOR_VO, "geen", "geen");
	subst(SECTOR_VO, "", "");
	/* unknown or broken ones stay (the loader rejects them) */
	subst(SECTOR_MBO, "{onbekend} {leerlingen", "{onbekend} {leerlingen");
	subst(SECTOR_MBO, "{{leerlingen}}", "{studenten}");

	char bad[64];
	assert_true(content_text_ok(cat, "Met {leerlingen} en {Medezeggenschap}.", bad, 64));
	assert_true(content_text_ok(cat, "Geen accolades", bad, 64));
	static const struct {
		const char *text, *bad;
	} cases[] = {
	    {"met {leerlingn} erbij", "{leerlingn}"},
	    {"{LEERLINGEN}", "{LEERLINGEN}"},
	    {"open { haakje", "{ haakje"},
	    {"dicht } haakje", "}"},
	    {"{}", "{}"},
	    {"{leerlingen", "{leerlingen"},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		assert_false(content_text_ok(cat, cases[i].text, bad, sizeof(bad)));
		assert_string_equal(bad, cases[i].bad);
	}
}

/* Every user-visible text is checked when it is loaded. */
static void test_bad_placeholders(void **state)
{
	static const struct bad_case q_cases[] = {
	    {"\"text\": \"Wie?\"", "\"text\": \"Wie {leerlinge}?\"",
	     "item M.02: \"text\": onbekende plaatshouder \"{leerlinge}\""},
	    {"\"help\": \"Over {uur}.\"", "\"help\": \"Over {uur.\"",
	     "item M.01: \"help\": losse accolade in \"{uur.\""},
	    {"\"label\": \"wij\"", "\"label\": \"{wij}\"",
	     "item M.02: optie 2: \"label\": onbekende plaatshouder \"{wij}\""},
	    {"\"vaak bij {leerlingen}\"", "\"vaak bij {klas}\"",
	     "schaal f: label: onbekende plaatshouder \"{klas}\""},
	    {"\"Met {medezeggenschap}?\"", "\"Met {mr}?\"",
	     "sectie S1: gespreksvraag: onbekende plaatshouder \"{mr}\""},
	    {"\"title\": \"{Leerlingen}\"", "\"title\": \"{LEERLINGEN}\"",
	     "sectie S1: \"title\": onbekende plaatshouder \"{LEERLINGEN}\""},
	    {"\"intro\": \"Over {leerlingen}.\"", "\"intro\": \"Over } leerlingen.\"",
	     "mini.json: \"intro\": losse accolade"},
	};
	run_bad(mini_json, q_cases, sizeof(q_cases) / sizeof(q_cases[0]), false);
	static const struct bad_case c_cases[] = {
	    {"\"text\": \"Praat met {leerlingen}.\"", "\"text\": \"Praat met {ouders}.\"",
	     "stap NS-1: \"text\": onbekende plaatshouder \"{ouders}\""},
	    {"\"name\": \"Een\"", "\"name\": \"{Een}\"",
	     "praktijk p1: \"name\": onbekende plaatshouder \"{Een}\""},
	    {"\"mbo\": \"de OR\",\n", "", "variant medezeggenschap: \"mbo\" ontbreekt"},
	    {"\"mbo\": \"de OR\"", "\"mbo\": \"{de OR}\"",
	     "variant medezeggenschap: \"mbo\": een variant bevat geen accolades"},
	    {"\"mbo\": \"de OR\"", "\"mbo\": \"de OR\", \"hbo\": \"x\"",
	     "variant medezeggenschap: onbekende sleutel \"hbo\""},
	    {"\"uur\": {", "\"Uur\": {", "variant Uur: een naam is 1 tot 40 kleine letters"},
	    {"\"mbo\": \"de OR\"", "\"mbo\": \"\"", "variant medezeggenschap: \"mbo\" is leeg"},
	};
	run_bad(catalogue_json, c_cases, sizeof(c_cases) / sizeof(c_cases[0]), true);
}

static void test_sector_item(void **state)
{
	struct diag d;
	diag_init(&d);
	struct questionnaire *q = load_text(mini_json, &d);
	assert_non_null(q);
	assert_int_equal(q->sector_item, 0);
	assert_true(q->items[0].sector);
	assert_false(q->items[2].sector);
	content_questionnaire_destroy(q);
	/* without the mark there is no sector question */
	char *text = replace(mini_json, "\"context\": \"sector\", ", "");
	q = load_text(text, &d);
	free(text);
	assert_non_null(q);
	assert_int_equal(q->sector_item, -1);
	content_questionnaire_destroy(q);
	diag_finish(&d);

	static const struct bad_case cases[] = {
	    {"\"context\": \"sector\"", "\"context\": \"fase\"",
	     "item M.CTX: onbekende \"context\" \"fase\" (alleen \"sector\")"},
	    {"{\"value\": \"anders\", \"label\": \"anders\"}",
	     "{\"value\": \"hbo\", \"label\": "
	     "\"hbo\"}",
	     "item M.CTX: een sectorvraag heeft precies de opties"},
	    {"\"type\": \"choice\", \"text\": \"Wie?\"",
	     "\"context\": \"sector\", \"type\": \"choice\", \"text\": \"Wie?\"",
	     "item M.02: een sectorvraag heeft precies de opties"},
	    {"\"id\": \"M.01\", \"type\": \"likert\"",
	     "\"id\": \"M.01\", \"context\": \"sector\", \"type\": \"likert\"",
	     "item M.01: onbekende sleutel \"context\""},
	};
	run_bad(mini_json, cases, sizeof(cases) / sizeof(cases[0]), false);
	/* two sector questions */
	text =
	    replace(mini_json, "   {\"id\": \"M.01\"",
		    "   {\"id\": \"M.CTX2\", \"context\": \"sector\", \"type\": \"choice\", "
		    "\"text\": \"Nog eens?\",\n"
		    "    \"options\": [{\"value\": \"po\", \"label\": \"po\"}, {\"value\": \"vo\", "
		    "\"label\": \"vo\"}, {\"value\": \"mbo\", \"label\": \"mbo\"}, {\"value\": "
		    "\"anders\", \"label\": \"anders\"}], \"source\": {\"ref\": \"alg\"}},\n"
		    "   {\"id\": \"M.01\"");
	diag_init(&d);
	assert_null(load_text(text, &d));
	free(text);
	assert_diag(&d, "item M.CTX2: er is al een sectorvraag (M.CTX)");
	diag_finish(&d);
}

/* A localised copy: same structure, texts for the sector, own memory. */
static void test_localize(void **state)
{
	struct diag d;
	diag_init(&d);
	struct questionnaire *q = load_text(mini_json, &d);
	assert_non_null(q);
	struct catalogue *mc = content_localize_catalogue(cat, SECTOR_MBO);
	struct questionnaire *mq = content_localize_questionnaire(q, cat, mc, SECTOR_MBO);
	assert_non_null(mc);
	assert_non_null(mq);
	/* the originals go first: the copies own everything */
	content_questionnaire_destroy(q);
	assert_string_equal(mq->intro, "Over studenten.");
	assert_string_equal(mq->sections[0].title, "Studenten");
	assert_string_equal(mq->sections[0].prompts[0], "Met de OR?");
	assert_string_equal(mq->items[1].text, "De OR hoort wat studenten zeggen.");
	assert_string_equal(mq->items[1].help, "Over één uur.");
	assert_string_equal(mq->items[1].scale[3], "vaak bij studenten");
	assert_string_equal(mq->items[2].options[0].label, "studenten");
	assert_string_equal(mq->items[2].options[0].value, "a");
	assert_int_equal(mq->n_items, 3);
	assert_int_equal(mq->sector_item, 0);
	assert_int_equal(mq->items[1].weights[0].milli, 1000);
	assert_true(mq->items[1].reverse);
	/* sources point into the copy's bibliography */
	assert_ptr_equal(mq->items[1].source.entry, &mc->bibliography[1]);
	assert_int_equal(mq->items[1].source.section, 0);
	assert_string_equal(mc->practices[0].steps[0].text, "Praat met studenten.");
	assert_ptr_equal(mc->practices[0].steps[0].source.entry, &mc->bibliography[0]);
	assert_string_equal(mc->practices[0].steps[1].questionnaires[0], "mini");
	/* a copy still knows the variants */
	assert_non_null(content_variant_find(mc, "leerlingen"));
	content_questionnaire_destroy(mq);
	content_catalogue_destroy(mc);
	diag_finish(&d);
}

/* Every user-visible text of a content: of the catalogue, and of the
 * questionnaires that only (NULL: all) names, with fn(what, text). */
typedef void (*text_fn)(const char *what, const char *text);

static void visit_named(const struct named *v, size_t n, const char *what, text_fn fn)
{
	for (size_t i = 0; v && i < n; i++) {
		fn(what, v[i].name);
		fn(what, v[i].description);
	}
}

static void visit_texts(const struct content *c, const char *const *only, text_fn fn)
{
	const struct catalogue *k = c->catalogue;
	visit_named(k->qualities, k->n_qualities, "quality", fn);
	visit_named(k->domains, k->n_domains, "domain", fn);
	for (size_t p = 0; p < k->n_practices; p++) {
		fn(k->practices[p].id, k->practices[p].name);
		fn(k->practices[p].id, k->practices[p].description);
		for (size_t i = 0; i < k->practices[p].n_steps; i++) {
			fn(k->practices[p].steps[i].id, k->practices[p].steps[i].title);
			fn(k->practices[p].steps[i].id, k->practices[p].steps[i].text);
		}
	}
	for (size_t i = 0; i < c->n_qs; i++) {
		const struct questionnaire *q = c->qs[i];
		bool listed = !only;
		for (size_t o = 0; only && only[o]; o++)
			listed |= strcmp(only[o], q->id) == 0;
		if (!listed)
			continue;
		fn(q->id, q->title);
		fn(q->id, q->intro);
		for (size_t s = 0; s < q->n_sections; s++) {
			fn(q->id, q->sections[s].title);
			fn(q->id, q->sections[s].intro);
			for (size_t k2 = 0; k2 < q->sections[s].n_prompts; k2++)
				fn(q->id, q->sections[s].prompts[k2]);
		}
		for (size_t j = 0; j < q->n_items; j++) {
			const struct item *it = &q->items[j];
			fn(it->id, it->text);
			fn(it->id, it->help);
			fn(it->id, it->title);
			for (size_t o = 0; o < it->n_options; o++)
				fn(it->id, it->options[o].label);
			for (int l = 0; it->scale && l < CONTENT_SCALE_POINTS; l++)
				fn(it->id, it->scale[l]);
		}
		const struct profile *pf = q->profile;
		if (!pf)
			continue;
		visit_named(pf->approaches, N_APPROACHES, "approach", fn);
		visit_named(pf->steps, N_WSTEPS, "step", fn);
		visit_named(pf->sources, N_WSOURCES, "source", fn);
		for (size_t r = 0; r < pf->n_rules; r++)
			fn(pf->rules[r].id, pf->rules[r].text);
		for (size_t r = 0; r < pf->n_steps_lib; r++) {
			fn(pf->steps_lib[r].id, pf->steps_lib[r].title);
			fn(pf->steps_lib[r].id, pf->steps_lib[r].text);
		}
	}
}

static void no_braces(const char *what, const char *s)
{
	if (s && (strchr(s, '{') || strchr(s, '}')))
		fail_msg("%s still has a brace: %s", what, s);
}

/* The rule steps of a localised copy live in that copy. */
static void check_copy(const struct content *c)
{
	visit_texts(c, NULL, no_braces);
	const struct catalogue *k = c->catalogue;
	for (size_t i = 0; i < c->n_qs; i++) {
		const struct profile *pf = c->qs[i]->profile;
		for (size_t r = 0; pf && r < pf->n_rules; r++) {
			const struct next_step *st = pf->rules[r].step;
			int pi = pf->rules[r].practice;
			if (pi >= 0) {
				const struct practice *pr = &k->practices[pi];
				assert_true(st >= pr->steps && st < pr->steps + pr->n_steps);
			} else {
				assert_true(st >= pf->steps_lib &&
					    st < pf->steps_lib + pf->n_steps_lib);
			}
		}
	}
}

/* What an mbo school leader must never read: pupils of po and vo anywhere,
 * and their teachers except in a name ("lerarenopleidingen") or where a text
 * explains the wording per sector (issue 10, "done when"). */
static void no_po_vo_words(const char *what, const char *s)
{
	static const char *const pupils[] = {"leerling", "Leerling"};
	static const char *const teachers[] = {"leraar",  "Leraar",	"leraren",
					       "Leraren", "leerkracht", "Leerkracht"};
	static const char *const allowed[] = {"lerarenopleiding", "leraren in het po"};
	for (size_t i = 0; s && i < sizeof(pupils) / sizeof(pupils[0]); i++)
		if (strstr(s, pupils[i]))
			fail_msg("%s in mbo reads \"%s\": %s", what, pupils[i], s);
	for (size_t i = 0; s && i < sizeof(teachers) / sizeof(teachers[0]); i++) {
		for (const char *at = strstr(s, teachers[i]); at;
		     at = strstr(at + 1, teachers[i])) {
			bool ok = false;
			for (size_t k = 0; k < sizeof(allowed) / sizeof(allowed[0]); k++)
				ok |= strncmp(at, allowed[k], strlen(allowed[k])) == 0;
			if (!ok)
				fail_msg("%s in mbo reads \"%s\": %s", what, teachers[i], s);
		}
	}
}

static void test_mbo_wording(void **state)
{
	struct diag d;
	diag_init(&d);
	struct content *c = content_load_dir(SRCDIR "/content", &d);
	print_diags(&d);
	assert_non_null(c);
	struct content *mbo = content_localize(c, SECTOR_MBO);
	assert_non_null(mbo);
	visit_texts(mbo, NULL, no_po_vo_words); /* every questionnaire */
	/* and po reads as before: the po forms are the words themselves */
	const struct variant *v = content_variant_find(c->catalogue, "leerlingen");
	assert_string_equal(v->value[SECTOR_PO], "leerlingen");
	assert_string_equal(v->value[SECTOR_VO], "leerlingen");
	assert_string_equal(content_variant_find(c->catalogue, "leraren")->value[SECTOR_PO],
			    "leraren");
	assert_string_equal(content_variant_find(c->catalogue, "klas")->value[SECTOR_PO], "groep");
	content_destroy(mbo);
	content_destroy(c);
	diag_finish(&d);
}

static void test_localize_bundled(void **state)
{
	struct diag d;
	diag_init(&d);
	struct content *c = content_load_dir(SRCDIR "/content", &d);
	print_diags(&d);
	assert_non_null(c);
	assert_int_equal(diag_count(&d), 0);
	for (int s = 0; s < N_SECTORS; s++) {
		struct content *l = content_localize(c, (enum sector)s);
		assert_non_null(l);
		assert_int_equal(l->n_qs, c->n_qs);
		for (size_t i = 0; i < c->n_qs; i++) {
			assert_string_equal(l->qs[i]->id, c->qs[i]->id);
			assert_int_equal(l->qs[i]->n_items, c->qs[i]->n_items);
			for (size_t j = 0; j < c->qs[i]->n_items; j++)
				assert_string_equal(l->qs[i]->items[j].id, c->qs[i]->items[j].id);
		}
		check_copy(l);
		content_destroy(l);
	}
	content_destroy(c);
	diag_finish(&d);
}

/* A step with "questionnaires" is offered only there, and first. */
static void test_step_questionnaires(void **state)
{
	struct diag d;
	diag_init(&d);
	struct questionnaire *q = load_text(mini_json, &d);
	assert_non_null(q);
	const struct practice *p = &cat->practices[0];
	const struct next_step *s = p->steps;
	assert_true(content_step_shown(&s[0], q));
	assert_true(content_step_shown(&s[1], q));
	assert_true(content_step_specific(&s[1], q));
	assert_false(content_step_shown(&s[2], q));
	assert_false(content_step_specific(&s[0], q));
	assert_false(content_step_shown(&s[1], NULL));
	/* level laag (0): NS-2 (for mini), then NS-1 and NS-4; never NS-3 */
	assert_ptr_equal(content_step_nth(p, q, 0, 0), &s[1]);
	assert_ptr_equal(content_step_nth(p, q, 0, 1), &s[0]);
	assert_ptr_equal(content_step_nth(p, q, 0, 2), &s[3]);
	assert_null(content_step_nth(p, q, 0, 3));
	/* level hoog (1): only NS-2 */
	assert_ptr_equal(content_step_nth(p, q, 1, 0), &s[1]);
	assert_null(content_step_nth(p, q, 1, 1));
	assert_null(content_step_nth(p, q, -1, 0));
	/* another questionnaire: the general steps only */
	assert_ptr_equal(content_step_nth(p, NULL, 0, 0), &s[0]);
	assert_ptr_equal(content_step_nth(p, NULL, 0, 1), &s[3]);
	assert_null(content_step_nth(p, NULL, 0, 2));
	content_questionnaire_destroy(q);
	diag_finish(&d);

	static const struct bad_case cases[] = {
	    {"\"questionnaires\": [\"mini\"]", "\"questionnaires\": []",
	     "stap NS-2: \"questionnaires\" is leeg"},
	    {"\"questionnaires\": [\"mini\"]", "\"questionnaires\": [\"Mini!\"]",
	     "stap NS-2: \"questionnaires\" noemt geen geldige vragenlijst-id"},
	    {"\"questionnaires\": [\"mini\"]", "\"questionnaires\": [\"mini\", \"mini\"]",
	     "stap NS-2: \"questionnaires\" noemt \"mini\" dubbel"},
	};
	run_bad(catalogue_json, cases, sizeof(cases) / sizeof(cases[0]), true);
}

/* Which sector a session is shown in. */
static void test_session_sector(void **state)
{
	struct diag d;
	diag_init(&d);
	char *root = malloc(4096);
	snprintf(root, 4096, "%s/data", dir);
	struct store st;
	assert_true(store_open(&st, root, test_io(), &d));
	struct questionnaire *q = load_text(mini_json, &d);
	char *text = replace(mini_json, "\"context\": \"sector\", ", "");
	char *text2 = replace(text, "\"id\": \"mini\"", "\"id\": \"dag\"");
	char *p = write_file(dir, "dag.json", text2);
	struct questionnaire *day = content_load_questionnaire(p, cat, &d);
	print_diags(&d);
	assert_non_null(q);
	assert_non_null(day);
	struct questionnaire *qs[2] = {q, day};
	struct content c = {.dir = dir, .catalogue = cat, .qs = qs, .n_qs = 2};

	struct session *s = session_create("20260101-100000-aaaa", q, "", 1767261600);
	enum sector sec;
	assert_false(session_sector_answer(s, q, &sec));
	assert_int_equal(session_sector(s, q, &st, &c), SECTOR_ALGEMEEN);
	assert_true(session_set(s, "M.CTX", (struct answer){ANSWER_CHOICE, 0, "mbo", NULL}));
	assert_true(session_sector_answer(s, q, &sec));
	assert_int_equal(sec, SECTOR_MBO);
	assert_int_equal(session_sector(s, q, &st, &c), SECTOR_MBO);
	/* a day module without a sector question: the latest session with one */
	struct session *ds = session_create("20260102-100000-bbbb", day, "", 1767348000);
	assert_int_equal(session_sector(ds, day, &st, &c), SECTOR_ALGEMEEN); /* none saved */
	char *sp = store_session_path(&st, s->id);
	assert_true(session_save(s, sp, st.io, 1767261600, &d));
	free(sp);
	assert_int_equal(session_sector(ds, day, &st, &c), SECTOR_MBO);
	assert_int_equal(session_sector(ds, day, NULL, &c), SECTOR_ALGEMEEN);
	/* a later session answered vo: that one counts */
	struct session *s2 = session_create("20260103-100000-cccc", q, "", 1767434400);
	assert_true(session_set(s2, "M.CTX", (struct answer){ANSWER_CHOICE, 0, "vo", NULL}));
	sp = store_session_path(&st, s2->id);
	assert_true(session_save(s2, sp, st.io, 1767434400, &d));
	free(sp);
	assert_int_equal(session_sector(ds, day, &st, &c), SECTOR_VO);
	assert_int_equal(session_latest_sector(&st, &c, s2->id), SECTOR_MBO);
	/* "anders" is algemeen; a hand-in never looks at the store */
	assert_true(session_set(s, "M.CTX", (struct answer){ANSWER_CHOICE, 0, "anders", NULL}));
	assert_int_equal(session_sector(s, q, &st, &c), SECTOR_ALGEMEEN);
	ds->handin = true;
	assert_int_equal(session_sector(ds, day, &st, &c), SECTOR_ALGEMEEN);
	session_destroy(s);
	session_destroy(s2);
	session_destroy(ds);
	content_questionnaire_destroy(q);
	content_questionnaire_destroy(day);
	free(p);
	free(text);
	free(text2);
	store_finish(&st);
	free(root);
	diag_finish(&d);
}

/* spiegel check: a source's own notes agree with its entry; the catalogue
 * keeps a general step per level and names only existing questionnaires. */
static void test_check_sources_and_steps(void **state)
{
	struct diag d;
	diag_init(&d);
	char *t1 = replace(mini_json, "\"lines\": \"120-130, 140\"",
			   "\"authors\": \"A & B\", \"lines\": \"120-130, 140\"");
	char *t2 = replace(t1, "\"lines\": \"5-9\"",
			   "\"chapter\": \"hoofdstuk 2, Tweede\", \"lines\": \"5-9\"");
	struct questionnaire *q = load_text(t2, &d);
	print_diags(&d);
	assert_non_null(q);
	assert_false(content_check_rules(cat, q, &d));
	assert_diag(&d, "mini.json: item M.01: bron noemt de auteurs \"A & B\", maar de regels "
			"120-130, 140 liggen in h2 (C)");
	assert_diag(&d, "mini.json: item M.CTX: bron noemt \"hoofdstuk 2, Tweede\", maar de regels "
			"5-9 liggen in h1 (hoofdstuk 1)");
	content_questionnaire_destroy(q);
	diag_clear(&d);
	/* "Inleiding" for lines in a numbered chapter is a misattribution too */
	char *t3 = replace(mini_json, "\"lines\": \"5-9\"",
			   "\"chapter\": \"Inleiding\", \"lines\": \"5-9\"");
	q = load_text(t3, &d);
	assert_non_null(q);
	content_check_rules(cat, q, &d);
	assert_diag(&d, "item M.CTX: bron noemt \"Inleiding\"");
	diag_clear(&d);
	/* the fixture itself breaks none of these rules */
	struct questionnaire *good = load_text(mini_json, &d);
	assert_non_null(good);
	assert_true(content_check_rules(cat, good, &d));
	assert_int_equal(diag_count(&d), 0);
	diag_clear(&d);

	/* level hoog has only NS-2, which is for mini alone; NS-3 names a
	 * questionnaire that does not exist */
	const struct questionnaire *set[1] = {good};
	assert_false(content_check_catalogue(cat, set, 1, &d));
	assert_diag(
	    &d, "praktijk p1: geen volgende stap voor niveau hoog die in elke vragenlijst past");
	assert_diag(
	    &d,
	    "stap NS-3: \"questionnaires\" noemt \"andere\", maar die vragenlijst bestaat niet");
	assert_false(diag_has(&d, "niveau laag"));
	assert_false(diag_has(&d, "noemt \"mini\""));
	content_questionnaire_destroy(q);
	content_questionnaire_destroy(good);
	free(t1);
	free(t2);
	free(t3);
	diag_finish(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_sources_resolve),  cmocka_unit_test(test_bad_sources),
	    cmocka_unit_test(test_bad_bibliography), cmocka_unit_test(test_no_bibliography),
	    cmocka_unit_test(test_placeholders),     cmocka_unit_test(test_bad_placeholders),
	    cmocka_unit_test(test_sector_item),	     cmocka_unit_test(test_localize),
	    cmocka_unit_test(test_localize_bundled), cmocka_unit_test(test_step_questionnaires),
	    cmocka_unit_test(test_session_sector),   cmocka_unit_test(test_check_sources_and_steps),
	    cmocka_unit_test(test_mbo_wording),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
