#ifndef SPIEGEL_CORE_FEEDBACK_INTERNAL_H
#define SPIEGEL_CORE_FEEDBACK_INTERNAL_H

/* Shared by the feedback modules (feedback_*.c, report_feedback*.c); not a
 * public header. */

#include "spiegel/feedback.h"
#include "util.h"

/* A form version as feedback_form_version writes it: at most
 * FEEDBACK_FORM_MAX - 1 bytes of letters, digits, '.', '-' and two '/'. */
bool feedback_form_ok(const char *s);

/* Required members of a feedback file (obj, at its top: messages with
 * place ""): the id at key into out (FEEDBACK_ID_LEN + 1 bytes) when
 * feedback_id_ok, else the message bad; the form version at "form" into
 * out (size bytes) when feedback_form_ok, else "ongeldige
 * formulierversie". A missing member: the getter's message. */
struct jctx;
struct cJSON;
void feedback_get_id(struct jctx *c, const struct cJSON *obj, const char *key, const char *bad,
		     char *out);
void feedback_get_form(struct jctx *c, const struct cJSON *obj, char *out, size_t size);

/* The printed JSON of a cJSON tree with '<', '>' and '&' as \u escapes, so
 * that it can stand inside an HTML <script> element. */
void feedback_json_for_html(struct strbuf *b, const char *json);

/* HTML-escaped text (&, <, >, ", '). */
void feedback_html_escape(struct strbuf *b, const char *s);

#endif
