/* The group report as one self-contained HTML page: inline style and SVG,
 * nothing loaded from elsewhere. */
#include "spiegel/report.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report_group_internal.h"
#include "html_doc.h"

static const char html_style[] =
    "body{font-family:system-ui,'Segoe UI',Arial,sans-serif;color:#111;background:#fff;"
    "margin:0;line-height:1.4}\n"
    "main{max-width:60rem;margin:0 auto;padding:1.5rem}\n"
    "h1{font-size:1.6rem;margin:0 0 .5rem}h2{font-size:1.25rem;margin:2rem 0 .5rem;"
    "border-bottom:2px solid #222}h3{font-size:1rem;margin:1.2rem 0 .3rem}\n"
    "p.meta{margin:.2rem 0}p.privacy{background:#eef3f8;padding:.5rem .8rem;"
    "border-left:4px solid #2b5d8a}p.suppressed{background:#fff4e0;padding:.5rem .8rem;"
    "border-left:4px solid #b36b00}\n"
    "table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{padding:.25rem .4rem;"
    "border-bottom:1px solid #ccc;text-align:left;vertical-align:middle}"
    "td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}\n"
    "svg{display:block}svg text{font-size:9px;fill:#111}\n"
    ".legend{font-size:.85rem;color:#333}.item{break-inside:avoid;page-break-inside:avoid}\n"
    "table.dist{width:auto;min-width:24rem}svg.swatch{display:inline-block;"
    "vertical-align:middle;margin-right:.4rem}\n"
    "blockquote{margin:.3rem 0 .3rem 1rem;padding-left:.6rem;border-left:3px solid #999}\n"
    "@media print{@page{margin:15mm}body{font-size:10pt}main{max-width:none;padding:0}"
    "h2{break-after:avoid;page-break-after:avoid}tr,.item,svg{break-inside:avoid;"
    "page-break-inside:avoid}thead{display:table-header-group}"
    "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}\n";

/* A practice row's chart: the 0-100 track, min-max line, mean +- sd box,
 * the mean as a dark bar and the nulmeting mean as an open marker. */
static void html_practice_svg(struct strbuf *b, const struct group_stat *st,
			      const struct group_stat *bs)
{
	char mn[16], mx[16], lo[16], hi[16], me[16];
	double l = st->mean - st->sd < 0 ? 0 : st->mean - st->sd;
	double h = st->mean + st->sd > 100 ? 100 : st->mean + st->sd;
	format_tenths(mn, sizeof(mn), st->min * 2);
	format_tenths(mx, sizeof(mx), (st->max - st->min) * 2);
	format_tenths(lo, sizeof(lo), l * 2);
	format_tenths(hi, sizeof(hi), (h - l) * 2);
	format_tenths(me, sizeof(me), st->mean * 2);
	strbuf_printf(b,
		      "<svg width=\"220\" height=\"26\" viewBox=\"0 0 220 26\" role=\"img\" "
		      "aria-hidden=\"true\"><rect x=\"10\" y=\"11\" width=\"200\" height=\"4\" "
		      "fill=\"#e3e3e3\" /><rect x=\"109.5\" y=\"8\" width=\"1\" height=\"10\" "
		      "fill=\"#999\" /><rect x=\"%s\" y=\"12\" width=\"%s\" height=\"2\" "
		      "fill=\"#777\" transform=\"translate(10,0)\" /><rect x=\"%s\" y=\"6\" "
		      "width=\"%s\" height=\"14\" fill=\"#9cc3e6\" transform=\"translate(10,0)\" "
		      "/><rect x=\"%s\" y=\"3\" width=\"3\" height=\"20\" fill=\"#123e66\" "
		      "transform=\"translate(8.5,0)\" />",
		      mn, mx, lo, hi, me);
	if (bs) {
		char bx[16];
		format_tenths(bx, sizeof(bx), bs->mean * 2 + 10);
		strbuf_printf(b,
			      "<path d=\"M %s 25 l -4 -6 l 8 0 z\" fill=\"#fff\" stroke=\"#b33\" "
			      "stroke-width=\"1.5\" />",
			      bx);
	}
	strbuf_puts(b, "</svg>");
}

