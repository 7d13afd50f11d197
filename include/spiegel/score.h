#ifndef SPIEGEL_SCORE_H
#define SPIEGEL_SCORE_H

/*
 * Score: answers -> practice scores -> focus practices -> next steps.
 * Pure and deterministic; see doc/scoring.md for the rules and a worked
 * example.
 *
 *  - A likert answer v (1-5) counts as v, or 6 - v when the item is reverse
 *    keyed. Unanswered and "niet van toepassing" items do not count.
 *  - Practice mean = sum(w * v) / sum(w) over the answered items that weigh
 *    on the practice; score = (mean - 1) * 25, from 0 to 100.
 *  - Level: the last catalogue level whose min is at most the score.
 *  - Focus: the SCORE_MAX_FOCUS lowest practices with at least min_answers
 *    answered items (ties: catalogue order).
 *  - Next steps: steps of the focus practices that suit their level, taken
 *    in turn from each focus practice, SCORE_MAX_STEPS in all.
 */

#include <stdbool.h>
#include <stddef.h>

#include "spiegel/content.h"
#include "spiegel/session.h"

#define SCORE_MAX_FOCUS 2
#define SCORE_MAX_STEPS 3

struct practice_score {
	bool has_score; /* at least one answered item */
	double score;	/* 0-100 */
	double mean;	/* 1-5 */
	size_t answered;
	int level; /* index into catalogue levels, -1 without score */
};

struct step_ref {
	size_t practice, step;
};

struct score_result {
	struct practice_score *practices; /* catalogue->n_practices entries */
	size_t n_practices;
	size_t focus[SCORE_MAX_FOCUS];
	size_t n_focus;
	struct step_ref steps[SCORE_MAX_STEPS];
	size_t n_steps;
};

/* Fill r (caller-owned; free with score_finish). false only on OOM. */
bool score_compute(const struct catalogue *c, const struct questionnaire *q,
		   const struct session *s, struct score_result *r);
void score_finish(struct score_result *r);

/* The value an answer counts as (after reverse keying), or 0 if it does not
 * count. */
int score_item_value(const struct item *it, struct answer a);

#endif
