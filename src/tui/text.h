#ifndef SPIEGEL_TUI_TEXT_H
#define SPIEGEL_TUI_TEXT_H

/* Wide-character text helpers for the screens: conversion, display width,
 * word wrap and a small editor for open answers. Requires a UTF-8 locale. */

#include <stdbool.h>
#include <stddef.h>
#include <wchar.h>

/* UTF-8 -> malloc'd wide string (invalid bytes become U+FFFD). */
wchar_t *text_widen(const char *s);
/* wide -> malloc'd UTF-8. */
char *text_narrow(const wchar_t *w, size_t n);

/* Display width of w[0..n) (control or unprintable characters count 1). */
int text_width(const wchar_t *w, size_t n);

/* Word wrap: fills starts[] / lens[] (malloc'd) with the lines of w that
 * fit in width columns; a line ends after a space where possible. Returns the
 * number of lines (at least 1). Newlines force a break and are not part of a
 * line. */
int text_wrap(const wchar_t *w, int width, size_t **starts, size_t **lens);

/* Editor for one open answer. */
struct textedit {
	wchar_t *buf;
	size_t len, cap, cur;
	size_t max_bytes; /* UTF-8 limit */
};

bool textedit_init(struct textedit *e, const char *utf8, size_t max_bytes);
void textedit_finish(struct textedit *e);
/* false when the text would grow past max_bytes */
bool textedit_insert(struct textedit *e, wchar_t c);
void textedit_backspace(struct textedit *e);
void textedit_delete(struct textedit *e);
void textedit_left(struct textedit *e);
void textedit_right(struct textedit *e);
void textedit_home(struct textedit *e);
void textedit_end(struct textedit *e);
/* malloc'd UTF-8 of the text, trimmed of surrounding white space. */
char *textedit_text(const struct textedit *e);

#endif
