#ifndef SPIEGEL_CONTENT_H
#define SPIEGEL_CONTENT_H

/*
 * Content: the practices catalogue and the questionnaires (see
 * doc/content-format.md). Loading validates completely: a file either loads
 * whole or not at all, and every problem found is added to the diag as
 * "<file>: <where>: <message>". Loaded objects are immutable and own all
 * their strings; free them with the matching _destroy (NULL is a no-op).
 */

#include <stdbool.h>
#include <stddef.h>

#include "spiegel/diag.h"

#define CONTENT_MAX_FILE (4u * 1024u * 1024u)
#define CONTENT_COVERAGE_WEIGHT 2.0
#define CONTENT_COVERAGE_ITEMS 3
#define CONTENT_SCALE_POINTS 5
#define CONTENT_MAX_OPEN_TEXT 4000

struct source_ref {
	const char *file, *chapter, *authors, *lines;
};

struct level {
	const char *id, *name;
	double min; /* lowest score (0-100) of this level */
};

struct named {
	const char *id, *name, *description;
};

struct next_step {
	const char *id, *title, *text;
	unsigned levels; /* bit i set: suits level i */
	struct source_ref source;
};

struct practice {
	const char *id, *name, *domain, *description;
	struct source_ref source;
	const struct next_step *steps;
	size_t n_steps;
};

struct catalogue_impl;
struct catalogue {
	const char *path, *version;
	/* Coverage thresholds (doc/scoring.md, "coverage" in practices.json):
	 * a practice gets a score and a level only when the weights of its
	 * answered items sum to at least min_weight over at least min_items
	 * items. Defaults CONTENT_COVERAGE_WEIGHT and CONTENT_COVERAGE_ITEMS. */
	double min_weight;
	unsigned min_weight_milli; /* min_weight in thousandths, exact */
	int min_items;
	const struct level *levels;
	size_t n_levels;
	const struct named *domains, *qualities;
	size_t n_domains, n_qualities;
	const struct practice *practices;
	size_t n_practices;
	struct catalogue_impl *impl;
};

enum item_type { ITEM_LIKERT, ITEM_CHOICE, ITEM_OPEN, ITEM_SCENARIO };

/*
 * The weerstand profile taxonomy (blueprint 1.6): five approaches, four steps
 * plus "straight to convincing", five sources. Content files name them by id;
 * the model uses these indices.
 */
enum approach {
	APPROACH_ERTEGENIN,
	APPROACH_EROMHEEN,
	APPROACH_EROPAF,
	APPROACH_HOUVAST,
	APPROACH_ANDEREN_IN_BEELD,
	N_APPROACHES
};
enum wstep {
	STEP_HERKENNEN,
	STEP_VERKENNEN,
	STEP_ERKENNEN,
	STEP_OMBUIGEN,
	STEP_ARGUMENTEREN,
	N_WSTEPS
};
enum wsource {
	SOURCE_VERLIES_INVLOED,
	SOURCE_BELONING_DOORGROEI,
	SOURCE_VERSCHIL_INZICHT,
	SOURCE_WIJZE_VAN_OMGAAN,
	SOURCE_VERANDEROVERLOAD,
	N_WSOURCES
};
/* "wa_ertegenin" etc.; NULL out of range. */
const char *content_approach_id(size_t i);
const char *content_step_id(size_t i);
const char *content_source_id(size_t i);

enum followup { FOLLOWUP_NONE, FOLLOWUP_STEP, FOLLOWUP_SOURCE };

struct weight {
	size_t practice; /* index into the catalogue */
	double w;
	unsigned milli; /* w in thousandths, exact (weights have at most 3 decimals) */
};

struct choice_option {
	const char *value, *label;
	int key; /* scenario: approach; follow-up: step or source; else -1 */
};

struct item {
	const char *id, *text, *help;
	enum item_type type;
	size_t section;
	struct source_ref source;
	/* likert */
	const char *const *scale; /* CONTENT_SCALE_POINTS labels */
	bool na, reverse;
	const struct weight *weights;
	size_t n_weights;
	const char *quality;
	int step; /* likert: counts for this step (enum wstep) or -1 */
	/* choice and scenario */
	const struct choice_option *options;
	size_t n_options;
	/* scenario: short title, fitting approaches and cued sources (bit sets) */
	const char *title;
	unsigned fitting, cued;
	/* choice following a scenario (item index), with keyed options */
	enum followup followup;
	size_t follows;
};

/* A condition of a profile rule: measure(arg) op value (doc/content-format.md). */
enum measure {
	MEASURE_APPROACH,      /* arg: approach; -1..1 */
	MEASURE_SHARE,	       /* arg: approach; % of scenarios chosen most likely */
	MEASURE_MISSED,	       /* arg: approach; fitting but not chosen, count */
	MEASURE_BREADTH,       /* approaches chosen most likely at least once */
	MEASURE_FIT,	       /* % of scenarios with a fitting most likely choice */
	MEASURE_SCENARIOS,     /* scenarios answered */
	MEASURE_FIRST,	       /* arg: step; % of first moves */
	MEASURE_FIRST_EXPLORE, /* % of first moves verkennen or erkennen */
	MEASURE_FIRST_DIRECT,  /* % of first moves ombuigen or argumenteren */
	MEASURE_STEP,	       /* arg: step; likert score 0-100 */
	MEASURE_SECTION,       /* arg: section; likert score 0-100 */
	MEASURE_SOURCE,	       /* arg: source; % of source follow-ups */
	MEASURE_SOURCEHIT,     /* % of source follow-ups naming a cued source */
	MEASURE_SOURCEMISSED,  /* arg: source; cued but not named, count */
};
enum cmp_op { OP_LT, OP_LE, OP_GT, OP_GE };
struct condition {
	enum measure measure;
	int arg;
	enum cmp_op op;
	double value;
};
struct profile_rule {
	const char *id, *text;
	struct source_ref source;
	const struct condition *when;
	size_t n_when;
	const struct next_step *step; /* in the profile or in the catalogue */
	int practice;		      /* catalogue practice of step, or -1 */
};
struct profile {
	const struct named *approaches; /* N_APPROACHES, indexed by enum approach */
	const struct named *steps;	/* N_WSTEPS */
	const struct named *sources;	/* N_WSOURCES */
	const struct next_step *steps_lib;
	size_t n_steps_lib;
	const struct profile_rule *rules;
	size_t n_rules;
};

