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

#endif
