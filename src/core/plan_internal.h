#ifndef SPIEGEL_CORE_PLAN_INTERNAL_H
#define SPIEGEL_CORE_PLAN_INTERNAL_H

/* Shared by the files of the plan and portfolio modules (plan.c,
 * plan_json.c, plan_store.c, plan_text.c, portfolio*.c); not a public
 * header. */

#include <stdbool.h>
#include <stddef.h>

#include "spiegel/diag.h"
#include "spiegel/plan.h"

/* An empty voornemen (dates DATE_NONE); NULL on OOM. */
struct plan *plan_new(void);
/* Content ids ([A-Za-z0-9._-], 1 to 40) and session ids ([a-z0-9-]). */
bool plan_ident_ok(const char *s);
bool plan_session_id_ok(const char *s);
/* A stored copy of s (NFC): valid UTF-8, no control characters but newline
 * and tab, at most max bytes, not blank when required; NULL with a message
 * naming what otherwise. NULL s is "". */
char *plan_text_copy(const char *s, size_t max, bool required, const char *what, struct diag *d);
/* The order of plan_sort: < 0 when x comes before y. */
int plan_order(const struct plan *x, const struct plan *y, long today);

/* "gedaan", "deels", "nog-niet" and "doorgaan", "nieuw", "afgesloten" as
 * files write them. */
const char *plan_result_key(enum plan_result r);
const char *plan_next_key(enum plan_next n);

/* The title of questionnaire id in c, or the id (c may be NULL). */
const char *plan_q_title(const struct content *c, const char *id);
/* The name of practice id in c's catalogue, or the id. */
const char *plan_practice_name(const struct content *c, const char *id);

/* A change in tenths with its sign, as every output shows one: "+8.8",
 * "-1.0", "0.0". */
void plan_signed(char *buf, size_t size, long tenths);

#endif
