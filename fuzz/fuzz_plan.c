/*
 * Harness: the loaders of voornemens and portfolio choices and what follows
 * them (issue 16).
 *
 * Input: the bytes of a voornemen ("spiegel-plan/1") or of the portfolio
 * choices ("spiegel-portfolio-marks/1"); both parsers see every input. A
 * voornemen that loads must survive a save/load round trip unchanged; its
 * list and show texts and a portfolio holding it (markdown and HTML, with
 * the bundled content and no sessions) must be valid UTF-8 of the length
 * reported; a look back on it either is refused or keeps it loadable.
 * Marks that load must round trip too.
 */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "spiegel/date.h"
#include "spiegel/plan.h"
#include "spiegel/portfolio.h"

static void check_text(const char *what, char *s, size_t len)
{
	if (!s)
		fuzz_fail("%s: NULL", what);
	if (strlen(s) != len)
		fuzz_fail("%s: length %zu, strlen %zu", what, len, strlen(s));
	fuzz_check_text(what, s, len);
	free(s);
}

static void roundtrip(const struct plan *p)
{
	size_t len1 = 0, len2 = 0;
	char *once = plan_to_json(p, &len1);
	if (!once)
		fuzz_fail("plan_to_json: NULL");
	struct diag d;
	diag_init(&d);
	struct plan *back = plan_parse("again.json", once, len1, &d);
	if (!back)
		fuzz_fail("a saved voornemen does not load: %s",
			  diag_count(&d) ? diag_msg(&d, 0) : "?");
	char *twice = plan_to_json(back, &len2);
	if (!twice || len1 != len2 || memcmp(once, twice, len1) != 0)
		fuzz_fail("voornemen save/load/save differs");
	if (len1 > PLAN_MAX_FILE)
		fuzz_fail("a voornemen that loaded saves larger than the loader reads");
	free(once);
	free(twice);
	plan_destroy(back);
	diag_finish(&d);
}

static void outputs(struct plan *p)
{
	const struct content *c = fuzz_content();
	long today = p->date;
	struct plan *v[] = {p};
	char *list = plan_list_text(v, 1, today, c, NULL, 0);
	check_text("plan_list_text", list, list ? strlen(list) : 0);
	char *show = plan_show_text(p, today + 1, c, NULL);
	check_text("plan_show_text", show, show ? strlen(show) : 0);
	struct portfolio_marks m;
	portfolio_marks_init(&m);
	const struct plan *pv[] = {p};
	struct portfolio_input in = {.content = c,
				     .plans = pv,
				     .n_plans = 1,
				     .marks = &m,
				     .from = DATE_NONE,
				     .to = DATE_NONE,
				     .today = today};
	for (int f = 0; f < 2; f++) {
		size_t len = 0;
		char *out = portfolio_render(f ? REPORT_HTML : REPORT_MARKDOWN, &in, &len);
		check_text("portfolio_render", out, len);
	}
}

static void look_back(struct plan *p)
{
	struct diag d;
	diag_init(&d);
	struct plan_look_back lb = {PLAN_PARTLY,	"gebeurd",   "geleerd",
				    PLAN_NEXT_CONTINUE, p->date + 7, NULL};
	if (plan_review(p, p->date, &lb, &d))
		roundtrip(p);
	else
		fuzz_check_diag("plan_review", false, &d);
	diag_finish(&d);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = fuzz_text(data, size, PLAN_MAX_FILE);
	if (!text)
		return 0;
	struct diag d;
	diag_init(&d);
	struct plan *p = plan_parse("fuzz.json", text, size, &d);
	fuzz_check_diag("plan_parse", p != NULL, &d);
	if (p) {
		roundtrip(p);
		outputs(p);
		look_back(p);
		plan_destroy(p);
	}
	diag_clear(&d);
	struct portfolio_marks m;
	bool ok = portfolio_marks_parse("fuzz.json", text, size, &m, &d);
	fuzz_check_diag("portfolio_marks_parse", ok, &d);
	if (ok) {
		size_t len = 0;
		char *json = portfolio_marks_to_json(&m, &len);
		struct portfolio_marks back;
		diag_clear(&d);
		if (!json || !portfolio_marks_parse("again.json", json, len, &back, &d))
			fuzz_fail("saved portfolio choices do not load");
		if (back.n != m.n)
			fuzz_fail("portfolio choices: %zu after a round trip, %zu before", back.n,
				  m.n);
		portfolio_marks_finish(&back);
		free(json);
		portfolio_marks_finish(&m);
	}
	diag_finish(&d);
	free(text);
	return 0;
}
