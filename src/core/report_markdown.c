/* The session report as markdown. */
#include "spiegel/report.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report_internal.h"
#include "util.h"

static void profile_markdown(struct strbuf *b, const struct report_input *in)
{
	const struct profile_result *p = &in->r->profile;
	const struct profile *pf = in->q->profile;
	if (!p->present)
		return;
	strbuf_printf(b,
		      "\n## Weerstandsprofiel\n\nAanpakken over %zu %s: -1 = steeds minst "
		      "waarschijnlijk, +1 = steeds meest waarschijnlijk.\n\n```\n",
		      p->scenarios, p->scenarios == 1 ? "situatie" : "situaties");
	rpt_approach_chart(b, in->q, p, "");
	strbuf_puts(b, "```\n\n| Aanpak | Score | Meest | Minst |\n|---|---:|---:|---:|\n");
	for (size_t k = 0; k < N_APPROACHES; k++) {
		char num[16];
		report_signed_number(num, sizeof(num), p->approach_shown[k]);
		strbuf_puts(b, "| ");
		rpt_md_escape(b, pf->approaches[k].name);
		strbuf_printf(b, " | %s | %zu | %zu |\n", p->scenarios ? num : "-", p->most[k],
			      p->least[k]);
	}
	char *sum = report_profile_summary(in->q, p);
	if (sum) {
		strbuf_puts(b, "\n");
		rpt_md_escape(b, sum);
		strbuf_puts(b, "\n");
	}
	free(sum);
	bool any = false;
	for (size_t k = 0; k < STEP_ARGUMENTEREN; k++)
		any |= p->has_step[k];
	for (size_t k = 0; k < p->n_sections; k++)
		any |= p->has_section[k];
	if (any) {
		strbuf_puts(b, "\n| Stap of onderdeel | Score (0-100) |\n|---|---:|\n");
		for (size_t k = 0; k < STEP_ARGUMENTEREN; k++) {
			if (!p->has_step[k])
				continue;
			char num[16];
			format_tenths_nl(num, sizeof(num), p->step_score[k]);
			strbuf_puts(b, "| Stap: ");
			rpt_md_escape(b, pf->steps[k].name);
			strbuf_printf(b, " | %s |\n", num);
		}
		for (size_t k = 0; k < p->n_sections; k++) {
			if (!p->has_section[k])
				continue;
			char num[16];
			format_tenths_nl(num, sizeof(num), p->section_score[k]);
			strbuf_puts(b, "| ");
			rpt_md_escape(b, in->q->sections[k].title);
			strbuf_printf(b, " | %s |\n", num);
		}
	}
	if (p->n_rules) {
		strbuf_puts(b, "\n### Wat opvalt\n\n");
		for (size_t i = 0; i < p->n_rules; i++) {
			strbuf_puts(b, "- ");
			rpt_md_escape(b, p->rules[i]->text);
			strbuf_puts(b, "\n");
		}
	}
}

static void practices_markdown(struct strbuf *b, const struct report_input *in)
{
	const struct catalogue *c = in->cat;
	const struct score_result *r = in->r;
	strbuf_puts(b, "\n## Leiderschapspraktijken\n\n");
	struct report_scored s;
	size_t n = 0;
	for (size_t p = 0; report_next_scored(c, r, &p, &s); p++, n++) {
		if (!n)
			strbuf_puts(b, "| Praktijk | Score (0-100) | Niveau | Vragen |\n"
				       "|---|---:|---|---:|\n");
		strbuf_puts(b, s.focus ? "| **" : "| ");
		rpt_md_escape(b, s.name);
		strbuf_printf(b, "%s | %s | ", s.focus ? "** (focus)" : "", s.score);
		rpt_md_escape(b, s.level);
		strbuf_printf(b, " | %zu |\n", s.ps->answered);
	}
	if (!n)
		strbuf_puts(b, "Nog geen praktijk is genoeg gemeten voor een score.\n");
	struct report_coverage cv;
	if (!report_coverage_groups(in->content, c, in->q, r, &cv)) {
		b->failed = true;
		return;
	}
	for (size_t k = 0; k < REPORT_COVERAGE_GROUPS; k++) {
		const struct report_coverage_group *g = &cv.groups[k];
		if (g->n) {
			strbuf_puts(b, "\n**");
			rpt_md_escape(b, g->heading);
			strbuf_puts(b, "** (geen score)\n\n");
		}
		for (size_t i = 0; i < g->n; i++) {
			strbuf_puts(b, "- ");
			rpt_md_escape(b, c->practices[g->rows[i].practice].name);
			if (*g->rows[i].detail) {
				strbuf_puts(b, ": ");
				rpt_md_escape(b, g->rows[i].detail);
			}
			strbuf_puts(b, "\n");
		}
	}
	if (cv.thresholds) {
		char *t = report_thresholds_text(c);
		strbuf_puts(b, "\n");
		if (t)
			rpt_md_escape(b, t);
		strbuf_puts(b, "\n");
		free(t);
	}
	report_coverage_finish(&cv);
}

