/* Shared helpers for the cmocka unit tests. */
#ifndef SPIEGEL_TEST_HELPERS_H
#define SPIEGEL_TEST_HELPERS_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "spiegel/diag.h"
#include "spiegel/store.h"

/* A fresh private directory under TMPDIR; removed by rm_tree. */
static inline char *make_tmpdir(void)
{
	const char *base = getenv("TMPDIR");
	char *p = malloc(4096);
	snprintf(p, 4096, "%s/spiegel-unit-XXXXXX", base && *base ? base : "/tmp");
	assert_non_null(mkdtemp(p));
	return p;
}

static inline void rm_tree(char *dir)
{
	char cmd[4200];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	assert_int_equal(system(cmd), 0);
	free(dir);
}

static inline char *write_file(const char *dir, const char *name, const char *text)
{
	char *p = malloc(4096);
	snprintf(p, 4096, "%s/%s", dir, name);
	FILE *f = fopen(p, "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
	return p;
}

/* True if any diagnostic contains needle. */
static inline int diag_has(const struct diag *d, const char *needle)
{
	for (size_t i = 0; i < diag_count(d); i++)
		if (strstr(diag_msg(d, i), needle))
			return 1;
	return 0;
}

static inline void print_diags(const struct diag *d)
{
	for (size_t i = 0; i < diag_count(d); i++)
		fprintf(stderr, "  diag: %s\n", diag_msg(d, i));
}

#define assert_diag(d, needle)                                                                     \
	do {                                                                                       \
		if (!diag_has((d), (needle))) {                                                    \
			print_diags(d);                                                            \
			fail_msg("no diagnostic contains \"%s\"", (needle));                       \
		}                                                                                  \
	} while (0)

/* Randomness for the tests, passed in as the shell passes getrandom: a
 * counter through splitmix64, so that every run makes the same temp names
 * and ids. */
static inline bool test_random(void *ctx, void *buf, size_t n)
{
	static uint64_t counter;
	unsigned char *p = buf;
	for (size_t i = 0; i < n; i++) {
		uint64_t z = (counter += 0x9e3779b97f4a7c15u);
		z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
		z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
		p[i] = (unsigned char)(z ^ (z >> 31));
	}
	return true;
}

/* store_io_posix with test_random. */
static inline const struct store_io *test_io(void)
{
	static struct store_io io;
	if (!io.random_bytes) {
		io = store_io_posix;
		io.random_bytes = test_random;
	}
	return &io;
}

#endif
