/* Feedback from others: the worked example of doc/scoring.md ("Feedback:
 * worked example", fixtures in test/data/feedback), hand-computed groups,
 * suppression below three observers, the strict answer files and rounds,
 * the form and its data block, and the observer rules of spiegel check. */
#include "helpers.h"

#include "spiegel/content.h"
#include "spiegel/feedback.h"
#include "spiegel/report.h"
#include "spiegel/score.h"
#include "spiegel/session.h"

#define FX SRCDIR "/test/data/feedback"
#define ROUND "0123456789abcdef"

struct fixture {
	struct content *c;
	const struct questionnaire *q;
	struct feedback_round *round;
	struct session *self;
	struct score_result sr;
	struct feedback_response *obs[4];
};

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof(*f));
	struct diag d;
	diag_init(&d);
	f->c = content_load_dir(FX "/content", &d);
	assert_non_null(f->c);
	f->q = content_find(f->c, "proef");
	assert_non_null(f->q);
	f->round = feedback_round_load(FX "/round.json", &d);
	f->self = session_load(SRCDIR "/test/data/score/worked.json", &d);
	static const char *const names[] = {"o1", "o2", "o3", "o4"};
	for (int i = 0; i < 4; i++) {
		char path[256];
		snprintf(path, sizeof(path), FX "/worked/%s.json", names[i]);
		f->obs[i] = feedback_response_load(path, &d);
		assert_non_null(f->obs[i]);
	}
	print_diags(&d);
	assert_int_equal(diag_count(&d), 0);
	diag_finish(&d);
	assert_non_null(f->round);
	assert_non_null(f->self);
	assert_true(score_compute(f->c->catalogue, f->q, f->self, &f->sr));
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	for (int i = 0; i < 4; i++)
		feedback_response_destroy(f->obs[i]);
	score_finish(&f->sr);
	session_destroy(f->self);
	feedback_round_destroy(f->round);
	content_destroy(f->c);
	free(f);
	return 0;
}

static struct feedback_set *set_of(struct fixture *f, size_t n)
{
	char form[FEEDBACK_FORM_MAX];
	feedback_form_version(f->q, form, sizeof(form));
	assert_string_equal(form, f->round->form);
	struct feedback_set *fs = feedback_set_create(f->c->catalogue, f->q, ROUND, form);
	assert_non_null(fs);
	struct diag d;
	diag_init(&d);
	for (size_t i = 0; i < n; i++)
		assert_int_equal(feedback_set_add(fs, f->obs[i], "o", &d), FEEDBACK_ADDED);
	assert_int_equal(diag_count(&d), 0);
	diag_finish(&d);
	return fs;
}

static const struct feedback_practice *fpr(const struct fixture *f, const struct feedback_result *r,
					   const char *id)
{
	int p = content_practice_index(f->c->catalogue, id);
	for (size_t i = 0; i < r->n_practices; i++)
		if ((int)r->practices[i].practice == p)
			return &r->practices[i];
	fail_msg("practice %s not in the result", id);
	return NULL;
}

static const struct feedback_item *fit(const struct fixture *f, const struct feedback_result *r,
				       const char *id)
{
	for (size_t i = 0; i < r->n_items; i++)
		if (strcmp(f->q->items[r->items[i].item].id, id) == 0)
			return &r->items[i];
	fail_msg("item %s not in the result", id);
	return NULL;
}