/* Fills of the distribution bars: a single-hue scale, then greys. */
#define DIST_FILLS                                                                                 \
	"#d7e6f4", "#a9cbe8", "#6fa6d6", "#3a78b5", "#174a7c", "#bbbbbb", "#8d8d8d", "#5e5e5e"

static void html_swatch(struct strbuf *b, size_t k)
{
	static const char *const fill[] = {DIST_FILLS};
	strbuf_printf(b,
		      "<svg class=\"swatch\" width=\"12\" height=\"12\" viewBox=\"0 0 12 12\" "
		      "aria-hidden=\"true\"><rect x=\"0.5\" y=\"0.5\" width=\"11\" height=\"11\" "
		      "fill=\"%s\" stroke=\"#333\" /></svg>",
		      fill[k % 8]);
}

/* A stacked bar of an item's distribution, in a single-hue scale. */
static void html_dist_svg(struct strbuf *b, const struct dist_entry *d, size_t n, size_t total)
{
	static const char *const fill[] = {DIST_FILLS};
	strbuf_puts(b, "<svg width=\"300\" height=\"18\" viewBox=\"0 0 300 18\" "
		       "aria-hidden=\"true\">");
	double x = 0;
	for (size_t k = 0; k < n && total; k++) {
		double w = 300.0 * (double)d[k].count / (double)total;
		if (w <= 0)
			continue;
		char xs[16], ws[16];
		format_tenths(xs, sizeof(xs), x);
		format_tenths(ws, sizeof(ws), w);
		strbuf_printf(b, "<rect x=\"%s\" y=\"1\" width=\"%s\" height=\"16\" fill=\"%s\" />",
			      xs, ws, fill[k % 8]);
		x += w;
	}
	strbuf_puts(b, "</svg>");
}

static void html_header(struct strbuf *b, const struct group_report_input *in)
{
	const struct group *g = in->g;
	strbuf_puts(b,
		    "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\" />\n"
		    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n"
		    "<title>Groepsrapport: ");
	html_escape(b, g->q->title);
	strbuf_printf(b,
		      "</title>\n<style>\n%s</style>\n</head>\n<body>\n<main>\n<h1>Groepsrapport: ",
		      html_style);
	html_escape(b, g->q->title);
	strbuf_puts(b, "</h1>\n<p class=\"meta\">Vragenlijst ");
	html_escape(b, g->q->id);
	strbuf_puts(b, ", versie ");
	html_escape(b, g->q->version);
	strbuf_puts(b, ".</p>\n");
	strbuf_printf(b,
		      "<p class=\"meta\">Deelnemers: %zu, van wie %zu de vragenlijst helemaal "
		      "hebben afgerond.",
		      g->n, g->finished);
	char *skipped = report_group_skipped(in->skipped, &in->why);
	if (skipped && *skipped) {
		strbuf_puts(b, " ");
		html_escape(b, skipped);
	}
	free(skipped);
	strbuf_puts(b, "</p>\n");
	if (in->baseline) {
		const struct group *bl = in->baseline;
		strbuf_puts(b, "<p class=\"meta\">Nulmeting: ");
		html_escape(b, bl->q->title);
		strbuf_printf(b, " (%s, versie %s), %zu %s.", bl->q->id, bl->q->version, bl->n,
			      grp_plural(bl->n, "deelnemer", "deelnemers"));
		struct strbuf t;
		strbuf_init(&t);
		grp_comparison_basis(&t, g);
		char *basis = strbuf_steal(&t, NULL);
		strbuf_puts(b, " ");
		html_escape(b, basis ? basis : "");
		free(basis);
		strbuf_puts(b, "</p>\n");
	}
	strbuf_puts(b, "<p class=\"privacy\">");
	html_escape(b, grp_privacy_line(g));
	strbuf_puts(b, "</p>\n");
}

