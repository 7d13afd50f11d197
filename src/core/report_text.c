/* The session report as plain text (78 columns); also the focus and next
 * steps alone, for plain mode. */
#include "spiegel/report.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report_internal.h"
#include "util.h"

/* The five approaches as bars around a middle line, one line each. */
static void profile_text(struct strbuf *b, const struct report_input *in)
{
	const struct profile_result *p = &in->r->profile;
	const struct profile *pf = in->q->profile;
	if (!p->present)
		return;
	strbuf_printf(b,
		      "\nWeerstandsprofiel (%zu %s)\n"
		      "  Aanpakken: -1 = steeds minst waarschijnlijk, +1 = steeds meest "
		      "waarschijnlijk\n",
		      p->scenarios, p->scenarios == 1 ? "situatie" : "situaties");
	rpt_approach_chart(b, in->q, p, "  ");
	char *sum = report_profile_summary(in->q, p);
	if (sum) {
		strbuf_puts(b, "\n");
		rpt_wrap_into(b, sum, 78, "  ");
	}
	free(sum);
	bool any = false;
	for (size_t k = 0; k < STEP_ARGUMENTEREN; k++)
		any |= p->has_step[k];
	if (any) {
		strbuf_puts(b, "\n  Vier stappen (0-100)\n");
		for (size_t k = 0; k < STEP_ARGUMENTEREN; k++) {
			if (!p->has_step[k])
				continue;
			char num[16];
			format_tenths_nl(num, sizeof(num), p->step_score[k]);
			strbuf_puts(b, "  ");
			rpt_pad_to(b, pf->steps[k].name, 26);
			rpt_plain_bar(b, p->step_score[k]);
			strbuf_printf(b, " %5s\n", num);
		}
	}
	any = false;
	for (size_t k = 0; k < p->n_sections; k++)
		any |= p->has_section[k];
	if (any) {
		strbuf_puts(b, "\n  Onderdelen (0-100)\n");
		for (size_t k = 0; k < p->n_sections; k++) {
			if (!p->has_section[k])
				continue;
			char num[16];
			format_tenths_nl(num, sizeof(num), p->section_score[k]);
			rpt_wrap_into(b, in->q->sections[k].title, 78, "  ");
			strbuf_puts(b, "  ");
			rpt_pad_to(b, "", 26);
			rpt_plain_bar(b, p->section_score[k]);
			strbuf_printf(b, " %5s\n", num);
		}
	}
	if (p->n_rules) {
		strbuf_puts(b, "\n  Wat opvalt\n");
		for (size_t i = 0; i < p->n_rules; i++)
			rpt_wrap_bullet(b, p->rules[i]->text, 78, "  - ");
	}
}

/* Practices without a score, per reason, as wrapped text lines. */
static void coverage_text(struct strbuf *b, const struct report_input *in)
{
	const struct catalogue *c = in->cat;
	struct report_coverage cv;
	if (!report_coverage_groups(in->content, c, in->q, in->r, &cv)) {
		b->failed = true;
		return;
	}
	for (size_t k = 0; k < 2; k++) {
		const struct report_coverage_group *g = &cv.groups[k];
		if (g->n)
			strbuf_printf(b, "  %s (geen score):\n", g->heading);
		for (size_t i = 0; i < g->n; i++) {
			const char *d = g->rows[i].detail;
			struct strbuf l;
			strbuf_init(&l);
			strbuf_printf(&l, "%s%s%s", c->practices[g->rows[i].practice].name,
				      *d ? ": " : "", d);
			char *line = strbuf_steal(&l, NULL);
			if (line)
				rpt_wrap_bullet(b, line, 78, "    - ");
			free(line);
		}
	}
	if (cv.unmeasured)
		rpt_wrap_into(b, cv.unmeasured, 78, "  ");
	if (cv.thresholds) {
		char *t = report_thresholds_text(c);
		if (t)
			rpt_wrap_into(b, t, 78, "  ");
		free(t);
	}
	report_coverage_finish(&cv);
}