/* doc/scoring.md, "Feedback: worked example": every figure by hand. */
static void test_worked_example(void **state)
{
	struct fixture *f = *state;
	struct feedback_set *fs = set_of(f, 4);
	struct feedback_result r;
	assert_true(feedback_compute(fs, f->self, &f->sr, 42, &r));
	assert_int_equal(r.n, 4);
	assert_true(r.shown);
	/* teamlid 3 and bestuurder 1: the bestuurder alone would be "anderen"
	 * of one, so the teamleden are folded in too: no role breakdown */
	assert_int_equal(r.n_groups, 1);
	/* organisatie (weight 0.8 even when complete) and bestuur are not
	 * listed; leraren is, without any figure */
	assert_int_equal(r.n_practices, 4);
	const struct feedback_practice *vi = fpr(f, &r, "visie");
	/* visie: 75, 50, 100, 25: mean 62.5; spread sqrt(3125 / 4) = 27.95 */
	assert_true(vi->all.shown);
	assert_int_equal(vi->all.n, 4);
	assert_int_equal(vi->all.tenths, 625);
	assert_int_equal(vi->all.sd_tenths, 280);
	assert_int_equal(vi->self->tenths, 736);
	assert_int_equal(vi->diff_tenths, 111); /* below 12.5: no blind spot */
	assert_int_equal(vi->kind, FEEDBACK_KIND_NONE);
	/* kwaliteit: 50, 25, 50 (o4 covers 2 items): 41.67 -> 41.7; spread
	 * sqrt(1250 / 9) = 11.79; self 56.3: +14.6, a blind spot */
	const struct feedback_practice *kw = fpr(f, &r, "kwaliteit");
	assert_int_equal(kw->all.n, 3);
	assert_int_equal(kw->all.tenths, 417);
	assert_int_equal(kw->all.sd_tenths, 118);
	assert_int_equal(kw->diff_tenths, 146);
	assert_int_equal(kw->kind, FEEDBACK_BLIND_SPOT);
	/* omgeving: 50, 75, 100 (o2 knows none): 75.0, spread 20.41; self
	 * 50.0: -25.0, a hidden strength */
	const struct feedback_practice *om = fpr(f, &r, "omgeving");
	assert_int_equal(om->all.n, 3);
	assert_int_equal(om->all.tenths, 750);
	assert_int_equal(om->all.sd_tenths, 204);
	assert_int_equal(om->diff_tenths, -250);
	assert_int_equal(om->kind, FEEDBACK_HIDDEN_STRENGTH);
	/* leraren: every observer answered C "weet niet", the self is short */
	const struct feedback_practice *le = fpr(f, &r, "leraren");
	assert_false(le->all.shown);
	assert_int_equal(le->all.n, 0);
	assert_false(le->has_diff);
	assert_int_equal(r.n_blind, 1);
	assert_int_equal(r.n_hidden, 1);
	/* items, as given: A.01 5 vs 4, 3, 5, 2 = 3.5; B.02 4 vs 3, 2, 3 =
	 * 2.67 -> 2.7 (one weet niet); B.03 2 vs 3, 4, 3, 2 = 3.0 */
	const struct feedback_item *a1 = fit(f, &r, "P.A.01");
	assert_int_equal(a1->all.tenths, 35);
	assert_int_equal(a1->diff_tenths, 15);
	const struct feedback_item *b2 = fit(f, &r, "P.B.02");
	assert_int_equal(b2->all.tenths, 27);
	assert_int_equal(b2->all.unknown, 1);
	assert_int_equal(b2->diff_tenths, 13);
	assert_int_equal(fit(f, &r, "P.B.03")->diff_tenths, -10);
	assert_false(fit(f, &r, "P.C.01")->all.shown);
	/* the largest: A.01 and A.02 (1.5), B.02 (1.3), then the first of the
	 * 1.0s in questionnaire order: B.03, D.01 */
	static const char *const top[] = {"P.A.01", "P.A.02", "P.B.02", "P.B.03", "P.D.01"};
	assert_int_equal(r.n_top, 5);
	for (size_t k = 0; k < 5; k++)
		assert_string_equal(f->q->items[r.items[r.top[k]].item].id, top[k]);
	/* next steps: the blind spot's first (others 41.7: Ontwikkelpunt),
	 * then the session's own without repeats */
	assert_int_equal(r.n_steps, 3);
	assert_string_equal(r.steps[0].step->id, "NS-kw-01");
	assert_true(r.steps_from_blind[0]);
	assert_string_equal(r.steps[1].step->id, "NS-om-01");
	assert_string_equal(r.steps[2].step->id, "NS-om-02");
	assert_false(r.steps_from_blind[1]);
	/* open answers: all three, as given */
	assert_int_equal(r.n_open[OPEN_BLIJVEN], 2);
	assert_int_equal(r.n_open[OPEN_MEER], 1);
	assert_string_equal(r.open[OPEN_MEER][0], "Vaker in de klas komen.");
	feedback_result_finish(&r);
	feedback_set_destroy(fs);
}

