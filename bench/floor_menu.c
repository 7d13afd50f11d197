/* Floor for keystroke-to-redraw: a bare ncurses menu shaped like a question
 * screen (a title, a question, five options with a marker, a footer). Up and
 * down move the marker; every key redraws the whole screen from its state,
 * as spiegel does, and ncurses sends only what changed. q quits.
 *
 *   floor-menu       (in a terminal)
 */
#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>
#include <locale.h>

static const char *const options[] = {
    "helemaal niet", "een beetje", "deels", "grotendeels", "helemaal",
};
enum { N_OPTIONS = sizeof(options) / sizeof(options[0]) };

static void draw(int sel)
{
	erase();
	mvaddstr(0, 1, "floor · menu");
	mvaddstr(0, COLS - 15, "vraag 1 van 1");
	mvaddstr(3, 1, "Hoe vaak doe je dit in de praktijk?");
	for (int i = 0; i < N_OPTIONS; i++) {
		if (i == sel)
			attron(A_BOLD);
		mvprintw(6 + i, 2, "%s%d  %s", i == sel ? "\u25b8" : " ", i + 1, options[i]);
		if (i == sel)
			attroff(A_BOLD);
	}
	mvaddstr(LINES - 1, 1, "\u2191\u2193 kiezen  q stoppen");
	refresh();
}

int main(void)
{
	setlocale(LC_ALL, "");
	if (!initscr())
		return 1;
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	curs_set(0);
	if (has_colors()) {
		start_color();
		use_default_colors();
	}
	int sel = 0;
	for (;;) {
		draw(sel);
		int ch = getch();
		if (ch == 'q' || ch == ERR)
			break;
		if (ch == KEY_DOWN && sel < N_OPTIONS - 1)
			sel++;
		else if (ch == KEY_UP && sel > 0)
			sel--;
	}
	endwin();
	return 0;
}
