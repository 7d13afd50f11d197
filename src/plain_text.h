#ifndef SPIEGEL_PLAIN_TEXT_H
#define SPIEGEL_PLAIN_TEXT_H

/* What plain mode writes (plain.c, cmd_feedback.c may share it): every
 * line through plain_say, so that it is made safe and the commands it
 * names work for the reader (hint_rewrite). */

#include <stdarg.h>
#include <stdio.h>

/* printf to out, neutralised (diag_neutral) and with the commands it
 * names as the user can run them. */
__attribute__((format(printf, 2, 3))) void plain_say(FILE *out, const char *fmt, ...);
/* plain_say with a va_list. */
__attribute__((format(printf, 2, 0))) void plain_vsay(FILE *out, const char *fmt, va_list ap);
/* Drop terminal escape sequences (an arrow key sends ESC [ A) and other
 * control characters from a typed line in place; a tab becomes a space. */
void plain_strip_controls(char *s);
/* first ("  - ", "  12. "), then text wrapped at 78 beside it: the lines
 * after the first under the start of the text (one bullet per paragraph,
 * never one per wrapped line). */
void plain_hanging(FILE *out, const char *first, const char *text);
/* text wrapped at 78, every line after indent. */
void plain_wrapped(FILE *out, const char *text, const char *indent);

#endif
