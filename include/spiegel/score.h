#ifndef SPIEGEL_SCORE_H
#define SPIEGEL_SCORE_H

/*
 * Score: answers -> practice scores -> focus practices -> next steps, and the
 * persoonlijke kwaliteiten. Pure and deterministic; doc/scoring.md has the
 * rules (model 2) and a worked example.
 *
 *  - A likert answer v (1-5) counts as v, or 6 - v when the item is reverse
 *    keyed. Unanswered and "niet van toepassing" items do not count. A
 *    scenario counts as 5 when its most likely choice is a fitting approach
 *    and 1 when not (so a practice sees the fit, not the choices).
 *  - Coverage of a practice: the sum of the weights (thousandths) of its
 *    counted items and their number. Only a practice whose coverage reaches
 *    the catalogue's thresholds (content_coverage_enough) gets a score and a
 *    level; the others say why not (enum score_coverage).
 *  - Score = 25 * (S - W) / W with S = sum(w * v), W = sum(w), rounded once,
 *    exactly, to tenths (score_tenths); every output shows and compares that
 *    rounded score. Level: the last catalogue level whose min it reaches.
 *  - Focus: among the questionnaire's primary, measured practices (the
 *    candidates): the user's choice (session focus) when valid; otherwise
 *    the lowest, unless there is no clear low point (same answer everywhere,
 *    all in the top level, or all within SCORE_BAND_TENTHS) or the lowest
 *    score is shared by more than SCORE_MAX_FOCUS practices. Ties are kept
 *    together and named, never broken by catalogue order.
 *  - Next steps: with a profile, first the steps of the matching profile
 *    rules; then steps of the focus practices that suit their level, taken
 *    in turn from each focus practice, SCORE_MAX_STEPS in all.
 *  - Persoonlijke kwaliteiten: like a practice in which every item tagged
 *    with the quality weighs 1; no level, never a focus.
 */

#include <stdbool.h>
#include <stddef.h>

#include "spiegel/content.h"
#include "spiegel/session.h"

#define SCORE_MAX_FOCUS SESSION_MAX_FOCUS
#define SCORE_MAX_STEPS 3
/* Scores closer together than this (12.5 points, half a step on the
 * five-point scale) are no clear difference. */
#define SCORE_BAND_TENTHS 125

/* Why a practice (or quality) has a score or not. */
enum score_coverage {
	COVERAGE_NONE,	 /* no item of the questionnaire weighs on it */
	COVERAGE_LOW,	 /* below the thresholds even with every item answered */
	COVERAGE_SHORT,	 /* would reach them when complete; the answers do not */
	COVERAGE_ENOUGH, /* measured: a score (and for a practice a level) */
};

/* A practice's figures; the qualities use the same struct (level -1, never
 * primary, every item weighing 1000). */
struct practice_score {
	bool has_score; /* coverage == COVERAGE_ENOUGH */
	enum score_coverage coverage;
	long tenths;	       /* the score in tenths, rounded exactly; 0 without score */
	double score;	       /* tenths / 10.0: the score as shown, 0-100 */
	double mean;	       /* S / W, 1-5 */
	size_t answered;       /* counted items that weigh on it */
	unsigned weight_milli; /* the sum of their weights, thousandths */
	size_t full_items;     /* items of the questionnaire that weigh on it */
	unsigned full_milli;   /* and their weights */
	int level;	       /* index into catalogue levels, -1 without score */
	bool primary;	       /* the questionnaire primarily measures it */
};

