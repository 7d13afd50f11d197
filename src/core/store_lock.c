/* The editing locks of sessions and other files (store.h): flock on
 * <dir>/<id>.lock, a file of ours with a single name. */
#include "spiegel/store.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "store_internal.h"
#include "util.h"

/* Open the lock file path for locking: created if missing, and refused
 * unless it is a regular file of ours with one name (a hard link to another
 * file would be truncated below; a FIFO or device is never opened for
 * writing). */
static int open_lock(const char *path, struct diag *d)
{
	struct stat sb;
	if (lstat(path, &sb) == 0 && !S_ISREG(sb.st_mode)) {
		diag_add(d,
			 "%s: het slot is geen gewoon bestand; verwijder het als er geen "
			 "spiegel meer open is",
			 path);
		return -1;
	}
	int fd =
	    open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0600);
	if (fd < 0) {
		diag_add(d, "%s: slot kan niet worden gemaakt (%s)", path, strerror(errno));
		return -1;
	}
	const char *why = NULL;
	if (fstat(fd, &sb) != 0)
		why = strerror(errno);
	else if (!S_ISREG(sb.st_mode))
		why = "het is geen gewoon bestand";
	else if (sb.st_nlink != 1)
		why = "het bestand heeft meer dan één naam (een harde koppeling)";
	else if (sb.st_uid != geteuid())
		why = "het is niet van jou";
	if (why) {
		diag_add(d, "%s: dit slot wordt niet gebruikt: %s", path, why);
		close(fd);
		return -1;
	}
	return fd;
}

/* Whether fd is still the file at path (not removed or replaced since it was
 * opened: then a lock on it would lock nothing). */
static bool still_there(int fd, const char *path)
{
	struct stat a, b;
	return fstat(fd, &a) == 0 && lstat(path, &b) == 0 && a.st_dev == b.st_dev &&
	       a.st_ino == b.st_ino;
}

/* Lock <dir>/<id>.lock. quiet: only try, tell nobody (no holder line is
 * written, no message when it is taken). */
int store_lock_at(const char *dir, const char *id, const char *what, bool quiet, struct diag *d)
{
	char name[80];
	snprintf(name, sizeof(name), "%.64s.lock", id);
	char *path = path_join(dir, name);
	if (!path) {
		diag_add(d, "onvoldoende geheugen");
		return -1;
	}
	int fd = -1;
	for (int attempt = 0; attempt < 3; attempt++) {
		fd = open_lock(path, d);
		if (fd < 0)
			break;
		if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
			if (!quiet) {
				char who[128] = "";
				ssize_t r = pread(fd, who, sizeof(who) - 1, 0);
				who[r > 0 ? r : 0] = '\0';
				who[strcspn(who, "\n")] = '\0';
				diag_add(d,
					 "%s %s is al geopend door %s; sluit spiegel daar eerst af",
					 what, id, who[0] ? who : "een ander proces");
			}
			close(fd);
			fd = -1;
			break;
		}
		if (still_there(fd, path))
			break;
		/* removed (delete) or replaced while we locked: lock the new one */
		close(fd);
		fd = -1;
	}
	free(path);
	return fd;
}

int store_lock_file(const char *dir, const char *id, const char *what, const char *host, long pid,
		    struct diag *d)
{
	int fd = store_lock_at(dir, id, what, false, d);
	if (fd < 0)
		return -1;
	char who[128];
	int n = snprintf(who, sizeof(who), "proces %ld op %s\n", pid, host ? host : "?");
	if (ftruncate(fd, 0) == 0 && n > 0)
		(void)!pwrite(fd, who, (size_t)n, 0);
	return fd;
}

int store_lock_id(const char *dir, const struct store_kind *kind, const char *id, const char *host,
		  long pid, struct diag *d)
{
	if (!kind->id_ok(id)) {
		diag_add(d, "\"%s\" is geen %s", id, kind->id_noun);
		return -1;
	}
	return store_lock_file(dir, id, kind->what, host, pid, d);
}

int store_lock_session_file(const char *path, const char *host, long pid, struct diag *d)
{
	/* next to the file itself, named after it: whichever data directory or
	 * path reaches the file, the lock is the same */
	const char *slash = strrchr(path, '/');
	char *dir = slash ? strndup(path, (size_t)(slash - path) + (slash == path)) : strdup(".");
	const char *base = slash ? slash + 1 : path;
	size_t stem = json_stem_len(base);
	char *name = strndup(base, stem ? stem : strlen(base));
	int fd = -1;
	if (!dir || !name || !*name)
		diag_add(d, "%s: onvoldoende geheugen of geen bestandsnaam", path);
	else
		fd = store_lock_file(dir, name, "sessie", host, pid, d);
	free(dir);
	free(name);
	return fd;
}

int store_lock_session(const struct store *st, const char *id, const char *host, long pid,
		       struct diag *d)
{
	return store_lock_file(st->sessions, id, "sessie", host, pid, d);
}

void store_unlock(int fd)
{
	if (fd >= 0)
		close(fd);
}
