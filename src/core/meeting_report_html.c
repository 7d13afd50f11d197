/* The meeting report's writers for HTML: one self-contained page with an
 * inline style for the screen and for print; nothing loaded from
 * elsewhere. */
#include "meeting_internal.h"
#include "html_doc.h"

static const char style[] =
    "body{font-family:system-ui,'Segoe UI',Arial,sans-serif;color:#111;background:#fff;"
    "margin:0;line-height:1.45}\n"
    "main{max-width:48rem;margin:0 auto;padding:1.5rem}\n"
    "h1{font-size:1.5rem;margin:0 0 .6rem}h2{font-size:1.2rem;margin:1.8rem 0 .4rem;"
    "border-bottom:2px solid #222}h3{font-size:1rem;margin:1rem 0 .2rem}\n"
    "p{margin:.3rem 0;overflow-wrap:anywhere}ul{margin:.3rem 0;padding-left:1.3rem}"
    "li{margin:.2rem 0;overflow-wrap:anywhere}\n"
    "p.note{background:#eef3f8;padding:.5rem .8rem;border-left:4px solid #2b5d8a}\n"
    "table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{padding:.25rem .4rem;"
    "border-bottom:1px solid #ccc;text-align:left}td.num,th.num{text-align:right;"
    "font-variant-numeric:tabular-nums}\n"
    "@media print{@page{margin:15mm}body{font-size:10pt}main{max-width:none;padding:0}"
    "h2,h3{break-after:avoid;page-break-after:avoid}li,tr,p.note{break-inside:avoid;"
    "page-break-inside:avoid}*{-webkit-print-color-adjust:exact;"
    "print-color-adjust:exact}}\n";

static void h_begin(struct strbuf *b, const char *title)
{
	strbuf_puts(b,
		    "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\" />\n"
		    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n"
		    "<title>");
	html_escape(b, title);
	strbuf_printf(b, "</title>\n<style>\n%s</style>\n</head>\n<body>\n<main>\n", style);
}

static void h_end(struct strbuf *b)
{
	strbuf_puts(b, "</main>\n</body>\n</html>\n");
}

static void h_heading(struct strbuf *b, int level, const char *text)
{
	strbuf_printf(b, "<h%d>", level);
	html_escape(b, text);
	strbuf_printf(b, "</h%d>\n", level);
}

static void h_para(struct strbuf *b, const char *label, const char *text)
{
	strbuf_puts(b, "<p>");
	if (label) {
		strbuf_puts(b, "<strong>");
		html_escape(b, label);
		strbuf_puts(b, ":</strong> ");
	}
	html_escape(b, text);
	strbuf_puts(b, "</p>\n");
}

static void h_note(struct strbuf *b, const char *text)
{
	strbuf_puts(b, "<p class=\"note\">");
	html_escape(b, text);
	strbuf_puts(b, "</p>\n");
}

static void h_list_begin(struct strbuf *b)
{
	strbuf_puts(b, "<ul>\n");
}

static void h_item(struct strbuf *b, const char *label, const char *text)
{
	strbuf_puts(b, "<li>");
	if (label) {
		strbuf_puts(b, "<strong>");
		html_escape(b, label);
		strbuf_puts(b, ":</strong> ");
	}
	html_escape(b, text);
	strbuf_puts(b, "</li>\n");
}

static void h_list_end(struct strbuf *b)
{
	strbuf_puts(b, "</ul>\n");
}

static void h_row(struct strbuf *b, const char *const *cells, size_t n, bool head, bool last)
{
	if (head)
		strbuf_puts(b, "<table>\n<thead>\n");
	strbuf_puts(b, "<tr>");
	for (size_t k = 0; k < n; k++) {
		strbuf_printf(b, "<%s%s>", head ? "th" : "td", k ? " class=\"num\"" : "");
		html_escape(b, cells[k]);
		strbuf_printf(b, "</%s>", head ? "th" : "td");
	}
	strbuf_puts(b, "</tr>\n");
	if (head)
		strbuf_puts(b, "</thead>\n<tbody>\n");
	if (last)
		strbuf_puts(b, "</tbody>\n</table>\n");
}

const struct mtg_writer mtg_html = {
    h_begin, h_end, h_heading, h_para, h_note, h_list_begin, h_item, h_list_end, h_row,
};
