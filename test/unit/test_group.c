/*
 * Group aggregates, group reports, CSV, compare and the hand-in export,
 * checked against figures computed by hand for test/data/group (written by
 * test/data/group/make-data.py).
 *
 * Questionnaire "groepstest": G.01 (visie 1), G.02 (visie 1, reverse keyed),
 * G.03 (visie 0.5, veranderstrategie 0.5), G.04 (veranderstrategie 1, may be
 * "nvt"), G.05 choice, G.06 open. Practice mean = sum(w * v) / sum(w) over
 * the answered items, score = (mean - 1) * 25.
 *
 *        G.01 G.02(->)  G.03 G.04  visie                    veranderstrategie
 *   p1   5    1 (5)     4    4     (5+5+2)/2.5 = 4.8 -> 95.0  (2+4)/1.5 = 4   -> 75.0
 *   p2   4    2 (4)     3    nvt   (4+4+1.5)/2.5 = 3.8 -> 70  1.5/0.5 = 3     -> 50.0
 *   p3   3    3 (3)     5    2     (3+3+2.5)/2.5 = 3.4 -> 60  (2.5+2)/1.5 = 3 -> 50.0
 *   p4   2    4 (2)     2    3     (2+2+1)/2.5 = 2.0 -> 25    (1+3)/1.5 = 2.667 -> 41.667
 *   p5   1    5 (1)     1    1     (1+1+0.5)/2.5 = 1 -> 0     (0.5+1)/1.5 = 1 -> 0.0
 *
 * visie: mean 250/5 = 50.0, median 60.0, min 0.0, max 95.0, population sd
 *   sqrt((45^2 + 20^2 + 10^2 + 25^2 + 50^2) / 5) = sqrt(1130) = 33.615 -> 33.6
 * veranderstrategie: mean 216.667/5 = 43.333 -> 43.3, median 50.0, min 0.0,
 *   max 75.0, sd sqrt((31.667^2 + 6.667^2 * 2 + 1.667^2 + 43.333^2) / 5)
 *   = sqrt(2972.22 / 5) = sqrt(594.44) = 24.381 -> 24.4
 *
 * Baseline "groepstest-basis" (G.01, G.02, G.07, all visie 1) shares G.01
 * and G.02 with groepstest. The comparison is over those two only:
 *   now over G.01+G.02: 100, 75, 50, 25, 0 -> mean 50.0, max 100.0
 *   b1 4,2(4) -> 75; b2 3,3 -> 50; b3 2,4(2) -> 25; b4 3,2(4) -> 62.5;
 *   b5 1,5(1) -> 0: mean 212.5/5 = 42.5; change +7.5
 * Each measurement's own scores stay over all its items, with or without
 * the other: now as above (visie 50.0, max 95.0; veranderstrategie 43.3);
 * the baseline over G.01, G.02 and G.07:
 *   b1 4,4,5 -> 13/3 -> 83.33; b2 3,3,1 -> 7/3 -> 33.33; b3 2,2,3 -> 33.33;
 *   b4 3,4,4 -> 11/3 -> 66.67; b5 1,1,2 -> 4/3 -> 8.33: mean 225/5 = 45.0
 * Items per practice: groepstest visie G.01, G.02, G.03 = 3 (2 shared),
 * veranderstrategie G.03, G.04 = 2 (none shared).
 * The baseline's answers to the shared items: G.01 4,3,2,3,1 -> 1:1 2:1 3:2
 * 4:1 5:0; G.02 2,3,4,2,5 -> 1:0 2:2 3:1 4:1 5:1.
 */
#include "helpers.h"

#include <cjson/cJSON.h>
#include <math.h>

#include "spiegel/content.h"
#include "spiegel/group.h"
#include "spiegel/report.h"
#include "spiegel/session.h"

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
	print_diags(&d);
	assert_int_equal(diag_count(&d), 0);
	diag_finish(&d);
	assert_non_null(f->c);
	f->q = content_find(f->c, "groepstest");
	f->base = content_find(f->c, "groepstest-basis");
	assert_non_null(f->q);
	assert_non_null(f->base);
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

static enum group_add_result add(struct group *g, const char *file, struct diag *d)
{
	char path[512];
	snprintf(path, sizeof(path), "%s/%s", DATA, file);
	struct diag ld;
	diag_init(&ld);
	struct session *s = session_load(path, &ld);
	print_diags(&ld);
	diag_finish(&ld);
	assert_non_null(s);
	enum group_add_result r = group_add(g, s, file, d);
	session_destroy(s);
	return r;
}

static struct group *now_group(const struct fixture *f, const struct questionnaire *common)
{
	struct group *g = group_create(f->c->catalogue, f->q, common);
	assert_non_null(g);
	struct diag d;
	diag_init(&d);
	static const char *const files[] = {"now/p1.json", "now/p2.json", "now/p3.json",
					    "now/p4.json", "now/p5.json"};
	for (size_t i = 0; i < 5; i++)
		assert_int_equal(add(g, files[i], &d), GROUP_ADDED);
	assert_int_equal(diag_count(&d), 0);
	diag_finish(&d);
	group_finish(g);
	return g;
}

static const struct group_stat *stat_of(const struct fixture *f, const struct group *g,
					const char *practice)
{
	int p = content_practice_index(f->c->catalogue, practice);
	assert_true(p >= 0);
	return &g->practices[p];
}

static void assert_near(double got, double want)
{
	if (fabs(got - want) > 0.05) {
		fprintf(stderr, "  got %.4f, want %.4f\n", got, want);
		fail();
	}
}

static void test_figures(void **state)
{
	struct fixture *f = *state;
	struct group *g = now_group(f, NULL);
	assert_int_equal(g->n, 5);
	assert_int_equal(g->finished, 4);
	const struct group_stat *v = stat_of(f, g, "visie");
	assert_int_equal(v->n, 5);
	assert_near(v->mean, 50.0);
	assert_near(v->median, 60.0);
	assert_near(v->sd, 33.615);
	assert_near(v->min, 0.0);
	assert_near(v->max, 95.0);
	const struct group_stat *vs = stat_of(f, g, "veranderstrategie");
	assert_int_equal(vs->n, 5);
	assert_near(vs->mean, 43.333);
	assert_near(vs->median, 50.0);
	assert_near(vs->sd, 24.381);
	assert_near(vs->min, 0.0);
	assert_near(vs->max, 75.0);
	assert_int_equal(stat_of(f, g, "connectief")->n, 0);
	/* G.04: 1, 2, 3, 4 once each, 5 never, nvt once (answers as given) */
	const struct group_item *g4 = &g->items[content_item_index(f->q, "G.04")];
	size_t want4[] = {1, 1, 1, 1, 0, 1};
	for (size_t k = 0; k < 6; k++)
		assert_int_equal(g4->counts[k], want4[k]);
	assert_int_equal(g4->answered, 5);
	/* G.02 is reverse keyed but counted as answered: 1..5 once each */
	const struct group_item *g2 = &g->items[content_item_index(f->q, "G.02")];
	for (size_t k = 0; k < 5; k++)
		assert_int_equal(g2->counts[k], 1);
	const struct group_item *g5 = &g->items[content_item_index(f->q, "G.05")];
	assert_int_equal(g5->counts[0], 2); /* po */
	assert_int_equal(g5->counts[1], 2); /* vo */
	assert_int_equal(g5->counts[2], 1); /* mbo */
	const struct group_item *g6 = &g->items[content_item_index(f->q, "G.06")];
	assert_int_equal(g6->answered, 3); /* p2's private answer is counted, not shown */
	assert_int_equal(g6->missing, 2);
	assert_int_equal(g6->shared, 2);
	/* shared answers sorted by text, without names */
	assert_int_equal(g->n_shared, 2);
	assert_string_equal(g->shared[0].text, "Aandacht voor rust, \"echt\" rust");
	assert_string_equal(g->shared[1].text, "Meer samen leren in het team");
	assert_null(g->shared[0].who);
	group_destroy(g);
}

