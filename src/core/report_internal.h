#ifndef SPIEGEL_CORE_REPORT_INTERNAL_H
#define SPIEGEL_CORE_REPORT_INTERNAL_H

/* Text helpers shared by the session and group renderers (report.c,
 * report_group.c); not part of the public headers. */

#include <stdbool.h>
#include <stddef.h>

#include <cjson/cJSON.h>

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

/* A list item: the first line after bullet, the rest under its text. */
void rpt_wrap_bullet(struct strbuf *b, const char *text, int width, const char *bullet);

/* Add v to o as a number with at most one decimal, rounded as report_number
 * shows it (so JSON never holds 17.599999999999994). false on OOM. */
bool rpt_json_number(cJSON *o, const char *key, double v);

/* report_score.c: the sections of scoring model 2 (doc/scoring.md). */
struct report_input;
void rpt_practices_text(struct strbuf *b, const struct report_input *in);
void rpt_practices_markdown(struct strbuf *b, const struct report_input *in);
bool rpt_practices_json(cJSON *root, const struct report_input *in);
void rpt_focus_text(struct strbuf *b, const struct report_input *in);
void rpt_focus_markdown(struct strbuf *b, const struct report_input *in);
bool rpt_focus_json(cJSON *root, const struct report_input *in);
void rpt_qualities_text(struct strbuf *b, const struct report_input *in);
void rpt_qualities_markdown(struct strbuf *b, const struct report_input *in);
bool rpt_qualities_json(cJSON *root, const struct report_input *in);

/* The printed JSON of root plus a newline (malloc'd, NULL on OOM); frees
 * root. Neutralised as rpt_finish does (DIAG_JSON). */
char *rpt_json_finish(cJSON *root, size_t *len);

/* The finished text of a report (NULL on OOM), its length in *len when len
 * is not NULL: every string from a file in it neutralised (diag_neutral,
 * DIAG_TEXT), so that no session, hand-in or content file can put an escape
 * sequence or a bidi override into a report. */
char *rpt_finish(struct strbuf *b, size_t *len);

#endif
