/* The feedback report as one self-contained HTML file (no script, nothing
 * from elsewhere) with an inline SVG chart per practice: the others' mean
 * with its spread and the leader's own score on one 0-100 track. The
 * numbers stand beside the chart in a table, so that it is never the only
 * way to read them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "feedback_internal.h"
#include "report_feedback_internal.h"
#include "report_internal.h"

static const char style[] =
    "body{font-family:system-ui,'Segoe UI',Arial,sans-serif;color:#111;background:#fff;"
    "margin:0;line-height:1.45}\n"
    "main{max-width:60rem;margin:0 auto;padding:1.5rem}\n"
    "h1{font-size:1.6rem;margin:0 0 .5rem}h2{font-size:1.25rem;margin:2rem 0 .5rem;"
    "border-bottom:2px solid #222}h3{font-size:1.05rem;margin:1.2rem 0 .3rem}\n"
    "p.meta{margin:.2rem 0}p.privacy{background:#eef3f8;padding:.5rem .8rem;"
    "border-left:4px solid #1a4f8a}p.suppressed{background:#fff4e0;padding:.5rem .8rem;"
    "border-left:4px solid #8a4b00}\n"
    "table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{padding:.3rem .4rem;"
    "border-bottom:1px solid #ccc;text-align:left;vertical-align:middle}"
    "td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}\n"
    "svg{display:block}.legend{font-size:.9rem;color:#333}.legend svg{display:inline-block;"
    "vertical-align:middle;margin:0 .3rem 0 .8rem}\n"
    ".kind{font-weight:600;color:#8a4b00;white-space:nowrap}.kind.hidden{color:#1a5e2a}\n"
    "blockquote{margin:.3rem 0 .3rem 1rem;padding-left:.6rem;border-left:3px solid #999}\n"
    "@media print{@page{margin:15mm}body{font-size:10pt}main{max-width:none;padding:0}"
    "h2{break-after:avoid}tr,svg,li{break-inside:avoid}thead{display:table-header-group}"
    "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}\n";

#define TRACK 200.0 /* px for 0-100 */

static void fmt_px(char *buf, size_t size, double v)
{
	format_tenths(buf, size, v);
}

/* One practice: the track, the others' mean +- sd (light box), their mean
 * (dark bar), the leader's score (an orange diamond). */
static void chart(struct strbuf *b, const struct feedback_practice *fp)
{
	strbuf_puts(b,
		    "<svg width=\"220\" height=\"26\" viewBox=\"0 0 220 26\" aria-hidden=\"true\">"
		    "<rect x=\"10\" y=\"11\" width=\"200\" height=\"4\" fill=\"#e3e3e3\" />"
		    "<rect x=\"109.5\" y=\"7\" width=\"1\" height=\"12\" fill=\"#999\" />");
	if (fp->all.shown) {
		double m = (double)fp->all.tenths / 10.0, sd = (double)fp->all.sd_tenths / 10.0;
		double lo = m - sd < 0 ? 0 : m - sd, hi = m + sd > 100 ? 100 : m + sd;
		char x[16], w[16], mx[16];
		fmt_px(x, sizeof(x), 10 + lo * TRACK / 100);
		fmt_px(w, sizeof(w), (hi - lo) * TRACK / 100);
		fmt_px(mx, sizeof(mx), 10 + m * TRACK / 100 - 1.5);
		strbuf_printf(
		    b,
		    "<rect x=\"%s\" y=\"6\" width=\"%s\" height=\"14\" fill=\"#9cc3e6\" />"
		    "<rect x=\"%s\" y=\"3\" width=\"3\" height=\"20\" fill=\"#123e66\" />",
		    x, w, mx);
	}
	if (fp->self && fp->self->has_score) {
		char sx[16];
		fmt_px(sx, sizeof(sx), 10 + fp->self->score * TRACK / 100);
		strbuf_printf(b,
			      "<path d=\"M %s 4 l 6 9 l -6 9 l -6 -9 z\" fill=\"#d9620b\" "
			      "stroke=\"#5c2600\" stroke-width=\"1\" />",
			      sx);
	}
	strbuf_puts(b, "</svg>");
}

