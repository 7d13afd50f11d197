#ifndef SPIEGEL_INTERVISIE_H
#define SPIEGEL_INTERVISIE_H

/*
 * Intervisie: a coach's record of one intervisie group ("spiegel-intervisie/2",
 * see doc/intervisie.md; files of format /1 still load).
 *
 * A group has a name, one questionnaire (id and version), and 1 to
 * INTERVISIE_MAX_PARTICIPANTS participants. Each participant has an alias,
 * answers (a struct session, so that score_compute works on it unchanged),
 * free-text notes and afspraken written by the coach. The coach's place in
 * the walk through the questionnaire (a section id) is kept too.
 *
 * Like the rest of the core this module never prints, never exits and keeps
 * no global state. Functions that can fail return bool or NULL and add Dutch
 * messages to a caller-owned diag. Time is passed in. The caller saves after
 * every change (intervisie_save); nothing here writes on its own.
 */

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "spiegel/content.h"
#include "spiegel/diag.h"
#include "spiegel/meeting.h"
#include "spiegel/score.h"
#include "spiegel/session.h"
#include "spiegel/store.h"

#define INTERVISIE_MAX_PARTICIPANTS 8
#define INTERVISIE_MAX_FILE (4u * 1024u * 1024u)
/* notes and afspraken: UTF-8 bytes, as stored (NFC) */
#define INTERVISIE_MAX_TEXT CONTENT_MAX_OPEN_TEXT
/* the group's id is a store_new_id; participant sessions get "<id>-pN" */
#define INTERVISIE_ID_MAX 32

struct intervisie_participant {
	char *alias;		 /* valid as session_name_ok, not empty, NFC */
	struct session *answers; /* participant == alias; never NULL */
	char *notes;		 /* "" when empty, never NULL; may hold newlines */
	char *afspraken;	 /* idem */
	char *imported;		 /* id of the last imported session, or NULL */
};

struct intervisie {
	char id[INTERVISIE_ID_MAX + 1];
	char *name; /* the group's name, as an alias */
	char *questionnaire, *version;
	char created[32], updated[32];
	char *position; /* section id the coach is at, or NULL */
	struct intervisie_participant participants[INTERVISIE_MAX_PARTICIPANTS];
	size_t n_participants;
	/* the group's meetings in the order they were held (meeting.h) and
	 * what the group agreed to share of them */
	struct meeting *meetings;
	size_t n_meetings;
	struct meeting_consent consent;
};

/* A group name or an alias: session_name_ok, and not empty or only spaces. */
bool intervisie_alias_ok(const char *alias);

/*
 * A new group for q with the given aliases (1 to INTERVISIE_MAX_PARTICIPANTS,
 * each intervisie_alias_ok, no two the same). id: a store_new_id. NULL with
 * a message for each problem (or on OOM).
 */
struct intervisie *intervisie_create(const char *id, const char *name,
				     const struct questionnaire *q, const char *const *aliases,
				     size_t n, time_t now, struct diag *d);
void intervisie_destroy(struct intervisie *iv);

/* Participants. add: at the end; fails when full, on a bad or duplicate
 * alias. remove: the last one cannot be removed; their steps and
 * follow-ups in meetings stay (the record of what was agreed). rename: the
 * alias must be valid and not used by another participant; the meetings'
 * steps, follow-ups and inbrenger follow the new alias. Messages are
 * Dutch. */
bool intervisie_add_participant(struct intervisie *iv, const char *alias, struct diag *d);
bool intervisie_remove_participant(struct intervisie *iv, size_t p, struct diag *d);
bool intervisie_rename_participant(struct intervisie *iv, size_t p, const char *alias,
				   struct diag *d);
/* Index of the participant with this alias (compared in NFC), or -1. */
int intervisie_find_participant(const struct intervisie *iv, const char *alias);

/* Set (or with ANSWER_NONE clear) participant p's answer to item; see
 * session_set. false on a bad value, index or OOM. */
bool intervisie_set_answer(struct intervisie *iv, size_t p, const char *item, struct answer a);

/* The coach's notes and afspraken for participant p: valid UTF-8, newlines
 * and tabs allowed but no other control characters, at most
 * INTERVISIE_MAX_TEXT bytes in NFC. NULL means "". */
