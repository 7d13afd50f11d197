/* One person's growth (spiegel compare, "spiegel-compare/1"): two sessions
 * compared per practice over the items both answered, only where those
 * shared items reach the coverage thresholds (doc/scoring.md), and the items
 * whose value changed most. See doc/report-format.md. */
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report_internal.h"
#include "spiegel/report.h"

struct moved {
	size_t item; /* in q_new */
	int old, now;
};

static int cmp_moved(const void *a, const void *b)
{
	const struct moved *x = a, *y = b;
	int dx = abs(x->now - x->old), dy = abs(y->now - y->old);
	if (dx != dy)
		return dy - dx;
	return x->item < y->item ? -1 : x->item > y->item;
}

struct compare_data {
	/* full: each session on its own; old, now: over the shared items */
	struct score_result full_old, full_now, old, now;
	struct moved *moved;
	size_t n_moved, common, shared;
	bool restricted;
};

/* The item of the other questionnaire that is the same as it, or NULL. */
static const struct item *same_item(const struct questionnaire *other, const struct item *it)
{
	const struct item *ot = content_find_item(other, it->id);
	return ot && content_items_same(it, ot) ? ot : NULL;
}

/* A copy of s (of q) with only the answers to items that other (of q_other)
 * has as the same item and that count in both sessions. */
static struct session *shared_copy(const struct questionnaire *q, const struct session *s,
				   const struct questionnaire *q_other, const struct session *other,
				   size_t *n)
{
	struct session *c = session_create("compare", q, "", 0);
	bool ok = c != NULL;
	*n = 0;
	for (size_t i = 0; ok && i < q->n_items; i++) {
		const struct item *it = &q->items[i];
		const struct item *ot = same_item(q_other, it);
		struct answer a = session_get(s, it->id);
		if (!ot || !score_item_value(it, a) ||
		    !score_item_value(ot, session_get(other, it->id)))
			continue;
		ok = session_set(c, it->id, a);
		(*n)++;
	}
	if (!ok) {
		session_destroy(c);
		return NULL;
	}
	return c;
}

static void compare_free(struct compare_data *cd)
{
	score_finish(&cd->full_old);
	score_finish(&cd->full_now);
	score_finish(&cd->old);
	score_finish(&cd->now);
	free(cd->moved);
}

static bool compare_compute(const struct compare_input *in, struct compare_data *cd)
{
	memset(cd, 0, sizeof(*cd));
	cd->restricted = strcmp(in->q_old->id, in->q_new->id) != 0 ||
			 strcmp(in->q_old->version, in->q_new->version) != 0;
	size_t n_old;
	struct session *so = shared_copy(in->q_old, in->s_old, in->q_new, in->s_new, &n_old);
	struct session *sn = shared_copy(in->q_new, in->s_new, in->q_old, in->s_old, &cd->shared);
	cd->moved = calloc(in->q_new->n_items + 1, sizeof(*cd->moved));
	bool ok = so && sn && cd->moved &&
		  score_compute(in->cat, in->q_old, in->s_old, &cd->full_old) &&
		  score_compute(in->cat, in->q_new, in->s_new, &cd->full_now) &&
		  score_compute(in->cat, in->q_old, so, &cd->old) &&
		  score_compute(in->cat, in->q_new, sn, &cd->now);
	session_destroy(so);
	session_destroy(sn);
	if (!ok) {
		compare_free(cd);
		return false;
	}
	for (size_t i = 0; i < in->q_new->n_items; i++) {
		const struct item *it = &in->q_new->items[i];
		const struct item *ot = same_item(in->q_old, it);
		if (!ot)
			continue;
		cd->common++;
		int a = score_item_value(ot, session_get(in->s_old, it->id));
		int b = score_item_value(it, session_get(in->s_new, it->id));
		if (it->type == ITEM_LIKERT && a && b && a != b)
			cd->moved[cd->n_moved++] = (struct moved){i, a, b};
	}
	qsort(cd->moved, cd->n_moved, sizeof(*cd->moved), cmp_moved);
	if (cd->n_moved > REPORT_COMPARE_ITEMS)
		cd->n_moved = REPORT_COMPARE_ITEMS;
	return true;
}

/* Compared: a score over the shared items in both. */
static bool compared(const struct compare_data *cd, size_t p)
{
	return cd->old.practices[p].has_score && cd->now.practices[p].has_score;
}

/* Left out: scored in either session on its own, but not comparable. */
static bool left_out(const struct compare_data *cd, size_t p)
{
	return !compared(cd, p) &&
	       (cd->full_old.practices[p].has_score || cd->full_now.practices[p].has_score);
}

static void compare_date(char *buf, size_t size, const char *stamp)
{
	/* "2026-03-10T..." -> "10-03-2026" */
	if (strlen(stamp) >= 10)
		format_dutch_date(buf, size, stamp);
	else
		snprintf(buf, size, "?");
}

/* The change as shown: from the two shown scores, in tenths. */
static void change_text(char *buf, size_t size, const struct practice_score *a,
			const struct practice_score *b)
{
	report_signed_number(buf, size, (double)score_change_tenths(a, b) / 10.0);
}

