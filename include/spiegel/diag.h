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

#endif
