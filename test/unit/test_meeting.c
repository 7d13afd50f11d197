/* Meetings of an intervisie group (meeting.h): the model, the phase timer
 * driven by a passed-in time, phases, follow-up of earlier steps, consent,
 * the group view kept per meeting, and the file format /2 (round trip, /1
 * still loads, strict errors). Every expectation is worked out by hand. */
#include "helpers.h"

#include "spiegel/intervisie.h"
#include "spiegel/meeting.h"

#define ID "20261201-090000-abcdef"
#define T0 1764579600 /* 2025-12-01T09:00:00Z */

static struct intervisie *group(void)
{
	static const struct questionnaire q = {.id = "mini", .version = "1.0.0"};
	const char *aliases[] = {"Anouk", "Bram", "Zoë"};
	struct diag d;
	diag_init(&d);
	struct intervisie *iv = intervisie_create(ID, "Groep Noord", &q, aliases, 3, T0, &d);
	print_diags(&d);
	assert_non_null(iv);
	diag_finish(&d);
	return iv;
}

static void test_dates(void **state)
{
	assert_true(meeting_date_ok("2026-12-01"));
	assert_true(meeting_date_ok("2028-02-29")); /* leap year */
	assert_false(meeting_date_ok("2026-02-29"));
	assert_false(meeting_date_ok("2100-02-29")); /* not a leap year */
	assert_true(meeting_date_ok("2000-02-29"));
	assert_false(meeting_date_ok("2026-13-01"));
	assert_false(meeting_date_ok("2026-04-31"));
	assert_false(meeting_date_ok("2026-4-01"));
	assert_false(meeting_date_ok("1 december"));
	assert_false(meeting_date_ok(""));
	assert_false(meeting_date_ok(NULL));
}

static void test_timer(void **state)
{
	struct meeting_timer t;
	meeting_timer_reset(&t);
	assert_int_equal(meeting_timer_elapsed(&t, T0), 0);
	meeting_timer_start(&t, T0);
	assert_int_equal(meeting_timer_elapsed(&t, T0 + 75), 75);
	/* starting again changes nothing */
	meeting_timer_start(&t, T0 + 80);
	assert_int_equal(meeting_timer_elapsed(&t, T0 + 90), 90);
	meeting_timer_pause(&t, T0 + 100); /* 100 s banked */
	assert_false(t.running);
	assert_int_equal(meeting_timer_elapsed(&t, T0 + 500), 100);
	meeting_timer_start(&t, T0 + 600);
	assert_int_equal(meeting_timer_elapsed(&t, T0 + 650), 150);
	/* a clock that went back counts nothing extra */
	assert_int_equal(meeting_timer_elapsed(&t, T0 + 10), 100);
	char buf[96];
	meeting_timer_text(&t, T0 + 650, 10, buf, sizeof(buf));
	assert_string_equal(buf, "02:30 van 10:00");
	meeting_timer_pause(&t, T0 + 650);
	meeting_timer_text(&t, T0 + 650, 10, buf, sizeof(buf));
	assert_string_equal(buf, "02:30 van 10:00 (gepauzeerd)");
	/* 12 minutes 30 on a suggestion of 10: 2 whole minutes over */
	meeting_timer_start(&t, T0 + 700);
	meeting_timer_text(&t, T0 + 700 + 600, 10, buf, sizeof(buf));
	assert_string_equal(buf, "12:30 van 10:00 · 2 min over de tijd");
	/* 59 seconds over is not yet a minute over */
	meeting_timer_text(&t, T0 + 700 + 449, 10, buf, sizeof(buf));
	assert_string_equal(buf, "09:59 van 10:00");
	meeting_timer_text(&t, T0 + 700 + 509, 10, buf, sizeof(buf));
	assert_string_equal(buf, "10:59 van 10:00");
	meeting_timer_text(&t, T0 + 700 + 510, 0, buf, sizeof(buf));
	assert_string_equal(buf, "11:00");
	/* never beyond a day */
	assert_int_equal(meeting_timer_elapsed(&t, T0 + 10 * 86400), MEETING_MAX_SECONDS);
}