/* The groups of a set of role counts (teamlid, collega, bestuurder, anders). */
static void test_groups(void **state)
{
	(void)state;
	struct feedback_group g[N_ROLES + 1];
	size_t n;
	/* 3 teamleden, 2 collega's, 1 bestuurder, 1 anders: teamleden, anderen 4 */
	n = feedback_groups((size_t[]){3, 2, 1, 1}, g);
	assert_int_equal(n, 2);
	assert_int_equal(g[0].role, ROLE_TEAMLID);
	assert_int_equal(g[0].n, 3);
	assert_int_equal(g[1].role, FEEDBACK_GROUP_OTHERS);
	assert_int_equal(g[1].n, 4);
	/* 3 and 1: anderen would be one person: no breakdown */
	assert_int_equal(feedback_groups((size_t[]){3, 0, 1, 0}, g), 0);
	/* 3 and 3: two roles, no anderen */
	n = feedback_groups((size_t[]){3, 3, 0, 0}, g);
	assert_int_equal(n, 2);
	assert_int_equal(g[1].role, ROLE_COLLEGA);
	/* 4, 3, 2: anderen 2 takes the smallest role (collega 3) too */
	n = feedback_groups((size_t[]){4, 3, 2, 0}, g);
	assert_int_equal(n, 2);
	assert_int_equal(g[0].role, ROLE_TEAMLID);
	assert_int_equal(g[1].role, FEEDBACK_GROUP_OTHERS);
	assert_int_equal(g[1].n, 5);
	/* 3, 3, 3, 1: a tie of the smallest: the later (bestuurder) goes */
	n = feedback_groups((size_t[]){3, 3, 3, 1}, g);
	assert_int_equal(n, 3);
	assert_int_equal(g[0].role, ROLE_TEAMLID);
	assert_int_equal(g[1].role, ROLE_COLLEGA);
	assert_int_equal(g[2].n, 4);
	/* only "anders": one group, no breakdown */
	assert_int_equal(feedback_groups((size_t[]){0, 0, 0, 5}, g), 0);
}

/* Two observers: no observer figure anywhere, in any format. */
static void test_two_observers(void **state)
{
	struct fixture *f = *state;
	struct feedback_set *fs = set_of(f, 2);
	struct feedback_result r;
	assert_true(feedback_compute(fs, f->self, &f->sr, 7, &r));
	assert_false(r.shown);
	assert_int_equal(r.n_groups, 1);
	for (size_t i = 0; i < r.n_practices; i++) {
		assert_false(r.practices[i].all.shown);
		assert_int_equal(r.practices[i].all.tenths, 0);
		assert_false(r.practices[i].has_diff);
	}
	for (size_t i = 0; i < r.n_items; i++)
		assert_false(r.items[i].all.shown);
	assert_int_equal(r.n_top + r.n_blind + r.n_hidden, 0);
	assert_int_equal(r.n_open[0] + r.n_open[1], 0);
	struct feedback_report_input in = {.round = f->round,
					   .round_id = ROUND,
					   .form = f->round->form,
					   .res = &r,
					   .self = f->self,
					   .self_score = &f->sr};
	enum report_format fmts[] = {REPORT_TEXT, REPORT_MARKDOWN, REPORT_HTML, REPORT_JSON,
				     REPORT_CSV};
	for (size_t k = 0; k < 5; k++) {
		size_t len;
		char *text = report_feedback(fmts[k], &in, &len);
		assert_non_null(text);
		/* the o1 open answer, any spread, the visie mean of o1 and o2
		 * (62.5) or either's score (75.0, 50.0) */
		assert_null(strstr(text, "luistert"));
		if (fmts[k] != REPORT_CSV) /* its header names the column */
			assert_null(strstr(text, "preiding"));
		assert_null(strstr(text, "62.5"));
		assert_null(strstr(text, "Visiegestuurd"));
		if (fmts[k] == REPORT_CSV)
			assert_int_equal(strchr(text, '\n') - text + 1,
					 (long)len); /* header only */
		else if (fmts[k] == REPORT_JSON)
			assert_non_null(strstr(text, "\"shown\":\tfalse"));
		else
			assert_non_null(strstr(text, "pas vanaf 3"));
		free(text);
	}
	feedback_result_finish(&r);
	feedback_set_destroy(fs);
}

