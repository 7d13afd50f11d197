#ifndef SPIEGEL_PLAIN_MEETING_H
#define SPIEGEL_PLAIN_MEETING_H

/* A meeting of an intervisie group in plain mode (src/plain_meeting.c):
 * line by line on in and out, every answer saved to path at once (the
 * caller holds the group's lock). i: the meeting to continue, or
 * iv->n_meetings (or more) for a new one (date and method asked first).
 * "stop" or the end of the input ends it; what was answered is saved.
 * cat: for the titles of catalogue steps (the texts of a sector copy).
 * Returns EXIT_OK, or EXIT_DATA when a save failed. */

#include <stdio.h>

#include "spiegel/intervisie.h"
#include "spiegel/meeting_kit.h"

int plain_meeting(struct intervisie *iv, size_t i, const char *path, const struct meeting_kit *kit,
		  const struct catalogue *cat, FILE *in, FILE *out);

#endif
