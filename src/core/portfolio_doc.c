/* One document, two forms: the building blocks of the portfolio written as
 * markdown or as self-contained, printable HTML (inline CSS, no script,
 * nothing loaded). Every text is escaped for its form here. */
#include "portfolio_doc.h"

#include <stdio.h>
#include <string.h>

#include "report_internal.h"
#include "html_doc.h"

static void text(struct pdoc *d, const char *s)
{
	if (d->html)
		html_escape(d->b, s);
	else
		rpt_md_escape(d->b, s);
}

/* Print-friendly: A4 margins, tables that fit the page (fixed layout,
 * long words broken), headings kept with what follows, rows and blocks
 * never split, the first page on its own. */
static const char style[] =
    "body{font-family:system-ui,'Segoe UI',Arial,sans-serif;color:#111;background:#fff;"
    "margin:0;line-height:1.45}\n"
    "main{max-width:52rem;margin:0 auto;padding:1.5rem}\n"
    "h1{font-size:1.7rem;margin:0 0 .3rem}h2{font-size:1.3rem;margin:1.8rem 0 .5rem;"
    "border-bottom:2px solid #222}h3{font-size:1.1rem;margin:1.4rem 0 .4rem;color:#123e66}"
    "h4{font-size:1rem;margin:1rem 0 .3rem}h5{font-size:1rem;margin:.2rem 0 .4rem}\n"
    "p,li{overflow-wrap:anywhere}p.meta{margin:.1rem 0;color:#333}"
    "p.note{font-size:.9rem;color:#333}p.empty{color:#555;font-style:italic}\n"
    "section.first{border-left:4px solid #2b5d8a;padding-left:1rem}\n"
    "table{border-collapse:collapse;width:100%;table-layout:fixed;margin:.4rem 0}"
    "th,td{padding:.25rem .4rem;border-bottom:1px solid #ccc;text-align:left;"
    "vertical-align:top;overflow-wrap:anywhere}th{background:#eef3f8}"
    "td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}\n"
    "div.block{border:1px solid #ccc;border-radius:4px;padding:.4rem .8rem;margin:.6rem 0;"
    "break-inside:avoid;page-break-inside:avoid}div.block p{margin:.25rem 0}\n"
    "blockquote{margin:.3rem 0 .3rem .5rem;padding-left:.7rem;border-left:3px solid #999;"
    "overflow-wrap:anywhere}\n"
    "@media print{@page{size:A4;margin:16mm 15mm}body{font-size:10pt}"
    "main{max-width:none;padding:0}section.first{break-after:page;page-break-after:always}"
    "h2,h3,h4,h5{break-after:avoid;page-break-after:avoid}tr,div.block,blockquote{"
    "break-inside:avoid;page-break-inside:avoid}thead{display:table-header-group}"
    "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}\n";

void pd_begin(struct pdoc *d, const char *title)
{
	if (!d->html)
		return;
	strbuf_puts(d->b, "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\" "
			  "/>\n<meta name=\"viewport\" content=\"width=device-width\" />\n<title>");
	html_escape(d->b, title);
	strbuf_printf(d->b, "</title>\n<style>\n%s</style>\n</head>\n<body>\n<main>\n", style);
}

void pd_end(struct pdoc *d)
{
	if (d->html)
		strbuf_puts(d->b, "</main>\n</body>\n</html>\n");
}

void pd_first_begin(struct pdoc *d)
{
	if (d->html)
		strbuf_puts(d->b, "<section class=\"first\">\n");
}

void pd_first_end(struct pdoc *d)
{
	if (d->html)
		strbuf_puts(d->b, "</section>\n");
	else
		strbuf_puts(d->b, "\n---\n");
}

void pd_heading(struct pdoc *d, int level, const char *s)
{
	if (d->html) {
		strbuf_printf(d->b, "<h%d>", level);
		html_escape(d->b, s);
		strbuf_printf(d->b, "</h%d>\n", level);
	} else {
		/* one blank line before a heading, none at the top */
		size_t n = d->b->len;
		bool blank =
		    n == 0 || (n >= 2 && d->b->data[n - 1] == '\n' && d->b->data[n - 2] == '\n');
		strbuf_printf(d->b, "%s%.*s ", blank ? "" : "\n", level, "######");
		rpt_md_escape(d->b, s);
		strbuf_puts(d->b, "\n\n");
	}
}

void pd_para(struct pdoc *d, const char *cls, const char *s)
{
	if (d->html) {
		if (cls)
			strbuf_printf(d->b, "<p class=\"%s\">", cls);
		else
			strbuf_puts(d->b, "<p>");
		html_escape(d->b, s);
		strbuf_puts(d->b, "</p>\n");
	} else {
		bool it = cls && strcmp(cls, "empty") == 0;
		strbuf_puts(d->b, it ? "*" : "");
		rpt_md_escape(d->b, s);
		/* meta lines stay lines of their own */
		strbuf_puts(d->b, it ? "*\n\n" : cls && strcmp(cls, "meta") == 0 ? "  \n" : "\n\n");
	}
}

