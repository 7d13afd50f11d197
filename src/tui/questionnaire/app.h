#ifndef SPIEGEL_TUI_QUESTIONNAIRE_APP_H
#define SPIEGEL_TUI_QUESTIONNAIRE_APP_H

/* The questionnaire front end: its state, shared by its screens (one file
 * each, one struct tui_screen each). The session itself is the model
 * (qmodel.h); this is what the screens add: where the user is, what is
 * selected, scores shown, the status line. Drawing is a function of this
 * state; viewport state (list top, scroll offsets, field width) is settled
 * by each screen's resize. */

#include <stdbool.h>
#include <stddef.h>

#include "qmodel.h"
#include "spiegel/plan.h"
#include "tui/tui.h"
#include "spiegel/score.h"
#include "tui/widget/field.h"
#include "tui/widget/form.h"
#include "tui/widget/list.h"
#include "tui/widget/loop.h"

/* A form of the voornemen screens (the widget kit's, compact, its rows
 * kept: form_text, form_options) and its view. */
struct qform {
	struct form f;
	struct form_view v;
};

struct app {
	struct tui_shell shell; /* first: the loop's part */
	struct qmodel m;
	const struct tui_screen *help_return; /* the screen the help was opened from */
	/* the item screen */
	size_t cur;	 /* current item */
	int opt;	 /* highlighted option */
	bool pick_least; /* scenario: choosing the least likely response */
	bool editing;	 /* typing into an open answer */
	struct field ed; /* the open item's text (ed.on) */
	int item_peek;	 /* rows of the question shown above the usual view (↑ on
			    the first option, on a low screen); settled by resize */
	/* the lists: start, pick, review, focus */
	struct list list;
	enum {
		PICK_QUESTIONNAIRES,
		PICK_UNFINISHED,
		PICK_FINISHED
	} pick;		 /* the pick screen's list */
	int scroll;	 /* results */
	int help_scroll; /* the help */
	/* results */
	struct score_result result;
	bool have_result;
	struct qmodel_previous prev;
	/* focus: the practices marked so far (catalogue indices) */
	size_t focus_pick[SCORE_MAX_FOCUS];
	size_t n_focus_pick;
	/* start: the open voornemens, due and overdue first (plan_sort), the
	 * first START_PLANS of them as lines; plan_rows (settled by resize)
	 * is how many lines of that block fit */
	char *plan_lines[3];
	size_t n_plan_lines, plans_due, plans_open, plans_all;
	int plan_rows;
	/* the voornemen screen (plan.c): choosing a step (list) or filling in
	 * the rows of one (plan_editing); plan_step indexes result.steps, -1
	 * for an own voornemen; plans_made: from these results */
	bool plan_editing;
	int plan_step;
	struct qform plan_form;
	size_t plans_made;
	/* the voornemens screen (plans.c): every voornemen (plan_sort), the
	 * one chosen, and the look back on it (PLANS_REVIEW) with the new
	 * voornemen that follows it (PLANS_FOLLOW) */
	struct plan **plans;
	size_t n_plans;
	enum { PLANS_LIST, PLANS_REVIEW, PLANS_FOLLOW } plans_mode;
	struct qform review, follow;
	/* the feedback page (feedback.c) */
	const struct tui_args *args;
	struct field fb_dir; /* the folder with the answer files, as typed */
	bool fb_typing;	     /* typing it (else the report has the keys) */
	char *fb_text;	     /* the report shown, or NULL */
	char *fb_msgs;	     /* what the files said: lines, or NULL */
	int fb_scroll;
	char status[300];
	bool status_error;
	int exit_status;
	/* the content before it is loaded (tui_args) */
	const struct content *(*load)(void *ctx, struct diag *d);
	void *load_ctx;
	size_t n_available;
};

/* The screens (one file each). */
extern const struct tui_screen q_start_screen, q_pick_screen, q_item_screen, q_review_screen,
    q_results_screen, q_focus_screen, q_plan_screen, q_plans_screen, q_help_screen,
    q_feedback_screen;

/* app.c */
/* The content loaded (when the start screen was shown without it) and
 * localised: false with the reason on the status line. */
