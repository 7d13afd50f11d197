/*
 * Group runs (group_run.h): the files of `spiegel group` listed and read
 * into their groups, over test/data/group (see test_group.c for its
 * figures), and the CSV's rows kept and written in a random order.
 *
 * test/data/group/now: ander.json (groepstest-basis), kapot.json (not a
 * session), p1-kopie.json and p1.json (the same session twice), p2-p5.json
 * (groepstest). The first file that names a questionnaire is ander.json:
 * the one walk guesses groepstest-basis, most files are groepstest, so the
 * files are read again (choose, count).
 */
#include "helpers.h"

#include <math.h>
#include <sys/stat.h>

#include <cjson/cJSON.h>

#include "spiegel/content.h"
#include "spiegel/group_run.h"
#include "spiegel/report.h"

#include "../../src/core/group_run_internal.h"
#include "../../src/core/report_internal.h"

#define DATA SRCDIR "/test/data/group"

struct fixture {
	struct content *c;
	const struct questionnaire *q, *base;
};

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof(*f));
	struct diag d;
	diag_init(&d);
	f->c = content_load_dir(DATA "/content", &d);
	diag_finish(&d);
	assert_non_null(f->c);
	f->q = content_find(f->c, "groepstest");
	f->base = content_find(f->c, "groepstest-basis");
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	content_destroy(f->c);
	free(f);
	return 0;
}

/* A run with the files read ahead (ahead as in group_run_args) and an
 * output to watch. */
static struct group_run *run_ahead(struct fixture *f, const struct questionnaire *q,
				   const char *path, const char *base_path, bool rows, int ahead,
				   const char *output)
{
	const char *paths[] = {path}, *bases[] = {base_path};
	struct group_run_args a = {.c = f->c,
				   .q = q,
				   .paths = paths,
				   .n_paths = 1,
				   .base_paths = bases,
				   .n_base_paths = base_path ? 1 : 0,
				   .rows = rows,
				   .seed = 42,
				   .output = output,
				   .ahead = ahead};
	struct group_run *r = group_run_read(&a);
	assert_non_null(r);
	return r;
}

static struct group_run *run(struct fixture *f, const struct questionnaire *q, const char *path,
			     const char *base_path, bool rows)
{
	return run_ahead(f, q, path, base_path, rows, 0, NULL);
}

/* The five of now/: visie mean 50.0, veranderstrategie 43.3 (test_group.c);
 * three skipped, with their messages in the order of the file names. */
static void check_now(const struct fixture *f, const struct group_run *r)
{
	assert_int_equal(r->state, GROUP_RUN_OK);
	assert_ptr_equal(r->now.q, f->q);
	assert_int_equal(r->now.kinds, 2);
	assert_int_equal(r->now.g->n, 5);
	int visie = content_practice_index(f->c->catalogue, "visie");
	assert_true(visie >= 0);
	assert_true(fabs(r->now.g->practices[visie].mean - 50.0) < 1e-9);
	assert_true(fabs(r->now.g->practices[visie].median - 60.0) < 1e-9);
	assert_int_equal(r->skipped, 3);
	assert_int_equal(r->why.other, 1);
	assert_int_equal(r->why.unreadable, 1);
	assert_int_equal(r->why.duplicate, 1);
	assert_int_equal(diag_count(&r->msgs), 3);
	assert_non_null(strstr(diag_msg(&r->msgs, 0), "ander.json: andere vragenlijst"));
	assert_non_null(strstr(diag_msg(&r->msgs, 1), "kapot.json"));
	/* p1-kopie.json comes first in name order: p1.json is the repeat */
	assert_non_null(strstr(diag_msg(&r->msgs, 2), "/p1.json: dezelfde sessie"));
}

static void test_guess_wrong_reads_again(void **state)
{
	struct fixture *f = *state;
	struct group_run *r = run(f, NULL, DATA "/now", NULL, false);
	check_now(f, r);
	assert_false(r->now.given);
	group_run_destroy(r);
}