static void test_skips(void **state)
{
	struct fixture *f = *state;
	struct group *g = group_create(f->c->catalogue, f->q, NULL);
	struct diag d;
	diag_init(&d);
	assert_int_equal(add(g, "now/p1.json", &d), GROUP_ADDED);
	assert_int_equal(add(g, "now/p1-kopie.json", &d), GROUP_DUPLICATE);
	assert_int_equal(add(g, "now/ander.json", &d), GROUP_OTHER);
	assert_int_equal(diag_count(&d), 2);
	assert_true(diag_has(&d, "al meegeteld"));
	assert_true(diag_has(&d, "andere vragenlijst (groepstest-basis"));
	diag_finish(&d);
	assert_int_equal(g->n, 1);
	group_destroy(g);
}

/* An even number of participants: the median is the mean of the middle two
 * (p1..p4 visie: 25, 60, 70, 95 -> 65.0). */
static void test_median_even(void **state)
{
	struct fixture *f = *state;
	struct group *g = group_create(f->c->catalogue, f->q, NULL);
	struct diag d;
	diag_init(&d);
	static const char *const files[] = {"now/p1.json", "now/p2.json", "now/p3.json",
					    "now/p4.json"};
	for (size_t i = 0; i < 4; i++)
		assert_int_equal(add(g, files[i], &d), GROUP_ADDED);
	diag_finish(&d);
	group_finish(g);
	assert_near(stat_of(f, g, "visie")->median, 65.0);
	assert_near(stat_of(f, g, "visie")->mean, 62.5);
	group_destroy(g);
}

static struct group *base_group(const struct fixture *f)
{
	struct group *b = group_create(f->c->catalogue, f->base, f->q);
	assert_non_null(b);
	struct diag d;
	diag_init(&d);
	for (int i = 1; i <= 5; i++) {
		char file[32];
		snprintf(file, sizeof(file), "base/b%d.json", i);
		assert_int_equal(add(b, file, &d), GROUP_ADDED);
	}
	diag_finish(&d);
	group_finish(b);
	return b;
}

/* The comparison with the baseline is over the shared items (G.01, G.02);
 * each measurement's own scores are exactly what they are without it
 * (issue 11, point 14). */
static void test_baseline_restricted(void **state)
{
	struct fixture *f = *state;
	struct group *g = now_group(f, f->base);
	struct group *b = base_group(f);
	struct group *alone = group_create(f->c->catalogue, f->base, NULL);
	assert_non_null(alone);
	struct diag d;
	diag_init(&d);
	for (int i = 1; i <= 5; i++) {
		char file[32];
		snprintf(file, sizeof(file), "base/b%d.json", i);
		assert_int_equal(add(alone, file, &d), GROUP_ADDED);
	}
	diag_finish(&d);
	group_finish(alone);
	assert_int_equal(g->n_common, 2);
	assert_int_equal(b->n_common, 2);
	/* own scores: over every item of the measurement */
	assert_near(stat_of(f, g, "visie")->mean, 50.0);
	assert_near(stat_of(f, g, "visie")->max, 95.0);
	assert_int_equal(stat_of(f, g, "veranderstrategie")->n, 5);
	assert_near(stat_of(f, g, "veranderstrategie")->mean, 43.333);
	assert_near(stat_of(f, b, "visie")->mean, 45.0);
	assert_near(stat_of(f, alone, "visie")->mean, 45.0);
	assert_near(stat_of(f, b, "visie")->sd, stat_of(f, alone, "visie")->sd);
	assert_null(alone->compared);
	/* the comparison: over G.01 and G.02 only */
	int vi = content_practice_index(f->c->catalogue, "visie");
	int vs = content_practice_index(f->c->catalogue, "veranderstrategie");
	assert_near(g->compared[vi].mean, 50.0);
	assert_near(g->compared[vi].max, 100.0);
	assert_near(b->compared[vi].mean, 42.5);
	assert_int_equal(g->compared[vs].n, 0);
	assert_int_equal(g->practice_items[vi], 3);
	assert_int_equal(g->practice_items[vs], 2);
	assert_int_equal(g->compared_items[vi], 2);
	assert_int_equal(g->compared_items[vs], 0);
	assert_int_equal(b->practice_items[vi], 3);
	struct group_report_input in = {g, b, 5, 0, {0}};
	size_t len;
	char *text = report_group(REPORT_TEXT, &in, &len);
	assert_non_null(text);
	/* the own figures, unchanged */
	assert_non_null(strstr(text, "gem. 50,0  mediaan 60,0  sd 33,6"));
	assert_non_null(strstr(text, "min 0,0  max 95,0  (5 deelnemers, 3 vragen)"));
	assert_non_null(strstr(text, "gem. 43,3  mediaan 50,0  sd 24,4"));
	/* the comparison apart, labelled with what it rests on */
	const char *cmp = strstr(text, "Verandering sinds de nulmeting (gemiddelde score 0-100)");
	assert_non_null(cmp);
	assert_non_null(strstr(cmp, "Alleen over de 2 vragen die beide metingen delen"));
	assert_non_null(strstr(cmp, "  Visiegestuurd werken (2 vragen)               42,5 -> "
				    " 50,0    +7,5\n"));
	assert_null(strstr(cmp, "Een passende veranderstrategie kiezen (")); /* no shared items */
	assert_non_null(strstr(text, "Beide metingen delen 2 vragen"));
	free(text);
	char *json = report_group(REPORT_JSON, &in, &len);
	assert_non_null(strstr(json, "\"change\":\t7.5"));
	assert_non_null(strstr(json, "\"common_items\":\t2"));
	assert_non_null(strstr(json, "\"format\":\t\"spiegel-group/2\""));
	free(json);
	group_destroy(g);
	group_destroy(b);
	group_destroy(alone);
}

/* The figures every output derives from a group (group_figures.c), on the
 * hand-computed groups above: the privacy rule at the boundary, the change
 * since the baseline (42.5 -> 50.0 over G.01 and G.02: +7.5), the baseline
 * twin of an item, and the exact rounding of percentages and approach
 * scores (halves away from zero, never a float a hair below). */
