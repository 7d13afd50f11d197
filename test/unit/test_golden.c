/* Report goldens (test/golden/README.md): every report format rendered from
 * the fixture content and answers in test/data/golden, composed the way the
 * commands compose them, and compared byte for byte with test/golden/NAME.
 * Fixed input, no clock, fixed seeds and a fixed locale, so the output is the
 * same on every run. SPIEGEL_UPDATE_GOLDEN=1 writes the files instead of
 * comparing (and the test then fails, so that an update is never silent in
 * a normal run). test/golden/cli.sh checks that the commands write the same
 * bytes. */
#include "helpers.h"

#include <dirent.h>
#include <locale.h>

#include "spiegel/group.h"
#include "spiegel/intervisie.h"
#include "spiegel/meeting_kit.h"
#include "spiegel/report.h"

#define DATA SRCDIR "/test/data/golden"
#define GOLDEN SRCDIR "/test/golden"
/* the CSV's two random orders (cmd_group.c takes them from getentropy) */
#define SEED_PAIRS 20261201u
#define SEED_ORDER 7u

enum kind { K_SESSION, K_GROUP, K_CSV, K_COMPARE, K_INTERVISIE, K_MEETING };

struct gcase {
	const char *name; /* the file in test/golden */
	enum kind kind;
	enum report_format f;
	const char *a, *b; /* session, group folders, compared sessions, group file
			      (a meeting report: "groep" or "coach" in b) */
	size_t min_group;  /* a meeting report: the meeting's number */
};

/* clang-format off */
#define SESSION3(tag, file)                                                    \
	{"session-" tag ".txt", K_SESSION, REPORT_TEXT, file, NULL, 0},        \
	{"session-" tag ".md", K_SESSION, REPORT_MARKDOWN, file, NULL, 0},     \
	{"session-" tag ".json", K_SESSION, REPORT_JSON, file, NULL, 0}
#define GROUP5(tag, now, base, min)                                            \
	{"group-" tag ".txt", K_GROUP, REPORT_TEXT, now, base, min},           \
	{"group-" tag ".md", K_GROUP, REPORT_MARKDOWN, now, base, min},        \
	{"group-" tag ".html", K_GROUP, REPORT_HTML, now, base, min},          \
	{"group-" tag ".json", K_GROUP, REPORT_JSON, now, base, min},          \
	{"group-" tag ".csv", K_CSV, REPORT_CSV, now, base, min}
#define COMPARE3(tag, old, new)                                                \
	{"compare-" tag ".txt", K_COMPARE, REPORT_TEXT, old, new, 0},          \
	{"compare-" tag ".md", K_COMPARE, REPORT_MARKDOWN, old, new, 0},       \
	{"compare-" tag ".json", K_COMPARE, REPORT_JSON, old, new, 0}
/* clang-format on */

static const struct gcase cases[] = {
    SESSION3("mbo", "sessions/leiding-mbo.json"),
    SESSION3("gelijk", "sessions/leiding-gelijk.json"),
    SESSION3("drie", "sessions/leiding-drie.json"),
    SESSION3("uniform", "sessions/leiding-uniform.json"),
    SESSION3("kort", "sessions/leiding-kort.json"),
    SESSION3("gekozen", "sessions/leiding-gekozen.json"),
    SESSION3("weerstand", "sessions/weerstand-ertegenin.json"),
    GROUP5("dag6", "groep/dag6", NULL, 5),
    GROUP5("dag6-nulmeting", "groep/dag6", "groep/dag1", 5),
    GROUP5("dag6-min10", "groep/dag6", "groep/dag1", 10),
    GROUP5("dag6-nulmeting-min6", "groep/dag6", "groep/dag1", 6),
    /* a baseline of another questionnaire: no items in common */
    GROUP5("dag6-geen-gemeen", "groep/dag6", "sessions", 5),
    GROUP5("weerstand", "groep/weerstand", NULL, 5),
    COMPARE3("leiding", "sessions/leiding-oud.json", "sessions/leiding-mbo.json"),
    COMPARE3("dagen", "sessions/dag1-anouk.json", "sessions/dag6-anouk.json"),
    {"intervisie-groep.md", K_INTERVISIE, REPORT_MARKDOWN, "intervisie/groep.json", NULL, 0},
    /* the meeting report (spiegel intervisie GROEP verslag N): the group's
     * copy of meeting 2 (follow-up, comparison) and the coach's of 1 */
    {"meeting-groep.md", K_MEETING, REPORT_MARKDOWN, "intervisie/bijeenkomsten.json", "groep", 2},
    {"meeting-groep.html", K_MEETING, REPORT_HTML, "intervisie/bijeenkomsten.json", "groep", 2},
    {"meeting-coach.md", K_MEETING, REPORT_MARKDOWN, "intervisie/bijeenkomsten.json", "coach", 1},
    {"meeting-coach.html", K_MEETING, REPORT_HTML, "intervisie/bijeenkomsten.json", "coach", 1},
};

