#ifndef SPIEGEL_CORE_JSONIO_H
#define SPIEGEL_CORE_JSONIO_H

/*
 * Strict JSON reading for the modules that load files (content, session).
 *
 * jsonio_parse() first runs a validating scanner over the raw text that
 * rejects what cJSON lets through (invalid UTF-8, a BOM, control characters
 * and \u0000 in strings, lone surrogates, duplicate keys, non-finite or
 * huge numbers, deep nesting, trailing data) and reports line:column; only
 * then cJSON builds the tree. cJSON stays inside the core.
 */

#include <stdbool.h>
#include <stddef.h>

#include <cjson/cJSON.h>

#include "spiegel/diag.h"

#define JSONIO_MAX_DEPTH 64

/* Read a regular file (no symlink, no FIFO) of at most max bytes. The buffer
 * is NUL-terminated; caller frees. */
char *jsonio_read_file(const char *path, size_t max, size_t *len, struct diag *d);

/* Validate and parse text[0..len) (text[len] must be NUL). NULL on error. */
cJSON *jsonio_parse(const char *name, const char *text, size_t len, struct diag *d);

/* jsonio_parse, and the root must be an object ("het bestand moet een
 * JSON-object zijn" otherwise). */
cJSON *jsonio_parse_object(const char *name, const char *text, size_t len, struct diag *d);

/* root printed (cJSON_Print) with a newline after it, malloc'd; its length
 * in *len when len is not NULL. NULL on OOM. root is not freed. */
char *jsonio_print(const cJSON *root, size_t *len);

/* jsonio_read_file + jsonio_parse. */
cJSON *jsonio_load(const char *path, size_t max, struct diag *d);

/* Typed access with messages "<file>: <where>: ...". Each getter sets
 * ctx->ok = false and records a message when the value is missing (and
 * required) or of the wrong type. */
struct jctx {
	const char *file;
	struct diag *d;
	bool ok;
};

const char *jget_string(struct jctx *c, const cJSON *obj, const char *key, bool required,
			const char *where);
bool jget_bool(struct jctx *c, const cJSON *obj, const char *key, bool dflt, const char *where);
/* A number; *present tells whether the key was there. */
double jget_number(struct jctx *c, const cJSON *obj, const char *key, bool required,
		   const char *where, bool *present);
/* An array or object (type cJSON_Array / cJSON_Object); NULL if absent. */
const cJSON *jget_container(struct jctx *c, const cJSON *obj, const char *key, int type,
			    bool required, const char *where);
/* Report keys of obj that are not in the NULL-terminated list. */
/* Every element of arr is an object; reports "<what> N: moet een object
 * {...} zijn" for each one that is not. */
bool jcheck_objects(struct jctx *c, const cJSON *arr, const char *what);
void jcheck_keys(struct jctx *c, const cJSON *obj, const char *const *allowed, const char *where);
void jerror(struct jctx *c, const char *where, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

#endif
