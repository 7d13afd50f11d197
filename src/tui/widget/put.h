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
/* A colour pair when the screen uses colours (tui_colours), else 0. */
attr_t tui_colour(short pair);

/* The focus: where the terminal's cursor is left once a screen is drawn,
 * on the focused option, cell or field (its selection marker), so that a
 * screen reader or braille display that follows the cursor (Orca, BRLTTY,
 * espeakup) reads what has focus. The widgets set it when they draw a
 * selection or a field (list_draw, doc_focus rows, field_draw_*); a screen
 * without one sets it itself (a document: its first row in view). The
 * last call of a draw wins. tui_loop clears it before a draw and places
 * the cursor after (tui_focus_place), whether the cursor is shown or not. */
void tui_focus(int y, int x);
void tui_focus_clear(void);
/* Move the cursor to the focus; false (the cursor left where it was) when
 * none was set or it lies off the screen. */
bool tui_focus_place(void);

#endif
