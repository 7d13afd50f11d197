/*
 * Harness: the session loader and what follows it for a user's file.
 *
 * Input: the bytes of a session file ("spiegel-session/1"). The path is the
 * one `spiegel report`, `spiegel resume` and the TUI take: session_parse
 * (as session_load does after reading the file; the quick reading is held to
 * the same result), find the questionnaire among
 * the bundled content (visie if it names none we have), session_validate,
 * then score_compute and report_render in every format. A session that loads
 * must also survive a save/load round trip unchanged.
 */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "session_answers.h" /* src/core: the quick and the full reading */

static bool same(const char *a, const char *b)
{
	return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

/* What the quick reading takes, the full reading takes too, as the same
 * session (session_fast.c). */
static void check_quick(const char *text, size_t size, const struct session *full)
{
	char *scratch = malloc(size + 1);
	if (!scratch)
		return;
	struct session *q = session_parse_quick(text, size, scratch, NULL, NULL);
	free(scratch);
	if (!q)
		return;
	if (!full)
		fuzz_fail("the quick reading takes a file the full reading refuses");
	bool ok = strcmp(q->id, full->id) == 0 && same(q->questionnaire, full->questionnaire) &&
		  same(q->version, full->version) && same(q->participant, full->participant) &&
		  q->handin == full->handin && q->withheld == full->withheld &&
		  strcmp(q->exported, full->exported) == 0 &&
		  strcmp(q->created, full->created) == 0 &&
		  strcmp(q->updated, full->updated) == 0 && q->finished == full->finished &&
		  same(q->position, full->position) && same(q->draft_item, full->draft_item) &&
		  q->n_focus == full->n_focus && q->n_answers == full->n_answers;
	for (size_t i = 0; ok && i < q->n_answers; i++) {
		const struct session_answer *x = &q->answers[i], *y = &full->answers[i];
		ok = strcmp(x->item, y->item) == 0 && x->kind == y->kind && x->value == y->value &&
		     same(x->text, y->text) && same(x->least, y->least) && x->shared == y->shared;
	}
	if (!ok)
		fuzz_fail("the quick and the full reading make different sessions");
	session_destroy(q);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* session_load refuses larger files */
	char *text = fuzz_text(data, size, SESSION_MAX_FILE);
	if (!text)
		return 0;

	struct diag d;
	diag_init(&d);
	struct session *s = session_parse_full("fuzz.json", text, size, &d);
	fuzz_check_diag("session_parse", s != NULL, &d);
	check_quick(text, size, s);
	if (s) {
		fuzz_roundtrip(s);
		const struct content *c = fuzz_content();
		const struct questionnaire *q = content_find(c, s->questionnaire);
		if (!q)
			q = content_find(c, "visie");
		diag_clear(&d);
		bool ok = session_validate(s, q, &d);
		fuzz_check_diag("session_validate", ok, &d);
		if (ok)
			fuzz_score_and_report(c->catalogue, q, s, false);
		session_destroy(s);
	}
	diag_finish(&d);
	free(text);
	return 0;
}
