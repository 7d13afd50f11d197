#ifndef SPIEGEL_HOST_H
#define SPIEGEL_HOST_H

/* The files the shell holds with a lock (a session being answered, an
 * intervisie group): this process as the owner of a lock
 * (store_lock_session_file, intervisie_lock take the host and the pid as
 * values; the shell asks the system for them here, in one place), and
 * letting go of such a file. */

struct host_owner {
	char host[256]; /* the host's name, "?" when it has none */
	long pid;
};

void host_owner(struct host_owner *o);
/* Let go of a file this process holds: its lock released (store_unlock),
 * its path freed, and both reset (NULL, -1). */
void host_release(char **path, int *lock_fd);

#endif
