#ifndef SPIEGEL_SESSION_H
#define SPIEGEL_SESSION_H

/*
 * Session: one person's answers to one questionnaire, and its JSON form
 * ("spiegel-session/1", see doc/content-format.md).
 *
 * A session does not need its questionnaire to be loaded: answers are kept by
 * item id. Functions that need the questionnaire take it as an argument.
 * Create with session_create() or session_parse(); free with
 * session_destroy() (NULL is a no-op). Time is passed in, never read here.
 */

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "spiegel/content.h"
#include "spiegel/diag.h"
#include "spiegel/store.h"

#define SESSION_MAX_FILE (1024u * 1024u)
#define SESSION_ID_MAX 40
/* At most this many answers per session: far more than any questionnaire
 * has, and a bound on the work a hostile file can cause. */
#define SESSION_MAX_ANSWERS 1000
/* At most this many focus practices chosen by the user (doc/scoring.md). */
#define SESSION_MAX_FOCUS 2

enum answer_kind {
	ANSWER_NONE = 0, /* not answered (or skipped) */
	ANSWER_VALUE,	 /* likert 1-5 */
	ANSWER_NA,	 /* "niet van toepassing" */
	ANSWER_CHOICE,	 /* choice: option value in text */
	ANSWER_TEXT,	 /* open: text */
	ANSWER_SCENARIO, /* scenario: most likely option value in text, least
			    likely in least (NULL until chosen) */
};

struct answer {
	enum answer_kind kind;
	int value;
	const char *text;
	const char *least;
};

struct session_answer {
	char *item;
	enum answer_kind kind;
	int value;
	char *text;
	char *least;
	bool shared;	     /* open answer the participant agreed to share */
	unsigned char owned; /* internal: which of item, text, least are malloc'd */
};

struct session {
	char id[SESSION_ID_MAX + 1];
	char *questionnaire, *version, *participant;
	/* read from a hand-in file ("spiegel-handin/1", see session_export):
	 * private open answers were left out, withheld counts them */
	bool handin;
	size_t withheld;
	char exported[32];
	char created[32], updated[32];
	bool finished;
	char *position; /* item id, may be NULL */
	/* an open answer being typed when the program stopped (not yet the
	 * answer), offered back on resume; both NULL when there is none */
	char *draft_item, *draft_text;
	/* the focus practices the user chose (practice ids, in the order
	 * chosen; n_focus 0: spiegel chooses). Kept by id: the score checks
	 * them against the catalogue. Not part of a hand-in. */
	char *focus[SESSION_MAX_FOCUS];
	size_t n_focus;
	struct session_answer *answers;
	size_t n_answers, cap_answers;
	/* internal: the answers by item id, and the memory of the answers read
	 * from a file (src/core/session.c) */
	uint32_t *index;
	size_t index_cap;
	void *pool;
};

#define SESSION_MAX_NAME 200
/* A participant name: valid UTF-8, at most SESSION_MAX_NAME bytes, no
 * control characters (not even newline or tab) and no other character
 * diag_unsafe_char names (bidi overrides, zero-width characters). */
bool session_name_ok(const char *name);

/* A new, empty session for q. NULL when participant is not a valid name. id is a generated id (see
 * store_new_id). */
struct session *session_create(const char *id, const struct questionnaire *q,
			       const char *participant, time_t now);
void session_destroy(struct session *s);

/* The answer to an item; kind ANSWER_NONE if there is none. */
struct answer session_get(const struct session *s, const char *item);

/* Set (or with kind ANSWER_NONE remove) an answer. Open text is limited to
 * CONTENT_MAX_OPEN_TEXT bytes of valid UTF-8. false on bad value, OOM or a
 * new answer beyond SESSION_MAX_ANSWERS. */
bool session_set(struct session *s, const char *item, struct answer a);

/* Whether the open answer to item may be shared with the group (default:
 * private). Setting a new text keeps the mark; removing the answer drops it.
 * session_set_shared is false when item has no open answer. */
bool session_is_shared(const struct session *s, const char *item);
bool session_set_shared(struct session *s, const char *item, bool shared);

bool session_set_position(struct session *s, const char *item);
/* Keep text as the draft of an open item (NULL item or text: no draft).
 * Setting an answer to that item drops the draft. false on bad text or OOM. */