/* Why practices are left out, as text or markdown. */
static void render_left_out(struct strbuf *b, const struct compare_input *in,
			    const struct compare_data *cd, bool md)
{
	const struct catalogue *c = in->cat;
	bool any = false;
	for (size_t p = 0; p < c->n_practices; p++) {
		if (!left_out(cd, p))
			continue;
		if (!any)
			strbuf_puts(b, md ? "\n## Niet vergeleken\n\n"
					  : "\nNiet vergeleken (te weinig gedeelde vragen)\n");
		any = true;
		size_t n = cd->now.practices[p].answered;
		struct strbuf l;
		strbuf_init(&l);
		strbuf_printf(&l, "%s: %zu %s in beide sessies beantwoord", c->practices[p].name, n,
			      n == 1 ? "vraag" : "vragen");
		char *line = strbuf_steal(&l, NULL);
		if (md) {
			strbuf_puts(b, "- ");
			if (line)
				rpt_md_escape(b, line);
			strbuf_puts(b, "\n");
		} else if (line) {
			rpt_wrap_bullet(b, line, 78, "  - ");
		}
		free(line);
	}
	if (!any)
		return;
	char *t = report_thresholds_text(c);
	struct strbuf l;
	strbuf_init(&l);
	strbuf_printf(&l,
		      "Een praktijk wordt alleen vergeleken over de vragen die in beide sessies "
		      "beantwoord zijn. %s",
		      t ? t : "");
	free(t);
	char *line = strbuf_steal(&l, NULL);
	if (md && line) {
		strbuf_puts(b, "\n");
		rpt_md_escape(b, line);
		strbuf_puts(b, "\n");
	} else if (line) {
		rpt_wrap_into(b, line, 78, "  ");
	}
	free(line);
}

static void render_compare(struct strbuf *b, const struct compare_input *in,
			   const struct compare_data *cd, bool md)
{
	const struct catalogue *c = in->cat;
	char d_old[16], d_new[16];
	compare_date(d_old, sizeof(d_old), in->s_old->created);
	compare_date(d_new, sizeof(d_new), in->s_new->created);
	if (md) {
		strbuf_puts(b, "# Groei: ");
		rpt_md_escape(b, in->q_new->title);
		strbuf_puts(b, "\n\n");
	} else {
		strbuf_printf(b, "Groei: %s\n", in->q_new->title);
	}
	strbuf_printf(b, "Eerder: %s (%s)%s\nNu: %s (%s)%s\n", d_old, in->q_old->id, md ? "  " : "",
		      d_new, in->q_new->id, md ? "" : "");
	if (cd->restricted)
		strbuf_printf(b, "%sVergeleken over de %zu vragen die beide vragenlijsten delen.\n",
			      md ? "\n" : "", cd->common);
	bool any = false;
	for (size_t p = 0; p < c->n_practices; p++) {
		const struct practice_score *a = &cd->old.practices[p], *n = &cd->now.practices[p];
		if (!compared(cd, p))
			continue;
		if (!any)
			strbuf_puts(b, md ? "\n## Per praktijk\n\n| Praktijk | eerder | nu | "
					    "verandering | vragen |\n|---|---:|---:|---:|---:|\n"
					  : "\nPer praktijk (score 0-100, over de vragen die beide "
					    "sessies beantwoordden)\n");
		any = true;
		char so[16], sn[16], diff[16];
		report_number(so, sizeof(so), a->score);
		report_number(sn, sizeof(sn), n->score);
		change_text(diff, sizeof(diff), a, n);
		if (md) {
			strbuf_puts(b, "| ");
			rpt_md_escape(b, c->practices[p].name);
			strbuf_printf(b, " | %s | %s | %s | %zu |\n", so, sn, diff, n->answered);
		} else {
			strbuf_puts(b, "  ");
			rpt_pad_to(b, c->practices[p].name, 44);
			strbuf_printf(b, " %5s -> %5s  %6s  (%zu %s)\n", so, sn, diff, n->answered,
				      n->answered == 1 ? "vraag" : "vragen");
		}
	}
	if (!any)
		strbuf_puts(b, "\nGeen praktijk is in beide sessies genoeg gemeten om te "
			       "vergelijken.\n");
	render_left_out(b, in, cd, md);
	strbuf_puts(b, md ? "\n## Vragen die het meest veranderden\n\n"
			  : "\nVragen die het meest veranderden (waarde 1-5, omgekeerde vragen "
			    "al omgerekend)\n");
	if (md && cd->n_moved)
		strbuf_puts(b, "Waarde 1-5, omgekeerde vragen al omgerekend.\n\n");
	if (!cd->n_moved)
		strbuf_puts(b, md ? "Geen vraag kreeg een ander antwoord.\n"
				  : "  Geen vraag kreeg een ander antwoord.\n");
	for (size_t k = 0; k < cd->n_moved; k++) {
		const struct moved *m = &cd->moved[k];
		const struct item *it = &in->q_new->items[m->item];
		char diff[16];
		snprintf(diff, sizeof(diff), "%+d", m->now - m->old);
		if (md) {
			strbuf_printf(b, "- **%s** (%d -> %d, %s) ", it->id, m->old, m->now, diff);
			rpt_md_escape(b, it->text);
			strbuf_puts(b, "\n");
		} else {
			struct strbuf u;
			strbuf_init(&u);
			strbuf_printf(&u, "%s  %d -> %d (%s)  %s", it->id, m->old, m->now, diff,
				      it->text);
			char *line = strbuf_steal(&u, NULL);
			if (line)
				rpt_wrap_into(b, line, 78, "  ");
			free(line);
		}
	}
}

