/*
 * Harness: the intervisie loader and what follows it for a coach's file.
 *
 * Input: the bytes of an intervisie file ("spiegel-intervisie/1"). The path
 * is the one `spiegel intervisie GROEP` takes: intervisie_parse, then the
 * questionnaire it names from the bundled content (visie if none), and
 * intervisie_validate. A group that loads must survive a save/load round
 * trip unchanged, and its Markdown record must be valid UTF-8 of the length
 * reported.
 */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "spiegel/intervisie.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > SESSION_MAX_FILE * 8)
		return 0;
	char *text = malloc(size + 1); /* exact size, for ASan */
	if (!text)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';
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
		intervisie_destroy(iv);
	}
	diag_finish(&d);
	free(text);
	return 0;
}