static void test_phases(void **state)
{
	struct intervisie *iv = group();
	struct diag d;
	diag_init(&d);
	int i = meeting_add(iv, "2026-12-01", "incidentmethode", &d);
	assert_int_equal(i, 0);
	struct meeting *m = &iv->meetings[0];
	assert_int_equal(m->phase, 0);
	assert_false(meeting_phase_back(m, T0));
	meeting_timer_start(&m->timer, T0);
	/* the next phase starts at 0 and runs, as the timer ran */
	assert_true(meeting_phase_next(m, 2, T0 + 300));
	assert_int_equal(m->phase, 1);
	assert_true(m->timer.running);
	assert_int_equal(meeting_timer_elapsed(&m->timer, T0 + 330), 30);
	meeting_timer_pause(&m->timer, T0 + 330);
	assert_true(meeting_phase_back(m, T0 + 400));
	assert_int_equal(m->phase, 0);
	assert_false(m->timer.running); /* paused stays paused */
	assert_int_equal(meeting_timer_elapsed(&m->timer, T0 + 500), 0);
	assert_true(meeting_phase_next(m, 2, T0));
	assert_true(meeting_phase_next(m, 2, T0)); /* past the last: done */
	assert_int_equal(m->phase, 2);
	assert_false(meeting_phase_next(m, 2, T0));
	/* another method starts at its first phase */
	assert_true(meeting_set_method(m, "balint", &d));
	assert_int_equal(m->phase, 0);
	assert_false(meeting_set_method(m, "../x", &d));
	assert_string_equal(m->method, "balint");
	diag_finish(&d);
	intervisie_destroy(iv);
}

static void test_casus_and_notes(void **state)
{
	struct intervisie *iv = group();
	struct diag d;
	diag_init(&d);
	assert_int_equal(meeting_add(iv, "2026-12-01", "incidentmethode", &d), 0);
	assert_int_equal(meeting_add(iv, "2026-13-01", "incidentmethode", &d), -1);
	assert_true(diag_has(&d, "geen datum"));
	assert_int_equal(iv->n_meetings, 1);
	struct meeting *m = &iv->meetings[0];
	assert_true(meeting_set_inbrenger(iv, m, "Zoe\xcc\x88", &d)); /* NFD */
	assert_string_equal(m->inbrenger, "Zo\xc3\xab");	      /* stored NFC */
	assert_false(meeting_set_inbrenger(iv, m, "Daan", &d));
	assert_true(diag_has(&d, "geen deelnemer"));
	assert_true(meeting_set_text(m, MEETING_SITUATIE, "Een team dat stilvalt.", &d));
	assert_true(meeting_set_text(m, MEETING_VRAAG, "Hoe krijg ik ze mee?\nEn wanneer?", &d));
	assert_false(meeting_set_text(m, MEETING_GEPROBEERD, "bel\x07", &d));
	char *big = malloc(MEETING_MAX_TEXT + 2);
	memset(big, 'a', MEETING_MAX_TEXT + 1);
	big[MEETING_MAX_TEXT + 1] = '\0';
	assert_false(meeting_set_text(m, MEETING_INZICHT, big, &d));
	big[MEETING_MAX_TEXT] = '\0';
	assert_true(meeting_set_text(m, MEETING_INZICHT, big, &d));
	free(big);
	assert_string_equal(m->text[MEETING_GEPROBEERD], "");
	/* tags: 1-3, no doubles */
	assert_true(meeting_tag(m, "VIS.A1", &d));
	assert_false(meeting_tag(m, "VIS.A1", &d));
	assert_true(meeting_tag(m, "WEE.W4", &d));
	assert_true(meeting_tag(m, "visie", &d));
	assert_false(meeting_tag(m, "CON.C2", &d));
	assert_true(diag_has(&d, "hoogstens 3"));
	assert_true(meeting_untag(m, "WEE.W4"));
	assert_false(meeting_untag(m, "WEE.W4"));
	assert_int_equal(m->n_tags, 2);
	assert_string_equal(m->tags[1], "visie");
	/* asked questions */
	assert_true(meeting_set_asked(m, "VIS.A1", 2, true, &d));
	assert_true(meeting_set_asked(m, "VIS.A1", 2, true, &d)); /* once */
	assert_true(meeting_set_asked(m, "VIS.A1", 4, true, &d));
	assert_false(meeting_set_asked(m, "VIS.A1", 5, true, &d));
	assert_false(meeting_set_asked(m, "VIS.A1", 0, true, &d));
	assert_int_equal(m->n_asked, 2);
	assert_true(meeting_set_asked(m, "VIS.A1", 2, false, &d));
	assert_false(meeting_is_asked(m, "VIS.A1", 2));
	assert_true(meeting_is_asked(m, "VIS.A1", 4));
	diag_finish(&d);
	intervisie_destroy(iv);
}

