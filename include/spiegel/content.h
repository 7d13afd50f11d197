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
#include <stdint.h>
#include <stddef.h>

#include "spiegel/diag.h"

#define CONTENT_MAX_FILE (4u * 1024u * 1024u)
#define CONTENT_COVERAGE_WEIGHT 2.0
#define CONTENT_COVERAGE_ITEMS 3
#define CONTENT_SCALE_POINTS 5
#define CONTENT_MAX_OPEN_TEXT 4000

/*
 * Sector-aware wording (doc/content-format.md, "Sector variants"): a text may
 * hold placeholders such as {leerlingen}; the catalogue's "variants" table
 * gives each one word or phrase per sector. "algemeen" is used when the
 * sector is unknown or "anders".
 */
enum sector { SECTOR_PO, SECTOR_VO, SECTOR_MBO, SECTOR_ALGEMEEN, N_SECTORS };

struct variant {
	const char *name;	      /* lower case: "leerlingen" */
	const char *value[N_SECTORS]; /* indexed by enum sector */
};

/*
 * The bibliography (doc/content-format.md, "Bibliography"): one entry per
 * work, or per chapter of the book. An entry with a file covers the lines
 * first..last of that seed file; sections refine it for display only.
 */
struct bib_section {
	const char *title;
	unsigned first, last;
};

struct bib_entry {
	const char *id, *authors, *year, *title, *chapter, *in, *kind;
	const char *file; /* NULL: a work outside the seed files, or "algemeen" */
	unsigned first, last;
	const struct bib_section *sections;
	size_t n_sections;
};

/* A source as written in content ("file" and "lines", or "ref"), resolved
 * at load time to its bibliography entry. entry is NULL only when the
 * catalogue has no bibliography (then nothing is checked). */