/* A practice's role figures vanish when a group has 1 or 2 for it. */
static void test_group_suppression(void **state)
{
	struct fixture *f = *state;
	char form[FEEDBACK_FORM_MAX];
	feedback_form_version(f->q, form, sizeof(form));
	struct feedback_set *fs = feedback_set_create(f->c->catalogue, f->q, ROUND, form);
	struct diag d;
	diag_init(&d);
	/* 3 teamleden (o1-o3) and 3 collega's: copies of o1, o3 and o4 */
	for (int i = 0; i < 3; i++)
		assert_int_equal(feedback_set_add(fs, f->obs[i], "t", &d), FEEDBACK_ADDED);
	int from[] = {0, 2, 3};
	for (int i = 0; i < 3; i++) {
		unsigned char rnd[FEEDBACK_ID_BYTES] = {9, 9, 9, 9, 9, 9, 9, (unsigned char)i};
		struct feedback_response *c =
		    feedback_response_create(ROUND, form, ROLE_COLLEGA, rnd);
		const struct feedback_response *o = f->obs[from[i]];
		for (size_t k = 0; k < o->n_answers; k++)
			assert_true(
			    feedback_response_set(c, o->answers[k].item, o->answers[k].value));
		assert_int_equal(feedback_set_add(fs, c, "c", &d), FEEDBACK_ADDED);
		feedback_response_destroy(c);
	}
	struct feedback_result r;
	assert_true(feedback_compute(fs, NULL, NULL, 1, &r));
	assert_int_equal(r.n_groups, 3); /* everyone, teamleden, collega's */
	/* visie: teamleden 75, 50, 100 = 75.0; collega's 75, 100, 25 = 66.7 */
	const struct feedback_practice *vi = fpr(f, &r, "visie");
	assert_true(vi->by_group[1].shown);
	assert_int_equal(vi->by_group[1].tenths, 750);
	assert_int_equal(vi->by_group[2].tenths, 667);
	/* kwaliteit: teamleden 3, collega's 2 (o4's copy covers too little):
	 * no role figure at all, only everyone (5) */
	const struct feedback_practice *kw = fpr(f, &r, "kwaliteit");
	assert_true(kw->all.shown);
	assert_int_equal(kw->all.n, 5);
	assert_false(kw->by_group[1].shown);
	assert_false(kw->by_group[2].shown);
	feedback_result_finish(&r);
	feedback_set_destroy(fs);
	diag_finish(&d);
}

/* Files that do not count say why. */
static void test_set_rejects(void **state)
{
	struct fixture *f = *state;
	struct feedback_set *fs = set_of(f, 1);
	struct diag d;
	diag_init(&d);
	assert_int_equal(feedback_set_add(fs, f->obs[0], "dubbel.json", &d), FEEDBACK_DUPLICATE);
	assert_diag(&d, "dubbel.json: hetzelfde antwoord-id");
	unsigned char rnd[FEEDBACK_ID_BYTES] = {1, 2, 3, 4, 5, 6, 7, 8};
	struct feedback_response *r =
	    feedback_response_create("fedcba9876543210", f->round->form, ROLE_ANDERS, rnd);
	assert_true(feedback_response_set(r, "P.A.01", 3));
	assert_int_equal(feedback_set_add(fs, r, "ander.json", &d), FEEDBACK_OTHER_ROUND);
	assert_diag(&d, "ander.json: hoort bij een andere feedbackronde");
	feedback_response_destroy(r);
	r = feedback_response_create(ROUND, "proef/1.0.0/00000000", ROLE_ANDERS, rnd);
	assert_true(feedback_response_set(r, "P.A.01", 3));
	assert_int_equal(feedback_set_add(fs, r, "oud.json", &d), FEEDBACK_OTHER_FORM);
	assert_diag(&d, "oud.json: ingevuld op een ander formulier");
	feedback_response_destroy(r);
	r = feedback_response_create(ROUND, f->round->form, ROLE_ANDERS, rnd);
	assert_int_equal(feedback_set_add(fs, r, "leeg.json", &d), FEEDBACK_INVALID);
	assert_diag(&d, "leeg.json: bevat geen enkel antwoord");
	assert_true(feedback_response_set(r, "P.CTX", 3)); /* a choice item */
	assert_int_equal(feedback_set_add(fs, r, "vreemd.json", &d), FEEDBACK_INVALID);
	assert_diag(&d, "vreemd.json: answers: P.CTX: geen vraag van dit formulier");
	feedback_response_destroy(r);
	assert_int_equal(feedback_set_count(fs), 1);
	diag_finish(&d);
	feedback_set_destroy(fs);
}