static void test_steps(void **state)
{
	struct intervisie *iv = group();
	struct diag d;
	diag_init(&d);
	assert_int_equal(meeting_add(iv, "2026-12-01", "alact", &d), 0);
	struct meeting *m = &iv->meetings[0];
	/* one of a catalogue step or own words, not both, not neither */
	assert_false(meeting_set_step(iv, m, "Anouk", "NS-visie-01", "Zelf", "", "", &d));
	assert_true(diag_has(&d, "niet allebei"));
	assert_false(meeting_set_step(iv, m, "Anouk", NULL, "", "", "", &d));
	assert_false(meeting_set_step(iv, m, "Daan", NULL, "Iets", "", "", &d));
	assert_false(meeting_set_step(iv, m, "Anouk", NULL, "Iets", "2026-02-30", "", &d));
	assert_true(meeting_set_step(iv, m, "Anouk", "NS-visie-01", NULL, "2027-01-15",
				     "Het team noemt de visie in het overleg.", &d));
	assert_true(meeting_set_step(iv, m, "Bram", NULL, "Twee open vragen stellen.", "", "", &d));
	const struct meeting_step *s = meeting_find_step(m, "Anouk");
	assert_non_null(s);
	assert_true(meeting_step_complete(s));
	assert_false(meeting_step_complete(meeting_find_step(m, "Bram"))); /* no date */
	assert_null(meeting_find_step(m, "Zoë"));
	/* replacing keeps one step per participant */
	assert_true(meeting_set_step(iv, m, "Bram", NULL, "Drie open vragen.", "2027-01-10",
				     "Ik hoor meer.", &d));
	assert_int_equal(m->n_steps, 2);
	assert_string_equal(meeting_find_step(m, "Bram")->text, "Drie open vragen.");
	assert_true(meeting_clear_step(m, "Bram"));
	assert_false(meeting_clear_step(m, "Bram"));
	/* renaming a participant renames their steps and their casus */
	assert_true(meeting_set_inbrenger(iv, m, "Anouk", &d));
	assert_true(intervisie_rename_participant(iv, 0, "Anouk K.", &d));
	assert_non_null(meeting_find_step(m, "Anouk K."));
	assert_string_equal(m->inbrenger, "Anouk K.");
	diag_finish(&d);
	intervisie_destroy(iv);
}

/* Meeting 1: steps of Anouk and Bram. Meeting 2: Anouk followed up (deels),
 * Bram not yet; Zoë agrees a step. Meeting 3: Bram's step of meeting 1 is
 * still due (never looked back on), Anouk's is not (done in 2), Zoë's of
 * meeting 2 is. */
