/* Store: paths, atomic writes under injected faults, locks. */
#include "helpers.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>

#include "spiegel/store.h"

static char *read_all(const char *path)
{
	FILE *f = fopen(path, "r");
	if (!f)
		return NULL;
	char *buf = calloc(1, 65536);
	size_t n = fread(buf, 1, 65535, f);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

static int count_entries(const char *dir)
{
	char cmd[4200];
	snprintf(cmd, sizeof(cmd), "ls -A '%s' | wc -l", dir);
	FILE *p = popen(cmd, "r");
	int n = -1;
	assert_int_equal(fscanf(p, "%d", &n), 1);
	pclose(p);
	return n;
}

/* A store in a fresh temp dir; returns the dir for rm_tree. */
static char *open_tmp_store(struct store *st, struct diag *d)
{
	char *dir = make_tmpdir();
	diag_init(d);
	assert_true(store_open(st, dir, d));
	return dir;
}

static void test_resolve_root(void **state)
{
	struct diag d;
	diag_init(&d);
	char *r;
	r = store_resolve_root("/o", "/e", "/x", "/h", &d);
	assert_string_equal(r, "/o");
	free(r);
	r = store_resolve_root(NULL, "/e", "/x", "/h", &d);
	assert_string_equal(r, "/e");
	free(r);
	r = store_resolve_root(NULL, "", "/x", "/h", &d);
	assert_string_equal(r, "/x/spiegel");
	free(r);
	r = store_resolve_root(NULL, NULL, "relatief", "/h", &d); /* relative XDG ignored */
	assert_string_equal(r, "/h/.local/share/spiegel");
	free(r);
	assert_null(store_resolve_root(NULL, NULL, NULL, NULL, &d));
	assert_diag(&d, "--data-dir");
	diag_finish(&d);
}

static void test_open_creates_private_dirs(void **state)
{
	char *dir = make_tmpdir();
	char root[4200];
	snprintf(root, sizeof(root), "%s/a/b", dir);
	mode_t old = umask(0);
	struct store st;
	struct diag d;
	diag_init(&d);
	assert_true(store_open(&st, root, &d));
	umask(old);
	struct stat sb;
	assert_int_equal(stat(st.sessions, &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0700);
	assert_int_equal(stat(root, &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0700);
	store_finish(&st);
	/* a world-writable data directory is refused */
	chmod(root, 0777);
	assert_false(store_open(&st, root, &d));
	assert_diag(&d, "schrijfbaar voor anderen");
	diag_finish(&d);
	rm_tree(dir);
}

/* fault injection: fail call number `fail_at` of kind `which` with `err` */
struct faults {
	const char *which;
	int fail_at, calls, err;
};

static bool hit(struct faults *f, const char *which)
{
	if (strcmp(f->which, which) != 0)
		return false;
	return ++f->calls == f->fail_at;
}

static int f_openat(void *c, int d, const char *p, int fl, mode_t m)
{
	if (hit(c, "openat")) {
		errno = ((struct faults *)c)->err;
		return -1;
	}
	return openat(d, p, fl, m);
}

static ssize_t f_write(void *c, int fd, const void *b, size_t n)
{
	if (hit(c, "write")) {
		errno = ((struct faults *)c)->err;
		return -1;
	}
	/* short writes: at most 7 bytes at a time */
	return write(fd, b, n > 7 ? 7 : n);
}

static int f_fsync(void *c, int fd)
{
	if (hit(c, "fsync")) {
		errno = ((struct faults *)c)->err;
		return -1;
	}
	return fsync(fd);
}

static int f_close(void *c, int fd)
{
	if (hit(c, "close")) {
		close(fd);
		errno = ((struct faults *)c)->err;
		return -1;
	}
	return close(fd);
}

static int f_renameat(void *c, int od, const char *op, int nd, const char *np)
{
	if (hit(c, "renameat")) {
		errno = ((struct faults *)c)->err;
		return -1;
	}
	return renameat(od, op, nd, np);
}

static int f_unlinkat(void *c, int d, const char *p, int fl)
{
	return unlinkat(d, p, fl);
}

static void test_atomic_write_faults(void **state)
{
	static const char *const calls[] = {"openat", "write", "fsync", "close", "renameat"};
	static const int errs[] = {EIO, ENOSPC, EACCES};
	char *dir = make_tmpdir();
	char path[4200];
	snprintf(path, sizeof(path), "%s/s.json", dir);
	struct diag d;
	diag_init(&d);
	assert_true(store_write_file(&store_io_posix, path, "old\n", 4, &d));
	for (size_t c = 0; c < 5; c++) {
		for (size_t e = 0; e < 3; e++) {
			struct faults f = {calls[c], 1, 0, errs[e]};
			struct store_io io = {f_openat,	  f_write,    f_fsync, f_close,
					      f_renameat, f_unlinkat, &f};
			diag_clear(&d);
			assert_false(store_write_file(&io, path, "new content\n", 12, &d));
			assert_true(diag_count(&d) > 0);
			char *now = read_all(path);
			assert_string_equal(now, "old\n"); /* old file byte-identical */
			free(now);
			assert_int_equal(count_entries(dir), 1); /* no temp file left */
		}
	}
	/* EINTR on write is retried and invisible */
	struct faults f = {"write", 1, 0, EINTR};
	struct store_io io = {f_openat, f_write, f_fsync, f_close, f_renameat, f_unlinkat, &f};
	diag_clear(&d);
	assert_true(store_write_file(&io, path, "new content\n", 12, &d));
	char *now = read_all(path);
	assert_string_equal(now, "new content\n");
	free(now);
	struct stat sb;
	assert_int_equal(stat(path, &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0600);
	diag_finish(&d);
	rm_tree(dir);
}

static void test_clean_temp_and_list(void **state)
{
	struct store st;
	struct diag d;
	char *dir = open_tmp_store(&st, &d);
	free(write_file(st.sessions, "20260101-000000-aaaaaa.json", "{}"));
	free(write_file(st.sessions, "20250101-000000-bbbbbb.json", "{}"));
	free(write_file(st.sessions, "20260101-000000-aaaaaa.json.tmp-123456", "x"));
	free(write_file(st.sessions, "Not An Id.json", "{}"));
	assert_int_equal(store_clean_temp(&st), 1);
	char **ids;
	size_t n;
	assert_true(store_list_sessions(&st, &ids, &n, &d));
	assert_int_equal(n, 2);
	assert_string_equal(ids[0], "20250101-000000-bbbbbb");
	assert_string_equal(ids[1], "20260101-000000-aaaaaa");
	store_free_list(ids, n);
	/* ids never become paths outside the sessions directory */
	assert_null(store_find_session(&st, "..", &d));
	assert_null(store_find_session(&st, "a b", &d));
	assert_null(store_find_session(&st, "20990101-000000-cccccc", &d));
	assert_diag(&d, "bestaat niet");
	char *p = store_find_session(&st, "20260101-000000-aaaaaa", &d);
	assert_non_null(p);
	assert_non_null(strstr(p, "/sessions/20260101-000000-aaaaaa.json"));
	free(p);
	store_finish(&st);
	diag_finish(&d);
	rm_tree(dir);
}

static void test_new_id(void **state)
{
	char a[64], b[64];
	assert_true(store_new_id(a, sizeof(a), 0));
	assert_true(store_new_id(b, sizeof(b), 0));
	assert_int_equal(strlen(a), 22);
	assert_memory_equal(a, "19700101-000000-", 16);
	assert_string_not_equal(a, b);
}

static void test_lock(void **state)
{
	struct store st;
	struct diag d;
	char *dir = open_tmp_store(&st, &d);
	int fd = store_lock_session(&st, "20260101-000000-aaaaaa", "laptop", 4242, &d);
	assert_true(fd >= 0);
	/* flock is per open file description: a second open conflicts */
	assert_int_equal(store_lock_session(&st, "20260101-000000-aaaaaa", "x", 1, &d), -1);
	assert_diag(&d, "proces 4242 op laptop");
	store_unlock(fd);
	fd = store_lock_session(&st, "20260101-000000-aaaaaa", "x", 1, &d);
	assert_true(fd >= 0);
	store_unlock(fd);
	store_finish(&st);
	diag_finish(&d);
	rm_tree(dir);
}

static void test_delete(void **state)
{
	struct store st;
	struct diag d;
	char *dir = open_tmp_store(&st, &d);
	free(write_file(st.sessions, "20260101-000000-aaaaaa.json", "{}"));
	free(write_file(st.sessions, "20260101-000000-aaaaaa.json.tmp-abcdef", "{"));
	free(write_file(st.sessions, "20260101-000000-aaaaaa0.json", "{}")); /* another id */
	int fd = store_lock_session(&st, "20260101-000000-aaaaaa", "laptop", 7, &d);
	assert_true(fd >= 0);
	/* open elsewhere: refused, nothing removed */
	assert_false(store_delete_session(&st, "20260101-000000-aaaaaa", &d));
	assert_diag(&d, "proces 7 op laptop");
	assert_int_equal(count_entries(st.sessions), 4);
	store_unlock(fd);
	assert_true(store_delete_session(&st, "20260101-000000-aaaaaa", &d));
	assert_int_equal(count_entries(st.sessions), 1);
	assert_false(store_delete_session(&st, "../x", &d));
	store_finish(&st);
	diag_finish(&d);
	rm_tree(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_resolve_root),
	    cmocka_unit_test(test_open_creates_private_dirs),
	    cmocka_unit_test(test_atomic_write_faults),
	    cmocka_unit_test(test_clean_temp_and_list),
	    cmocka_unit_test(test_new_id),
	    cmocka_unit_test(test_lock),
	    cmocka_unit_test(test_delete),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