static struct feedback_response *parse(const char *text, struct diag *d)
{
	return feedback_response_parse("a.json", text, strlen(text), d);
}

/* Answer files: what is written reads back the same; nothing else loads. */
static void test_response_files(void **state)
{
	(void)state;
	unsigned char rnd[FEEDBACK_ID_BYTES] = {0xde, 0xad, 0xbe, 0xef, 0, 1, 2, 3};
	struct feedback_response *r =
	    feedback_response_create(ROUND, "proef/1.0.0/8ca9a42d", ROLE_BESTUURDER, rnd);
	assert_non_null(r);
	assert_string_equal(r->response, "deadbeef00010203");
	assert_true(feedback_response_set(r, "P.A.01", 4));
	assert_true(feedback_response_set(r, "P.A.02", FEEDBACK_UNKNOWN));
	assert_false(feedback_response_set(r, "P.A.03", 6));
	assert_false(feedback_response_set(r, "../x", 3));
	/* "e" + combining acute is stored precomposed */
	assert_true(feedback_response_set_open(r, OPEN_MEER, "Caf\x65\xcc\x81 en\nmeer"));
	assert_false(feedback_response_set_open(r, OPEN_BLIJVEN, "a\x1b[2Jb"));
	size_t len;
	char *json = feedback_response_to_json(r, &len);
	assert_non_null(strstr(json, "\"weet niet\""));
	assert_non_null(strstr(json, "Caf\xc3\xa9"));
	struct diag d;
	diag_init(&d);
	struct feedback_response *back = feedback_response_parse("x.json", json, len, &d);
	assert_non_null(back);
	char *again = feedback_response_to_json(back, NULL);
	assert_string_equal(json, again);
	free(again);
	free(json);
	feedback_response_destroy(back);
	feedback_response_destroy(r);
	static const struct {
		const char *text, *msg;
	} bad[] = {
	    {"{\"format\": \"spiegel-feedback/2\"}", "nieuwer of onbekend"},
	    {"{\"format\": \"spiegel-session/1\"}", "geen antwoordbestand"},
	    {"{\"format\": \"spiegel-feedback/1\", \"round\": \"0123456789abcdef\", \"form\": "
	     "\"p/1/2\", \"role\": \"teamlid\", \"response\": \"0123456789abcdef\", \"answers\": "
	     "{}, \"name\": \"Bert\"}",
	     "name"},
	    {"{\"format\": \"spiegel-feedback/1\", \"round\": \"0123456789ABCDEF\", \"form\": "
	     "\"p/1/2\", \"role\": \"teamlid\", \"response\": \"0123456789abcdef\", \"answers\": "
	     "{}}",
	     "ongeldige ronde-id"},
	    {"{\"format\": \"spiegel-feedback/1\", \"round\": \"0123456789abcdef\", \"form\": "
	     "\"p/1/2\", \"role\": \"directeur\", \"response\": \"0123456789abcdef\", \"answers\": "
	     "{}}",
	     "onbekende rol"},
	    {"{\"format\": \"spiegel-feedback/1\", \"round\": \"0123456789abcdef\", \"form\": "
	     "\"p/1/2\", \"role\": \"teamlid\", \"response\": \"0123456789abcdef\", \"answers\": "
	     "{\"A\": 3.5}}",
	     "answers: A: een antwoord is een getal van 1 tot en met 5"},
	    {"{\"format\": \"spiegel-feedback/1\", \"round\": \"0123456789abcdef\", \"form\": "
	     "\"p/1/2\", \"role\": \"teamlid\", \"response\": \"0123456789abcdef\", \"answers\": "
	     "{\"A\": \"weet ik niet\"}}",
	     "answers: A: een antwoord is"},
	    {"{\"format\": \"spiegel-feedback/1\", \"round\": \"0123456789abcdef\", \"form\": "
	     "\"p/1/2\", \"role\": \"teamlid\", \"response\": \"0123456789abcdef\", \"answers\": "
	     "{}, \"open\": {\"meer\": \"\"}}",
	     "open: meer: een leeg antwoord"},
	    {"{\"format\": \"spiegel-feedback/1\", \"round\": \"0123456789abcdef\", \"form\": "
	     "\"p/1/2\", \"role\": \"teamlid\", \"answers\": {}}",
	     "\"response\""},
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		diag_clear(&d);
		assert_null(parse(bad[i].text, &d));
		assert_diag(&d, bad[i].msg);
	}
	diag_finish(&d);
}

