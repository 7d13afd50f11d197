/*
 * Files read ahead by a second thread (src/core/file_ahead.h): for every
 * depth the same files, in the same order, with the same text, stat and
 * messages as reading each in turn (depth 0), hostile entries in the middle
 * of the list included; a list left early; an empty list.
 */
#include "helpers.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/types.h>

#include "../../src/core/file_ahead.h"

#define MAX 100 /* bytes a file may have here */

/* An entry of the list: a name in the folder, a path (dirfd AT_FDCWD), or
 * one that locate skips. */
struct entry {
	const char *name;
	bool path, skip;
};

struct list {
	int dirfd;
	char dir[4096];
	const struct entry *v;
	size_t n;
	size_t located; /* calls of locate */
};

static bool locate(void *ctx, size_t k, int *dirfd, const char **name, char *path, size_t size)
{
	struct list *l = ctx;
	l->located++;
	const struct entry *e = &l->v[k];
	if (e->skip)
		return false;
	if (e->path) {
		snprintf(path, size, "%s", e->name);
		*dirfd = AT_FDCWD;
		*name = path;
	} else {
		int n = snprintf(path, size, "%s/%s", l->dir, e->name);
		*dirfd = l->dirfd;
		*name = path + n - strlen(e->name);
	}
	return true;
}

/* What was given for one file, copied. */
struct seen {
	size_t k;
	bool ok;
	char *text;
	size_t len;
	dev_t dev;
	ino_t ino;
	off_t size;
	char *path;
	char *msgs; /* the messages, one a line */
};

static size_t read_all(struct list *l, size_t depth, size_t stop_after, struct seen *out,
		       size_t cap)
{
	struct file_ahead *fa = file_ahead_start(l->n, depth, MAX, locate, l);
	assert_non_null(fa);
	assert_int_equal(file_ahead_threaded(fa), depth > 0 && l->n > 0);
	size_t n = 0;
	struct file_got *g;
	while (n < stop_after && (g = file_ahead_next(fa)) != NULL) {
		assert_true(n < cap);
		struct seen *s = &out[n++];
		s->k = g->k;
		s->ok = g->ok;
		s->len = g->len;
		s->text = g->ok ? strndup(g->text, g->len + 1) : NULL;
		if (g->ok)
			assert_int_equal(g->text[g->len], '\0');
		s->dev = g->ok ? g->st.st_dev : 0;
		s->ino = g->ok ? g->st.st_ino : 0;
		s->size = g->ok ? g->st.st_size : -1;
		s->path = strdup(g->path);
		size_t m = 0;
		for (size_t i = 0; i < diag_count(&g->d); i++)
			m += strlen(diag_msg(&g->d, i)) + 1;
		s->msgs = calloc(1, m + 1);
		for (size_t i = 0; i < diag_count(&g->d); i++) {
			strcat(s->msgs, diag_msg(&g->d, i));
			strcat(s->msgs, "\n");
		}
		/* the caller may take the messages over */
		if (n % 2) {
			struct diag taken = g->d;
			diag_init(&g->d);
			diag_finish(&taken);
		}
	}
	file_ahead_stop(fa);
	return n;
}

static void free_seen(struct seen *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(s[i].text);
		free(s[i].path);
		free(s[i].msgs);
	}
}

static void same(const struct seen *a, const struct seen *b, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		assert_int_equal(a[i].k, b[i].k);
		assert_int_equal(a[i].ok, b[i].ok);
		assert_int_equal(a[i].len, b[i].len);
		if (a[i].ok)
			assert_memory_equal(a[i].text, b[i].text, a[i].len + 1);
		assert_int_equal(a[i].dev, b[i].dev);
		assert_int_equal(a[i].ino, b[i].ino);
		assert_int_equal(a[i].size, b[i].size);
		assert_string_equal(a[i].path, b[i].path);
		assert_string_equal(a[i].msgs, b[i].msgs);
	}
}

struct fixture {
	char *dir;
	struct list l;
	struct entry v[64];
	char names[64][32];
};

