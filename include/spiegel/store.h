#ifndef SPIEGEL_STORE_H
#define SPIEGEL_STORE_H

/*
 * Store: where data lives and how it reaches the disk.
 *
 * Data lives under a root directory (see store_resolve_root) with one
 * subdirectory "sessions" holding <id>.json files. Directories are 0700,
 * files 0600. Every write goes through store_write_file(): a temp file in the
 * same directory (O_EXCL | O_NOFOLLOW), a write loop, fsync, close, rename,
 * fsync of the directory. On a failure before the rename the old file is
 * untouched and the temp file removed; when only the final directory fsync
 * fails, the file is already the complete new version (reported all the
 * same, since its durability is not certain). All system calls of a write go through a struct
 * store_io so that tests can make any of them fail.
 */

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>
#include <time.h>

#include "spiegel/diag.h"

struct store_io {
	int (*openat)(void *ctx, int dirfd, const char *path, int flags, mode_t mode);
	ssize_t (*write)(void *ctx, int fd, const void *buf, size_t n);
	int (*fsync)(void *ctx, int fd);
	int (*close)(void *ctx, int fd);
	int (*renameat)(void *ctx, int olddir, const char *oldpath, int newdir,
			const char *newpath);
	int (*unlinkat)(void *ctx, int dirfd, const char *path, int flags);
	void *ctx;
};

/* The plain POSIX calls. */
extern const struct store_io store_io_posix;

struct store {
	char *root;
	char *sessions; /* root/sessions */
	const struct store_io *io;
};

/* Choose the data root: override (--data-dir), else env_dir
 * (SPIEGEL_DATA_DIR), else xdg/spiegel when xdg is absolute, else
 * home/.local/share/spiegel. Returns malloc'd path or NULL with a message. */
char *store_resolve_root(const char *override, const char *env_dir, const char *xdg,
			 const char *home, struct diag *d);

/* Create root and root/sessions (0700) as needed and check them: a real
 * directory, ours, not writable by group or others. */
bool store_open(struct store *st, const char *root, struct diag *d);
void store_finish(struct store *st);

/* Atomically replace path with data (mode 0600). */
bool store_write_file(const struct store_io *io, const char *path, const void *data, size_t len,
		      struct diag *d);

/* Remove temp files left behind by an interrupted write. Returns the count. */
int store_clean_temp(const struct store *st);

/* A new session id: "YYYYMMDD-HHMMSS-xxxxxx" (UTC, random hex). */
bool store_new_id(char *buf, size_t size, time_t now);

/* "<sessions>/<id>.json", malloc'd. */
char *store_session_path(const struct store *st, const char *id);

/* SESSION argument: a path (contains '/' or ends in .json) or an id.
 * Returns a malloc'd path or NULL with a message. */
char *store_find_session(const struct store *st, const char *arg, struct diag *d);

/* Ids of all session files, sorted, malloc'd array of malloc'd strings. */
bool store_list_sessions(const struct store *st, char ***ids, size_t *n, struct diag *d);
void store_free_list(char **ids, size_t n);

/* Take the editing lock of a session (flock on <id>.lock). Returns the lock
 * fd, or -1 with a message naming the process (pid, host) that holds it. */
int store_lock_session(const struct store *st, const char *id, const char *host, long pid,
		       struct diag *d);
void store_unlock(int fd);
/* The same for any file <dir>/<id>.json: the lock is <dir>/<id>.lock; what
 * names the thing in the message ("sessie", "groep"). */
int store_lock_file(const char *dir, const char *id, const char *what, const char *host, long pid,
		    struct diag *d);

/* root/name, created (0700) and checked like the sessions directory; malloc'd
 * path, or NULL with a message. */
char *store_subdir(const struct store *st, const char *name, struct diag *d);

/* Remove session id and every file belonging to it (its lock file and any
 * temp files). Refuses while another process has it open. */
bool store_delete_session(const struct store *st, const char *id, struct diag *d);

#endif