static void test_figures_shown(void **state)
{
	struct fixture *f = *state;
	struct group *g = now_group(f, f->base);
	struct group *b = base_group(f);
	int vi = content_practice_index(f->c->catalogue, "visie");
	int vs = content_practice_index(f->c->catalogue, "veranderstrategie");
	/* n < min_group: only the count */
	assert_false(group_suppressed(g, 5));
	assert_true(group_suppressed(g, 6));
	assert_false(group_baseline_shown(NULL, 1));
	assert_true(group_baseline_shown(b, 5));
	assert_false(group_baseline_shown(b, 6));
	const struct group_stat *now = NULL, *base = NULL;
	assert_true(group_compared(g, b, 5, (size_t)vi, &now, &base));
	assert_near(now->mean, 50.0);
	assert_near(base->mean, 42.5);
	assert_int_equal(group_change_tenths(now, base), 75);
	char buf[16];
	report_change_text(buf, sizeof(buf), now, base);
	assert_string_equal(buf, "+7,5");
	report_change_text(buf, sizeof(buf), base, now);
	assert_string_equal(buf, "-7,5");
	assert_false(group_compared(g, b, 6, (size_t)vi, &now, &base)); /* baseline hidden */
	assert_false(group_compared(g, b, 5, (size_t)vs, &now, &base)); /* nothing shared */
	assert_false(group_compared(g, NULL, 5, (size_t)vi, &now, &base));
	/* G.01 and G.02 are in the baseline (its items 0 and 1), G.03 is not */
	assert_int_equal(group_base_item(g, b, 5, 0), 0);
	assert_int_equal(group_base_item(g, b, 5, 1), 1);
	assert_int_equal(group_base_item(g, b, 5, 2), GROUP_NO_ITEM);
	assert_int_equal(group_base_item(g, b, 6, 0), GROUP_NO_ITEM);
	assert_int_equal(group_base_item(g, NULL, 5, 0), GROUP_NO_ITEM);
	/* groepstest has no situations: no profile */
	assert_false(group_profile_shown(g));
	/* whole percentages */
	assert_int_equal(group_percent(1, 8), 13); /* 12.5 */
	assert_int_equal(group_percent(3, 40), 8); /* 7.5 */
	assert_int_equal(group_percent(5, 8), 63); /* 62.5 */
	assert_int_equal(group_percent(1, 3), 33);
	assert_int_equal(group_percent(2, 3), 67);
	assert_int_equal(group_percent(0, 0), 0);
	/* approach scores as shown */
	struct group_profile gp;
	memset(&gp, 0, sizeof(gp));
	gp.scenarios = 20;
	gp.most[0] = 3;	 /* 3/20 = 0.15 -> 0.2 */
	gp.least[1] = 1; /* -1/20 = -0.05 -> -0.1 */
	gp.most[2] = gp.least[2] = 4;
	assert_true(group_approach_score(&gp, 0) == 0.2);
	assert_true(group_approach_score(&gp, 1) == -0.1);
	assert_true(group_approach_score(&gp, 2) == 0.0);
	gp.scenarios = 0;
	assert_true(group_approach_score(&gp, 0) == 0.0);
	/* signed numbers as every output shows them */
	report_signed_number(buf, sizeof(buf), 0.04);
	assert_string_equal(buf, "0,0");
	report_signed_number(buf, sizeof(buf), -0.04);
	assert_string_equal(buf, "0,0");
	report_signed_number(buf, sizeof(buf), 2.5);
	assert_string_equal(buf, "+2,5");
	report_signed_number(buf, sizeof(buf), -1.0);
	assert_string_equal(buf, "-1,0");
	group_destroy(g);
	group_destroy(b);
}

/* With a baseline, the per-question figures of the baseline for the items
 * both share, in every format; every practice line says how many items it
 * rests on (issue 11, point 15). Figures in the comment at the top. */
static void test_baseline_items(void **state)
{
	struct fixture *f = *state;
	struct group *g = now_group(f, f->base);
	struct group *b = base_group(f);
	struct group_report_input in = {g, b, 5, 0, {0}};
	size_t len;
	char *text = report_group(REPORT_TEXT, &in, &len);
	const char *g1 = strstr(text, "  G.01 Ik weet waar");
	assert_non_null(g1);
	assert_non_null(strstr(g1, "    nulmeting:\n      1 helemaal oneens: 1 | 2 oneens: 1 | 3 "
				   "neutraal: 2 | 4 eens: 1\n"));
	const char *g2 = strstr(text, "  G.02 ");
	assert_non_null(g2);
	assert_non_null(strstr(g2, "    nulmeting:\n      1 helemaal oneens: 0 | 2 oneens: 2 | 3 "
				   "neutraal: 1 | 4 eens: 1\n"));
	/* G.03 is not in the baseline: no baseline line before G.04 */
	const char *g3 = strstr(text, "  G.03 "), *g4 = strstr(text, "  G.04 ");
	assert_non_null(g3);
	assert_true(g4 > g3);
	const char *nb = strstr(g3, "nulmeting");
	assert_true(nb == NULL || nb > g4);
	free(text);
	char *md = report_group(REPORT_MARKDOWN, &in, &len);
	assert_non_null(strstr(md, "| Praktijk | vragen | n | gemiddelde |"));
	assert_non_null(
	    strstr(md, "| Visiegestuurd werken | 3 | 5 | 50,0 | 60,0 | 33,6 | 0,0 | 95,0 |"));
	assert_non_null(strstr(md, "| Een passende veranderstrategie kiezen | 2 | 5 | 43,3 |"));
	assert_non_null(strstr(md, "## Verandering sinds de nulmeting"));
	assert_non_null(strstr(md, "| Visiegestuurd werken | 2 | 42,5 | 50,0 | +7,5 |"));
	const char *m1 = strstr(md, "**G.01**");
	assert_non_null(m1);
	assert_non_null(strstr(m1, "| Antwoord | aantal | nulmeting |"));
	assert_non_null(strstr(m1, "| 3 neutraal | 1 | 2 |"));
	assert_non_null(strstr(m1, "| 5 helemaal eens | 1 | 0 |"));
	const char *m3 = strstr(md, "**G.03**");
	assert_non_null(m3);
	assert_true(strstr(m3, "| Antwoord | aantal |\n") == strstr(m3, "| Antwoord"));
	free(md);
	char *html = report_group(REPORT_HTML, &in, &len);
	assert_non_null(strstr(html, "<th class=\"num\">vragen</th>"));
	assert_non_null(strstr(html, "<h2>Verandering sinds de nulmeting</h2>"));
	assert_non_null(strstr(html, "<td class=\"num\">2</td><td class=\"num\">42,5</td>"
				     "<td class=\"num\">50,0</td><td class=\"num\">+7,5</td>"));
	const char *h1 = strstr(html, "<h3>G.01 ");
	assert_non_null(h1);
	assert_non_null(strstr(h1, "3 neutraal</td><td class=\"num\">1</td>"
				   "<td class=\"num\">2</td>"));
	free(html);
	char *json = report_group(REPORT_JSON, &in, &len);
	assert_non_null(strstr(json, "\"items\":\t3"));
	const char *j1 = strstr(json, "\"id\":\t\"G.01\"");
	assert_non_null(j1);
	const char *jb = strstr(j1, "\"baseline\":");
	assert_non_null(jb);
	assert_true(jb < strstr(j1, "\"id\":\t\"G.02\""));
	free(json);
	group_destroy(g);
	group_destroy(b);
}

static void assert_private(const char *text)
{
	static const char *const never[] = {"Anouk", "Bram",	      "Jaël",		"Daan",
					    "Eva",   "PRIVE-canarie", "20260310-090000"};
	for (size_t i = 0; i < sizeof(never) / sizeof(never[0]); i++)
		if (strstr(text, never[i])) {
			fprintf(stderr, "  found \"%s\" in group output\n", never[i]);
			fail();
		}
}

