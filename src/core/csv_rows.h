#ifndef SPIEGEL_CORE_CSV_ROWS_H
#define SPIEGEL_CORE_CSV_ROWS_H

/* The CSV rows of one participant from a compact form (report_csv.c), for
 * the rows a group run keeps (group_rows.c); not a public header. */

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "spiegel/group.h"
#include "spiegel/score.h"
#include "util.h"

/* A practice score as the rows show it. */
struct csv_score {
	uint16_t practice, tenths, answered;
};

/* The answers of s to the items of q as two codes per item into codes
 * (2 * q->n_items bytes): likert 1-5 (the answer as given) or 6 (niet van
 * toepassing); choice: the option + 1; scenario: most likely option + 1,
 * least likely option + 1; 0: no answer (and for open items); CSV_NO_CODE:
 * an answer that does not fit the item (session_validate refuses those),
 * false then. view: s's answers by q's items (session_view), or NULL (then
 * each is looked up). */
#define CSV_NO_CODE 255
bool csv_encode(const struct questionnaire *q, const struct session *s,
		const struct session_answer *const *view, uint8_t *codes);
/* The practices with a score in r, at most r->n_practices, into out. */
size_t csv_scores(const struct score_result *r, struct csv_score *out);

/* The fields of g's questionnaire, each made once: quoted, guarded and
 * neutralised as report_csv_rows makes them. */
struct csv_prepared;
struct csv_prepared *csv_prepare(const struct group *g); /* NULL on OOM */
void csv_prepared_free(struct csv_prepared *cp);
/* The rows of one participant after b. */
/* The rows of one participant after b; s (may be NULL) for the answers
 * coded CSV_NO_CODE. */
void csv_put(struct strbuf *b, const struct csv_prepared *cp, const char *label, const char *meting,
	     const char *paar, const uint8_t *codes, const struct session *s,
	     const struct csv_score *own, size_t n_own, const struct csv_score *shared,
	     size_t n_shared);

#endif