static struct content *raw; /* the fixture content, placeholders and all */

static int setup(void **state)
{
	/* the reports are the same in every locale; the goldens are made in one */
	assert_non_null(setlocale(LC_ALL, "C.UTF-8"));
	struct diag d;
	diag_init(&d);
	raw = content_load_dir(DATA "/content", &d);
	print_diags(&d);
	assert_non_null(raw);
	assert_int_equal(diag_count(&d), 0);
	assert_int_equal(raw->n_qs, 5);
	diag_finish(&d);
	return 0;
}

static int teardown(void **state)
{
	content_destroy(raw);
	return 0;
}

static char *data_path(const char *rel)
{
	char *p = malloc(4096);
	assert_non_null(p);
	snprintf(p, 4096, "%s/%s", DATA, rel);
	return p;
}

/* A session and its questionnaire in raw, validated (cli load_session). */
static struct session *load(const char *rel, const struct questionnaire **q)
{
	char *path = data_path(rel);
	struct diag d;
	diag_init(&d);
	struct session *s = session_load(path, &d);
	print_diags(&d);
	assert_non_null(s);
	*q = content_find(raw, s->questionnaire);
	assert_non_null(*q);
	assert_true(session_validate(s, *q, &d));
	diag_finish(&d);
	free(path);
	return s;
}

static char *append(char *text, size_t *len, char *more)
{
	assert_non_null(text);
	assert_non_null(more);
	size_t m = strlen(more);
	text = realloc(text, *len + m + 1);
	assert_non_null(text);
	memcpy(text + *len, more, m + 1);
	*len += m;
	free(more);
	return text;
}

/* spiegel report SESSION --format F (main.c cmd_report): the texts in the
 * session's sector, "Verdiepen" after text and markdown. No other sessions:
 * a course day without a sector question reads algemeen. */
static char *render_session(const struct gcase *gc, size_t *len)
{
	const struct questionnaire *q;
	struct session *s = load(gc->a, &q);
	struct content *v = content_localize(raw, session_sector(s, q, NULL, raw));
	assert_non_null(v);
	q = content_find(v, q->id);
	struct score_result r;
	assert_true(score_compute(v->catalogue, q, s, &r));
	struct report_input in = {v->catalogue, q, s, &r, v};
	char *text = report_render(gc->f, &in, len);
	if (gc->f != REPORT_JSON)
		text = append(text, len, report_deeper(v, q, &r, gc->f));
	score_finish(&r);
	session_destroy(s);
	content_destroy(v);
	return text;
}

/* ---- groups: what cmd_group.c does with the files of two folders ---- */

struct names {
	char **v;
	size_t n;
};

static int by_name(const struct dirent **a, const struct dirent **b)
{
	return strcmp((*a)->d_name, (*b)->d_name);
}

