/* Floor for group reports: a plain cJSON read-parse-sum loop. Reads every
 * *.json file in DIR, parses it with cJSON and sums the "value" of every
 * answer in its "answers" object. Prints the number of files parsed and the
 * sum; unreadable or unparsable files are skipped and counted on stderr.
 *
 *   floor-json DIR   ->  "files 10000 sum 1234567"
 */
#include <cjson/cJSON.h>
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* The whole of an open file into *buf (grown as needed); its length, or -1. */
static long read_all(int fd, char **buf, size_t *cap)
{
	size_t len = 0;
	for (;;) {
		if (len + 1 >= *cap) {
			size_t ncap = *cap ? *cap * 2 : 65536;
			char *nb = realloc(*buf, ncap);
			if (!nb)
				return -1;
			*buf = nb;
			*cap = ncap;
		}
		ssize_t r = read(fd, *buf + len, *cap - len - 1);
		if (r < 0)
			return -1;
		if (r == 0)
			break;
		len += (size_t)r;
	}
	return (long)len;
}

static int ends_with(const char *s, const char *tail)
{
	size_t n = strlen(s), m = strlen(tail);
	return n >= m && strcmp(s + n - m, tail) == 0;
}

int main(int argc, char **argv)
{
	if (argc != 2) {
		fputs("usage: floor-json DIR\n", stderr);
		return 2;
	}
	int dfd = open(argv[1], O_RDONLY | O_DIRECTORY);
	DIR *dir = dfd < 0 ? NULL : fdopendir(dfd);
	if (!dir) {
		perror(argv[1]);
		return 1;
	}
	char *buf = NULL;
	size_t cap = 0;
	long files = 0, skipped = 0;
	double sum = 0;
	struct dirent *e;
	while ((e = readdir(dir)) != NULL) {
		if (e->d_name[0] == '.' || !ends_with(e->d_name, ".json"))
			continue;
		int fd = openat(dfd, e->d_name, O_RDONLY);
		long len = fd < 0 ? -1 : read_all(fd, &buf, &cap);
		if (fd >= 0)
			close(fd);
		cJSON *root = len < 0 ? NULL : cJSON_ParseWithLength(buf, (size_t)len);
		if (!root) {
			skipped++;
			continue;
		}
		const cJSON *answers = cJSON_GetObjectItemCaseSensitive(root, "answers");
		const cJSON *a;
		cJSON_ArrayForEach(a, answers)
		{
			const cJSON *v = cJSON_GetObjectItemCaseSensitive(a, "value");
			if (cJSON_IsNumber(v))
				sum += v->valuedouble;
		}
		cJSON_Delete(root);
		files++;
	}
	closedir(dir);
	free(buf);
	printf("files %ld sum %.0f\n", files, sum);
	if (skipped)
		fprintf(stderr, "floor-json: %ld files skipped\n", skipped);
	return 0;
}