/* The form: everything it says comes from content and the round, nothing
 * is loaded from elsewhere, and observe reads the same questions back. */
static void test_form(void **state)
{
	struct fixture *f = *state;
	struct content *v = content_localize(f->c, f->round->sector);
	const struct questionnaire *vq = content_find(v, "proef");
	size_t len;
	char *html = feedback_form_html(f->round, vq, &len);
	assert_non_null(html);
	assert_non_null(strstr(html, "<html lang=\"nl\">"));
	assert_non_null(strstr(html, "Hoe zie jij Proef Schoolleider?"));
	assert_null(strstr(html, "http:"));
	assert_null(strstr(html, "https:"));
	assert_null(strstr(html, "localStorage"));
	assert_null(strstr(html, "document.cookie"));
	assert_null(strstr(html, " src="));
	/* no answer of the leader: the worked session's open answer */
	assert_null(strstr(html, "ouders nodig hebben"));
	struct diag d;
	diag_init(&d);
	struct feedback_form *fo = feedback_form_parse("f.html", html, len, &d);
	print_diags(&d);
	assert_non_null(fo);
	assert_string_equal(fo->round, ROUND);
	assert_string_equal(fo->form, f->round->form);
	assert_int_equal(fo->n_items, 16);
	assert_string_equal(fo->items[3].id, "P.A.04");
	assert_string_equal(fo->items[0].scale[4], vq->items[1].scale[4]);
	/* a question id that repeats an earlier one is refused where it repeats */
	const char *earlier = fo->items[2].id;
	assert_int_equal(strlen(earlier), strlen("P.A.04"));
	char *dup = strdup(html);
	for (char *at = dup; (at = strstr(at, "\"P.A.04\"")); at++)
		memcpy(at + 1, earlier, strlen(earlier));
	assert_null(feedback_form_parse("d.html", dup, len, &d));
	char needle[80];
	snprintf(needle, sizeof(needle), "vraag 4: vraag-id \"%s\" komt twee keer voor", earlier);
	assert_diag(&d, needle);
	free(dup);
	feedback_form_destroy(fo);
	/* a text with "</script>" stays inside its block */
	struct feedback_round *r2 =
	    feedback_round_create(f->q, SECTOR_PO, "</script><b>", (unsigned char[8]){0}, 0);
	char *h2 = feedback_form_html(r2, vq, &len);
	assert_null(strstr(h2, "</script><b>"));
	fo = feedback_form_parse("f2.html", h2, len, &d);
	assert_non_null(fo);
	assert_string_equal(fo->name, "</script><b>");
	feedback_form_destroy(fo);
	free(h2);
	feedback_round_destroy(r2);
	assert_null(feedback_form_parse("g.html", "<html></html>", 13, &d));
	assert_diag(&d, "g.html: geen feedbackformulier van spiegel");
	diag_finish(&d);
	free(html);
	content_destroy(v);
}

