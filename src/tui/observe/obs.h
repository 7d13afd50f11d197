#ifndef SPIEGEL_TUI_OBSERVE_OBS_H
#define SPIEGEL_TUI_OBSERVE_OBS_H

/* `spiegel observe` full screen: an observer answers a feedback form. The
 * state of the front end, shared by its screens (one file each: role.c,
 * item.c, open.c, finish.c, help.c). Nothing is written until the
 * observer saves on the finish screen; q always leads there, so that
 * nothing typed is lost by a stray key. */

#include <stdbool.h>
#include <stddef.h>

#include "spiegel/feedback.h"
#include "tui/tui.h"
#include "tui/widget/field.h"
#include "tui/widget/loop.h"

struct obs {
	struct tui_shell shell; /* first: the loop's view of the state */
	const struct tui_observe_args *args;
	const struct feedback_form *f;
	struct feedback_response *r; /* made when the role is chosen */
	int role;		     /* the highlighted role */
	size_t cur;		     /* the item shown */
	int opt;    /* its highlighted option: 0..4 the scale, 5 FEEDBACK_UNKNOWN_LABEL */
	int scroll; /* the first row of the item or finish screen's text */
	int open;   /* the open question shown */
	struct field ed[N_OPEN];
	bool typing;
	const struct tui_screen *help_return;
	int help_scroll;
	char status[512];
	bool status_error;
	bool saved;
};

extern const struct tui_screen o_welcome_screen, o_role_screen, o_item_screen, o_open_screen,
    o_finish_screen, o_help_screen;

/* The text of the welcome screen (also in the help): whom the form is
 * about and who sees what. */
struct doc;
void obs_who_sees_what(const struct obs *o, struct doc *d);

/* The option that stands for FEEDBACK_UNKNOWN_LABEL ("kan ik niet
 * beoordelen"). */
#define OBS_UNKNOWN_OPT CONTENT_SCALE_POINTS

void obs_status(struct obs *o, bool error, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* The title bar (title, right), the status and the footer of the current
 * keymap. */
void obs_frame(const struct obs *o, const char *title, const char *right);
/* The last line above the status (and the footer). */
int obs_bottom(const struct obs *o);
/* A page of text that build writes: the rows it has below the title bar
 * (obs_bottom - 1), its scroll kept in view after a resize, and it drawn
 * under the frame (title) with a scroll mark. */
typedef void obs_build_fn(const struct obs *o, struct doc *d);
int obs_page_rows(const struct obs *o);
void obs_page_resize(struct obs *o, obs_build_fn *build);
void obs_page_draw(const struct obs *o, const char *title, obs_build_fn *build);
/* A page's own keys, for a page screen's handle after its other actions:
 * O_SCROLL moves its scroll; TUI_IGNORED for any other action. */
enum tui_result obs_page_key(struct obs *o, int act, int key);
void obs_go(struct obs *o, const struct tui_screen *to);
void obs_help_open(struct obs *o);
/* How the form names the leader: feedback_leader (the name, or "de
 * schoolleider"). */
const char *obs_who(const struct obs *o, bool capital);
/* The item screen at item i (the first option highlighted that was
 * chosen). */
void obs_show_item(struct obs *o, size_t i);
/* The open question k. */
void obs_show_open(struct obs *o, int k);
/* An answer given: 1-5 or FEEDBACK_UNKNOWN; -1 none. */
int obs_answer(const struct obs *o, size_t i);
/* Scroll keys on a view of n rows of h lines. */
int obs_scroll_key(int scroll, int key, int h);

#endif
