#ifndef SPIEGEL_TUI_KEYS_H
#define SPIEGEL_TUI_KEYS_H

/* Keys as the shell sees them, decoded in one place (keys_read) for every
 * front end. A key is an int: a character is its code point (K_ENTER,
 * K_BACKSPACE and the control keys below are characters too), a named key
 * is K_FN(a curses KEY_ code). Enter and Backspace arrive in several forms
 * and are always delivered as K_ENTER and K_BACKSPACE. */

#include <curses.h>
#include <stdbool.h>
#include <stddef.h>

enum {
	K_UNKNOWN = -2, /* a key the terminal sent that spiegel does not know */
	K_NONE = -1,	/* no key: the input timeout passed, or a signal came */
	K_CTRL_C = 3,
	K_CTRL_D = 4,
	K_TAB = 9,
	K_ENTER = 13, /* Enter, Return (CR), Ctrl-J (LF), KEY_ENTER */
	K_CTRL_U = 21,
	K_ESC = 27,
	K_SPACE = ' ',
	K_BACKSPACE = 127, /* DEL, Ctrl-H (BS), KEY_BACKSPACE */
	K_FN_BASE = 0x200000,
	K_TEXT = 0x300000, /* in an action table: any character that can be typed */
};

/* A named key: above every code point. */
#define K_FN(code) (K_FN_BASE + (code))
#define K_IS_FN(k) ((k) >= K_FN_BASE && (k) < K_TEXT)
#define K_UP K_FN(KEY_UP)
#define K_DOWN K_FN(KEY_DOWN)
#define K_LEFT K_FN(KEY_LEFT)
#define K_RIGHT K_FN(KEY_RIGHT)
#define K_HOME K_FN(KEY_HOME)
#define K_END K_FN(KEY_END)
#define K_PGUP K_FN(KEY_PPAGE)
#define K_PGDN K_FN(KEY_NPAGE)
#define K_DELETE K_FN(KEY_DC)
#define K_BTAB K_FN(KEY_BTAB)
#define K_RESIZE K_FN(KEY_RESIZE)

/* The input timeout of every screen (term.c sets it): a pause in typing. */
#define KEYS_TIMEOUT_MS 250

/* The next key from the terminal (curses must be running): K_NONE after
 * the input timeout or a signal. An Esc that starts a sequence the
 * terminal description does not know (tmux and screen send End as
 * ESC [ 4 ~ where xterm sends ESC O F) is decoded with keys_escape; one
 * that is not known at all is K_UNKNOWN, never Esc followed by letters. */
int keys_read(void);

/* The key of the rest of an escape sequence (what followed ESC: "[4~",
 * "OH"): Home, End, PgUp, PgDn, the arrows or Shift-Tab; K_UNKNOWN for any
 * other sequence, K_ESC for none (""). */
int keys_escape(const char *seq);

/* A key as get_wch delivered it: r is get_wch's return value. Enter and
 * Backspace become K_ENTER and K_BACKSPACE; an Esc comes back as K_ESC
 * (keys_read decodes what follows). */
int keys_decode(int r, unsigned int ch);

/* Whether k is a character that can be typed into a text field. */
bool keys_printable(int k);

/* How the screens write k: "↑", "PgUp", "Enter", "Ctrl-D", "Spatie", "q".
 * K_TEXT is "typ". Returns buf. */
const char *keys_name(int k, char *buf, size_t size);

#endif