static void test_round_file(void **state)
{
	struct fixture *f = *state;
	size_t len;
	char *json = feedback_round_to_json(f->round, &len);
	struct diag d;
	diag_init(&d);
	struct feedback_round *r = feedback_round_parse("r.json", json, len, &d);
	assert_non_null(r);
	char *again = feedback_round_to_json(r, NULL);
	assert_string_equal(json, again);
	assert_int_equal(r->sector, SECTOR_PO);
	/* none of the leader's answers: only these keys */
	assert_null(strstr(json, "answers"));
	free(again);
	free(json);
	feedback_round_destroy(r);
	/* a round invited without a name (name "") loads */
	char *named = f->round->name;
	f->round->name = (char *)"";
	json = feedback_round_to_json(f->round, &len);
	f->round->name = named;
	r = feedback_round_parse("r.json", json, len, &d);
	assert_non_null(r);
	assert_string_equal(r->name, "");
	feedback_round_destroy(r);
	free(json);
	assert_null(feedback_round_parse("r.json", "{\"format\": \"spiegel-round/9\"}", 29, &d));
	assert_diag(&d, "nieuwer of onbekend");
	diag_finish(&d);
}

/* spiegel check: all or none of a questionnaire's likert items have an
 * observer form, each about the leader, not in the first person. */
static void test_check_observer(void **state)
{
	struct fixture *f = *state;
	struct diag d;
	diag_init(&d);
	assert_true(feedback_check_observer(f->q, &d));
	assert_true(feedback_available(f->q));
	struct questionnaire q = *f->q;
	struct item *items = calloc(q.n_items, sizeof(*items));
	memcpy(items, f->q->items, q.n_items * sizeof(*items));
	q.items = items;
	items[1].observer = NULL;
	items[2].observer = "Ik zie de schoolleider vaak.";
	items[3].observer = "Hoe vaak doet de directeur dit?";
	/* wrong for a bestuurder or a colleague leader */
	items[4].observer = "Hoe vaak doet je leidinggevende dit, volgens de schoolleider?";
	assert_false(feedback_check_observer(&q, &d));
	assert_false(feedback_available(&q));
	assert_diag(&d, "item P.A.01: geen \"observer\"");
	assert_diag(&d, "item P.A.02: \"observer\" staat in de ik-vorm");
	assert_diag(&d, "item P.A.03: \"observer\" noemt \"de schoolleider\" niet");
	assert_diag(&d, "item P.A.04: \"observer\" zegt \"je leidinggevende\"");
	free(items);
	diag_finish(&d);
}

/* What an observer is told about who sees what: the same sentences in the
 * form and in spiegel observe, with the names and the minimum filled in. */
static void test_privacy_points(void **state)
{
	(void)state;
	char *p = feedback_privacy_point(1, "Anna", "Anna");
	assert_non_null(p);
	assert_non_null(strstr(p, "Je stuurt dat bestand zelf naar Anna."));
	free(p);
	p = feedback_privacy_point(2, "de schoolleider", "De schoolleider");
	assert_non_null(p);
	assert_string_equal(p, "De schoolleider ziet in het rapport van spiegel alleen "
			       "gemiddelden over minstens 3 mensen. Een rol waarin minder dan 3 "
			       "mensen antwoorden, valt samen onder \"anderen\". Komen er minder "
			       "dan 3 antwoorden binnen, dan toont spiegel niets van wat anderen "
			       "invulden.");
	free(p);
	for (int k = 0; k < FEEDBACK_PRIVACY_POINTS; k++) {
		p = feedback_privacy_point(k, "A", "A");
		assert_non_null(p);
		assert_true(strlen(p) > 40);
		free(p);
	}
	assert_null(feedback_privacy_point(FEEDBACK_PRIVACY_POINTS, "A", "A"));
	assert_null(feedback_privacy_point(-1, "A", "A"));
}

static size_t count(const char *hay, const char *needle)
{
	size_t n = 0;
	for (const char *p = strstr(hay, needle); p; p = strstr(p + 1, needle))
		n++;
	return n;
}