static void add(struct fixture *f, const char *name, bool path, bool skip)
{
	f->v[f->l.n] = (struct entry){name, path, skip};
	f->l.n++;
}

/* A folder with good files and, between them, every kind of file that is
 * not read: missing, a symbolic link, a FIFO, too large, a folder, one
 * without read permission, one that reads more than its size (a /proc
 * file), one that cannot be read (/proc/self/mem at 0), and entries
 * locate skips. */
static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof(*f));
	f->dir = make_tmpdir();
	snprintf(f->l.dir, sizeof(f->l.dir), "%s", f->dir);
	char p[4200];
	for (int i = 0; i < 24; i++) {
		snprintf(f->names[i], sizeof(f->names[i]), "g%02d.json", i);
		char text[MAX + 1];
		/* sizes 0 .. MAX, the last one exactly MAX */
		int len = i == 23 ? MAX : i * 4;
		for (int j = 0; j < len; j++)
			text[j] = (char)('a' + (i + j) % 26);
		text[len] = '\0';
		free(write_file(f->dir, f->names[i], text));
	}
	char big[MAX + 2];
	memset(big, 'x', MAX + 1);
	big[MAX + 1] = '\0';
	free(write_file(f->dir, "big.json", big));
	snprintf(p, sizeof(p), "%s/link.json", f->dir);
	assert_int_equal(symlink("g01.json", p), 0);
	snprintf(p, sizeof(p), "%s/fifo.json", f->dir);
	assert_int_equal(mkfifo(p, 0600), 0);
	snprintf(p, sizeof(p), "%s/dir.json", f->dir);
	assert_int_equal(mkdir(p, 0700), 0);
	free(write_file(f->dir, "closed.json", "{}"));
	snprintf(p, sizeof(p), "%s/closed.json", f->dir);
	assert_int_equal(chmod(p, 0), 0);
	int g = 0;
	add(f, f->names[g++], false, false);
	add(f, "missing.json", false, false);
	add(f, f->names[g++], false, false);
	add(f, "link.json", false, false);
	add(f, f->names[g++], false, true);
	add(f, "fifo.json", false, false);
	add(f, f->names[g++], false, false);
	add(f, "big.json", false, false);
	add(f, "dir.json", false, false);
	add(f, f->names[g++], false, false);
	add(f, "closed.json", false, false);
	add(f, "/proc/version", true, false);
	add(f, f->names[g++], false, false);
	add(f, "/proc/self/mem", true, false);
	add(f, f->names[g++], false, true);
	add(f, f->names[g++], false, false);
	snprintf(p, sizeof(p), "%s/%s", f->dir, f->names[g]);
	static char by_path[4200];
	snprintf(by_path, sizeof(by_path), "%s", p);
	add(f, by_path, true, false);
	g++;
	while (g < 24)
		add(f, f->names[g++], false, false);
	add(f, "missing-at-the-end.json", false, false);
	f->l.v = f->v;
	f->l.dirfd = open(f->dir, O_RDONLY | O_DIRECTORY);
	assert_true(f->l.dirfd >= 0);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	close(f->l.dirfd);
	rm_tree(f->dir);
	free(f);
	return 0;
}

static const char *msg_of(const struct seen *s, size_t n, size_t k)
{
	for (size_t i = 0; i < n; i++)
		if (s[i].k == k)
			return s[i].msgs;
	fail_msg("entry %zu not given", k);
	return NULL;
}

