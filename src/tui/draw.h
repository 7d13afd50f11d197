#ifndef SPIEGEL_TUI_DRAW_H
#define SPIEGEL_TUI_DRAW_H

/* Drawing helpers shared by the curses screens. */

#include <curses.h>
#include <stdbool.h>

/* Draw UTF-8 text at (y, x) on one line, clipped to w columns; control
 * characters are drawn as text_sanitize shows them. Returns columns used. */
int tui_put(int y, int x, int w, const char *s, attr_t attr);

/* Enter (KEY_ENTER, CR or LF) and Backspace (KEY_BACKSPACE, DEL or BS) as
 * get_wch delivers them. */
bool tui_is_enter(int ch, bool is_key);
bool tui_is_backspace(int ch, bool is_key);

/* After get_wch delivered Esc: an Esc that starts a sequence the terminal
 * description does not know (tmux and screen send End as ESC [ 4 ~ where
 * xterm sends ESC O F), whose rest is already waiting. Decodes Home, End,
 * PgUp, PgDn, the arrows and Shift-Tab and swallows anything else, so that
 * an unknown key never acts as Esc followed by letters. true with *k a KEY_
 * code; false for a lone Esc, or a swallowed sequence (then *k is 0). */
bool tui_escape_sequence(int *k);

#endif
