#ifndef SPIEGEL_GROUP_RUN_H
#define SPIEGEL_GROUP_RUN_H

/*
 * Group run: the session and hand-in files of `spiegel group` read into
 * their groups (src/core/group_list.c, group_run.c).
 *
 * The paths are listed first: a file as it is, a folder with every *.json
 * file under it (folders recursively, in name order, at most
 * GROUP_RUN_MAX_DEPTH deep; a path named is followed if it is a link, inside
 * folders links to folders are not followed). Then every file is read once:
 *
 *  - The questionnaire of a measurement is the one given (q, base_q), or the
 *    one most of its files belong to (ties: the first in the content). Without
 *    a baseline it is taken from the first file that names one of the
 *    content, and every file is read once; when most files turn out to
 *    belong to another one (or a file before names none of the content), the
 *    files are read again: first to choose, then to count. With a baseline
 *    they are always read twice (choose, count).
 *  - A file that cannot be read or does not count (another questionnaire, a
 *    session counted before, answers that do not fit) is skipped with a
 *    message, counted in skipped and why. The messages come in the order of
 *    the listing.
 *  - With rows (the CSV), each counted participant's answers and scores are
 *    kept for group_run_csv, which writes them in a random order (from seed
 *    and its own seed): never the order of the file names, which may name
 *    the participants.
 *
 * Memory: the listing (about 20 bytes a file), the groups (group.h),
 * with rows about 100 bytes a participant (held in memory up to
 * GROUP_RUN_SPOOL_MEM, beyond that in the spill file the caller gives),
 * and the files read ahead (at most GROUP_RUN_AHEAD, each with its text).
 *
 * The files are read by a second thread, ahead of the parsing, in the
 * order of the listing (file_ahead.h); what is read, checked and said of
 * each file is the same as reading each in turn (ahead -1), which is what
 * happens when the thread cannot be started. The thread ends before
 * group_run_read returns.
 */

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "spiegel/content.h"
#include "spiegel/diag.h"
#include "spiegel/group.h"
#include "spiegel/report.h"
#include "spiegel/store.h"

#define GROUP_RUN_MAX_DEPTH 8
#define GROUP_RUN_SPOOL_MEM (128u * 1024u)
#define GROUP_RUN_AHEAD 128

struct group_run_args {
	const struct content *c; /* the content as loaded */
	/* -q: the questionnaire of the files (in c), or NULL: the one most
	 * files belong to */
	const struct questionnaire *q;
	/* --baseline: a questionnaire of c whose files among paths are the
	 * baseline, or baseline paths (not both) */
	const struct questionnaire *base_q;
	const char *const *base_paths;
	size_t n_base_paths;
	const char *const *paths;
	size_t n_paths;
	bool names; /* keep aliases with shared answers (--names) */
	/* keep every participant's rows for group_run_csv (in an order from
	 * seed) */
	bool rows;
	uint64_t seed;
	/* rows beyond GROUP_RUN_SPOOL_MEM go here (a temp file the caller made;
	 * NULL: kept in memory) */
	FILE *spill;
	/* the output file the run is for (NULL: none): inputs watches it */
	const char *output;
	/* files read ahead by a second thread while the one before is parsed
	 * (the same results as reading each in turn): 0 GROUP_RUN_AHEAD, -1
	 * none (each read when its turn comes, in this thread) */
	int ahead;
};

/* A measurement: its questionnaire (given or chosen), its group, and how
 * many questionnaires of the content its files belong to (more than one:
 * say which one counts). */
struct group_run_measure {
	const struct questionnaire *q;
	struct group *g;
	size_t kinds;
	bool given;
};

enum group_run_state {
	GROUP_RUN_OK,
	GROUP_RUN_NO_FILES,    /* no file names a questionnaire of the content */
	GROUP_RUN_NO_BASELINE, /* baseline paths, but none of their files counts */
	GROUP_RUN_NOMEM,
};

struct group_run_impl;
struct group_run {
	enum group_run_state state;
	struct group_run_measure now, base;
	bool has_base; /* a baseline was asked for */
	/* the files skipped, and why, each with a message in msgs, in the
	 * order of the listing (not set with GROUP_RUN_NO_BASELINE) */
	size_t skipped;
	struct group_skips why;
	struct diag msgs;
	/* every file read, as far as the output is concerned (never an
	 * output; store_inputs_watch) */
	struct store_inputs inputs;
	struct group_run_impl *impl;
};

/* List and read the files of a (the groups are made from a->c; c must
 * outlive the run). NULL on OOM before anything is read; else see state.
 * With GROUP_RUN_OK the groups are finished (group_finish). */
struct group_run *group_run_read(const struct group_run_args *a);
void group_run_destroy(struct group_run *r);

/* The CSV (report_csv_header, then per counted participant the rows of
 * report_csv_rows, in a random order) through write (false: stop,
 * the CSV is incomplete). A measurement with fewer than min_group
 * participants (see hidden) leaves out its rows. Letters: with two
 * measurements shown, a participant whose files carry the same alias in
 * both gets the same letter (group_pairs), from seed; names: the alias and
 * the letter. false on OOM or when write fails. The participants whose rows
 * were written per measurement into written, the pairing into pc (with
 * two measurements shown). */
struct group_run_csv_out {
	bool hidden[2]; /* GROUP_NOW, GROUP_BASE: rows left out (too few) */
	bool two;	/* both measurements written: pairs */
	size_t written[2];
	struct group_pair_counts pc;
};
bool group_run_csv(struct group_run *r, size_t min_group, bool names, uint64_t seed,
		   bool (*write)(void *ctx, const char *data, size_t len), void *ctx,
		   struct group_run_csv_out *out);

#endif
