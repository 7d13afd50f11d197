#ifndef SPIEGEL_CORE_REPORT_INTERNAL_H
#define SPIEGEL_CORE_REPORT_INTERNAL_H

/* Text helpers shared by the session and group renderers (report*.c);
 * not part of the public headers. */

#include <stdbool.h>
#include <stddef.h>

#include <cjson/cJSON.h>

#include "spiegel/report.h"
#include "util.h"

#define BAR_WIDTH 20
#define PROFILE_HALF 10

/* Number of UTF-8 characters in s[0..n). */
size_t rpt_u8len(const char *s, size_t n);
/* text word-wrapped at width columns, each line prefixed by indent. */
void rpt_wrap_into(struct strbuf *b, const char *text, int width, const char *indent);
/* s followed by spaces up to width characters. */
void rpt_pad_to(struct strbuf *b, const char *s, size_t width);
/* s as literal markdown text: special characters escaped, '&' as an
 * entity, and at the start of each line whatever would begin a list, quote,
 * heading, rule or code block; newlines become hard breaks. */
void rpt_md_escape(struct strbuf *b, const char *s);
/* The same inside a block: every continuation line starts with cont ("> "
 * in a quote, "  " in a list item). */
void rpt_md_escape_in(struct strbuf *b, const char *s, const char *cont);
/* BAR_WIDTH cells of '#' and '.' for a score 0-100. */
void rpt_plain_bar(struct strbuf *b, double score);
/* PROFILE_HALF cells each side of a '|' for v in -1..1. */
void rpt_signed_bar(struct strbuf *b, double v);

/* The approach scores of a weerstand profile: a signed bar per approach,
 * each line prefixed by indent. */
void rpt_approach_chart(struct strbuf *b, const struct questionnaire *q,
			const struct profile_result *p, const char *indent);

/* A list item: the first line after bullet, the rest under its text. */
void rpt_wrap_bullet(struct strbuf *b, const char *text, int width, const char *bullet);

/* Add v to o as a number with at most one decimal, rounded as report_number
 * shows it (so JSON never holds 17.599999999999994). false on OOM. */
bool rpt_json_number(cJSON *o, const char *key, double v);

/* "vraag" or "vragen". */
const char *rpt_vragen(size_t n);

/* report_score.c, for text and markdown: how to choose a focus (after a
 * focus sentence without one), and persoonlijke kwaliteit k in a line
 * (malloc'd). */
void rpt_choose_hint(struct strbuf *b, const struct report_input *in);
char *rpt_quality_line(const struct catalogue *c, const struct score_result *r, size_t k);

/* The session report in each format (report_text.c, report_markdown.c,
 * report_json.c); report_render dispatches. */
void rpt_render_text(struct strbuf *b, const struct report_input *in);
void rpt_render_markdown(struct strbuf *b, const struct report_input *in);
char *rpt_render_json(const struct report_input *in, size_t *len);

/* The printed JSON of root plus a newline (malloc'd, NULL on OOM); frees
 * root. Neutralised as rpt_finish does (DIAG_JSON). */
char *rpt_json_finish(cJSON *root, size_t *len);

/* The finished text of a report (NULL on OOM), its length in *len when len
 * is not NULL: every string from a file in it neutralised (diag_neutral,
 * DIAG_TEXT), so that no session, hand-in or content file can put an escape
 * sequence or a bidi override into a report. */
char *rpt_finish(struct strbuf *b, size_t *len);

/* A report written as it is made: b's sink (rpt_stream_start) neutralises
 * each piece as rpt_finish does (mode) and hands it to write. */
struct rpt_stream {
	bool (*write)(void *ctx, const char *data, size_t len);
	void *ctx;
	enum diag_mode mode;
};
void rpt_stream_start(struct strbuf *b, struct rpt_stream *st);
/* The rest to the sink; false when anything failed. Frees b. */
bool rpt_stream_end(struct strbuf *b);
/* s as cJSON prints a string: quoted, with cJSON's escapes. */
void rpt_json_string(struct strbuf *b, const char *s);

#endif
