#ifndef SPIEGEL_CLI_H
#define SPIEGEL_CLI_H

/* The command line: the options (struct opts), the helpers every command
 * shares (cli.c, cli_out.c) and the commands (cmd_session.c, cmd_report.c,
 * cmd_group.c), which main.c runs from its table. Each command takes its
 * operands as (n, args), counted by main.c against the table. */

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "spiegel/content.h"
#include "spiegel/diag.h"
#include "spiegel/session.h"
#include "spiegel/store.h"

enum { EXIT_OK = 0, EXIT_DATA = 1, EXIT_USAGE = 2 };

struct opts {
	const char *data_dir, *content_dir, *participant, *format, *output;
	bool plain, sessions;
	/* report: the focus for this report only, "ID[,ID]" */
	const char *focus;
	/* export */
	const char *alias;
	/* group */
	bool names, tui;
	size_t min_group;
	const char *questionnaire;
	const char **baseline; /* n_baseline paths or one questionnaire id */
	size_t n_baseline;
	/* feedback (cmd_feedback.c): invite --name, feedback --round, report
	 * --feedback (the paths follow SESSIE) */
	const char *name, *round;
	bool feedback;
	/* delete: without asking (--ja, -y) */
	bool ja; /* --ja */
	/* the screens: high contrast (--contrast) */
	bool contrast;
	/* --help, --version: after the options are read, for the command named */
	bool help, version;
	/* intervisie GROEP verslag: the coach's copy, everything */
	bool coach;
	/* portfolio: the period, dates as typed */
	const char *from, *to;
};

int usage_error(const char *what, const char *arg);
void print_diag(const struct diag *d);
/* --content-dir, else SPIEGEL_CONTENT_DIR, else the content installed
 * beside the binary (BINDIR/../share/spiegel), else the directory compiled
 * in (DATADIR/spiegel of the prefix). */
const char *cli_content_dir(const struct opts *o);
/* stdin and stdout are a terminal with a UTF-8 locale; else a message on
 * stderr (use --plain) and EXIT_DATA. */
int cli_check_terminal(void);
/* The content as loaded: texts still hold their {placeholders}. Show a
 * copy from localize_content, never this. */
struct content *load_content(const struct opts *o);
/* The same; *clean: without any message (every questionnaire loaded). */
struct content *load_content_clean(const struct opts *o, bool *clean);
/* raw localised for sector s (content_localize); prints a message and is
 * NULL on OOM. */
struct content *localize_content(const struct content *raw, enum sector s);
/* The store's system calls: store_io_posix with the kernel's randomness
 * (the core takes randomness as it takes time, from the caller). */
const struct store_io *cli_io(void);
bool open_store(const struct opts *o, struct store *st);
/* The content as loaded and the store opened; false (nothing left open)
 * with the messages printed. */
bool cli_open(const struct opts *o, struct content **c, struct store *st);
/* Load a session and its questionnaire (validated); messages on stderr. */
struct session *load_session(const struct content *c, const char *path,
			     const struct questionnaire **q);
/* Write text to o->output under the output rules (store_write_output: never
 * over an input in, spiegel's data or a device; a hand-in may replace a
 * hand-in when handin) or to stdout. */
int write_output(const struct opts *o, const char *text, size_t len, const struct store_inputs *in,
		 bool handin, struct diag *d);
/* The same for an output produce writes as it is made (never a hand-in);
 * to stdout, a producer that fails (out of memory) after it began leaves
 * what it wrote. */
int write_output_stream(const struct opts *o, store_produce_fn produce, void *ctx,
			const struct store_inputs *in, struct diag *d);
/* "spiegel: " and a formatted line on stderr, neutralised (diag_neutral):
 * for every message that holds a file name or text from a file. */
void cli_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Formatted text on stdout, neutralised the same way (newlines stay). */
void cli_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Writing to stdout failed with err: said once on stderr
 * (cli_finish_stdout makes the exit status 1). */
void cli_stdout_failed(int err);
/* At the end of every command: stdout flushed and closed; a write that
 * failed makes status 1 (when it was 0) with a message. */
int cli_finish_stdout(int status);
/* Open whichever of fds 0-2 is closed on /dev/null; false when that fails. */
bool cli_standard_fds(void);

/* cmd_session.c */
int cmd_list(const struct opts *o, int n, const char *const *args);
int cmd_check(const struct opts *o, int n, const char *const *files);
int cmd_delete(const struct opts *o, int n, const char *const *args);
int cmd_start(const struct opts *o, int n, const char *const *args);
int cmd_resume(const struct opts *o, int n, const char *const *args);
int cmd_intervisie(const struct opts *o, int n, const char *const *args);
/* Without a command: the start screen. */
int cmd_tui(const struct opts *o);
/* cmd_intervisie.c: intervisie GROEP verslag|bijeenkomsten (n >= 2) */
int cmd_intervisie_cli(const struct opts *o, int n, const char *const *args);
/* spiegel intervisie GROEP bijeenkomst [N]: the meeting screens (cmd_meeting.c). */
int cmd_meeting(const struct opts *o, int n, const char *const *args);
/* The clock of a meeting: SPIEGEL_NOW (unix seconds, or the path of a file
 * holding them, read each time) for tests, else the system's. */
time_t cli_now(void);
/* cmd_report.c */
int cmd_report(const struct opts *o, int n, const char *const *args);
int cmd_export(const struct opts *o, int n, const char *const *args);
int cmd_compare(const struct opts *o, int n, const char *const *args);
/* cmd_group.c */
int cmd_group(const struct opts *o, int n, const char *const *paths);
/* cmd_feedback.c: feedback from others (issue 15) */
int cmd_invite(const struct opts *o, int n, const char *const *args);
int cmd_observe(const struct opts *o, int n, const char *const *args);
int cmd_feedback(const struct opts *o, int n, const char *const *paths);
int cmd_report_feedback(const struct opts *o, const char *session, int n, const char *const *paths);
/* plan new SESSIE --feedback PAD...: voornemens from the feedback report's
 * steps. */
int cmd_plan_feedback(const struct opts *o, const char *session, int n, const char *const *paths);
/* cmd_plan.c: spiegel plan [list|show ID|update ID|new SESSIE|delete ID];
 * spiegel portfolio [-o BESTAND] [--from DATUM] [--to DATUM], and
 * portfolio mark|unmark SESSIE [ITEM...] (argv[0] is mark or unmark). */
int cmd_plan(const struct opts *o, int argc, const char *const *argv);
int cmd_portfolio(const struct opts *o, int argc, const char *const *argv);
int cmd_portfolio_marks(const struct opts *o, int argc, const char *const *argv);
/* The results screen's feedback page (tui_args.feedback): ctx is a struct
 * cli_feedback_ctx. */
struct cli_feedback_ctx {
	const struct opts *o;
	const struct store *st;
};
char *cli_feedback_page(void *ctx, const char *session_path, const char *dir, struct diag *msgs);

/* Meeting "arg" of group iv (1 to its number of meetings) into *i (0-based);
 * false with a message in d when there is no such meeting. */
struct intervisie;
bool cli_meeting_number(const struct intervisie *iv, const char *arg, size_t *i, struct diag *d);

#endif
