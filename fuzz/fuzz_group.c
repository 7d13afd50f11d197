/*
 * Harness: group aggregation and the group reports.
 *
 * Input: several session or hand-in files in one buffer, separated by a line
 * "----" ("\n----\n"). Each part goes through session_parse; the first part
 * that loads and names a bundled questionnaire picks the group's
 * questionnaire (visie if none does), and every loaded part is added to the
 * group, and to a second group restricted to the items the questionnaire
 * shares with verbindend-dag1 (the baseline comparison). Checks: the
 * participants added are at most the parts that loaded; every practice
 * figure lies in 0-100 with min <= median <= max and min <= mean <= max;
 * the counts of an item add up to its answered participants; every report
 * format and every CSV row is valid UTF-8 of the length reported, and the
 * JSON report parses.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "fuzz.h"
#include "spiegel/group.h"
#include "spiegel/report.h"

#define MAX_PARTS 64
#define EPS 1e-6

static void check_group(const struct group *g, size_t loaded)
{
	if (g->n > loaded || g->finished > g->n)
		fuzz_fail("group: %zu participants from %zu loaded files", g->n, loaded);
	for (size_t p = 0; p < g->cat->n_practices; p++) {
		const struct group_stat *st = &g->practices[p];
		if (st->n > g->n)
			fuzz_fail("practice %zu: n %zu > participants %zu", p, st->n, g->n);
		if (!st->n)
			continue;
		if (st->min < -EPS || st->max > 100 + EPS || st->min > st->median + 0.05 + EPS ||
		    st->median > st->max + 0.05 + EPS || st->mean < st->min - EPS ||
		    st->mean > st->max + EPS || !(st->sd >= 0) || st->sd > 50 + EPS)
			fuzz_fail("practice %zu: min %f median %f mean %f max %f sd %f", p, st->min,
				  st->median, st->mean, st->max, st->sd);
	}
	for (size_t i = 0; i < g->q->n_items; i++) {
		const struct group_item *gi = &g->items[i];
		if (gi->answered + gi->missing != g->n)
			fuzz_fail("item %s: %zu answered + %zu missing != %zu", g->q->items[i].id,
				  gi->answered, gi->missing, g->n);
		if (g->q->items[i].type == ITEM_OPEN)
			continue;
		size_t sum = 0;
		for (size_t k = 0; k < gi->n_counts; k++)
			sum += gi->counts[k];
		if (sum != gi->answered)
			fuzz_fail("item %s: counts add up to %zu, answered %zu", g->q->items[i].id,
				  sum, gi->answered);
	}
}

static void check_reports(const struct group *g, const struct group *base, size_t min)
{
	static const enum report_format fmts[] = {REPORT_TEXT, REPORT_MARKDOWN, REPORT_HTML,
						  REPORT_JSON};
	struct group_report_input in = {g, base, min, 1, {0}};
	for (size_t f = 0; f < sizeof(fmts) / sizeof(fmts[0]); f++) {
		size_t len = 0;
		char *out = report_group(fmts[f], &in, &len);
		if (!out)
			fuzz_fail("report_group %zu: NULL", f);
		if (strlen(out) != len)
			fuzz_fail("report_group %zu: length %zu, strlen %zu", f, len, strlen(out));
		fuzz_check_text("group report", out, len);
		if (fmts[f] == REPORT_JSON) {
			cJSON *j = cJSON_Parse(out);
			if (!j)
				fuzz_fail("group JSON report does not parse");
			cJSON_Delete(j);
		}
		free(out);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = fuzz_text(data, size, 4 * SESSION_MAX_FILE);
	if (!text)
		return 0;
	const struct content *c = fuzz_content();
	struct session *parts[MAX_PARTS];
	size_t n = 0;
	char *p = text, *end = text + size;
	while (p <= end && n < MAX_PARTS) {
		char *sep = strstr(p, "\n----\n");
		size_t len = sep ? (size_t)(sep - p) : (size_t)(end - p);
		char *part = malloc(len + 1); /* exact size, for ASan */
		if (!part)
			break;
		memcpy(part, p, len);
		part[len] = '\0';
		struct diag d;
		diag_init(&d);
		struct session *s = session_parse("fuzz.json", part, len, &d);
		fuzz_check_diag("session_parse", s != NULL, &d);
		diag_finish(&d);
		free(part);
		if (s)
			parts[n++] = s;
		if (!sep)
			break;
		p = sep + 6;
	}
	const struct questionnaire *q = NULL;
	for (size_t i = 0; i < n && !q; i++)
		q = content_find(c, parts[i]->questionnaire);
	if (!q)
		q = content_find(c, "visie");
	const struct questionnaire *dag1 = content_find(c, "verbindend-dag1");
	struct group *g = group_create(c->catalogue, q, NULL);
	struct group *r = group_create(c->catalogue, q, dag1 != q ? dag1 : NULL);
	if (!g || !r)
		fuzz_fail("group_create failed");
	g->names = n % 2;
	for (size_t i = 0; i < n; i++) {
		struct diag d;
		diag_init(&d);
		enum group_add_result a = group_add(g, parts[i], "fuzz.json", &d);
		if (a != GROUP_ADDED && diag_count(&d) == 0)
			fuzz_fail("group_add refused without a message");
		group_add(r, parts[i], "fuzz.json", &d);
		diag_finish(&d);
		char label[16];
		group_label(i, label, sizeof(label));
		size_t len = 0;
		char *rows = report_csv_rows(g, parts[i], label, "nu", "", &len);
		if (!rows)
			fuzz_fail("report_csv_rows: NULL");
		fuzz_check_text("csv rows", rows, len);
		free(rows);
	}
	group_finish(g);
	group_finish(r);
	check_group(g, n);
	check_group(r, n);
	check_reports(g, NULL, 1);
	check_reports(g, r, 1);
	check_reports(r, g, GROUP_DEFAULT_MIN);
	group_destroy(g);
	group_destroy(r);
	for (size_t i = 0; i < n; i++)
		session_destroy(parts[i]);
	free(text);
	return 0;
}
