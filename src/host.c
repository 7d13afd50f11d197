/* The owner of a lock (host.h). */
#define _GNU_SOURCE
#include "host.h"

#include "spiegel/store.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void host_owner(struct host_owner *o)
{
	strcpy(o->host, "?");
	gethostname(o->host, sizeof(o->host) - 1);
	o->host[sizeof(o->host) - 1] = '\0';
	o->pid = (long)getpid();
}

void host_release(char **path, int *lock_fd)
{
	free(*path);
	*path = NULL;
	store_unlock(*lock_fd);
	*lock_fd = -1;
}