bool intervisie_set_notes(struct intervisie *iv, size_t p, const char *text, struct diag *d);
bool intervisie_set_afspraken(struct intervisie *iv, size_t p, const char *text, struct diag *d);

/* The section the coach is at (NULL: none). false on OOM. */
bool intervisie_set_position(struct intervisie *iv, const char *section);

/*
 * Import a participant's own answers (a session or a hand-in file) as
 * participant p's answers, replacing all answers p had. The session must be
 * of the group's questionnaire, same id and same version, and fit q
 * (session_validate). Likert, choice and scenario answers are taken; an open
 * answer only when the participant marked it shared (a hand-in has the
 * private ones removed already). Notes and afspraken stay. On failure p is
 * unchanged.
 */
struct intervisie_import_info {
	size_t answers;	 /* answers taken (open ones included) */
	size_t shared;	 /* of which open answers (shared) */
	size_t withheld; /* open answers left out: private */
};
bool intervisie_import_session(struct intervisie *iv, size_t p, const struct questionnaire *q,
			       const struct session *s, struct intervisie_import_info *info,
			       struct diag *d);
/* Whether s could be imported into iv (the checks of
 * intervisie_import_session, nothing changed), and what would be taken
 * into *info (may be NULL). Messages start with label (a path). Import
 * checks a file with this before asking whether to replace answers. */
bool intervisie_import_check(const struct intervisie *iv, const struct questionnaire *q,
			     const struct session *s, const char *label,
			     struct intervisie_import_info *info, struct diag *d);
/* session_load(path) + intervisie_import_session. */
bool intervisie_import_file(struct intervisie *iv, size_t p, const struct questionnaire *q,
			    const char *path, struct intervisie_import_info *info, struct diag *d);

/*
 * Bulk import (src/core/intervisie_import.c): every *.json file in dir (not
 * its subfolders, in name order) that is a session or hand-in whose
 * participant field (the alias given with `spiegel export --alias`) is, in
 * NFC, the alias of a participant of the group. Planned first, nothing
 * changed: per file the participant it matches and what would be taken, or
 * why not (unreadable, no participant with that alias, another
 * questionnaire, answers that do not fit, or two different files for one
 * participant: then neither is taken; a copy of the same session counts
 * once). Then applied: the planned files replace their participants'
 * answers, as intervisie_import_session. At most INTERVISIE_BULK_MAX files
 * are looked at.
 */
#define INTERVISIE_BULK_MAX 1000
struct intervisie_bulk_entry {
	char *name;			    /* file name in dir */
	int participant;		    /* the participant whose alias it carries, or -1 */
	struct session *s;		    /* kept while it will be imported */
	char *problem;			    /* why not, or NULL */
	struct intervisie_import_info info; /* what would be taken */
};
struct intervisie_bulk {
	struct intervisie_bulk_entry *v;
	size_t n;
	size_t ready;	  /* files that will be imported */
	size_t replacing; /* of those, participants who have answers already */
	size_t more;	  /* files beyond INTERVISIE_BULK_MAX, not looked at */
};
/* false (with a message) only when dir cannot be read, or on OOM. */
bool intervisie_bulk_plan(const struct intervisie *iv, const struct questionnaire *q,
			  const char *dir, struct intervisie_bulk *b, struct diag *d);
/* Import the planned files; false (with a message) on OOM, then the
 * participants imported so far keep their new answers. */
bool intervisie_bulk_apply(struct intervisie *iv, const struct questionnaire *q,
			   struct intervisie_bulk *b, struct diag *d);
void intervisie_bulk_finish(struct intervisie_bulk *b);

/* How the group answered likert item it: participants with a value 1-5
 * (as given, not reverse keyed), the lowest and the highest, and split:
 * the group disagrees, someone answered 1 or 2 and someone 4 or 5 (both
 * sides of the middle). false for other items and without values. */
struct intervisie_spread {
	size_t n;
	int min, max;
	bool split;
};
bool intervisie_item_spread(const struct intervisie *iv, const struct item *it,
			    struct intervisie_spread *out);

/* The group's answers checked against q (must be the group's
 * questionnaire): every participant's answers fit (session_validate). A
 * version other than the group's is not an error here; the caller may
 * warn. */