static void test_report_formats(void **state)
{
	struct fixture *f = *state;
	struct group *g = now_group(f, NULL);
	struct group_report_input in = {g, NULL, 5, 3, {0}};
	size_t len;
	char *text = report_group(REPORT_TEXT, &in, &len);
	assert_non_null(text);
	assert_int_equal(strlen(text), len);
	assert_non_null(strstr(text, "Deelnemers: 5, van wie 4"));
	assert_non_null(strstr(text, "afgerond. Niet\nmeegeteld: 3 bestanden.\n"));
	assert_non_null(strstr(text, "gem. 50,0  mediaan 60,0  sd 33,6"));
	assert_non_null(strstr(text, "min 0,0  max 95,0  (5 deelnemers, 3 vragen)"));
	assert_non_null(strstr(text, "gem. 43,3  mediaan 50,0  sd 24,4"));
	assert_non_null(strstr(text, "primair onderwijs: 2 | voortgezet onderwijs: 2"));
	assert_non_null(strstr(text, "> Aandacht voor rust"));
	assert_private(text);
	free(text);
	char *md = report_group(REPORT_MARKDOWN, &in, &len);
	assert_non_null(
	    strstr(md, "| Visiegestuurd werken | 3 | 5 | 50,0 | 60,0 | 33,6 | 0,0 | 95,0 |"));
	assert_non_null(strstr(md, "| niet van toepassing | 1 |"));
	assert_private(md);
	free(md);
	char *html = report_group(REPORT_HTML, &in, &len);
	assert_non_null(strstr(html, "<!DOCTYPE html>"));
	assert_non_null(strstr(html, "<td class=\"num\">33,6</td>"));
	assert_null(strstr(html, "Verandering sinds de nulmeting"));
	assert_non_null(strstr(html, "@media print"));
	assert_null(strstr(html, "<script"));
	assert_null(strstr(html, "http"));
	assert_non_null(strstr(html, "Aandacht voor rust, &quot;echt&quot; rust"));
	assert_private(html);
	free(html);
	char *json = report_group(REPORT_JSON, &in, &len);
	assert_non_null(strstr(json, "\"format\":\t\"spiegel-group/2\""));
	assert_non_null(strstr(json, "\"median\":\t60"));
	assert_non_null(strstr(json, "\"sd\":\t33.6"));
	assert_private(json);
	free(json);
	assert_null(report_group(REPORT_CSV, &in, &len));
	group_destroy(g);
}

static void test_suppressed(void **state)
{
	struct fixture *f = *state;
	struct group *g = now_group(f, NULL);
	struct group_report_input in = {g, NULL, 6, 0, {0}};
	enum report_format fmts[] = {REPORT_TEXT, REPORT_MARKDOWN, REPORT_HTML, REPORT_JSON};
	for (size_t i = 0; i < 4; i++) {
		size_t len;
		char *out = report_group(fmts[i], &in, &len);
		assert_non_null(out);
		assert_null(strstr(out, "50.0"));
		assert_null(strstr(out, "50,0"));
		assert_null(strstr(out, "Aandacht"));
		assert_null(strstr(out, "primair onderwijs"));
		if (fmts[i] == REPORT_JSON)
			assert_non_null(strstr(out, "\"suppressed\":\ttrue"));
		else
			assert_non_null(strstr(out, "Te weinig deelnemers voor groepscijfers: 5, "
						    "minimaal 6"));
		free(out);
	}
	group_destroy(g);
}

static void test_names(void **state)
{
	struct fixture *f = *state;
	struct group *g = group_create(f->c->catalogue, f->q, NULL);
	g->names = true;
	struct diag d;
	diag_init(&d);
	assert_int_equal(add(g, "now/p3.json", &d), GROUP_ADDED);
	diag_finish(&d);
	group_finish(g);
	assert_string_equal(g->shared[0].who, "Jaël Özdemir");
	struct group_report_input in = {g, NULL, 1, 0, {0}};
	size_t len;
	char *md = report_group(REPORT_MARKDOWN, &in, &len);
	assert_non_null(strstr(md, "(Jaël Özdemir)"));
	free(md);
	group_destroy(g);
}

/* Shared answers are literal text in markdown: a line "===" must not make a
 * heading, "- " no list, '&' no entity, and every line stays inside the
 * list item; the privacy line says names are shown when they are. */
static void test_markdown_literal(void **state)
{
	struct fixture *f = *state;
	struct session *s =
	    session_create("20260311-100000-abcdef", f->q, "=cmd|' /C calc'!A0", 1000);
	assert_non_null(s);
	assert_true(session_set(
	    s, "G.06", (struct answer){ANSWER_TEXT, 0, "a\n===\n\n- b & c\n  1. d", NULL}));
	assert_true(session_set_shared(s, "G.06", true));
	struct group *g = group_create(f->c->catalogue, f->q, NULL);
	g->names = true;
	struct diag d;
	diag_init(&d);
	assert_int_equal(group_add(g, s, "x", &d), GROUP_ADDED);
	diag_finish(&d);
	group_finish(g);
	struct group_report_input in = {g, NULL, 1, 0, {0}};
	size_t len;
	char *md = report_group(REPORT_MARKDOWN, &in, &len);
	/* no HTML entity in Markdown: a lone & is itself */
	assert_non_null(strstr(md, "- a  \n  \\===  \n    \n  \\- b & c  \n  1\\. d"));
	assert_null(strstr(md, "&amp;"));
	assert_null(strstr(md, "geen namen"));
	assert_non_null(strstr(md, "--names"));
	free(md);
	/* CSV: a name that a spreadsheet would run as a formula is quoted as text */
	char *rows = report_csv_rows(g, s, "=cmd|' /C calc'!A0 (A)", "nu", "", &len);
	assert_non_null(strstr(rows, "'=cmd|' /C calc'!A0 (A),nu,,"));
	free(rows);
	group_destroy(g);
	session_destroy(s);
}

/* "> quote" at a line start is escaped once, as every other markdown
 * character (issue 11, point 18): a backslash before '>' in the text, never
 * two (which would print the backslash and still start a quote). */
static void test_markdown_escaped_once(void **state)
{
	struct fixture *f = *state;
	struct session *s = session_create("20260311-100000-abcdef", f->q, "", 1000);
	assert_true(session_set(
	    s, "G.06",
	    (struct answer){ANSWER_TEXT, 0, "> quote\n>> twee\n~~weg~~\n# kop\nx > y # z", NULL}));
	assert_true(session_set_shared(s, "G.06", true));
	struct group *g = group_create(f->c->catalogue, f->q, NULL);
	struct diag d;
	diag_init(&d);
	assert_int_equal(group_add(g, s, "x", &d), GROUP_ADDED);
	diag_finish(&d);
	group_finish(g);
	struct group_report_input in = {g, NULL, 1, 0, {0}};
	size_t len;
	char *md = report_group(REPORT_MARKDOWN, &in, &len);
	assert_non_null(strstr(md,
			       "- \\> quote  \n  \\>\\> twee  \n  \\~\\~weg\\~\\~  \n  \\# kop  "
			       "\n  x \\> y \\# z\n"));
	assert_null(strstr(md, "\\\\"));
	free(md);
	group_destroy(g);
	session_destroy(s);
}

