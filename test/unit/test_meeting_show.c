/* What the meeting screens show (meeting_show.c): today's date from a
 * passed-in time, dates as a coach types them, a step in a few words, the
 * catalogue steps that fit the casus, a method's minutes. Expectations
 * from the bundled content, counted by hand. */
#include "helpers.h"

#include <time.h>

#include "spiegel/content.h"
#include "spiegel/intervisie.h"
#include "spiegel/meeting.h"
#include "spiegel/meeting_kit.h"

#define CONTENT SRCDIR "/content"

static struct content *bundled;
static struct meeting_kit *kit;

static int setup(void **state)
{
	struct diag d;
	diag_init(&d);
	bundled = content_load_dir(CONTENT, &d);
	assert_non_null(bundled);
	kit = meeting_kit_load_dir(CONTENT, bundled->catalogue, &d);
	print_diags(&d);
	assert_non_null(kit);
	diag_finish(&d);
	return 0;
}

static int teardown(void **state)
{
	meeting_kit_destroy(kit);
	content_destroy(bundled);
	return 0;
}

static void test_today(void **state)
{
	setenv("TZ", "UTC", 1);
	tzset();
	char buf[16];
	meeting_today(1796115600, buf, sizeof(buf)); /* 2026-12-01T09:00:00Z */
	assert_string_equal(buf, "2026-12-01");
	meeting_today(1796169599, buf, sizeof(buf)); /* 23:59:59 */
	assert_string_equal(buf, "2026-12-01");
	meeting_today(1796169600, buf, sizeof(buf));
	assert_string_equal(buf, "2026-12-02");
	setenv("TZ", "Europe/Amsterdam", 1);
	tzset();
	meeting_today(1796169599, buf, sizeof(buf)); /* 00:59:59 in Amsterdam */
	assert_string_equal(buf, "2026-12-02");
	setenv("TZ", "UTC", 1);
	tzset();
}

static void test_date_parse(void **state)
{
	char iso[16];
	static const char *const ok[][2] = {
	    {"2026-12-01", "2026-12-01"},	 {"1-12-2026", "2026-12-01"},
	    {"01-12-2026", "2026-12-01"},	 {"1/12/2026", "2026-12-01"},
	    {"1.12.2026", "2026-12-01"},	 {"1 december 2026", "2026-12-01"},
	    {" 1 December 2026 ", "2026-12-01"}, {"15 jan 2027", "2027-01-15"},
	    {"29-2-2028", "2028-02-29"},	 {"3 mrt 2027", NULL},
	};
	for (size_t i = 0; i < sizeof(ok) / sizeof(ok[0]); i++) {
		bool want = ok[i][1] != NULL;
		assert_int_equal(meeting_date_parse(ok[i][0], iso, sizeof(iso)), want);
		if (want)
			assert_string_equal(iso, ok[i][1]);
	}
	static const char *const bad[] = {
	    "",		 "morgen",	     "29-2-2026",    "1-13-2026",   "1-12",
	    "1-12/2026", "32 december 2026", "1 decem 2026", "2026-12-01x", "1 december"};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		assert_false(meeting_date_parse(bad[i], iso, sizeof(iso)));
	assert_false(meeting_date_parse("2026-12-01", iso, 5)); /* no room */
	assert_false(meeting_date_parse(NULL, iso, sizeof(iso)));
	char text[40];
	meeting_date_text(text, sizeof(text), "2027-01-15");
	assert_string_equal(text, "15 januari 2027");
	meeting_date_text(text, sizeof(text), "geen datum");
	assert_string_equal(text, "geen datum");
}

static void test_steps_and_minutes(void **state)
{
	static const struct questionnaire q = {.id = "mini", .version = "1.0.0"};
	const char *aliases[] = {"Anouk", "Bram"};
	struct diag d;
	diag_init(&d);
	struct intervisie *iv =
	    intervisie_create("20261201-090000-abcdef", "Groep", &q, aliases, 2, 1764579600, &d);
	assert_non_null(iv);
	assert_int_equal(meeting_add(iv, "2026-12-01", "alact", &d), 0);
	struct meeting *m = &iv->meetings[0];
	const struct next_step *opt[64];
	assert_int_equal(meeting_step_options(m, kit, bundled->catalogue, opt, 64), 0);
	/* two cards of visie (8 steps, once) and the practice card connectief
	 * (9 steps) */
	assert_true(meeting_tag(m, "VIS.A1", &d));
	assert_true(meeting_tag(m, "VIS.A2", &d));
	assert_true(meeting_tag(m, "connectief", &d));
	size_t n = meeting_step_options(m, kit, bundled->catalogue, opt, 64);
	assert_int_equal(n, 17);
	assert_string_equal(opt[0]->id, "NS-visie-01");
	assert_string_equal(opt[7]->id, "NS-dag2-02");
	assert_string_equal(opt[8]->id, "NS-con-01");
	assert_string_equal(opt[16]->id, "NS-con-09");
	assert_int_equal(meeting_step_options(m, kit, bundled->catalogue, opt, 3), 3);
	/* a step in words */
	assert_true(meeting_set_step(iv, m, "Anouk", "NS-visie-02", NULL, "", "", &d));
	assert_true(
	    meeting_set_step(iv, m, "Bram", NULL, "Elke week één gesprek", "2027-01-15", "", &d));
	assert_string_equal(meeting_step_title(meeting_find_step(m, "Anouk"), bundled->catalogue),
			    "Voer een visiegesprek met het hele team");
	assert_string_equal(meeting_step_title(meeting_find_step(m, "Bram"), bundled->catalogue),
			    "Elke week één gesprek");
	assert_string_equal(meeting_step_title(NULL, bundled->catalogue), "");
	/* minutes: alact 5 + 15 + 15 + 15 + 10, incidentmethode 5 + 4 x 10 */
	assert_int_equal(meeting_method_minutes(meeting_kit_method(kit, "alact")), 60);
	assert_int_equal(meeting_method_minutes(meeting_kit_method(kit, "incidentmethode")), 45);
	assert_int_equal(meeting_method_minutes(NULL), 0);
	print_diags(&d);
	assert_int_equal(diag_count(&d), 0);
	diag_finish(&d);
	intervisie_destroy(iv);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_today),
	    cmocka_unit_test(test_date_parse),
	    cmocka_unit_test(test_steps_and_minutes),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
