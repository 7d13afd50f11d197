/* The group's answers as CSV in long form (RFC 4180), one participant at a
 * time. */
#include "spiegel/report.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report_group_internal.h"

/* A field, quoted when it holds a comma, quote, CR or LF (RFC 4180). */
static void csv_field(struct strbuf *b, const char *s, bool last)
{
	/* a spreadsheet runs a cell that starts like a formula: make it text
	 * (no field spiegel writes itself starts this way, only names) */
	char guarded[SESSION_MAX_NAME + 8];
	if (*s && strchr("=+-@\t\r", *s)) {
		snprintf(guarded, sizeof(guarded), "'%s", s);
		s = guarded;
	}
	if (strpbrk(s, ",\"\r\n")) {
		strbuf_puts(b, "\"");
		for (; *s; s++) {
			if (*s == '"')
				strbuf_puts(b, "\"");
			strbuf_append(b, s, 1);
		}
		strbuf_puts(b, "\"");
	} else {
		strbuf_puts(b, s);
	}
	strbuf_puts(b, last ? "\r\n" : ",");
}

char *report_csv_header(size_t *len)
{
	struct strbuf b;
	strbuf_init(&b);
	strbuf_puts(
	    &b,
	    "deelnemer,meting,paar,vragenlijst,versie,soort,item,antwoord,minst,waarde,vragen\r\n");
	return rpt_finish(&b, len);
}

/* The practice rows of one participant: soort "praktijk" (the own score,
 * over every item) or "praktijk-gedeeld" (over the items shared with the
 * other measurement). */
static bool csv_practices(struct strbuf *b, const struct group *g, const struct session *s,
			  const char *const lead[3], bool shared)
{
	struct score_result r;
	if (!group_score(g->cat, g->q, shared ? g->other : NULL, s, &r))
		return false;
	for (size_t p = 0; p < r.n_practices; p++) {
		if (!r.practices[p].has_score)
			continue;
		char val[16], items[24];
		format_tenths(val, sizeof(val), r.practices[p].score);
		/* the answered items the score rests on */
		snprintf(items, sizeof(items), "%zu", r.practices[p].answered);
		for (size_t k = 0; k < 3; k++)
			csv_field(b, lead[k], false);
		csv_field(b, g->q->id, false);
		csv_field(b, g->q->version, false);
		csv_field(b, shared ? "praktijk-gedeeld" : "praktijk", false);
		csv_field(b, g->cat->practices[p].id, false);
		csv_field(b, "", false);
		csv_field(b, "", false);
		csv_field(b, val, false);
		csv_field(b, items, true);
	}
	score_finish(&r);
	return true;
}

char *report_csv_rows(const struct group *g, const struct session *s, const char *label,
		      const char *meting, const char *paar, size_t *len)
{
	const char *const lead[3] = {label, meting, paar};
	struct strbuf b;
	strbuf_init(&b);
	static const char *const kinds[] = {"likert", "keuze", "open", "scenario"};
	for (size_t i = 0; i < g->q->n_items; i++) {
		const struct item *it = &g->q->items[i];
		if (it->type == ITEM_OPEN)
			continue;
		struct answer a = session_get(s, it->id);
		char val[24] = "", num[24] = "";
		const char *ans = "", *least = "";
		if (a.kind == ANSWER_VALUE) {
			snprintf(val, sizeof(val), "%d", score_item_value(it, a));
			ans = grp_label_of(num, sizeof(num), (size_t)a.value);
		} else if (a.kind == ANSWER_NA)
			ans = "nvt";
		else if (a.kind == ANSWER_CHOICE)
			ans = a.text;
		else if (a.kind == ANSWER_SCENARIO) {
			ans = a.text;
			least = a.least ? a.least : "";
			int v = score_item_value(it, a);
			if (v)
				snprintf(val, sizeof(val), "%d", v);
		}
		for (size_t k = 0; k < 3; k++)
			csv_field(&b, lead[k], false);
		csv_field(&b, g->q->id, false);
		csv_field(&b, g->q->version, false);
		csv_field(&b, kinds[it->type], false);
		csv_field(&b, it->id, false);
		csv_field(&b, ans, false);
		csv_field(&b, least, false);
		csv_field(&b, val, false);
		csv_field(&b, "", true);
	}
	if (!csv_practices(&b, g, s, lead, false) ||
	    (g->other && !csv_practices(&b, g, s, lead, true))) {
		strbuf_finish(&b);
		return NULL;
	}
	return rpt_finish(&b, len);
}