/* Why files did not count, in words for whoever reads the report. */
static void test_skipped_words(void **state)
{
	(void)state;
	struct group_skips why = {1, 1, 0, 1, 0};
	char *t = report_group_skipped(3, &why);
	assert_string_equal(t, "Niet meegeteld: 1 bestand van een andere vragenlijst of versie, 1 "
			       "dubbel ingeleverd bestand (het telt één keer mee) en 1 onleesbaar "
			       "bestand (geen sessie- of inleverbestand van spiegel).");
	free(t);
	struct group_skips two = {0, 0, 2, 0, 0};
	t = report_group_skipped(2, &two);
	assert_string_equal(t, "Niet meegeteld: 2 bestanden met antwoorden die niet bij de "
			       "vragenlijst passen.");
	free(t);
	struct group_skips none = {0, 0, 0, 0, 0};
	t = report_group_skipped(0, &none);
	assert_string_equal(t, "");
	free(t);
	t = report_group_skipped(4, &none); /* reasons unknown */
	assert_string_equal(t, "Niet meegeteld: 4 bestanden.");
	free(t);
}

/* Pairing two measurements by alias (issue 11, point 13): now K01, K02,
 * K03, no alias, K05 twice; baseline K01, K02, K04, no alias. Paired: K01
 * and K02 (letters A and B, in a random order, the same in both
 * measurements); everyone else gets a letter of their own measurement's
 * range in the order asked. */
static void test_pairs(void **state)
{
	(void)state;
	static const char *const now[] = {"K01", "K02", "K03", "", "K05", "K05"};
	static const char *const base[] = {"K04", "K02", "", "K01"};
	char seen_first[32] = "";
	bool differs = false;
	for (uint64_t seed = 1; seed <= 16; seed++) {
		struct group_pairs *gp = group_pairs_create(true);
		assert_non_null(gp);
		for (size_t i = 0; i < 6; i++)
			assert_true(group_pairs_note(gp, GROUP_NOW, now[i]));
		for (size_t i = 0; i < 4; i++)
			assert_true(group_pairs_note(gp, GROUP_BASE, base[i]));
		assert_true(group_pairs_finish(gp, seed));
		struct group_pair_counts pc;
		group_pairs_counts(gp, &pc);
		assert_int_equal(pc.paired, 2);
		assert_int_equal(pc.unpaired[GROUP_NOW], 4);
		assert_int_equal(pc.unpaired[GROUP_BASE], 2);
		assert_int_equal(pc.no_alias[GROUP_NOW], 1);
		assert_int_equal(pc.no_alias[GROUP_BASE], 1);
		assert_int_equal(pc.ambiguous[GROUP_NOW], 2);
		assert_int_equal(pc.ambiguous[GROUP_BASE], 0);
		char ln[6][32], lb[4][32];
		bool pn[6], pb[4];
		for (size_t i = 0; i < 6; i++)
			group_pairs_label(gp, GROUP_NOW, now[i], ln[i], sizeof(ln[i]), &pn[i]);
		for (size_t i = 0; i < 4; i++)
			group_pairs_label(gp, GROUP_BASE, base[i], lb[i], sizeof(lb[i]), &pb[i]);
		/* K01 and K02: one letter each, the same in both measurements */
		assert_true(pn[0] && pn[1] && pb[1] && pb[3]);
		assert_string_equal(ln[0], lb[3]);
		assert_string_equal(ln[1], lb[1]);
		assert_true((strcmp(ln[0], "A") == 0 && strcmp(ln[1], "B") == 0) ||
			    (strcmp(ln[0], "B") == 0 && strcmp(ln[1], "A") == 0));
		/* the others: their own ranges, in the order asked */
		assert_false(pn[2] || pn[3] || pn[4] || pn[5] || pb[0] || pb[2]);
		assert_string_equal(ln[2], "nu-A");
		assert_string_equal(ln[3], "nu-B");
		assert_string_equal(ln[4], "nu-C");
		assert_string_equal(ln[5], "nu-D");
		assert_string_equal(lb[0], "nulmeting-A");
		assert_string_equal(lb[2], "nulmeting-B");
		if (!seen_first[0])
			snprintf(seen_first, sizeof(seen_first), "%s", ln[0]);
		else if (strcmp(seen_first, ln[0]) != 0)
			differs = true;
		group_pairs_destroy(gp);
	}
	assert_true(differs); /* the letters of the pairs follow the seed */
	/* one measurement: plain letters, nobody paired; an alias in NFC is
	 * the same alias */
	struct group_pairs *one = group_pairs_create(false);
	assert_true(group_pairs_note(one, GROUP_NOW, "Jae\xcc\x88l"));
	assert_true(group_pairs_finish(one, 7));
	char l[32];
	bool paired;
	group_pairs_label(one, GROUP_NOW, "Ja\xc3\xabl", l, sizeof(l), &paired);
	assert_false(paired);
	assert_string_equal(l, "A");
	group_pairs_label(one, GROUP_NOW, "", l, sizeof(l), &paired);
	assert_string_equal(l, "B");
	group_pairs_destroy(one);
	struct group_pairs *nfc = group_pairs_create(true);
	assert_true(group_pairs_note(nfc, GROUP_NOW, "Jae\xcc\x88l"));
	assert_true(group_pairs_note(nfc, GROUP_BASE, "Ja\xc3\xabl"));
	assert_true(group_pairs_finish(nfc, 3));
	group_pairs_label(nfc, GROUP_BASE, "Jae\xcc\x88l", l, sizeof(l), &paired);
	assert_true(paired);
	assert_string_equal(l, "A");
	group_pairs_destroy(nfc);
}

/* A permutation from a seed: every index once; the same seed, the same
 * order; other seeds, other orders. */
static void test_permutation(void **state)
{
	(void)state;
	size_t a[10], b[10];
	group_permutation(a, 10, 42);
	group_permutation(b, 10, 42);
	assert_memory_equal(a, b, sizeof(a));
	bool seen[10] = {false};
	for (size_t i = 0; i < 10; i++) {
		assert_true(a[i] < 10);
		assert_false(seen[a[i]]);
		seen[a[i]] = true;
	}
	size_t other = 0;
	for (uint64_t seed = 1; seed <= 20; seed++) {
		group_permutation(b, 10, seed);
		other += memcmp(a, b, sizeof(a)) != 0;
	}
	assert_true(other >= 19);
	group_permutation(b, 0, 1); /* nothing to do */
	group_permutation(b, 1, 1);
	assert_int_equal(b[0], 0);
}

static void test_csv_rows(void **state)
{
	struct fixture *f = *state;
	struct group *g = group_create(f->c->catalogue, f->q, NULL);
	struct diag d;
	diag_init(&d);
	struct session *s = session_load(DATA "/now/p2.json", &d);
	assert_non_null(s);
	size_t len;
	char *head = report_csv_header(&len);
	assert_string_equal(head, "deelnemer,meting,paar,vragenlijst,versie,soort,item,antwoord,"
				  "minst,waarde,vragen\r\n");
	free(head);
	char *rows = report_csv_rows(g, s, "B", "nu", "", &len);
	assert_non_null(rows);
	/* G.02 answered 2, reverse keyed: counts as 4; each practice score with
	 * the answered items it rests on (G.04 nvt: veranderstrategie on G.03
	 * only) */
	assert_non_null(strstr(rows, "B,nu,,groepstest,1.0.0,likert,G.02,2,,4,\r\n"));
	assert_non_null(strstr(rows, "B,nu,,groepstest,1.0.0,likert,G.04,nvt,,,\r\n"));
	assert_non_null(strstr(rows, "B,nu,,groepstest,1.0.0,keuze,G.05,vo,,,\r\n"));
	assert_non_null(strstr(rows, "B,nu,,groepstest,1.0.0,praktijk,visie,,,70.0,3\r\n"));
	assert_non_null(
	    strstr(rows, "B,nu,,groepstest,1.0.0,praktijk,veranderstrategie,,,50.0,1\r\n"));
	assert_null(strstr(rows, "G.06")); /* open answers never go into CSV */
	assert_null(strstr(rows, "PRIVE"));
	assert_null(strstr(rows, "praktijk-gedeeld")); /* no other measurement */
	free(rows);
	/* with a baseline: the own scores and, apart, those over the shared
	 * items (p2: G.01 4, G.02 2 -> 4: 75.0) */
	struct group *gb = group_create(f->c->catalogue, f->q, f->base);
	rows = report_csv_rows(gb, s, "C", "nu", "ja", &len);
	assert_non_null(strstr(rows, "C,nu,ja,groepstest,1.0.0,praktijk,visie,,,70.0,3\r\n"));
	assert_non_null(
	    strstr(rows, "C,nu,ja,groepstest,1.0.0,praktijk-gedeeld,visie,,,75.0,2\r\n"));
	assert_null(strstr(rows, "praktijk-gedeeld,veranderstrategie"));
	free(rows);
	group_destroy(gb);
	/* a label that needs quoting */
	rows = report_csv_rows(g, s, "de Vries, \"B\"", "nu", "", &len);
	assert_non_null(strstr(rows, "\"de Vries, \"\"B\"\"\",nu,"));
	free(rows);
	session_destroy(s);
	diag_finish(&d);
	group_destroy(g);
}