struct section {
	const char *id, *title, *intro;
	const char *const *prompts;
	size_t n_prompts;
	size_t first_item, n_items;
};

struct questionnaire_impl;
struct questionnaire {
	const char *path, *id, *version, *title, *intro;
	const struct section *sections;
	size_t n_sections;
	const struct item *items; /* all items, in order, sections are ranges */
	size_t n_items;
	const struct profile *profile; /* NULL without scenarios */
	/* The practices this questionnaire primarily measures (catalogue
	 * indices, in catalogue order): "practices" in the file, or, when the
	 * file has none, every practice its items cover by the catalogue's
	 * coverage thresholds when all are answered. Only these can be focus. */
	const size_t *primary;
	size_t n_primary;
	struct questionnaire_impl *impl;
};

/* Load and validate the practices catalogue. */
struct catalogue *content_load_catalogue(const char *path, struct diag *d);
void content_catalogue_destroy(struct catalogue *c);
/* Index of a practice / level id, or -1. */
int content_practice_index(const struct catalogue *c, const char *id);
int content_level_index(const struct catalogue *c, const char *id);

/* Whether practice p is one of q's primary practices. */
bool content_is_primary(const struct questionnaire *q, size_t p);
/* The coverage of practice p when every scored item (likert, scenario) of
 * q is answered: the sum of the weights in thousandths and the number of
 * items that weigh on p. */
void content_full_coverage(const struct questionnaire *q, size_t p, unsigned *milli, size_t *items);
/* Whether a coverage reaches the catalogue's thresholds. */
bool content_coverage_enough(const struct catalogue *c, unsigned milli, size_t items);

/* Load and validate a questionnaire against the catalogue. */
struct questionnaire *content_load_questionnaire(const char *path, const struct catalogue *c,
						 struct diag *d);
void content_questionnaire_destroy(struct questionnaire *q);
const struct item *content_find_item(const struct questionnaire *q, const char *id);
int content_item_index(const struct questionnaire *q, const char *id);
/* "001 hoofdstuk 1 (Van Wessum ...), r. 535-550" into buf. */
void content_source_format(const struct source_ref *s, char *buf, size_t size);

/* Everything in a content directory: practices.json plus every other *.json
 * as a questionnaire (sorted by file name). */
struct content {
	char *dir;
	struct catalogue *catalogue;
	struct questionnaire **qs;
	size_t n_qs;
};

/* Loads what it can; returns NULL only if the directory or the catalogue
 * cannot be read. Problems in a questionnaire leave it out and are reported. */
struct content *content_load_dir(const char *dir, struct diag *d);
void content_destroy(struct content *c);
const struct questionnaire *content_find(const struct content *c, const char *id);
/* The questionnaire other than from, of at least CONTENT_DEEPER_MIN_ITEMS
 * items, that measures practice p most (by the
 * sum of its item weights on p, at least CONTENT_DEEPER_WEIGHT and at least
 * CONTENT_DEEPER_SHARE of all its weight), or NULL. */
const struct questionnaire *content_deeper(const struct content *c,
					   const struct questionnaire *from, size_t p);
/* Another questionnaire of c that lists p among its primary practices
 * (questionnaires of at least CONTENT_DEEPER_MIN_ITEMS items first, then the
 * largest weight on p, then file order), or NULL: where a practice that from
 * measures too little is measured. */
const struct questionnaire *content_measured_in(const struct content *c,
						const struct questionnaire *from, size_t p);
#define CONTENT_DEEPER_WEIGHT 2.0
#define CONTENT_DEEPER_SHARE 0.2
/* questionnaires shorter than this (the course-day modules) are never
 * suggested as going deeper */
#define CONTENT_DEEPER_MIN_ITEMS 20

/* Rules over one questionnaire: a section with likert items has at least
 * CONTENT_MIN_DIMENSION of them, at least one reverse keyed. */
bool content_check_questionnaire(const struct questionnaire *q, struct diag *d);

/* Whether two items are the same question: id, type, text, scale, options,
 * keying and weights (help and source may differ). */
bool content_items_same(const struct item *a, const struct item *b);

/* Coverage rule: every primary practice of q reaches the catalogue's
 * thresholds when all items are answered. */
bool content_check_coverage(const struct catalogue *c, const struct questionnaire *q,
			    struct diag *d);

/* Cross-file rules: content_check_coverage for each; unique questionnaire ids; an item id used in
 * several questionnaires must be the same item there (content_items_same; the course days share
 * core items this way); and (with a catalogue) every practice weighed by at least CONTENT_MIN_REACH
 * likert items. Returns false and reports when broken. */
bool content_check_set(const struct catalogue *c, const struct questionnaire *const *qs, size_t n,
		       struct diag *d);

#define CONTENT_MIN_DIMENSION 3
#define CONTENT_MIN_REACH 4

#endif
