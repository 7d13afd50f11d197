#ifndef SPIEGEL_PLAIN_H
#define SPIEGEL_PLAIN_H

/* Plain mode: a questionnaire line by line on stdin/stdout, without curses
 * (for screen readers, pipes and scripts). */

#include <stdio.h>

#include "spiegel/content.h"
#include "spiegel/store.h"

/* Start a new session of q (session_path NULL) or continue session_path.
 * Returns the exit status. */
int plain_run(const struct content *c, struct store *st, const struct questionnaire *q,
	      const char *participant, const char *session_path, FILE *in, FILE *out);

#endif
