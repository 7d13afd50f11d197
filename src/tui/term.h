#ifndef SPIEGEL_TUI_TERM_H
#define SPIEGEL_TUI_TERM_H

/* Terminal set-up shared by the curses front ends (the questionnaire shell,
 * intervisie mode and the projection view): one for all three. */

#include <stdbool.h>

/* The colour pairs tui_setup_terminal makes (on the default background). */
enum { TUI_RED = 1, TUI_YELLOW = 2, TUI_GREEN = 3, TUI_CYAN = 4 };

/* High contrast (--contrast, or SPIEGEL_CONTRAST=1): no colour and no
 * dimmed text, only bold, underline and reverse video. Set before
 * tui_setup_terminal. */
void tui_set_contrast(bool on);
bool tui_contrast(void);
/* Whether the screen uses colour: the terminal has colours, NO_COLOR
 * (https://no-color.org) is unset or empty and high contrast is off.
 * Every meaning a colour carries is also in a word or a sign. */
bool tui_colours(void);
/* The terminal is known and can position the cursor. */
bool tui_terminal_usable(void);
/* Signal handlers: SIGINT/TERM/HUP/QUIT set a flag (tui_signal_received),
 * crashes restore the terminal and die without printing anything. */
void tui_install_signals(void);
int tui_signal_received(void);
/* newterm, cbreak, noecho, keypad, the input timeout (KEYS_TIMEOUT_MS),
 * colour pairs TUI_RED..TUI_CYAN when tui_colours(). false when the terminal
 * cannot be used. */
bool tui_setup_terminal(void);
/* endwin and free the screen. */
void tui_end_terminal(void);
/* Print the "terminal not supported" message on stderr. */
void tui_unsupported(void);
/* The locale's character set is UTF-8. */
bool tui_utf8_locale(void);

#endif
