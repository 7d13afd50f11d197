#ifndef SPIEGEL_CORE_CONTENT_INTERNAL_H
#define SPIEGEL_CORE_CONTENT_INTERNAL_H

/* Shared by the content module's files (content.c loads, content_text.c
 * reads sources, bibliography and variants, content_localize.c copies,
 * content_check.c holds the rules of spiegel check). Not a public header. */

#include "spiegel/content.h"

#include <cjson/cJSON.h>

#include "jsonio.h"
#include "util.h"

#define CONTENT_ID_MAX 40

struct catalogue_impl {
	struct arena a;
};

struct questionnaire_impl {
	struct arena a;
};

bool content_valid_id(const char *s, bool lower_only);

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
