#ifndef SPIEGEL_PLAN_H
#define SPIEGEL_PLAN_H

/*
 * Plan: voornemens, the step from insight to action ("spiegel-plan/1", see
 * doc/plan.md). A voornemen is one chosen next step (a suggested step of a
 * session, as score_compute chose it, or the user's own text) with a first
 * concrete action, a date, with whom and how the user will notice that it
 * works; linked to the session it came from. A look back (gedaan / deels /
 * nog niet, what happened, what was learned, what next) is recorded when
 * its date has come; what next is: go on with a new date, a new voornemen
 * (which follows this one) or closed.
 *
 * One voornemen is one file <root>/plans/<id>.json, private like a session:
 * written atomically through the store (store_write_file), 0600, edited
 * under the lock of the file (plan_lock), read strictly (the strict JSON
 * scanner; unknown keys, bad values and another format are errors naming
 * the file and the place) and never larger than PLAN_MAX_FILE, the limit
 * both plan_save and plan_load apply. Nothing of a voornemen goes into a
 * hand-in or a group output: they read sessions only.
 *
 * Pure like the rest of the core: time (now, today) is passed in, nothing is
 * printed, errors are Dutch messages in a struct diag.
 */

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "spiegel/content.h"
#include "spiegel/diag.h"
#include "spiegel/report.h"
#include "spiegel/score.h"
#include "spiegel/session.h"
#include "spiegel/store.h"

#define PLAN_MAX_FILE (1024u * 1024u)
/* "YYYYMMDD-HHMMSS-xxxxxx", as store_new_id makes it */
#define PLAN_ID_LEN 22
/* one to three voornemens from one session's results */
#define PLAN_MAX_NEW 3
/* the texts, in UTF-8 bytes as stored (NFC); "with" is shorter */
#define PLAN_MAX_TEXT CONTENT_MAX_OPEN_TEXT
#define PLAN_MAX_WITH 400
/* the practices a voornemen is about (a step's practice, or the session's
 * focus practices for an own voornemen) */
#define PLAN_MAX_PRACTICES SESSION_MAX_FOCUS
/* look backs per voornemen; then it is closed or followed by a new one */
#define PLAN_MAX_REVIEWS 20
/* Redoing the questionnaire: suggested once the voornemen is closed and at
 * least this many days after the session it came from (doc/plan.md). */
#define PLAN_REDO_DAYS 56

enum plan_result { PLAN_DONE, PLAN_PARTLY, PLAN_NOT_YET };
enum plan_next {
	PLAN_NEXT_CONTINUE, /* the same voornemen, with a new date */
	PLAN_NEXT_NEW,	    /* closed, followed by a new voornemen */
	PLAN_NEXT_CLOSE,    /* closed */
};

struct plan_review {
	long date; /* the day of the look back (date.h) */
	enum plan_result result;
	char *happened, *learned; /* "" when not filled in, never NULL */
	enum plan_next next;
	long next_date;			/* PLAN_NEXT_CONTINUE: the new date */
	char followup[PLAN_ID_LEN + 1]; /* PLAN_NEXT_NEW: the new voornemen */
};

struct plan {
	char id[PLAN_ID_LEN + 1];
	char created[32], updated[32]; /* UTC stamps */
	/* where it came from: a session ("" for none), its questionnaire and
	 * version (NULL for none) and the session's day (DATE_NONE) */
	char session[SESSION_ID_MAX + 1];
	char *questionnaire, *version;
	long session_date;
	char *step; /* the next step's id, NULL for an own voornemen */
	char *practices[PLAN_MAX_PRACTICES];
	size_t n_practices;
	char previous[PLAN_ID_LEN + 1]; /* the voornemen this one follows, or "" */
	/* what: never NULL; with and sign may be "" */
	char *text, *action, *with, *sign;
	long date; /* when the first action happens: the day to look back */
	bool closed;
	long closed_date; /* when closed */
	struct plan_review *reviews;
	size_t n_reviews;
};

/* Whether id has the form of a voornemen's id. */
bool plan_id_ok(const char *id);

/* What a voornemen says: its text (the step's title or the user's own
 * words), action, with, sign: valid UTF-8 without control characters
 * (newline and tab allowed), at most PLAN_MAX_TEXT (with: PLAN_MAX_WITH)
 * bytes in NFC; text and action not empty. date: any real day. */
struct plan_what {
	const char *text, *action, *with, *sign;
	long date;
};

/*
 * A new voornemen (id from store_new_id, created at now). From a session:
 * s and q (both or neither), and either the suggested step sr (one of
 * score_compute's steps for s; text NULL: the step's title) or NULL for an
 * own voornemen (then about the session's focus practices, r's focus). NULL
 * with a message for each problem of w.
 */
struct plan *plan_create(const char *id, time_t now, const struct catalogue *cat,
			 const struct session *s, const struct questionnaire *q,
			 const struct score_result *r, const struct step_ref *sr,
			 const struct plan_what *w, struct diag *d);
/* A new voornemen following old (the same session, questionnaire and
 * practices; previous = old's id). */
struct plan *plan_follow(const char *id, time_t now, const struct plan *old,
			 const struct plan_what *w, struct diag *d);
void plan_destroy(struct plan *p);

/* Check w as plan_create does; false with a message per problem. */
bool plan_what_ok(const struct plan_what *w, struct diag *d);