/* How the focus came about. */
enum score_focus {
	FOCUS_NONE,    /* no candidate: nothing primary is measured */
	FOCUS_LOWEST,  /* the lowest candidates, clearly below the rest */
	FOCUS_ONLY,    /* the only candidate */
	FOCUS_CHOSEN,  /* chosen by the user (session focus) */
	FOCUS_UNCLEAR, /* no clear low point: the user chooses (n_focus 0) */
};
enum score_unclear {
	UNCLEAR_NONE,
	UNCLEAR_UNIFORM,  /* the same answer to every item */
	UNCLEAR_ALL_HIGH, /* every candidate in the top level */
	UNCLEAR_CLOSE,	  /* all candidates within SCORE_BAND_TENTHS */
	UNCLEAR_TIE,	  /* more than SCORE_MAX_FOCUS share the lowest score */
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
	double approach[N_APPROACHES];	     /* (most - least) / scenarios, -1..1, exact */
	double approach_shown[N_APPROACHES]; /* the same rounded to one decimal */
	size_t missed[N_APPROACHES];	     /* fitting but not chosen most likely */
	size_t preferred[2];		     /* voorkeursaanpakken */
	size_t n_preferred;
	size_t breadth;
	size_t fit_n; /* scenarios whose most likely choice fits */
	double fit;   /* 100 * fit_n / scenarios, one decimal */
	size_t first_n, first[N_WSTEPS];
	double step_score[STEP_ARGUMENTEREN]; /* likert 0-100 per step, one decimal */
	bool has_step[STEP_ARGUMENTEREN];
	size_t source_n, source[N_WSOURCES], sourcehit_n, sourcemissed[N_WSOURCES];
	double *section_score; /* per section, likert 0-100, one decimal */
	bool *has_section;
	size_t n_sections;
	const struct profile_rule *rules[SCORE_MAX_RULES]; /* matched, in order */
	size_t n_rules;
};

struct score_result {
	struct practice_score *practices; /* catalogue->n_practices entries */
	size_t n_practices;
	struct practice_score *qualities; /* catalogue->n_qualities entries */
	size_t n_qualities;
	/* the candidates for focus: primary and measured, catalogue order */
	size_t *candidates;
	size_t n_candidates;
	enum score_focus focus_how;
	enum score_unclear unclear; /* with FOCUS_UNCLEAR */
	size_t focus[SCORE_MAX_FOCUS];
	size_t n_focus;
	bool focus_tied; /* FOCUS_LOWEST: the focus practices share one score */
	/* practices with one shared score that spiegel does not choose
	 * between: UNCLEAR_TIE the lowest; FOCUS_LOWEST the next group that
	 * did not fit whole beside the focus (empty when there is none) */
	size_t *tied;
	size_t n_tied;
	/* chosen in the session but not a candidate (catalogue index, or -1
	 * for an id the catalogue does not know): ignored */
	int ignored[SCORE_MAX_FOCUS];
	size_t n_ignored;
	bool uniform; /* every counted item a likert item with the same answer */
	struct step_ref steps[SCORE_MAX_STEPS];
	size_t n_steps;
	struct profile_result profile;
};

/* Fill r (caller-owned; free with score_finish). The session's focus (if
 * any) is the user's choice. false only on OOM. */
bool score_compute(const struct catalogue *c, const struct questionnaire *q,
		   const struct session *s, struct score_result *r);
void score_finish(struct score_result *r);

/* num / den (den > 0) in tenths, rounded exactly, halves away from zero:
 * score_tenths(225, 4) = 563 (56.25 -> 56.3), score_tenths(-1, 20) = -1. */
long score_tenths(long long num, long long den);

/* The level of a score as shown (0-100, one decimal, as in struct
 * practice_score): the index of the last catalogue level whose min it
 * reaches, 0 below them all. */
int score_level(const struct catalogue *c, double shown);

/* The value an answer counts as (after reverse keying), or 0 if it does not
 * count. */
int score_item_value(const struct item *it, struct answer a);

/* The change of a practice from was to now in tenths, from the scores as
 * shown (so that the figures on the page add up: 56.3 -> 58.8 is +2.5);
 * every output of a change between two sessions shows this. Both must have
 * a score. */
long score_change_tenths(const struct practice_score *was, const struct practice_score *now);

/* Whether p is a focus practice / a candidate for focus. */
bool score_is_focus(const struct score_result *r, size_t p);
bool score_is_candidate(const struct score_result *r, size_t p);

/* The value of a profile measure; false when it has no data. */
bool score_measure(const struct profile_result *p, enum measure m, int arg, double *out);

#endif
