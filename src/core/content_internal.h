#ifndef SPIEGEL_CORE_CONTENT_INTERNAL_H
#define SPIEGEL_CORE_CONTENT_INTERNAL_H

/* Shared by the content module's files: content_catalogue.c (practices.json
 * and the rules every content file shares), content_questionnaire.c (a
 * questionnaire file), content_item.c (its items), content_profile.c (its
 * weerstand profile), content_dir.c (a content directory), content_text.c
 * (sources, bibliography, variants), content_localize.c (sector copies) and
 * content_check.c (the rules of spiegel check). Not a public header. */

#include "spiegel/content.h"

#include <cjson/cJSON.h>

#include "jsonio.h"
#include "util.h"

#define CONTENT_ID_MAX 40

struct catalogue_impl {
	struct arena a;
};

/* A questionnaire's memory, and what is derived from it once so that
 * lookups need no search (content_questionnaire_index): its items by id (an
 * open-addressing table of item index + 1, at most half full), per
 * catalogue practice its full coverage, per item the index of its quality
 * in the catalogue it was loaded with (-1: none). */
struct questionnaire_impl {
	struct arena a;
	uint32_t *slots;
	size_t cap;
	unsigned *full_milli;
	size_t *full_items;
	size_t n_practices;
	int *quality;
};

/* Build the derived lookups of q (loaded or localised against cat) in its
 * arena; false on OOM. */
bool content_questionnaire_index(struct questionnaire *q, const struct catalogue *cat);

bool content_valid_id(const char *s, bool lower_only);
/* root's "format" is "<want>/1"; a message for an unknown or newer one. */
bool content_format_ok(struct jctx *c, const cJSON *root, const char *want);
/* A version as shown in reports and compared with sessions: 1 to 20 of
 * [0-9A-Za-z.+-]. */
bool content_version_ok(const char *v);
/* An arena copy of s, or NULL for NULL. */
const char *content_dup(struct arena *a, const char *s);
/* x in thousandths into *out: false unless x is a multiple of 0.001
 * (within float noise) from 0 to max. */
bool content_to_milli(double x, double max, unsigned *out);

/* root's array key of {id, name, description} objects (what names them in
 * messages): unique valid ids, texts checked against cat's variants. */
void content_load_named(struct jctx *c, struct arena *a, const struct catalogue *cat,
			const cJSON *root, const char *key, const char *what,
			const struct named **out, size_t *n);
bool content_named_has(const struct named *v, size_t n, const char *id);

/* The ids of the weerstand taxonomy, indexed by enum approach, wstep and
 * wsource (content_item.c), and the index of id among ids[0..n), or -1. */
extern const char *const content_approach_ids[N_APPROACHES];
extern const char *const content_step_ids[N_WSTEPS];
extern const char *const content_source_ids[N_WSOURCES];
int content_lookup(const char *const *ids, size_t n, const char *id);

/* A named scale of a questionnaire: CONTENT_SCALE_POINTS labels. */
struct scale_def {
	const char *name;
	const char **labels;
};
/* Item it of a questionnaire into out; prev[0..n_prev) are the items before
 * it (a follow-up names its scenario among them). */
void content_load_item(struct jctx *c, struct arena *a, const struct catalogue *cat,
		       const cJSON *it, const struct scale_def *scales, size_t n_scales,
		       const struct item *prev, size_t n_prev, struct item *out);
/* root's "profile" into q->profile (required exactly when q has
 * scenarios); after the items. */
void content_load_profile(struct jctx *c, struct arena *a, const struct catalogue *cat,
			  const cJSON *root, struct questionnaire *q);

/* "bibliography" and "variants" of practices.json, optional; loaded before
 * anything that holds a source or a text. */
void content_load_bibliography(struct jctx *c, struct arena *a, const cJSON *root,
			       struct catalogue *cat);
void content_load_variants(struct jctx *c, struct arena *a, const cJSON *root,
			   struct catalogue *cat);

/* obj's "source", resolved against cat's bibliography (when it has one):
 * reports a file the bibliography does not list, lines outside every entry
 * of their file, lines in two entries and an unknown "ref". */
void content_load_source(struct jctx *c, struct arena *a, const struct catalogue *cat,
			 const cJSON *obj, const char *where, struct source_ref *out);

/* A user-visible text: obj's key as an arena copy, with every placeholder
 * checked against cat's variants. */
const char *content_load_text(struct jctx *c, struct arena *a, const struct catalogue *cat,
			      const cJSON *obj, const char *key, bool required, const char *where);
/* The same check for a text read otherwise (an array element). */
void content_check_text(struct jctx *c, const struct catalogue *cat, const char *text,
			const char *where, const char *what);

/* Parse "N", "N-M", "N-M, K" (ranges ascending within themselves, N >= 1):
 * at most max ranges into r; false on bad syntax or too many. */
bool content_parse_lines(const char *s, unsigned (*r)[2], size_t max, size_t *n);
#define CONTENT_MAX_RANGES 16

#endif