static void legend(struct strbuf *b, bool self)
{
	strbuf_puts(b, "<p class=\"legend\">In de grafiek (0 links, 100 rechts):"
		       "<svg width=\"14\" height=\"14\" viewBox=\"0 0 14 14\" aria-hidden=\"true\">"
		       "<rect x=\"5\" y=\"0\" width=\"3\" height=\"14\" fill=\"#123e66\" /></svg>"
		       "het gemiddelde van anderen,"
		       "<svg width=\"20\" height=\"14\" viewBox=\"0 0 20 14\" aria-hidden=\"true\">"
		       "<rect x=\"0\" y=\"2\" width=\"20\" height=\"10\" fill=\"#9cc3e6\" /></svg>"
		       "hun spreiding (één standaardafwijking naar elke kant)");
	if (self)
		strbuf_puts(b, ",<svg width=\"14\" height=\"14\" viewBox=\"0 0 14 14\" "
			       "aria-hidden=\"true\"><path d=\"M 7 0 l 6 7 l -6 7 l -6 -7 z\" "
			       "fill=\"#d9620b\" stroke=\"#5c2600\" /></svg>jouw eigen score");
	strbuf_puts(b, ". De getallen staan in de tabel.</p>\n");
}

/* open, the escaped text that say writes about r, and "</p>\n". */
static void para(struct strbuf *b, const char *open, rfb_say_fn *say,
		 const struct feedback_result *r)
{
	char *s = rfb_said(say, r);
	strbuf_puts(b, open);
	feedback_html_escape(b, s ? s : "");
	strbuf_puts(b, "</p>\n");
	free(s);
}

static void header(struct strbuf *b, const struct feedback_report_input *in)
{
	const struct feedback_result *r = in->res;
	strbuf_puts(b,
		    "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\" />\n"
		    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n"
		    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
		    "style-src 'unsafe-inline'; img-src data:\" />\n<title>Feedback: ");
	feedback_html_escape(b, r->q->title);
	strbuf_printf(
	    b, "</title>\n<style>\n%s</style>\n</head>\n<body>\n<main>\n<h1>Feedback: ", style);
	feedback_html_escape(b, r->q->title);
	strbuf_puts(b, "</h1>\n<p class=\"meta\">Ronde ");
	feedback_html_escape(b, in->round_id);
	if (in->round) {
		char date[48];
		format_dutch_date(date, sizeof(date), in->round->created);
		strbuf_printf(b, ", uitgenodigd op %s", date);
		if (in->round->name[0]) {
			strbuf_puts(b, ", voor ");
			feedback_html_escape(b, in->round->name);
		}
	}
	strbuf_puts(b, "</p>\n");
	para(b, "<p class=\"meta\">Ontvangen: ", rfb_counts, r);
	if (in->self) {
		strbuf_puts(b, "<p class=\"meta\">Jouw eigen antwoorden: sessie ");
		feedback_html_escape(b, in->self->id);
		strbuf_puts(b, "</p>\n");
	}
	char *sk = report_feedback_skipped(&in->why);
	if (sk && *sk) {
		strbuf_puts(b, "<p class=\"meta\">");
		feedback_html_escape(b, sk);
		strbuf_puts(b, "</p>\n");
	}
	free(sk);
	para(b, "<p class=\"privacy\">", rfb_privacy, r);
}

static void num_cell(struct strbuf *b, bool have, long tenths, bool sign)
{
	char num[16];
	if (sign)
		rfb_signed(num, sizeof(num), tenths);
	else
		rfb_number(num, sizeof(num), tenths);
	strbuf_printf(b, "<td class=\"num\">%s</td>", have ? num : "–");
}

