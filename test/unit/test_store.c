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
	assert_true(store_open(st, dir, test_io(), d));
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
	assert_true(store_open(&st, root, test_io(), &d));
	umask(old);
	struct stat sb;
	assert_int_equal(stat(st.sessions, &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0700);
	assert_int_equal(stat(root, &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0700);
	store_finish(&st);
	/* a world-writable data directory is refused */
	chmod(root, 0777);
	assert_false(store_open(&st, root, test_io(), &d));
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
	assert_true(store_write_file(test_io(), path, "old\n", 4, &d));
	for (size_t c = 0; c < 5; c++) {
		for (size_t e = 0; e < 3; e++) {
			struct faults f = {calls[c], 1, 0, errs[e]};
			struct store_io io = {f_openat,	  f_write,    f_fsync,	   f_close,
					      f_renameat, f_unlinkat, test_random, &f};
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
	struct store_io io = {f_openat,	  f_write,    f_fsync,	   f_close,
			      f_renameat, f_unlinkat, test_random, &f};
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
	assert_true(store_new_id(test_io(), a, sizeof(a), 0));
	assert_true(store_new_id(test_io(), b, sizeof(b), 0));
	assert_int_equal(strlen(a), 22);
	assert_memory_equal(a, "19700101-000000-", 16);
	assert_string_not_equal(a, b);
}

/* Randomness is passed in (io->random_bytes), never read by the core: the
 * same bytes give the same id and temp name; without it nothing is written
 * and no id is made, with a message. */
static bool fixed_bytes(void *ctx, void *buf, size_t n)
{
	memset(buf, 0xab, n);
	(*(int *)ctx)++;
	return true;
}

static bool no_bytes(void *ctx, void *buf, size_t n)
{
	return false;
}

static void test_randomness_passed_in(void **state)
{
	int calls = 0;
	struct store_io io = store_io_posix;
	io.random_bytes = fixed_bytes;
	io.ctx = &calls;
	char id[64];
	assert_true(store_new_id(&io, id, sizeof(id), 86400));
	assert_string_equal(id, "19700102-000000-ababab");
	assert_int_equal(calls, 1);
	char *dir = make_tmpdir();
	char path[4200];
	snprintf(path, sizeof(path), "%s/x.json", dir);
	struct diag d;
	diag_init(&d);
	assert_true(store_write_file(&io, path, "{}\n", 3, &d));
	assert_int_equal(calls, 2);
	/* the store's own posix calls carry no randomness: no temp name */
	assert_null(store_io_posix.random_bytes);
	assert_false(store_write_file(&store_io_posix, path, "[]\n", 3, &d));
	assert_diag(&d, "geen willekeur");
	assert_false(store_new_id(&store_io_posix, id, sizeof(id), 0));
	io.random_bytes = no_bytes;
	assert_false(store_new_id(&io, id, sizeof(id), 0));
	assert_false(store_write_file(&io, path, "[]\n", 3, &d));
	/* the file is still the first version */
	FILE *f = fopen(path, "r");
	char buf[8] = "";
	assert_non_null(f);
	assert_non_null(fgets(buf, sizeof(buf), f));
	fclose(f);
	assert_string_equal(buf, "{}\n");
	diag_finish(&d);
	rm_tree(dir);
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

/* A temp file is only removed when its session's lock is free: the temp
 * file of a save in progress elsewhere (which holds that lock) stays, and
 * the cleaner writes nothing into the lock (issue 11, point 3). */
static void test_clean_temp_spares_live_saves(void **state)
{
	struct store st;
	struct diag d;
	char *dir = open_tmp_store(&st, &d);
	const char *live = "20260101-000000-aaaaaa.json.tmp-0123456789ab";
	const char *dead = "20260101-000000-bbbbbb.json.tmp-0123456789ab";
	free(write_file(st.sessions, live, "{"));
	free(write_file(st.sessions, dead, "{"));
	free(write_file(st.sessions, "Notities Anna.json.tmp-x", "van iemand anders"));
	int fd = store_lock_session(&st, "20260101-000000-aaaaaa", "laptop", 4242, &d);
	assert_true(fd >= 0);
	assert_int_equal(store_clean_temp(&st), 1);
	char path[4200];
	snprintf(path, sizeof(path), "%s/%s", st.sessions, live);
	assert_int_equal(access(path, F_OK), 0); /* the live save's temp file */
	snprintf(path, sizeof(path), "%s/%s", st.sessions, dead);
	assert_int_equal(access(path, F_OK), -1);
	snprintf(path, sizeof(path), "%s/Notities Anna.json.tmp-x", st.sessions);
	assert_int_equal(access(path, F_OK), 0); /* no session's: not ours to remove */
	snprintf(path, sizeof(path), "%s/20260101-000000-aaaaaa.lock", st.sessions);
	char *who = read_all(path);
	assert_string_equal(who, "proces 4242 op laptop\n");
	free(who);
	/* a second store on the same directory (another process) sees the same */
	assert_int_equal(store_clean_temp(&st), 0);
	store_unlock(fd);
	assert_int_equal(store_clean_temp(&st), 1);
	snprintf(path, sizeof(path), "%s/%s", st.sessions, live);
	assert_int_equal(access(path, F_OK), -1);
	store_finish(&st);
	diag_finish(&d);
	rm_tree(dir);
}

/* The files of a kind (store_kind): an id the kind refuses is never locked,
 * cleaned or deleted, and leaves no file behind; the lock, the temp cleaner
 * and the deletion keep to the files of one id. */
static bool lower_only(const char *id)
{
	if (!*id)
		return false;
	for (const char *p = id; *p; p++)
		if (*p < 'a' || *p > 'z')
			return false;
	return true;
}

static const struct store_kind thing_kind = {lower_only, "ding-id", "ding"};

static bool exists(const char *dir, const char *name)
{
	char path[1200];
	snprintf(path, sizeof(path), "%.1023s/%.100s", dir, name);
	return access(path, F_OK) == 0;
}

/* store_each_id's callback: the ids seen, joined by ','; stops after
 * stop_after of them when that is not 0. */
struct seen_ids {
	char text[256];
	int n, stop_after;
};

static bool see_id(void *ctx, const char *id, struct diag *d)
{
	struct seen_ids *s = ctx;
	size_t len = strlen(s->text);
	snprintf(s->text + len, sizeof(s->text) - len, "%s%s", len ? "," : "", id);
	if (++s->n == s->stop_after) {
		diag_add(d, "genoeg");
		return false;
	}
	return true;
}

static void test_store_kind(void **state)
{
	struct diag d;
	diag_init(&d);
	char *top = make_tmpdir();
	char dir[1024];
	snprintf(dir, sizeof(dir), "%.1000s/dingen", top);
	assert_int_equal(mkdir(dir, 0700), 0);
	/* a refused id: a message naming it, no lock file anywhere */
	assert_int_equal(store_lock_id(dir, &thing_kind, "../abc", "h", 7, &d), -1);
	assert_diag(&d, "\"../abc\" is geen ding-id");
	assert_int_equal(store_lock_id(dir, &thing_kind, "", "h", 7, &d), -1);
	assert_false(store_delete_id(dir, &thing_kind, "Abc", &d));
	assert_diag(&d, "\"Abc\" is geen ding-id");
	assert_int_equal(count_entries(dir), 0);
	assert_int_equal(count_entries(top), 1);
	/* an accepted id: the lock, held against a second taker */
	int fd = store_lock_id(dir, &thing_kind, "abc", "laptop", 7, &d);
	assert_true(fd >= 0);
	assert_int_equal(store_lock_id(dir, &thing_kind, "abc", "x", 1, &d), -1);
	assert_diag(&d, "ding abc is al geopend door proces 7 op laptop");
	/* temp files: only those of a free lock and an accepted id go */
	free(write_file(dir, "abc.json", "{}"));
	free(write_file(dir, "abc.json.tmp-01", "{"));
	free(write_file(dir, "abd.json.tmp-02", "{"));
	free(write_file(dir, "ABD.json.tmp-03", "van iemand anders"));
	free(write_file(dir, ".json.tmp-04", "geen id"));
	assert_int_equal(store_clean_temp_dir(dir, &thing_kind), 1);
	assert_true(exists(dir, "abc.json.tmp-01"));
	assert_false(exists(dir, "abd.json.tmp-02"));
	assert_true(exists(dir, "ABD.json.tmp-03"));
	assert_true(exists(dir, ".json.tmp-04"));
	char lockpath[1200];
	snprintf(lockpath, sizeof(lockpath), "%s/abd.lock", dir);
	char *who = read_all(lockpath); /* the cleaner's lock names nobody */
	assert_string_equal(who, "");
	free(who);
	/* deletion waits for the lock, then takes every file of the id and
	 * only those */
	assert_false(store_delete_id(dir, &thing_kind, "abc", &d));
	assert_diag(&d, "ding abc is al geopend door proces 7 op laptop");
	assert_true(exists(dir, "abc.json"));
	store_unlock(fd);
	free(write_file(dir, "abcd.json", "{}"));
	free(write_file(dir, "abc.txt", "iets anders"));
	assert_true(store_delete_id(dir, &thing_kind, "abc", &d));
	assert_false(exists(dir, "abc.json"));
	assert_false(exists(dir, "abc.json.tmp-01"));
	assert_false(exists(dir, "abc.lock"));
	assert_true(exists(dir, "abcd.json"));
	assert_true(exists(dir, "abc.txt"));
	/* listing: the ids of <id>.json files the kind accepts, nothing else */
	free(write_file(dir, "Abe.json", "{}"));
	free(write_file(dir, ".json", "{}"));
	free(write_file(dir, "abe.json.bak", "{}"));
	struct seen_ids seen = {0};
	assert_true(store_each_id(dir, &thing_kind, see_id, &seen, &d));
	assert_string_equal(seen.text, "abcd");
	free(write_file(dir, "abe.json", "{}"));
	memset(&seen, 0, sizeof(seen));
	assert_true(store_each_id(dir, &thing_kind, see_id, &seen, &d));
	assert_int_equal(seen.n, 2);
	assert_true(strcmp(seen.text, "abcd,abe") == 0 || strcmp(seen.text, "abe,abcd") == 0);
	memset(&seen, 0, sizeof(seen));
	seen.stop_after = 1; /* a callback's false ends the walk with its message */
	assert_false(store_each_id(dir, &thing_kind, see_id, &seen, &d));
	assert_int_equal(seen.n, 1);
	assert_diag(&d, "genoeg");
	/* a directory that is not there: nothing to clean, no deletion */
	assert_int_equal(store_clean_temp_dir("/nonexistent-spiegel", &thing_kind), 0);
	assert_false(store_delete_id("/nonexistent-spiegel", &thing_kind, "abc", &d));
	assert_false(store_each_id("/nonexistent-spiegel", &thing_kind, see_id, &seen, &d));
	assert_diag(&d, "/nonexistent-spiegel: map kan niet worden gelezen");
	diag_finish(&d);
	rm_tree(top);
}

/* A lock file is used only when it is a regular file of ours with one name:
 * a hard link (to a file it would truncate), a symbolic link, a FIFO are
 * refused and left as they are (issue 11, point 2). */
static void test_lock_file_kinds(void **state)
{
	struct store st;
	struct diag d;
	char *dir = open_tmp_store(&st, &d);
	char *precious = write_file(dir, "kostbaar.txt", "niet overschrijven\n");
	char lock[4200];
	snprintf(lock, sizeof(lock), "%s/20260101-000000-aaaaaa.lock", st.sessions);
	assert_int_equal(link(precious, lock), 0);
	assert_int_equal(store_lock_session(&st, "20260101-000000-aaaaaa", "h", 1, &d), -1);
	assert_diag(&d, "meer dan één naam");
	char *text = read_all(precious);
	assert_string_equal(text, "niet overschrijven\n");
	free(text);
	unlink(lock);
	assert_int_equal(symlink(precious, lock), 0);
	assert_int_equal(store_lock_session(&st, "20260101-000000-aaaaaa", "h", 1, &d), -1);
	text = read_all(precious);
	assert_string_equal(text, "niet overschrijven\n");
	free(text);
	unlink(lock);
	assert_int_equal(mkfifo(lock, 0600), 0);
	assert_int_equal(store_lock_session(&st, "20260101-000000-aaaaaa", "h", 1, &d), -1);
	assert_diag(&d, "geen gewoon bestand");
	unlink(lock);
	int fd = store_lock_session(&st, "20260101-000000-aaaaaa", "h", 1, &d);
	assert_true(fd >= 0);
	store_unlock(fd);
	free(precious);
	store_finish(&st);
	diag_finish(&d);
	rm_tree(dir);
}

/* The lock of a session file is next to the file: by id in one store, by
 * path from another data directory or through a linked folder, it is one
 * lock (issue 11, point 2). */
static void test_lock_belongs_to_file(void **state)
{
	struct store st;
	struct diag d;
	char *dir = open_tmp_store(&st, &d);
	char *f = write_file(st.sessions, "20260101-000000-aaaaaa.json", "{}");
	int fd = store_lock_session(&st, "20260101-000000-aaaaaa", "laptop", 4242, &d);
	assert_true(fd >= 0);
	assert_int_equal(store_lock_session_file(f, "x", 1, &d), -1);
	assert_diag(&d, "sessie 20260101-000000-aaaaaa is al geopend door proces 4242 op laptop");
	char alias[4200], via[4300];
	snprintf(alias, sizeof(alias), "%s/alias", dir);
	assert_int_equal(symlink(dir, alias), 0);
	snprintf(via, sizeof(via), "%s/sessions/20260101-000000-aaaaaa.json", alias);
	assert_int_equal(store_lock_session_file(via, "x", 1, &d), -1);
	store_unlock(fd);
	fd = store_lock_session_file(via, "x", 1, &d);
	assert_true(fd >= 0);
	assert_int_equal(store_lock_session(&st, "20260101-000000-aaaaaa", "y", 2, &d), -1);
	store_unlock(fd);
	/* a file elsewhere: its lock lies next to it */
	char *other = write_file(dir, "kopie.json", "{}");
	fd = store_lock_session_file(other, "x", 1, &d);
	assert_true(fd >= 0);
	char lock[4200];
	snprintf(lock, sizeof(lock), "%s/kopie.lock", dir);
	assert_int_equal(access(lock, F_OK), 0);
	store_unlock(fd);
	free(other);
	free(f);
	store_finish(&st);
	diag_finish(&d);
	rm_tree(dir);
}

static void expect_output_refused(const char *path, const struct store_output_rules *r,
				  const char *msg)
{
	struct diag d;
	diag_init(&d);
	struct stat before, after;
	bool had = lstat(path, &before) == 0;
	assert_false(store_write_output(test_io(), path, "rapport\n", 8, r, &d));
	assert_diag(&d, msg);
	if (had) {
		assert_int_equal(lstat(path, &after), 0);
		assert_int_equal(before.st_ino, after.st_ino);
		assert_int_equal(before.st_size, after.st_size);
	}
	diag_finish(&d);
}

/* One writer for every output file (issue 11, point 1). */
static void test_output_rules(void **state)
{
	struct store st;
	struct diag d;
	char *dir = open_tmp_store(&st, &d);
	char *session = write_file(st.sessions, "20260101-000000-aaaaaa.json",
				   "{\n  \"format\": \"spiegel-session/1\"}\n");
	char *handin = write_file(dir, "inlever.json", "{\"format\":\"spiegel-handin/1\"}");
	char *group = write_file(dir, "groep.json", "{\"format\" : \"spiegel-intervisie/1\"}");
	char *report = write_file(dir, "rapport.json", "{\"format\": \"spiegel-report/1\"}");
	char *notes = write_file(dir, "notities.txt", "eigen tekst");
	struct store_inputs in;
	store_inputs_init(&in);
	assert_true(store_inputs_add(&in, notes));
	const char *dirs[] = {st.sessions};
	struct store_output_rules r = {.inputs = &in, .data_dirs = dirs, .n_dirs = 1};
	char p[4200];

	expect_output_refused(notes, &r, "deze opdracht leest dit bestand zelf");
	snprintf(p, sizeof(p), "%s/hard.txt", dir);
	assert_int_equal(link(notes, p), 0);
	expect_output_refused(p, &r, "deze opdracht leest dit bestand zelf");
	snprintf(p, sizeof(p), "%s/sym.txt", dir);
	assert_int_equal(symlink(notes, p), 0);
	expect_output_refused(p, &r, "deze opdracht leest dit bestand zelf");
	expect_output_refused(session, &r, "ligt in de map met spiegels eigen gegevens");
	snprintf(p, sizeof(p), "%s/nieuw.txt", st.sessions);
	expect_output_refused(p, &r, "ligt in de map met spiegels eigen gegevens");
	assert_int_equal(access(p, F_OK), -1);
	snprintf(p, sizeof(p), "%s/kopie.json", dir);
	assert_int_equal(link(session, p), 0); /* not an input, outside the folder */
	expect_output_refused(p, &r, "is een sessie van spiegel");
	expect_output_refused(handin, &r, "is een inleverbestand van spiegel");
	expect_output_refused(group, &r, "is een intervisiegroep van spiegel");
	expect_output_refused(dir, &r, "is een map");
	snprintf(p, sizeof(p), "%s/weg", dir);
	assert_int_equal(symlink("/nergens/niet", p), 0);
	expect_output_refused(p, &r, "naar iets dat niet bestaat");
	snprintf(p, sizeof(p), "%s/fifo", dir);
	assert_int_equal(mkfifo(p, 0600), 0);
	/* (a FIFO without a reader would block: only its refusal as input) */
	assert_true(store_inputs_add(&in, p));
	expect_output_refused(p, &r, "deze opdracht leest dit bestand zelf");

	/* allowed: an old report, a hand-in by export, a new file, /dev/null
	 * written into (never replaced), a link to a file (the link stays) */
	assert_true(store_write_output(test_io(), report, "x\n", 2, &r, &d));
	struct store_output_rules rh = r;
	rh.handin = true;
	assert_true(store_write_output(test_io(), handin, "y\n", 2, &rh, &d));
	snprintf(p, sizeof(p), "%s/nieuw.md", dir);
	assert_true(store_write_output(test_io(), p, "z\n", 2, &r, &d));
	assert_true(store_write_output(test_io(), "/dev/null", "z\n", 2, &r, &d));
	struct stat sb;
	assert_int_equal(stat("/dev/null", &sb), 0);
	assert_true(S_ISCHR(sb.st_mode));
	snprintf(p, sizeof(p), "%s/naar-rapport", dir);
	assert_int_equal(symlink(report, p), 0);
	assert_true(store_write_output(test_io(), p, "w\n", 2, &r, &d));
	assert_int_equal(lstat(p, &sb), 0);
	assert_true(S_ISLNK(sb.st_mode));
	char *text = read_all(report);
	assert_string_equal(text, "w\n");
	free(text);
	print_diags(&d);
	assert_int_equal(diag_count(&d), 0);

	store_inputs_finish(&in);
	free(session);
	free(handin);
	free(group);
	free(report);
	free(notes);
	store_finish(&st);
	diag_finish(&d);
	rm_tree(dir);
}

static void test_check_size(void **state)
{
	struct diag d;
	diag_init(&d);
	assert_true(store_check_size("x.json", 1048576, 1048576, &d));
	assert_false(store_check_size("x.json", 1048577, 1048576, &d));
	assert_diag(&d,
		    "x.json: het bestand zou te groot worden om weer te lezen (1.048.577 bytes, "
		    "hoogstens 1.048.576)");
	diag_finish(&d);
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

/* A producer for the streaming writes: pieces, a failure after some, and
 * how often it was called. */
struct pieces {
	int calls, fail_after;
};

static bool produce_pieces(void *ctx, struct store_sink *out)
{
	struct pieces *p = ctx;
	p->calls++;
	static const char *const parts[] = {"een\n", "twee\n", "drie\n"};
	for (int i = 0; i < 3; i++) {
		if (p->fail_after == i)
			return false;
		if (!store_sink_write(out, parts[i], strlen(parts[i])))
			return false;
	}
	return true;
}

/* An output written as it is made: whole or not at all, through the same
 * temp file and rename; an interrupted fsync starts over with the producer
 * called again. */
static void test_write_stream(void **state)
{
	char *dir = make_tmpdir(), path[4200];
	snprintf(path, sizeof(path), "%s/uit.txt", dir);
	struct diag d;
	diag_init(&d);
	assert_true(store_write_file(test_io(), path, "oud\n", 4, &d));
	struct pieces p = {0, -1};
	assert_true(store_write_file_stream(test_io(), path, produce_pieces, &p, &d));
	char *now = read_all(path);
	assert_string_equal(now, "een\ntwee\ndrie\n");
	free(now);
	assert_int_equal(p.calls, 1);
	/* a producer that stops: the old file stays, no temp file is left */
	struct pieces q = {0, 2};
	assert_true(store_write_file(test_io(), path, "oud\n", 4, &d));
	assert_false(store_write_file_stream(test_io(), path, produce_pieces, &q, &d));
	now = read_all(path);
	assert_string_equal(now, "oud\n");
	free(now);
	assert_int_equal(count_entries(dir), 1);
	/* an interrupted fsync: a new temp file, the producer again */
	struct faults f = {"fsync", 1, 0, EINTR};
	struct store_io io = {f_openat,	  f_write,    f_fsync,	   f_close,
			      f_renameat, f_unlinkat, test_random, &f};
	struct pieces r = {0, -1};
	assert_true(store_write_file_stream(&io, path, produce_pieces, &r, &d));
	assert_int_equal(r.calls, 2);
	now = read_all(path);
	assert_string_equal(now, "een\ntwee\ndrie\n");
	free(now);
	/* the output rules hold for a streamed output too */
	struct store_output_rules rules = {0};
	char *session = write_file(dir, "s.json", "{\"format\": \"spiegel-session/1\"}\n");
	assert_false(store_write_output_stream(test_io(), session, produce_pieces, &p, &rules, &d));
	assert_diag(&d, "een sessie van spiegel");
	free(session);
	diag_finish(&d);
	rm_tree(dir);
}

/* Watching one output instead of keeping every input: an output that was
 * read is refused, one that changed while the inputs were read too. */
static void test_inputs_watch(void **state)
{
	char *dir = make_tmpdir();
	char *a = write_file(dir, "a.txt", "a\n"), *b = write_file(dir, "b.txt", "b\n");
	struct diag d;
	diag_init(&d);
	struct store_inputs in;
	store_inputs_init(&in);
	store_inputs_watch(&in, a);
	assert_true(store_inputs_add(&in, b));
	assert_int_equal(in.n, 0); /* nothing kept */
	struct store_output_rules rules = {.inputs = &in};
	assert_true(store_write_output(test_io(), a, "x\n", 2, &rules, &d));
	/* a was written (a new inode): it is not the file the watch began
	 * with any more */
	assert_false(store_write_output(test_io(), a, "y\n", 2, &rules, &d));
	assert_diag(&d, "veranderde terwijl spiegel de bestanden las");
	store_inputs_finish(&in);
	/* an output that is also read */
	store_inputs_init(&in);
	store_inputs_watch(&in, b);
	assert_true(store_inputs_add(&in, b));
	assert_true(in.hit);
	diag_clear(&d);
	assert_false(store_write_output(test_io(), b, "z\n", 2, &rules, &d));
	assert_diag(&d, "deze opdracht leest dit bestand zelf");
	store_inputs_finish(&in);
	/* no output file: nothing to watch */
	store_inputs_init(&in);
	store_inputs_watch(&in, NULL);
	assert_true(store_inputs_add(&in, a));
	assert_false(in.hit);
	store_inputs_finish(&in);
	free(a);
	free(b);
	diag_finish(&d);
	rm_tree(dir);
}

/* A cache is written by the same replace, without fsync: whole or not at
 * all under its name, the old version kept when a write fails. */
static void test_write_cache(void **state)
{
	char *dir = make_tmpdir(), path[4200];
	snprintf(path, sizeof(path), "%s/c.index", dir);
	struct diag d;
	diag_init(&d);
	struct faults f = {"fsync", 1, 0, EIO}; /* any fsync would fail */
	struct store_io io = {f_openat,	  f_write,    f_fsync,	   f_close,
			      f_renameat, f_unlinkat, test_random, &f};
	assert_true(store_write_cache(&io, path, "een\n", 4, &d));
	assert_int_equal(f.calls, 0);
	char *now = read_all(path);
	assert_string_equal(now, "een\n");
	free(now);
	struct faults w = {"write", 2, 0, ENOSPC};
	io.ctx = &w;
	assert_false(store_write_cache(&io, path, "twee twee twee\n", 15, &d));
	now = read_all(path);
	assert_string_equal(now, "een\n");
	free(now);
	assert_int_equal(count_entries(dir), 1);
	diag_finish(&d);
	rm_tree(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_resolve_root),
	    cmocka_unit_test(test_open_creates_private_dirs),
	    cmocka_unit_test(test_atomic_write_faults),
	    cmocka_unit_test(test_write_stream),
	    cmocka_unit_test(test_write_cache),
	    cmocka_unit_test(test_inputs_watch),
	    cmocka_unit_test(test_clean_temp_and_list),
	    cmocka_unit_test(test_new_id),
	    cmocka_unit_test(test_randomness_passed_in),
	    cmocka_unit_test(test_lock),
	    cmocka_unit_test(test_delete),
	    cmocka_unit_test(test_clean_temp_spares_live_saves),
	    cmocka_unit_test(test_store_kind),
	    cmocka_unit_test(test_lock_file_kinds),
	    cmocka_unit_test(test_lock_belongs_to_file),
	    cmocka_unit_test(test_output_rules),
	    cmocka_unit_test(test_check_size),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