void pd_field(struct pdoc *d, const char *label, const char *s)
{
	if (d->html) {
		strbuf_puts(d->b, "<p><strong>");
		html_escape(d->b, label);
		strbuf_puts(d->b, ":</strong> ");
		html_escape(d->b, s);
		strbuf_puts(d->b, "</p>\n");
	} else {
		strbuf_puts(d->b, "**");
		rpt_md_escape(d->b, label);
		strbuf_puts(d->b, ":** ");
		rpt_md_escape(d->b, s);
		strbuf_puts(d->b, "  \n");
	}
}

void pd_list_begin(struct pdoc *d)
{
	if (d->html)
		strbuf_puts(d->b, "<ul>\n");
}

void pd_item(struct pdoc *d, const char *s)
{
	if (d->html) {
		strbuf_puts(d->b, "<li>");
		html_escape(d->b, s);
		strbuf_puts(d->b, "</li>\n");
	} else {
		strbuf_puts(d->b, "- ");
		rpt_md_escape_in(d->b, s, "  ");
		strbuf_puts(d->b, "\n");
	}
}

void pd_list_end(struct pdoc *d)
{
	strbuf_puts(d->b, d->html ? "</ul>\n" : "\n");
}

void pd_block_begin(struct pdoc *d)
{
	if (d->html)
		strbuf_puts(d->b, "<div class=\"block\">\n");
}

void pd_block_end(struct pdoc *d)
{
	strbuf_puts(d->b, d->html ? "</div>\n" : "\n");
}

void pd_quote(struct pdoc *d, const char *s)
{
	if (d->html) {
		strbuf_puts(d->b, "<blockquote>");
		html_escape(d->b, s);
		strbuf_puts(d->b, "</blockquote>\n");
	} else {
		strbuf_puts(d->b, "> ");
		rpt_md_escape_in(d->b, s, "> ");
		strbuf_puts(d->b, "\n\n");
	}
}

void pd_table_begin(struct pdoc *d, const struct pd_col *cols, size_t n)
{
	if (d->html) {
		strbuf_puts(d->b, "<table>\n<colgroup>");
		for (size_t i = 0; i < n; i++)
			strbuf_printf(d->b, "<col style=\"width:%u%%\" />", cols[i].width);
		strbuf_puts(d->b, "</colgroup>\n<thead><tr>");
		for (size_t i = 0; i < n; i++) {
			strbuf_puts(d->b, cols[i].num ? "<th class=\"num\" scope=\"col\">"
						      : "<th scope=\"col\">");
			html_escape(d->b, cols[i].head);
			strbuf_puts(d->b, "</th>");
		}
		strbuf_puts(d->b, "</tr></thead>\n<tbody>\n");
		return;
	}
	strbuf_puts(d->b, "|");
	for (size_t i = 0; i < n; i++) {
		strbuf_puts(d->b, " ");
		rpt_md_escape(d->b, cols[i].head);
		strbuf_puts(d->b, " |");
	}
	strbuf_puts(d->b, "\n|");
	for (size_t i = 0; i < n; i++)
		strbuf_puts(d->b, cols[i].num ? "---:|" : "---|");
	strbuf_puts(d->b, "\n");
}

void pd_row(struct pdoc *d, const struct pd_col *cols, const char *const *cells, size_t n)
{
	if (d->html) {
		strbuf_puts(d->b, "<tr>");
		for (size_t i = 0; i < n; i++) {
			strbuf_puts(d->b, cols[i].num ? "<td class=\"num\">" : "<td>");
			html_escape(d->b, cells[i]);
			strbuf_puts(d->b, "</td>");
		}
		strbuf_puts(d->b, "</tr>\n");
		return;
	}
	strbuf_puts(d->b, "|");
	for (size_t i = 0; i < n; i++) {
		strbuf_puts(d->b, " ");
		if (cols[i].num) {
			/* figures spiegel made ("54.8", "+2.5", "12 van 20") need no
			 * escapes; a leading "-" or "1." in a cell starts no list */
			strbuf_puts(d->b, cells[i]);
			strbuf_puts(d->b, " |");
			continue;
		}
		/* a cell is one line: a newline would end the table */
		for (const char *s = cells[i]; *s;) {
			size_t k = strcspn(s, "\n");
			char part[512];
			while (k > 0) {
				size_t m = k < sizeof(part) - 1 ? k : sizeof(part) - 1;
				memcpy(part, s, m);
				part[m] = '\0';
				rpt_md_escape(d->b, part);
				s += m;
				k -= m;
			}
			if (*s == '\n') {
				strbuf_puts(d->b, " ");
				s++;
			}
		}
		strbuf_puts(d->b, " |");
	}
	strbuf_puts(d->b, "\n");
}

void pd_table_end(struct pdoc *d)
{
	strbuf_puts(d->b, d->html ? "</tbody>\n</table>\n" : "\n");
}

void pd_text(struct pdoc *d, const char *s)
{
	text(d, s);
}