bool app_content(struct app *a);
/* How many questionnaires there are to begin. */
size_t app_n_questionnaires(const struct app *a);
void app_set_status(struct app *a, bool error, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Save the open session; a failure sets the status line (NIET OPGESLAGEN
 * and the reason), a save that works again after one failed says so. */
bool app_save(struct app *a);
/* The texts in the open session's sector (qmodel_localize); scores and the
 * previous session, which point into the old copy, are dropped. */
bool app_localize(struct app *a);
bool app_open_session(struct app *a, const char *path);
bool app_new_session(struct app *a, const struct questionnaire *q, const char *participant);
void app_close_session(struct app *a);
/* Drop the scores and the previous session. */
void app_drop_scores(struct app *a);
void app_go(struct app *a, const struct tui_screen *to);
/* The title bar, the status line and the footer of the current screen's
 * keymap (after a failed save with the keys of q_keys_unsaved first). */
void app_frame(const struct app *a, const char *title, const char *right);
/* app_frame for a screen of the session: "what · the questionnaire's
 * title", the session's id on the right. */
void app_frame_session(const struct app *a, const char *what);
/* bottom, or the first line of the status when that is higher: a screen's
 * content ends above it (the status is drawn first). */
int app_bottom(const struct app *a, int bottom);
/* The number of open items and of those shared. */
size_t app_count_open(const struct app *a, size_t *shared);
/* A document's scroll offset after a key of Q_SCROLL (the screen's
 * resize clamps it at the end). */
int q_scroll_key(int scroll, int key);
/* Ctrl-D on item idx: share its open answer or make it private again. */
void app_toggle_share(struct app *a, size_t idx);

/* item.c: show item idx (the open session's current item with a->cur). */
void item_show(struct app *a, size_t idx);
/* The open session's current item, or the overview when all is answered. */
void item_enter_current(struct app *a);
/* Store a half-typed open answer in the session as its answer. */
void item_commit(struct app *a);
/* Before stopping: text still being typed becomes the session's draft
 * (not the answer), anything else is committed. The caller saves. */
void item_park(struct app *a);
/* The keymap of the current item. */
const int *item_keymap(const struct app *a);

/* results.c: score the open session and show the results. */
void results_show(struct app *a);
/* feedback.c: whether the open session's questionnaire has feedback from
 * others (and the shell can read it); open the feedback page; forget it. */
bool feedback_page_available(const struct app *a);
void feedback_page_open(struct app *a);
void feedback_page_forget(struct app *a);
/* start.c: the pick screen for finished or unfinished sessions; the
 * lines of open voornemens freed. */
void start_plans_free(struct app *a);
void pick_sessions(struct app *a, bool finished);
void pick_questionnaires(struct app *a);
/* plan.c: the rows of a voornemen being filled in, freed; the rows of a
 * voornemen (own: its text first) added to fm; their texts read into w (t
 * owns them; own: t[0] the text) and checked, false with the status set and
 * the row to fix current; a new voornemen saved under its lock. */
void plan_form_free(struct app *a);
bool plan_rows(struct qform *fm, bool own);
bool plan_rows_read(struct app *a, struct qform *fm, bool own, struct plan_what *w, char *t[4]);
/* The keys of a form's focused row: Q_PLAN_FIELD (Tab and Shift-Tab round
 * the rows, ↑ ↓ within them), Q_PLAN_CHOOSE on options, Q_TYPE and Q_EDIT
 * on a text; TUI_IGNORED for any other action. *full: the text is as long
 * as it may be. The keymap: q_keys_plan_choice on options, else
 * q_keys_plan_form. */
enum tui_result plan_form_key(struct qform *fm, int act, int key, bool *full);
const int *plan_form_keymap(const struct qform *fm);
bool plan_save_new(struct app *a, struct plan *p, struct diag *d);
/* plans.c: the voornemens screen's state freed. */
void plans_free(struct app *a);
/* Whether a form of a voornemen screen is being typed in (then q and ? are
 * letters and the layer of a failed save is off). */
bool app_in_form(const struct app *a);
/* help.c: open the help of the current screen. */
void help_open(struct app *a);

#endif
