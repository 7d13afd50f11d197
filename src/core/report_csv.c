/* The group's answers as CSV in long form (RFC 4180), one participant at a
 * time. The fields of a questionnaire are made once (csv_prepare); a
 * participant's rows are then put together from them (csv_put). */
#include "spiegel/report.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csv_rows.h"
#include "report_group_internal.h"
#include "session_answers.h"

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

/* ------------------------------------------------------ compact answers */

static int option_index(const struct item *it, const char *value)
{
	for (size_t k = 0; value && k < it->n_options; k++)
		if (strcmp(it->options[k].value, value) == 0)
			return (int)k;
	return -1;
}

bool csv_encode(const struct questionnaire *q, const struct session *s,
		const struct session_answer *const *view, uint8_t *codes)
{
	memset(codes, 0, 2 * q->n_items);
	bool all = true;
	for (size_t i = 0; i < q->n_items; i++) {
		const struct item *it = &q->items[i];
		struct answer a = view ? session_answer_of(view[i]) : session_get(s, it->id);
		if (it->type == ITEM_OPEN || a.kind == ANSWER_NONE)
			continue;
		uint8_t *c = &codes[2 * i];
		int m = -1, l = -1;
		if (it->type == ITEM_LIKERT && a.kind == ANSWER_VALUE) {
			c[0] = (uint8_t)a.value;
		} else if (it->type == ITEM_LIKERT && a.kind == ANSWER_NA) {
			c[0] = CONTENT_SCALE_POINTS + 1;
		} else if (it->type == ITEM_CHOICE && a.kind == ANSWER_CHOICE &&
			   (m = option_index(it, a.text)) >= 0 && m < CSV_NO_CODE - 1) {
			c[0] = (uint8_t)(m + 1);
		} else if (it->type == ITEM_SCENARIO && a.kind == ANSWER_SCENARIO &&
			   (m = option_index(it, a.text)) >= 0 && m < CSV_NO_CODE - 1 &&
			   (!a.least ||
			    ((l = option_index(it, a.least)) >= 0 && l < CSV_NO_CODE - 1))) {
			c[0] = (uint8_t)(m + 1);
			c[1] = a.least ? (uint8_t)(l + 1) : 0;
		} else {
			c[0] = CSV_NO_CODE;
			all = false;
		}
	}
	return all;
}

size_t csv_scores(const struct score_result *r, struct csv_score *out)
{
	size_t n = 0;
	for (size_t p = 0; p < r->n_practices; p++)
		if (r->practices[p].has_score)
			out[n++] = (struct csv_score){(uint16_t)p, (uint16_t)r->practices[p].tenths,
						      (uint16_t)r->practices[p].answered};
	return n;
}

/* --------------------------------------------------------------- fields */

/* A piece of text in the prepared buffer. */
struct piece {
	uint32_t off, len;
};

/* Per item that is not open: "vragenlijst,versie,soort,item," and the rest
 * of the row per answer code (likert, choice), or for a scenario the field
 * of each option (as most and least likely) and its value field. */
struct csv_item {
	struct piece mid;
	uint32_t first; /* its pieces */
	uint16_t n;	/* codes 0..n */
	bool scenario;
};

struct csv_prepared {
	const struct group *g;
	struct strbuf text;
	struct piece *pieces;
	size_t n_pieces, cap_pieces;
	struct csv_item *items; /* per item of q; open items unused */
	struct piece *practice; /* per catalogue practice: "...,praktijk,ID,,," */
	struct piece *shared;	/* "...,praktijk-gedeeld,ID,,," */
};

/* What was added to the text since start, neutralised, as a piece. */
static struct piece close_piece(struct csv_prepared *cp, size_t start)
{
	size_t n = cp->text.len - start;
	char *safe = diag_neutral(cp->text.data ? cp->text.data + start : "", n, DIAG_TEXT, &n);
	cp->text.len = start;
	if (!safe) {
		cp->text.failed = true;
		return (struct piece){0, 0};
	}
	strbuf_append(&cp->text, safe, n);
	free(safe);
	return (struct piece){(uint32_t)start, (uint32_t)n};
}

static bool add_piece(struct csv_prepared *cp, struct piece p)
{
	if (!ARRAY_ROOM(cp->pieces, cp->n_pieces, cp->cap_pieces, 64))
		return false;
	cp->pieces[cp->n_pieces++] = p;
	return true;
}

/* The fields after ans: least, waarde, vragen. */
static bool tail_piece(struct csv_prepared *cp, const char *ans, const char *least, const char *val)
{
	size_t start = cp->text.len;
	csv_field(&cp->text, ans, false);
	csv_field(&cp->text, least, false);
	csv_field(&cp->text, val, false);
	csv_field(&cp->text, "", true);
	return add_piece(cp, close_piece(cp, start));
}

static bool field_piece(struct csv_prepared *cp, const char *s)
{
	size_t start = cp->text.len;
	csv_field(&cp->text, s, false);
	return add_piece(cp, close_piece(cp, start));
}

