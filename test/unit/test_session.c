/* Sessions: answers model and JSON round trip. */
#include "helpers.h"

#include "spiegel/content.h"
#include "spiegel/session.h"
#include "spiegel/store.h"

#include "../../src/core/session_answers.h"

static struct content *content;
static const struct questionnaire *q;

static int setup(void **state)
{
	struct diag d;
	diag_init(&d);
	content = content_load_dir(SRCDIR "/content", &d);
	diag_finish(&d);
	assert_non_null(content);
	q = content_find(content, "visie");
	assert_non_null(q);
	return 0;
}

static int teardown(void **state)
{
	content_destroy(content);
	return 0;
}

static void test_set_get_remove(void **state)
{
	struct session *s = session_create("20260101-101010-aaaaaa", q, "Anna", 1767262210);
	assert_non_null(s);
	assert_string_equal(s->created, "2026-01-01T10:10:10Z");
	assert_int_equal(session_get(s, "VIS.A1.01").kind, ANSWER_NONE);
	assert_true(session_set(s, "VIS.A1.01", (struct answer){ANSWER_VALUE, 4, NULL, NULL}));
	assert_int_equal(session_get(s, "VIS.A1.01").value, 4);
	assert_true(session_set(s, "VIS.A1.01", (struct answer){ANSWER_VALUE, 2, NULL, NULL}));
	assert_int_equal(session_get(s, "VIS.A1.01").value, 2);
	assert_int_equal(s->n_answers, 1);
	assert_false(session_set(s, "VIS.A1.01", (struct answer){ANSWER_VALUE, 6, NULL, NULL}));
	assert_false(session_set(s, "VIS.A1.01", (struct answer){ANSWER_VALUE, 0, NULL, NULL}));
	assert_false(session_set(s, "VIS.A1.R", (struct answer){ANSWER_TEXT, 0, "bad \xff", NULL}));
	assert_true(session_set(s, "VIS.A1.01", (struct answer){ANSWER_NONE, 0, NULL, NULL}));
	assert_int_equal(s->n_answers, 0);
	session_destroy(s);
	session_destroy(NULL);
}

/* Open text and the participant name are stored in NFC: a decomposed "e" +
 * U+0301 becomes the precomposed U+00E9, and both spellings compare equal. */
static void test_nfc(void **state)
{
	struct session *s = session_create("20260101-101010-aaaaaa", q, "Zo\x65\xcc\x88", 0);
	assert_non_null(s);
	assert_string_equal(s->participant, "Zo\xc3\xab");
	assert_true(session_set(s, "VIS.A1.R",
				(struct answer){ANSWER_TEXT, 0,
						"ide\xcc\x81"
						"e en cafe\xcc\x81",
						NULL}));
	assert_string_equal(session_get(s, "VIS.A1.R").text, "id\xc3\xa9\x65 en caf\xc3\xa9");
	assert_true(session_set(s, "VIS.A1.R",
				(struct answer){ANSWER_TEXT, 0,
						"\xc3\xa9\xc3\xa9"
						"n",
						NULL}));
	assert_string_equal(session_get(s, "VIS.A1.R").text, "\xc3\xa9\xc3\xa9"
							     "n");
	session_destroy(s);
}

static void test_first_unanswered(void **state)
{
	struct session *s = session_create("20260101-101010-aaaaaa", q, "", 0);
	assert_int_equal(session_first_unanswered(s, q), 0);
	assert_true(session_set(s, q->items[0].id, (struct answer){ANSWER_CHOICE, 0, "po", NULL}));
	assert_true(
	    session_set(s, q->items[1].id,
			(struct answer){ANSWER_CHOICE, 0, q->items[1].options[0].value, NULL}));
	assert_true(
	    session_set(s, q->items[3].id,
			(struct answer){ANSWER_CHOICE, 0, q->items[3].options[0].value, NULL}));
	assert_int_equal(session_first_unanswered(s, q), 2);
	assert_int_equal(session_count_answered(s, q), 3);
	session_destroy(s);
}

