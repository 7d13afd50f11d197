#ifndef SPIEGEL_SESSION_INDEX_H
#define SPIEGEL_SESSION_INDEX_H

/*
 * The session index: what the start screen needs of every session (whether
 * it can be read, whether it is finished, its sector answer), without
 * parsing every session file on every start.
 *
 * A cache in <root>/cache/sessions.index (the data root's privacy: 0700
 * folder, 0600 file), one line per session with the identity of the file
 * it was made from (device, inode, size, modification and change time). A
 * line is used only while the session file is exactly that file; any other
 * file (saved since, replaced, new) is read the full way and its line made
 * again. Sessions are saved by replacing the file (a new inode), so a save
 * is always seen. Sector answers depend on the content: they are kept with
 * a key of the content folder's files and made again when it changes.
 *
 * The index is a cache: written without fsync (store_write_cache), read
 * strictly, and never trusted beyond that. A file that is not exactly what
 * spiegel writes (torn by a crash, edited, of another version) is ignored
 * as a whole and made again. Failing to read or write it is never an
 * error: the sessions are then read as without it.
 */

#include <stdbool.h>
#include <stdint.h>

#include "spiegel/content.h"
#include "spiegel/store.h"

#define SESSION_INDEX_NAME "sessions.index"

/* What the index knows of one session. */
struct session_summary {
	bool readable; /* session_load reads it; the rest only then */
	bool finished, handin;
	/* the sector answer (enum sector) of its questionnaire in the content
	 * given, -1 when it has none (or the questionnaire is not there) */
	int sector;
	char when[32]; /* updated, else created */
};

/* The summary of every session in st, in the order of store_list_sessions
 * (by id), through fn (false: stop). With content c, the sector of each is
 * known; without (NULL), sector is -1 for all. false only when the sessions
 * cannot be listed (said in d). */
bool session_index_each(const struct store *st, const struct content *c,
			bool (*fn)(const char *id, const struct session_summary *s, void *ctx),
			void *ctx, struct diag *d);

#endif
