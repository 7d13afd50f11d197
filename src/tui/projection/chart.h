#ifndef SPIEGEL_TUI_PROJECTION_CHART_H
#define SPIEGEL_TUI_PROJECTION_CHART_H

/* What the projection's views draw with: text cut with "…" (tui_put_cut),
 * wrapped text, bars in eighths of a column, the 0-100 axis, a message
 * box, and big figures (bigfig.c). Clipped to the screen; no state. */

#include <curses.h>
#include <stdbool.h>

/* Right-aligned so that the text ends just before column xe. */
int pv_put_right(int y, int xe, const char *s, attr_t attr);
/* "label value", the value bold; returns the columns used. */
int pv_put_pair(int y, int x, int w, const char *label, const char *value);
/* n copies of a one-column glyph, clipped to the screen. */
void pv_fill(int y, int x, int n, const char *glyph, attr_t attr);
/* s word-wrapped in at most maxl lines of w columns; the last line ends in
 * "…" when the text is longer. Returns the lines used. */
int pv_put_wrapped(int y, int x, int w, int maxl, const char *s, attr_t attr);
/* The lines s takes wrapped at w columns (at least 1). */
int pv_wrapped_lines(const char *s, int w);
/* A bar for frac (0..1) of w columns, eighth blocks at its end. */
void pv_hbar(int y, int x, int w, double frac);
/* A thin (lower half) bar: the baseline, or "minst waarschijnlijk". */
void pv_thin_bar(int y, int x, int w, double frac);
/* The edge lines left and right of a bar [x, x + w). */
void pv_edges(int y, int x, int w);
/* The column of v (0-100) on a bar [x, x + w): 0 on the left edge line
 * at x - 1, 100 on the right one at x + w. */
int pv_axis_col(int x, int w, double v);
/* "0  25  50  75  100" under a bar [x, x + w). */
void pv_axis_labels(int y, int x, int w);
/* A reverse-video box with lines (the first bold), each wrapped and
 * centred, in the middle of rows [top, bottom). */
void pv_message_box(int top, int bottom, const char *const *lines, int n);

/* bigfig.c: figures ("50.0", "+7.5", "12") in a large font. Levels: 0
 * plain bold text; 1 medium, the font in half blocks (three rows); 2 and
 * up big, each dot two columns by level - 1 rows. */
int pv_fig_rows(int level);
int pv_fig_width(const char *s, int level);
void pv_fig_draw(int y, int x, const char *s, int level);
/* The largest level up to max at which s fits in rows x cols (0: none). */
int pv_fig_fit(const char *s, int rows, int cols, int max);

#endif