static void practices_text(struct strbuf *b, const struct report_input *in)
{
	const struct catalogue *c = in->cat;
	const struct score_result *r = in->r;
	strbuf_puts(b, "\nLeiderschapspraktijken (score 0-100)\n");
	struct report_scored s;
	size_t n = 0;
	for (size_t p = 0; report_next_scored(c, r, &p, &s); p++, n++) {
		strbuf_printf(b, "%s%s\n    ", s.focus ? "* " : "  ", s.name);
		rpt_plain_bar(b, s.ps->score);
		strbuf_printf(b, " %5s  ", s.score);
		rpt_pad_to(b, s.level, 16);
		strbuf_printf(b, "(%zu %s)\n", s.ps->answered, s.items);
	}
	if (!n)
		strbuf_puts(b, "  Nog geen praktijk is genoeg gemeten voor een score.\n");
	coverage_text(b, in);
}

static void focus_text(struct strbuf *b, const struct report_input *in)
{
	strbuf_puts(b, in->r->n_focus ? "\nFocus (met * gemarkeerd)\n" : "\nFocus\n");
	char *t = report_focus_text(in->cat, in->r);
	if (t)
		rpt_wrap_into(b, t, 78, "  ");
	free(t);
	if (in->r->focus_how == FOCUS_UNCLEAR) {
		struct strbuf h;
		strbuf_init(&h);
		rpt_choose_hint(&h, in);
		char *line = strbuf_steal(&h, NULL);
		if (line)
			rpt_wrap_into(b, line, 78, "  ");
		free(line);
	}
}

static void qualities_text(struct strbuf *b, const struct report_input *in)
{
	if (!in->cat->n_qualities)
		return;
	strbuf_puts(b, "\nPersoonlijke kwaliteiten (0-100, zonder niveau)\n");
	for (size_t k = 0; k < in->cat->n_qualities; k++) {
		char *line = rpt_quality_line(in->cat, in->r, k);
		if (line)
			rpt_wrap_bullet(b, line, 78, "  - ");
		free(line);
	}
}

static void header_text(struct strbuf *b, const struct report_input *in)
{
	const struct session *s = in->s;
	strbuf_printf(b, "spiegel - %s\n", in->q->title);
	char begun[48];
	format_dutch_date(begun, sizeof(begun), s->created);
	strbuf_printf(b, "Sessie %s, begonnen %s\n%zu van %zu vragen beantwoord%s\n", s->id, begun,
		      session_count_answered(s, in->q), in->q->n_items,
		      s->finished ? "" : " (nog niet afgerond)");
	if (s->participant[0])
		strbuf_printf(b, "Deelnemer: %s\n", s->participant);
}

static void steps_text(struct strbuf *b, const struct report_input *in)
{
	const struct catalogue *c = in->cat;
	const struct score_result *r = in->r;
	if (r->n_steps) {
		strbuf_puts(b, "\nVolgende stappen\n");
		for (size_t i = 0; i < r->n_steps; i++) {
			const struct next_step *st = r->steps[i].step;
			char src[512];
			content_source_format(&st->source, src, sizeof(src));
			char head[600], bron[600];
			snprintf(head, sizeof(head), "%zu. %s (%s)", i + 1, st->title,
				 report_step_origin(c, &r->steps[i]));
			snprintf(bron, sizeof(bron), "Bron: %s", src);
			utf8_trim(head);
			utf8_trim(bron);
			rpt_wrap_into(b, head, 78, "");
			rpt_wrap_into(b, st->text, 78, "    ");
			rpt_wrap_into(b, bron, 78, "    ");
		}
	}
}

static void reflections_text(struct strbuf *b, const struct report_input *in)
{
	bool header = false;
	for (size_t i = 0; i < in->q->n_items; i++) {
		const struct item *it = &in->q->items[i];
		struct answer a = session_get(in->s, it->id);
		if (it->type != ITEM_OPEN || a.kind != ANSWER_TEXT || !a.text[0])
			continue;
		if (!header)
			strbuf_puts(b, "\nJouw reflecties\n");
		header = true;
		rpt_wrap_into(b, it->text, 76, "  ");
		rpt_wrap_into(b, a.text, 76, "    > ");
	}
}

void rpt_render_text(struct strbuf *b, const struct report_input *in)
{
	header_text(b, in);
	/* a profile is the outcome of its questionnaire: it comes first */
	profile_text(b, in);
	practices_text(b, in);
	qualities_text(b, in);
	focus_text(b, in);
	steps_text(b, in);
	reflections_text(b, in);
}

char *report_focus_steps(const struct report_input *in)
{
	struct strbuf b;
	strbuf_init(&b);
	focus_text(&b, in);
	steps_text(&b, in);
	return rpt_finish(&b, NULL);
}