static bool prepare_item(struct csv_prepared *cp, const struct item *it, struct csv_item *ci)
{
	static const char *const kinds[] = {"likert", "keuze", "open", "scenario"};
	const struct questionnaire *q = cp->g->q;
	size_t start = cp->text.len;
	csv_field(&cp->text, q->id, false);
	csv_field(&cp->text, q->version, false);
	csv_field(&cp->text, kinds[it->type], false);
	csv_field(&cp->text, it->id, false);
	ci->mid = close_piece(cp, start);
	ci->first = (uint32_t)cp->n_pieces;
	ci->scenario = it->type == ITEM_SCENARIO;
	bool ok = tail_piece(cp, "", "", "");
	if (it->type == ITEM_LIKERT) {
		ci->n = CONTENT_SCALE_POINTS + 1;
		for (int v = 1; ok && v <= CONTENT_SCALE_POINTS; v++) {
			char ans[8], val[8];
			snprintf(ans, sizeof(ans), "%d", v);
			snprintf(
			    val, sizeof(val), "%d",
			    score_item_value(it, (struct answer){ANSWER_VALUE, v, NULL, NULL}));
			ok = tail_piece(cp, ans, "", val);
		}
		return ok && tail_piece(cp, "nvt", "", "");
	}
	ci->n = (uint16_t)it->n_options;
	if (it->type == ITEM_CHOICE) {
		for (size_t k = 0; ok && k < it->n_options; k++)
			ok = tail_piece(cp, it->options[k].value, "", "");
		return ok;
	}
	/* scenario: the option fields (code 0: none), then the value fields */
	ok = ok && field_piece(cp, "");
	for (size_t k = 0; ok && k < it->n_options; k++)
		ok = field_piece(cp, it->options[k].value);
	ok = ok && field_piece(cp, "");
	for (size_t k = 0; ok && k < it->n_options; k++) {
		char val[8] = "";
		int v = score_item_value(
		    it, (struct answer){ANSWER_SCENARIO, 0, it->options[k].value, NULL});
		if (v)
			snprintf(val, sizeof(val), "%d", v);
		ok = field_piece(cp, val);
	}
	return ok;
}

static struct piece practice_piece(struct csv_prepared *cp, size_t p, const char *kind)
{
	size_t start = cp->text.len;
	csv_field(&cp->text, cp->g->q->id, false);
	csv_field(&cp->text, cp->g->q->version, false);
	csv_field(&cp->text, kind, false);
	csv_field(&cp->text, cp->g->cat->practices[p].id, false);
	csv_field(&cp->text, "", false);
	csv_field(&cp->text, "", false);
	return close_piece(cp, start);
}

struct csv_prepared *csv_prepare(const struct group *g)
{
	struct csv_prepared *cp = calloc(1, sizeof(*cp));
	if (!cp)
		return NULL;
	cp->g = g;
	strbuf_init(&cp->text);
	size_t np = g->cat->n_practices;
	cp->items = calloc(g->q->n_items ? g->q->n_items : 1, sizeof(*cp->items));
	cp->practice = calloc(np ? np : 1, sizeof(*cp->practice));
	cp->shared = calloc(np ? np : 1, sizeof(*cp->shared));
	bool ok = cp->items && cp->practice && cp->shared;
	for (size_t i = 0; ok && i < g->q->n_items; i++)
		if (g->q->items[i].type != ITEM_OPEN)
			ok = prepare_item(cp, &g->q->items[i], &cp->items[i]);
	for (size_t p = 0; ok && p < np; p++) {
		cp->practice[p] = practice_piece(cp, p, "praktijk");
		cp->shared[p] = practice_piece(cp, p, "praktijk-gedeeld");
	}
	if (!ok || cp->text.failed) {
		csv_prepared_free(cp);
		return NULL;
	}
	return cp;
}

void csv_prepared_free(struct csv_prepared *cp)
{
	if (!cp)
		return;
	strbuf_finish(&cp->text);
	free(cp->pieces);
	free(cp->items);
	free(cp->practice);
	free(cp->shared);
	free(cp);
}

static void put(struct strbuf *b, const struct csv_prepared *cp, struct piece p)
{
	strbuf_append(b, cp->text.data + p.off, p.len);
}

/* v in decimal at p; the end. */
static char *put_uint(char *p, unsigned v)
{
	char t[12];
	size_t n = 0;
	do
		t[n++] = (char)('0' + v % 10u);
	while (v /= 10u);
	while (n)
		*p++ = t[--n];
	return p;
}

static void put_scores(struct strbuf *b, const struct csv_prepared *cp, const char *lead,
		       size_t lead_len, const struct csv_score *sc, size_t n, bool shared)
{
	for (size_t k = 0; k < n; k++) {
		/* the score as format_tenths writes it, then the answered items
		 * the score rests on: "T.t,N\r\n" (the numbers 16 bits) */
		char items[24], *p = items;
		p = put_uint(p, sc[k].tenths / 10u);
		*p++ = '.';
		*p++ = (char)('0' + sc[k].tenths % 10u);
		*p++ = ',';
		p = put_uint(p, sc[k].answered);
		*p++ = '\r';
		*p++ = '\n';
		strbuf_append(b, lead, lead_len);
		put(b, cp, (shared ? cp->shared : cp->practice)[sc[k].practice]);
		strbuf_append(b, items, (size_t)(p - items));
	}
}

