#ifndef SPIEGEL_TUI_MEETING_MTG_H
#define SPIEGEL_TUI_MEETING_MTG_H

/* The meeting screens (spiegel intervisie GROEP bijeenkomst): a coach runs
 * one meeting of a group. The state of the front end, shared by its
 * screens (one file each): start.c (the group's meetings), followup.c
 * (1 terugblik), setup.c (2 opzet), casus.c (3), phase.c (4 fasen),
 * cards.c (5 kaarten), notes.c (6 aantekeningen), steps.c (7 stappen and
 * one participant's step), help.c.
 *
 * Every change goes to the model through the core (meeting.h) and the
 * group is saved at once (mtg_save); figures and rules come from the core.
 * Most screens are forms (the kit's form, full look, built from the state
 * before every use; form_screen.c): rows of headings, text fields, choices
 * and toggles, one focused; the screen builds its rows and says what a
 * choice or a typed text does. */

#include <curses.h>
#include <stdbool.h>
#include <stddef.h>

#include "spiegel/intervisie.h"
#include "spiegel/meeting.h"
#include "spiegel/meeting_kit.h"
#include "tui/tui.h"
#include "tui/widget/field.h"
#include "tui/widget/form.h"
#include "tui/widget/loop.h"

/* ---- form screens (form_screen.c, on the kit's form) ---- */

struct mtg;
/* What a form screen says: its rows, what a choice or toggle does, what a
 * typed text does (false: not taken, the message is in the status). */
struct form_def {
	const char *title;
	int part; /* 1-7, or 0 for a screen within a part */
	void (*build)(const struct mtg *m, struct form *f);
	void (*choose)(struct mtg *m, int id);
	bool (*commit)(struct mtg *m, int id, const char *text);
	bool sub; /* reached from another screen: Esc goes back */
	/* the title from the state, or NULL: title */
	const char *(*title_of)(const struct mtg *m, char *buf, size_t size);
};

/* The operations of a form screen, given its def (each screen file wraps
 * them in its struct tui_screen). */
void mform_enter(void *m);
void mform_leave(struct mtg *m, const struct form_def *def);
const int *mform_keymap(const struct mtg *m, const struct form_def *def);
enum tui_result mform_handle(struct mtg *m, const struct form_def *def, int act, int key);
void mform_resize(struct mtg *m, const struct form_def *def);
void mform_draw(const struct mtg *m, const struct form_def *def);
void mform_idle(struct mtg *m, const struct form_def *def);
/* Focus the row with this id (after a choice moved things). */
void mform_focus_id(struct mtg *m, const struct form_def *def, int id);

/* A form screen's struct tui_screen from its def (and an enter of its own,
 * or mform_enter). */
#define MTG_FORM_SCREEN(var, name_, def, enter_)                                                   \
	static void var##_leave(void *s)                                                           \
	{                                                                                          \
		mform_leave(s, &def);                                                              \
	}                                                                                          \
	static const int *var##_keymap(const void *s)                                              \
	{                                                                                          \
		return mform_keymap(s, &def);                                                      \
	}                                                                                          \
	static enum tui_result var##_handle(void *s, int act, int key)                             \
	{                                                                                          \
		return mform_handle(s, &def, act, key);                                            \
	}                                                                                          \
	static void var##_resize(void *s)                                                          \
	{                                                                                          \
		mform_resize(s, &def);                                                             \
	}                                                                                          \
	static void var##_draw(const void *s)                                                      \
	{                                                                                          \
		mform_draw(s, &def);                                                               \
	}                                                                                          \
	static void var##_idle(void *s)                                                            \
	{                                                                                          \
		mform_idle(s, &def);                                                               \
	}                                                                                          \
	const struct tui_screen var = {                                                            \
	    .enter = enter_, TUI_SCREEN(name_, var, leave, keymap, handle, resize, draw, idle)}

/* ---- the state ---- */

#define MTG_N_PARTS 7

struct mtg {
	struct tui_shell shell; /* first: the loop's view of the state */
	const struct tui_meeting_args *a;
	struct intervisie *iv;
	const struct meeting_kit *kit;
	const struct catalogue *cat;
	int cur;			 /* the meeting, or -1 for a new one not made yet */
	char date[MEETING_DATE_LEN + 1]; /* of the new one */
	/* a form screen (and the start list's first row shown: view.scroll) */
	struct form_view view;
	bool typing;
	struct field ed; /* the text being typed (one at a time) */
	int ed_id;	 /* the row it belongs to */
	bool ed_dirty;	 /* typed since it was last kept */
	bool ed_saved;	 /* kept and saved in a pause while typing */
	/* the start list and the step being filled in */
	int start_sel;
	size_t step_p;
	bool step_open;	 /* the step screen was shown last (steps_enter) */
	int step_choice; /* the option highlighted for the step; -1 own words */
	const struct tui_screen *help_return;
	int help_scroll;
	char status[512];
	bool status_error;
	bool unsaved; /* the last save failed */
};

extern const struct tui_screen m_start_screen, m_followup_screen, m_setup_screen, m_casus_screen,
    m_phase_screen, m_cards_screen, m_notes_screen, m_steps_screen, m_step_screen, m_help_screen;

/* The meeting shown (NULL before a new one is made). */
struct meeting *mtg_meeting(const struct mtg *m);
const struct meeting_method *mtg_method(const struct mtg *m);
time_t mtg_now(const struct mtg *m);
/* Save the group (after every change); a failure says NIET OPGESLAGEN in
 * the status. */
bool mtg_save(struct mtg *m);
/* A message of the core (diag) or of the screen in the status. */
void mtg_status(struct mtg *m, bool error, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
struct diag;
void mtg_status_diag(struct mtg *m, const struct diag *d);
/* The title bar, the parts' tabs (part 1-7, 0: none), the status, the
 * footer. */
void mtg_frame(const struct mtg *m, const char *title, int part);
/* The first and the last line of a screen's content. */
int mtg_top(void);
int mtg_bottom(const struct mtg *m);
void mtg_go(struct mtg *m, const struct tui_screen *to);
/* Part 1-7; without a meeting yet only the opzet. */
void mtg_go_part(struct mtg *m, int part);
void mtg_help_open(struct mtg *m);

#endif
