#ifndef SPIEGEL_PLAN_DIALOG_H
#define SPIEGEL_PLAN_DIALOG_H

/* The plain dialogues of voornemens and the portfolio, line by line on a
 * FILE pair: making voornemens from a session's results (after plain mode's
 * results and `spiegel plan new`), the look back (`spiegel plan update`)
 * and choosing open answers for the portfolio (after plain mode's results
 * and `spiegel portfolio mark`). Every question can be skipped with an
 * empty line; the end of the input stops the dialogue and saves only what
 * was complete. Nothing is said to be saved unless it was. */

#include <stdbool.h>
#include <stdio.h>

#include "spiegel/content.h"
#include "spiegel/score.h"
#include "spiegel/session.h"
#include "spiegel/store.h"

/* Today for voornemens: SPIEGEL_TODAY (YYYY-MM-DD, for tests; documented
 * in the man page) or the local date. */
long plan_today(void);

struct plan_io {
	const struct content *c; /* localised */
	struct store *st;
	long today;
	FILE *in, *out;
	char *line;
	size_t cap;
	bool eof;	 /* the input ended */
	bool failed;	 /* something was not saved */
	bool said_where; /* how to find them back was said */
};
void plan_io_init(struct plan_io *io, const struct content *c, struct store *st, FILE *in,
		  FILE *out);
void plan_io_finish(struct plan_io *io);

/* Offer to make one to three voornemens from session s (of q, scored in
 * r: its suggested steps). The session must be saved already (it is
 * linked by id). Returns false when a voornemen could not be saved. */
bool plan_dialog_new(struct plan_io *io, const struct session *s, const struct questionnaire *q,
		     const struct score_result *r);
/* The look back on voornemen id. Returns an exit status. */
int plan_dialog_review(struct plan_io *io, const char *id);
/* Choose which open answers of s (of q) are in the portfolio; toggled by
 * number. intro: the plain-mode wording (an offer after the results) or
 * the command's. Returns false when the choice could not be saved. */
bool plan_dialog_marks(struct plan_io *io, const struct session *s, const struct questionnaire *q,
		       bool offer);

/* After plain mode's results: the voornemens step, then the portfolio
 * step (only with open answers). c: localised content of the session. */
bool plan_offer(const struct content *c, struct store *st, const struct session *s,
		const struct questionnaire *q, const struct score_result *r, FILE *in, FILE *out);

#endif
