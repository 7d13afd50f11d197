/* The meeting report's writers for markdown (meeting_report.c walks the
 * meeting). */
#include "meeting_internal.h"
#include "report_internal.h"

static void md_begin(struct strbuf *b, const char *title)
{
	(void)b;
	(void)title;
}

static void md_end(struct strbuf *b)
{
	(void)b;
}

static void md_heading(struct strbuf *b, int level, const char *text)
{
	if (b->len)
		strbuf_puts(b, "\n");
	for (int i = 0; i < level; i++)
		strbuf_puts(b, "#");
	strbuf_puts(b, " ");
	rpt_md_escape(b, text);
	strbuf_puts(b, "\n");
}

static void md_para(struct strbuf *b, const char *label, const char *text)
{
	strbuf_puts(b, "\n");
	if (label) {
		strbuf_puts(b, "**");
		rpt_md_escape(b, label);
		strbuf_puts(b, ":** ");
	}
	rpt_md_escape(b, text);
	strbuf_puts(b, "\n");
}

static void md_note(struct strbuf *b, const char *text)
{
	strbuf_puts(b, "\n> ");
	rpt_md_escape_in(b, text, "> ");
	strbuf_puts(b, "\n");
}

static void md_list_begin(struct strbuf *b)
{
	strbuf_puts(b, "\n");
}

static void md_item(struct strbuf *b, const char *label, const char *text)
{
	strbuf_puts(b, "- ");
	if (label) {
		strbuf_puts(b, "**");
		rpt_md_escape(b, label);
		strbuf_puts(b, ":** ");
	}
	rpt_md_escape_in(b, text, "  ");
	strbuf_puts(b, "\n");
}

static void md_list_end(struct strbuf *b)
{
	(void)b;
}

static void md_row(struct strbuf *b, const char *const *cells, size_t n, bool head, bool last)
{
	(void)last;
	if (head)
		strbuf_puts(b, "\n");
	strbuf_puts(b, "|");
	for (size_t k = 0; k < n; k++) {
		strbuf_puts(b, " ");
		rpt_md_escape(b, cells[k]);
		strbuf_puts(b, " |");
	}
	strbuf_puts(b, "\n");
	if (head) {
		strbuf_puts(b, "|---|");
		for (size_t k = 1; k < n; k++)
			strbuf_puts(b, "---:|");
		strbuf_puts(b, "\n");
	}
}

const struct mtg_writer mtg_markdown = {
    md_begin, md_end, md_heading, md_para, md_note, md_list_begin, md_item, md_list_end, md_row,
};
