/* The content cache (content_cache.h): the number of questionnaires of a
 * content folder, keyed on its files. */
#define _GNU_SOURCE
#include "spiegel/content_cache.h"

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util.h"

#define MAGIC "spiegel-content-index/1"
#define LINE_MAX_LEN 80

/* "MAGIC KEY N\n": KEY 16 lower-case hex digits, N a decimal number
 * without a leading zero, below 100000. */
static bool parse(const char *t, size_t len, uint64_t *key, size_t *n)
{
	const size_t head = sizeof(MAGIC) - 1;
	if (len < head + 1 + 16 + 1 + 1 + 1 || t[len - 1] != '\n' ||
	    memcmp(t, MAGIC " ", head + 1) != 0)
		return false;
	const char *p = t + head + 1;
	uint64_t k = 0;
	for (int i = 0; i < 16; i++, p++) {
		int v = *p >= '0' && *p <= '9'	 ? *p - '0'
			: *p >= 'a' && *p <= 'f' ? *p - 'a' + 10
						 : -1;
		if (v < 0)
			return false;
		k = k << 4 | (uint64_t)v;
	}
	if (*p++ != ' ')
		return false;
	const char *end = t + len - 1;
	size_t digits = (size_t)(end - p);
	if (digits == 0 || digits > 5 || (digits > 1 && *p == '0'))
		return false;
	size_t v = 0;
	for (; p < end; p++) {
		if (*p < '0' || *p > '9')
			return false;
		v = v * 10 + (size_t)(*p - '0');
	}
	*key = k;
	*n = v;
	return true;
}

bool content_cache_lookup(const struct store *st, const char *dir, uint64_t *key, size_t *n_qs,
			  bool *known)
{
	*known = false;
	if (!content_dir_key(dir, key))
		return false;
	char *path = path_join(st->root, "cache/" CONTENT_CACHE_NAME);
	int fd = path ? open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC) : -1;
	free(path);
	if (fd < 0)
		return true;
	struct stat sb;
	char t[LINE_MAX_LEN + 1];
	ssize_t r = -1;
	if (fstat(fd, &sb) == 0 && S_ISREG(sb.st_mode) && sb.st_uid == geteuid() &&
	    sb.st_size <= LINE_MAX_LEN) {
		do
			r = read(fd, t, sizeof(t));
		while (r < 0 && errno == EINTR);
	}
	close(fd);
	uint64_t k;
	size_t n;
	if (r > 0 && r == sb.st_size && parse(t, (size_t)r, &k, &n) && k == *key) {
		*n_qs = n;
		*known = true;
	}
	return true;
}

void content_cache_note(const struct store *st, uint64_t key, size_t n_qs)
{
	if (!st->io || !st->io->random_bytes || n_qs >= 100000)
		return;
	struct diag d;
	diag_init(&d);
	char *dir = store_subdir(st, "cache", &d);
	char *path = dir ? path_join(dir, CONTENT_CACHE_NAME) : NULL;
	char line[LINE_MAX_LEN];
	int len = snprintf(line, sizeof(line), MAGIC " %016" PRIx64 " %zu\n", key, n_qs);
	if (path && len > 0 && (size_t)len < sizeof(line))
		store_write_cache(st->io, path, line, (size_t)len, &d);
	free(path);
	free(dir);
	diag_finish(&d);
}
