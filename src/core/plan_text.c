/* The plain outputs of voornemens: the list of `spiegel plan` and one
 * voornemen in full (`spiegel plan show`). Dates through date_format, the
 * one formatter of dates a user reads. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plan_internal.h"
#include "report_internal.h"
#include "spiegel/date.h"
#include "util.h"

#define WIDTH 78

void plan_signed(char *buf, size_t size, long tenths)
{
	report_signed_number(buf, size, (double)tenths / 10.0);
}

const char *plan_q_title(const struct content *c, const char *id)
{
	const struct questionnaire *q = c && id ? content_find(c, id) : NULL;
	return q ? q->title : id ? id : "";
}

const char *plan_practice_name(const struct content *c, const char *id)
{
	int p = c ? content_practice_index(c->catalogue, id) : -1;
	return p >= 0 ? c->catalogue->practices[p].name : id;
}

/* "Visiegestuurd werken en Werken aan onderwijskwaliteit" */
static void practices_line(struct strbuf *b, const struct plan *p, const struct content *c)
{
	for (size_t i = 0; i < p->n_practices; i++)
		strbuf_printf(b, "%s%s",
			      i == 0			? ""
			      : i + 1 == p->n_practices ? " en "
							: ", ",
			      plan_practice_name(c, p->practices[i]));
}

static void wrap(struct strbuf *b, const char *text, const char *indent)
{
	rpt_wrap_into(b, text, WIDTH, indent);
}

/* A labelled field: "Eerste stap: ..." wrapped under indent. */
static void field(struct strbuf *b, const char *indent, const char *label, const char *text)
{
	struct strbuf l;
	strbuf_init(&l);
	strbuf_printf(&l, "%s: %s", label, text);
	char *s = strbuf_steal(&l, NULL);
	if (s)
		wrap(b, s, indent);
	free(s);
}

/* "15-12-2026 (over 5 dagen)" */
static void when(char *buf, size_t size, long day, long today)
{
	char d[DATE_BUF], r[48];
	date_format(day, d, sizeof(d));
	date_relative(day, today, r, sizeof(r));
	snprintf(buf, size, "%s (%s)", d, r);
}

/* The redo line of a closed voornemen: when to redo the questionnaire, or
 * that it was redone. "" when there is nothing to say. */
static void redo_line(struct strbuf *b, const struct plan *p, long today, const struct content *c,
		      const struct session *redone, const char *indent)
{
	long from;
	if (!plan_redo_from(p, &from))
		return;
	struct strbuf l;
	strbuf_init(&l);
	const char *title = plan_q_title(c, p->questionnaire);
	char d[DATE_BUF];
	if (redone) {
		long day;
		if (date_from_stamp(redone->created, &day))
			date_format(day, d, sizeof(d));
		else
			snprintf(d, sizeof(d), "?");
		strbuf_printf(&l,
			      "Je deed \"%s\" opnieuw op %s. Wat er veranderde: spiegel plan show "
			      "%s",
			      title, d, p->id);
	} else if (from <= today) {
		strbuf_printf(&l, "Tijd om \"%s\" opnieuw te doen: spiegel start %s", title,
			      p->questionnaire);
	} else {
		date_format(from, d, sizeof(d));
		strbuf_printf(&l, "\"%s\" opnieuw doen kan vanaf %s (spiegel start %s).", title, d,
			      p->questionnaire);
	}
	char *s = strbuf_steal(&l, NULL);
	if (s)
		wrap(b, s, indent);
	free(s);
}

