/*
 * Corpus replay: a main() for a harness when it is not linked with libFuzzer
 * (any compiler, any build). Feeds every file named on the command line, and
 * every regular file under every directory named (recursively, sorted by
 * name, dot files and README* skipped), to LLVMFuzzerTestOneInput once.
 *
 *   fuzz-replay-<harness> [--min N] [--suffix .json] PATH... [--suffix ''] PATH...
 *
 * --suffix applies to the files found in the directories named after it
 * (files named directly are always replayed). --min fails the run when fewer
 * inputs were replayed, so that a moved seed directory does not silently
 * turn the test into a no-op. A missing PATH is skipped with a note: the
 * regression directories may not exist yet. A broken invariant aborts, as
 * under libFuzzer; the exit status is 0 when every input passed.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fuzz.h"

static size_t replayed;
static const char *suffix = "";
static int verbose;

static void replay_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		fprintf(stderr, "replay: %s: %s\n", path, strerror(errno));
		exit(2);
	}
	size_t cap = 4096, n = 0;
	unsigned char *buf = malloc(cap);
	for (;;) {
		if (!buf) {
			fprintf(stderr, "replay: %s: out of memory\n", path);
			exit(2);
		}
		n += fread(buf + n, 1, cap - n, f);
		if (n < cap)
			break;
		cap *= 2;
		buf = realloc(buf, cap);
	}
	if (ferror(f)) {
		fprintf(stderr, "replay: %s: read error\n", path);
		exit(2);
	}
	fclose(f);
	/* an exact-size copy, as libFuzzer passes it: reads past the end show
	 * up under ASan */
	unsigned char *data = malloc(n ? n : 1);
	if (!data) {
		fprintf(stderr, "replay: %s: out of memory\n", path);
		exit(2);
	}
	memcpy(data, buf, n);
	free(buf);
	if (verbose)
		fprintf(stderr, "replay: %s (%zu bytes)\n", path, n);
	LLVMFuzzerTestOneInput(data, n);
	free(data);
	replayed++;
}

static bool wanted(const char *name)
{
	size_t n = strlen(name), k = strlen(suffix);
	if (name[0] == '.' || strncmp(name, "README", 6) == 0)
		return false;
	return n >= k && strcmp(name + n - k, suffix) == 0;
}

static void replay_path(const char *path, bool top)
{
	struct stat st;
	if (stat(path, &st) != 0) {
		if (top && errno == ENOENT) {
			fprintf(stderr, "replay: %s: absent, skipped\n", path);
			return;
		}
		fprintf(stderr, "replay: %s: %s\n", path, strerror(errno));
		exit(2);
	}
	if (!S_ISDIR(st.st_mode)) {
		if (S_ISREG(st.st_mode))
			replay_file(path);
		return;
	}
	struct dirent **list;
	int n = scandir(path, &list, NULL, alphasort);
	if (n < 0) {
		fprintf(stderr, "replay: %s: %s\n", path, strerror(errno));
		exit(2);
	}
	for (int i = 0; i < n; i++) {
		const char *name = list[i]->d_name;
		if (strcmp(name, ".") != 0 && strcmp(name, "..") != 0 && name[0] != '.') {
			size_t len = strlen(path) + strlen(name) + 2;
			char *sub = malloc(len);
			if (!sub) {
				fprintf(stderr, "replay: out of memory\n");
				exit(2);
			}
			snprintf(sub, len, "%s/%s", path, name);
			struct stat sst;
			if (stat(sub, &sst) == 0 && (S_ISDIR(sst.st_mode) || wanted(name)))
				replay_path(sub, false);
			free(sub);
		}
		free(list[i]);
	}
	free(list);
}

int main(int argc, char **argv)
{
	size_t min = 0;
	LLVMFuzzerInitialize(&argc, &argv);
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--min") == 0 && i + 1 < argc) {
			min = (size_t)strtoul(argv[++i], NULL, 10);
		} else if (strcmp(argv[i], "--suffix") == 0 && i + 1 < argc) {
			suffix = argv[++i];
		} else if (strcmp(argv[i], "-v") == 0) {
			verbose = 1;
		} else if (argv[i][0] == '-') {
			fprintf(stderr, "replay: unknown option %s\n", argv[i]);
			return 2;
		} else {
			replay_path(argv[i], true);
		}
	}
	printf("replayed %zu inputs\n", replayed);
	if (replayed < min) {
		fprintf(stderr, "replay: only %zu inputs, expected at least %zu\n", replayed, min);
		return 1;
	}
	return 0;
}
