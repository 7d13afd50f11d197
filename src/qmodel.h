#ifndef SPIEGEL_QMODEL_H
#define SPIEGEL_QMODEL_H

/* The questionnaire session someone is answering, for the curses shell
 * and plain mode alike (no curses, nothing printed): opened or created
 * with the lock of its file, saved after every change, and its texts in
 * the session's sector. Call order: qmodel_init, then qmodel_localize (the
 * texts of the user's latest sector), qmodel_open or qmodel_new (each
 * localizes for the session), qmodel_answer / qmodel_save while answering,
 * qmodel_close, and qmodel_finish at the end. Errors are messages in a
 * diag; a failed save is kept in save_failed and save_error until a save
 * works again. */

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "spiegel/content.h"
#include "spiegel/diag.h"
#include "spiegel/score.h"
#include "spiegel/session.h"
#include "spiegel/store.h"

struct qmodel {
	const struct content *raw; /* as loaded, with placeholders; not owned */
	struct content *view;	   /* raw localised for sector; owned */
	enum sector sector;
	struct store *store;
	/* the open session, or s NULL */
	struct session *s;
	const struct questionnaire *q; /* s's questionnaire in view */
	char *path;
	int lock_fd;
	bool dirty;	      /* changes not on disk */
	bool save_failed;     /* the last save failed */
	char save_error[300]; /* its message */
};

void qmodel_init(struct qmodel *m, const struct content *raw, struct store *st);
/* qmodel_close, and the view freed. */
void qmodel_finish(struct qmodel *m);

/* Show the texts in the open session's sector (session_sector; without a
 * session: the user's latest sector): view becomes a copy of raw
 * localised for it, and q the same questionnaire in that copy. *changed
 * (may be NULL) says whether view is a new copy: what pointed into the old
 * one (scores) must go. false on OOM (the old copy stays). */
bool qmodel_localize(struct qmodel *m, bool *changed, struct diag *d);
/* Open the session at path to continue it: valid for its questionnaire,
 * not a hand-in, locked (the lock next to the file), and read again under
 * the lock so that what another spiegel saved before it let go is what
 * goes on. Localized for it. false with the reason in d. */
bool qmodel_open(struct qmodel *m, const char *path, struct diag *d);
/* A new session of q (a questionnaire of view), created at now and locked;
 * not saved yet (qmodel_save). Localized for it. */
bool qmodel_new(struct qmodel *m, const struct questionnaire *q, const char *participant,
		time_t now, struct diag *d);
/* Save the open session (true without one). A failure sets save_failed
 * and save_error; a success clears them and dirty. */
bool qmodel_save(struct qmodel *m, time_t now);
/* The reason of the last failed save, without the session's path in
 * front: what a screen has room for. */
const char *qmodel_save_reason(const struct qmodel *m);

enum qmodel_answered {
	QMODEL_REFUSED, /* the answer does not fit in the session (too long) */
	QMODEL_SAVED,
	QMODEL_UNSAVED, /* recorded, but the save failed (save_failed) */
};
/* Record answer a to item i of q, move the position to the next item and
 * save. The sector answer localizes the texts first (*changed as for
 * qmodel_localize; may be NULL). */
enum qmodel_answered qmodel_answer(struct qmodel *m, size_t i, struct answer a, time_t now,
				   bool *changed);
/* Unlock and drop the open session (nothing is saved). */
void qmodel_close(struct qmodel *m);

/* One session file of the store, as qmodel_each_session reads it. */
struct qmodel_listed {
	const char *id;
	char *path;		/* its file (NULL on OOM); a visitor may take it (and set NULL) */
	struct session *s;	/* NULL when it cannot be read; a visitor may take it */
	const struct diag *why; /* why it cannot be read */
};
/* Every session file of the store read in turn, oldest or newest first,
 * until fn returns false. false when the store cannot be listed (the
 * reason in d). */
bool qmodel_each_session(struct store *st, bool newest_first,
			 bool (*fn)(struct qmodel_listed *e, void *ctx), void *ctx, struct diag *d);
/* How many sessions of the store can be read, unfinished and finished (as
 * qmodel_each_session would find them), through the session index. */
void qmodel_count_sessions(const struct store *st, int *open, int *done);

/* The previous session of the open session's questionnaire, scored beside
 * it on the results screen: read only, never locked or saved. */
struct qmodel_previous {
	bool present;
	bool finished;
	bool other_version;	    /* made with another version of the questionnaire */
	char date[32];		    /* its creation date, "1 december 2026" */
	char version[40], now[40];  /* the versions, when they differ */
	struct score_result score;  /* its answers to the items of the questionnaire */
	struct score_result common; /* other_version: the open session on the items
				       the previous one answered too */
};
/* Find and score the previous session: made before the open one, with at
 * least one answer to its questionnaire; finished ones before unfinished,
 * then the most recent. p->present is false when there is none. */
void qmodel_previous(const struct qmodel *m, struct qmodel_previous *p);
void qmodel_previous_free(struct qmodel_previous *p);

#endif
