/* Voornemens: dates (hand-computed day numbers), due and overdue, the
 * order of the list, look backs, the redo interval, the file format
 * (round trip, strict reading, limits shared by save and load), the files
 * (0600, lock, list, delete) and the portfolio marks. */
#include "helpers.h"

#include <sys/stat.h>

#include "spiegel/date.h"
#include "spiegel/plan.h"
#include "spiegel/portfolio.h"
#include "spiegel/score.h"
#include "spiegel/session.h"

#define ID1 "20261201-090000-aaaaaa"
#define ID2 "20261201-090001-bbbbbb"
#define ID3 "20261201-090002-cccccc"

static long day(int y, int m, int d)
{
	long v;
	assert_true(date_from_ymd(y, m, d, &v));
	return v;
}

static void test_dates(void **state)
{
	(void)state;
	/* days since 1970-01-01, worked out by hand: 2000-03-01 is 30 years
	 * of 365 days plus 7 leap days (72..96, not 2000's own yet) plus
	 * Jan and Feb 2000 (31 + 29) */
	assert_int_equal(day(1970, 1, 1), 0);
	assert_int_equal(day(2000, 3, 1), 30 * 365 + 7 + 31 + 29);
	/* 2026-12-01: 56 years and 14 leap days (1972..2024), then 334 days */
	assert_int_equal(day(2026, 12, 1), 56 * 365 + 14 + 334);
	assert_int_equal(day(2026, 12, 15) - day(2026, 12, 1), 14);
	assert_int_equal(day(2027, 1, 1) - day(2026, 12, 1), 31);
	long v;
	assert_true(date_from_ymd(2028, 2, 29, &v));
	assert_true(date_from_ymd(2000, 2, 29, &v));
	assert_false(date_from_ymd(2026, 2, 29, &v));
	assert_false(date_from_ymd(2100, 2, 29, &v));
	assert_false(date_from_ymd(2026, 4, 31, &v));
	assert_false(date_from_ymd(2026, 13, 1, &v));
	assert_false(date_from_ymd(2026, 0, 1, &v));
	int y, m, d;
	date_to_ymd(day(2028, 2, 29), &y, &m, &d);
	assert_int_equal(y * 10000 + m * 100 + d, 20280229);

	assert_true(date_parse("2026-12-15", &v) && v == day(2026, 12, 15));
	assert_true(date_parse("15-12-2026", &v) && v == day(2026, 12, 15));
	assert_true(date_parse(" 5-1-2027 ", &v) && v == day(2027, 1, 5));
	assert_true(date_parse("15/12/2026", &v) && v == day(2026, 12, 15));
	assert_true(date_parse("15.12.2026", &v) && v == day(2026, 12, 15));
	assert_false(date_parse("15-12/2026", &v));
	assert_false(date_parse("31-11-2026", &v));
	assert_false(date_parse("2026-1-5", &v));
	assert_false(date_parse("morgen", &v));
	assert_false(date_parse("", &v));
	assert_false(date_parse("15-12-26", &v));
	assert_false(date_parse("115-12-2026", &v));
	assert_false(date_parse_iso("15-12-2026", &v));
	assert_false(date_parse_iso("2026-12-15 ", &v));
	assert_true(date_from_stamp("2026-11-22T08:15:00Z", &v) && v == day(2026, 11, 22));
	assert_false(date_from_stamp("2026-11", &v));

	char buf[DATE_BUF];
	date_iso(day(2027, 1, 5), buf, sizeof(buf));
	assert_string_equal(buf, "2027-01-05");
	date_format(day(2027, 1, 5), buf, sizeof(buf));
	assert_string_equal(buf, "5 januari 2027");
	long t = day(2026, 12, 15);
	date_relative(t, t, buf, sizeof(buf));
	assert_string_equal(buf, "vandaag");
	date_relative(t + 1, t, buf, sizeof(buf));
	assert_string_equal(buf, "morgen");
	date_relative(t - 1, t, buf, sizeof(buf));
	assert_string_equal(buf, "gisteren");
	date_relative(t + 5, t, buf, sizeof(buf));
	assert_string_equal(buf, "over 5 dagen");
	date_relative(t - 5, t, buf, sizeof(buf));
	assert_string_equal(buf, "5 dagen geleden");
}