/* The *.json files of a fixture folder, in name order. */
static struct names list_dir(const char *rel)
{
	struct names out = {NULL, 0};
	if (!rel)
		return out;
	char *dir = data_path(rel);
	struct dirent **list;
	int n = scandir(dir, &list, NULL, by_name);
	assert_true(n >= 0);
	out.v = calloc((size_t)n + 1, sizeof(char *));
	assert_non_null(out.v);
	for (int i = 0; i < n; i++) {
		size_t l = strlen(list[i]->d_name);
		if (l > 5 && strcmp(list[i]->d_name + l - 5, ".json") == 0) {
			out.v[out.n] = malloc(4096);
			assert_non_null(out.v[out.n]);
			snprintf(out.v[out.n++], 4096, "%s/%s", dir, list[i]->d_name);
		}
		free(list[i]);
	}
	free(list);
	free(dir);
	return out;
}

static void names_free(struct names *ns)
{
	for (size_t i = 0; i < ns->n; i++)
		free(ns->v[i]);
	free(ns->v);
}

/* The questionnaire most files of a folder belong to (cmd_group choose). */
static const struct questionnaire *choose(const struct names *ns)
{
	size_t votes[16] = {0};
	assert_true(raw->n_qs <= 16);
	for (size_t f = 0; f < ns->n; f++) {
		struct diag d;
		diag_init(&d);
		struct session *s = session_load(ns->v[f], &d);
		for (size_t i = 0; s && i < raw->n_qs; i++)
			votes[i] += strcmp(raw->qs[i]->id, s->questionnaire) == 0 &&
				    strcmp(raw->qs[i]->version, s->version) == 0;
		session_destroy(s);
		diag_finish(&d);
	}
	const struct questionnaire *pick = NULL;
	for (size_t i = 0, best = 0; i < raw->n_qs; i++)
		if (votes[i] > best) {
			best = votes[i];
			pick = raw->qs[i];
		}
	return pick;
}

static const struct questionnaire *common_with(const struct questionnaire *a,
					       const struct questionnaire *b)
{
	if (!b || a == b)
		return b;
	for (size_t i = 0; i < a->n_items; i++) {
		const struct item *other = content_find_item(b, a->items[i].id);
		if (other && content_items_same(other, &a->items[i]))
			return b;
	}
	return NULL;
}

struct run {
	struct names now_files, base_files;
	const struct questionnaire *q_now, *q_base;
	struct group *now, *base;
	size_t skipped;
	struct group_skips why;
	struct content *view;
};

static void make_groups(struct run *r, const struct content *c)
{
	const struct questionnaire *qn = content_find(c, r->q_now->id);
	const struct questionnaire *qb = r->q_base ? content_find(c, r->q_base->id) : NULL;
	r->now = group_create(c->catalogue, qn, common_with(qn, qb));
	assert_non_null(r->now);
	r->base = qb ? group_create(c->catalogue, qb, common_with(qb, qn)) : NULL;
	assert_true(!qb || r->base);
}

/* Add the files of one measurement, counting the skipped ones by reason. */
static void add_files(struct run *r, struct group *g, const struct names *ns)
{
	for (size_t f = 0; f < ns->n; f++) {
		struct diag d;
		diag_init(&d);
		struct session *s = session_load(ns->v[f], &d);
		enum group_add_result res = s ? group_add(g, s, ns->v[f], &d) : GROUP_INVALID;
		assert_int_not_equal(res, GROUP_NOMEM);
		if (!s) {
			r->skipped++;
			r->why.unreadable++;
		} else if (res != GROUP_ADDED) {
			r->skipped++;
			r->why.other += res == GROUP_OTHER;
			r->why.duplicate += res == GROUP_DUPLICATE;
			r->why.invalid += res == GROUP_INVALID;
		}
		session_destroy(s);
		diag_finish(&d);
	}
}