bool session_set_draft(struct session *s, const char *item, const char *text);
void session_touch(struct session *s, time_t now);
/* Replace the chosen focus by ids[0..n) (n 0 clears it): at most
 * SESSION_MAX_FOCUS valid ids ([A-Za-z0-9._-], at most 40), no repeats.
 * false (and s unchanged) otherwise or on OOM. */
bool session_set_focus(struct session *s, const char *const *ids, size_t n);

/* Whether a counts as an answer: a scenario needs both choices. */
bool session_is_answered(struct answer a);
/* Index of the first unanswered item of q (q->n_items if all are answered). */
size_t session_first_unanswered(const struct session *s, const struct questionnaire *q);
size_t session_count_answered(const struct session *s, const struct questionnaire *q);

/* Check the answers against q: unknown items are ignored, invalid values are
 * reported. */
bool session_validate(const struct session *s, const struct questionnaire *q, struct diag *d);

/* Serialise to JSON text (malloc'd, NUL-terminated). NULL on OOM. */
char *session_to_json(const struct session *s, size_t *len);

/* Parse JSON text (text[len] == NUL); name is used in messages. */
struct session *session_parse(const char *name, const char *text, size_t len, struct diag *d);

/* Read and parse a session file. */
struct session *session_load(const char *path, struct diag *d);

/* Parsing many files (a group): one scratch buffer and one parse tree for
 * all. */
struct session_reader;
struct session_reader *session_reader_create(void); /* NULL on OOM */
void session_reader_destroy(struct session_reader *rd);
/* session_parse of text (text[len] == NUL), the file read elsewhere (the
 * group's files: file_ahead.h, with session_load's checks); path names it
 * in messages. */
struct session *session_read_text(struct session_reader *rd, const char *path, const char *text,
				  size_t len, struct diag *d);

/*
 * Hand-in file ("spiegel-handin/1"): a portable copy of a session for a
 * trainer or coach. It keeps the id, questionnaire, timestamps and every
 * answer except open answers not marked shared; the participant is alias
 * (the session's own name when NULL); position and draft are left out.
 * session_parse reads it back as a session with handin set.
 */
struct session_export_info {
	size_t answers;	 /* answers included */
	size_t shared;	 /* open answers included (marked shared) */
	size_t withheld; /* open answers left out (private) */
};
char *session_export(const struct session *s, const char *alias, time_t now, size_t *len,
		     struct session_export_info *info);

/*
 * The sector whose wording a session is shown in (doc/content-format.md,
 * "Which sector"). With a sector question in q: its answer (po, vo, mbo;
 * "anders" or no answer: SECTOR_ALGEMEEN). Without one (the course days):
 * the sector of the user's most recently updated other session in st that
 * answered one, so a day module reads like the user's other questionnaires;
 * not for a hand-in (another person's file) or without st. Else
 * SECTOR_ALGEMEEN. c is any content with the questionnaires (original or
 * localised: their sector questions are the same).
 */
enum sector session_sector(const struct session *s, const struct questionnaire *q,
			   const struct store *st, const struct content *c);
/* Whether s answered q's sector question; the sector in *out. */
bool session_sector_answer(const struct session *s, const struct questionnaire *q,
			   enum sector *out);
/* The sector answer of the most recently updated session in st, other than
 * skip_id (may be NULL), that has one; SECTOR_ALGEMEEN when none has. */
enum sector session_latest_sector(const struct store *st, const struct content *c,
				  const char *skip_id);

/* Whether s, read from path, can be continued and saved: a hand-in cannot
 * (its private open answers were left out, so saving it would drop every
 * private answer typed into it). Reports why not. */
bool session_editable(const struct session *s, const char *path, struct diag *d);

/* The size of the largest session file of q: every item answered with the
 * longest text or values the limits allow, open answers shared, a draft and
 * the longest name. */
size_t session_max_json(const struct questionnaire *q);
/* Whether every session of q stays within SESSION_MAX_FILE (what
 * session_load reads); reports when not. */
bool session_check_fits(const struct questionnaire *q, struct diag *d);

/* Load the session with this id from the store. */
struct session *session_load_id(const struct store *st, const char *id, struct diag *d);

/* Stamp s as updated at now and write it atomically to path through io. On
 * failure the file on disk is the old or (directory fsync failed) the
 * complete new version, never a mix; s is untouched but for the stamp.
 * Refused before anything is written: a hand-in (see session_editable) and
 * a file larger than SESSION_MAX_FILE, which session_load would not read. */
bool session_save(struct session *s, const char *path, const struct store_io *io, time_t now,
		  struct diag *d);

#endif