static struct content *proef(void)
{
	struct diag d;
	diag_init(&d);
	struct content *c = content_load_dir(SRCDIR "/test/data/score/content", &d);
	print_diags(&d);
	assert_non_null(c);
	diag_finish(&d);
	return c;
}

static struct session *worked(void)
{
	struct diag d;
	diag_init(&d);
	struct session *s = session_load(SRCDIR "/test/data/score/worked.json", &d);
	print_diags(&d);
	assert_non_null(s);
	diag_finish(&d);
	return s;
}

/* An own voornemen on its own, date given. */
static struct plan *own(const char *id, long date, struct diag *d)
{
	struct plan_what w = {"Mijn voornemen", "Eerste stap", "", "", date};
	return plan_create(id, 1764579600, NULL, NULL, NULL, NULL, NULL, &w, d);
}

static void test_create_from_steps(void **state)
{
	(void)state;
	struct content *c = proef();
	struct session *s = worked();
	const struct questionnaire *q = content_find(c, s->questionnaire);
	assert_non_null(q);
	struct score_result r;
	assert_true(score_compute(c->catalogue, q, s, &r));
	assert_int_equal(r.n_steps, 3);
	struct diag d;
	diag_init(&d);
	/* from the second suggested step: its title, step id and practice */
	struct plan_what w = {NULL, "Ouders vragen wat ze nodig hebben", "de MR",
			      "Ouders komen met vragen", day(2026, 12, 15)};
	struct plan *p = plan_create(ID1, 1764579600, c->catalogue, s, q, &r, &r.steps[1], &w, &d);
	print_diags(&d);
	assert_non_null(p);
	assert_string_equal(p->text, r.steps[1].step->title);
	assert_string_equal(p->step, r.steps[1].step->id);
	assert_int_equal(p->n_practices, 1);
	assert_string_equal(p->practices[0], c->catalogue->practices[r.steps[1].practice].id);
	assert_string_equal(p->session, s->id);
	assert_string_equal(p->questionnaire, "proef");
	assert_int_equal(p->session_date, day(2026, 12, 1));
	assert_string_equal(p->created, "2025-12-01T09:00:00Z");
	plan_destroy(p);
	/* an own voornemen from the session: about the focus practices */
	w.text = "Iets van mezelf";
	p = plan_create(ID2, 1764579600, c->catalogue, s, q, &r, NULL, &w, &d);
	assert_non_null(p);
	assert_null(p->step);
	assert_int_equal(p->n_practices, r.n_focus);
	for (size_t i = 0; i < r.n_focus; i++)
		assert_string_equal(p->practices[i], c->catalogue->practices[r.focus[i]].id);
	/* a follow-up keeps where it came from */
	struct plan_what w2 = {"Verder", "Nog een stap", "", "", day(2027, 1, 10)};
	struct plan *f = plan_follow(ID3, 1764579600, p, &w2, &d);
	assert_non_null(f);
	assert_string_equal(f->previous, ID2);
	assert_string_equal(f->session, s->id);
	assert_int_equal(f->n_practices, p->n_practices);
	plan_destroy(f);
	plan_destroy(p);
	/* the texts are checked: empty, too long, a control character */
	struct plan_what bad = {"  ", "", "x", "y", DATE_NONE};
	assert_null(plan_create(ID1, 0, NULL, NULL, NULL, NULL, NULL, &bad, &d));
	assert_diag(&d, "voornemen: vul dit in");
	assert_diag(&d, "eerste stap: vul dit in");
	assert_diag(&d, "datum: kies een datum");
	diag_clear(&d);
	char *big = malloc(PLAN_MAX_TEXT + 2);
	memset(big, 'x', PLAN_MAX_TEXT + 1);
	big[PLAN_MAX_TEXT + 1] = '\0';
	struct plan_what longw = {big, "a", "", "", 0};
	assert_null(plan_create(ID1, 0, NULL, NULL, NULL, NULL, NULL, &longw, &d));
	assert_diag(&d, "te lang");
	big[PLAN_MAX_TEXT] = '\0';
	assert_true(plan_what_ok(&longw, &d));
	free(big);
	struct plan_what ctl = {"a\033[2J", "a", "", "", 0};
	assert_false(plan_what_ok(&ctl, &d));
	assert_diag(&d, "stuurteken");
	assert_null(plan_create("../x", 0, NULL, NULL, NULL, NULL, NULL, &w, &d));
	diag_finish(&d);
	score_finish(&r);
	session_destroy(s);
	content_destroy(c);
}

