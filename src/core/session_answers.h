#ifndef SPIEGEL_CORE_SESSION_ANSWERS_H
#define SPIEGEL_CORE_SESSION_ANSWERS_H

/* The shapes of session, hand-in and intervisie files. The "answers"
 * object: one
 * member per item, {"value": 1-5}, {"na": true}, {"choice": "..."},
 * {"text": "...", "shared": true} or {"most": "...", "least": "..."}
 * (doc/content-format.md). One writer and one reader for every file that
 * holds answers (session.c, intervisie.c); not a public header. */

#include <cjson/cJSON.h>
#include <stdbool.h>
#include <stddef.h>

#include "jsonio.h"
#include "spiegel/session.h"

/* Add s's answers to obj, one member per item. With handin, open answers
 * not marked shared are left out and counted in *withheld; info (may be
 * NULL) counts what was written. false on OOM. */
bool session_answers_json(cJSON *obj, const struct session *s, bool handin, size_t *withheld,
			  struct session_export_info *info);

/* Read answers (an object, or NULL when absent: nothing to read) into s
 * with session_set and session_set_shared. Every answer that is not one of
 * the forms above, or that session_set refuses, is an error in c at
 * "<where>: antwoord ID" (where "" at the top of a file), and is skipped;
 * more than SESSION_MAX_ANSWERS answers are one error and none is read. */
void session_answers_parse(struct jctx *c, const cJSON *answers, struct session *s,
			   const char *where);

/* The other shapes session, hand-in and intervisie files share. "created"
 * and "updated" (both required): timestamps as format_utc writes them, into
 * created and updated (size bytes each, at least 21). */
void session_json_times(struct jctx *c, const cJSON *root, char *created, char *updated,
			size_t size);
/* "questionnaire": {"id": ..., "version": ...}, both required and nothing
 * else: malloc'd copies into *id and *version (NULL when absent). */
void session_json_questionnaire(struct jctx *c, const cJSON *root, char **id, char **version);

#endif