static void html_suppressed(struct strbuf *b, const struct group *g, size_t min, const char *what)
{
	strbuf_printf(b,
		      "<p class=\"suppressed\">Te weinig deelnemers voor %s: %zu, minimaal %zu "
		      "nodig. Gemiddelden, verdelingen en gedeelde antwoorden blijven verborgen, "
		      "zodat niemand herkenbaar is.</p>\n",
		      what, g->n, min);
}

static void html_practices(struct strbuf *b, const struct group_report_input *in)
{
	const struct group *g = in->g;
	const struct catalogue *c = g->cat;
	strbuf_puts(b, "<section>\n<h2>Leiderschapspraktijken</h2>\n<p class=\"legend\">Score "
		       "0-100 per deelnemer; de grafiek loopt van 0 (links) tot 100 (rechts), met "
		       "een streepje bij 50. De grijze lijn loopt van de laagste "
		       "tot de hoogste score, het lichte vlak is gemiddelde &#177; "
		       "standaardafwijking (sd), de donkere streep het gemiddelde. Vragen: op "
		       "hoeveel vragen de praktijk rust; n: deelnemers met een score.</p>\n"
		       "<table>\n<thead><tr><th>Praktijk</th><th>Verdeling</th>"
		       "<th class=\"num\">vragen</th><th class=\"num\">n</th>"
		       "<th class=\"num\">gem.</th><th class=\"num\">mediaan</th>"
		       "<th class=\"num\">sd</th><th class=\"num\">min</th>"
		       "<th class=\"num\">max</th></tr></thead>\n<tbody>\n");
	struct practice_row r = {0};
	for (; grp_practice_row(g, &r); r.p++) {
		strbuf_puts(b, "<tr><th scope=\"row\">");
		html_escape(b, c->practices[r.p].name);
		strbuf_puts(b, "</th><td>");
		html_practice_svg(b, r.st, NULL);
		strbuf_printf(b,
			      "</td><td class=\"num\">%zu</td><td class=\"num\">%zu</td>"
			      "<td class=\"num\">%s</td><td class=\"num\">%s</td>"
			      "<td class=\"num\">%s</td><td class=\"num\">%s</td>"
			      "<td class=\"num\">%s</td></tr>\n",
			      g->practice_items[r.p], r.st->n, r.t.mean, r.t.median, r.t.sd,
			      r.t.min, r.t.max);
	}
	strbuf_puts(b, "</tbody>\n</table>\n</section>\n");
}

static void change_row_html(struct strbuf *b, const struct group *g, const struct change_row *r)
{
	strbuf_puts(b, "<tr><th scope=\"row\">");
	html_escape(b, g->cat->practices[r->p].name);
	strbuf_puts(b, "</th><td>");
	html_practice_svg(b, r->now, r->base);
	strbuf_printf(b,
		      "</td><td class=\"num\">%zu</td><td class=\"num\">%s</td>"
		      "<td class=\"num\">%s</td><td class=\"num\">%s</td></tr>\n",
		      g->compared_items[r->p], r->base_mean, r->now_mean, r->change);
}

/* The change since the baseline, over the shared items only: its own
 * section, so that it is never read as a change of the scores above. */
static const struct change_format html_comparison = {
    .heading = "<section>\n<h2>Verandering sinds de nulmeting</h2>\n",
    .no_common = "<p>De metingen hebben geen vragen gemeen, dus er is geen verandering te "
		 "berekenen.</p>\n",
    .legend_head = "<p class=\"legend\">Alleen over de ",
    .legend_tail = " die beide metingen delen, dus los van de scores hierboven. In de "
		   "grafiek is de donkere streep het gemiddelde nu over die vragen, het rode "
		   "driehoekje het gemiddelde bij de nulmeting.</p>\n",
    .table_head = "<table>\n<thead><tr><th>Praktijk</th><th>Nulmeting en nu</th>"
		  "<th class=\"num\">gedeelde vragen</th>"
		  "<th class=\"num\">nulmeting</th><th class=\"num\">nu</th>"
		  "<th class=\"num\">verandering</th></tr></thead>\n<tbody>\n",
    .table_end = "</tbody>\n</table>\n",
    .no_rows = "<p>Geen praktijk is over de gedeelde vragen in beide metingen gemeten.</p>\n",
    .end = "</section>\n",
    .row = change_row_html,
};

