#ifndef SPIEGEL_CORE_STORE_INTERNAL_H
#define SPIEGEL_CORE_STORE_INTERNAL_H

/* Shared by the store's files (store.c, store_lock.c, store_output.c); not a public
 * header. */

#include <stdbool.h>
#include <stddef.h>

#include "spiegel/diag.h"
#include "spiegel/store.h"

/* All len bytes of data to fd through io (a write interrupted or short is
 * continued); false with "<path>: schrijven mislukt (...)" otherwise. */
bool store_write_all(const struct store_io *io, int fd, const void *data, size_t len,
		     const char *path, struct diag *d);

/* What store_write_file puts after a file's path for its temp file:
 * "<path>.tmp-<hex>". */
#define STORE_TEMP_TAG ".tmp-"

/* The lock of <dir>/<id>.lock (store_lock.c): its fd, or -1 with a
 * message naming the holder (none when quiet). */
int store_lock_at(const char *dir, const char *id, const char *what, bool quiet, struct diag *d);

/* The bytes of data, as a producer (ctx: a struct store_buffer). */
struct store_buffer {
	const void *data;
	size_t len;
};
bool store_produce_buffer(void *ctx, struct store_sink *out);

#endif