static void test_round_trip(void **state)
{
	struct session *s = session_create("20260101-101010-aaaaaa", q, "Jeroen ë", 0);
	assert_true(session_set(s, "VIS.CTX.01", (struct answer){ANSWER_CHOICE, 0, "vo", NULL}));
	assert_true(session_set(s, "VIS.A1.01", (struct answer){ANSWER_VALUE, 5, NULL, NULL}));
	assert_true(session_set(s, "VIS.A1.04", (struct answer){ANSWER_NA, 0, NULL, NULL}));
	assert_true(session_set(
	    s, "VIS.A1.R", (struct answer){ANSWER_TEXT, 0, "Eén \"citaat\" en een\nregel", NULL}));
	assert_true(session_set_position(s, "VIS.A1.02"));
	s->finished = true;
	session_touch(s, 86400);
	size_t len;
	char *json = session_to_json(s, &len);
	assert_non_null(json);
	assert_int_equal(strlen(json), len);
	struct diag d;
	diag_init(&d);
	struct session *t = session_parse("rt.json", json, len, &d);
	print_diags(&d);
	assert_non_null(t);
	assert_string_equal(t->id, s->id);
	assert_string_equal(t->participant, "Jeroen ë");
	assert_string_equal(t->questionnaire, "visie");
	assert_string_equal(t->version, q->version);
	assert_string_equal(t->updated, "1970-01-02T00:00:00Z");
	assert_string_equal(t->position, "VIS.A1.02");
	assert_true(t->finished);
	assert_int_equal(t->n_answers, 4);
	assert_string_equal(session_get(t, "VIS.CTX.01").text, "vo");
	assert_int_equal(session_get(t, "VIS.A1.01").value, 5);
	assert_int_equal(session_get(t, "VIS.A1.04").kind, ANSWER_NA);
	assert_string_equal(session_get(t, "VIS.A1.R").text, "Eén \"citaat\" en een\nregel");
	assert_true(session_validate(t, q, &d));
	/* serialising again gives the same bytes */
	char *json2 = session_to_json(t, NULL);
	assert_string_equal(json, json2);
	free(json);
	free(json2);
	session_destroy(s);
	session_destroy(t);
	diag_finish(&d);
}

static void expect_bad(const char *text, const char *needle)
{
	struct diag d;
	diag_init(&d);
	struct session *s = session_parse("s.json", text, strlen(text), &d);
	if (s) {
		session_destroy(s);
		fail_msg("accepted: %s", text);
	}
	assert_diag(&d, needle);
	diag_finish(&d);
}

#define HEAD                                                                                       \
	"{\"format\": \"spiegel-session/1\", \"id\": \"20260101-000000-aaaaaa\", "                 \
	"\"questionnaire\": {\"id\": \"visie\", \"version\": \"1.0.0\"}, "                         \
	"\"created\": \"2026-01-01T00:00:00Z\", \"updated\": \"2026-01-01T00:00:00Z\", "

static void test_parse_errors(void **state)
{
	expect_bad("{\"format\": \"spiegel-session/2\"}", "nieuwer");
	expect_bad("{\"format\": \"iets-anders/1\"}", "geen spiegel-sessie");
	expect_bad("[]", "JSON-object");
	expect_bad(HEAD "\"answers\": {\"X\": {\"value\": 6}}}", "antwoord X: \"value\" moet");
	expect_bad(HEAD "\"answers\": {\"X\": {\"value\": 2.5}}}", "geheel getal");
	expect_bad(HEAD "\"answers\": {\"X\": {\"score\": 2}}}", "onbekende soort antwoord");
	expect_bad(HEAD "\"answers\": {\"X\": {\"value\": 2, \"na\": true}}}", "precies een");
	expect_bad(HEAD "\"answers\": []}", "\"answers\" moet een object");
	expect_bad(HEAD "\"answers\": {}, \"extra\": 1}", "onbekende sleutel \"extra\"");
	expect_bad("{\"format\": \"spiegel-session/1\", \"id\": \"../../etc\", "
		   "\"questionnaire\": {\"id\": \"visie\", \"version\": \"1\"}, "
		   "\"created\": \"2026-01-01T00:00:00Z\", \"updated\": \"2026-01-01T00:00:00Z\", "
		   "\"answers\": {}}",
		   "ongeldige sessie-id");
	expect_bad(HEAD "\"answers\": {}, \"created\": \"gisteren\"}", "dubbel");
}