static char *compare_json(const struct compare_input *in, const struct compare_data *cd,
			  size_t *len)
{
	cJSON *root = cJSON_CreateObject();
	if (!root)
		return NULL;
	bool ok = cJSON_AddStringToObject(root, "format", "spiegel-compare/1") != NULL;
	cJSON *o = cJSON_AddObjectToObject(root, "old");
	ok = ok && o && cJSON_AddStringToObject(o, "questionnaire", in->q_old->id) &&
	     cJSON_AddStringToObject(o, "version", in->q_old->version) &&
	     cJSON_AddStringToObject(o, "created", in->s_old->created);
	cJSON *n = cJSON_AddObjectToObject(root, "new");
	ok = ok && n && cJSON_AddStringToObject(n, "questionnaire", in->q_new->id) &&
	     cJSON_AddStringToObject(n, "version", in->q_new->version) &&
	     cJSON_AddStringToObject(n, "created", in->s_new->created) &&
	     cJSON_AddBoolToObject(root, "restricted", cd->restricted) &&
	     cJSON_AddNumberToObject(root, "common_items", (double)cd->common) &&
	     cJSON_AddNumberToObject(root, "shared_items", (double)cd->shared);
	cJSON *pr = ok ? cJSON_AddArrayToObject(root, "practices") : NULL;
	cJSON *lo = pr ? cJSON_AddArrayToObject(root, "left_out") : NULL;
	ok = ok && pr && lo;
	for (size_t p = 0; ok && p < in->cat->n_practices; p++) {
		const struct practice_score *a = &cd->old.practices[p], *b = &cd->now.practices[p];
		if (!compared(cd, p) && !left_out(cd, p))
			continue;
		cJSON *e = cJSON_CreateObject();
		if (!e || !cJSON_AddItemToArray(compared(cd, p) ? pr : lo, e)) {
			cJSON_Delete(e);
			ok = false;
			break;
		}
		ok = cJSON_AddStringToObject(e, "id", in->cat->practices[p].id) &&
		     cJSON_AddNumberToObject(e, "items", (double)b->answered) &&
		     cJSON_AddNumberToObject(e, "weight_milli", (double)b->weight_milli);
		if (ok && compared(cd, p))
			ok = rpt_json_number(e, "old", a->score) &&
			     rpt_json_number(e, "new", b->score) &&
			     rpt_json_number(e, "change", (double)(b->tenths - a->tenths) / 10.0);
	}
	cJSON *mv = ok ? cJSON_AddArrayToObject(root, "moved") : NULL;
	ok = ok && mv;
	for (size_t k = 0; ok && k < cd->n_moved; k++) {
		cJSON *e = cJSON_CreateObject();
		if (!e || !cJSON_AddItemToArray(mv, e)) {
			cJSON_Delete(e);
			ok = false;
			break;
		}
		ok = cJSON_AddStringToObject(e, "item", in->q_new->items[cd->moved[k].item].id) &&
		     cJSON_AddNumberToObject(e, "old", cd->moved[k].old) &&
		     cJSON_AddNumberToObject(e, "new", cd->moved[k].now);
	}
	if (!ok) {
		cJSON_Delete(root);
		return NULL;
	}
	return rpt_json_finish(root, len);
}

char *report_compare(enum report_format f, const struct compare_input *in, size_t *len)
{
	struct compare_data cd;
	if (!compare_compute(in, &cd))
		return NULL;
	char *out = NULL;
	if (f == REPORT_JSON) {
		out = compare_json(in, &cd, len);
	} else if (f == REPORT_TEXT || f == REPORT_MARKDOWN) {
		struct strbuf b;
		strbuf_init(&b);
		render_compare(&b, in, &cd, f == REPORT_MARKDOWN);
		out = rpt_finish(&b, len);
	}
	compare_free(&cd);
	return out;
}

bool report_compare_practices(const struct compare_input *in, struct compare_practice *out)
{
	struct compare_data cd;
	if (!compare_compute(in, &cd))
		return false;
	for (size_t p = 0; p < in->cat->n_practices; p++) {
		const struct practice_score *a = &cd.old.practices[p], *b = &cd.now.practices[p];
		out[p] = (struct compare_practice){
		    .compared = compared(&cd, p),
		    .old = a->score,
		    .now = b->score,
		    .change_tenths = b->tenths - a->tenths,
		    .items = b->answered,
		};
	}
	compare_free(&cd);
	return true;
}
