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
void session_answers_parse(struct jctx *c, const struct jval *answers, struct session *s,
			   const char *where);

/* The other shapes session, hand-in and intervisie files share. "created"
 * and "updated" (both required): timestamps as format_utc writes them, into
 * created and updated (size bytes each, at least 21). */
void session_json_times(struct jctx *c, const struct jval *root, char *created, char *updated,
			size_t size);
/* "questionnaire": {"id": ..., "version": ...}, both required and nothing
 * else: malloc'd copies into *id and *version (NULL when absent). */
void session_json_questionnaire(struct jctx *c, const struct jval *root, char **id, char **version);

/* Free every answer of s (session_destroy). */
void session_free_answers(struct session *s);
/* For the readers above (session_read.c): room for n more answers; false on
 * OOM. */
bool session_reserve_answers(struct session *s, size_t n);
/* Add the answer to item (of len bytes), which s has no answer to yet, as session_set
 * would (the same checks; a draft of item is dropped), marked shared when
 * shared and an open answer. Its texts come from the strict parse (valid
 * UTF-8 without control characters other than newline and tab, which the
 * parse refuses), so those checks are not repeated. borrowed: item is kept
 * as it is (a string that outlives s), not copied. false where session_set
 * is. */
bool session_add_answer(struct session *s, const char *item, size_t len, struct answer a,
			bool shared, bool borrowed);

/* The quick reading of a session or hand-in file (session_fast.c): the
 * session session_parse would make of text[0..len) (text[len] is NUL), or
 * NULL when the quick way does not take the file (then it must be read the
 * full way, which also finds what is wrong with it). scratch: len + 1
 * bytes. With q (NULL: none), pos[i] is the position of the answer to item
 * i of q (-1: none), and those answers' item ids are q's own (q must
 * outlive the session). */
struct session *session_parse_quick(const char *text, size_t len, char *scratch,
				    const struct questionnaire *q, int32_t *pos);
/* session_parse the full way only (the strict tree, then the checks). */
struct session *session_parse_full(const char *name, const char *text, size_t len, struct diag *d);

/* The files a reader reads are likely of q (NULL: no guess): for each file
 * read the quick way, session_reader_view then gives its view for q (and
 * its answers to q's items keep q's item ids: q must outlive the
 * sessions). false on OOM (no guess then). */
bool session_reader_hint(struct session_reader *rd, const struct questionnaire *q);
/* The view (session_view) for q of the session read last, when the reader
 * made it; else NULL. Valid until the next read or the session's end. */
const struct session_answer *const *session_reader_view(const struct session_reader *rd,
							const struct questionnaire *q);

/* The answers of s to the items of q by item index into view (q->n_items
 * entries; NULL where s has none): one lookup per answer, for the modules
 * that look at every item (score, group). */
void session_view(const struct session *s, const struct questionnaire *q,
		  const struct session_answer **view);
/* Whether session_validate(s, q) holds, for the view of s (no message). */
bool session_view_fits(const struct questionnaire *q, const struct session_answer *const *view);
/* The answer in a view entry (ANSWER_NONE for NULL). */
struct answer session_answer_of(const struct session_answer *e);

#endif