static void test_due_and_order(void **state)
{
	(void)state;
	struct diag d;
	diag_init(&d);
	long today = day(2026, 12, 15);
	struct plan *late = own(ID1, day(2026, 12, 10), &d);
	struct plan *now = own(ID2, today, &d);
	struct plan *later = own(ID3, day(2026, 12, 20), &d);
	struct plan *later2 = own("20261201-090003-dddddd", day(2026, 12, 18), &d);
	struct plan *older = own("20261201-090004-eeeeee", day(2026, 12, 1), &d);
	assert_int_equal(plan_due(late, today), PLAN_DUE_LATE);
	assert_int_equal(plan_due(now, today), PLAN_DUE_TODAY);
	assert_int_equal(plan_due(later, today), PLAN_DUE_LATER);
	/* a day later, today's voornemen is overdue */
	assert_int_equal(plan_due(now, today + 1), PLAN_DUE_LATE);
	struct plan_look_back lb = {PLAN_DONE,	     "Het ging", "Veel",
				    PLAN_NEXT_CLOSE, DATE_NONE,	 NULL};
	struct plan *closed = own("20261201-090005-ffffff", day(2026, 12, 1), &d);
	assert_true(plan_review(closed, day(2026, 12, 2), &lb, &d));
	assert_int_equal(plan_due(closed, today), PLAN_DUE_CLOSED);
	struct plan *v[] = {later, closed, now, late, later2, older};
	plan_sort(v, 6, today);
	/* overdue (the longest first), today, later by date, closed */
	assert_ptr_equal(v[0], older);
	assert_ptr_equal(v[1], late);
	assert_ptr_equal(v[2], now);
	assert_ptr_equal(v[3], later2);
	assert_ptr_equal(v[4], later);
	assert_ptr_equal(v[5], closed);

	char *text = plan_list_text(v, 6, today, NULL, NULL, 0);
	assert_non_null(text);
	const char *a = strstr(text, "Tijd om terug te kijken");
	const char *b = strstr(text, "Gepland");
	const char *c = strstr(text, "Afgesloten");
	assert_true(a && b && c && a < b && b < c);
	assert_non_null(strstr(text, "Je voornemens op 15 december 2026"));
	assert_non_null(strstr(text, ID1 "  10 december 2026 (5 dagen geleden)"));
	assert_non_null(strstr(text, "20261201-090004-eeeeee  1 december 2026 (14 dagen geleden)"));
	assert_non_null(strstr(text, ID2 "  15 december 2026 (vandaag)"));
	assert_non_null(strstr(text, ID3 "  20 december 2026 (over 5 dagen)"));
	assert_non_null(strstr(text, "afgesloten op 2 december 2026"));
	assert_true(strstr(text, "20261201-090004-eeeeee") < strstr(text, ID1));
	free(text);
	for (size_t i = 0; i < 6; i++)
		plan_destroy(v[i]);
	text = plan_list_text(NULL, 0, today, NULL, NULL, 0);
	assert_non_null(strstr(text, "Je hebt nog geen voornemens."));
	free(text);
	diag_finish(&d);
}

