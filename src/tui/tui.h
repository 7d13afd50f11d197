#ifndef SPIEGEL_TUI_H
#define SPIEGEL_TUI_H

/* The curses shell. main.c calls tui_run(); nothing in the core calls it. */

#include <stddef.h>

#include "spiegel/content.h"
#include "spiegel/group.h"
#include "spiegel/store.h"

enum tui_start {
	TUI_START_SCREEN, /* the start screen */
	TUI_START_NEW,	  /* start questionnaire `questionnaire` */
	TUI_START_RESUME, /* continue session at `session_path` */
};

struct tui_args {
	/* the content; NULL (the start screen only): load makes it when it is
	 * first needed, and the start screen shows n_available until then */
	const struct content *content;
	const struct content *(*load)(void *ctx, struct diag *d);
	void *load_ctx;
	size_t n_available;
	struct store *store;
	enum tui_start start;
	const char *questionnaire;
	const char *participant;
	const char *session_path;
};

/* Runs until the user quits. Returns the exit status (0, or 1 after an error
 * that was shown). Prints a closing line (how to continue) on stdout. */
int tui_run(const struct tui_args *args);

/* Intervisie mode (spiegel intervisie [GROEP]): group is the id of a saved
 * intervisie group, or NULL for the start list. Returns the exit status. */
int tui_intervisie(const struct content *content, struct store *store, const char *group);

/* Trainer projection view (spiegel group --tui): the group report full
 * screen for a beamer. baseline may be NULL. Returns the exit status. */
int tui_projection(const struct group *g, const struct group *baseline, size_t min_group);

#endif
