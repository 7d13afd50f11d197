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
	int min_answers;
	const struct level *levels;
	size_t n_levels;
	const struct named *domains, *qualities;
	size_t n_domains, n_qualities;
	const struct practice *practices;
	size_t n_practices;
	struct catalogue_impl *impl;
};

enum item_type { ITEM_LIKERT, ITEM_CHOICE, ITEM_OPEN };

struct weight {
	size_t practice; /* index into the catalogue */
	double w;
};

struct choice_option {
	const char *value, *label;
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
	/* choice */
	const struct choice_option *options;
	size_t n_options;
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
	struct questionnaire_impl *impl;
};

/* Load and validate the practices catalogue. */
struct catalogue *content_load_catalogue(const char *path, struct diag *d);
void content_catalogue_destroy(struct catalogue *c);
/* Index of a practice / level id, or -1. */
int content_practice_index(const struct catalogue *c, const char *id);
int content_level_index(const struct catalogue *c, const char *id);

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

/* Rules over one questionnaire: a section with likert items has at least
 * CONTENT_MIN_DIMENSION of them, at least one reverse keyed. */
bool content_check_questionnaire(const struct questionnaire *q, struct diag *d);

/* Cross-file rules: unique questionnaire and item ids across questionnaires,
 * and (with a catalogue) every practice weighed by at least
 * CONTENT_MIN_REACH likert items. Returns false and reports when broken. */
bool content_check_set(const struct catalogue *c, const struct questionnaire *const *qs, size_t n,
		       struct diag *d);

#define CONTENT_MIN_DIMENSION 3
#define CONTENT_MIN_REACH 4

#endif