static void test_review(void **state)
{
	(void)state;
	struct diag d;
	diag_init(&d);
	long today = day(2026, 12, 15);
	struct plan *p = own(ID1, day(2026, 12, 10), &d);
	/* go on: the new date becomes the voornemen's date */
	struct plan_look_back lb = {PLAN_PARTLY,	"Eén keer gedaan", "Het kost tijd",
				    PLAN_NEXT_CONTINUE, day(2027, 1, 5),   NULL};
	assert_true(plan_review(p, today, &lb, &d));
	assert_int_equal(p->date, day(2027, 1, 5));
	assert_false(p->closed);
	assert_int_equal(plan_due(p, today), PLAN_DUE_LATER);
	assert_int_equal(p->reviews[0].date, today);
	assert_int_equal(p->reviews[0].result, PLAN_PARTLY);
	/* a new date in the past is refused, and nothing changes */
	lb.next_date = day(2026, 12, 14);
	assert_false(plan_review(p, today, &lb, &d));
	assert_diag(&d, "nieuwe datum");
	assert_int_equal(p->n_reviews, 1);
	/* a new voornemen needs its id; then this one is closed */
	lb.next = PLAN_NEXT_NEW;
	lb.followup = "nope";
	assert_false(plan_review(p, today, &lb, &d));
	lb.followup = ID2;
	lb.result = PLAN_NOT_YET;
	assert_true(plan_review(p, day(2027, 1, 6), &lb, &d));
	assert_true(p->closed);
	assert_int_equal(p->closed_date, day(2027, 1, 6));
	assert_string_equal(p->reviews[1].followup, ID2);
	/* closed: no more look backs */
	diag_clear(&d);
	assert_false(plan_review(p, day(2027, 1, 7), &lb, &d));
	assert_diag(&d, "al afgesloten");
	/* a look back without texts is fine: "" */
	struct plan *q = own(ID3, today, &d);
	struct plan_look_back quick = {PLAN_DONE, NULL, NULL, PLAN_NEXT_CLOSE, DATE_NONE, NULL};
	assert_true(plan_review(q, today, &quick, &d));
	assert_string_equal(q->reviews[0].happened, "");
	plan_destroy(q);
	/* the last look back there is room for must close */
	q = own(ID3, today, &d);
	lb.next = PLAN_NEXT_CONTINUE;
	lb.next_date = today;
	for (int i = 0; i + 1 < PLAN_MAX_REVIEWS; i++)
		assert_true(plan_review(q, today, &lb, &d));
	diag_clear(&d);
	assert_false(plan_review(q, today, &lb, &d));
	assert_diag(&d, "de laatste");
	lb.next = PLAN_NEXT_CLOSE;
	assert_true(plan_review(q, today, &lb, &d));
	assert_int_equal(q->n_reviews, PLAN_MAX_REVIEWS);
	/* the longest voornemen still fits the limit the loader reads */
	char *json = plan_to_json(q, NULL);
	struct plan *back = plan_parse("x.json", json, strlen(json), &d);
	print_diags(&d);
	assert_non_null(back);
	plan_destroy(back);
	free(json);
	plan_destroy(q);
	plan_destroy(p);
	diag_finish(&d);
}