/* The focus the user chose: an optional key, written only when set, read
 * back strictly; old files without it still load; never in a hand-in. */
static void test_focus_key(void **state)
{
	struct diag d;
	diag_init(&d);
	const char *old = HEAD "\"answers\": {}}";
	struct session *s = session_parse("oud.json", old, strlen(old), &d);
	assert_non_null(s);
	assert_int_equal(s->n_focus, 0);
	char *json = session_to_json(s, NULL);
	assert_null(strstr(json, "focus"));
	free(json);
	const char *ids[] = {"visie", "connectief"};
	assert_true(session_set_focus(s, ids, 2));
	json = session_to_json(s, NULL);
	assert_non_null(strstr(json, "\"focus\":\t[\"visie\", \"connectief\"]"));
	struct session *t = session_parse("nieuw.json", json, strlen(json), &d);
	print_diags(&d);
	assert_non_null(t);
	assert_int_equal(t->n_focus, 2);
	assert_string_equal(t->focus[0], "visie");
	assert_string_equal(t->focus[1], "connectief");
	char *again = session_to_json(t, NULL);
	assert_string_equal(json, again);
	free(again);
	char *handin = session_export(t, "A", 0, NULL, NULL);
	assert_null(strstr(handin, "focus"));
	free(handin);
	free(json);
	session_destroy(t);
	session_destroy(s);
	diag_finish(&d);
	expect_bad(HEAD "\"answers\": {}, \"focus\": \"visie\"}", "\"focus\" moet een");
	expect_bad(HEAD "\"answers\": {}, \"focus\": [\"a\", \"b\", \"c\"]}",
		   "\"focus\" is een lijst van hoogstens 2");
	expect_bad(HEAD "\"answers\": {}, \"focus\": [\"a\", \"a\"]}", "verschillende");
	expect_bad(HEAD "\"answers\": {}, \"focus\": [3]}", "praktijk-ids");
	expect_bad(HEAD "\"answers\": {}, \"focus\": [\"../x\"]}", "praktijk-ids");
}

static void test_validate_against_questionnaire(void **state)
{
	struct diag d;
	diag_init(&d);
	const char *t = HEAD "\"answers\": {\"VIS.CTX.01\": {\"choice\": \"kleuterschool\"}, "
			     "\"VIS.A1.01\": {\"na\": true}, \"GONE.01\": {\"value\": 3}}}";
	struct session *s = session_parse("s.json", t, strlen(t), &d);
	assert_non_null(s);
	assert_false(session_validate(s, q, &d));
	assert_diag(&d, "item VIS.CTX.01: antwoord past niet");
	assert_diag(&d, "item VIS.A1.01: antwoord past niet"); /* A1.01 has no n.v.t. */
	assert_false(diag_has(&d, "GONE.01"));		       /* unknown items are ignored */
	session_destroy(s);
	diag_finish(&d);
}

/* A session that would grow past what session_load reads is not written:
 * the old file stays as it was and can still be read (issue 11, point 4). */