static void test_followup(void **state)
{
	struct intervisie *iv = group();
	struct diag d;
	diag_init(&d);
	assert_int_equal(meeting_add(iv, "2026-12-01", "alact", &d), 0);
	assert_true(meeting_set_step(iv, &iv->meetings[0], "Anouk", NULL, "Gesprek met MT.",
				     "2026-12-15", "Er ligt een datum.", &d));
	assert_true(meeting_set_step(iv, &iv->meetings[0], "Bram", "NS-wee-01", NULL, "2026-12-20",
				     "Ik vat eerst samen.", &d));
	/* nothing is due at the first meeting */
	assert_false(meeting_due(iv, 0, "Anouk").found);
	assert_false(meeting_set_followup(iv, 0, "Anouk", FOLLOWUP_GEDAAN, "", &d));
	assert_int_equal(meeting_add(iv, "2027-01-12", "balint", &d), 1);
	struct meeting_due du = meeting_due(iv, 1, "Anouk");
	assert_true(du.found);
	assert_int_equal(du.from, 1);
	assert_string_equal(du.step->text, "Gesprek met MT.");
	assert_null(du.done);
	assert_false(meeting_due(iv, 1, "Zoë").found);
	size_t due, answered;
	meeting_followup_count(iv, 1, &due, &answered);
	assert_int_equal(due, 2);
	assert_int_equal(answered, 0);
	assert_true(meeting_set_followup(iv, 1, "Anouk", FOLLOWUP_DEELS,
					 "Datum staat, nog niet "
					 "gevoerd.",
					 &d));
	assert_false(meeting_set_followup(iv, 1, "Zoë", FOLLOWUP_GEDAAN, "", &d));
	assert_true(diag_has(&d, "geen stap"));
	/* a second answer replaces the first */
	assert_true(meeting_set_followup(iv, 1, "Anouk", FOLLOWUP_GEDAAN, "Gevoerd.", &d));
	assert_int_equal(iv->meetings[1].n_followups, 1);
	du = meeting_due(iv, 1, "Anouk");
	assert_non_null(du.done);
	assert_int_equal(du.done->status, FOLLOWUP_GEDAAN);
	meeting_followup_count(iv, 1, &due, &answered);
	assert_int_equal(due, 2);
	assert_int_equal(answered, 1);
	assert_true(meeting_set_step(iv, &iv->meetings[1], "Zoë", NULL,
				     "Een ronde langs de "
				     "teams.",
				     "2027-02-01", "Drie teams bezocht.", &d));
	assert_int_equal(meeting_add(iv, "2027-02-09", "kernkwadranten", &d), 2);
	assert_false(meeting_due(iv, 2, "Anouk").found); /* looked back on in 2 */
	du = meeting_due(iv, 2, "Bram");
	assert_true(du.found);
	assert_int_equal(du.from, 1);
	du = meeting_due(iv, 2, "Zoë");
	assert_true(du.found);
	assert_int_equal(du.from, 2);
	/* removing meeting 1 takes the follow-up of its step along, and
	 * meeting 3's numbers move */
	assert_true(meeting_set_followup(iv, 2, "Zoë", FOLLOWUP_NOG_NIET, "", &d));
	assert_true(meeting_remove(iv, 0, &d));
	assert_int_equal(iv->n_meetings, 2);
	assert_int_equal(iv->meetings[0].n_followups, 0);
	assert_int_equal(iv->meetings[1].followups[0].from, 1);
	assert_false(meeting_remove(iv, 5, &d));
	diag_finish(&d);
	intervisie_destroy(iv);
}

static struct intervisie *round_trip(struct intervisie *iv, const char *want_format)
{
	size_t len;
	char *json = intervisie_to_json(iv, &len);
	assert_non_null(json);
	assert_non_null(strstr(json, want_format));
	struct diag d;
	diag_init(&d);
	struct intervisie *back = intervisie_parse("groep.json", json, len, &d);
	print_diags(&d);
	assert_non_null(back);
	size_t len2;
	char *again = intervisie_to_json(back, &len2);
	assert_int_equal(len, len2);
	assert_memory_equal(json, again, len);
	free(json);
	free(again);
	diag_finish(&d);
	return back;
}

