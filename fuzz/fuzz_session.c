/*
 * Harness: the session loader and what follows it for a user's file.
 *
 * Input: the bytes of a session file ("spiegel-session/1"). The path is the
 * one `spiegel report`, `spiegel resume` and the TUI take: session_parse
 * (as session_load does after reading the file), find the questionnaire among
 * the bundled content (visie if it names none we have), session_validate,
 * then score_compute and report_render in every format. A session that loads
 * must also survive a save/load round trip unchanged.
 */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > SESSION_MAX_FILE) /* session_load refuses larger files */
		return 0;
	/* an exact-size copy with the NUL session_parse needs after the text, so
	 * that ASan sees any read past it */
	char *text = malloc(size + 1);
	if (!text)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';

	struct diag d;
	diag_init(&d);
	struct session *s = session_parse("fuzz.json", text, size, &d);
	fuzz_check_diag("session_parse", s != NULL, &d);
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