/* p1 against p4: visie 95.0 -> 25.0, veranderstrategie 75.0 -> 41.7; moved
 * most: G.01 5->2 and G.02 (reverse) 5->2 (-3 each), then G.03 4->2. */
static void test_compare(void **state)
{
	struct fixture *f = *state;
	struct diag d;
	diag_init(&d);
	struct session *a = session_load(DATA "/now/p1.json", &d);
	struct session *b = session_load(DATA "/now/p4.json", &d);
	assert_non_null(a);
	assert_non_null(b);
	struct compare_input in = {f->c->catalogue, f->q, f->q, a, b};
	size_t len;
	char *text = report_compare(REPORT_TEXT, &in, &len);
	assert_non_null(text);
	assert_non_null(
	    strstr(text, "Visiegestuurd werken                          95,0 ->  25,0   -70,0"));
	assert_non_null(
	    strstr(text, "Een passende veranderstrategie kiezen         75,0 ->  41,7   -33,3"));
	const char *g1 = strstr(text, "G.01  5 -> 2 (-3)");
	const char *g2 = strstr(text, "G.02  5 -> 2 (-3)");
	const char *g3 = strstr(text, "G.03  4 -> 2 (-2)");
	assert_non_null(g1);
	assert_true(g1 < g2 && g2 < g3);
	free(text);
	char *json = report_compare(REPORT_JSON, &in, &len);
	assert_non_null(strstr(json, "\"change\":\t-70"));
	assert_non_null(strstr(json, "\"restricted\":\tfalse"));
	free(json);
	/* across questionnaires: only the shared items (G.01, G.02) */
	struct session *c = session_load(DATA "/base/b1.json", &d);
	struct compare_input in2 = {f->c->catalogue, f->base, f->q, c, a};
	text = report_compare(REPORT_MARKDOWN, &in2, &len);
	assert_non_null(strstr(text, "over de 2 vragen die beide vragenlijsten delen"));
	assert_non_null(strstr(text, "| Visiegestuurd werken | 75,0 | 100,0 | +25,0 | 2 |"));
	/* the practice without shared items is named, with the reason */
	assert_non_null(
	    strstr(text, "- Een passende veranderstrategie kiezen: 0 vragen in beide sessies"));
	assert_null(strstr(text, "| Een passende veranderstrategie"));
	free(text);
	session_destroy(a);
	session_destroy(b);
	session_destroy(c);
	diag_finish(&d);
}

/* Group figures are exact from the shown scores (doc/scoring.md, "Numbers"),
 * and a practice only counts for a participant who covers it by the
 * thresholds. Fixture content test/data/score: the worked example (kwaliteit
 * 56.3, leraren too few answers) and a copy with P.B.* all 3 (kwaliteit 50.0)
 * and P.C.03, P.C.04 answered 3 (leraren 25 * (2 + 2 + 3 + 3 - 4) / 4 =
 * 37.5). kwaliteit: mean (563 + 500) / 2 = 531.5 tenths -> 53.2 (the mean of
 * the doubles 56.3 and 50.0 is a hair below 53.15 and showed 53.1); median
 * the same. leraren: one participant (37.5), the other has no score. */
static void test_group_exact(void **state)
{
	struct diag d;
	diag_init(&d);
	struct content *c = content_load_dir(SRCDIR "/test/data/score/content", &d);
	assert_non_null(c);
	const struct questionnaire *q = content_find(c, "proef");
	struct session *a = session_load(SRCDIR "/test/data/score/worked.json", &d);
	struct session *b = session_load(SRCDIR "/test/data/score/worked.json", &d);
	assert_non_null(a);
	assert_non_null(b);
	snprintf(b->id, sizeof(b->id), "20261201-090000-5c0e03");
	for (int i = 1; i <= 4; i++) {
		char id[16];
		snprintf(id, sizeof(id), "P.B.%02d", i);
		assert_true(session_set(b, id, (struct answer){ANSWER_VALUE, 3, NULL, NULL}));
	}
	assert_true(session_set(b, "P.C.03", (struct answer){ANSWER_VALUE, 3, NULL, NULL}));
	assert_true(session_set(b, "P.C.04", (struct answer){ANSWER_VALUE, 3, NULL, NULL}));
	struct group *g = group_create(c->catalogue, q, NULL);
	assert_non_null(g);
	assert_int_equal(group_add(g, a, "a.json", &d), GROUP_ADDED);
	assert_int_equal(group_add(g, b, "b.json", &d), GROUP_ADDED);
	group_finish(g);
	const struct group_stat *k =
	    &g->practices[content_practice_index(c->catalogue, "kwaliteit")];
	assert_int_equal(k->n, 2);
	assert_true(k->mean == 53.2);
	assert_true(k->median == 53.2);
	const struct group_stat *l = &g->practices[content_practice_index(c->catalogue, "leraren")];
	assert_int_equal(l->n, 1);
	assert_true(l->mean == 37.5);
	assert_int_equal(g->practices[content_practice_index(c->catalogue, "organisatie")].n, 0);
	struct group_report_input in = {g, NULL, 1, 0, {0}};
	size_t len;
	char *json = report_group(REPORT_JSON, &in, &len);
	assert_non_null(json);
	assert_non_null(strstr(json, "\"mean\":\t53.2,"));
	for (const char *p = strchr(json, '.'); p; p = strchr(p + 1, '.'))
		if (p[1] >= '0' && p[1] <= '9' && p[2] >= '0' && p[2] <= '9' && p > json &&
		    p[-1] >= '0' && p[-1] <= '9')
			fail_msg("a number with more than one decimal: %.20s", p - 3);
	/* persoonlijke kwaliteiten: cognitief 81.3 and 25 * (19 - 5) / 5 = 70.0:
	 * mean 756.5 tenths -> 75.7; psychologisch rests on 2 items: nobody */
	assert_non_null(strstr(json, "\"qualities\":"));
	cJSON *root = cJSON_Parse(json);
	const cJSON *qa = cJSON_GetObjectItemCaseSensitive(root, "qualities");
	assert_int_equal(cJSON_GetArraySize(qa), 4);
	assert_true(
	    cJSON_GetObjectItemCaseSensitive(cJSON_GetArrayItem(qa, 0), "mean")->valuedouble ==
	    75.7);
	assert_true(
	    cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(cJSON_GetArrayItem(qa, 2), "mean")));
	cJSON_Delete(root);
	free(json);
	char *text = report_group(REPORT_TEXT, &in, &len);
	assert_non_null(strstr(text, "53,2"));
	assert_null(strstr(text, "Inrichting van de schoolorganisatie  "));
	assert_non_null(
	    strstr(text, "  - Cognitieve kwaliteiten: gem. 75,7, mediaan 75,7 (2 deelnemers).\n"));
	assert_non_null(strstr(
	    text, "  - Psychologische kwaliteiten: te weinig gemeten in deze vragenlijst.\n"));
	free(text);
	group_destroy(g);
	session_destroy(a);
	session_destroy(b);
	content_destroy(c);
	diag_finish(&d);
}