static void test_file(void **state)
{
	struct intervisie *iv = group();
	/* no meetings: still format /1, so that an older spiegel opens it */
	struct intervisie *b = round_trip(iv, "\"spiegel-intervisie/1\"");
	intervisie_destroy(b);
	struct diag d;
	diag_init(&d);
	assert_int_equal(meeting_add(iv, "2026-12-01", "alact", &d), 0);
	struct meeting *m = &iv->meetings[0];
	assert_true(meeting_set_inbrenger(iv, m, "Bram", &d));
	assert_true(meeting_set_text(m, MEETING_SITUATIE, "Café-overleg met Zoë.", &d));
	assert_true(meeting_tag(m, "WEE.W4", &d));
	assert_true(meeting_set_asked(m, "WEE.W4", 3, true, &d));
	assert_true(meeting_set_step(iv, m, "Bram", NULL, "Samenvatten.", "2026-12-20",
				     "Ja, dat bedoel ik.", &d));
	assert_true(meeting_set_next(m, "2027-01-12", &d));
	meeting_timer_start(&m->timer, T0);
	meeting_timer_pause(&m->timer, T0 + 42);
	meeting_timer_start(&m->timer, T0 + 50);
	meeting_set_consent(iv, MEETING_THEME_STAPPEN, true);
	assert_int_equal(meeting_add(iv, "2027-01-12", "balint", &d), 1);
	assert_true(meeting_set_followup(iv, 1, "Bram", FOLLOWUP_NOG_NIET, "Geen tijd.", &d));
	b = round_trip(iv, "\"spiegel-intervisie/2\"");
	assert_int_equal(b->n_meetings, 2);
	const struct meeting *bm = &b->meetings[0];
	assert_string_equal(bm->text[MEETING_SITUATIE], "Café-overleg met Zoë.");
	assert_string_equal(bm->inbrenger, "Bram");
	assert_true(bm->timer.running);
	assert_int_equal(meeting_timer_elapsed(&bm->timer, T0 + 60), 52);
	assert_true(b->consent.shared[MEETING_THEME_STAPPEN]);
	assert_false(b->consent.shared[MEETING_THEME_CASUS]);
	assert_int_equal(b->meetings[1].followups[0].status, FOLLOWUP_NOG_NIET);
	intervisie_destroy(b);
	diag_finish(&d);
	intervisie_destroy(iv);
}

static void expect_error(const char *text, const char *needle)
{
	struct diag d;
	diag_init(&d);
	struct intervisie *iv = intervisie_parse("g.json", text, strlen(text), &d);
	if (iv || !diag_has(&d, needle)) {
		print_diags(&d);
		fail_msg("expected an error with \"%s\" for %s", needle, text);
	}
	diag_finish(&d);
}

#define HEAD(fmt)                                                                                  \
	"{\"format\": \"" fmt "\", \"id\": \"" ID "\", \"name\": \"G\",\n"                         \
	"\"questionnaire\": {\"id\": \"mini\", \"version\": \"1.0.0\"},\n"                         \
	"\"created\": \"2026-12-01T09:00:00Z\", \"updated\": \"2026-12-01T09:00:00Z\",\n"          \
	"\"participants\": [{\"alias\": \"A\", \"answers\": {}}, {\"alias\": \"B\", \"answers\": " \
	"{}}]"
#define V2(rest) HEAD("spiegel-intervisie/2") rest "}"
#define M1 "{\"date\": \"2026-12-01\", \"method\": \"alact\""

