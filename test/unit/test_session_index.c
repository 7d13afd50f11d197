/* The session index: the same summaries as reading every session, a file
 * that changed is read again, and an index that is not exactly what
 * spiegel writes is ignored as a whole. */
#include "helpers.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "spiegel/content.h"
#include "spiegel/content_cache.h"
#include "spiegel/session.h"
#include "spiegel/session_index.h"
#include "spiegel/store.h"

static struct content *content;
static const struct questionnaire *q;

static int setup(void **state)
{
	struct diag d;
	diag_init(&d);
	content = content_load_dir(SRCDIR "/content", &d);
	diag_finish(&d);
	assert_non_null(content);
	q = content_find(content, "visie");
	assert_non_null(q);
	return 0;
}

static int teardown(void **state)
{
	content_destroy(content);
	return 0;
}

#define MAXS 8
struct seen {
	size_t n;
	char id[MAXS][SESSION_ID_MAX + 1];
	struct session_summary s[MAXS];
};

static bool note(const char *id, const struct session_summary *s, void *ctx)
{
	struct seen *x = ctx;
	assert_true(x->n < MAXS);
	snprintf(x->id[x->n], sizeof(x->id[0]), "%s", id);
	x->s[x->n++] = *s;
	return true;
}

static struct seen scan(const struct store *st, const struct content *c)
{
	struct seen x;
	memset(&x, 0, sizeof(x));
	struct diag d;
	diag_init(&d);
	assert_true(session_index_each(st, c, note, &x, &d));
	diag_finish(&d);
	return x;
}

static void assert_seen(const struct seen *a, const struct seen *b)
{
	assert_int_equal(a->n, b->n);
	for (size_t i = 0; i < a->n; i++) {
		assert_string_equal(a->id[i], b->id[i]);
		assert_int_equal(a->s[i].readable, b->s[i].readable);
		assert_int_equal(a->s[i].finished, b->s[i].finished);
		assert_int_equal(a->s[i].handin, b->s[i].handin);
		assert_int_equal(a->s[i].sector, b->s[i].sector);
		assert_string_equal(a->s[i].when, b->s[i].when);
	}
}

static void save(const struct store *st, struct session *s, time_t now)
{
	struct diag d;
	diag_init(&d);
	char *p = store_session_path(st, s->id);
	assert_true(session_save(s, p, st->io, now, &d));
	free(p);
	diag_finish(&d);
}

static char *index_path(const struct store *st)
{
	char *p = malloc(4200);
	snprintf(p, 4200, "%s/cache/%s", st->root, SESSION_INDEX_NAME);
	return p;
}

static char *slurp(const char *path)
{
	FILE *f = fopen(path, "rb");
	assert_non_null(f);
	char *t = calloc(1, 1 << 16);
	size_t n = fread(t, 1, (1 << 16) - 1, f);
	t[n] = '\0';
	fclose(f);
	return t;
}

static void put(const char *path, const char *text, size_t len)
{
	unlink(path);
	FILE *f = fopen(path, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(text, 1, len, f), len);
	fclose(f);
}

/* The truth: every session read, no index (removed first). */
static struct seen truth(const struct store *st, const struct content *c)
{
	char *p = index_path(st);
	char *keep = access(p, F_OK) == 0 ? slurp(p) : NULL;
	unlink(p);
	struct seen x = scan(st, c);
	if (keep)
		put(p, keep, strlen(keep));
	else
		unlink(p);
	free(keep);
	free(p);
	return x;
}

/* Replace the first from in text by to (a new string). */
static char *replace(const char *text, const char *from, const char *to)
{
	const char *at = strstr(text, from);
	assert_non_null(at);
	size_t n = strlen(text), nf = strlen(from), nt = strlen(to);
	char *out = malloc(n - nf + nt + 1);
	memcpy(out, text, (size_t)(at - text));
	memcpy(out + (at - text), to, nt);
	strcpy(out + (at - text) + nt, at + nf);
	return out;
}

