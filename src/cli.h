#ifndef SPIEGEL_CLI_H
#define SPIEGEL_CLI_H

/* Shared by the command-line entry point (main.c) and the commands for
 * coaches and trainers (cmd_group.c). */

#include <stdbool.h>
#include <stddef.h>

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
};

int usage_error(const char *what, const char *arg);
void print_diag(const struct diag *d);
/* The content as loaded: texts still hold their {placeholders}. Show a
 * copy from localize_content, never this. */
struct content *load_content(const struct opts *o);
/* raw localised for sector s (content_localize); prints a message and is
 * NULL on OOM. */
struct content *localize_content(const struct content *raw, enum sector s);
/* The store's system calls: store_io_posix with the kernel's randomness
 * (the core takes randomness as it takes time, from the caller). */
const struct store_io *cli_io(void);
bool open_store(const struct opts *o, struct store *st);
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

int cmd_export(const struct opts *o, const char *arg);
int cmd_group(const struct opts *o, int n, const char *const *paths);
int cmd_compare(const struct opts *o, const char *old_arg, const char *new_arg);

#endif