bool intervisie_validate(const struct intervisie *iv, const struct questionnaire *q,
			 struct diag *d);

/*
 * Practice scores side by side: score_compute for every participant.
 * score[p * n_participants + k] is participant k's score (0-100) on
 * catalogue practice p when has[...] is set; mean[p] is the plain mean of
 * the participants' scores on p (has_mean[p], n[p] participants). Caller
 * owns it; free with intervisie_scores_finish. false only on OOM.
 */
struct intervisie_scores {
	size_t n_practices, n_participants;
	bool *has;
	double *score;
	bool *has_mean;
	double *mean;
	size_t *n;
};
bool intervisie_scores_compute(const struct intervisie *iv, const struct catalogue *cat,
			       const struct questionnaire *q, struct intervisie_scores *out);
void intervisie_scores_finish(struct intervisie_scores *sc);

/* JSON text (malloc'd, NUL-terminated, ending in a newline). NULL on OOM. */
char *intervisie_to_json(const struct intervisie *iv, size_t *len);
/* Strict parse of text[0..len) (text[len] == NUL): unknown keys, bad values
 * and a format other than spiegel-intervisie/1 or /2 are errors naming name and
 * the place. Format /1 (no meetings) and /2 are read; a group is written
 * as /2 when it has meetings or consent, otherwise as /1, so that a group
 * without meetings still opens in an older spiegel. */
struct intervisie *intervisie_parse(const char *name, const char *text, size_t len, struct diag *d);
struct intervisie *intervisie_load(const char *path, struct diag *d);
/* Stamp iv as updated at now and write it atomically (store_write_file). */
bool intervisie_save(struct intervisie *iv, const char *path, const struct store_io *io, time_t now,
		     struct diag *d);

/* The directory of intervisie groups, <root>/intervisie: created 0700 when
 * missing and checked like the sessions directory (a real directory, ours,
 * not writable by others). *dir is malloc'd. */
bool intervisie_dir(const struct store *st, char **dir, struct diag *d);
/* "<dir>/<id>.json", malloc'd; NULL when id is not a valid id or on OOM. */
char *intervisie_path(const char *dir, const char *id);
/* Whether id looks like a group id ([a-z0-9-], 1 to INTERVISIE_ID_MAX). */
bool intervisie_id_ok(const char *id);

/* The saved groups in dir, newest first (by updated). Files that cannot be
 * read are counted in *bad and reported in d. */
struct intervisie_entry {
	char id[INTERVISIE_ID_MAX + 1];
	char *name, *questionnaire;
	size_t participants;
	char updated[32];
};
bool intervisie_list(const char *dir, struct intervisie_entry **entries, size_t *n, size_t *bad,
		     struct diag *d);
void intervisie_list_free(struct intervisie_entry *entries, size_t n);

/* The editing lock of a group (flock on <dir>/<id>.lock). Returns the fd, or
 * -1 with a message naming the process that holds it. Release with
 * store_unlock. */
int intervisie_lock(const char *dir, const char *id, const char *host, long pid, struct diag *d);
/* Remove temp files left by an interrupted save of a group in dir, only
 * those whose lock can be taken (no save of theirs is running). Returns
 * the count; a dir that does not exist has none. */
int intervisie_clean_temp(const char *dir);

/*
 * The coach's record as markdown: group name, dates, questionnaire,
 * participants; per practice (with at least one score) a table of
 * participant scores (0-100, one decimal, '.' in every locale) and the
 * group mean; per section with prompts the gespreksvragen and the open
 * answers participants shared; per participant notes and afspraken. q must
 * be the group's questionnaire. malloc'd; NULL on OOM.
 */
char *intervisie_markdown(const struct intervisie *iv, const struct catalogue *cat,
			  const struct questionnaire *q, size_t *len);

/* "intervisie-<slug of the name>-<date>.md" into buf; date is YYYY-MM-DD.
 * The slug is lower case ASCII letters, digits and '-' (diacritics dropped,
 * at most 40 characters; "groep" when nothing is left). When a word of the
 * slug starts with "intervisie" the prefix is left out, so that the name
 * never says it twice ("Intervisie Noord" -> "intervisie-noord-<date>.md"). */
void intervisie_filename(const struct intervisie *iv, const char *date, char *buf, size_t size);

#endif