static void run_groups(struct run *r, const struct gcase *gc)
{
	memset(r, 0, sizeof(*r));
	r->now_files = list_dir(gc->a);
	r->base_files = list_dir(gc->b);
	r->q_now = choose(&r->now_files);
	r->q_base = gc->b ? choose(&r->base_files) : NULL;
	assert_non_null(r->q_now);
	make_groups(r, raw);
	if (r->base)
		add_files(r, r->base, &r->base_files);
	add_files(r, r->now, &r->now_files);
	group_finish(r->now);
	if (r->base)
		group_finish(r->base);
	/* the group's own sector only when everyone shares it */
	enum sector sec = SECTOR_ALGEMEEN, bsec;
	if (!group_sector(r->now, gc->min_group, &sec) ||
	    (r->base && (!group_sector(r->base, gc->min_group, &bsec) || bsec != sec)))
		sec = SECTOR_ALGEMEEN;
	r->view = content_localize(raw, sec);
	assert_non_null(r->view);
	assert_true(group_use_content(r->now, r->view));
	assert_true(!r->base || group_use_content(r->base, r->view));
}

static void run_finish(struct run *r)
{
	group_destroy(r->now);
	group_destroy(r->base);
	content_destroy(r->view);
	names_free(&r->now_files);
	names_free(&r->base_files);
}

static char *render_group(const struct gcase *gc, size_t *len)
{
	struct run r;
	run_groups(&r, gc);
	struct group_report_input in = {r.now, r.base, gc->min_group, r.skipped, r.why};
	char *text = report_group(gc->f, &in, len);
	run_finish(&r);
	return text;
}

struct listed {
	const char *path;
	bool base;
};

/* The CSV (cmd_group.c write_csv): the header, then the rows of every
 * participant who counts, in a random order (from a fixed seed here), with
 * the letters of group_pairs; a measurement below min_group leaves out its
 * rows and nothing is paired. */
static char *render_csv(const struct gcase *gc, size_t *len)
{
	struct run r;
	run_groups(&r, gc);
	bool hide_now = r.now->n < gc->min_group, hide_base = r.base && r.base->n < gc->min_group;
	bool two = r.base && !hide_now && !hide_base;
	struct {
		char *v;
		size_t n;
	} out;
	out.v = report_csv_header(&out.n);
	assert_non_null(out.v);
	struct group_pairs *gp = group_pairs_create(two);
	assert_non_null(gp);
	struct listed list[64];
	size_t n_list = 0;
	for (int pass = 0; pass < 2; pass++) {
		/* fresh groups each pass, so that duplicates are skipped as in
		 * the report */
		struct group *keep_now = r.now, *keep_base = r.base;
		make_groups(&r, r.view);
		struct group *gn = hide_now ? NULL : r.now, *gb = hide_base ? NULL : r.base;
		const struct names *sets[2] = {&r.base_files, &r.now_files};
		struct group *groups[2] = {gb, gn};
		size_t *perm = calloc(n_list + 1, sizeof(size_t));
		assert_non_null(perm);
		if (pass == 1)
			group_permutation(perm, n_list, SEED_ORDER);
		size_t steps = pass == 0 ? r.base_files.n + r.now_files.n : n_list;
		for (size_t i = 0; i < steps; i++) {
			const char *path;
			bool base;
			if (pass == 0) {
				base = i < r.base_files.n;
				path = base ? sets[0]->v[i] : sets[1]->v[i - r.base_files.n];
			} else {
				path = list[perm[i]].path;
				base = list[perm[i]].base;
			}
			struct group *g = groups[base ? 0 : 1];
			struct diag d;
			diag_init(&d);
			struct session *s = session_load(path, &d);
			if (s && g && group_add(g, s, path, &d) == GROUP_ADDED) {
				enum group_measurement m = base ? GROUP_BASE : GROUP_NOW;
				if (pass == 0) {
					assert_true(n_list < 64);
					list[n_list++] = (struct listed){path, base};
					assert_true(group_pairs_note(gp, m, s->participant));
				} else {
					char letter[48];
					bool paired;
					group_pairs_label(gp, m, s->participant, letter,
							  sizeof(letter), &paired);
					size_t n;
					char *rows =
					    report_csv_rows(g, s, letter, base ? "nulmeting" : "nu",
							    !two     ? ""
							    : paired ? "ja"
								     : "nee",
							    &n);
					assert_non_null(rows);
					out.v = realloc(out.v, out.n + n + 1);
					assert_non_null(out.v);
					memcpy(out.v + out.n, rows, n + 1);
					out.n += n;
					free(rows);
				}
			}
			session_destroy(s);
			diag_finish(&d);
		}
		free(perm);
		if (pass == 0)
			assert_true(group_pairs_finish(gp, SEED_PAIRS));
		group_destroy(r.now);
		group_destroy(r.base);
		r.now = keep_now;
		r.base = keep_base;
	}
	group_pairs_destroy(gp);
	run_finish(&r);
	*len = out.n;
	return out.v;
}

