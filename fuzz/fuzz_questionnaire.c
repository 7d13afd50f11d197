/*
 * Harness: the questionnaire loader.
 *
 * Input: the bytes of a questionnaire file ("spiegel-questionnaire/1"). The
 * loader only reads files, so the input is written to a private temporary
 * directory as "<id>.json" (id taken from the first "id": "..." in the input,
 * so that the file-name rule can pass) and loaded against the bundled
 * catalogue, as `spiegel check` and content_load_dir do. A questionnaire that
 * loads is checked for structural invariants, run through the content rules
 * together with the bundled questionnaires, and answered by synthetic
 * sessions that are validated, scored, rendered and round-tripped, and its
 * mbo copy (content_localize) checked, scored and rendered the same way.
 */
#include <stdio.h>
#include <string.h>

#include "fuzz.h"

/* "<id>.json" from the first "id": "<id>" whose id is a safe file name. */
static void file_name(const uint8_t *data, size_t size, char *out, size_t outsize)
{
	snprintf(out, outsize, "fuzz.json");
	const char *s = (const char *)data, *end = s + size;
	for (const char *p = s; p + 4 <= end; p++) {
		if (memcmp(p, "\"id\"", 4) != 0)
			continue;
		const char *v = p + 4;
		while (v < end && strchr(" \t\r\n", *v) && *v)
			v++;
		if (v >= end || *v != ':')
			return;
		v++;
		while (v < end && strchr(" \t\r\n", *v) && *v)
			v++;
		if (v >= end || *v != '"')
			return;
		v++;
		size_t n = 0;
		while (
		    v + n < end && n <= 40 &&
		    ((v[n] >= 'a' && v[n] <= 'z') || (v[n] >= '0' && v[n] <= '9') || v[n] == '-'))
			n++;
		if (n == 0 || n > 40 || v + n >= end || v[n] != '"')
			return;
		snprintf(out, outsize, "%.*s.json", (int)n, v);
		return;
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > CONTENT_MAX_FILE)
		return 0;
	const struct content *c = fuzz_content();
	char name[64];
	file_name(data, size, name, sizeof(name));
	const char *path = fuzz_write_file(name, data, size);

	struct diag d;
	diag_init(&d);
	struct questionnaire *q = content_load_questionnaire(path, c->catalogue, &d);
	fuzz_remove_file(path);
	fuzz_check_diag("content_load_questionnaire", q != NULL, &d);
	if (q) {
		fuzz_check_questionnaire(c->catalogue, q);
		diag_clear(&d);
		bool ok = content_check_questionnaire(q, &d);
		fuzz_check_diag("content_check_questionnaire", ok, &d);

		/* the cross-file rules with the bundled questionnaires */
		const struct questionnaire *set[16];
		size_t n = 0;
		for (size_t i = 0; i < c->n_qs && n < 15; i++)
			set[n++] = c->qs[i];
		set[n++] = q;
		diag_clear(&d);
		ok = content_check_set(c->catalogue, set, n, &d);
		fuzz_check_diag("content_check_set", ok, &d);

		for (unsigned v = 0; v < 3; v++) {
			struct session *s = fuzz_synthetic_session(q, v);
			fuzz_roundtrip(s);
			fuzz_score_and_report(c->catalogue, q, s, false);
			session_destroy(s);
		}
		/* a sector copy has the same structure and scores alike */
		struct catalogue *lc = content_localize_catalogue(c->catalogue, SECTOR_MBO);
		struct questionnaire *lq =
		    lc ? content_localize_questionnaire(q, c->catalogue, lc, SECTOR_MBO) : NULL;
		if (lq) {
			fuzz_check_questionnaire(lc, lq);
			struct session *s = fuzz_synthetic_session(lq, 1);
			fuzz_score_and_report(lc, lq, s, false);
			session_destroy(s);
		}
		content_questionnaire_destroy(lq);
		content_catalogue_destroy(lc);
		content_questionnaire_destroy(q);
	}
	diag_finish(&d);
	return 0;
}
