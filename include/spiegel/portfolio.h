#ifndef SPIEGEL_PORTFOLIO_H
#define SPIEGEL_PORTFOLIO_H

/*
 * Portfolio: the school leader's development over time, for
 * herregistratie or a conversation with a coach (doc/plan.md).
 *
 * Two parts:
 *  - The marks (src/core/portfolio_marks.c): which open answers the user
 *    chose for the portfolio ("spiegel-portfolio-marks/1", the file
 *    <root>/plans/portfolio.json, private and written like a voornemen).
 *    An open answer is private: it is in a portfolio only when marked.
 *    Marks name a session and an item, never hold the text, and are never
 *    part of a session, so a hand-in (session_export) cannot carry them.
 *  - The rendering (src/core/portfolio.c, portfolio_doc.c): markdown or
 *    self-contained HTML (inline CSS, nothing loaded, printable), ordered by
 *    time and grouped by the domains of the catalogue (the VO
 *    beroepsstandaard). Its first part says what it contains and what it
 *    leaves out.
 */

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "spiegel/content.h"
#include "spiegel/feedback.h"
#include "spiegel/diag.h"
#include "spiegel/plan.h"
#include "spiegel/report.h"
#include "spiegel/session.h"
#include "spiegel/store.h"

#define PORTFOLIO_MAX_MARKS 2000
#define PORTFOLIO_MARKS_MAX_FILE (512u * 1024u)

struct portfolio_mark {
	char session[SESSION_ID_MAX + 1];
	char item[41];
};
struct portfolio_marks {
	struct portfolio_mark *v;
	size_t n, cap;
	char updated[32];
};

void portfolio_marks_init(struct portfolio_marks *m);
void portfolio_marks_finish(struct portfolio_marks *m);
bool portfolio_marked(const struct portfolio_marks *m, const char *session, const char *item);
/* Mark (on) or unmark an open answer by session and item id. false with a
 * message on a bad id, beyond PORTFOLIO_MAX_MARKS or on OOM. */
bool portfolio_mark(struct portfolio_marks *m, const char *session, const char *item, bool on,
		    struct diag *d);

/* "<dir>/portfolio.json" (dir: plan_dir), malloc'd. */
char *portfolio_marks_path(const char *dir);
/* The lock of the marks file (<dir>/portfolio.lock). */
int portfolio_marks_lock(const char *dir, const char *host, long pid, struct diag *d);
/* Strict parse; the file at path (a missing file: no marks) read strictly
 * with at most PORTFOLIO_MARKS_MAX_FILE bytes. */
bool portfolio_marks_parse(const char *name, const char *text, size_t len,
			   struct portfolio_marks *m, struct diag *d);
bool portfolio_marks_load(const char *path, struct portfolio_marks *m, struct diag *d);
char *portfolio_marks_to_json(const struct portfolio_marks *m, size_t *len);
/* Stamped at now, written atomically; never larger than the loader reads. */
bool portfolio_marks_save(struct portfolio_marks *m, const char *path, const struct store_io *io,
			  time_t now, struct diag *d);

/*
 * The portfolio of sessions[0..n_sessions) (the user's own: hand-ins and
 * unfinished sessions are left out and counted), plans[0..n_plans) and the
 * marked open answers, within the period from..to (days, DATE_NONE: open),
 * made on today. content: localised; sessions of questionnaires it lacks,
 * or whose answers do not fit, are left out and counted. who: the name to
 * put on it (may be NULL or ""). unreadable: files the shell could not read
 * (said on the first page). feedback: the figures of feedback rounds, in
 * a section of their own, grouped by domain. f: REPORT_MARKDOWN or REPORT_HTML. malloc'd;
 * NULL on OOM or another format.
 */
/* A feedback round in the portfolio: only the figures of its report
 * (feedback_compute; an observer figure only from FEEDBACK_MIN_OBSERVERS
 * observers on), never an answer file or an open answer. title: the
 * questionnaire's title; day: the round's day (DATE_NONE when its file is
 * not in the data directory). */
struct portfolio_feedback {
	const char *title;
	long day;
	const struct feedback_result *res;
};
struct portfolio_input {
	const struct content *content;
	const struct session *const *sessions;
	size_t n_sessions;
	const struct plan *const *plans;
	size_t n_plans;
	const struct portfolio_marks *marks;
	long from, to, today;
	const char *who;
	size_t unreadable;
	/* the rounds given with --feedback (NULL, 0: none given) */
	const struct portfolio_feedback *feedback;
	size_t n_feedback;
	bool feedback_given;
};
char *portfolio_render(enum report_format f, const struct portfolio_input *in, size_t *len);

#endif