/* Growth only over the items both sessions answered, and only where those
 * reach the coverage thresholds (doc/scoring.md), on the fixture content of
 * test/data/score. Old: the worked example. New: the same, but P.A.01 = 3
 * and P.C.03, P.C.04 = 4. Shared counted items: everything the old one
 * counted (C.03 was n.v.t., C.04 unanswered there). visie over A.01-04 and
 * C.01-02: old 73.6, new 25 * (800 * 15 + 1000 - 3700) / 3700 = 62.8: -10.8;
 * kwaliteit and omgeving unchanged; leraren (new alone 4 items) rests on 2
 * shared items (weight 1.5): left out, and said why. */
static void test_compare_coverage(void **state)
{
	struct diag d;
	diag_init(&d);
	struct content *c = content_load_dir(SRCDIR "/test/data/score/content", &d);
	assert_non_null(c);
	const struct questionnaire *q = content_find(c, "proef");
	struct session *a = session_load(SRCDIR "/test/data/score/worked.json", &d);
	struct session *b = session_load(SRCDIR "/test/data/score/worked.json", &d);
	print_diags(&d);
	assert_non_null(a);
	assert_non_null(b);
	assert_true(session_set(b, "P.A.01", (struct answer){ANSWER_VALUE, 3, NULL, NULL}));
	assert_true(session_set(b, "P.C.03", (struct answer){ANSWER_VALUE, 4, NULL, NULL}));
	assert_true(session_set(b, "P.C.04", (struct answer){ANSWER_VALUE, 4, NULL, NULL}));
	struct compare_input in = {c->catalogue, q, q, a, b};
	size_t len;
	char *text = report_compare(REPORT_TEXT, &in, &len);
	assert_non_null(text);
	static const char *const want[] = {
	    "  Visiegestuurd werken                          73,6 ->  62,8   -10,8  (6 vragen)\n",
	    "  Werken aan onderwijskwaliteit                 56,3 ->  56,3     0,0  (4 vragen)\n",
	    "\nNiet vergeleken (te weinig gedeelde vragen)\n"
	    "  - Ontwikkeling van leraren: 2 vragen in beide sessies beantwoord\n",
	    "  Een praktijk wordt alleen vergeleken over de vragen die in beide sessies\n",
	};
	for (size_t i = 0; i < sizeof(want) / sizeof(want[0]); i++)
		if (!strstr(text, want[i]))
			fail_msg("compare lacks:\n%s\n--- compare ---\n%s", want[i], text);
	assert_null(strstr(text, "schoolorganisatie"));
	free(text);
	char *json = report_compare(REPORT_JSON, &in, &len);
	cJSON *root = cJSON_Parse(json);
	assert_non_null(root);
	const cJSON *pr = cJSON_GetObjectItemCaseSensitive(root, "practices");
	assert_int_equal(cJSON_GetArraySize(pr), 3);
	const cJSON *v = cJSON_GetArrayItem(pr, 0);
	assert_string_equal(cJSON_GetObjectItemCaseSensitive(v, "id")->valuestring, "visie");
	assert_true(cJSON_GetObjectItemCaseSensitive(v, "change")->valuedouble == -10.8);
	assert_non_null(strstr(json, "\"change\":\t-10.8\n"));
	const cJSON *lo = cJSON_GetObjectItemCaseSensitive(root, "left_out");
	assert_int_equal(cJSON_GetArraySize(lo), 1);
	const cJSON *l0 = cJSON_GetArrayItem(lo, 0);
	assert_string_equal(cJSON_GetObjectItemCaseSensitive(l0, "id")->valuestring, "leraren");
	assert_int_equal(cJSON_GetObjectItemCaseSensitive(l0, "items")->valueint, 2);
	assert_int_equal(cJSON_GetObjectItemCaseSensitive(l0, "weight_milli")->valueint, 1500);
	assert_int_equal(cJSON_GetObjectItemCaseSensitive(root, "shared_items")->valueint, 14);
	cJSON_Delete(root);
	free(json);
	session_destroy(a);
	session_destroy(b);
	content_destroy(c);
	diag_finish(&d);
}

/* The weerstand profile summed: the hand-computed single profile of
 * test/data/profile/ertegenin.json (doc/scoring.md; test_score.c: 3
 * scenarios, ertegenin most likely in all 3, least likely eropaf, houvast
 * and anderen in beeld once each, 1 fitting) taken twice (a second id).
 * Group: 6 scenarios, ertegenin most 6 -> (6 - 0) / 6 = +1.0, eropaf
 * (0 - 2) / 6 = -0.3, fit 2 of 6 = 33%, ertegenin preferred by both. */
static void test_profile_summed(void **state)
{
	struct fixture *f = *state;
	struct diag d;
	diag_init(&d);
	struct questionnaire *q = content_load_questionnaire(
	    SRCDIR "/test/data/profile/proef-weerstand.json", f->c->catalogue, &d);
	struct session *s = session_load(SRCDIR "/test/data/profile/ertegenin.json", &d);
	print_diags(&d);
	assert_non_null(q);
	assert_non_null(s);
	/* no participant yet: nothing to show */
	struct group *g = group_create(f->c->catalogue, q, NULL);
	group_finish(g);
	assert_false(group_profile_shown(g));
	group_destroy(g);
	g = group_create(f->c->catalogue, q, NULL);
	assert_int_equal(group_add(g, s, "a", &d), GROUP_ADDED);
	snprintf(s->id, sizeof(s->id), "20260101-000000-000002");
	assert_int_equal(group_add(g, s, "b", &d), GROUP_ADDED);
	group_finish(g);
	const struct group_profile *gp = &g->profile;
	assert_true(gp->present);
	assert_int_equal(gp->participants, 2);
	assert_true(group_profile_shown(g));
	assert_int_equal(gp->scenarios, 6);
	assert_int_equal(gp->most[APPROACH_ERTEGENIN], 6);
	assert_int_equal(gp->least[APPROACH_EROPAF], 2);
	assert_int_equal(gp->least[APPROACH_HOUVAST], 2);
	assert_int_equal(gp->fit_n, 2);
	assert_int_equal(gp->preferred[APPROACH_ERTEGENIN], 2);
	assert_int_equal(gp->preferred[APPROACH_EROPAF], 0);
	struct group_report_input in = {g, NULL, 2, 0, {0}};
	size_t len;
	char *text = report_group(REPORT_TEXT, &in, &len);
	assert_non_null(text);
	assert_non_null(strstr(text, "(2 deelnemers, 6 situaties samen)"));
	assert_non_null(strstr(text, "|##########  +1,0    6 /   0 /  2"));
	assert_non_null(strstr(text, "Keuze past bij de situatie: 33% van de situaties."));
	free(text);
	char *json = report_group(REPORT_JSON, &in, &len);
	assert_non_null(strstr(json, "\"fit\":\t33"));
	free(json);
	group_destroy(g);
	session_destroy(s);
	content_questionnaire_destroy(q);
	diag_finish(&d);
}