char *plan_list_text(struct plan *const *v, size_t n, long today, const struct content *c,
		     const struct session *const *sessions, size_t n_sessions)
{
	struct strbuf b;
	strbuf_init(&b);
	char d[DATE_BUF];
	date_format(today, d, sizeof(d));
	if (n == 0) {
		strbuf_puts(&b, "Je hebt nog geen voornemens.\n");
		wrap(
		    &b,
		    "Maak er een op het resultatenscherm van een vragenlijst (v), na de resultaten "
		    "in de modus --plain, of uit een sessie die je al deed: spiegel plan new "
		    "SESSIE.",
		    "");
		return rpt_finish(&b, NULL);
	}
	strbuf_printf(&b, "Je voornemens op %s\n", d);
	static const char *const heads[] = {"Tijd om terug te kijken", "Tijd om terug te kijken",
					    "Gepland", "Afgesloten"};
	int last = -1;
	size_t due = 0;
	for (size_t i = 0; i < n; i++) {
		const struct plan *p = v[i];
		enum plan_due st = plan_due(p, today);
		if (st == PLAN_DUE_LATE || st == PLAN_DUE_TODAY)
			due++;
		int head = st == PLAN_DUE_TODAY ? PLAN_DUE_LATE : (int)st;
		if (head != last)
			strbuf_printf(&b, "\n%s\n", heads[head]);
		last = head;
		char w[96];
		if (st == PLAN_DUE_CLOSED) {
			date_format(p->closed_date, d, sizeof(d));
			snprintf(w, sizeof(w), "afgesloten op %s", d);
		} else {
			when(w, sizeof(w), p->date, today);
		}
		strbuf_printf(&b, "  %s  %s\n", p->id, w);
		wrap(&b, p->text, "      ");
		if (p->n_practices || p->questionnaire) {
			struct strbuf l;
			strbuf_init(&l);
			if (p->questionnaire)
				strbuf_printf(&l, "uit \"%s\"%s", plan_q_title(c, p->questionnaire),
					      p->n_practices ? ", over " : "");
			practices_line(&l, p, c);
			char *s = strbuf_steal(&l, NULL);
			if (s)
				wrap(&b, s, "      ");
			free(s);
		}
		if (st == PLAN_DUE_CLOSED)
			redo_line(&b, p, today, c, plan_redone(p, sessions, n_sessions), "      ");
	}
	strbuf_puts(&b, "\n");
	if (due)
		wrap(&b,
		     due == 1 ? "Kijk terug op je voornemen met: spiegel plan update ID."
			      : "Kijk terug op een voornemen met: spiegel plan update ID.",
		     "");
	wrap(&b, "Alles van een voornemen: spiegel plan show ID.", "");
	return rpt_finish(&b, NULL);
}

static const char *next_text(const struct plan_review *r, char *buf, size_t size)
{
	char d[DATE_BUF];
	switch (r->next) {
	case PLAN_NEXT_CONTINUE:
		date_format(r->next_date, d, sizeof(d));
		snprintf(buf, size, "doorgaan, nieuwe datum %s", d);
		break;
	case PLAN_NEXT_NEW:
		snprintf(buf, size, "een nieuw voornemen (%s)", r->followup);
		break;
	case PLAN_NEXT_CLOSE:
		snprintf(buf, size, "afgesloten");
		break;
	}
	return buf;
}

/* The change in p's practices between the session it came from and the
 * one that redid its questionnaire, by spiegel compare's rule. */
static void change_section(struct strbuf *b, const struct plan *p, const struct content *c,
			   const struct plan_change *ch)
{
	const struct catalogue *cat = c->catalogue;
	struct compare_input in = {cat, ch->q_old, ch->q_new, ch->s_old, ch->s_new};
	struct compare_practice *cp = calloc(cat->n_practices + 1, sizeof(*cp));
	if (!cp || !report_compare_practices(&in, cp)) {
		free(cp);
		b->failed = true;
		return;
	}
	char d_old[DATE_BUF] = "?", d_new[DATE_BUF] = "?";
	long day;
	if (date_from_stamp(ch->s_old->created, &day))
		date_format(day, d_old, sizeof(d_old));
	if (date_from_stamp(ch->s_new->created, &day))
		date_format(day, d_new, sizeof(d_new));
	strbuf_printf(b, "\nWat er veranderde (%s: %s en %s)\n", plan_q_title(c, p->questionnaire),
		      d_old, d_new);
	bool any = false;
	for (size_t i = 0; i < p->n_practices; i++) {
		int k = content_practice_index(cat, p->practices[i]);
		if (k < 0)
			continue;
		any = true;
		const struct compare_practice *e = &cp[k];
		strbuf_puts(b, "  ");
		rpt_pad_to(b, cat->practices[k].name, 44);
		if (e->compared) {
			char so[16], sn[16], df[16];
			report_number(so, sizeof(so), e->old);
			report_number(sn, sizeof(sn), e->now);
			plan_signed(df, sizeof(df), e->change_tenths);
			strbuf_printf(b, " %5s -> %5s  %6s  (%zu %s)\n", so, sn, df, e->items,
				      e->items == 1 ? "vraag" : "vragen");
		} else {
			strbuf_puts(b, " niet te vergelijken\n");
		}
	}
	if (!any)
		strbuf_puts(b, "  Dit voornemen gaat niet over een praktijk met een score.\n");
	wrap(b,
	     "Vergeleken over de vragen die je beide keren beantwoordde; een praktijk die daarop "
	     "niet genoeg gemeten is, wordt niet vergeleken.",
	     "  ");
	strbuf_printf(b, "  Alles: spiegel compare %s %s\n", ch->s_old->id, ch->s_new->id);
	free(cp);
}