/* spiegel compare OLD NEW --format F (cmd_compare): the texts in the newer
 * session's sector. */
static char *render_compare(const struct gcase *gc, size_t *len)
{
	const struct questionnaire *qo, *qn;
	struct session *so = load(gc->a, &qo), *sn = load(gc->b, &qn);
	struct content *v = content_localize(raw, session_sector(sn, qn, NULL, raw));
	assert_non_null(v);
	struct compare_input in = {v->catalogue, content_find(v, qo->id), content_find(v, qn->id),
				   so, sn};
	char *text = report_compare(gc->f, &in, len);
	session_destroy(so);
	session_destroy(sn);
	content_destroy(v);
	return text;
}

/* The intervisie export (src/tui/intervisie.c): the group's view reads
 * algemeen. */
static char *render_intervisie(const struct gcase *gc, size_t *len)
{
	char *path = data_path(gc->a);
	struct diag d;
	diag_init(&d);
	struct intervisie *iv = intervisie_load(path, &d);
	print_diags(&d);
	assert_non_null(iv);
	struct content *v = content_localize(raw, SECTOR_ALGEMEEN);
	assert_non_null(v);
	const struct questionnaire *q = content_find(v, iv->questionnaire);
	assert_non_null(q);
	assert_true(intervisie_validate(iv, q, &d));
	char *text = intervisie_markdown(iv, v->catalogue, q, len);
	intervisie_destroy(iv);
	content_destroy(v);
	diag_finish(&d);
	free(path);
	return text;
}

/* The meeting report (src/cmd_intervisie.c): the kit checked against the
 * raw catalogue, the texts of the algemeen copy. */
static char *render_meeting(const struct gcase *gc, size_t *len)
{
	char *path = data_path(gc->a);
	struct diag d;
	diag_init(&d);
	struct intervisie *iv = intervisie_load(path, &d);
	struct meeting_kit *kit = meeting_kit_load_dir(DATA "/content", raw->catalogue, &d);
	print_diags(&d);
	assert_non_null(iv);
	assert_non_null(kit);
	assert_true(meeting_validate(iv, kit, raw->catalogue, path, &d));
	struct content *v = content_localize(raw, SECTOR_ALGEMEEN);
	assert_non_null(v);
	char *text =
	    meeting_report(gc->f == REPORT_HTML ? MEETING_HTML : MEETING_MARKDOWN, iv,
			   gc->min_group - 1, kit, v->catalogue, strcmp(gc->b, "groep") == 0, len);
	intervisie_destroy(iv);
	meeting_kit_destroy(kit);
	content_destroy(v);
	diag_finish(&d);
	free(path);
	return text;
}

static char *render(const struct gcase *gc, size_t *len)
{
	switch (gc->kind) {
	case K_SESSION:
		return render_session(gc, len);
	case K_GROUP:
		return render_group(gc, len);
	case K_CSV:
		return render_csv(gc, len);
	case K_COMPARE:
		return render_compare(gc, len);
	case K_INTERVISIE:
		return render_intervisie(gc, len);
	case K_MEETING:
		return render_meeting(gc, len);
	}
	return NULL;
}

static char *read_all(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	size_t cap = 1 << 16, n = 0;
	char *buf = malloc(cap);
	assert_non_null(buf);
	size_t got;
	while ((got = fread(buf + n, 1, cap - n, f)) > 0) {
		n += got;
		if (n == cap) {
			cap *= 2;
			buf = realloc(buf, cap);
			assert_non_null(buf);
		}
	}
	fclose(f);
	*len = n;
	return buf;
}

