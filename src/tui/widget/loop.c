/* The event loop (loop.h). */
#include "loop.h"

#include <curses.h>
#include <stdio.h>
#include <unistd.h>

#include "../keys.h"
#include "../term.h"
#include "actions.h"
#include "doc.h"
#include "put.h"

void tui_switch(struct tui_shell *sh, void *state, const struct tui_screen *to)
{
	if (sh->screen && sh->screen->leave)
		sh->screen->leave(state);
	sh->screen = to;
	if (to->enter)
		to->enter(state);
}

void tui_back(struct tui_shell *sh, void *state, const struct tui_screen *to)
{
	if (sh->screen && sh->screen->leave)
		sh->screen->leave(state);
	sh->screen = to;
}

void tui_keymap(const struct tui_shell *sh, const void *state, const struct tui_screen *scr,
		struct keymap *km)
{
	km->layer[0] = sh->global ? sh->global(state) : NULL;
	km->layer[1] = scr->keymap(state);
}

enum tui_result tui_dispatch(struct tui_shell *sh, void *state, int key)
{
	if (key == K_RESIZE || key == K_NONE || key == K_UNKNOWN)
		return TUI_IGNORED;
	struct keymap km;
	tui_keymap(sh, state, sh->screen, &km);
	int act = actions_find(sh->actions, &km, key);
	if (act < 0)
		return TUI_IGNORED;
	enum tui_result r = sh->common ? sh->common(state, act, key) : TUI_IGNORED;
	if (r == TUI_IGNORED)
		r = sh->screen->handle(state, act, key);
	if (r == TUI_QUIT)
		sh->quit = true;
	return r;
}

/* Below the smallest size a screen is made for: only a request to make
 * the window larger. */
static void draw_too_small(const struct tui_shell *sh)
{
	char msg[128];
	snprintf(msg, sizeof(msg), "Maak het venster groter (minstens %dx%d).", sh->min_cols,
		 sh->min_lines);
	struct doc d = {.width = COLS};
	doc_text(&d, msg, A_BOLD, 0);
	for (int i = 0; i < d.n && i < LINES; i++)
		tui_put(i, 0, COLS, d.rows[i].text, A_BOLD);
	doc_free(&d);
}

void tui_loop(struct tui_shell *sh, void *state)
{
	while (!sh->quit && !tui_signal_received()) {
		const struct tui_screen *scr = sh->screen;
		erase();
		curs_set(0);
		if (COLS < sh->min_cols || LINES < sh->min_lines) {
			draw_too_small(sh);
		} else {
			if (scr->resize)
				scr->resize(state);
			tui_focus_clear();
			scr->draw(state);
			tui_focus_place();
		}
		refresh();
		int key = keys_read();
		if (key == K_NONE) {
			if (scr->idle)
				scr->idle(state);
			if (!isatty(STDIN_FILENO))
				sh->quit = true;
			continue;
		}
		tui_dispatch(sh, state, key);
	}
}

bool tui_main(struct tui_shell *sh, void *state, void (*stop)(void *state),
	      void (*goodbye)(void *state))
{
	tui_install_signals();
	if (!tui_setup_terminal()) {
		tui_unsupported();
		return false;
	}
	tui_loop(sh, state);
	if (stop)
		stop(state);
	tui_end_terminal();
	if (goodbye)
		goodbye(state);
	return true;
}
