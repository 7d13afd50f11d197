/*
 * Harness: the practices catalogue loader.
 *
 * Input: the bytes of a practices.json ("spiegel-practices/1"). The loader
 * only reads files, so the input is written to a private temporary directory
 * and loaded from there. A catalogue that loads is checked for structural
 * invariants; then the bundled questionnaires are loaded against it (their
 * weights name its practices), run through the content rules, and answered
 * by synthetic sessions that are scored and rendered, so that a fuzzed
 * catalogue's levels, next steps and sources reach the score and the report.
 */
#include <stdio.h>

#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > CONTENT_MAX_FILE)
		return 0;
	const struct content *bundled = fuzz_content();
	const char *path = fuzz_write_file("practices.json", data, size);

	struct diag d;
	diag_init(&d);
	struct catalogue *cat = content_load_catalogue(path, &d);
	fuzz_remove_file(path);
	fuzz_check_diag("content_load_catalogue", cat != NULL, &d);
	if (cat) {
		fuzz_check_catalogue(cat);
		struct questionnaire *qs[16];
		size_t n = 0;
		for (size_t i = 0; i < bundled->n_qs && n < 16; i++) {
			char qpath[4096];
			snprintf(qpath, sizeof(qpath), "%s/%s.json", fuzz_content_dir(),
				 bundled->qs[i]->id);
			diag_clear(&d);
			struct questionnaire *q = content_load_questionnaire(qpath, cat, &d);
			fuzz_check_diag("content_load_questionnaire", q != NULL, &d);
			if (!q)
				continue;
			fuzz_check_questionnaire(cat, q);
			qs[n++] = q;
			struct session *s = fuzz_synthetic_session(q, (unsigned)i % 3);
			fuzz_score_and_report(cat, q, s, true);
			session_destroy(s);
		}
		diag_clear(&d);
		bool ok = content_check_set(cat, (const struct questionnaire *const *)qs, n, &d);
		fuzz_check_diag("content_check_set", ok, &d);
		for (size_t i = 0; i < n; i++)
			content_questionnaire_destroy(qs[i]);
		content_catalogue_destroy(cat);
	}
	diag_finish(&d);
	return 0;
}
