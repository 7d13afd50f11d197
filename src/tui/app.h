#ifndef SPIEGEL_TUI_APP_H
#define SPIEGEL_TUI_APP_H

/* State shared by the screens of the curses shell. Drawing is a function of
 * this state: every screen is redrawn whole after each key and on resize. */

#include <signal.h>
#include <stdbool.h>

#include "spiegel/content.h"
#include "spiegel/score.h"
#include "spiegel/session.h"
#include "spiegel/store.h"
#include "text.h"
#include "tui.h"

enum view {
	SCR_START,
	SCR_PICK_QUESTIONNAIRE,
	SCR_PICK_SESSION,
	SCR_ITEM,
	SCR_REVIEW,
	SCR_RESULTS,
	SCR_FOCUS, /* choosing the focus practices (from the results) */
	SCR_HELP,
	SCR_COUNT
};

struct list_entry {
	char *label, *detail, *key;
};

struct list {
	struct list_entry *v;
	int n, sel, top;
};

/* The previous session of the same questionnaire, scored beside the open one
 * on the results screen. It is only read, never locked or saved. */
struct previous {
	bool present;
	bool finished;
	bool other_version;	    /* made with another version of the questionnaire */
	char date[16];		    /* its creation date, dd-mm-jjjj */
	char version[40], now[40];  /* the versions, when they differ */
	struct score_result score;  /* its answers to the items of the questionnaire */
	struct score_result common; /* other_version: the open session on the items
				       the previous one answered too */
};

struct app {
	/* what the screens show: raw localised for the open session's sector
	 * (app_localize); owned */
	const struct content *content;
	const struct content *raw; /* as loaded, with placeholders */
	struct content *view;	   /* == content */
	enum sector sector;
	struct store *store;
	/* the open session, if any */
	struct session *s;
	const struct questionnaire *q;
	char *path;
	int lock_fd;
	bool dirty;	      /* changes not on disk */
	bool save_failed;     /* last save failed; retried on the next answer */
	char save_error[300]; /* its message */
	/* navigation */
	enum view screen, help_return;
	size_t cur;	 /* current item */
	int opt;	 /* highlighted option on the item screen */
	bool pick_least; /* scenario: choosing the least likely response */
	bool editing;	 /* typing into an open answer */
	struct textedit ed;
	bool ed_active; /* ed holds the current open item's text */
	struct list list;
	bool pick_finished; /* SCR_PICK_SESSION lists finished sessions */
	int scroll;	    /* results and help */
	struct score_result result;
	bool have_result;
	/* SCR_FOCUS: the practices marked so far (catalogue indices) */
	size_t focus_pick[SCORE_MAX_FOCUS];
	size_t n_focus_pick;
	struct previous prev;
	char status[300];
	bool status_error;
	bool quit;
	int exit_status;
};

/* screens.c */
void screen_draw(struct app *a);
void screen_key(struct app *a, int ch, bool is_key);
/* Score the open session and show the results screen. */
void screen_enter_results(struct app *a);
/* Show the open session's current item. */
void screen_enter_item(struct app *a);
/* Store a half-typed open answer in the session as its answer. */
void screen_commit(struct app *a);
/* Before stopping: text still being typed becomes the session's draft (not
 * the answer), anything else is committed. The caller saves. */
void screen_park(struct app *a);

/* app.c */
/* Show the texts in the open session's sector (session_sector; without a
 * session: the user's latest sector): a->content becomes a copy of a->raw
 * localised for it, and a->q the same questionnaire in that copy. Scores and
 * the previous session, which point into the old copy, are dropped. false
 * on OOM (the old copy stays). */
bool app_localize(struct app *a);
bool app_open_session(struct app *a, const char *path);
bool app_new_session(struct app *a, const struct questionnaire *q, const char *participant);
void app_close_session(struct app *a);
/* Find and score the previous session of the open session's questionnaire
 * (see struct previous); prev.present is false when there is none. */
void app_load_previous(struct app *a);
void app_free_previous(struct app *a);
/* Save the open session; a failure sets save_failed, save_error and the
 * status line (NIET OPGESLAGEN and the reason). */
bool app_save(struct app *a);
/* The reason of the last failed save, without the path in front. */
const char *app_save_reason(const struct app *a);
void app_set_status(struct app *a, bool error, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void list_clear(struct list *l);

#endif
