#ifndef SPIEGEL_GROUP_H
#define SPIEGEL_GROUP_H

/*
 * Group: aggregates the sessions (or hand-in files) of many participants of
 * one questionnaire into figures a trainer or coach can show.
 *
 * Sessions are added one at a time and not kept: memory depends on the
 * questionnaire and the catalogue, not on the number of participants. What
 * grows is only the set of session ids (to skip a file handed in twice;
 * about 15 bytes a participant) and the shared open answers, which are part
 * of the output (each distinct text kept once).
 *
 *  - Per practice: n, mean, median, standard deviation (population), min and
 *    max of the participants' practice scores (0-100). The median is taken
 *    from scores rounded to one decimal, the precision every report shows.
 *  - Per item: the distribution of answers (likert 1-5, niet van
 *    toepassing, no answer; choice options; scenario most/least likely).
 *  - The weerstand profile summed: most and least likely per approach over
 *    all scenarios, fit, first steps, sources, and how many participants
 *    prefer each approach.
 *  - Shared open answers (marked shared by the participant), without names.
 *
 * With another measurement (group_create's `other`, the nulmeting of a
 * course), a measurement's own figures stay exactly what they are without
 * it: every practice score is over all items of its own questionnaire.
 * Beside them, `compared` holds the practice scores over only the items the
 * two questionnaires share (content_items_same): the figure to compare day 1
 * with day 6. Every item knows the index of the same item in the other
 * questionnaire, so that the per-question figures of both can be shown side
 * by side.
 */

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "spiegel/content.h"
#include "spiegel/diag.h"
#include "spiegel/score.h"
#include "spiegel/session.h"

#define GROUP_DEFAULT_MIN 5
#define GROUP_HIST_BINS 1001 /* scores 0.0 .. 100.0 in steps of 0.1 */

struct group_stat {
	size_t n;
	/* valid when n > 0. mean and median are exact from the shown scores
	 * (tenths), rounded once, halves away from zero (doc/scoring.md) */
	double mean, sd, median, min, max;
	/* internal: running sums and the histogram for the median */
	double sum, m2;
	long long tenths; /* the sum of the shown scores, in tenths */
	uint32_t *hist;
};

struct group_item {
	/* likert: counts[0..4] = answer 1..5 (as given, not reverse keyed),
	 * counts[5] = niet van toepassing; choice: counts[k] = option k;
	 * scenario: counts[k] most likely, least[k] least likely;
	 * open: counts[0] answered */
	size_t *counts, *least;
	size_t n_counts;
	size_t answered, missing; /* participants with / without an answer */
	size_t shared;		  /* open: answers shared */
	size_t other;		  /* the same item in g->other (its index), or
				     GROUP_NO_ITEM */
};

#define GROUP_NO_ITEM ((size_t)-1)

struct group_profile {
	bool present;
	size_t scenarios; /* over all participants */
	size_t most[N_APPROACHES], least[N_APPROACHES];
	size_t fit_n;
	size_t first_n, first[N_WSTEPS];
	size_t source_n, source[N_WSOURCES];
	size_t preferred[N_APPROACHES]; /* participants preferring each approach */
	size_t participants;		/* with at least one scenario */
};

struct group_shared {
	size_t item;
	char *text;
	char *who; /* the participant's alias, only with names */
};

struct group {
	const struct catalogue *cat;
	const struct questionnaire *q;
	const struct questionnaire *other; /* the other measurement, may be NULL */
	bool names;			   /* keep aliases with shared answers */
	size_t n;			   /* participants added */
	size_t finished;		   /* of which finished */
	/* per catalogue practice: the participants' own scores, over every
	 * item of q, and how many likert items of q carry weight on it */
	struct group_stat *practices;
	size_t *practice_items;
	/* with other: the same over only the items q shares with other (the
	 * comparison), and how many of those carry weight on it; NULL without
	 * other */
	struct group_stat *compared;
	size_t *compared_items;
	/* per persoonlijke kwaliteit (catalogue order): the participants'
	 * scores where they reach the coverage thresholds (doc/scoring.md) */
	struct group_stat *qualities;
	size_t n_common;	  /* items of q that other has too */
	struct group_item *items; /* q->n_items */
	struct group_profile profile;
	struct group_shared *shared;
	size_t n_shared, cap_shared;
	/* internal: session ids seen, a hash set of cap_ids slots (positions
	 * + 1 in id_text); the strings of the ids and shared answers */
	uint32_t *ids;
	size_t n_ids, cap_ids;
	char *id_text;
	size_t id_len, id_cap;
	struct arena_block *texts;
	char **text_set; /* the texts, each once: cap_texts slots */
	size_t n_texts, cap_texts;
	/* internal: room to score a participant, and the scores of the one
	 * added last (own, over the shared items) */
	struct score_scratch *scratch[2];
	struct score_result last[2];
};

/* A group for questionnaire q; with other non-NULL (the other measurement)
 * the comparison figures over the items both share are kept too. NULL on
 * OOM. */
struct group *group_create(const struct catalogue *cat, const struct questionnaire *q,
			   const struct questionnaire *other);
void group_destroy(struct group *g);

enum group_add_result {
	GROUP_ADDED,
	GROUP_OTHER,	 /* another questionnaire or version: skipped */
	GROUP_DUPLICATE, /* a session id already added: skipped */
	GROUP_INVALID,	 /* answers that do not fit the questionnaire */
	GROUP_NOMEM,
};

/* Add one participant. s must be of g->q (id and version); d gets a message
 * for every result other than GROUP_ADDED, prefixed with name. */
