#ifndef SPIEGEL_TUI_WIDGET_FRAME_H
#define SPIEGEL_TUI_WIDGET_FRAME_H

/* The frame around a screen: the title bar on the first line and the
 * status message above the footer (actions_footer draws the footer). */

#include <curses.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

/* The title bar in reverse video: title (bold) at the left, right (may be
 * NULL) at the right edge. The right-hand label wins over a long title; it
 * is left out when it leaves fewer than min_rest columns of the line. */
void frame_title(const char *title, const char *right, int min_rest);
/* A front end's status message: fmt formatted into buf (size bytes, cut
 * to fit), and whether it is an error into *is_error. */
__attribute__((format(printf, 5, 0))) void
frame_status_vset(char *buf, size_t size, bool *is_error, bool error, const char *fmt, va_list ap);
/* The attribute of a status message: an error stands out (bold red, or
 * reverse video without colours), anything else is dimmed. */
attr_t frame_status_attr(bool error);
/* msg wrapped over at most max lines ending at line last (each cleared
 * first); returns the lines used (0 for an empty message). */
int frame_status(const char *msg, bool error, int max, int last);
/* The lines frame_status would use. */
int frame_status_rows(const char *msg, int max);

#endif