static void write_all(const char *path, const char *text, size_t len)
{
	FILE *f = fopen(path, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(text, 1, len, f), len);
	assert_int_equal(fclose(f), 0);
}

/* Line and column of the first difference, for the failure message. */
static void first_difference(const char *a, size_t na, const char *b, size_t nb, size_t *line,
			     size_t *col)
{
	*line = 1;
	*col = 1;
	for (size_t i = 0; i < na && i < nb && a[i] == b[i]; i++) {
		if (a[i] == '\n') {
			(*line)++;
			*col = 1;
		} else {
			(*col)++;
		}
	}
}

static void check_case(void **state)
{
	const struct gcase *gc = *state;
	size_t len = 0;
	char *got = render(gc, &len);
	assert_non_null(got);
	/* rendering is a function of its input: twice gives the same bytes */
	size_t len2 = 0;
	char *again = render(gc, &len2);
	assert_non_null(again);
	assert_int_equal(len, len2);
	assert_memory_equal(got, again, len);
	free(again);
	char path[4200];
	snprintf(path, sizeof(path), "%s/%s", GOLDEN, gc->name);
	const char *update = getenv("SPIEGEL_UPDATE_GOLDEN");
	if (update && strcmp(update, "1") == 0) {
		write_all(path, got, len);
		free(got);
		fail_msg("%s written (SPIEGEL_UPDATE_GOLDEN=1); review it with git diff and run "
			 "the tests again without the switch",
			 gc->name);
	}
	size_t want_len = 0;
	char *want = read_all(path, &want_len);
	if (!want) {
		free(got);
		fail_msg("%s is missing; make it with SPIEGEL_UPDATE_GOLDEN=1", path);
	}
	if (want_len != len || memcmp(want, got, len) != 0) {
		char actual[4200];
		const char *tmp = getenv("TMPDIR");
		snprintf(actual, sizeof(actual), "%s/spiegel-golden-%s", tmp && *tmp ? tmp : "/tmp",
			 gc->name);
		write_all(actual, got, len);
		size_t line, col;
		first_difference(want, want_len, got, len, &line, &col);
		free(want);
		free(got);
		fail_msg(
		    "%s differs from the golden file at line %zu, column %zu; the output is in "
		    "%s (diff it; SPIEGEL_UPDATE_GOLDEN=1 replaces the golden file when the "
		    "change is meant)",
		    gc->name, line, col, actual);
	}
	free(want);
	free(got);
}

/* Every file in test/golden is a case: none is left behind unchecked. */
static void every_file_is_a_case(void **state)
{
	DIR *dir = opendir(GOLDEN);
	assert_non_null(dir);
	struct dirent *e;
	size_t files = 0;
	while ((e = readdir(dir))) {
		const char *n = e->d_name;
		if (n[0] == '.' || strcmp(n, "README.md") == 0 || strcmp(n, "cli.sh") == 0 ||
		    strcmp(n, "meson.build") == 0)
			continue;
		bool known = false;
		for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
			known |= strcmp(cases[i].name, n) == 0;
		if (!known)
			fail_msg("test/golden/%s is no case of test_golden.c", n);
		files++;
	}
	closedir(dir);
	assert_int_equal(files, sizeof(cases) / sizeof(cases[0]));
}

int main(void)
{
	enum { N = sizeof(cases) / sizeof(cases[0]) };
	struct CMUnitTest tests[N + 1];
	for (size_t i = 0; i < N; i++) {
		tests[i] =
		    (struct CMUnitTest)cmocka_unit_test_prestate(check_case, (void *)&cases[i]);
		tests[i].name = cases[i].name;
	}
	tests[N] = (struct CMUnitTest)cmocka_unit_test(every_file_is_a_case);
	return cmocka_run_group_tests(tests, setup, teardown);
}
