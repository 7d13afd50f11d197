/* Group reports (doc/report-format.md): the dispatcher and what the formats
 * share. One file per format: report_group_text.c, report_group_md.c,
 * report_group_html.c, report_group_json.c and report_csv.c; one person's
 * growth (compare) is in report_compare.c. */
#include "spiegel/report.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report_group_internal.h"

bool report_group_format_parse(const char *name, enum report_format *out)
{
	if (strcmp(name, "html") == 0)
		*out = REPORT_HTML;
	else if (strcmp(name, "csv") == 0)
		*out = REPORT_CSV;
	else
		return report_format_parse(name, out);
	return true;
}

bool grp_practice_row(const struct group *g, struct practice_row *row)
{
	for (; row->p < g->cat->n_practices; row->p++) {
		row->st = &g->practices[row->p];
		if (row->st->n) {
			grp_stat_text(row->st, &row->t);
			return true;
		}
	}
	return false;
}

const char *grp_plural(size_t n, const char *one, const char *more)
{
	return n == 1 ? one : more;
}

void grp_stat_text(const struct group_stat *st, struct stat_text *t)
{
	/* for people: text, Markdown, HTML (JSON and CSV take the numbers) */
	format_tenths_nl(t->mean, sizeof(t->mean), st->mean);
	format_tenths_nl(t->median, sizeof(t->median), st->median);
	format_tenths_nl(t->sd, sizeof(t->sd), st->sd);
	format_tenths_nl(t->min, sizeof(t->min), st->min);
	format_tenths_nl(t->max, sizeof(t->max), st->max);
}

char *grp_label_of(char *buf, size_t size, size_t k)
{
	snprintf(buf, size, "%zu", k);
	return buf;
}

/* The label of option k of a likert item ("1 nooit") or "nvt". */
static const char *likert_label(const struct item *it, size_t k, char *buf, size_t size)
{
	if (k == CONTENT_SCALE_POINTS)
		return "niet van toepassing";
	snprintf(buf, size, "%zu %s", k + 1, it->scale[k]);
	utf8_trim(buf);
	return buf;
}

size_t grp_item_dist(const struct group *g, size_t i, struct dist_entry *out, size_t max)
{
	const struct item *it = &g->q->items[i];
	const struct group_item *gi = &g->items[i];
	size_t n = 0;
	for (size_t k = 0; k < gi->n_counts && n < max; k++) {
		if (it->type == ITEM_LIKERT && k == CONTENT_SCALE_POINTS && !it->na)
			continue;
		struct dist_entry *e = &out[n++];
		e->count = gi->counts[k];
		e->least = gi->least ? gi->least[k] : 0;
		if (it->type == ITEM_LIKERT)
			e->label = likert_label(it, k, e->buf, sizeof(e->buf));
		else
			e->label = it->options[k].label;
	}
	return n;
}

void grp_put_plain(struct strbuf *b, const char *s)
{
	strbuf_puts(b, s);
}

/* "Eerste stap: herkennen 10%, ..." for the first steps and the sources. */
void grp_item_view(const struct group_report_input *in, size_t i, struct item_view *v)
{
	const struct group *g = in->g;
	v->it = &g->q->items[i];
	v->gi = &g->items[i];
	size_t j = group_base_item(g, in->baseline, in->min_group, i);
	v->bi = j != GROUP_NO_ITEM ? &in->baseline->items[j] : NULL;
	v->title = v->it->type == ITEM_SCENARIO && v->it->title ? v->it->title : v->it->text;
	v->scen = v->it->type == ITEM_SCENARIO;
	v->n = 0;
	if (v->it->type == ITEM_OPEN)
		return;
	v->n = grp_item_dist(g, i, v->d, MAX_DIST);
	size_t m = v->bi ? grp_item_dist(in->baseline, j, v->e, MAX_DIST) : 0;
	if (v->bi && m != v->n)
		v->bi = NULL; /* the same item: never, but never misalign */
}

void grp_shares(struct strbuf *b, const char *label, const struct named *names,
		const size_t *counts, size_t n, size_t total, escape_fn esc)
{
	strbuf_puts(b, label);
	for (size_t k = 0; k < n; k++) {
		strbuf_puts(b, k ? ", " : "");
		esc(b, names[k].name);
		strbuf_printf(b, " %ld%%", group_percent(counts[k], total));
	}
	strbuf_puts(b, ".");
}

void grp_profile_count(struct strbuf *b, const struct group *g)
{
	const struct group_profile *gp = &g->profile;
	strbuf_printf(b, "%zu %s, %zu situaties samen", gp->participants,
		      grp_plural(gp->participants, "deelnemer", "deelnemers"), gp->scenarios);
}

void grp_profile_shares(struct strbuf *b, const struct group *g, const char *before,
			const char *after, escape_fn esc)
{
	const struct group_profile *gp = &g->profile;
	const struct profile *pf = g->q->profile;
	if (gp->first_n) {
		strbuf_puts(b, before);
		grp_shares(b, "Eerste stap: ", pf->steps, gp->first, N_WSTEPS, gp->first_n, esc);
		strbuf_puts(b, after);
	}
	if (gp->source_n) {
		strbuf_puts(b, before);
		grp_shares(b, "Gezochte bron van weerstand: ", pf->sources, gp->source, N_WSOURCES,
			   gp->source_n, esc);
		strbuf_puts(b, after);
	}
}

