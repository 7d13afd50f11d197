/* Floor for the first frame: a bare ncurses program that draws a box with a
 * title, a line of text and a footer, then waits for q. Set up like spiegel's
 * terminal (locale, cbreak, noecho, keypad, colours), nothing more.
 *
 *   floor-box        (in a terminal; q quits)
 */
#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>
#include <locale.h>

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
	box(stdscr, 0, 0);
	mvaddstr(0, 2, " floor: box and title ");
	mvaddstr(2, 2, "A bare ncurses screen: one box, one title, one line of text.");
	mvaddstr(LINES - 2, 2, "q stoppen");
	refresh();
	int ch;
	while ((ch = getch()) != 'q' && ch != ERR)
		;
	endwin();
	return 0;
}