static void test_labels(void **state)
{
	(void)state;
	char buf[8];
	size_t in[] = {0, 1, 25, 26, 27, 701, 702};
	const char *want[] = {"A", "B", "Z", "AA", "AB", "ZZ", "AAA"};
	for (size_t i = 0; i < 7; i++) {
		group_label(in[i], buf, sizeof(buf));
		assert_string_equal(buf, want[i]);
	}
}

static void test_export(void **state)
{
	struct fixture *f = *state;
	struct session *s = session_create("20260311-100000-abcdef", f->q, "Anouk Kuiper", 1000);
	assert_non_null(s);
	assert_true(session_set(s, "G.01", (struct answer){ANSWER_VALUE, 4, NULL, NULL}));
	assert_true(session_set(s, "G.06", (struct answer){ANSWER_TEXT, 0, "geheim", NULL}));
	assert_false(session_set_shared(s, "G.01", true)); /* not an open answer */
	assert_true(session_set_position(s, "G.06"));
	assert_true(session_set_draft(s, "G.06", "half getypt"));
	struct session_export_info info;
	size_t len;
	char *json = session_export(s, "Code 7", 2000, &len, &info);
	assert_non_null(json);
	assert_null(strstr(json, "geheim"));
	assert_null(strstr(json, "half getypt"));
	assert_null(strstr(json, "Anouk"));
	assert_null(strstr(json, "position"));
	assert_non_null(strstr(json, "\"participant\":\t\"Code 7\""));
	assert_non_null(strstr(json, "\"format\":\t\"spiegel-handin/1\""));
	assert_int_equal(info.answers, 1);
	assert_int_equal(info.shared, 0);
	assert_int_equal(info.withheld, 1);
	struct diag d;
	diag_init(&d);
	struct session *h = session_parse("handin", json, len, &d);
	print_diags(&d);
	assert_non_null(h);
	assert_true(h->handin);
	assert_int_equal(h->withheld, 1);
	assert_int_equal(h->n_answers, 1);
	assert_string_equal(h->id, "20260311-100000-abcdef");
	/* written back out, a hand-in stays a hand-in */
	size_t len2;
	char *again = session_to_json(h, &len2);
	assert_non_null(strstr(again, "spiegel-handin/1"));
	assert_non_null(strstr(again, "\"withheld\":\t1"));
	free(again);
	session_destroy(h);
	free(json);
	/* shared: included, and marked */
	assert_true(session_set_shared(s, "G.06", true));
	json = session_export(s, NULL, 2000, &len, &info);
	assert_non_null(strstr(json, "geheim"));
	assert_non_null(strstr(json, "\"shared\":\ttrue"));
	assert_non_null(strstr(json, "Anouk Kuiper")); /* no alias: the session's name */
	assert_int_equal(info.shared, 1);
	assert_int_equal(info.withheld, 0);
	free(json);
	/* a new text keeps the mark; another kind of answer drops it */
	assert_true(session_set(s, "G.06", (struct answer){ANSWER_TEXT, 0, "anders", NULL}));
	assert_true(session_is_shared(s, "G.06"));
	assert_true(session_set(s, "G.06", (struct answer){ANSWER_NONE, 0, NULL, NULL}));
	assert_false(session_is_shared(s, "G.06"));
	assert_null(session_export(s, "bad\nalias", 2000, &len, &info));
	diag_finish(&d);
	session_destroy(s);
}

static void test_handin_parse_strict(void **state)
{
	(void)state;
	static const char *const bad[] = {
	    /* a position in a hand-in */
	    "{\"format\":\"spiegel-handin/1\",\"id\":\"x-1\",\"questionnaire\":{\"id\":\"q\","
	    "\"version\":\"1\"},\"participant\":\"A\",\"created\":\"2026-01-01T00:00:00Z\","
	    "\"updated\":\"2026-01-01T00:00:00Z\",\"exported\":\"2026-01-01T00:00:00Z\","
	    "\"finished\":true,\"answers\":{},\"withheld\":0,\"position\":\"G.01\"}",
	    /* withheld negative */
	    "{\"format\":\"spiegel-handin/1\",\"id\":\"x-1\",\"questionnaire\":{\"id\":\"q\","
	    "\"version\":\"1\"},\"participant\":\"A\",\"created\":\"2026-01-01T00:00:00Z\","
	    "\"updated\":\"2026-01-01T00:00:00Z\",\"exported\":\"2026-01-01T00:00:00Z\","
	    "\"finished\":true,\"answers\":{},\"withheld\":-1}",
	    /* shared on a likert answer */
	    "{\"format\":\"spiegel-session/1\",\"id\":\"x-1\",\"questionnaire\":{\"id\":\"q\","
	    "\"version\":\"1\"},\"participant\":\"A\",\"created\":\"2026-01-01T00:00:00Z\","
	    "\"updated\":\"2026-01-01T00:00:00Z\",\"finished\":true,"
	    "\"answers\":{\"G.01\":{\"value\":3,\"shared\":true}}}",
	    /* shared not a boolean */
	    "{\"format\":\"spiegel-session/1\",\"id\":\"x-1\",\"questionnaire\":{\"id\":\"q\","
	    "\"version\":\"1\"},\"participant\":\"A\",\"created\":\"2026-01-01T00:00:00Z\","
	    "\"updated\":\"2026-01-01T00:00:00Z\",\"finished\":true,"
	    "\"answers\":{\"G.06\":{\"text\":\"t\",\"shared\":1}}}",
	    /* a hand-in of an unknown version */
	    "{\"format\":\"spiegel-handin/2\",\"id\":\"x-1\"}",
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		struct diag d;
		diag_init(&d);
		struct session *s = session_parse("bad", bad[i], strlen(bad[i]), &d);
		if (s)
			fprintf(stderr, "  case %zu parsed\n", i);
		assert_null(s);
		assert_true(diag_count(&d) > 0);
		diag_finish(&d);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_figures),
	    cmocka_unit_test(test_skips),
	    cmocka_unit_test(test_median_even),
	    cmocka_unit_test(test_baseline_restricted),
	    cmocka_unit_test(test_figures_shown),
	    cmocka_unit_test(test_baseline_items),
	    cmocka_unit_test(test_report_formats),
	    cmocka_unit_test(test_suppressed),
	    cmocka_unit_test(test_names),
	    cmocka_unit_test(test_markdown_literal),
	    cmocka_unit_test(test_markdown_escaped_once),
	    cmocka_unit_test(test_skipped_words),
	    cmocka_unit_test(test_pairs),
	    cmocka_unit_test(test_permutation),
	    cmocka_unit_test(test_csv_rows),
	    cmocka_unit_test(test_compare),
	    cmocka_unit_test(test_compare_coverage),
	    cmocka_unit_test(test_group_exact),
	    cmocka_unit_test(test_profile_summed),
	    cmocka_unit_test(test_labels),
	    cmocka_unit_test(test_export),
	    cmocka_unit_test(test_handin_parse_strict),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
