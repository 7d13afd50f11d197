#ifndef SPIEGEL_CORE_REPORT_FEEDBACK_INTERNAL_H
#define SPIEGEL_CORE_REPORT_FEEDBACK_INTERNAL_H

/* Shared by the renderers of the feedback report (report_feedback*.c). */

#include "spiegel/feedback.h"
#include "util.h"

/* tenths as report_number shows them: "60.0"; with a sign: "+13.6" */
void rfb_number(char *buf, size_t size, long tenths);
void rfb_signed(char *buf, size_t size, long tenths);
/* A practice in a list of kinds: "jij 60.0, anderen 45.0 (verschil +15.0)"
 * (numbers as rfb_number and rfb_signed show them); fp->self is set. */
void rfb_kind_figures(struct strbuf *b, const struct feedback_practice *fp);
/* "iedereen", "teamleden", ..., "anderen"; ids "iedereen", "teamlid", ...,
 * "anderen" */
const char *rfb_group_name(int role);
const char *rfb_group_id(int role);
const char *rfb_kind_name(enum feedback_kind k);
/* "7 antwoorden (teamleden 3, anderen 4)" */
void rfb_counts(struct strbuf *b, const struct feedback_result *r);
void rfb_privacy(struct strbuf *b, const struct feedback_result *r);
void rfb_too_few(struct strbuf *b, const struct feedback_result *r);
/* r is not read: the thresholds are the same for every result; it makes
 * rfb_thresholds an rfb_say_fn like the others. */
void rfb_thresholds(struct strbuf *b, const struct feedback_result *r);
/* One of the texts above about r. */
typedef void rfb_say_fn(struct strbuf *b, const struct feedback_result *r);
/* What say writes about r, as a malloc'd string; NULL without memory. */
char *rfb_said(rfb_say_fn *say, const struct feedback_result *r);
void rfb_answer(char *buf, size_t size, const struct item *it, int v);
void rfb_step_origin(struct strbuf *b, const struct feedback_result *r, size_t i);

char *rfb_json(const struct feedback_report_input *in, size_t *len);
char *rfb_csv(const struct feedback_report_input *in, size_t *len);
void rfb_html(struct strbuf *b, const struct feedback_report_input *in);

#endif
