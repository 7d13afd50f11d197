#ifndef SPIEGEL_TUI_TEXT_H
#define SPIEGEL_TUI_TEXT_H

/* Wide-character text helpers for the screens: conversion, display width,
 * word wrap and a small editor for open answers. Requires a UTF-8 locale. */

#include <stdbool.h>
#include <stddef.h>
#include <wchar.h>

/* UTF-8 -> malloc'd wide string for drawing and measuring (invalid bytes
 * become U+FFFD). The text is made safe for the screen as by text_sanitize
 * with keep_newlines: a newline stays (text_wrap breaks the line there), a
 * tab becomes a space and every other control or unprintable character
 * becomes U+FFFD, so that the terminal never moves the cursor on its own
 * and each character takes the columns text_width counts. */
wchar_t *text_widen(const char *s);
/* UTF-8 -> malloc'd wide string, every character as it is (invalid bytes
 * become U+FFFD); for text that is edited, not drawn. */
wchar_t *text_widen_raw(const char *s);
/* A malloc'd formatted string (vasprintf), NULL on OOM. */
char *text_fmt(const char *f, ...) __attribute__((format(printf, 1, 2)));
/* wide -> malloc'd UTF-8. */
char *text_narrow(const wchar_t *w, size_t n);

/* Make w[0..n) safe to draw, in place: a tab becomes a space; a newline
 * stays when keep_newlines, else it becomes U+FFFD like every other C0 or
 * C1 control and every character that is not printable (iswprint). The
 * width text_width gives does not change. */
void text_sanitize(wchar_t *w, size_t n, bool keep_newlines);
/* A malloc'd, NUL-terminated copy of w[0..n) made safe by text_sanitize
 * (newlines too): for drawing a line of an editor's text. */
wchar_t *text_sanitized(const wchar_t *w, size_t n);

/* Display width of w[0..n) (control or unprintable characters count 1: they
 * are drawn as one column, see text_sanitize). */
int text_width(const wchar_t *w, size_t n);

/* Word wrap: fills starts[] / lens[] (malloc'd) with the lines of w that
 * fit in width columns; a line ends after a space where possible. Returns the
 * number of lines (at least 1). Newlines force a break and are not part of a
 * line. */
int text_wrap(const wchar_t *w, int width, size_t **starts, size_t **lens);

/* Editor for one open answer. The text is kept as it is (text_widen_raw);
 * draw it through text_sanitize. */
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