static void html_profile(struct strbuf *b, const struct group *g)
{
	if (!group_profile_shown(g))
		return;
	const struct group_profile *gp = &g->profile;
	strbuf_puts(b, "<section>\n<h2>Weerstandsprofiel van de groep</h2>\n<p class=\"legend\">");
	grp_profile_count(b, g);
	strbuf_puts(b, ". Score per aanpak: (meest - minst waarschijnlijk) / situaties, van -1 "
		       "tot +1. Voorkeur: bij hoeveel deelnemers het hun voorkeursaanpak "
		       "is.</p>\n<table>\n<thead><tr><th>Aanpak</th><th></th><th "
		       "class=\"num\">score</th><th class=\"num\">meest</th><th "
		       "class=\"num\">minst</th><th class=\"num\">voorkeur</th></tr></thead>\n"
		       "<tbody>\n");
	const struct profile *pf = g->q->profile;
	for (size_t k = 0; k < N_APPROACHES; k++) {
		double v = group_approach_score(gp, k);
		char num[16], x[16], w[16];
		report_signed_number(num, sizeof(num), v);
		format_tenths(x, sizeof(x), v < 0 ? 100 + v * 100 : 100);
		format_tenths(w, sizeof(w), fabs(v) * 100);
		strbuf_puts(b, "<tr><th scope=\"row\">");
		html_escape(b, pf->approaches[k].name);
		strbuf_printf(
		    b,
		    "</th><td><svg width=\"200\" height=\"16\" viewBox=\"0 0 200 16\" "
		    "aria-hidden=\"true\"><rect x=\"0\" y=\"6\" width=\"200\" height=\"4\" "
		    "fill=\"#e3e3e3\" /><rect x=\"%s\" y=\"2\" width=\"%s\" height=\"12\" "
		    "fill=\"%s\" /><rect x=\"99.5\" y=\"0\" width=\"1\" height=\"16\" "
		    "fill=\"#111\" /></svg></td><td class=\"num\">%s</td><td class=\"num\">"
		    "%zu</td><td class=\"num\">%zu</td><td class=\"num\">%zu</td></tr>\n",
		    x, w, v < 0 ? "#b36b00" : "#174a7c", num, gp->most[k], gp->least[k],
		    gp->preferred[k]);
	}
	strbuf_printf(b,
		      "</tbody>\n</table>\n<p>Keuze past bij de situatie: %ld%% van de "
		      "situaties.</p>\n",
		      group_percent(gp->fit_n, gp->scenarios));
	grp_profile_shares(b, g, "<p>", "</p>\n", html_escape);
	strbuf_puts(b, "</section>\n");
}

