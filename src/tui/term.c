/* Terminal set-up shared by the three front ends (term.h). */
#include "term.h"

#include <curses.h>
#include <langinfo.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <term.h>
#include <unistd.h>

#include "keys.h"

static volatile sig_atomic_t got_signal;
static bool contrast_set, colours_on;

void tui_set_contrast(bool on)
{
	contrast_set = on;
}

bool tui_contrast(void)
{
	const char *env = getenv("SPIEGEL_CONTRAST");
	return contrast_set || (env && strcmp(env, "1") == 0);
}

bool tui_colours(void)
{
	return colours_on;
}

static void on_signal(int sig)
{
	got_signal = sig;
}

/* A crash restores the terminal, then dies of the same signal (no core:
 * main turns core dumps off). Nothing of the answers is printed. */
static void on_crash(int sig)
{
	endwin();
	signal(sig, SIG_DFL);
	raise(sig);
}

void tui_install_signals(void)
{
	static const int crash[] = {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT};
	for (size_t i = 0; i < sizeof(crash) / sizeof(crash[0]); i++)
		signal(crash[i], on_crash);
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = 0; /* no SA_RESTART: a blocking read returns */
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGQUIT, &sa, NULL);
}

int tui_signal_received(void)
{
	return got_signal;
}

bool tui_terminal_usable(void)
{
	/* the size is the terminal's own (ioctl), never LINES and COLUMNS from
	 * the environment: LINES=500 would draw off the screen, and huge values
	 * make ncurses allocate gigabytes. (use_env(FALSE) with use_tioctl(TRUE)
	 * would say the same, but ncurses 6.4 then misses every resize.) */
	unsetenv("LINES");
	unsetenv("COLUMNS");
	/* the terminal does not change while spiegel runs: its description is
	 * read once for this (a front end asks before it loads anything, and
	 * again when it sets the terminal up) */
	static int usable = -1;
	if (usable >= 0)
		return usable;
	int err = 0;
	if (setupterm(NULL, STDOUT_FILENO, &err) != OK) {
		usable = 0;
		return false;
	}
	const char *cup = tigetstr("cup");
	usable = cup != NULL && cup != (char *)-1;
	del_curterm(cur_term);
	return usable == 1;
}

bool tui_setup_terminal(void)
{
	if (!tui_terminal_usable())
		return false;
	if (!getenv("ESCDELAY"))
		set_escdelay(25);
	SCREEN *scr = newterm(NULL, stdout, stdin);
	if (!scr)
		return false;
	set_term(scr);
	/* cbreak, not raw: Ctrl-C and Ctrl-\ arrive as signals (save, restore
	 * the terminal, stop) and Ctrl-Z suspends through ncurses' own SIGTSTP
	 * handler, which repaints after fg */
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	mousemask(0, NULL); /* no mouse reporting */
	timeout(KEYS_TIMEOUT_MS);
	const char *no_colour = getenv("NO_COLOR");
	colours_on = has_colors() && !(no_colour && *no_colour) && !tui_contrast();
	if (colours_on) {
		start_color();
		use_default_colors();
		init_pair(TUI_RED, COLOR_RED, -1);
		init_pair(TUI_YELLOW, COLOR_YELLOW, -1);
		init_pair(TUI_GREEN, COLOR_GREEN, -1);
		init_pair(TUI_CYAN, COLOR_CYAN, -1);
	}
	return true;
}

void tui_end_terminal(void)
{
	endwin();
	delscreen(set_term(NULL));
}

void tui_unsupported(void)
{
	fprintf(stderr,
		"spiegel: deze terminal wordt niet ondersteund (TERM=%s); gebruik --plain\n",
		getenv("TERM") ? getenv("TERM") : "");
}

bool tui_utf8_locale(void)
{
	const char *cs = nl_langinfo(CODESET);
	return cs && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
}