static void test_file_errors(void **state)
{
	/* format /1 has no meetings */
	expect_error(HEAD("spiegel-intervisie/1") ", \"meetings\": []}",
		     "onbekende sleutel \"meetings\"");
	expect_error(HEAD("spiegel-intervisie/3") "}", "nieuwer of onbekend");
	expect_error(V2(", \"meetings\": [{\"method\": \"alact\"}]"),
		     "bijeenkomst 1: \"date\" ontbreekt");
	expect_error(V2(", \"meetings\": [{\"date\": \"2026-02-30\", \"method\": \"alact\"}]"),
		     "bijeenkomst 1: \"date\" is geen datum");
	expect_error(V2(", \"meetings\": [" M1 ", \"method2\": 1}]"), "onbekende sleutel");
	expect_error(V2(", \"meetings\": [" M1 ", \"tags\": [\"a\", \"b\", \"c\", \"d\"]}]"),
		     "hoogstens 3");
	expect_error(V2(", \"meetings\": [" M1 ", \"tags\": [\"a\", \"a\"]}]"), "al gekoppeld");
	expect_error(V2(", \"meetings\": [" M1 ", \"phase\": 1.5}]"), "geheel getal");
	expect_error(V2(", \"meetings\": [" M1 ", \"timer\": {\"running\": true}}]"),
		     "lopende timer");
	expect_error(
	    V2(", \"meetings\": [" M1 ", \"steps\": [{\"alias\": \"A\", \"text\": \"\"}]}]"),
	    "bijeenkomst 1: stap 1: volgende stap van A: kies een stap");
	expect_error(V2(", \"meetings\": [" M1 ", \"steps\": [{\"alias\": \"A\", \"text\": \"x\"}, "
			"{\"alias\": \"A\", \"text\": \"y\"}]}]"),
		     "al een stap");
	/* a follow-up must point back at a step of that participant */
	expect_error(V2(", \"meetings\": [" M1 ", \"followups\": [{\"alias\": \"A\", \"from\": 1, "
			"\"status\": \"gedaan\"}]}]"),
		     "bijeenkomst 1: terugblik 1: bijeenkomst 1 heeft geen eerdere stap van A");
	expect_error(V2(", \"meetings\": [" M1
			", \"steps\": [{\"alias\": \"B\", \"text\": \"x\"}]}, "
			"{\"date\": \"2026-12-08\", \"method\": \"alact\", \"followups\": "
			"[{\"alias\": \"A\", \"from\": 1, \"status\": \"gedaan\"}]}]"),
		     "geen eerdere stap van A");
	expect_error(V2(", \"meetings\": [" M1
			", \"steps\": [{\"alias\": \"A\", \"text\": \"x\"}]}, "
			"{\"date\": \"2026-12-08\", \"method\": \"alact\", \"followups\": "
			"[{\"alias\": \"A\", \"from\": 1, \"status\": \"klaar\"}]}]"),
		     "gedaan, deels of nog_niet");
	expect_error(V2(", \"consent\": {\"namen\": true}"), "onbekend thema \"namen\"");
	expect_error(V2(", \"consent\": {\"casus\": 1}"), "true of false");
	expect_error(V2(", \"meetings\": [" M1 ", \"view\": [{\"practice\": \"visie\", \"tenths\": "
			"1001, \"n\": 2}]}]"),
		     "\"tenths\" moet een geheel getal van 0 tot 1000");
	/* a valid /2 file with a follow-up of the meeting before */
	const char *ok = V2(", \"meetings\": [" M1 ", \"steps\": [{\"alias\": \"A\", \"text\": "
			    "\"x\"}]}, {\"date\": \"2026-12-08\", \"method\": \"alact\", "
			    "\"followups\": [{\"alias\": \"A\", \"from\": 1, \"status\": "
			    "\"deels\"}]}]");
	struct diag d;
	diag_init(&d);
	struct intervisie *iv = intervisie_parse("g.json", ok, strlen(ok), &d);
	print_diags(&d);
	assert_non_null(iv);
	assert_int_equal(iv->meetings[1].followups[0].status, FOLLOWUP_DEELS);
	assert_string_equal(iv->meetings[1].followups[0].what, "");
	intervisie_destroy(iv);
	diag_finish(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_dates),  cmocka_unit_test(test_timer),
	    cmocka_unit_test(test_phases), cmocka_unit_test(test_casus_and_notes),
	    cmocka_unit_test(test_steps),  cmocka_unit_test(test_followup),
	    cmocka_unit_test(test_file),   cmocka_unit_test(test_file_errors),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
