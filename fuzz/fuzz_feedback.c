/*
 * Harness: the loaders of feedback rounds (issue 15) and what follows them.
 *
 * Input: the bytes of an observer's answer file ("spiegel-feedback/1"), of
 * a feedback form (HTML with a "spiegel-form/1" data block) or of a round
 * file. Each loader gets every input. An answer file that loads must
 * survive a save/load round trip unchanged; it is then counted in a round
 * of leiderschapsscan from the bundled content three times over (so that
 * figures are shown), with the first as a duplicate, and every report
 * format is rendered: valid UTF-8 of the length reported, a JSON report the
 * strict reader accepts, no figure from fewer than three observers.
 */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "jsonio.h"
#include "spiegel/feedback.h"

static void reports(const struct feedback_result *res, const char *round, const char *form)
{
	struct feedback_report_input in = {.round_id = round, .form = form, .res = res};
	enum report_format fs[] = {REPORT_TEXT, REPORT_MARKDOWN, REPORT_HTML, REPORT_JSON,
				   REPORT_CSV};
	for (size_t k = 0; k < sizeof(fs) / sizeof(fs[0]); k++) {
		size_t len = 0;
		char *text = report_feedback(fs[k], &in, &len);
		if (!text)
			fuzz_fail("report_feedback %zu: NULL", k);
		fuzz_check_text("report_feedback", text, len);
		if (fs[k] == REPORT_JSON) {
			struct diag d;
			diag_init(&d);
			cJSON *j = jsonio_parse("report.json", text, len, &d);
			if (!j)
				fuzz_fail("the JSON feedback report does not parse: %s",
					  diag_count(&d) ? diag_msg(&d, 0) : "?");
			cJSON_Delete(j);
			diag_finish(&d);
		}
		free(text);
	}
}

static void answers(const char *text, size_t size)
{
	struct diag d;
	diag_init(&d);
	struct feedback_response *r = feedback_response_parse("fuzz.json", text, size, &d);
	fuzz_check_diag("feedback_response_parse", r != NULL, &d);
	if (!r) {
		diag_finish(&d);
		return;
	}
	size_t n1 = 0, n2 = 0;
	char *once = feedback_response_to_json(r, &n1);
	if (!once)
		fuzz_fail("feedback_response_to_json: NULL");
	fuzz_check_text("feedback_response_to_json", once, n1);
	diag_clear(&d);
	struct feedback_response *back = feedback_response_parse("again.json", once, n1, &d);
	if (!back)
		fuzz_fail("a saved answer file does not load: %s",
			  diag_count(&d) ? diag_msg(&d, 0) : "?");
	char *twice = feedback_response_to_json(back, &n2);
	if (!twice || n1 != n2 || memcmp(once, twice, n1) != 0)
		fuzz_fail("answer file save/load/save differs");
	free(once);
	free(twice);
	const struct content *c = fuzz_content();
	const struct questionnaire *q = content_find(c, "leiderschapsscan");
	struct feedback_set *fs = feedback_set_create(c->catalogue, q, r->round, r->form);
	if (!fs)
		fuzz_fail("feedback_set_create: NULL");
	/* three observers: the file, and two copies with other response ids */
	enum feedback_add_result first = feedback_set_add(fs, r, "fuzz.json", &d);
	if (first != FEEDBACK_ADDED && diag_count(&d) == 0)
		fuzz_fail("feedback_set_add refused without a reason");
	if (first == FEEDBACK_ADDED) {
		if (feedback_set_add(fs, back, "dup.json", &d) != FEEDBACK_DUPLICATE)
			fuzz_fail("the same response id counted twice");
		for (int k = 0; k < 2; k++) {
			back->response[0] = back->response[0] == 'a' ? 'b' : 'a';
			back->response[1] = (char)('0' + k);
			if (feedback_set_add(fs, back, "copy.json", &d) != FEEDBACK_ADDED)
				fuzz_fail("a copy with another response id was refused");
		}
	}
	struct feedback_result res;
	if (!feedback_compute(fs, NULL, NULL, 7, &res))
		fuzz_fail("feedback_compute: false");
	if (res.shown != (res.n >= FEEDBACK_MIN_OBSERVERS))
		fuzz_fail("shown with %zu observers", res.n);
	for (size_t i = 0; i < res.n_practices; i++)
		if (res.practices[i].all.shown && res.practices[i].all.n < FEEDBACK_MIN_OBSERVERS)
			fuzz_fail("a practice figure from %zu observers", res.practices[i].all.n);
	for (size_t i = 0; i < res.n_items; i++)
		if (res.items[i].all.shown && res.items[i].all.n < FEEDBACK_MIN_OBSERVERS)
			fuzz_fail("an item figure from %zu observers", res.items[i].all.n);
	reports(&res, r->round, r->form);
	feedback_result_finish(&res);
	feedback_set_destroy(fs);
	feedback_response_destroy(back);
	feedback_response_destroy(r);
	diag_finish(&d);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = fuzz_text(data, size, FEEDBACK_MAX_FORM_FILE);
	if (!text)
		return 0;
	answers(text, size);
	struct diag d;
	diag_init(&d);
	struct feedback_form *f = feedback_form_parse("fuzz.html", text, size, &d);
	fuzz_check_diag("feedback_form_parse", f != NULL, &d);
	for (size_t i = 0; f && i < f->n_items; i++)
		fuzz_check_text("form item", f->items[i].text, strlen(f->items[i].text));
	feedback_form_destroy(f);
	diag_clear(&d);
	struct feedback_round *r = feedback_round_parse("fuzz.json", text, size, &d);
	fuzz_check_diag("feedback_round_parse", r != NULL, &d);
	if (r) {
		size_t n = 0;
		char *json = feedback_round_to_json(r, &n);
		diag_clear(&d);
		struct feedback_round *back =
		    json ? feedback_round_parse("again.json", json, n, &d) : NULL;
		if (!back)
			fuzz_fail("a saved round does not load");
		feedback_round_destroy(back);
		free(json);
	}
	feedback_round_destroy(r);
	diag_finish(&d);
	free(text);
	return 0;
}
