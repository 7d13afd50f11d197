#ifndef SPIEGEL_CORE_REPORT_GROUP_INTERNAL_H
#define SPIEGEL_CORE_REPORT_GROUP_INTERNAL_H

/* What the group report formats share (report_group.c) and the renderer of
 * each format (report_group_text.c, _md.c, _html.c, _json.c); not a
 * public header. Every figure comes from group.h (group_figures.c). */

#include <stdbool.h>
#include <stddef.h>

#include "report_internal.h"
#include "spiegel/group.h"
#include "spiegel/report.h"

const char *grp_plural(size_t n, const char *one, const char *more);
/* k as text into buf; returns buf. */
char *grp_label_of(char *buf, size_t size, size_t k);

/* The figures a practice row shows, as text. */
struct stat_text {
	char mean[16], median[16], sd[16], min[16], max[16];
};
void grp_stat_text(const struct group_stat *st, struct stat_text *t);

/* The next practice with scores from row->p on, its figures as text; false
 * after the last. Start with row->p = 0 and step with row->p++. */
struct practice_row {
	size_t p; /* catalogue practice */
	const struct group_stat *st;
	struct stat_text t;
};
bool grp_practice_row(const struct group *g, struct practice_row *row);

/* One entry per answer category of item i ("4 vaak", an option label):
 * its count (scenario: most likely) and least likely count; at most max. */
#define MAX_DIST 16
struct dist_entry {
	const char *label;
	size_t count, least;
	char buf[160];
};
size_t grp_item_dist(const struct group *g, size_t i, struct dist_entry *out, size_t max);

/* What the markdown and HTML tables show of item i: the item and its
 * figures, the baseline's figures of the same item (bi, when shown) and,
 * for all but open items, the distributions (e the baseline's, as many
 * entries as d: otherwise bi is NULL). */
struct item_view {
	const struct item *it;
	const struct group_item *gi, *bi;
	const char *title; /* a scenario's title, else the text */
	bool scen;
	struct dist_entry d[MAX_DIST], e[MAX_DIST];
	size_t n;
};
void grp_item_view(const struct group_report_input *in, size_t i, struct item_view *v);

/* How a format writes a text from a file: as it is, or escaped. */
typedef void (*escape_fn)(struct strbuf *b, const char *s);
void grp_put_plain(struct strbuf *b, const char *s);
/* "Eerste stap: herkennen 10%, ..." for the first steps and the sources. */
void grp_shares(struct strbuf *b, const char *label, const struct named *names,
		const size_t *counts, size_t n, size_t total, escape_fn esc);

/* A row of the change since the baseline (group_compared), its figures as
 * every format shows them. */
struct change_row {
	size_t p; /* catalogue practice */
	const struct group_stat *now, *base;
	char base_mean[16], now_mean[16], change[16];
};
/* The next compared practice from row->p on, into row; false after the
 * last. Start with row->p = 0 and step with row->p++. */
bool grp_change_row(const struct group_report_input *in, struct change_row *row);

/* The section on the change since the baseline in markdown or HTML: when
 * the baseline is shown, heading, then no_common when the measurements
 * share no items, else legend_head, the number of shared items with
 * "vraag"/"vragen", legend_tail, table_head before the first row, a row per compared
 * practice, and table_end after the last, or no_rows when there is none;
 * end closes the section. */
struct change_format {
	const char *heading, *no_common, *legend_head, *legend_tail;
	const char *table_head, *table_end, *no_rows, *end;
	void (*row)(struct strbuf *b, const struct group *g, const struct change_row *r);
};
void grp_change_section(struct strbuf *b, const struct group_report_input *in,
			const struct change_format *f);

/* Whether g has a summed weerstand profile to show, and what it rests on:
 * "6 deelnemers, 18 situaties samen". */
void grp_profile_count(struct strbuf *b, const struct group *g);
/* The summed profile's first steps and sources, each a line between
 * before and after when there are any. */
void grp_profile_shares(struct strbuf *b, const struct group *g, const char *before,
			const char *after, escape_fn esc);

/* The privacy sentence under every header. */
const char *grp_privacy_line(const struct group *g);
/* What the comparison with the baseline rests on, in one or two sentences. */
void grp_comparison_basis(struct strbuf *b, const struct group *g);

/* Text and markdown (md): the header, the message for a measurement below
 * the minimum group size, and the shared open answers. */
void grp_header(struct strbuf *b, const struct group_report_input *in, bool md);
void grp_suppressed(struct strbuf *b, const struct group *g, size_t min, const char *what, bool md);
void grp_shared(struct strbuf *b, const struct group *g, bool md);

/* The formats. */
void grp_render_text(struct strbuf *b, const struct group_report_input *in);
void grp_render_markdown(struct strbuf *b, const struct group_report_input *in);
void grp_render_html(struct strbuf *b, const struct group_report_input *in);
bool grp_write_json(const struct group_report_input *in,
		    bool (*write)(void *ctx, const char *data, size_t len), void *ctx);
/* What a report hands to its writer at a time, at least. */
#define RPT_CHUNK 32768

#endif