/*
 * Record a look back on an open voornemen, on day today. happened and
 * learned as plan_what's texts (NULL: ""). next: PLAN_NEXT_CONTINUE with
 * next_date (today or later) becomes the voornemen's date; PLAN_NEXT_NEW
 * with followup (the id of the new voornemen, made with plan_follow) and
 * PLAN_NEXT_CLOSE close it on today. Refused (false, p unchanged, a
 * message) on a closed voornemen, bad texts, a date before today or the
 * PLAN_MAX_REVIEWS-th look back that goes on.
 */
struct plan_look_back {
	enum plan_result result;
	const char *happened, *learned;
	enum plan_next next;
	long next_date;
	const char *followup;
};
bool plan_review(struct plan *p, long today, const struct plan_look_back *lb, struct diag *d);

/* Where a voornemen stands on day today. */
enum plan_due {
	PLAN_DUE_LATE,	/* open, its date has passed: time to look back */
	PLAN_DUE_TODAY, /* open, its date is today */
	PLAN_DUE_LATER, /* open, its date is still to come */
	PLAN_DUE_CLOSED,
};
enum plan_due plan_due(const struct plan *p, long today);
/* Order for a list: late ones first (the longest overdue first), then
 * today's, then the later ones by date, then the closed ones (the most
 * recently closed first); equal ones by id. Sorts v[0..n) in place. */
void plan_sort(struct plan **v, size_t n, long today);

/* The day from which redoing p's questionnaire is suggested: a closed
 * voornemen from a session, the later of its closing day and
 * PLAN_REDO_DAYS after the session. false when there is no suggestion. */
bool plan_redo_from(const struct plan *p, long *day);
/* The session that redid p's questionnaire: of sessions[0..n) (the user's
 * own, any order), the most recent finished one (not a hand-in) of the
 * same questionnaire created after p; NULL when there is none. */
const struct session *plan_redone(const struct plan *p, const struct session *const *sessions,
				  size_t n);

/* Names for the outputs: "gedaan", "deels", "nog niet"; and for files
 * "gedaan", "deels", "nog-niet" / "doorgaan", "nieuw", "afgesloten". */
const char *plan_result_name(enum plan_result r);

/* ---- files ---- */

/* JSON text (malloc'd, NUL-terminated, ending in a newline). NULL on OOM. */
char *plan_to_json(const struct plan *p, size_t *len);
/* Strict parse of text[0..len) (text[len] == NUL); name in messages. */
struct plan *plan_parse(const char *name, const char *text, size_t len, struct diag *d);
/* Read (a regular file, at most PLAN_MAX_FILE) and parse. */
struct plan *plan_load(const char *path, struct diag *d);
/* Stamp p as updated at now and write it atomically to path through io;
 * refused before anything is written when it would be larger than
 * PLAN_MAX_FILE. */
bool plan_save(struct plan *p, const char *path, const struct store_io *io, time_t now,
	       struct diag *d);
/* The size of the largest voornemen the limits allow (every text at its
 * limit in characters JSON escapes, PLAN_MAX_REVIEWS look backs); at most
 * PLAN_MAX_FILE (a unit test holds it to that). */
size_t plan_max_json(void);

/* The directory of voornemens, <root>/plans: created 0700 when missing
 * and checked like the sessions directory. *dir is malloc'd. */
bool plan_dir(const struct store *st, char **dir, struct diag *d);
/* "<dir>/<id>.json", malloc'd; NULL when id is not a plan id or on OOM. */
char *plan_path(const char *dir, const char *id);
/* The editing lock of a voornemen (<dir>/<id>.lock, as store_lock_file).
 * Returns the fd or -1 with a message naming the process that holds it. */
int plan_lock(const char *dir, const char *id, const char *host, long pid, struct diag *d);
/* Every voornemen in dir (unsorted). Files that cannot be read are counted
 * in *bad and reported in d; the others are returned. false only when dir
 * cannot be read or on OOM. */
bool plan_list(const char *dir, struct plan ***v, size_t *n, size_t *bad, struct diag *d);
void plan_list_free(struct plan **v, size_t n);
/* plan_load of <dir>/<id>.json, which must hold voornemen id (a file
 * copied over another's name is refused); a message when it does not
 * exist. */
struct plan *plan_load_id(const char *dir, const char *id, struct diag *d);
/* Remove voornemen id (its file and lock) from dir; refused while another
 * process has it open. */
bool plan_delete(const char *dir, const char *id, struct diag *d);
/* Remove temp files left by an interrupted save of a voornemen in dir,
 * only those whose lock can be taken. Returns the count. */
int plan_clean_temp(const char *dir);

/* ---- outputs (src/core/plan_text.c) ---- */

/* The list of voornemens for `spiegel plan`: v sorted with plan_sort, on
 * day today; practice names and questionnaire titles from c (may be NULL:
 * ids are shown); sessions[0..n_sessions), the user's own, tell whether a
 * closed voornemen's questionnaire was redone (plan_redone). malloc'd text,
 * NULL on OOM. */
char *plan_list_text(struct plan *const *v, size_t n, long today, const struct content *c,
		     const struct session *const *sessions, size_t n_sessions);

/* What changed in a voornemen's practices since it was made: the session
 * it came from (s_old, q_old) against the one that redid it (s_new,
 * q_new), through spiegel compare's rule (report_compare_practice). */
struct plan_change {
	const struct questionnaire *q_old, *q_new;
	const struct session *s_old, *s_new;
};
/* One voornemen in full for `spiegel plan show`: what, when, with whom,
 * the look backs, what follows it, and when closed the redo suggestion or,
 * with ch (may be NULL), the change in its practices. */
char *plan_show_text(const struct plan *p, long today, const struct content *c,
		     const struct plan_change *ch);

#endif
