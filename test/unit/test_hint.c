/* The hints' command (src/hint.c): which "spiegel COMMAND" in a message is
 * rewritten, and into what. Expectations written out by hand. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "hint.h"

static const char *const commands[] = {"list", "resume", "report", "start"};

static void expect(const char *msg, const char *want)
{
	char *got = hint_rewrite(msg);
	assert_non_null(got);
	assert_string_equal(got, want);
	free(got);
}

/* Run as ./build/spiegel (a path: never looked up on PATH) with a data dir. */
static void test_rewrites_commands_only(void **state)
{
	(void)state;
	hint_init("./build/spiegel", "/tmp/mijn data", NULL, commands, 4);
	const char *cmd = "./build/spiegel --data-dir '/tmp/mijn data'";
	assert_string_equal(hint_spiegel(), cmd);
	assert_string_equal(hint_program(), "./build/spiegel");
	char want[256];
	snprintf(want, sizeof(want), "Ga later verder met: %s resume 2026-abc", cmd);
	expect("Ga later verder met: spiegel resume 2026-abc", want);
	snprintf(want, sizeof(want), "%s list; daarna %s report X", cmd, cmd);
	expect("spiegel list; daarna spiegel report X", want);
	/* not a command, part of a longer word, or a command's prefix */
	expect("Welkom. spiegel helpt je reflecteren.", "Welkom. spiegel helpt je reflecteren.");
	expect("zie mijnspiegel list", "zie mijnspiegel list");
	expect("/usr/bin/spiegel list", "/usr/bin/spiegel list");
	expect("spiegel listing", "spiegel listing");
	expect("spiegel", "spiegel");
	expect("", "");
}

/* "spiegel" as typed, no directories: nothing to rewrite. */
static void test_plain_name_unchanged(void **state)
{
	(void)state;
	hint_init("spiegel", NULL, NULL, commands, 4);
	assert_string_equal(hint_spiegel(), "spiegel");
	expect("spiegel resume X", "spiegel resume X");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_rewrites_commands_only),
	    cmocka_unit_test(test_plain_name_unchanged),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
