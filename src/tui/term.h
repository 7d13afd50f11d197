#ifndef SPIEGEL_TUI_TERM_H
#define SPIEGEL_TUI_TERM_H

/* Terminal set-up shared by the curses front ends (the questionnaire shell,
 * intervisie mode and the projection view). */

#include <stdbool.h>

/* The terminal is known and can position the cursor. */
bool tui_terminal_usable(void);
/* Signal handlers: SIGINT/TERM/HUP/QUIT set a flag (tui_signal_received),
 * crashes restore the terminal and die without printing anything. */
void tui_install_signals(void);
int tui_signal_received(void);
/* newterm, cbreak, noecho, keypad, 250 ms input timeout, colour pairs 1-4
 * (red, yellow, green, cyan on the default background). false when the
 * terminal cannot be used. */
bool tui_setup_terminal(void);
/* endwin and free the screen. */
void tui_end_terminal(void);
/* Print the "terminal not supported" message on stderr. */
void tui_unsupported(void);

#endif