static void html_items(struct strbuf *b, const struct group_report_input *in)
{
	const struct group *g = in->g;
	strbuf_puts(b, "<section>\n<h2>Antwoorden per vraag</h2>\n<p class=\"legend\">Aantal "
		       "deelnemers per antwoord; de balk toont de verdeling van links (eerste "
		       "antwoord) naar rechts.");
	if (group_baseline_shown(in->baseline, in->min_group) && g->n_common)
		strbuf_puts(b, " Bij de vragen die ook in de nulmeting stonden, staan de aantallen "
			       "van de nulmeting ernaast, met hun eigen balk eronder.");
	strbuf_puts(b, "</p>\n");
	struct item_view v;
	for (size_t i = 0; i < g->q->n_items; i++) {
		grp_item_view(in, i, &v);
		const struct group_item *gi = v.gi, *bi = v.bi;
		strbuf_printf(b, "<div class=\"item\">\n<h3>%s ", v.it->id);
		html_escape(b, v.title);
		strbuf_puts(b, "</h3>\n");
		if (v.it->type == ITEM_OPEN) {
			strbuf_printf(b, "<p>%zu beantwoord, %zu gedeeld met de groep",
				      gi->answered, gi->shared);
			if (bi)
				strbuf_printf(b, " (nulmeting: %zu beantwoord, %zu gedeeld)",
					      bi->answered, bi->shared);
			strbuf_puts(b, ".</p>\n</div>\n");
			continue;
		}
		bool scen = v.scen;
		if (!scen) {
			html_dist_svg(b, v.d, v.n, gi->answered);
			if (bi)
				html_dist_svg(b, v.e, v.n, bi->answered);
		}
		strbuf_puts(b, "<table class=\"dist\">\n<tbody>\n");
		if (scen)
			strbuf_printf(b,
				      "<tr><th>Reactie</th><th class=\"num\">meest</th>"
				      "<th class=\"num\">minst</th>%s</tr>\n",
				      bi ? "<th class=\"num\">nulmeting meest</th><th "
					   "class=\"num\">nulmeting minst</th>"
					 : "");
		else if (bi)
			strbuf_puts(b, "<tr><th>Antwoord</th><th class=\"num\">aantal</th>"
				       "<th class=\"num\">nulmeting</th></tr>\n");
		for (size_t k = 0; k < v.n; k++) {
			strbuf_puts(b, "<tr><td>");
			if (!scen)
				html_swatch(b, k);
			html_escape(b, v.d[k].label);
			strbuf_printf(b, "</td><td class=\"num\">%zu</td>", v.d[k].count);
			if (scen)
				strbuf_printf(b, "<td class=\"num\">%zu</td>", v.d[k].least);
			if (bi)
				strbuf_printf(b, "<td class=\"num\">%zu</td>", v.e[k].count);
			if (bi && scen)
				strbuf_printf(b, "<td class=\"num\">%zu</td>", v.e[k].least);
			strbuf_puts(b, "</tr>\n");
		}
		strbuf_printf(b, "<tr><td>geen antwoord</td><td class=\"num\">%zu</td>%s",
			      gi->missing, scen ? "<td></td>" : "");
		if (bi)
			strbuf_printf(b, "<td class=\"num\">%zu</td>%s", bi->missing,
				      scen ? "<td></td>" : "");
		strbuf_puts(b, "</tr>\n</tbody>\n</table>\n</div>\n");
	}
	strbuf_puts(b, "</section>\n");
}

static void html_shared(struct strbuf *b, const struct group *g)
{
	if (!g->n_shared)
		return;
	strbuf_printf(b, "<section>\n<h2>Gedeelde antwoorden</h2>\n<p class=\"legend\">%s</p>\n",
		      g->names ? "Met naam, omdat daarom gevraagd is (--names)."
			       : "Zonder naam en op alfabet, niet in de volgorde van de "
				 "bestanden.");
	size_t last = (size_t)-1;
	for (size_t k = 0; k < g->n_shared; k++) {
		const struct group_shared *e = &g->shared[k];
		if (e->item != last) {
			strbuf_puts(b, "<h3>");
			html_escape(b, g->q->items[e->item].text);
			strbuf_puts(b, "</h3>\n");
			last = e->item;
		}
		strbuf_puts(b, "<blockquote>");
		html_escape(b, e->text);
		if (e->who) {
			strbuf_puts(b, " (");
			html_escape(b, e->who);
			strbuf_puts(b, ")");
		}
		strbuf_puts(b, "</blockquote>\n");
		strbuf_flush(b, RPT_CHUNK); /* the answers are what grows */
	}
	strbuf_puts(b, "</section>\n");
}

void grp_render_html(struct strbuf *b, const struct group_report_input *in)
{
	const struct group *g = in->g;
	html_header(b, in);
	if (in->baseline && group_suppressed(in->baseline, in->min_group))
		html_suppressed(b, in->baseline, in->min_group, "de nulmeting");
	if (group_suppressed(g, in->min_group)) {
		html_suppressed(b, g, in->min_group, "groepscijfers");
	} else {
		html_practices(b, in);
		grp_change_section(b, in, &html_comparison);
		html_profile(b, g);
		html_items(b, in);
		html_shared(b, g);
	}
	strbuf_puts(b, "</main>\n</body>\n</html>\n");
}
