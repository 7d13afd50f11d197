#ifndef SPIEGEL_DIAG_H
#define SPIEGEL_DIAG_H

/*
 * Diagnostics: the error values of the core.
 *
 * Core functions that can fail return bool (or NULL) and append one or more
 * Dutch, user-readable messages to a struct diag owned by the caller. Each
 * message names the file and, where known, the place ("file:12:5: ..." or
 * "file: item ID: ..."). The core never prints and never exits.
 */

#include <stdbool.h>
#include <stddef.h>

struct diag {
	char **msgs;
	size_t len, cap;
	bool oom; /* a message could not be stored */
};

void diag_init(struct diag *d);
void diag_finish(struct diag *d);
void diag_clear(struct diag *d);

/* Append a formatted message. Never fails; on allocation failure sets oom. */
void diag_add(struct diag *d, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Number of messages (oom counts as one). */
size_t diag_count(const struct diag *d);

/* Message i, or a generic out-of-memory text. */
const char *diag_msg(const struct diag *d, size_t i);

/*
 * Neutralising: one rule for every string from a file or a file name that is
 * shown, on a terminal, in a message or in a report. A character is unsafe
 * when a terminal or a text viewer would act on it instead of showing it: C0
 * controls (ESC starts OSC 52 or ESC[2J), DEL, C1, the bidi embeddings,
 * overrides and isolates (U+202A-202E, U+2066-2069), the zero-width
 * characters and direction marks (U+200B-200F), the word joiner and
 * invisible operators (U+2060-2064), U+061C, the line and paragraph
 * separators U+2028/2029 and U+FEFF. Diagnostics are neutralised when they
 * are added (diag_add); names and aliases refuse these characters
 * (session_name_ok).
 */
#define DIAG_REPLACEMENT "\xEF\xBF\xBD" /* U+FFFD, shown instead */

/* Whether code point c is unsafe (newline and tab are; a mode may keep them). */
bool diag_unsafe_char(unsigned long c);
/* Whether the UTF-8 text s holds an unsafe character other than newline and
 * tab, or invalid UTF-8. */
bool diag_has_unsafe(const char *s);

enum diag_mode {
	DIAG_LINE, /* one line: a tab becomes a space, a newline U+FFFD */
	DIAG_TEXT, /* text: newline, tab and CR before a newline (CSV) stay */
	DIAG_JSON, /* printed JSON: unsafe characters become \uXXXX escapes (they
		      only occur inside strings there); line ends as DIAG_TEXT */
};
/* A malloc'd, NUL-terminated copy of s[0..n) with every unsafe character
 * and every invalid UTF-8 byte replaced by U+FFFD (or escaped, DIAG_JSON);
 * its length in *len when len is not NULL. NULL on OOM. */
char *diag_neutral(const char *s, size_t n, enum diag_mode mode, size_t *len);
/* The same in place for a heap string of n bytes (replaced by the neutral
 * copy, which is freed and NULL on OOM); returns the new string. */
char *diag_neutralize(char *s, size_t *n, enum diag_mode mode);

#endif
