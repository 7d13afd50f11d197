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

#define CLI_MAX_BASELINE 64

struct opts {
	const char *data_dir, *content_dir, *participant, *format, *output;
	bool plain, sessions;
	/* export */
	const char *alias;
	/* group */
	bool names, tui;
	size_t min_group;
	const char *questionnaire;
	const char *baseline[CLI_MAX_BASELINE];
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
bool open_store(const struct opts *o, struct store *st);
/* Load a session and its questionnaire (validated); messages on stderr. */
struct session *load_session(const struct content *c, const char *path,
			     const struct questionnaire **q);
/* Write text to o->output (atomically, mode 0600) or stdout. */
int write_output(const char *output, const char *text, size_t len, struct diag *d);

int cmd_export(const struct opts *o, const char *arg);
int cmd_group(const struct opts *o, int n, const char *const *paths);
int cmd_compare(const struct opts *o, const char *old_arg, const char *new_arg);

#endif