static void test_redo(void **state)
{
	(void)state;
	struct content *c = proef();
	struct session *s = worked();
	const struct questionnaire *q = content_find(c, "proef");
	struct diag d;
	diag_init(&d);
	struct plan_what w = {"Voornemen", "Stap", "", "", day(2026, 12, 10)};
	struct plan *p = plan_create(ID1, 1764579600, c->catalogue, s, q, NULL, NULL, &w, &d);
	assert_non_null(p);
	long from;
	assert_false(plan_redo_from(p, &from)); /* open: no suggestion */
	struct plan_look_back lb = {PLAN_DONE, "", "", PLAN_NEXT_CLOSE, DATE_NONE, NULL};
	assert_true(plan_review(p, day(2026, 12, 16), &lb, &d));
	/* the session was on 2026-12-01: 56 days later is 2027-01-26, after
	 * the closing day (31 - 1 = 30 days left in December, 26 in January) */
	assert_true(plan_redo_from(p, &from));
	assert_int_equal(from, day(2026, 12, 1) + 56);
	assert_int_equal(from, day(2027, 1, 26));
	/* closed later than that: from the closing day */
	p->closed_date = day(2027, 3, 1);
	p->reviews[0].date = p->closed_date;
	assert_true(plan_redo_from(p, &from));
	assert_int_equal(from, day(2027, 3, 1));
	/* an own voornemen without a session: nothing to redo */
	struct plan *o = own(ID2, 0, &d);
	assert_true(plan_review(o, 1, &lb, &d));
	assert_false(plan_redo_from(o, &from));
	plan_destroy(o);

	/* redone: the most recent finished session of the questionnaire made
	 * after the voornemen, not the session it came from, no hand-in */
	struct session *a = session_create("20261201-100000-000001", q, "", 0);
	struct session *b = session_create("20261201-100000-000002", q, "", 0);
	struct session *h = session_create("20261201-100000-000003", q, "", 0);
	snprintf(a->created, sizeof(a->created), "2027-01-30T10:00:00Z");
	snprintf(b->created, sizeof(b->created), "2027-02-10T10:00:00Z");
	snprintf(h->created, sizeof(h->created), "2027-03-10T10:00:00Z");
	a->finished = b->finished = h->finished = true;
	h->handin = true;
	const struct session *all[] = {s, a, h, b};
	assert_ptr_equal(plan_redone(p, all, 4), b);
	b->finished = false;
	assert_ptr_equal(plan_redone(p, all, 4), a);
	const struct session *only[] = {s};
	assert_null(plan_redone(p, only, 1));
	session_destroy(a);
	session_destroy(b);
	session_destroy(h);
	plan_destroy(p);
	diag_finish(&d);
	session_destroy(s);
	content_destroy(c);
}

static void test_json(void **state)
{
	(void)state;
	struct content *c = proef();
	struct session *s = worked();
	const struct questionnaire *q = content_find(c, "proef");
	struct score_result r;
	assert_true(score_compute(c->catalogue, q, s, &r));
	struct diag d;
	diag_init(&d);
	struct plan_what w = {NULL, "Ouders \"echt\" vragen\nen luisteren", "Ina, Bart",
			      "Vragen komen eerder", day(2026, 12, 15)};
	struct plan *p = plan_create(ID1, 1764579600, c->catalogue, s, q, &r, &r.steps[0], &w, &d);
	struct plan_look_back lb = {PLAN_PARTLY,	"één gesprek",	 "geduld",
				    PLAN_NEXT_CONTINUE, day(2027, 1, 5), NULL};
	assert_true(plan_review(p, day(2026, 12, 15), &lb, &d));
	size_t len;
	char *json = plan_to_json(p, &len);
	assert_non_null(json);
	assert_non_null(strstr(json, "\"format\":\t\"spiegel-plan/1\""));
	assert_non_null(strstr(json, "\"date\":\t\"2027-01-05\""));
	struct plan *back = plan_parse("x.json", json, len, &d);
	print_diags(&d);
	assert_non_null(back);
	char *again = plan_to_json(back, NULL);
	assert_string_equal(json, again);
	free(again);
	plan_destroy(back);

	/* strict reading: each mutation is refused with a message */
	static const struct {
		const char *from, *to, *msg;
	} bad[] = {
	    {"spiegel-plan/1", "spiegel-plan/2", "nieuwer of onbekend"},
	    {"spiegel-plan/1", "spiegel-session/1", "geen voornemen van spiegel"},
	    {"\"result\":\t\"deels\"", "\"result\":\t\"half\"", "\"result\" is"},
	    {"\"next\":\t\"doorgaan\"", "\"next\":\t\"nieuw\"", "\"next_date\" hoort bij"},
	    {"\"date\":\t\"2027-01-05\"", "\"date\":\t\"2027-02-30\"", "geen datum"},
	    {"\"with\":", "\"wie\":", "onbekende sleutel"},
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		char *m = strdup(json);
		char *at = strstr(m, bad[i].from);
		assert_non_null(at);
		size_t nf = strlen(bad[i].from), nt = strlen(bad[i].to);
		char *out = malloc(strlen(m) + nt + 1);
		memcpy(out, m, (size_t)(at - m));
		memcpy(out + (at - m), bad[i].to, nt);
		strcpy(out + (at - m) + nt, at + nf);
		diag_clear(&d);
		struct plan *x = plan_parse("bad.json", out, strlen(out), &d);
		if (x || !diag_has(&d, bad[i].msg)) {
			print_diags(&d);
			fail_msg("mutation %zu (%s) not refused with \"%s\"", i, bad[i].to,
				 bad[i].msg);
		}
		assert_diag(&d, "bad.json");
		free(out);
		free(m);
	}
	free(json);
	plan_destroy(p);
	diag_finish(&d);
	score_finish(&r);
	session_destroy(s);
	content_destroy(c);
}

