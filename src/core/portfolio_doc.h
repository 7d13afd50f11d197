#ifndef SPIEGEL_CORE_PORTFOLIO_DOC_H
#define SPIEGEL_CORE_PORTFOLIO_DOC_H

/* The blocks of the portfolio in markdown or HTML (portfolio_doc.c); not a
 * public header. Every string is escaped for the form. */

#include <stdbool.h>
#include <stddef.h>

#include "util.h"

struct pdoc {
	struct strbuf *b;
	bool html;
};

struct pd_col {
	const char *head;
	unsigned width; /* percent of the table, HTML */
	bool num;	/* right-aligned figures */
};

void pd_begin(struct pdoc *d, const char *title);
void pd_end(struct pdoc *d);
/* The first page: what the portfolio holds and leaves out (HTML: a page of
 * its own when printed). */
void pd_first_begin(struct pdoc *d);
void pd_first_end(struct pdoc *d);
void pd_heading(struct pdoc *d, int level, const char *s);
/* cls: NULL, "meta" (a line of its own), "note" or "empty" */
void pd_para(struct pdoc *d, const char *cls, const char *s);
void pd_field(struct pdoc *d, const char *label, const char *s);
void pd_list_begin(struct pdoc *d);
void pd_item(struct pdoc *d, const char *s);
void pd_list_end(struct pdoc *d);
/* A block kept together on a page (a voornemen). */
void pd_block_begin(struct pdoc *d);
void pd_block_end(struct pdoc *d);
void pd_quote(struct pdoc *d, const char *s);
void pd_table_begin(struct pdoc *d, const struct pd_col *cols, size_t n);
void pd_row(struct pdoc *d, const struct pd_col *cols, const char *const *cells, size_t n);
void pd_table_end(struct pdoc *d);
void pd_text(struct pdoc *d, const char *s);

/* portfolio_feedback.c: the feedback rounds of the portfolio, and how
 * many fall in its period. */
struct portfolio_input;
void pf_feedback_section(struct pdoc *d, const struct portfolio_input *in);
size_t pf_feedback_count(const struct portfolio_input *in);

#endif