char *report_group_skipped(size_t skipped, const struct group_skips *why)
{
	struct strbuf b;
	strbuf_init(&b);
	if (!skipped)
		return strbuf_steal(&b, NULL);
	size_t known =
	    why->other + why->duplicate + why->invalid + why->unreadable + why->unvisited;
	if (known != skipped) {
		strbuf_printf(&b, "Niet meegeteld: %zu %s.", skipped,
			      grp_plural(skipped, "bestand", "bestanden"));
		return strbuf_steal(&b, NULL);
	}
	struct {
		size_t n;
		const char *one, *more;
	} part[] = {
	    {why->other, "bestand van een andere vragenlijst of versie",
	     "bestanden van een andere vragenlijst of versie"},
	    {why->duplicate, "dubbel ingeleverd bestand (het telt één keer mee)",
	     "dubbel ingeleverde bestanden (elk telt één keer mee)"},
	    {why->invalid, "bestand met antwoorden die niet bij de vragenlijst passen",
	     "bestanden met antwoorden die niet bij de vragenlijst passen"},
	    {why->unreadable, "onleesbaar bestand (geen sessie- of inleverbestand van spiegel)",
	     "onleesbare bestanden (geen sessie- of inleverbestanden van spiegel)"},
	    {why->unvisited,
	     "pad dat niet is gelezen (een koppeling naar een map, een te diep geneste map of "
	     "geen gewoon bestand)",
	     "paden die niet zijn gelezen (koppelingen naar een map, te diep geneste mappen of "
	     "geen gewone bestanden)"},
	};
	size_t n = sizeof(part) / sizeof(part[0]), left = 0;
	for (size_t k = 0; k < n; k++)
		left += part[k].n > 0;
	strbuf_puts(&b, "Niet meegeteld: ");
	for (size_t k = 0; k < n; k++) {
		if (!part[k].n)
			continue;
		strbuf_printf(&b, "%zu %s", part[k].n,
			      grp_plural(part[k].n, part[k].one, part[k].more));
		left--;
		strbuf_puts(&b, left > 1 ? ", " : left == 1 ? " en " : ".");
	}
	return strbuf_steal(&b, NULL);
}

const char *grp_privacy_line(const struct group *g)
{
	return g->names ? "Op verzoek (--names) staan bij de gedeelde antwoorden de namen of "
			  "codes van de deelnemers. Privé-antwoorden staan er nooit in."
			: "Dit rapport laat alleen de groep zien: geen namen, en geen open "
			  "antwoorden behalve die de deelnemers zelf hebben gedeeld.";
}

bool grp_change_row(const struct group_report_input *in, struct change_row *row)
{
	for (; row->p < in->g->cat->n_practices; row->p++) {
		if (!group_compared(in->g, in->baseline, in->min_group, row->p, &row->now,
				    &row->base))
			continue;
		format_tenths_nl(row->base_mean, sizeof(row->base_mean), row->base->mean);
		format_tenths_nl(row->now_mean, sizeof(row->now_mean), row->now->mean);
		report_change_text(row->change, sizeof(row->change), row->now, row->base);
		return true;
	}
	return false;
}

void grp_change_section(struct strbuf *b, const struct group_report_input *in,
			const struct change_format *f)
{
	const struct group *g = in->g;
	if (!group_baseline_shown(in->baseline, in->min_group))
		return;
	strbuf_puts(b, f->heading);
	if (!g->n_common) {
		strbuf_puts(b, f->no_common);
		strbuf_puts(b, f->end);
		return;
	}
	strbuf_printf(b, "%s%zu %s%s", f->legend_head, g->n_common, rpt_vragen(g->n_common),
		      f->legend_tail);
	bool any = false;
	struct change_row r = {0};
	for (; grp_change_row(in, &r); r.p++) {
		if (!any)
			strbuf_puts(b, f->table_head);
		any = true;
		f->row(b, g, &r);
	}
	strbuf_puts(b, any ? f->table_end : f->no_rows);
	strbuf_puts(b, f->end);
}

/* What the comparison with the baseline rests on, in one or two sentences. */
void grp_comparison_basis(struct strbuf *b, const struct group *g)
{
	if (!g->n_common) {
		strbuf_puts(b, "De twee metingen hebben geen vragen gemeen, dus er is geen "
			       "verandering te berekenen.");
		return;
	}
	strbuf_printf(b,
		      "Beide metingen delen %zu %s; alleen daarover gaat de verandering sinds "
		      "de nulmeting. De scores per praktijk zijn die van elke meting zelf, over "
		      "al haar vragen.",
		      g->n_common, rpt_vragen(g->n_common));
}

