/* Floor for the durable save behind an answer, timed inside the process (the
 * file system's cost, no process start). Two ways:
 *
 *   replace: the steps of store_write_file() and nothing else: a temp file
 *            created O_EXCL, SIZE bytes written, fsync, close, rename over
 *            DIR/floor-save.json, fsync of the directory (two flushes);
 *   append:  SIZE bytes appended to DIR/floor-save.log and fdatasync (one
 *            flush): what a journal of answers would cost.
 *
 *   floor-save DIR SIZE [replace|append]   ->  "ns 812345"
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static long long now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static int fail(const char *what)
{
	fprintf(stderr, "floor-save: %s: %s\n", what, strerror(errno));
	return 1;
}

int main(int argc, char **argv)
{
	if (argc < 3 || argc > 4 ||
	    (argc == 4 && strcmp(argv[3], "replace") != 0 && strcmp(argv[3], "append") != 0)) {
		fputs("usage: floor-save DIR SIZE [replace|append]\n", stderr);
		return 2;
	}
	int append = argc == 4 && strcmp(argv[3], "append") == 0;
	size_t size = (size_t)strtoul(argv[2], NULL, 10);
	char *data = malloc(size ? size : 1);
	if (!data)
		return fail("malloc");
	memset(data, 'x', size);
	long long t0 = now_ns();
	int dfd = open(argv[1], O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (dfd < 0)
		return fail(argv[1]);
	if (append) {
		int lfd =
		    openat(dfd, "floor-save.log", O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
		if (lfd < 0)
			return fail("open");
		if (write(lfd, data, size) != (ssize_t)size)
			return fail("write");
		if (fdatasync(lfd) != 0)
			return fail("fdatasync");
		close(lfd);
		close(dfd);
		long long t = now_ns();
		free(data);
		printf("ns %lld\n", t - t0);
		return 0;
	}
	int fd = openat(dfd, "floor-save.json.tmp",
			O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
	if (fd < 0)
		return fail("open");
	for (size_t off = 0; off < size;) {
		ssize_t w = write(fd, data + off, size - off);
		if (w < 0 && errno != EINTR)
			return fail("write");
		if (w > 0)
			off += (size_t)w;
	}
	if (fsync(fd) != 0)
		return fail("fsync");
	if (close(fd) != 0)
		return fail("close");
	if (renameat(dfd, "floor-save.json.tmp", dfd, "floor-save.json") != 0)
		return fail("rename");
	if (fsync(dfd) != 0)
		return fail("fsync dir");
	close(dfd);
	long long t1 = now_ns();
	free(data);
	printf("ns %lld\n", t1 - t0);
	return 0;
}