enum group_add_result group_add(struct group *g, const struct session *s, const char *name,
				struct diag *d);

/* Compute means, medians etc. after the last group_add; sorts the shared
 * answers by item and text, so that their order says nothing about the
 * order of the files. */
void group_finish(struct group *g);

/* The sector whose wording a group report may use: the one every
 * participant gave as sector answer (po, vo or mbo), when the group has a
 * sector question, every participant answered it alike and the group has at
 * least min_group participants (below that nothing about them is shown).
 * Otherwise false: use SECTOR_ALGEMEEN. Call after group_finish. */
bool group_sector(const struct group *g, size_t min_group, enum sector *out);

/* Point g at the same catalogue and questionnaires in c, a localised copy
 * (content_localize) of the content g was made with; indices are the same
 * there, so every figure stays valid. false (g unchanged) when c lacks one. */
bool group_use_content(struct group *g, const struct content *c);

/*
 * What the outputs show of a group (src/core/group_figures.c): the one
 * place for the privacy rule and for every figure a report or the
 * projection derives from the aggregate, so that no front end computes one
 * itself. Call after group_finish.
 */
/* The privacy rule: a measurement of fewer than min_group participants
 * shows only its count; no means, distributions, profile or shared
 * answers, in any output. */
bool group_suppressed(const struct group *g, size_t min_group);
/* Whether the figures of baseline (NULL: none) may be shown beside g's:
 * there is one and it is not suppressed. */
bool group_baseline_shown(const struct group *baseline, size_t min_group);
/* The change since the baseline of practice p: both measurements' figures
 * over only the items they share (never their own scores, which may rest
 * on other items) into *now and *base, when the baseline is shown and both
 * measured p on shared items; false otherwise. */
bool group_compared(const struct group *g, const struct group *baseline, size_t min_group, size_t p,
		    const struct group_stat **now, const struct group_stat **base);
/* The index of item i's twin in baseline, when the baseline is shown and is
 * g's other measurement; GROUP_NO_ITEM otherwise. */
size_t group_base_item(const struct group *g, const struct group *baseline, size_t min_group,
		       size_t i);
/* Whether the summed weerstand profile is shown: the questionnaire has one
 * and at least one participant answered a situation. */
bool group_profile_shown(const struct group *g);
/* The change of the mean in tenths, from the means as shown (whole tenths),
 * so that the difference matches the figures: 45.0 -> 71.7 is +267. */
long group_change_tenths(const struct group_stat *now, const struct group_stat *base);
/* Approach k of the summed profile as shown: (most - least) / scenarios,
 * -1..1, rounded exactly to one decimal (score_tenths); 0 without
 * scenarios. */
double group_approach_score(const struct group_profile *gp, size_t k);
/* n of `of` as a whole percentage, rounded exactly, halves away from zero
 * (doc/scoring.md): 1 of 8 is 13; 0 when of is 0. */
long group_percent(size_t n, size_t of);

/* "A", "B", ..., "Z", "AA", "AB", ... for participant i (0-based). */
void group_label(size_t i, char *buf, size_t size);

/* A random permutation of 0..n-1 into perm, from seed (the caller's
 * randomness; the same seed gives the same order). */
void group_permutation(size_t *perm, size_t n, uint64_t seed);

/*
 * Pairing the participants of two measurements (the CSV with a baseline).
 * A participant whose files carry the same alias (the participant field of
 * a hand-in or session, letter for letter after Unicode normalisation) in
 * both measurements, exactly once in each, is taken to be one person and
 * gets the same letter in both. Everyone else is unpaired: no alias, an
 * alias in only one measurement, or an alias that two files of the same
 * measurement carry. Unpaired participants get a letter from a range of
 * their own measurement ("nu-A", "nulmeting-A"), so that no join on the
 * letter can pair two different people. With one measurement the letters
 * are plain ("A", "B", ...) and nothing is paired.
 *
 * Use: group_pairs_note for every participant added (in any order), then
 * group_pairs_finish with the caller's randomness (the paired letters are a
 * random permutation), then group_pairs_label for every participant again,
 * in the order the rows are written (unpaired letters follow that order).
 * Holds one entry per distinct alias; aliases never leave it.
 */
enum group_measurement { GROUP_NOW = 0, GROUP_BASE = 1 };

struct group_pair_counts {
	size_t paired;	     /* persons in both measurements */
	size_t unpaired[2];  /* per measurement, participants without a pair */
	size_t no_alias[2];  /* of which: no alias at all */
	size_t ambiguous[2]; /* of which: an alias two files carry */
};

struct group_pairs;
/* two: whether there are two measurements. NULL on OOM. */
struct group_pairs *group_pairs_create(bool two);
void group_pairs_destroy(struct group_pairs *gp);
/* A participant of measurement m with this alias (NULL or "" for none);
 * false on OOM. */
bool group_pairs_note(struct group_pairs *gp, enum group_measurement m, const char *alias);
/* Decide the pairs and their letters; false on OOM. */
bool group_pairs_finish(struct group_pairs *gp, uint64_t seed);
void group_pairs_counts(const struct group_pairs *gp, struct group_pair_counts *out);
/* The label of the next participant of measurement m with this alias, into
 * buf; *paired tells whether it is a pair's letter. */
void group_pairs_label(struct group_pairs *gp, enum group_measurement m, const char *alias,
		       char *buf, size_t size, bool *paired);

/* The score_compute of s restricted to the items q shares with common (all
 * of q's items when common is NULL). */
bool group_score(const struct catalogue *cat, const struct questionnaire *q,
		 const struct questionnaire *common, const struct session *s,
		 struct score_result *r);

#endif