static void test_given(void **state)
{
	struct fixture *f = *state;
	struct group_run *r = run(f, f->q, DATA "/now", NULL, false);
	check_now(f, r);
	assert_true(r->now.given);
	group_run_destroy(r);
	/* the other one given: five of groepstest are another questionnaire */
	r = run(f, f->base, DATA "/now", NULL, false);
	assert_int_equal(r->state, GROUP_RUN_OK);
	assert_int_equal(r->now.g->n, 1);
	assert_int_equal(r->why.other, 6);
	group_run_destroy(r);
}

static void test_baseline(void **state)
{
	struct fixture *f = *state;
	struct group_run *r = run(f, NULL, DATA "/now", DATA "/base", false);
	assert_int_equal(r->state, GROUP_RUN_OK);
	assert_true(r->has_base);
	assert_ptr_equal(r->base.q, f->base);
	assert_int_equal(r->base.g->n, 5);
	/* ander.json is of the baseline's questionnaire but not a baseline
	 * path: another questionnaire for now */
	assert_int_equal(r->now.g->n, 5);
	assert_int_equal(r->why.other, 1);
	group_run_destroy(r);
	/* a baseline folder without a file that counts */
	r = run(f, NULL, DATA "/now", DATA "/content", false);
	assert_int_equal(r->state, GROUP_RUN_NO_BASELINE);
	group_run_destroy(r);
}

/* Folders in name order, links to folders and too deep folders reported
 * where they are, other files passed over. */
static void test_listing(void **state)
{
	struct fixture *f = *state;
	char *dir = make_tmpdir(), path[4200], target[4200];
	snprintf(path, sizeof(path), "%s/b", dir);
	assert_int_equal(mkdir(path, 0700), 0);
	snprintf(target, sizeof(target), DATA "/now/p2.json");
	snprintf(path, sizeof(path), "%s/b/p2.json", dir);
	assert_int_equal(link(target, path) == 0 || symlink(target, path) == 0, 1);
	snprintf(path, sizeof(path), "%s/a-link", dir);
	assert_int_equal(symlink(DATA "/now", path), 0);
	snprintf(path, sizeof(path), "%s/c.txt", dir);
	free(write_file(dir, "c.txt", "niet"));
	snprintf(path, sizeof(path), "%s/d/1/2/3/4/5/6/7/8/9", dir);
	char cmd[4400];
	snprintf(cmd, sizeof(cmd), "mkdir -p '%s'", path);
	assert_int_equal(system(cmd), 0);
	struct group_run *r = run(f, f->q, dir, NULL, false);
	assert_int_equal(r->skipped, 2);
	assert_int_equal(r->why.unvisited, 2);
	assert_non_null(
	    strstr(diag_msg(&r->msgs, 0), "a-link: symbolische koppeling naar een map"));
	assert_non_null(strstr(diag_msg(&r->msgs, 1), "te diep genest"));
	group_run_destroy(r);
	rm_tree(dir);
}

struct buf {
	char *p;
	size_t n;
};

static bool to_buffer(void *ctx, const char *data, size_t len)
{
	struct buf *b = ctx;
	b->p = realloc(b->p, b->n + len + 1);
	memcpy(b->p + b->n, data, len);
	b->n += len;
	b->p[b->n] = '\0';
	return true;
}

