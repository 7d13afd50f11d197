#ifndef SPIEGEL_CMD_FEEDBACK_H
#define SPIEGEL_CMD_FEEDBACK_H

/* Shared by the feedback commands (cmd_feedback.c) and their reading of
 * answer files (cmd_feedback_files.c). */

#include <stdbool.h>
#include <stddef.h>

#include "cli.h"
#include "spiegel/feedback.h"
#include "spiegel/report.h"

/* <data>/feedback (made when missing), and <dir>/<id>.json; malloc'd, NULL
 * with a message. */
char *rounds_dir(const struct store *st);
char *round_path(const char *dir, const char *id);

struct loaded {
	char *path;
	struct feedback_response *r;
};

/* The answer files read (every file is recorded in inputs: no output
 * replaces one) and why others did not count. */
struct fb_run {
	struct loaded *files;
	size_t n, cap;
	struct feedback_skips why;
	struct store_inputs inputs;
	bool failed;
	struct diag msgs; /* files skipped and why, the round chosen, errors */
};

/* The round counted: its file (NULL when not in this data directory), the
 * content in the round's sector and the form version files must have. */
struct fb_ctx {
	struct content *raw, *view;
	const struct questionnaire *q; /* in view */
	struct feedback_round *round;
	char round_id[FEEDBACK_ID_LEN + 1];
	char form[FEEDBACK_FORM_MAX];
};

/* The messages go into run->msgs (the command line prints them, the
 * results screen shows them). */

/* Every *.json under path (folders to 8 deep, links to files followed,
 * links to folders not, as spiegel group); unreadable files reported. */
void walk(struct fb_run *run, const char *path, int depth);
void run_init(struct fb_run *run);
void run_finish(struct fb_run *run);
/* --round, or the round most files belong to (a tie is not broken); NULL
 * with a message. */
const char *choose_round(const struct opts *o, struct fb_run *run);
/* The round id's file, questionnaire and form version into x; false with a
 * message (the questionnaire is gone, its observer questions changed). */
bool find_round(const struct opts *o, const struct store *st, struct fb_run *run, const char *id,
		struct fb_ctx *x);
/* The files of the round in a set; every other file reported and counted
 * in run->why. */
struct feedback_set *collect(struct fb_run *run, const struct fb_ctx *x);

/* A feedback report as built for the command line or the results screen. */
struct fb_report {
	char *text;
	size_t len;
	size_t n;      /* answer files counted */
	bool shown;    /* enough of them for any observer figure */
	char *skipped; /* what did not count, in words ("" for nothing) */
};
/* The report in format f of the answer files under paths, beside the
 * session at spath (NULL: the observers alone). Every file read is added to
 * run->inputs; messages (files skipped, the round chosen, why it failed)
 * go to run->msgs, also on success. false when there is no report. */
/* Instead of the report (use given): run is called with the figures while
 * they live (self and sr NULL without a session), its exit status kept. */
struct fb_use {
	int (*run)(struct fb_use *u, const struct content *view, const struct session *self,
		   const struct questionnaire *q, const struct score_result *sr,
		   const struct feedback_result *res);
	struct store *st;
	int status;
};
bool feedback_build(const struct opts *o, const struct store *st, const char *spath, int n,
		    const char *const *paths, enum report_format f, struct fb_run *run,
		    struct fb_report *out, struct fb_use *use);
void fb_report_finish(struct fb_report *r);

#endif
