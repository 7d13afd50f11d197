#ifndef SPIEGEL_TUI_WIDGET_PUT_H
#define SPIEGEL_TUI_WIDGET_PUT_H

/* Safe drawing of text: every character that reaches the terminal has
 * been made safe by text_sanitize (a control character from a file never
 * moves the cursor or changes the terminal), and nothing is drawn outside
 * the screen or past the width given. */

#include <curses.h>
#include <stdbool.h>
#include <stddef.h>
#include <wchar.h>

/* UTF-8 text at (y, x) on one line, clipped to w columns; control
 * characters (newlines too) are drawn as text_sanitize shows them.
 * Returns the columns used. */
int tui_put(int y, int x, int w, const char *s, attr_t attr);
/* tui_put, but text that does not fit ends in "…" (blanks before it
 * dropped), and w is clipped to the screen (x outside it draws nothing).
 * Returns the columns used. (For the projection view's labels; added for
 * its port, tui_put is unchanged.) */
int tui_put_cut(int y, int x, int w, const char *s, attr_t attr);
/* tui_put centred in w columns. */
void tui_put_centred(int y, int x, int w, const char *s, attr_t attr);
/* n characters of an editor's text at (y, x), made safe for the screen;
 * the text itself stays as typed. */
void tui_put_edited(int y, int x, const wchar_t *w, size_t n);
/* The display width of UTF-8 text (as tui_put draws it). */
int tui_width(const char *s);
/* w blanks at (y, x) in attr (a reverse-video bar, a cleared line). */
void tui_fill(int y, int x, int w, attr_t attr);
/* A colour pair when the terminal has colours, else 0. */
attr_t tui_colour(short pair);

#endif
