#ifndef SPIEGEL_TUI_DRAW_H
#define SPIEGEL_TUI_DRAW_H

/* Drawing helpers shared by the curses screens. */

#include <curses.h>

/* Draw UTF-8 text at (y, x) on one line, clipped to w columns; control
 * characters are drawn as text_sanitize shows them. Returns columns used. */
int tui_put(int y, int x, int w, const char *s, attr_t attr);

#endif
