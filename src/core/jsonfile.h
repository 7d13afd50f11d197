#ifndef SPIEGEL_CORE_JSONFILE_H
#define SPIEGEL_CORE_JSONFILE_H

/*
 * The load and save functions of the modules whose file is one JSON
 * document (session, intervisie, feedback, plan, portfolio marks), defined
 * once here and instantiated per module, so that every such file is read
 * and written the same way. The contracts are in the modules' public
 * headers; not a public header.
 */

#include <stdbool.h>
#include <stddef.h>
#include <stdlib.h>
#include <time.h>

#include "jsonio.h"
#include "spiegel/diag.h"
#include "spiegel/store.h"
#include "util.h"

/* Defines `type *name(const char *path, struct diag *d)`: the file at path
 * (a regular file of at most max bytes, jsonio_read_file) given to
 * parse(path, text, len, d), which returns a type * or NULL. NULL with the
 * message of the read or of parse. */
#define JSONFILE_DEFINE_LOAD(type, name, parse, max)                                               \
	type *name(const char *path, struct diag *d)                                               \
	{                                                                                          \
		size_t len_;                                                                       \
		char *text_ = jsonio_read_file(path, (max), &len_, d);                             \
		type *v_ = text_ ? parse(path, text_, len_, d) : NULL;                             \
		free(text_);                                                                       \
		return v_;                                                                         \
	}

/* Defines `bool name(type *v, const char *path, const struct store_io *io,
 * time_t now, struct diag *d)`: v->updated (a char array) set to now as
 * format_utc writes it, then the JSON of to_json(v, &len) (malloc'd, NULL
 * on OOM) saved at path as store_save_json does (at most max bytes,
 * atomically through io). */
#define JSONFILE_DEFINE_SAVE(type, name, to_json, max)                                             \
	bool name(type *v, const char *path, const struct store_io *io, time_t now,                \
		  struct diag *d)                                                                  \
	{                                                                                          \
		format_utc(v->updated, sizeof(v->updated), now);                                   \
		size_t len_ = 0;                                                                   \
		char *json_ = to_json(v, &len_);                                                   \
		return store_save_json(io, path, json_, len_, (max), d);                           \
	}

#endif
