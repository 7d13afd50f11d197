#ifndef SPIEGEL_CORE_GROUP_RUN_INTERNAL_H
#define SPIEGEL_CORE_GROUP_RUN_INTERNAL_H

/* What the files of a group run share (group_list.c, group_run.c,
 * group_rows.c); not a public header. */

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "session_answers.h"
#include "spiegel/group_run.h"

/* group_add with the view of s for g->q (session_view) when the caller has
 * it (NULL: made here) (group.c). */
enum group_add_result group_add_view(struct group *g, const struct session *s,
				     const struct session_answer *const *view, const char *name,
				     struct diag *d);

/* The listing: every file to read and every path that could not be, in the
 * order the messages go. Texts (names, folder paths, messages) are NUL-
 * terminated in one buffer, referred to by offset. */
#define GROUP_NO_DIR 0x3fffffffu

enum group_entry_kind {
	ENTRY_FILE,    /* text: the name in folder dir without ".json", or a path
			  (GROUP_NO_DIR) */
	ENTRY_PROBLEM, /* text: "PATH: why it was not read" */
};

struct group_entry {
	uint32_t text;
	uint32_t dir : 30; /* GROUP_NO_DIR: none */
	uint32_t kind : 1; /* enum group_entry_kind */
	uint32_t base : 1; /* a --baseline path */
};

struct group_list {
	char *text;
	size_t len, cap;
	struct group_entry *v;
	size_t n, cap_v;
	uint32_t *dirs; /* the folders' paths */
	size_t n_dirs, cap_dirs;
	bool failed; /* out of memory: the listing is incomplete */
};

/* List paths (base: they are baseline paths) after what l holds. */
void group_list_paths(struct group_list *l, const char *const *paths, size_t n, bool base);
void group_list_finish(struct group_list *l);
/* Give back the room grown for more entries (after the last paths). */
void group_list_shrink(struct group_list *l);
/* A new folder whose path is at text offset path; its index (GROUP_NO_DIR
 * on OOM). */
uint32_t group_list_add_dir(struct group_list *l, uint32_t path);
/* The path of file entry e into buf (false when it does not fit); its name
 * in the folder (the part after the folder's path) in *name. */
bool group_entry_path(const struct group_list *l, const struct group_entry *e, char *buf,
		      size_t size, const char **name);

/* The participants' rows of a CSV (group_rows.c): answers and scores of
 * each participant, written out in a random order (from seed and the seed
 * of group_spool_csv); in memory up to mem bytes (0: GROUP_RUN_SPOOL_MEM),
 * beyond that in spill (NULL: all in memory). */
struct group_spool;
struct group_spool *group_spool_create(FILE *spill, uint64_t seed, size_t mem);
void group_spool_destroy(struct group_spool *sp);
/* Forget every participant (the file is read again). */
void group_spool_clear(struct group_spool *sp);
/* s, just added to g (of measurement base or now; its scores are g->last;
 * view: its answers by g->q's items, or NULL); with alias its participant
 * name is kept (pairs, names). false on OOM or a spill that cannot be
 * written. */
bool group_spool_add(struct group_spool *sp, const struct group *g, bool base,
		     const struct session *s, const struct session_answer *const *view, bool alias);
/* group_run_csv over the participants kept. */
bool group_spool_csv(struct group_spool *sp, const struct group *now, const struct group *base,
		     size_t min_group, bool names, uint64_t seed,
		     bool (*write)(void *ctx, const char *data, size_t len), void *ctx,
		     struct group_run_csv_out *out);

#endif