/* Depth 0 reads in this thread: what jsonio_read_at says of each. */
static void test_sequential(void **state)
{
	struct fixture *f = *state;
	struct seen s[64];
	size_t n = read_all(&f->l, 0, SIZE_MAX, s, 64);
	assert_int_equal(n, f->l.n - 2); /* the two skipped */
	assert_int_equal(f->l.located, f->l.n);
	assert_true(s[0].ok);
	assert_int_equal(s[0].len, 0);
	assert_string_equal(s[0].msgs, "");
	assert_int_equal(s[2].k, 2);
	assert_string_equal(s[2].text, "bcde");
	assert_int_equal(s[2].size, 4);
	assert_int_equal(s[3].k, 3);
	assert_non_null(strstr(s[3].msgs, "link.json: is een symbolische koppeling"));
	assert_int_equal(s[4].k, 5); /* 4 skipped */
	assert_non_null(strstr(msg_of(s, n, 1), "missing.json: bestand bestaat niet"));
	assert_non_null(strstr(msg_of(s, n, 5), "fifo.json: is geen gewoon bestand"));
	assert_non_null(strstr(msg_of(s, n, 7), "big.json: bestand is te groot (101 bytes"));
	assert_non_null(strstr(msg_of(s, n, 8), "dir.json: is geen gewoon bestand"));
	if (geteuid() != 0) /* root reads it anyway */
		assert_non_null(strstr(msg_of(s, n, 10), "closed.json: kan niet worden geopend"));
	assert_string_equal(msg_of(s, n, 11),
			    "/proc/version: bestand veranderde tijdens het lezen\n");
	assert_non_null(strstr(msg_of(s, n, 13), "/proc/self/mem: leesfout"));
	assert_non_null(strstr(msg_of(s, n, f->l.n - 1), "missing-at-the-end.json: bestand"));
	/* the last good one, exactly MAX bytes */
	assert_true(s[n - 2].ok);
	assert_int_equal(s[n - 2].len, MAX);
	/* the one named by its path */
	assert_string_equal(msg_of(s, n, 16), "");
	free_seen(s, n);
}

/* Every depth, the ring wrapped many times: the same as depth 0. */
static void test_depths_same(void **state)
{
	struct fixture *f = *state;
	struct seen want[64], got[64];
	size_t n = read_all(&f->l, 0, SIZE_MAX, want, 64);
	const size_t depths[] = {1, 2, 3, 5, 16, 64};
	for (size_t d = 0; d < sizeof(depths) / sizeof(*depths); d++) {
		for (int round = 0; round < 20; round++) {
			f->l.located = 0;
			size_t m = read_all(&f->l, depths[d], SIZE_MAX, got, 64);
			assert_int_equal(m, n);
			assert_int_equal(f->l.located, f->l.n);
			same(want, got, n);
			free_seen(got, m);
		}
	}
	free_seen(want, n);
}

/* Left after a few: what was given is the same; the thread stops (no
 * more located than the depth allows beyond what was taken). */
static void test_stop_early(void **state)
{
	struct fixture *f = *state;
	struct seen want[64], got[64];
	size_t n = read_all(&f->l, 0, 5, want, 64);
	assert_int_equal(n, 5);
	const size_t depths[] = {1, 4, 64};
	for (size_t d = 0; d < sizeof(depths) / sizeof(*depths); d++) {
		for (size_t stop = 0; stop <= 5; stop++) {
			f->l.located = 0;
			size_t m = read_all(&f->l, depths[d], stop, got, 64);
			assert_int_equal(m, stop);
			/* taken, ahead, the one in hand, the two skipped */
			assert_true(f->l.located <= stop + depths[d] + 1 + 2);
			same(want, got, m);
			free_seen(got, m);
		}
	}
	free_seen(want, n);
}

/* An empty list, and one of only skipped entries. */
static void test_nothing(void **state)
{
	(void)state;
	const struct entry skipped[] = {{"a", false, true}, {"b", false, true}};
	struct list l = {.dirfd = AT_FDCWD, .v = skipped, .n = 0};
	struct seen s[2];
	for (size_t depth = 0; depth < 3; depth++) {
		l.n = 0;
		assert_int_equal(read_all(&l, depth, SIZE_MAX, s, 2), 0);
		l.n = 2;
		l.located = 0;
		assert_int_equal(read_all(&l, depth, SIZE_MAX, s, 2), 0);
		assert_int_equal(l.located, 2);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_sequential),
	    cmocka_unit_test(test_depths_same),
	    cmocka_unit_test(test_stop_early),
	    cmocka_unit_test(test_nothing),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