static int by_text(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The rows without their first field (the letter), sorted: what must not
 * depend on the order. */
static char *rows_sorted(const char *csv)
{
	char *copy = strdup(strchr(csv, '\n') + 1), *lines[256];
	size_t n = 0;
	for (char *l = strtok(copy, "\n"); l && n < 256; l = strtok(NULL, "\n"))
		lines[n++] = strchr(l, ',');
	qsort(lines, n, sizeof(*lines), by_text);
	char *out = calloc(1, 65536);
	for (size_t i = 0; i < n; i++)
		strcat(out, lines[i]);
	free(copy);
	return out;
}

/* The CSV from the rows kept: the header, every participant's rows, in an
 * order that the seeds decide, not the file names. */
static void test_csv_rows(void **state)
{
	struct fixture *f = *state;
	struct group_run *r = run(f, NULL, DATA "/now", NULL, true);
	check_now(f, r);
	struct buf one = {0}, two = {0};
	struct group_run_csv_out out;
	assert_true(group_run_csv(r, 1, false, 1, to_buffer, &one, &out));
	assert_int_equal(out.written[GROUP_NOW], 5);
	assert_false(out.two);
	assert_true(group_run_csv(r, 1, false, 2, to_buffer, &two, &out));
	assert_int_equal(strncmp(one.p, "deelnemer,meting,paar,", 22), 0);
	char *a = rows_sorted(one.p), *b = rows_sorted(two.p);
	assert_string_equal(a, b);
	assert_non_null(strstr(a, ",nu,,groepstest,1.0.0,likert,G.02,2,,4,\r"));
	/* too few: the header alone */
	struct buf none = {0};
	assert_true(group_run_csv(r, 6, false, 1, to_buffer, &none, &out));
	assert_true(out.hidden[GROUP_NOW]);
	assert_int_equal(out.written[GROUP_NOW], 0);
	assert_null(strchr(strchr(none.p, '\n') + 1, '\n'));
	free(a);
	free(b);
	free(one.p);
	free(two.p);
	free(none.p);
	group_run_destroy(r);
}

static void same_runs(const struct group_run *a, const struct group_run *b)
{
	assert_int_equal(a->state, b->state);
	assert_ptr_equal(a->now.q, b->now.q);
	assert_ptr_equal(a->base.q, b->base.q);
	assert_int_equal(a->now.g ? a->now.g->n : 99, b->now.g ? b->now.g->n : 99);
	assert_int_equal(a->base.g ? a->base.g->n : 99, b->base.g ? b->base.g->n : 99);
	assert_int_equal(a->skipped, b->skipped);
	assert_memory_equal(&a->why, &b->why, sizeof(a->why));
	assert_int_equal(diag_count(&a->msgs), diag_count(&b->msgs));
	for (size_t i = 0; i < diag_count(&a->msgs); i++)
		assert_string_equal(diag_msg(&a->msgs, i), diag_msg(&b->msgs, i));
	assert_int_equal(a->inputs.hit, b->inputs.hit);
	assert_int_equal(a->inputs.failed, b->inputs.failed);
}

/* The files read ahead by a second thread (several depths) or each in
 * turn in this thread: the same run, message for message and row for row,
 * with hostile entries between the files (a link, a FIFO, a file over
 * SESSION_MAX_FILE, one without read permission, a folder named like a
 * file), with one walk, a walk left for a second reading, and a baseline
 * (two walks); the output among the inputs is seen each time. */
static void test_read_ahead_same(void **state)
{
	struct fixture *f = *state;
	char *dir = make_tmpdir(), p[4200], cmd[8600];
	snprintf(cmd, sizeof(cmd),
		 "cp '%s'/*.json '%s' && mkdir '%s/p5-map.json' && cp '%s'/p5.json "
		 "'%s/p5-map.json/p6.json'",
		 DATA "/now", dir, dir, DATA "/now", dir);
	assert_int_equal(system(cmd), 0);
	snprintf(p, sizeof(p), "%s/p2-link.json", dir);
	assert_int_equal(symlink(DATA "/now/p2.json", p), 0);
	snprintf(p, sizeof(p), "%s/p3-fifo.json", dir);
	assert_int_equal(mkfifo(p, 0600), 0);
	snprintf(p, sizeof(p), "%s/p1-groot.json", dir);
	FILE *big = fopen(p, "w");
	assert_non_null(big);
	assert_int_equal(ftruncate(fileno(big), SESSION_MAX_FILE + 1), 0);
	fclose(big);
	snprintf(cmd, sizeof(cmd),
		 "cp '%s/p4.json' '%s/p4-dicht.json' && chmod 0 '%s/p4-dicht.json'", DATA "/now",
		 dir, dir);
	assert_int_equal(system(cmd), 0);
	char out[4200];
	snprintf(out, sizeof(out), "%s/p3.json", dir);
	const char *bases[] = {NULL, DATA "/base"};
	const struct questionnaire *qs[] = {NULL, f->q};
	for (int b = 0; b < 2; b++)
		for (int k = 0; k < 2; k++) {
			struct group_run *want = run_ahead(f, qs[k], dir, bases[b], true, -1, out);
			assert_int_equal(want->state, GROUP_RUN_OK);
			assert_true(want->inputs.hit);
			bool link = false, fifo = false, large = false;
			for (size_t i = 0; i < diag_count(&want->msgs); i++) {
				const char *m = diag_msg(&want->msgs, i);
				link |=
				    strstr(m, "p2-link.json: is een symbolische koppeling") != NULL;
				fifo |= strstr(m, "p3-fifo.json: geen gewoon bestand") != NULL;
				large |= strstr(m, "p1-groot.json: bestand is te groot") != NULL;
			}
			assert_true(link && fifo && large);
			struct buf csv_want = {0};
			struct group_run_csv_out o;
			assert_true(group_run_csv(want, 1, false, 5, to_buffer, &csv_want, &o));
			const int aheads[] = {1, 2, 3, 16, 0};
			for (size_t a = 0; a < sizeof(aheads) / sizeof(*aheads); a++) {
				struct group_run *r =
				    run_ahead(f, qs[k], dir, bases[b], true, aheads[a], out);
				same_runs(want, r);
				struct buf csv = {0};
				assert_true(group_run_csv(r, 1, false, 5, to_buffer, &csv, &o));
				assert_int_equal(csv.n, csv_want.n);
				assert_memory_equal(csv.p, csv_want.p, csv.n);
				free(csv.p);
				group_run_destroy(r);
			}
			free(csv_want.p);
			group_run_destroy(want);
		}
	rm_tree(dir);
}

/* Rows beyond the spool's memory go to the spill file and come back the
 * same, in the same order. */
static void test_spool_spill(void **state)
{
	struct fixture *f = *state;
	struct group *g = group_create(f->c->catalogue, f->q, NULL);
	FILE *spill = tmpfile();
	struct group_spool *mem = group_spool_create(NULL, 7, 0);
	struct group_spool *small = group_spool_create(spill, 7, 64);
	struct diag d;
	diag_init(&d);
	char name[64];
	for (int i = 0; i < 200; i++) {
		struct session *s = session_load(DATA "/now/p3.json", &d);
		assert_non_null(s);
		snprintf(s->id, sizeof(s->id), "20260310-090000-%06d", i);
		free(s->participant);
		snprintf(name, sizeof(name), "deelnemer %d", i);
		s->participant = strdup(name);
		assert_int_equal(group_add(g, s, "p3.json", &d), GROUP_ADDED);
		/* one with the answers by item (as a run gives them), one
		 * looked up: the same rows */
		const struct session_answer *view[64];
		assert_true(f->q->n_items <= 64);
		session_view(s, f->q, view);
		assert_true(group_spool_add(mem, g, false, s, view, true));
		assert_true(group_spool_add(small, g, false, s, NULL, true));
		session_destroy(s);
	}
	group_finish(g);
	assert_true(ftell(spill) > 0); /* it did spill */
	struct buf a = {0}, b = {0};
	struct group_run_csv_out out;
	assert_true(group_spool_csv(mem, g, NULL, 1, true, 9, to_buffer, &a, &out));
	assert_int_equal(out.written[GROUP_NOW], 200);
	assert_true(group_spool_csv(small, g, NULL, 1, true, 9, to_buffer, &b, &out));
	assert_int_equal(a.n, b.n);
	assert_string_equal(a.p, b.p);
	assert_non_null(strstr(a.p, "deelnemer 199 ("));
	free(a.p);
	free(b.p);
	group_spool_destroy(mem);
	group_spool_destroy(small);
	fclose(spill);
	group_destroy(g);
	diag_finish(&d);
}

struct pieces {
	struct buf all;
	size_t n;
};

static bool to_pieces(void *ctx, const char *data, size_t len)
{
	struct pieces *p = ctx;
	p->n++;
	return to_buffer(&p->all, data, len);
}

/* A report written as it is made: in pieces that together are the report
 * (every shared answer in it, the JSON whole), however many answers. */
static void test_report_in_pieces(void **state)
{
	struct fixture *f = *state;
	struct group *g = group_create(f->c->catalogue, f->q, NULL);
	struct diag d;
	diag_init(&d);
	char text[200];
	for (int i = 0; i < 1500; i++) {
		struct session *s = session_load(DATA "/now/p3.json", &d);
		assert_non_null(s);
		snprintf(s->id, sizeof(s->id), "20260310-090000-%06d", i);
		snprintf(text, sizeof(text),
			 "antwoord %04d met \"aanhalingstekens\", \\ en\nregels", i);
		assert_true(session_set(s, "G.06", (struct answer){ANSWER_TEXT, 0, text, NULL}));
		assert_true(session_set_shared(s, "G.06", true));
		assert_int_equal(group_add(g, s, "p3.json", &d), GROUP_ADDED);
		session_destroy(s);
	}
	group_finish(g);
	assert_int_equal(g->n_shared, 1500);
	struct group_report_input in = {g, NULL, 1, 0, {0}};
	static const enum report_format fmts[] = {REPORT_TEXT, REPORT_MARKDOWN, REPORT_HTML,
						  REPORT_JSON};
	for (size_t k = 0; k < 4; k++) {
		struct pieces p = {{0}, 0};
		assert_true(report_group_write(fmts[k], &in, to_pieces, &p));
		assert_true(p.n > 1); /* never the whole report at once */
		assert_non_null(strstr(p.all.p, "antwoord 0000"));
		assert_non_null(strstr(p.all.p, "antwoord 1499"));
		size_t len;
		char *whole = report_group(fmts[k], &in, &len);
		assert_int_equal(len, p.all.n);
		assert_memory_equal(whole, p.all.p, len);
		free(whole);
		if (fmts[k] == REPORT_JSON) {
			cJSON *root = cJSON_Parse(p.all.p);
			assert_non_null(root);
			cJSON *sh = cJSON_GetObjectItemCaseSensitive(root, "shared");
			assert_int_equal(cJSON_GetArraySize(sh), 1500);
			assert_string_equal(
			    cJSON_GetArrayItem(sh, 0)->child->next->valuestring,
			    "antwoord 0000 met \"aanhalingstekens\", \\ en\nregels");
			cJSON_Delete(root);
		}
		free(p.all.p);
	}
	group_destroy(g);
	diag_finish(&d);
}

/* Strings in the streamed JSON are escaped as cJSON escapes them. */
static void test_json_string_as_cjson(void **state)
{
	char s[300];
	size_t n = 0;
	for (int c = 1; c < 128; c++)
		s[n++] = (char)c;
	memcpy(s + n, "\xc3\xa9\xe2\x80\xae", 5);
	s[n + 5] = '\0';
	cJSON *str = cJSON_CreateString(s);
	char *want = cJSON_PrintUnformatted(str);
	struct strbuf b;
	strbuf_init(&b);
	rpt_json_string(&b, s);
	char *got = strbuf_steal(&b, NULL);
	assert_string_equal(got, want);
	free(got);
	cJSON_free(want);
	cJSON_Delete(str);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_guess_wrong_reads_again),
	    cmocka_unit_test(test_given),
	    cmocka_unit_test(test_baseline),
	    cmocka_unit_test(test_listing),
	    cmocka_unit_test(test_csv_rows),
	    cmocka_unit_test(test_spool_spill),
	    cmocka_unit_test(test_read_ahead_same),
	    cmocka_unit_test(test_report_in_pieces),
	    cmocka_unit_test(test_json_string_as_cjson),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