static void test_limits(void **state)
{
	(void)state;
	size_t max = plan_max_json();
	assert_true(max != SIZE_MAX);
	assert_true(max <= PLAN_MAX_FILE);
	/* and not far below: the limits really are what makes it large */
	assert_true(max > 2 * (3 * PLAN_MAX_TEXT + PLAN_MAX_WITH) * (size_t)PLAN_MAX_REVIEWS / 3);
}

static void test_files(void **state)
{
	(void)state;
	char *root = make_tmpdir();
	struct store st;
	struct diag d;
	diag_init(&d);
	assert_true(store_open(&st, root, test_io(), &d));
	char *dir;
	assert_true(plan_dir(&st, &dir, &d));
	struct stat sb;
	assert_int_equal(stat(dir, &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0700);
	struct plan *p = own(ID1, day(2026, 12, 15), &d);
	char *path = plan_path(dir, p->id);
	assert_null(plan_path(dir, "../../etc"));
	int lock = plan_lock(dir, p->id, "host", 42, &d);
	assert_true(lock >= 0);
	/* a second lock is refused, naming the holder */
	assert_int_equal(plan_lock(dir, p->id, "andere", 7, &d), -1);
	assert_diag(&d, "voornemen " ID1 " is al geopend door proces 42 op host");
	assert_true(plan_save(p, path, st.io, 1764579600, &d));
	assert_int_equal(stat(path, &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0600);
	/* delete refuses while it is open */
	diag_clear(&d);
	assert_false(plan_delete(dir, p->id, &d));
	assert_diag(&d, "al geopend");
	store_unlock(lock);
	/* a broken file and a stray name next to it */
	char *bad = write_file(dir, ID2 ".json", "{\"format\": \"spiegel-plan/1\"}");
	char *other = write_file(dir, "notities.json", "niet van spiegel");
	char *tmp = write_file(dir, ID1 ".json.tmp-abcdef", "half");
	struct plan **v;
	size_t n, nbad;
	diag_clear(&d);
	assert_true(plan_list(dir, &v, &n, &nbad, &d));
	assert_int_equal(n, 1);
	assert_int_equal(nbad, 1);
	assert_string_equal(v[0]->id, ID1);
	assert_diag(&d, ID2 ".json");
	plan_list_free(v, n);
	assert_int_equal(plan_clean_temp(dir), 1);
	assert_int_not_equal(access(tmp, F_OK), 0);
	/* too large to load again: refused before writing, the file stays */
	free(p->sign);
	p->sign = malloc(PLAN_MAX_FILE + 1);
	memset(p->sign, 'x', PLAN_MAX_FILE);
	p->sign[PLAN_MAX_FILE] = '\0';
	diag_clear(&d);
	assert_false(plan_save(p, path, st.io, 0, &d));
	assert_diag(&d, "te groot worden om weer te lezen");
	struct plan *again = plan_load(path, &d);
	assert_non_null(again);
	assert_string_equal(again->sign, "");
	plan_destroy(again);
	assert_true(plan_delete(dir, ID1, &d));
	assert_int_not_equal(access(path, F_OK), 0);
	plan_destroy(p);
	free(path);
	free(bad);
	free(other);
	free(tmp);
	free(dir);
	store_finish(&st);
	diag_finish(&d);
	rm_tree(root);
}

static void test_marks(void **state)
{
	(void)state;
	struct portfolio_marks m;
	portfolio_marks_init(&m);
	struct diag d;
	diag_init(&d);
	assert_true(portfolio_mark(&m, "20261201-090000-5c0e02", "P.D.R", true, &d));
	assert_true(portfolio_mark(&m, "20261201-090000-5c0e02", "P.D.R", true, &d));
	assert_int_equal(m.n, 1);
	assert_true(portfolio_mark(&m, "20261202-090000-5c0e02", "P.X", true, &d));
	assert_true(portfolio_marked(&m, "20261201-090000-5c0e02", "P.D.R"));
	assert_false(portfolio_marked(&m, "20261201-090000-5c0e02", "P.X"));
	assert_false(portfolio_mark(&m, "../x", "P.X", true, &d));
	assert_true(portfolio_mark(&m, "20261201-090000-5c0e02", "P.D.R", false, &d));
	assert_false(portfolio_marked(&m, "20261201-090000-5c0e02", "P.D.R"));
	assert_int_equal(m.n, 1);
	size_t len;
	char *json = portfolio_marks_to_json(&m, &len);
	struct portfolio_marks back;
	bool parsed = portfolio_marks_parse("m.json", json, len, &back, &d);
	print_diags(&d);
	assert_true(parsed);
	assert_int_equal(back.n, 1);
	assert_true(portfolio_marked(&back, "20261202-090000-5c0e02", "P.X"));
	portfolio_marks_finish(&back);
	free(json);
	/* duplicates and unknown keys are refused */
	const char *dup = "{\"format\": \"spiegel-portfolio-marks/1\", \"updated\": \"x\", "
			  "\"marks\": [{\"session\": \"a\", \"item\": \"b\"}, {\"session\": "
			  "\"a\", \"item\": \"b\"}]}";
	assert_false(portfolio_marks_parse("m.json", dup, strlen(dup), &back, &d));
	assert_diag(&d, "staat er al");
	const char *key = "{\"format\": \"spiegel-portfolio-marks/1\", \"updated\": \"x\", "
			  "\"marks\": [{\"session\": \"a\", \"item\": \"b\", \"text\": \"c\"}]}";
	assert_false(portfolio_marks_parse("m.json", key, strlen(key), &back, &d));
	/* the limit */
	for (int i = 0; m.n < PORTFOLIO_MAX_MARKS; i++) {
		char item[16];
		snprintf(item, sizeof(item), "I%d", i);
		assert_true(portfolio_mark(&m, "20261201-090000-5c0e02", item, true, &d));
	}
	diag_clear(&d);
	assert_false(portfolio_mark(&m, "20261201-090000-5c0e02", "ZZ", true, &d));
	assert_diag(&d, "al 2000 antwoorden");
	/* the fullest marks file fits what the loader reads */
	json = portfolio_marks_to_json(&m, &len);
	assert_true(len <= PORTFOLIO_MARKS_MAX_FILE);
	free(json);
	/* a missing file is no marks */
	assert_true(portfolio_marks_load("/nonexistent-spiegel/portfolio.json", &back, &d));
	portfolio_marks_finish(&back);
	portfolio_marks_finish(&m);
	diag_finish(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_dates),	  cmocka_unit_test(test_create_from_steps),
	    cmocka_unit_test(test_due_and_order), cmocka_unit_test(test_review),
	    cmocka_unit_test(test_redo),	  cmocka_unit_test(test_json),
	    cmocka_unit_test(test_limits),	  cmocka_unit_test(test_files),
	    cmocka_unit_test(test_marks),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
