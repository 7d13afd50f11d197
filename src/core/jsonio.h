#ifndef SPIEGEL_CORE_JSONIO_H
#define SPIEGEL_CORE_JSONIO_H

/*
 * Strict JSON reading for the modules that load files (content, session).
 *
 * One validating pass over the raw text rejects what cJSON lets through
 * (invalid UTF-8, a BOM, control characters and \u0000 in strings, lone
 * surrogates, duplicate keys after unescaping, non-finite or huge numbers,
 * deep nesting, trailing data) and reports line:column. The same pass builds
 * a compact tree of struct jval in the arena of a struct jdoc (jdoc_parse):
 * what sessions, hand-ins and intervisie files are read from. jsonio_parse
 * hands the text to cJSON after that pass, for the loaders that read a cJSON
 * tree (content). cJSON stays inside the core.
 */

#include <stdbool.h>
#include <stddef.h>
#include <sys/stat.h>

#include <cjson/cJSON.h>

#include "spiegel/diag.h"

#define JSONIO_MAX_DEPTH 64

/* Read a regular file (no symlink, no FIFO) of at most max bytes. The buffer
 * is NUL-terminated; caller frees. */
char *jsonio_read_file(const char *path, size_t max, size_t *len, struct diag *d);
/* The same for name in the directory dirfd (AT_FDCWD: name is a path), path
 * naming it in messages, into *buf (of *cap bytes, grown as needed: one
 * buffer for many files); the file's stat into *sb when not NULL. */
bool jsonio_read_at(int dirfd, const char *name, const char *path, size_t max, char **buf,
		    size_t *cap, size_t *len, struct stat *sb, struct diag *d);

/* ---- the strict tree */

enum jtype { JV_NULL, JV_FALSE, JV_TRUE, JV_NUMBER, JV_STRING, JV_ARRAY, JV_OBJECT };

/* A value; as a member of an object it carries its key. Strings and keys are
 * unescaped and NUL-terminated (the strict pass refuses \u0000, so no NUL is
 * inside). Members and elements keep the order of the file. */
struct jval {
	const struct jval *next; /* the next member or element */
	const char *key;	 /* member of an object: the key; else NULL */
	union {
		const char *str;	  /* JV_STRING */
		const struct jval *first; /* JV_ARRAY, JV_OBJECT: the first member */
		double num;		  /* JV_NUMBER, as strtod reads it */
	} u;
	unsigned n;	  /* JV_STRING: bytes; JV_ARRAY, JV_OBJECT: members */
	unsigned key_len; /* bytes of key */
	unsigned type;	  /* enum jtype */
};

#define jv_foreach(e, container)                                                                   \
	for (const struct jval *e = (container) ? (container)->u.first : NULL; e; e = e->next)

/* The arena a tree lives in. Zero it (or jdoc_init) before the first parse;
 * jdoc_finish frees it. A parse replaces the previous tree and reuses the
 * memory, so one jdoc can read many files. */
struct jchunk;
struct jdoc {
	struct jchunk *chunks;
	char *cur, *end;
	size_t next_size;
};

void jdoc_init(struct jdoc *doc);
void jdoc_finish(struct jdoc *doc);
/* The strict parse of text[0..len) (text[len] must be NUL) into doc; the
 * root, or NULL with the first problem in d ("name:line:col: ..."). The tree
 * is valid until the next parse into doc or jdoc_finish. */
const struct jval *jdoc_parse(struct jdoc *doc, const char *name, const char *text, size_t len,
			      struct diag *d);

/* jdoc_parse, and the root must be an object (as jsonio_parse_object). */
const struct jval *jdoc_parse_object(struct jdoc *doc, const char *name, const char *text,
				     size_t len, struct diag *d);
/* The member of obj (an object; anything else has none) with this key. */
const struct jval *jv_member(const struct jval *obj, const char *key);

/* ---- cJSON after the strict pass */

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
/* root is an object whose "format" starts with prefix and equals current.
 * Otherwise records one of: "het bestand moet een JSON-object zijn", the
 * "format" getter's message, "<foreign> (formaat \"...\")" when the prefix
 * differs, "<word> \"...\" is nieuwer of onbekend; werk spiegel bij". */
bool jcheck_format(struct jctx *c, const cJSON *root, const char *prefix, const char *current,
		   const char *foreign, const char *word);

/* The same getters over the strict tree, with the same messages. */
const char *jv_string(struct jctx *c, const struct jval *obj, const char *key, bool required,
		      const char *where);
bool jv_bool(struct jctx *c, const struct jval *obj, const char *key, bool dflt, const char *where);
double jv_number(struct jctx *c, const struct jval *obj, const char *key, bool required,
		 const char *where, bool *present);
/* type: JV_ARRAY or JV_OBJECT */
const struct jval *jv_container(struct jctx *c, const struct jval *obj, const char *key,
				enum jtype type, bool required, const char *where);
bool jv_check_objects(struct jctx *c, const struct jval *arr, const char *what);
void jv_check_keys(struct jctx *c, const struct jval *obj, const char *const *allowed,
		   const char *where);
void jerror(struct jctx *c, const char *where, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

#endif