static void test_save_limit(void **state)
{
	char *dir = make_tmpdir();
	char path[4200];
	snprintf(path, sizeof(path), "%s/20260101-000000-aaaaaa.json", dir);
	struct session *s = session_create("20260101-000000-aaaaaa", q, "Anna", 0);
	struct diag d;
	diag_init(&d);
	assert_true(session_save(s, path, test_io(), 0, &d));
	char *text = malloc(CONTENT_MAX_OPEN_TEXT + 1);
	memset(text, '"', CONTENT_MAX_OPEN_TEXT); /* 8000 bytes in JSON */
	text[CONTENT_MAX_OPEN_TEXT] = '\0';
	/* long answers, each within the limits, kept from earlier versions of
	 * the questionnaire: 120 fit, 140 do not */
	size_t i = 0;
	for (; i < 120; i++) {
		char id[32];
		snprintf(id, sizeof(id), "OUD.%03zu", i);
		assert_true(session_set(s, id, (struct answer){ANSWER_TEXT, 0, text, NULL}));
	}
	assert_true(session_save(s, path, test_io(), 0, &d));
	struct session *back = session_load(path, &d);
	assert_non_null(back);
	session_destroy(back);
	FILE *f = fopen(path, "rb");
	char *before = calloc(1, SESSION_MAX_FILE + 1);
	size_t nb = fread(before, 1, SESSION_MAX_FILE, f);
	fclose(f);
	for (; i < 140; i++) {
		char id[32];
		snprintf(id, sizeof(id), "OUD.%03zu", i);
		assert_true(session_set(s, id, (struct answer){ANSWER_TEXT, 0, text, NULL}));
	}
	assert_false(session_save(s, path, test_io(), 0, &d));
	assert_diag(&d, "20260101-000000-aaaaaa.json: het bestand zou te groot worden");
	assert_diag(&d, "hoogstens 1.048.576");
	f = fopen(path, "rb");
	char *after = calloc(1, SESSION_MAX_FILE + 2);
	size_t na = fread(after, 1, SESSION_MAX_FILE + 1, f);
	fclose(f);
	assert_int_equal(na, nb);
	assert_memory_equal(after, before, nb);
	free(before);
	free(after);
	free(text);
	session_destroy(s);
	diag_finish(&d);
	rm_tree(dir);
}

/* A hand-in is never saved as one: its private answers were left out, so
 * what is typed into it would be lost (issue 11, point 5). */
static void test_handin_not_saved(void **state)
{
	char *dir = make_tmpdir();
	char path[4200];
	snprintf(path, sizeof(path), "%s/inlever.json", dir);
	struct session *s = session_create("20260101-000000-aaaaaa", q, "Anna", 0);
	assert_true(session_set(s, "VIS.A1.R", (struct answer){ANSWER_TEXT, 0, "privé", NULL}));
	size_t len;
	char *json = session_export(s, "A1", 0, &len, NULL);
	struct diag d;
	diag_init(&d);
	struct session *h = session_parse(path, json, len, &d);
	assert_non_null(h);
	assert_true(h->handin);
	assert_false(session_editable(h, path, &d));
	assert_diag(&d, "inlever.json: is een inleverbestand");
	assert_false(session_save(h, path, test_io(), 0, &d));
	assert_int_equal(access(path, F_OK), -1); /* nothing written */
	assert_true(session_editable(s, path, &d));
	session_destroy(h);
	session_destroy(s);
	free(json);
	diag_finish(&d);
	rm_tree(dir);
}

/* Names and aliases refuse what would make them read as something else:
 * bidi overrides and isolates, zero-width characters (issue 11, point 10). */
static void test_name_refuses_invisible(void **state)
{
	assert_true(session_name_ok("Anna de Vries"));
	assert_true(session_name_ok("Jaël"));
	assert_false(session_name_ok("K\xE2\x80\xAE"
				     "70")); /* U+202E */
	assert_false(session_name_ok("A\xE2\x81\xA6"
				     "B")); /* U+2066 */
	assert_false(session_name_ok("A\xE2\x80\x8B"
				     "B")); /* U+200B */
	assert_false(session_name_ok("A\xE2\x80\x8F"
				     "B")); /* U+200F */
	assert_false(session_name_ok("A\xEF\xBB\xBF"
				     "B")); /* U+FEFF */
	assert_false(session_name_ok("A\x1b[2J"));
	assert_null(session_create("20260101-000000-aaaaaa", q,
				   "K\xE2\x80\xAE"
				   "70",
				   0));
}

