#ifndef SPIEGEL_TUI_WIDGET_LOOP_H
#define SPIEGEL_TUI_WIDGET_LOOP_H

/* The event loop of every front end, and the operations of a screen.
 *
 * A front end keeps its state in a struct of its own that starts with a
 * struct tui_shell. Each screen is a table of operations (struct
 * tui_screen) in a file of its own. The loop:
 *
 *   enter the first screen; then, until a handler says TUI_QUIT or a
 *   signal comes:
 *     resize (settle the viewport for LINES x COLS), draw (from the state
 *     only), read a key (keys_read);
 *     a key of the current keymap: the front end's common handler, then
 *     the screen's handler (when the common one ignored it);
 *     a key that is in no keymap does nothing at all;
 *     KEY_RESIZE: nothing but the resize before the next draw;
 *     the input timeout: the screen's idle operation.
 *
 * So drawing is a function of the state: draw takes it const, and all that
 * depends on the size (scroll offsets, a list's first row, a field's
 * width) is settled in resize. Keys reach a handler only through the
 * keymap, which is made of rows of the front end's action table
 * (actions.h): a key that works is in the footer or the help. */

#include <stdbool.h>

/* What a handler did (htop's HandlerResult). */
enum tui_result {
	TUI_IGNORED = 0, /* not this handler's key */
	TUI_HANDLED = 1, /* done; the screen is drawn again */
	TUI_QUIT = 2,	 /* leave the loop */
};

struct tui_screen {
	const char *name;
	/* Becoming the current screen (tui_switch): what it shows is
	 * prepared from the state. May be NULL. */
	void (*enter)(void *state);
	/* Before another screen becomes the current one. May be NULL. */
	void (*leave)(void *state);
	/* The actions in effect now: ids of the front end's action table,
	 * ended by -1. */
	const int *(*keymap)(const void *state);
	/* One action of the keymap, with the key that was pressed. */
	enum tui_result (*handle)(void *state, int action, int key);
	/* Settle the viewport for LINES x COLS: before every draw. May be
	 * NULL. */
	void (*resize)(void *state);
	/* Draw the whole screen (erased before) from the state. */
	void (*draw)(const void *state);
	/* The input timeout passed (a pause in typing). May be NULL. */
	void (*idle)(void *state);
};

/* A screen's operations by the names of its functions: TUI_SCREEN("notes",
 * notes, enter, keymap, handle, draw) is .name = "notes", .enter =
 * notes_enter, .keymap = notes_keymap, ...; the ops not named stay NULL.
 * Every screen's const struct tui_screen is made with it; an op of another
 * name goes before it: {.draw = iv_walk_draw, TUI_SCREEN(...)}. */
#define TUI_SCREEN(name_, prefix, ...) .name = name_, TUI_OPS_(prefix, __VA_ARGS__, , , , , , )
/* Up to the seven ops of struct tui_screen, each once; an empty argument
 * (the padding above) gives nothing. */
#define TUI_OPS_(p, a, b, c, d, e, f, g, ...)                                                      \
	TUI_OPX_(p, a)                                                                             \
	TUI_OPX_(p, b) TUI_OPX_(p, c) TUI_OPX_(p, d) TUI_OPX_(p, e) TUI_OPX_(p, f) TUI_OPX_(p, g)
#define TUI_OPX_(p, op) TUI_OP_##op(p)
#define TUI_OP_(p)
#define TUI_OP_enter(p) .enter = p##_enter,
#define TUI_OP_leave(p) .leave = p##_leave,
#define TUI_OP_keymap(p) .keymap = p##_keymap,
#define TUI_OP_handle(p) .handle = p##_handle,
#define TUI_OP_resize(p) .resize = p##_resize,
#define TUI_OP_draw(p) .draw = p##_draw,
#define TUI_OP_idle(p) .idle = p##_idle,

struct action;

struct tui_shell {
	const struct tui_screen *screen; /* shown now */
	const struct action *actions;	 /* the front end's action table */
	/* Actions every screen shares (quit, help), tried before the
	 * screen's handler; may be NULL. */
	enum tui_result (*common)(void *state, int action, int key);
	/* Keys that go before the screen's keymap (the first layer of the
	 * keymap, see actions.h), or NULL; may be NULL. */
	const int *(*global)(const void *state);
	int min_cols, min_lines; /* smaller: "Maak het venster groter" */
	bool quit;		 /* set by a handler (or TUI_QUIT) */
};

/* Make to the current screen: the old one's leave, then to's enter. */
void tui_switch(struct tui_shell *sh, void *state, const struct tui_screen *to);
/* Back to a screen whose state is as it was (from the help, say): the old
 * one's leave, and no enter. */
void tui_back(struct tui_shell *sh, void *state, const struct tui_screen *to);
/* Run until a handler quits or a signal comes (tui_signal_received). The
 * terminal must be set up (tui_setup_terminal) and sh->screen entered.
 * When stdin is not a terminal any more (the input timeout with nothing
 * to read from) the loop ends too. */
void tui_loop(struct tui_shell *sh, void *state);
/* A front end's run: the signals and the terminal set up, the loop, then
 * stop(state) (what must be kept while curses still runs), the terminal
 * restored and goodbye(state) (what to say on the way out); either may be
 * NULL. false, with nothing run, when the terminal cannot be set up
 * (tui_unsupported has said so). sh->screen must be entered. */
bool tui_main(struct tui_shell *sh, void *state, void (*stop)(void *state),
	      void (*goodbye)(void *state));
/* One key as the loop handles it (for tests): K_RESIZE and keys of no
 * action do nothing; returns the handlers' result. */
enum tui_result tui_dispatch(struct tui_shell *sh, void *state, int key);

struct keymap;
/* The keymap in effect: the shell's global keys, then the screen's. */
void tui_keymap(const struct tui_shell *sh, const void *state, const struct tui_screen *scr,
		struct keymap *km);

#endif
