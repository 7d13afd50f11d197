#ifndef SPIEGEL_GROUP_H
#define SPIEGEL_GROUP_H

/*
 * Group: aggregates the sessions (or hand-in files) of many participants of
 * one questionnaire into figures a trainer or coach can show.
 *
 * Sessions are added one at a time and not kept: memory depends on the
 * questionnaire and the catalogue, not on the number of participants. What
 * grows is only the list of session ids (to skip a file handed in twice) and
 * the shared open answers, which are part of the output.
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
 * With a restriction (group_create's `common`), only items that also occur,
 * as the same item, in that other questionnaire count towards the practice
 * scores: that is how day 1 and day 6 of the course are compared on their
 * shared core items. Item distributions and shared answers cover every item.
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
	double mean, sd, median, min, max; /* valid when n > 0 */
	/* internal: running sums and the histogram for the median */
	double sum, m2;
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
	bool counted;		  /* counts towards the practice scores (the
				     restriction); distributions cover all items */
};

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
	const struct questionnaire *common; /* restriction, may be NULL */
	bool names;			    /* keep aliases with shared answers */
	size_t n;			    /* participants added */
	size_t finished;		    /* of which finished */
	struct group_stat *practices;	    /* cat->n_practices */
	struct group_item *items;	    /* q->n_items */
	struct group_profile profile;
	struct group_shared *shared;
	size_t n_shared, cap_shared;
	char **ids; /* session ids seen: a hash set of cap_ids slots */
	size_t n_ids, cap_ids;
};

/* A group for questionnaire q; with common non-NULL only items that common
 * has too (content_items_same) count. NULL on OOM. */
struct group *group_create(const struct catalogue *cat, const struct questionnaire *q,
			   const struct questionnaire *common);
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

/* "A", "B", ..., "Z", "AA", "AB", ... for participant i (0-based). */
void group_label(size_t i, char *buf, size_t size);

/* Items of q that count towards the practice scores of g (all, or those
 * shared with the restriction). */
size_t group_counted_items(const struct group *g);

/* The score_compute of s restricted to the items q shares with common (all
 * of q's items when common is NULL). */
bool group_score(const struct catalogue *cat, const struct questionnaire *q,
		 const struct questionnaire *common, const struct session *s,
		 struct score_result *r);

#endif