static void test_index(void **state)
{
	char *dir = make_tmpdir();
	struct diag d;
	diag_init(&d);
	struct store st;
	assert_true(store_open(&st, dir, test_io(), &d));
	struct session *a = session_create("20260101-100000-aaaaaa", q, "", 1767261600);
	assert_true(session_set(a, "VIS.CTX.01", (struct answer){ANSWER_CHOICE, 0, "vo", NULL}));
	save(&st, a, 1767261600);
	struct session *b = session_create("20260102-100000-bbbbbb", q, "", 1767348000);
	b->finished = true;
	save(&st, b, 1767348000);
	char *broken = write_file(st.sessions, "20260103-100000-cccccc.json", "{\"format\": ");
	struct seen first = scan(&st, content);
	assert_int_equal(first.n, 3);
	assert_true(first.s[0].readable && !first.s[0].finished);
	assert_int_equal(first.s[0].sector, SECTOR_VO);
	assert_true(first.s[1].readable && first.s[1].finished);
	assert_int_equal(first.s[1].sector, -1);
	assert_false(first.s[2].readable);
	/* the index: private, in the data root's cache folder */
	char *ip = index_path(&st);
	struct stat sb;
	assert_int_equal(stat(ip, &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0600);
	char cache[4200];
	snprintf(cache, sizeof(cache), "%s/cache", dir);
	assert_int_equal(stat(cache, &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0700);
	/* read again: the same, from the index */
	struct seen again = scan(&st, content);
	assert_seen(&again, &first);
	/* without content: no sectors */
	struct seen bare = scan(&st, NULL);
	assert_int_equal(bare.s[0].sector, -1);
	assert_int_equal(bare.s[1].finished, true);
	again = scan(&st, content);
	assert_seen(&again, &first);

	/* the index is what is used while the file is the same: a lie in it
	 * shows (so the tests below can see whether an index was taken) */
	char *valid = slurp(ip);
	char *lie = strdup(valid);
	char *flag = strstr(lie, " rf- ");
	assert_non_null(flag);
	memcpy(flag, " r-- ", 5);
	put(ip, lie, strlen(lie));
	struct seen lied = scan(&st, content);
	assert_false(lied.s[1].finished);
	/* ... and never once the file changed: a save replaces it */
	save(&st, b, 1767348001);
	struct seen after = scan(&st, content);
	assert_true(after.s[1].finished);
	assert_string_equal(after.s[1].when, "2026-01-02T10:00:01Z");
	/* the old lie is about the old file of b: not taken */
	put(ip, lie, strlen(lie));
	lied = scan(&st, content);
	assert_true(lied.s[1].finished);
	free(lie);
	free(valid);
	/* a file changed in place (its times change) is read again too */
	valid = slurp(ip);
	lie = replace(valid, " rf- ", " r-- ");
	put(ip, lie, strlen(lie));
	lied = scan(&st, content);
	assert_false(lied.s[1].finished);
	char bp[4200];
	snprintf(bp, sizeof(bp), "%s/%s.json", st.sessions, b->id);
	struct timespec ts[2] = {{0, UTIME_OMIT}, {1767348002, 0}};
	assert_int_equal(utimensat(AT_FDCWD, bp, ts, 0), 0);
	lied = scan(&st, content);
	assert_true(lied.s[1].finished);
	free(lie);
	free(valid);

	/* sessions that are gone leave the index; a new one is read */
	unlink(broken);
	free(broken);
	struct session *e = session_create("20260104-100000-eeeeee", q, "", 1767520800);
	assert_true(session_set(e, "VIS.CTX.01", (struct answer){ANSWER_CHOICE, 0, "mbo", NULL}));
	save(&st, e, 1767520800);
	struct seen now = scan(&st, content);
	assert_int_equal(now.n, 3);
	struct seen t = truth(&st, content);
	assert_seen(&now, &t);
	assert_int_equal(now.s[2].sector, SECTOR_MBO);
	char *text = slurp(ip);
	assert_null(strstr(text, "cccccc"));
	assert_non_null(strstr(text, "eeeeee"));
	free(text);

	session_destroy(a);
	session_destroy(b);
	session_destroy(e);
	free(ip);
	store_finish(&st);
	diag_finish(&d);
	rm_tree(dir);
}

/* A hostile or torn index: refused whole, the sessions read as without it.
 * Each case is made from an index with a lie in it that the scan would
 * show if the case were taken. */
static void test_hostile_index(void **state)
{
	char *dir = make_tmpdir();
	struct diag d;
	diag_init(&d);
	struct store st;
	assert_true(store_open(&st, dir, test_io(), &d));
	const char *ids[] = {"20260101-100000-aaaaaa", "20260102-100000-bbbbbb",
			     "20260103-100000-cccccc"};
	struct session *s[3];
	for (int i = 0; i < 3; i++) {
		s[i] = session_create(ids[i], q, "", 1767261600 + i);
		s[i]->finished = true;
		save(&st, s[i], 1767261600 + i);
	}
	struct seen want = scan(&st, content);
	char *ip = index_path(&st);
	char *valid = slurp(ip);
	/* the lie: the first session unfinished */
	char *lie = replace(valid, " rf- ", " r-- ");
	put(ip, lie, strlen(lie));
	struct seen lied = scan(&st, content);
	assert_false(lied.s[0].finished); /* a taken index shows */

	/* torn: every shorter prefix */
	size_t n = strlen(lie);
	for (size_t k = 0; k < n; k++) {
		put(ip, lie, k);
		struct seen got = scan(&st, content);
		assert_seen(&got, &want);
	}
	/* one line into two lines, lines swapped, a line twice */
	const char *l1 = strchr(lie, '\n') + 1;
	const char *l2 = strchr(l1, '\n') + 1;
	const char *l3 = strchr(l2, '\n') + 1;
	char swapped[8192], twice[8192];
	snprintf(swapped, sizeof(swapped), "%.*s%.*s%.*s%s", (int)(l1 - lie), lie, (int)(l3 - l2),
		 l2, (int)(l2 - l1), l1, l3);
	snprintf(twice, sizeof(twice), "%.*s%.*s%s", (int)(l2 - lie), lie, (int)(l2 - l1), l1, l1);
	char *cases[32];
	int nc = 0;
	cases[nc++] = strdup(swapped);
	cases[nc++] = strdup(twice);
	cases[nc++] = replace(lie, "end 3", "end 4");
	cases[nc++] = replace(lie, "end 3", "end 03");
	cases[nc++] = replace(lie, "end 3\n", "end 3\nx\n");
	cases[nc++] = replace(lie, "end 3\n", "end 3");
	cases[nc++] = replace(lie, "spiegel-session-index/1", "spiegel-session-index/2");
	cases[nc++] = replace(lie, " r-- ", " r--  ");
	cases[nc++] = replace(lie, " r-- ", "\tr-- ");
	cases[nc++] = replace(lie, " r-- ", " r-- 0 ");
	cases[nc++] = replace(lie, " r-- ", " R-- ");
	cases[nc++] = replace(lie, " r-- ", " -f- ");
	cases[nc++] = replace(lie, " r-- -1 ", " r-- 7 ");
	cases[nc++] = replace(lie, " r-- -1 ", " r-- +1 ");
	cases[nc++] = replace(lie, "\n", "\r\n");
	cases[nc++] = replace(lie, "aaaaaa", "AAAAAA");
	cases[nc++] = replace(lie, "Z\n", "Z \n");
	cases[nc++] = replace(lie, "Z\n", "Z\x01\n");
	cases[nc++] = replace(lie, "T10:00:00Z", "T10:00:00Z-and-more-than-thirty-one-bytes");
	/* a number with a leading zero or a sign: the size field */
	{
		char *sp = strchr(strchr(strchr(l1, ' ') + 1, ' ') + 1, ' ') + 1;
		size_t at = (size_t)(sp - lie);
		char *z = malloc(n + 2);
		memcpy(z, lie, at);
		z[at] = '0';
		strcpy(z + at + 1, lie + at);
		cases[nc++] = z;
		char *m = strdup(z);
		m[at] = '+';
		cases[nc++] = m;
	}
	/* nine digits of nanoseconds, no more */
	{
		char *dot = strchr(l1, '.');
		size_t at = (size_t)(dot - lie) + 1;
		char *x = malloc(n + 2);
		memcpy(x, lie, at);
		x[at] = '0';
		strcpy(x + at + 1, lie + at);
		cases[nc++] = x;
	}
	for (int i = 0; i < nc; i++) {
		put(ip, cases[i], strlen(cases[i]));
		struct seen got = scan(&st, content);
		if (got.s[0].finished != want.s[0].finished)
			fail_msg("taken: case %d:\n%s", i, cases[i]);
		assert_seen(&got, &want);
		free(cases[i]);
	}
	/* a NUL in the index */
	char *nul = strdup(lie);
	nul[strlen(valid) / 2] = '\0';
	put(ip, nul, n);
	struct seen got = scan(&st, content);
	assert_seen(&got, &want);
	free(nul);
	/* not a regular file of ours: a link to the lie is not followed */
	char other[4200];
	snprintf(other, sizeof(other), "%s/elsewhere", dir);
	put(other, lie, n);
	unlink(ip);
	assert_int_equal(symlink(other, ip), 0);
	got = scan(&st, content);
	assert_seen(&got, &want);
	/* a FIFO is never waited on */
	unlink(ip);
	assert_int_equal(mkfifo(ip, 0600), 0);
	got = scan(&st, content);
	assert_seen(&got, &want);
	unlink(ip);

	free(lie);
	free(valid);
	free(ip);
	for (int i = 0; i < 3; i++)
		session_destroy(s[i]);
	store_finish(&st);
	diag_finish(&d);
	rm_tree(dir);
}

/* The content key: another when a file of the content changes. */
static void test_content_key(void **state)
{
	char *dir = make_tmpdir();
	char *p = write_file(dir, "a.json", "{}");
	uint64_t k1, k2, k3;
	assert_true(content_dir_key(dir, &k1));
	assert_true(content_dir_key(dir, &k2));
	assert_true(k1 == k2);
	char *p2 = write_file(dir, "b.json", "{}");
	assert_true(content_dir_key(dir, &k3));
	assert_true(k3 != k1);
	struct timespec ts[2] = {{1, 0}, {1, 0}};
	assert_int_equal(utimensat(AT_FDCWD, p, ts, 0), 0);
	assert_true(content_dir_key(dir, &k2));
	assert_true(k2 != k3);
	assert_false(content_dir_key("/nonexistent/spiegel", &k1));
	free(p);
	free(p2);
	rm_tree(dir);
}

/* The content cache: the count of a clean load, for exactly its files;
 * anything but the line it writes is ignored. */
static void test_content_cache(void **state)
{
	char *dir = make_tmpdir();
	char cdir[2048];
	snprintf(cdir, sizeof(cdir), "%s/content", dir);
	assert_int_equal(mkdir(cdir, 0700), 0);
	free(write_file(cdir, "a.json", "{}"));
	struct diag d;
	diag_init(&d);
	struct store st;
	char root[4200];
	snprintf(root, sizeof(root), "%s/data", dir);
	assert_true(store_open(&st, root, test_io(), &d));
	uint64_t key, key2;
	size_t n = 99;
	bool known = true;
	assert_true(content_cache_lookup(&st, cdir, &key, &n, &known));
	assert_false(known);
	content_cache_note(&st, key, 7);
	assert_true(content_cache_lookup(&st, cdir, &key2, &n, &known));
	assert_true(known && n == 7 && key2 == key);
	char path[4300];
	snprintf(path, sizeof(path), "%s/cache/%s", root, CONTENT_CACHE_NAME);
	char *line = slurp(path);
	static const char *const bad[][2] = {
	    {" 7\n", " 07\n"}, {" 7\n", " 7"},	  {" 7\n", " 7 \n"},
	    {" 7\n", " -7\n"}, {" 7\n", " \n"},	  {" 7\n", " 7\n\n"},
	    {"/1 ", "/2 "},    {" 7\n", " 7x\n"}, {" 7\n", " 1234567\n"},
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		char *t = replace(line, bad[i][0], bad[i][1]);
		put(path, t, strlen(t));
		known = true;
		assert_true(content_cache_lookup(&st, cdir, &key2, &n, &known));
		if (known)
			fail_msg("taken: %s", t);
		free(t);
	}
	char *upper = strdup(line);
	for (char *p = strchr(upper, ' ') + 1; *p != ' '; p++)
		if (*p >= 'a' && *p <= 'f')
			*p = (char)(*p - 'a' + 'A');
	put(path, upper, strlen(upper));
	assert_true(content_cache_lookup(&st, cdir, &key2, &n, &known));
	assert_true(!known || strcmp(upper, line) == 0);
	free(upper);
	/* the files changed: another key, not known */
	put(path, line, strlen(line));
	free(write_file(cdir, "b.json", "{}"));
	assert_true(content_cache_lookup(&st, cdir, &key2, &n, &known));
	assert_false(known);
	assert_true(key2 != key);
	free(line);
	store_finish(&st);
	diag_finish(&d);
	rm_tree(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_index),
	    cmocka_unit_test(test_hostile_index),
	    cmocka_unit_test(test_content_key),
	    cmocka_unit_test(test_content_cache),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
