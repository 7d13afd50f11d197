/* Diagnostics and the one neutralising rule for strings from files
 * (diag_neutral): what a terminal would act on is never passed on raw. */
#include "helpers.h"

#define FFFD "\xEF\xBF\xBD"

static char *neutral(const char *s, enum diag_mode mode)
{
	size_t len = 0;
	char *out = diag_neutral(s, strlen(s), mode, &len);
	assert_non_null(out);
	assert_int_equal(len, strlen(out));
	return out;
}

static void expect_neutral(const char *in, enum diag_mode mode, const char *want)
{
	char *got = neutral(in, mode);
	if (strcmp(got, want) != 0)
		fail_msg("neutral(\"%s\") = \"%s\", expected \"%s\"", in, got, want);
	free(got);
}

static void test_unsafe_chars(void **state)
{
	/* C0, DEL, C1 */
	assert_true(diag_unsafe_char(0x1b));
	assert_true(diag_unsafe_char(0x07));
	assert_true(diag_unsafe_char('\n'));
	assert_true(diag_unsafe_char(0x7f));
	assert_true(diag_unsafe_char(0x9b));
	/* bidi embeddings, overrides, isolates; zero-width and marks */
	for (unsigned long c = 0x202a; c <= 0x202e; c++)
		assert_true(diag_unsafe_char(c));
	for (unsigned long c = 0x2066; c <= 0x2069; c++)
		assert_true(diag_unsafe_char(c));
	for (unsigned long c = 0x200b; c <= 0x200f; c++)
		assert_true(diag_unsafe_char(c));
	assert_true(diag_unsafe_char(0xfeff));
	assert_true(diag_unsafe_char(0x2028));
	/* ordinary text */
	assert_false(diag_unsafe_char('a'));
	assert_false(diag_unsafe_char(' '));
	assert_false(diag_unsafe_char(0xe9));	/* é */
	assert_false(diag_unsafe_char(0x2013)); /* – */
	assert_false(diag_unsafe_char(0x20ac)); /* € */
	assert_false(diag_unsafe_char(0x1f600));
}

static void test_neutral_modes(void **state)
{
	/* the attacks of the issue: OSC 52 (clipboard), ESC[2J, a bidi
	 * override in a file name */
	expect_neutral("\x1b]52;c;aGk=\x07x.json", DIAG_LINE, FFFD "]52;c;aGk=" FFFD "x.json");
	expect_neutral("a\x1b[2Jb", DIAG_TEXT, "a" FFFD "[2Jb");
	expect_neutral("K\xE2\x80\xAEnosj.json", DIAG_LINE, "K" FFFD "nosj.json");
	expect_neutral("a\xE2\x80\x8B"
		       "b\xE2\x81\xA6"
		       "c",
		       DIAG_TEXT, "a" FFFD "b" FFFD "c");
	/* invalid UTF-8, C1 */
	expect_neutral("x\xffy\xc2\x9bz", DIAG_LINE, "x" FFFD "y" FFFD "z");
	/* line ends: one line, text, CSV */
	expect_neutral("a\tb\nc", DIAG_LINE, "a b" FFFD "c");
	expect_neutral("a\tb\nc\r\nd\re", DIAG_TEXT, "a\tb\nc\r\nd" FFFD "e");
	/* JSON: escaped, so that the data stays the same */
	expect_neutral("{\"a\": \"x\xE2\x80\xAEy\x7f\"}\n", DIAG_JSON,
		       "{\"a\": \"x\\u202ey\\u007f\"}\n");
	/* Dutch text passes unchanged */
	expect_neutral("Ëén café – “goed”", DIAG_TEXT, "Ëén café – “goed”");
	/* in place */
	size_t n = 4;
	char *s = strdup("a\x1b"
			 "bc");
	s = diag_neutralize(s, &n, DIAG_LINE);
	assert_string_equal(s, "a" FFFD "bc");
	assert_int_equal(n, strlen(s));
	free(s);
	assert_true(diag_has_unsafe("a\xE2\x80\xAE"));
	assert_true(diag_has_unsafe("a\x1b"));
	assert_true(diag_has_unsafe("\xff"));
	assert_false(diag_has_unsafe("Anna de Vries\n\t"));
}

/* Every message is neutralised where it is made: file names in it cannot
 * reach a terminal raw, wherever the message is shown. */
static void test_diag_add_neutralises(void **state)
{
	struct diag d;
	diag_init(&d);
	diag_add(&d, "%s: bestaat niet", "dag6-\x1b]52;c;aGk=\x07\xE2\x80\xAE.json");
	assert_int_equal(diag_count(&d), 1);
	const char *m = diag_msg(&d, 0);
	assert_null(strchr(m, 0x1b));
	assert_null(strchr(m, 0x07));
	assert_null(strstr(m, "\xE2\x80\xAE"));
	assert_non_null(strstr(m, "bestaat niet"));
	diag_finish(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_unsafe_chars),
	    cmocka_unit_test(test_neutral_modes),
	    cmocka_unit_test(test_diag_add_neutralises),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