/* How the leader is named: the round's name, or the role-neutral "de
 * schoolleider" (the observer may be the bestuurder); the roles and open
 * questions read right for every role. */
static void test_leader_naming(void **state)
{
	(void)state;
	assert_string_equal(feedback_leader(NULL, false), "de schoolleider");
	assert_string_equal(feedback_leader("", true), "De schoolleider");
	assert_string_equal(feedback_leader("Anna de Vries", true), "Anna de Vries");
	char *n = feedback_naming_note("Anna de Vries");
	assert_string_equal(n, "In de vragen heet Anna de Vries kortweg \"de schoolleider\".");
	free(n);
	assert_null(feedback_naming_note(""));
	assert_null(feedback_naming_note(NULL));
	assert_string_equal(feedback_role_label(ROLE_TEAMLID),
			    "teamlid (je werkt in het team van de schoolleider)");
	assert_string_equal(feedback_role_label(ROLE_BESTUURDER),
			    "bestuurder (de schoolleider legt aan jou verantwoording af)");
	for (int r = 0; r < N_ROLES; r++) {
		/* each label starts with its role's id and names nobody's boss */
		const char *l = feedback_role_label(r);
		assert_int_equal(strncmp(l, feedback_role_id(r), strlen(feedback_role_id(r))), 0);
		assert_null(strstr(l, "je leidinggevende"));
	}
	for (int k = 0; k < N_OPEN; k++) {
		assert_null(strstr(feedback_open_question(k), "leidinggevende"));
		assert_non_null(strstr(feedback_open_question(k), "de schoolleider"));
	}
}

/* The form: "kan ik niet beoordelen" on every question, set apart from the
 * scale, the hint that "nooit" is for what one does witness; a named form
 * says who "de schoolleider" is; the form version does not depend on the
 * name. */
static void test_form_wording(void **state)
{
	struct fixture *f = *state;
	struct content *v = content_localize(f->c, SECTOR_PO);
	const struct questionnaire *vq = content_find(v, "proef");
	unsigned char rnd[8] = {1, 2, 3, 4, 5, 6, 7, 8};
	struct feedback_round *anon = feedback_round_create(f->q, SECTOR_PO, NULL, rnd, 0);
	struct feedback_round *named = feedback_round_create(f->q, SECTOR_PO, "Anna", rnd, 0);
	assert_string_equal(anon->form, named->form);
	assert_string_equal(anon->form, f->round->form);
	size_t len;
	char *h = feedback_form_html(anon, vq, &len);
	assert_non_null(strstr(h, "Hoe zie jij de schoolleider?"));
	assert_non_null(strstr(h, "De schoolleider vraagt je om feedback"));
	assert_null(strstr(h, "leidinggevende van"));
	assert_null(strstr(h, "je leidinggevende"));
	assert_null(strstr(h, "kortweg"));
	assert_int_equal(count(h, ">" FEEDBACK_UNKNOWN_LABEL " (telt niet mee)<"), 16);
	assert_int_equal(count(h, "label class=\"unknown\""), 16);
	assert_null(strstr(h, "weet ik niet"));
	assert_int_equal(count(h, "Kies &quot;nooit&quot; alleen als je in de situaties komt"), 1);
	free(h);
	h = feedback_form_html(named, vq, &len);
	assert_non_null(strstr(h, "Hoe zie jij Anna?"));
	assert_non_null(strstr(h, "In de vragen heet Anna kortweg &quot;de schoolleider&quot;."));
	free(h);
	feedback_round_destroy(anon);
	feedback_round_destroy(named);
	content_destroy(v);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_worked_example), cmocka_unit_test(test_groups),
	    cmocka_unit_test(test_two_observers),  cmocka_unit_test(test_group_suppression),
	    cmocka_unit_test(test_set_rejects),	   cmocka_unit_test(test_response_files),
	    cmocka_unit_test(test_form),	   cmocka_unit_test(test_round_file),
	    cmocka_unit_test(test_check_observer), cmocka_unit_test(test_privacy_points),
	    cmocka_unit_test(test_leader_naming),  cmocka_unit_test(test_form_wording),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
