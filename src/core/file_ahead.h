#ifndef SPIEGEL_CORE_FILE_AHEAD_H
#define SPIEGEL_CORE_FILE_AHEAD_H

/*
 * Files read ahead (file_ahead.c): the files 0..n-1 of a list read in that
 * order with jsonio_read_at, by a second thread a few files ahead of the
 * caller, who takes them in the same order. The system calls of reading
 * (open, stat, read, close: half the time of a group run) then overlap the
 * parsing. What the caller gets for a file is exactly what jsonio_read_at
 * gives for it in the caller's thread: the same checks, the same messages,
 * the same stat.
 *
 * depth 0 (or a thread that cannot be started) reads each file when it is
 * taken, in the caller's thread: the sequential reading, through the same
 * code.
 *
 * Not a public header. The thread lives from file_ahead_start to
 * file_ahead_stop; no state outside the struct.
 */

#include <limits.h>
#include <stdbool.h>
#include <stddef.h>
#include <sys/stat.h>

#include "spiegel/diag.h"

/* Where file k is (called in the reading thread, in order of k, never at
 * the same time as itself): its folder's descriptor in *dirfd (AT_FDCWD:
 * name is a path), its name there in *name and the path that names it in
 * messages written into path (of size bytes). false: k is not read (the
 * caller never takes it). */
typedef bool (*file_ahead_locate)(void *ctx, size_t k, int *dirfd, const char **name, char *path,
				  size_t size);

#define FILE_AHEAD_PATH (PATH_MAX + NAME_MAX + 2)

/* A file as read. */
struct file_got {
	size_t k;
	bool ok; /* read: text (NUL-terminated) of len bytes, st */
	char *text;
	size_t len;
	struct stat st;
	struct diag d; /* !ok: why (the caller may take it over: then
			  diag_init it) */
	char *path;    /* as located */
};

struct file_ahead;

/* Read files 0..n-1 (those that locate names) of at most max bytes, at
 * most depth ahead of the caller. NULL on OOM. */
struct file_ahead *file_ahead_start(size_t n, size_t depth, size_t max, file_ahead_locate locate,
				    void *ctx);
/* The next file located, in order; valid until the next call or stop.
 * NULL after the last one, or before it on OOM. */
struct file_got *file_ahead_next(struct file_ahead *fa);
/* Whether a second thread reads (false: sequential). */
bool file_ahead_threaded(const struct file_ahead *fa);
/* Stop reading (files not taken are never given) and give everything
 * back; NULL is fine. */
void file_ahead_stop(struct file_ahead *fa);

#endif
