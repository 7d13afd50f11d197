#ifndef SPIEGEL_HOST_H
#define SPIEGEL_HOST_H

/* This process as the owner of a lock (store_lock_session_file,
 * intervisie_lock): the core takes the host and the pid as values; the
 * shell asks the system for them here, in one place. */

struct host_owner {
	char host[256]; /* the host's name, "?" when it has none */
	long pid;
};

void host_owner(struct host_owner *o);

#endif