/* The rest of the row of item it for an answer without a code (CSV_NO_CODE:
 * it does not fit the item), as it is. */
static void odd_tail(struct strbuf *b, const struct item *it, struct answer a)
{
	char val[24] = "", num[24] = "";
	const char *ans = "", *least = "";
	if (a.kind == ANSWER_VALUE) {
		snprintf(val, sizeof(val), "%d", score_item_value(it, a));
		ans = grp_label_of(num, sizeof(num), (size_t)a.value);
	} else if (a.kind == ANSWER_NA) {
		ans = "nvt";
	} else if (a.kind == ANSWER_CHOICE) {
		ans = a.text;
	} else if (a.kind == ANSWER_SCENARIO) {
		ans = a.text;
		least = a.least ? a.least : "";
		int v = score_item_value(it, a);
		if (v)
			snprintf(val, sizeof(val), "%d", v);
	}
	struct strbuf t;
	strbuf_init(&t);
	csv_field(&t, ans, false);
	csv_field(&t, least, false);
	csv_field(&t, val, false);
	csv_field(&t, "", true);
	size_t n = t.len;
	char *safe = t.failed ? NULL : diag_neutral(t.data, t.len, DIAG_TEXT, &n);
	strbuf_finish(&t);
	if (!safe) {
		b->failed = true;
		return;
	}
	strbuf_append(b, safe, n);
	free(safe);
}

void csv_put(struct strbuf *b, const struct csv_prepared *cp, const char *label, const char *meting,
	     const char *paar, const uint8_t *codes, const struct session *s,
	     const struct csv_score *own, size_t n_own, const struct csv_score *shared,
	     size_t n_shared)
{
	/* the three fields that name the participant, once */
	struct strbuf l;
	strbuf_init(&l);
	csv_field(&l, label, false);
	csv_field(&l, meting, false);
	csv_field(&l, paar, false);
	size_t lead_len = l.len;
	char *lead = l.failed ? NULL : diag_neutral(l.data, l.len, DIAG_TEXT, &lead_len);
	strbuf_finish(&l);
	if (!lead) {
		b->failed = true;
		return;
	}
	const struct questionnaire *q = cp->g->q;
	for (size_t i = 0; i < q->n_items; i++) {
		const struct csv_item *ci = &cp->items[i];
		if (q->items[i].type == ITEM_OPEN)
			continue;
		strbuf_append(b, lead, lead_len);
		put(b, cp, ci->mid);
		const uint8_t *c = &codes[2 * i];
		if (c[0] == CSV_NO_CODE) {
			odd_tail(b, &q->items[i],
				 s ? session_get(s, q->items[i].id)
				   : (struct answer){ANSWER_NONE, 0, NULL, NULL});
			continue;
		}
		if (!ci->scenario) {
			put(b, cp, cp->pieces[ci->first + (c[0] <= ci->n ? c[0] : 0)]);
			continue;
		}
		/* the row's piece for no answer, then option and value fields */
		const struct piece *opt = &cp->pieces[ci->first + 1];
		const struct piece *val = opt + ci->n + 1;
		if (!c[0]) {
			put(b, cp, cp->pieces[ci->first]);
			continue;
		}
		put(b, cp, opt[c[0]]);
		put(b, cp, opt[c[1]]);
		put(b, cp, val[c[0]]);
		strbuf_puts(b, "\r\n");
	}
	put_scores(b, cp, lead, lead_len, own, n_own, false);
	put_scores(b, cp, lead, lead_len, shared, n_shared, true);
	free(lead);
}

char *report_csv_rows(const struct group *g, const struct session *s, const char *label,
		      const char *meting, const char *paar, size_t *len)
{
	size_t np = g->cat->n_practices;
	uint8_t *codes = malloc(2 * g->q->n_items + 1);
	struct csv_score *own = calloc(np + 1, sizeof(*own)), *sh = calloc(np + 1, sizeof(*sh));
	struct csv_prepared *cp = codes && own && sh ? csv_prepare(g) : NULL;
	struct strbuf b;
	strbuf_init(&b);
	struct score_result r;
	bool ok = cp != NULL;
	if (ok)
		csv_encode(g->q, s, NULL, codes);
	size_t n_own = 0, n_sh = 0;
	if (ok && (ok = group_score(g->cat, g->q, NULL, s, &r))) {
		n_own = csv_scores(&r, own);
		score_finish(&r);
	}
	if (ok && g->other && (ok = group_score(g->cat, g->q, g->other, s, &r))) {
		n_sh = csv_scores(&r, sh);
		score_finish(&r);
	}
	if (ok)
		csv_put(&b, cp, label, meting, paar, codes, s, own, n_own, sh, n_sh);
	csv_prepared_free(cp);
	free(codes);
	free(own);
	free(sh);
	if (!ok) {
		strbuf_finish(&b);
		return NULL;
	}
	return strbuf_steal(&b, len);
}
