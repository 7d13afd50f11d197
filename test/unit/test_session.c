/* Sessions: answers model and JSON round trip. */
#include "helpers.h"

#include "spiegel/content.h"
#include "spiegel/session.h"

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
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
