#ifndef SPIEGEL_CONTENT_CACHE_H
#define SPIEGEL_CONTENT_CACHE_H

/*
 * What the start screen shows of the content (how many questionnaires
 * there are) without loading it: the count of the last full load of
 * exactly the same files, kept in <root>/cache/content.index (0600) with the
 * key of the content folder's files (content_dir_key). Only a load without
 * any message is noted, so a count from the cache is always that of a
 * content folder in which every questionnaire passed every check; the
 * content itself is loaded (and checked again, strictly) when it is first
 * needed. A cache (store_write_cache): read strictly, ignored unless exact.
 */

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "spiegel/content.h"
#include "spiegel/store.h"

#define CONTENT_CACHE_NAME "content.index"

/* The key of dir now into *key (false: dir cannot be read) and, when the
 * cache holds that key, the number of questionnaires into *n_qs (*known). */
bool content_cache_lookup(const struct store *st, const char *dir, uint64_t *key, size_t *n_qs,
			  bool *known);
/* After a load of dir with the files of key that gave no message: note how
 * many questionnaires it had. Failing to write is not an error. */
void content_cache_note(const struct store *st, uint64_t key, size_t n_qs);

#endif
