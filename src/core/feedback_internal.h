#ifndef SPIEGEL_CORE_FEEDBACK_INTERNAL_H
#define SPIEGEL_CORE_FEEDBACK_INTERNAL_H

/* Shared by the feedback modules (feedback_*.c, report_feedback*.c); not a
 * public header. */

#include "spiegel/feedback.h"
#include "util.h"

/* A form version as feedback_form_version writes it: at most
 * FEEDBACK_FORM_MAX - 1 bytes of letters, digits, '.', '-' and two '/'. */
bool feedback_form_ok(const char *s);

/* The printed JSON of a cJSON tree with '<', '>' and '&' as \u escapes, so
 * that it can stand inside an HTML <script> element. */
void feedback_json_for_html(struct strbuf *b, const char *json);

/* HTML-escaped text (&, <, >, ", '). */
void feedback_html_escape(struct strbuf *b, const char *s);

#endif