static void practices(struct strbuf *b, const struct feedback_report_input *in)
{
	const struct feedback_result *r = in->res;
	strbuf_puts(b, "<h2>Per praktijk</h2>\n");
	legend(b, in->self != NULL);
	strbuf_printf(b,
		      "<table>\n<thead><tr><th scope=\"col\">Praktijk</th>%s"
		      "<th scope=\"col\" class=\"num\">Anderen</th><th scope=\"col\" "
		      "class=\"num\">Spreiding</th><th scope=\"col\" class=\"num\">n</th>%s"
		      "<th scope=\"col\">Grafiek</th></tr></thead>\n<tbody>\n",
		      in->self ? "<th scope=\"col\" class=\"num\">Jij</th>" : "",
		      in->self ? "<th scope=\"col\" class=\"num\">Verschil</th><th "
				 "scope=\"col\">Kenmerk</th>"
			       : "");
	for (size_t i = 0; i < r->n_practices; i++) {
		const struct feedback_practice *fp = &r->practices[i];
		strbuf_puts(b, "<tr><th scope=\"row\">");
		feedback_html_escape(b, r->cat->practices[fp->practice].name);
		strbuf_puts(b, "</th>");
		if (in->self)
			num_cell(b, fp->self && fp->self->has_score,
				 fp->self ? fp->self->tenths : 0, false);
		num_cell(b, fp->all.shown, fp->all.tenths, false);
		num_cell(b, fp->all.shown, fp->all.sd_tenths, false);
		if (fp->all.shown)
			strbuf_printf(b, "<td class=\"num\">%zu</td>", fp->all.n);
		else
			strbuf_puts(b, "<td class=\"num\">–</td>");
		if (in->self) {
			num_cell(b, fp->has_diff, fp->diff_tenths, true);
			strbuf_printf(b, "<td><span class=\"kind%s\">%s</span></td>",
				      fp->kind == FEEDBACK_HIDDEN_STRENGTH ? " hidden" : "",
				      rfb_kind_name(fp->kind));
		}
		strbuf_puts(b, "<td>");
		chart(b, fp);
		strbuf_puts(b, "</td></tr>\n");
	}
	strbuf_puts(b,
		    "</tbody>\n</table>\n<p class=\"legend\">Spreiding: de standaardafwijking "
		    "van de scores van anderen. n: hoeveel anderen genoeg vragen over de praktijk "
		    "beantwoordden; onder de 3 staat er een streepje.</p>\n");
	if (r->n_groups < 2)
		return;
	strbuf_puts(b, "<h3>Per rol</h3>\n<table>\n<thead><tr><th scope=\"col\">Praktijk</th>");
	for (size_t g = 1; g < r->n_groups; g++) {
		strbuf_puts(b, "<th scope=\"col\" class=\"num\">");
		feedback_html_escape(b, rfb_group_name(r->groups[g].role));
		strbuf_printf(b, " (%zu)</th>", r->groups[g].n);
	}
	strbuf_puts(b, "</tr></thead>\n<tbody>\n");
	for (size_t i = 0; i < r->n_practices; i++) {
		const struct feedback_practice *fp = &r->practices[i];
		strbuf_puts(b, "<tr><th scope=\"row\">");
		feedback_html_escape(b, r->cat->practices[fp->practice].name);
		strbuf_puts(b, "</th>");
		for (size_t g = 1; g < r->n_groups; g++)
			num_cell(b, fp->by_group[g].shown, fp->by_group[g].tenths, false);
		strbuf_puts(b, "</tr>\n");
	}
	strbuf_puts(b, "</tbody>\n</table>\n");
}

static void kinds(struct strbuf *b, const struct feedback_report_input *in, const size_t *ix,
		  size_t n, const char *title)
{
	const struct feedback_result *r = in->res;
	strbuf_printf(b, "<h2>%s</h2>\n", title);
	if (n == 0) {
		strbuf_puts(b, "<p>Geen.</p>\n");
		return;
	}
	strbuf_puts(b, "<ul>\n");
	for (size_t k = 0; k < n; k++) {
		const struct feedback_practice *fp = &r->practices[ix[k]];
		strbuf_puts(b, "<li><strong>");
		feedback_html_escape(b, r->cat->practices[fp->practice].name);
		strbuf_puts(b, "</strong>: ");
		rfb_kind_figures(b, fp);
		strbuf_puts(b, "</li>\n");
	}
	strbuf_puts(b, "</ul>\n");
}

