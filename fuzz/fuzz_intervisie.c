/*
 * Harness: the intervisie loader and what follows it for a coach's file.
 *
 * Input: the bytes of an intervisie file ("spiegel-intervisie/1"). The path
 * is the one `spiegel intervisie GROEP` takes: intervisie_parse, then the
 * questionnaire it names from the bundled content (visie if none), and
 * intervisie_validate. A group that loads must survive a save/load round
 * trip unchanged, and its Markdown record must be valid UTF-8 of the length
 * reported. Its meetings (format /2) are checked against the bundled meeting
 * kit (meeting_validate); every meeting's report, in markdown and HTML, for
 * the group and for the coach, must be valid UTF-8 of the length reported;
 * the follow-up counts stay
 * within the participants and the timer within a day.
 */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "spiegel/intervisie.h"
#include "spiegel/meeting_kit.h"

static const struct meeting_kit *kit(void)
{
	static struct meeting_kit *k;
	if (!k) {
		struct diag d;
		diag_init(&d);
		k = meeting_kit_load_dir(fuzz_content_dir(), fuzz_content()->catalogue, &d);
		if (!k)
			fuzz_fail("the bundled meeting kit does not load: %s",
				  diag_count(&d) ? diag_msg(&d, 0) : "?");
		diag_finish(&d);
	}
	return k;
}

static void meetings(const struct intervisie *iv, const struct catalogue *cat)
{
	struct diag d;
	diag_init(&d);
	bool ok = meeting_validate(iv, kit(), cat, "fuzz.json", &d);
	fuzz_check_diag("meeting_validate", ok, &d);
	diag_finish(&d);
	for (size_t i = 0; i < iv->n_meetings && i < 4; i++) {
		size_t len[2][2] = {{0}};
		for (int f = 0; f < 2; f++)
			for (int g = 0; g < 2; g++) {
				char *text = meeting_report(f ? MEETING_HTML : MEETING_MARKDOWN, iv,
							    i, kit(), cat, g, &len[f][g]);
				if (!text)
					fuzz_fail("meeting_report: NULL");
				if (strlen(text) != len[f][g])
					fuzz_fail("meeting_report: length %zu, strlen %zu",
						  len[f][g], strlen(text));
				fuzz_check_text("meeting report", text, len[f][g]);
				free(text);
			}
		size_t due, answered;
		meeting_followup_count(iv, i, &due, &answered);
		if (answered > due || due > iv->n_participants)
			fuzz_fail("follow-up: %zu answered of %zu due", answered, due);
		long long s = meeting_timer_elapsed(&iv->meetings[i].timer, (time_t)1 << 40);
		if (s < 0 || s > MEETING_MAX_SECONDS)
			fuzz_fail("timer: %lld seconds", s);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = fuzz_text(data, size, SESSION_MAX_FILE * 8);
	if (!text)
		return 0;
	struct diag d;
	diag_init(&d);
	struct intervisie *iv = intervisie_parse("fuzz.json", text, size, &d);
	fuzz_check_diag("intervisie_parse", iv != NULL, &d);
	if (iv) {
		size_t len1 = 0, len2 = 0;
		char *once = intervisie_to_json(iv, &len1);
		if (!once)
			fuzz_fail("intervisie_to_json: NULL");
		diag_clear(&d);
		struct intervisie *back = intervisie_parse("again.json", once, len1, &d);
		if (!back)
			fuzz_fail("a saved intervisie group does not load: %s",
				  diag_count(&d) ? diag_msg(&d, 0) : "?");
		char *twice = intervisie_to_json(back, &len2);
		if (!twice || len1 != len2 || memcmp(once, twice, len1) != 0)
			fuzz_fail("intervisie save/load/save differs");
		free(once);
		free(twice);
		intervisie_destroy(back);
		const struct content *c = fuzz_content();
		const struct questionnaire *q = content_find(c, iv->questionnaire);
		if (!q)
			q = content_find(c, "visie");
		diag_clear(&d);
		(void)intervisie_validate(iv, q, &d);
		size_t len = 0;
		char *md = intervisie_markdown(iv, c->catalogue, q, &len);
		if (!md)
			fuzz_fail("intervisie_markdown: NULL");
		if (strlen(md) != len)
			fuzz_fail("intervisie_markdown: length %zu, strlen %zu", len, strlen(md));
		fuzz_check_text("intervisie markdown", md, len);
		free(md);
		meetings(iv, c->catalogue);
		intervisie_destroy(iv);
	}
	diag_finish(&d);
	free(text);
	return 0;
}