static void focus_markdown(struct strbuf *b, const struct report_input *in)
{
	strbuf_puts(b, "\n## Focus\n\n");
	char *t = report_focus_text(in->cat, in->r);
	if (t)
		rpt_md_escape(b, t);
	free(t);
	strbuf_puts(b, "\n");
	if (in->r->focus_how == FOCUS_UNCLEAR) {
		struct strbuf h;
		strbuf_init(&h);
		rpt_choose_hint(&h, in);
		char *line = strbuf_steal(&h, NULL);
		strbuf_puts(b, "\n");
		if (line)
			rpt_md_escape(b, line);
		strbuf_puts(b, "\n");
		free(line);
	}
}

static void qualities_markdown(struct strbuf *b, const struct report_input *in)
{
	if (!in->cat->n_qualities)
		return;
	strbuf_puts(b, "\n## Persoonlijke kwaliteiten\n\nScore 0-100, zonder niveau.\n\n");
	for (size_t k = 0; k < in->cat->n_qualities; k++) {
		char *line = rpt_quality_line(in->cat, in->r, k);
		strbuf_puts(b, "- ");
		if (line)
			rpt_md_escape(b, line);
		strbuf_puts(b, "\n");
		free(line);
	}
}

void rpt_render_markdown(struct strbuf *b, const struct report_input *in)
{
	const struct catalogue *c = in->cat;
	const struct score_result *r = in->r;
	const struct session *s = in->s;
	strbuf_puts(b, "# ");
	rpt_md_escape(b, in->q->title);
	strbuf_puts(b, ": spiegel-rapport\n\n");
	char begun[48];
	format_dutch_date(begun, sizeof(begun), s->created);
	strbuf_printf(b, "- Sessie: `%s`\n- Begonnen: %s\n- Beantwoord: %zu van %zu vragen%s\n",
		      s->id, begun, session_count_answered(s, in->q), in->q->n_items,
		      s->finished ? "" : " (nog niet afgerond)");
	if (s->participant[0]) {
		strbuf_puts(b, "- Deelnemer: ");
		rpt_md_escape(b, s->participant);
		strbuf_puts(b, "\n");
	}
	profile_markdown(b, in);
	practices_markdown(b, in);
	qualities_markdown(b, in);
	focus_markdown(b, in);
	if (r->n_steps) {
		strbuf_puts(b, "\n## Volgende stappen\n\n");
		for (size_t i = 0; i < r->n_steps; i++) {
			const struct next_step *st = r->steps[i].step;
			char src[512];
			content_source_format(&st->source, src, sizeof(src));
			strbuf_printf(b, "%zu. **", i + 1);
			rpt_md_escape(b, st->title);
			strbuf_puts(b, "** (");
			rpt_md_escape(b, report_step_origin(c, &r->steps[i]));
			strbuf_puts(b, "): ");
			rpt_md_escape(b, st->text);
			strbuf_puts(b, "  \n   *Bron: ");
			rpt_md_escape(b, src);
			strbuf_puts(b, "*\n");
		}
	}
	bool header = false;
	for (size_t i = 0; i < in->q->n_items; i++) {
		const struct item *it = &in->q->items[i];
		struct answer a = session_get(s, it->id);
		if (it->type != ITEM_OPEN || a.kind != ANSWER_TEXT || !a.text[0])
			continue;
		if (!header)
			strbuf_puts(b, "\n## Reflecties\n");
		header = true;
		strbuf_puts(b, "\n**");
		rpt_md_escape(b, it->text);
		strbuf_puts(b, "**\n\n> ");
		rpt_md_escape_in(b, a.text, "> ");
		strbuf_puts(b, "\n");
	}
}