static void items(struct strbuf *b, const struct feedback_report_input *in)
{
	const struct feedback_result *r = in->res;
	strbuf_puts(b, "<h2>De grootste verschillen per vraag</h2>\n");
	if (r->n_top == 0) {
		strbuf_puts(b, "<p>Geen verschillen.</p>\n");
		return;
	}
	strbuf_puts(b, "<table>\n<thead><tr><th scope=\"col\">Vraag</th><th scope=\"col\" "
		       "class=\"num\">Jij</th><th scope=\"col\" class=\"num\">Anderen</th><th "
		       "scope=\"col\" class=\"num\">n</th><th scope=\"col\" "
		       "class=\"num\">Verschil</th></tr></thead>\n<tbody>\n");
	for (size_t k = 0; k < r->n_top; k++) {
		const struct feedback_item *fi = &r->items[r->top[k]];
		const struct item *it = &r->q->items[fi->item];
		char lab[96];
		rfb_answer(lab, sizeof(lab), it, fi->self);
		strbuf_puts(b, "<tr><td>");
		feedback_html_escape(b, it->observer);
		if (it->reverse)
			strbuf_puts(b, " <em>(omgekeerd gesteld)</em>");
		strbuf_puts(b, "</td><td class=\"num\">");
		feedback_html_escape(b, lab);
		strbuf_puts(b, "</td>");
		num_cell(b, true, fi->all.tenths, false);
		strbuf_printf(b, "<td class=\"num\">%zu</td>", fi->all.n);
		num_cell(b, true, fi->diff_tenths, true);
		strbuf_puts(b, "</tr>\n");
	}
	strbuf_puts(b, "</tbody>\n</table>\n");
}

static void open_answers(struct strbuf *b, const struct feedback_result *r)
{
	strbuf_puts(b, "<h2>Wat anderen schrijven</h2>\n");
	for (int k = 0; k < N_OPEN; k++) {
		strbuf_puts(b, "<h3>");
		feedback_html_escape(b, feedback_open_question(k));
		strbuf_puts(b, "</h3>\n");
		if (r->n_open[k] == 0)
			strbuf_puts(b, "<p>Geen antwoorden.</p>\n");
		for (size_t i = 0; i < r->n_open[k]; i++) {
			strbuf_puts(b, "<blockquote>");
			for (const char *s = r->open[k][i]; *s; s++) {
				if (*s == '\n') {
					strbuf_puts(b, "<br />");
				} else {
					char one[2] = {*s, 0};
					feedback_html_escape(b, one);
				}
			}
			strbuf_puts(b, "</blockquote>\n");
		}
	}
}

static void steps(struct strbuf *b, const struct feedback_report_input *in)
{
	const struct feedback_result *r = in->res;
	strbuf_puts(b, "<h2>Volgende stappen</h2>\n");
	if (!in->self) {
		strbuf_puts(b, "<p>Met je eigen antwoorden erbij (<code>spiegel report SESSIE "
			       "--feedback ...</code>) zie je je blinde vlekken en de stappen die "
			       "erbij passen.</p>\n");
		return;
	}
	if (r->n_steps == 0) {
		strbuf_puts(b, "<p>Kies eerst een focus in je eigen rapport.</p>\n");
		return;
	}
	strbuf_puts(b, "<ol>\n");
	for (size_t i = 0; i < r->n_steps; i++) {
		strbuf_puts(b, "<li><strong>");
		feedback_html_escape(b, r->steps[i].step->title);
		strbuf_puts(b, "</strong> (");
		struct strbuf o;
		strbuf_init(&o);
		rfb_step_origin(&o, r, i);
		char *origin = strbuf_steal(&o, NULL);
		feedback_html_escape(b, origin ? origin : "");
		free(origin);
		strbuf_puts(b, ")<br />");
		feedback_html_escape(b, r->steps[i].step->text);
		strbuf_puts(b, "</li>\n");
	}
	strbuf_puts(b, "</ol>\n");
}

void rfb_html(struct strbuf *b, const struct feedback_report_input *in)
{
	const struct feedback_result *r = in->res;
	header(b, in);
	if (!r->shown) {
		para(b, "<p class=\"suppressed\">", rfb_too_few, r);
	} else {
		practices(b, in);
		if (in->self) {
			para(b, "<p>", rfb_thresholds, r);
			kinds(
			    b, in, r->blind, r->n_blind,
			    "Blinde vlekken: jij ziet jezelf duidelijk hoger dan anderen je zien");
			kinds(b, in, r->hidden, r->n_hidden,
			      "Verborgen krachten: anderen zien je duidelijk hoger dan jij jezelf");
			items(b, in);
		}
		open_answers(b, r);
		steps(b, in);
	}
	strbuf_puts(b, "</main>\n</body>\n</html>\n");
}