/* spiegel check knows whether a questionnaire can make sessions larger than
 * session_load reads: the bundled ones cannot, one with 200 open items can. */
static void test_check_fits(void **state)
{
	struct diag d;
	diag_init(&d);
	for (size_t i = 0; i < content->n_qs; i++) {
		assert_true(session_check_fits(content->qs[i], &d));
		assert_true(session_max_json(content->qs[i]) <= SESSION_MAX_FILE);
	}
	assert_int_equal(diag_count(&d), 0);
	char *dir = make_tmpdir();
	struct tbuf {
		char *p;
		size_t n;
	} b = {malloc(200 * 200 + 1000), 0};
	b.n += (size_t)sprintf(b.p + b.n,
			       "{\"format\": \"spiegel-questionnaire/1\", \"id\": \"open\", "
			       "\"version\": \"1.0.0\", \"title\": \"Open\", \"intro\": \"Veel.\", "
			       "\"sections\": [{\"id\": \"A1\", \"title\": \"A\", \"items\": [");
	for (int i = 1; i <= 200; i++)
		b.n += (size_t)sprintf(b.p + b.n,
				       "%s{\"id\": \"OPN.X.%03d\", \"type\": \"open\", \"text\": "
				       "\"Vraag %d?\", \"source\": {\"ref\": \"algemeen\"}}",
				       i > 1 ? "," : "", i, i);
	sprintf(b.p + b.n, "]}]}\n");
	char *path = write_file(dir, "open.json", b.p);
	struct questionnaire *big = content_load_questionnaire(path, content->catalogue, &d);
	if (!big)
		print_diags(&d);
	assert_non_null(big);
	assert_true(session_max_json(big) > SESSION_MAX_FILE);
	assert_false(session_check_fits(big, &d));
	assert_diag(&d, "open.json: een sessie van deze vragenlijst kan");
	assert_diag(&d, "gebruik minder open vragen");
	content_questionnaire_destroy(big);
	free(path);
	free(b.p);
	diag_finish(&d);
	rm_tree(dir);
}

