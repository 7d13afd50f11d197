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
 *  - A scenario counts as 5 when its most likely choice is a fitting
 *    approach and 1 when not (so a practice sees the fit, not the choices).
 *  - Next steps: with a profile, first the steps of the matching profile
 *    rules; then steps of the focus practices that suit their level, taken
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

/* A suggested next step: from a focus practice (rule NULL) or from a
 * profile rule that matched. */
struct step_ref {
	const struct next_step *step;
	int practice; /* catalogue practice, -1 for a profile-only step */
	const struct profile_rule *rule;
};

/*
 * The weerstand profile (blueprint 3.3.4; doc/scoring.md). Counts are over
 * answered scenarios (most likely chosen) and answered follow-ups. A figure
 * without data has its has_ flag false.
 */
#define SCORE_MAX_RULES 3
struct profile_result {
	bool present; /* the questionnaire has a profile */
	size_t scenarios;
	size_t most[N_APPROACHES], least[N_APPROACHES];
	double approach[N_APPROACHES]; /* (most - least) / scenarios, -1..1 */
	size_t missed[N_APPROACHES];   /* fitting but not chosen most likely */
	size_t preferred[2];	       /* voorkeursaanpakken */
	size_t n_preferred;
	size_t breadth;
	size_t fit_n; /* scenarios whose most likely choice fits */
	size_t first_n, first[N_WSTEPS];
	double step_score[STEP_ARGUMENTEREN]; /* likert 0-100 per step */
	bool has_step[STEP_ARGUMENTEREN];
	size_t source_n, source[N_WSOURCES], sourcehit_n, sourcemissed[N_WSOURCES];
	double *section_score; /* per section, likert 0-100 */
	bool *has_section;
	size_t n_sections;
	const struct profile_rule *rules[SCORE_MAX_RULES]; /* matched, in order */
	size_t n_rules;
};

struct score_result {
	struct practice_score *practices; /* catalogue->n_practices entries */
	size_t n_practices;
	size_t focus[SCORE_MAX_FOCUS];
	size_t n_focus;
	struct step_ref steps[SCORE_MAX_STEPS];
	size_t n_steps;
	struct profile_result profile;
};

/* Fill r (caller-owned; free with score_finish). false only on OOM. */
bool score_compute(const struct catalogue *c, const struct questionnaire *q,
		   const struct session *s, struct score_result *r);
void score_finish(struct score_result *r);

/* The value an answer counts as (after reverse keying), or 0 if it does not
 * count. */
int score_item_value(const struct item *it, struct answer a);

/* The value of a profile measure; false when it has no data. */
bool score_measure(const struct profile_result *p, enum measure m, int arg, double *out);

#endif