void grp_header(struct strbuf *b, const struct group_report_input *in, bool md)
{
	const struct group *g = in->g;
	if (md)
		strbuf_puts(b, "# Groepsrapport: ");
	else
		strbuf_puts(b, "Groepsrapport: ");
	if (md)
		rpt_md_escape(b, g->q->title);
	else
		strbuf_puts(b, g->q->title);
	strbuf_printf(b, "\n%sVragenlijst %s, versie %s.\n", md ? "\n" : "", g->q->id,
		      g->q->version);
	strbuf_printf(b, "%sDeelnemers: %zu, van wie %zu de vragenlijst helemaal hebben afgerond.",
		      md ? "\n" : "", g->n, g->finished);
	char *skipped = report_group_skipped(in->skipped, &in->why);
	if (skipped && *skipped) {
		strbuf_puts(b, " ");
		if (md)
			rpt_md_escape(b, skipped);
		else
			strbuf_puts(b, skipped);
	}
	free(skipped);
	strbuf_puts(b, "\n");
	if (in->baseline) {
		const struct group *bl = in->baseline;
		strbuf_printf(b, "%sNulmeting: ", md ? "\n" : "");
		if (md)
			rpt_md_escape(b, bl->q->title);
		else
			strbuf_puts(b, bl->q->title);
		strbuf_printf(b, " (%s, versie %s), %zu %s.", bl->q->id, bl->q->version, bl->n,
			      grp_plural(bl->n, "deelnemer", "deelnemers"));
		strbuf_puts(b, " ");
		grp_comparison_basis(b, g);
		strbuf_puts(b, "\n");
	}
	strbuf_printf(b, "%s%s\n", md ? "\n" : "", grp_privacy_line(g));
}

void grp_suppressed(struct strbuf *b, const struct group *g, size_t min, const char *what, bool md)
{
	strbuf_printf(b,
		      "%sTe weinig deelnemers voor %s: %zu, minimaal %zu nodig. Gemiddelden, "
		      "verdelingen en gedeelde antwoorden blijven verborgen, zodat niemand "
		      "herkenbaar is (kies een andere grens met --min-group).\n",
		      md ? "\n" : "\n", what, g->n, min);
}

void grp_shared(struct strbuf *b, const struct group *g, bool md)
{
	if (!g->n_shared)
		return;
	strbuf_puts(b, md ? "\n## Gedeelde antwoorden\n\n" : "\nGedeelde antwoorden\n");
	strbuf_puts(b, md ? "" : "  ");
	strbuf_puts(b, g->names
			   ? "Met naam, omdat daarom gevraagd is (--names).\n"
			   : "Zonder naam en op alfabet, niet in de volgorde van de bestanden.\n");
	size_t last = (size_t)-1;
	for (size_t k = 0; k < g->n_shared; k++) {
		const struct group_shared *e = &g->shared[k];
		if (e->item != last) {
			const char *q = g->q->items[e->item].text;
			if (md) {
				strbuf_puts(b, "\n### ");
				rpt_md_escape(b, q);
				strbuf_puts(b, "\n\n");
			} else {
				strbuf_puts(b, "\n");
				rpt_wrap_into(b, q, 78, "  ");
			}
			last = e->item;
		}
		if (md) {
			strbuf_puts(b, "- ");
			rpt_md_escape_in(b, e->text, "  ");
			if (e->who) {
				strbuf_puts(b, " (");
				rpt_md_escape(b, e->who);
				strbuf_puts(b, ")");
			}
			strbuf_puts(b, "\n");
		} else {
			struct strbuf u;
			strbuf_init(&u);
			strbuf_puts(&u, e->text);
			if (e->who)
				strbuf_printf(&u, " (%s)", e->who);
			char *line = strbuf_steal(&u, NULL);
			if (line)
				rpt_wrap_into(b, line, 76, "    > ");
			free(line);
		}
		strbuf_flush(b, RPT_CHUNK); /* the answers are what grows */
	}
}

bool report_group_write(enum report_format f, const struct group_report_input *in,
			bool (*write)(void *ctx, const char *data, size_t len), void *ctx)
{
	if (f == REPORT_CSV)
		return false;
	if (f == REPORT_JSON)
		return grp_write_json(in, write, ctx);
	struct rpt_stream st = {write, ctx, DIAG_TEXT};
	struct strbuf b;
	rpt_stream_start(&b, &st);
	if (f == REPORT_TEXT)
		grp_render_text(&b, in);
	else if (f == REPORT_MARKDOWN)
		grp_render_markdown(&b, in);
	else
		grp_render_html(&b, in);
	return rpt_stream_end(&b);
}

static bool to_strbuf(void *ctx, const char *data, size_t len)
{
	struct strbuf *b = ctx;
	strbuf_append(b, data, len);
	return !b->failed;
}

char *report_group(enum report_format f, const struct group_report_input *in, size_t *len)
{
	struct strbuf b;
	strbuf_init(&b);
	if (!report_group_write(f, in, to_strbuf, &b)) {
		strbuf_finish(&b);
		return NULL;
	}
	return strbuf_steal(&b, len);
}