char *plan_show_text(const struct plan *p, long today, const struct content *c,
		     const struct plan_change *ch)
{
	struct strbuf b;
	strbuf_init(&b);
	char w[96], d[DATE_BUF];
	strbuf_printf(&b, "Voornemen %s\n", p->id);
	wrap(&b, p->text, "  ");
	strbuf_puts(&b, "\n");
	if (p->questionnaire) {
		struct strbuf l;
		strbuf_init(&l);
		strbuf_printf(&l, "\"%s\", sessie %s", plan_q_title(c, p->questionnaire),
			      p->session);
		if (p->session_date != DATE_NONE) {
			date_format(p->session_date, d, sizeof(d));
			strbuf_printf(&l, " van %s", d);
		}
		char *s = strbuf_steal(&l, NULL);
		if (s)
			field(&b, "", "Uit", s);
		free(s);
	}
	if (p->n_practices) {
		struct strbuf l;
		strbuf_init(&l);
		practices_line(&l, p, c);
		char *s = strbuf_steal(&l, NULL);
		if (s)
			field(&b, "", "Over", s);
		free(s);
	}
	if (p->previous[0])
		field(&b, "", "Volgt op", p->previous);
	field(&b, "", "Eerste stap", p->action);
	when(w, sizeof(w), p->date, today);
	field(&b, "", p->closed ? "Datum" : "Wanneer", w);
	field(&b, "", "Met wie", p->with[0] ? p->with : "(niet ingevuld)");
	field(&b, "", "Hoe je merkt dat het werkt", p->sign[0] ? p->sign : "(niet ingevuld)");
	if (p->closed) {
		date_format(p->closed_date, d, sizeof(d));
		strbuf_printf(&b, "Status: afgesloten op %s\n", d);
	} else {
		enum plan_due st = plan_due(p, today);
		if (st == PLAN_DUE_LATER)
			strbuf_puts(&b, "Status: open\n");
		else
			strbuf_printf(&b,
				      "Status: open, tijd om terug te kijken (spiegel plan update "
				      "%s)\n",
				      p->id);
	}
	for (size_t i = 0; i < p->n_reviews; i++) {
		const struct plan_review *r = &p->reviews[i];
		if (i == 0)
			strbuf_puts(&b, "\nTerugblikken\n");
		date_format(r->date, d, sizeof(d));
		strbuf_printf(&b, "  %s: %s\n", d, plan_result_name(r->result));
		if (r->happened[0])
			field(&b, "    ", "Wat er gebeurde", r->happened);
		if (r->learned[0])
			field(&b, "    ", "Wat je leerde", r->learned);
		field(&b, "    ", "Hoe verder", next_text(r, w, sizeof(w)));
	}
	if (p->closed && ch && c) {
		change_section(&b, p, c, ch);
	} else if (p->closed) {
		strbuf_puts(&b, "\n");
		redo_line(&b, p, today, c, NULL, "");
	}
	return rpt_finish(&b, NULL);
}