struct source_ref {
	const char *file, *chapter, *authors, *lines, *ref;
	const struct bib_entry *entry;
	int section; /* index into entry->sections, or -1 */
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
	/* "questionnaires": shown only in these questionnaires (ids), and there
	 * before the practice's general steps; none: shown everywhere */
	const char *const *questionnaires;
	size_t n_questionnaires;
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
	const struct bib_entry *bibliography; /* NULL: sources are not resolved */
	size_t n_bibliography;
	const struct variant *variants;
	size_t n_variants;
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
	/* likert: the question as someone else answers it about the leader
	 * ("observer", doc/content-format.md "Observer form"); NULL without */
	const char *observer;
	/* choice: "context": "sector" marks the questionnaire's sector question
	 * (options po, vo, mbo, anders) */
	bool sector;
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
	MEASURE_SOURCEMISSED,  /* arg: source; cued, but no cued source named, count */
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
	int sector_item; /* index of the item with "context": "sector", or -1 */
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
/* The same for the id id[0..n) (no NUL needed). */
int content_item_index_len(const struct questionnaire *q, const char *id, size_t n);
/* The reference a reader can look up, into buf: authors (year), 'title',
 * chapter in the containing work, kind, section; e.g. "Wassink, Van Wessum &
 * Kessels, 'Bestuurder en schoolleider als partners in leren', hoofdstuk 10
 * in De schoolleider in verandering". Never a file name or a line number
 * (those are for developers: spiegel check and JSON reports). Without a
 * bibliography: the source's authors and chapter. */
void content_source_format(const struct source_ref *s, char *buf, size_t size);
/* The bibliography entry with this id, or NULL. */
const struct bib_entry *content_bib_find(const struct catalogue *c, const char *id);

/* ---- sectors and placeholders ---- */

/* "po", "vo", "mbo", "algemeen"; NULL out of range. */
const char *content_sector_id(enum sector s);
/* The sector of an answer to a sector question: po, vo or mbo; anything
 * else ("anders", NULL) is SECTOR_ALGEMEEN. */
enum sector content_sector_of(const char *value);
/* The variant named name ("leerlingen"; not the upper-case form), or NULL. */
const struct variant *content_variant_find(const struct catalogue *c, const char *name);
/* text with every {name} replaced by its variant for sector s ({Name}: with
 * the first letter upper case); malloc'd, NULL on OOM. A placeholder the
 * catalogue does not know is kept as it is (the loader rejects those). */
char *content_subst(const struct catalogue *c, enum sector s, const char *text);
/* Whether every brace in text belongs to a placeholder the catalogue knows;
 * false with the first offending part ("{onbekend}", "{") in bad. */
bool content_text_ok(const struct catalogue *c, const char *text, char *bad, size_t size);

/* Whether next step st may be shown in questionnaire q (q NULL: only steps
 * without "questionnaires"), and whether it is specific to q. */
bool content_step_shown(const struct next_step *st, const struct questionnaire *q);
bool content_step_specific(const struct next_step *st, const struct questionnaire *q);
/* The k-th (from 0) step of practice p that suits level (an index into the
 * catalogue's levels) in questionnaire q, in the order steps are offered:
 * first those specific to q, then the general ones, each in catalogue
 * order; NULL after the last. */
const struct next_step *content_step_nth(const struct practice *p, const struct questionnaire *q,
					 int level, size_t k);

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
/* A key of the files of content directory dir as they are now (the name,
 * size, inode and times of every *.json, and dir): another key when any of
 * them changed. For caches of what is made from the content. false when
 * dir cannot be read. */
bool content_dir_key(const char *dir, uint64_t *key);

/*
 * Sector-specific copies (src/core/content_localize.c). A copy has every
 * user-visible text with its placeholders replaced for sector s, and
 * otherwise the same structure: the same practices, items and options at the
 * same indices, so answers, scores and group figures carry over. Copies own
 * all their memory (they may outlive the original). Always localise from the
 * loaded original: a copy has no placeholders left. NULL on OOM.
 */
struct content *content_localize(const struct content *c, enum sector s);
struct catalogue *content_localize_catalogue(const struct catalogue *c, enum sector s);
/* q (loaded against from) for sector s, pointing into to, a localised copy
 * of from. */
struct questionnaire *content_localize_questionnaire(const struct questionnaire *q,
						     const struct catalogue *from,
						     const struct catalogue *to, enum sector s);
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

/* Cross-file rules: content_check_questionnaire, content_check_rules and content_check_coverage for
 * each; content_check_catalogue; unique questionnaire ids; an item id used in
 * several questionnaires must be the same item there (content_items_same; the course days share
 * core items this way); and (with a catalogue) every practice weighed by at least CONTENT_MIN_REACH
 * likert items. Returns false and reports when broken. */
bool content_check_set(const struct catalogue *c, const struct questionnaire *const *qs, size_t n,
		       struct diag *d);

/* More rules for one questionnaire (src/core/content_check.c): every likert
 * and scenario item has a help text; a source's own "authors" and "chapter"
 * agree with the bibliography entry its lines lie in; with a profile, every
 * approach but eromheen fits at least one situation, no approach is the only
 * fitting one in more than CONTENT_MAX_SOLE_KEY_PCT percent of the
 * situations, each of the four steps rests on at least
 * CONTENT_MIN_STEP_ITEMS likert items and some rule has a condition on it;
 * with c, scenario titles stay within their limit in every sector. */
bool content_check_rules(const struct catalogue *c, const struct questionnaire *q, struct diag *d);
/* Rules for the catalogue with the questionnaires it serves: every practice
 * has, for each level, a next step shown in every questionnaire; a step's
 * "questionnaires" name questionnaires in qs; sources as above. */
bool content_check_catalogue(const struct catalogue *c, const struct questionnaire *const *qs,
			     size_t n, struct diag *d);

#define CONTENT_MIN_DIMENSION 3
#define CONTENT_MIN_REACH 4
#define CONTENT_MAX_SOLE_KEY_PCT 30
#define CONTENT_MIN_STEP_ITEMS 3

#endif
