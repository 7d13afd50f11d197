#ifndef SPIEGEL_TUI_H
#define SPIEGEL_TUI_H

/* The curses shell. main.c calls tui_run(); nothing in the core calls it. */

#include <stdbool.h>
#include <stddef.h>

#include "spiegel/content.h"
#include "spiegel/diag.h"
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
	/* The feedback page of the results screen: the feedback report (text)
	 * of the answer files under dir beside the session at session_path,
	 * malloc'd, or NULL; what the files said (skipped, why) goes to msgs
	 * either way. NULL: no feedback page. */
	char *(*feedback)(void *ctx, const char *session_path, const char *dir, struct diag *msgs);
	void *feedback_ctx;
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

struct feedback_form;
struct feedback_response;

/* An observer answering a feedback form full screen (spiegel observe). */
struct tui_observe_args {
	const struct feedback_form *form;
	const unsigned char *rnd; /* FEEDBACK_ID_BYTES random bytes: the response id */
	/* Write the answer file; false with the reason in d (the screen says
	 * NIET OPGESLAGEN and the observer may try again). */
	bool (*save)(void *ctx, const struct feedback_response *r, struct diag *d);
	void *ctx;
};
/* Runs until the observer saved or stopped. 0 when saved (*saved: the
 * response, the caller's to destroy), 1 when stopped without a file
 * (*saved NULL). Prints nothing after the terminal is restored. */
int tui_observe(const struct tui_observe_args *a, struct feedback_response **saved);

#endif