static bool same_text(const char *a, const char *b)
{
	return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

/* Everything a reader of the session sees. */
static void assert_same_session(const struct session *a, const struct session *b)
{
	assert_string_equal(a->id, b->id);
	assert_true(same_text(a->questionnaire, b->questionnaire));
	assert_true(same_text(a->version, b->version));
	assert_true(same_text(a->participant, b->participant));
	assert_int_equal(a->handin, b->handin);
	assert_int_equal(a->withheld, b->withheld);
	assert_string_equal(a->exported, b->exported);
	assert_string_equal(a->created, b->created);
	assert_string_equal(a->updated, b->updated);
	assert_int_equal(a->finished, b->finished);
	assert_true(same_text(a->position, b->position));
	assert_true(same_text(a->draft_item, b->draft_item));
	assert_int_equal(a->n_focus, b->n_focus);
	assert_int_equal(a->n_answers, b->n_answers);
	for (size_t i = 0; i < a->n_answers; i++) {
		const struct session_answer *x = &a->answers[i], *y = &b->answers[i];
		assert_string_equal(x->item, y->item);
		assert_int_equal(x->kind, y->kind);
		assert_int_equal(x->value, y->value);
		assert_true(same_text(x->text, y->text));
		assert_true(same_text(x->least, y->least));
		assert_int_equal(x->shared, y->shared);
	}
}

/* The quick reading takes the files spiegel writes and gives the session
 * the full reading gives; what it does not take, the full reading reads
 * (with its messages). */
static void test_quick_same_as_full(void **state)
{
	static const char *const taken[] = {
	    HEAD "\"participant\": \"An\", \"finished\": true, \"position\": \"VIS.A1.02\", "
		 "\"answers\": {\"VIS.A1.01\": {\"value\": 4}, \"VIS.A1.04\": {\"na\": true}, "
		 "\"VIS.CTX.01\": {\"choice\": \"po\"}, \"VIS.A1.R\": {\"text\": \"Eén\\nregel "
		 "\\\"zo\\\" \\\\ \\/\", \"shared\": true}}}",
	    /* keys in another order, white space, an empty answers object */
	    "{ \"answers\" : { } ,\n\t\"updated\": \"2026-01-01T00:00:00Z\", \"created\": "
	    "\"2026-01-01T00:00:00Z\", \"questionnaire\": {\"version\": \"1.0.0\", \"id\": "
	    "\"visie\"}, \"id\": \"20260101-000000-aaaaaa\", \"format\": \"spiegel-session/1\" }\n",
	    "{\"format\": \"spiegel-handin/1\", \"id\": \"20260101-000000-bbbbbb\", "
	    "\"questionnaire\": {\"id\": \"weerstand\", \"version\": \"2\"}, \"participant\": "
	    "\"\", \"created\": \"2026-01-01T00:00:00Z\", \"updated\": \"2026-01-01T00:00:00Z\", "
	    "\"exported\": \"2026-01-02T00:00:00Z\", \"finished\": false, \"answers\": "
	    "{\"WS.S1\": {\"most\": \"a\", \"least\": \"b\"}, \"WS.S2\": {\"least\": \"c\", "
	    "\"most\": \"d\"}, \"X.Y\": {\"value\": 3}}, \"withheld\": 2}",
	    /* an answer to the draft's item drops the draft: read the full way */
	    HEAD "\"draft\": {\"item\": \"VIS.A1.R\", \"text\": \"x\"}, \"answers\": "
		 "{\"VIS.A1.R\": {\"text\": \"klaar\"}}}",
	};
	static const char *const refused[] = {
	    HEAD "\"answers\": {\"VIS.A1.01\": {\"value\": 3.0}}}", /* a number as 3.0 */
	    HEAD "\"answers\": {\"\\u0041\": {\"value\": 3}}}",	    /* \u escape */
	    HEAD "\"answers\": {\"A\": {\"value\": 3}, \"A\": {\"value\": 4}}}",
	    HEAD "\"answers\": {\"A\": {\"value\": 6}}}",
	    HEAD "\"answers\": {\"A\": {\"value\": 3, \"na\": true}}}",
	    HEAD "\"answers\": {\"A\": {\"text\": \"x\", \"shared\": 1}}}",
	    HEAD "\"answers\": {\"A\": {\"most\": \"a\", \"least\": \"a\"}}}",
	    HEAD "\"answers\": {\"A\": {\"least\": \"a\"}}}",
	    HEAD "\"answers\": {}, \"withheld\": 1}", /* a hand-in key in a session */
	    HEAD "\"answers\": {}, \"id\": \"20260101-000000-aaaaaa\"}",
	    HEAD "\"answers\": {}} x",
	    HEAD "\"answers\": {}, \"participant\": \"a\\u202eb\"}",
	    HEAD "\"answers\": {}, \"extra\": 1}",
	    "{\"format\": \"spiegel-session/2\"}",
	    HEAD "\"answers\": {\"A\": {\"choice\": \"\xc2\x85\"}}}", /* C1 control */
	};
	struct diag d;
	diag_init(&d);
	for (size_t k = 0; k < sizeof(taken) / sizeof(taken[0]); k++) {
		size_t len = strlen(taken[k]);
		char *scratch = malloc(len + 1);
		struct session *quick = session_parse_quick(taken[k], len, scratch, NULL, NULL);
		struct session *full = session_parse_full("q.json", taken[k], len, &d);
		print_diags(&d);
		assert_non_null(full);
		if (k < 3)
			assert_non_null(quick); /* the last one has a draft */
		if (quick)
			assert_same_session(quick, full);
		/* with a questionnaire: the same, and the answers by its items */
		int32_t pos[512];
		struct session *hinted = session_parse_quick(taken[k], len, scratch, q, pos);
		if (hinted) {
			assert_same_session(hinted, full);
			const struct session_answer *view[512];
			session_view(full, q, view);
			for (size_t i = 0; i < q->n_items; i++)
				if (view[i])
					assert_string_equal(hinted->answers[pos[i]].item,
							    view[i]->item);
				else
					assert_int_equal(pos[i], -1);
		}
		session_destroy(quick);
		session_destroy(hinted);
		session_destroy(full);
		free(scratch);
	}
	for (size_t k = 0; k < sizeof(refused) / sizeof(refused[0]); k++) {
		size_t len = strlen(refused[k]);
		char *scratch = malloc(len + 1);
		struct session *quick = session_parse_quick(refused[k], len, scratch, NULL, NULL);
		if (quick)
			fail_msg("the quick reading took: %s", refused[k]);
		/* session_parse falls back to the full reading: its message */
		diag_clear(&d);
		struct session *s = session_parse("q.json", refused[k], len, &d);
		if (k == 0) { /* 3.0 is a whole number: the full reading takes it */
			assert_non_null(s);
			assert_int_equal(session_get(s, "VIS.A1.01").value, 3);
		} else if (k == 1) {
			assert_non_null(s);
			assert_int_equal(session_get(s, "A").value, 3);
		} else {
			assert_null(s);
			assert_true(diag_count(&d) > 0);
		}
		session_destroy(s);
		free(scratch);
	}
	diag_finish(&d);
}

/* Answers read from a file live in the session's pool; setting, sharing
 * and removing them afterwards works as for answers set one by one, and
 * the lookup by item (a table from 8 answers on) finds every one. */
static void test_parsed_answers_edited(void **state)
{
	struct session *s = session_create("20260101-101010-aaaaaa", q, "", 0);
	char item[16];
	for (int i = 0; i < 30; i++) {
		snprintf(item, sizeof(item), "X.%02d", i);
		assert_true(session_set(s, item, (struct answer){ANSWER_TEXT, 0, "tekst", NULL}));
	}
	char *json = session_to_json(s, NULL);
	session_destroy(s);
	struct diag d;
	diag_init(&d);
	s = session_parse("p.json", json, strlen(json), &d);
	free(json);
	assert_non_null(s);
	assert_int_equal(s->n_answers, 30);
	for (int i = 0; i < 30; i++) {
		snprintf(item, sizeof(item), "X.%02d", i);
		assert_string_equal(session_get(s, item).text, "tekst");
	}
	assert_true(session_set(s, "X.03", (struct answer){ANSWER_TEXT, 0, "ander", NULL}));
	assert_true(session_set_shared(s, "X.03", true));
	assert_true(session_set(s, "X.04", (struct answer){ANSWER_NONE, 0, NULL, NULL}));
	assert_true(session_set(s, "X.99", (struct answer){ANSWER_VALUE, 2, NULL, NULL}));
	assert_int_equal(s->n_answers, 30);
	assert_string_equal(session_get(s, "X.03").text, "ander");
	assert_true(session_is_shared(s, "X.03"));
	assert_int_equal(session_get(s, "X.04").kind, ANSWER_NONE);
	assert_int_equal(session_get(s, "X.99").value, 2);
	assert_string_equal(session_get(s, "X.29").text, "tekst");
	assert_int_equal(session_get(s, "X.100").kind, ANSWER_NONE);
	session_destroy(s);
	diag_finish(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_set_get_remove),
	    cmocka_unit_test(test_nfc),
	    cmocka_unit_test(test_first_unanswered),
	    cmocka_unit_test(test_round_trip),
	    cmocka_unit_test(test_parse_errors),
	    cmocka_unit_test(test_focus_key),
	    cmocka_unit_test(test_validate_against_questionnaire),
	    cmocka_unit_test(test_save_limit),
	    cmocka_unit_test(test_handin_not_saved),
	    cmocka_unit_test(test_name_refuses_invisible),
	    cmocka_unit_test(test_check_fits),
	    cmocka_unit_test(test_quick_same_as_full),
	    cmocka_unit_test(test_parsed_answers_edited),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
