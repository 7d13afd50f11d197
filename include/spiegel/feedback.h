#ifndef SPIEGEL_FEEDBACK_H
#define SPIEGEL_FEEDBACK_H

/*
 * Feedback: how others see a leader, beside the leader's own answers
 * (issue 15; doc/scoring.md "Feedback", doc/content-format.md "Feedback
 * rounds").
 *
 *  - A round ("spiegel-round/1", in the leader's data directory) names the
 *    questionnaire, its form version, the sector of the wording and the
 *    name the form uses for the leader. It holds none of the leader's
 *    answers. Its id is random (the caller's randomness).
 *  - The form is one self-contained HTML file (feedback_form_html): the
 *    observer forms of the questionnaire's likert items ("observer" in
 *    content), the role question and two open questions. Its data block
 *    ("spiegel-form/1") lets `spiegel observe` ask the same questions.
 *  - An answer file ("spiegel-feedback/1") holds the round id, the form
 *    version, the role, the answers (1-5 or "weet niet") and the open
 *    answers, and a random response id: no name, no time, nothing else.
 *  - The feedback report puts the observers' practice scores (each
 *    observer scored like a session: score_compute, so the coverage rules
 *    hold per observer) beside the leader's own. No observer figure is
 *    shown from fewer than FEEDBACK_MIN_OBSERVERS observers, in any
 *    output; roles with fewer are folded into "anderen" (feedback_groups).
 *
 * Everything here is pure: time and randomness are passed in; errors are
 * diag messages in Dutch naming the file.
 */

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "spiegel/content.h"
#include "spiegel/diag.h"
#include "spiegel/report.h"
#include "spiegel/score.h"
#include "spiegel/session.h"

#define FEEDBACK_FORMAT "spiegel-feedback/1"
#define FEEDBACK_ROUND_FORMAT "spiegel-round/1"
#define FEEDBACK_FORM_FORMAT "spiegel-form/1"
/* k-anonymity: the fewest observers any observer figure is shown from */
#define FEEDBACK_MIN_OBSERVERS 3
/* ids: 16 lower-case hex digits from 8 random bytes */
#define FEEDBACK_ID_BYTES 8
#define FEEDBACK_ID_LEN (2 * FEEDBACK_ID_BYTES)
#define FEEDBACK_FORM_MAX 120 /* a form version string */
#define FEEDBACK_MAX_FILE (256u * 1024u)
#define FEEDBACK_MAX_FORM_FILE (4u * 1024u * 1024u)
#define FEEDBACK_MAX_OPEN 2000 /* bytes of one open answer */
/* A practice or item difference of at least this (tenths of a point on the
 * 0-100 scale: 12.5, half a step on the five-point scale) is "clear". */
#define FEEDBACK_CLEAR_TENTHS SCORE_BAND_TENTHS
/* The items with the largest differences shown in reports. */
#define FEEDBACK_TOP_ITEMS 5
/* The value of a "kan ik niet beoordelen" answer: not a score. */
#define FEEDBACK_UNKNOWN 0
/* The one wording of that choice, in the form, `spiegel observe` (plain and
 * full screen) and the reports: clearly apart from the scale's "nooit". */
#define FEEDBACK_UNKNOWN_LABEL "kan ik niet beoordelen"
/* What tells the two apart, said before the questions everywhere. */
#define FEEDBACK_UNKNOWN_HINT                                                                      \
	"Kies \"nooit\" alleen als je in de situaties komt waar een vraag over gaat en het dan "   \
	"niet ziet gebeuren. Kom je niet in die situaties, bijvoorbeeld het overleg met het "      \
	"bestuur of met partners buiten de school, kies dan \"" FEEDBACK_UNKNOWN_LABEL "\": dat "  \
	"telt niet mee."
/* How the observer texts, the form and `spiegel observe` name the leader
 * when the round has no name: role-neutral, since the observer may be a
 * team member, a colleague leader or the bestuurder. */
#define FEEDBACK_LEADER "de schoolleider"
#define FEEDBACK_LEADER_CAP "De schoolleider"

enum feedback_role {
	ROLE_TEAMLID,
	ROLE_COLLEGA,
	ROLE_BESTUURDER,
	ROLE_ANDERS,
	N_ROLES,
};
/* "teamlid", "collega-leidinggevende", "bestuurder", "anders"; NULL out of
 * range. */
const char *feedback_role_id(int role);
/* The role with this id, or -1. */
int feedback_role_parse(const char *id);
/* Dutch, for the form and `spiegel observe`: "teamlid (je werkt in het
 * team van de schoolleider)" etc.; right for every role (no "je
 * leidinggevende"). */
const char *feedback_role_label(int role);
/* Dutch plural for reports: "teamleden", "collega-leidinggevenden",
 * "bestuurders"; "anderen" for ROLE_ANDERS. */
const char *feedback_role_plural(int role);

/* How a form names the leader: the round's name, or FEEDBACK_LEADER
 * (capital: FEEDBACK_LEADER_CAP, at a sentence start). name may be NULL. */
const char *feedback_leader(const char *name, bool capital);
/* With a name: the sentence that says the questions call that person "de
 * schoolleider" (malloc'd); NULL without a name or on OOM. */
char *feedback_naming_note(const char *name);

/* The two open questions: keep doing, do more. */
enum feedback_open { OPEN_BLIJVEN, OPEN_MEER, N_OPEN };
const char *feedback_open_id(int k);	   /* "blijven", "meer" */
const char *feedback_open_question(int k); /* the Dutch question */

/* ---- content ---- */

/* Whether q can be used for feedback: it has likert items and every one of
 * them has an observer form. */
bool feedback_available(const struct questionnaire *q);
/* The form version of q: "<id>/<version>/<8 hex digits>", the digits a
 * hash of the observer items (ids, observer texts with their placeholders,
 * scale labels), so that answers to another wording are never counted. q
 * is the loaded original (not a localised copy). */
void feedback_form_version(const struct questionnaire *q, char *buf, size_t size);
/* spiegel check: every likert item of a questionnaire that has observer
 * forms has one; each is a question about "de schoolleider" (never "je
 * leidinggevende": the observer may be the bestuurder), not in the first
 * person, at most 400 bytes. Reports and returns false when not. */
bool feedback_check_observer(const struct questionnaire *q, struct diag *d);

/* ---- rounds ---- */

struct feedback_round {
	char id[FEEDBACK_ID_LEN + 1];
	char *questionnaire, *version;
	char form[FEEDBACK_FORM_MAX];
	enum sector sector;
	char *name; /* how the form names the leader; "" for none */
	char created[32];
};

/* A new round for q (the loaded original). id from rnd; name NULL or a
 * valid name (session_name_ok). NULL on OOM or a bad name. */
struct feedback_round *feedback_round_create(const struct questionnaire *q, enum sector s,
					     const char *name,
					     const unsigned char rnd[FEEDBACK_ID_BYTES],
					     time_t now);
void feedback_round_destroy(struct feedback_round *r);
char *feedback_round_to_json(const struct feedback_round *r, size_t *len);
struct feedback_round *feedback_round_parse(const char *name, const char *text, size_t len,
					    struct diag *d);
struct feedback_round *feedback_round_load(const char *path, struct diag *d);
/* Whether s is a round or response id: FEEDBACK_ID_LEN lower-case hex. */
bool feedback_id_ok(const char *s);
/* 2 * FEEDBACK_ID_BYTES hex digits of rnd into buf (FEEDBACK_ID_LEN + 1). */
void feedback_id_from(char *buf, const unsigned char rnd[FEEDBACK_ID_BYTES]);

/* ---- the form ---- */

/* The HTML form of round r for q, a copy localised for r->sector
 * (content_localize_questionnaire) of the questionnaire r names.
 * Self-contained: inline CSS and JS, nothing loaded from elsewhere, no
 * cookies or storage. malloc'd; NULL on OOM. */
char *feedback_form_html(const struct feedback_round *r, const struct questionnaire *q,
			 size_t *len);

/* What an observer is told about who sees what, in plain Dutch sentences
 * (the form escapes them; `spiegel observe` shows them as they are): point
 * k of FEEDBACK_PRIVACY_POINTS, for answers sent to `to` about `leader`
 * (capitalised: it starts a sentence). malloc'd; NULL for another k or on
 * OOM. */
#define FEEDBACK_PRIVACY_POINTS 4
char *feedback_privacy_point(int k, const char *to, const char *leader);

/* What `spiegel observe` reads back from a form: its data block. */
struct feedback_form_item {
	char *id, *text;
	char *scale[CONTENT_SCALE_POINTS];
};
struct feedback_form {
	char round[FEEDBACK_ID_LEN + 1];
	char form[FEEDBACK_FORM_MAX];
	char *title, *name;
	struct feedback_form_item *items;
	size_t n_items;
};
/* Parse the data block of a form file's text (html[len] == NUL); strict
 * like every loader. */
struct feedback_form *feedback_form_parse(const char *name, const char *html, size_t len,
					  struct diag *d);
struct feedback_form *feedback_form_load(const char *path, struct diag *d);
void feedback_form_destroy(struct feedback_form *f);

/* ---- answer files ---- */

struct feedback_answer {
	char *item;
	int value; /* 1-5, or FEEDBACK_UNKNOWN */
};
struct feedback_response {
	char round[FEEDBACK_ID_LEN + 1];
	char response[FEEDBACK_ID_LEN + 1];
	char form[FEEDBACK_FORM_MAX];
	int role;
	struct feedback_answer *answers;
	size_t n_answers;
	char *open[N_OPEN]; /* NULL when not answered */
};

/* A new, empty response to form f with response id from rnd. */
struct feedback_response *feedback_response_create(const char *round, const char *form, int role,
						   const unsigned char rnd[FEEDBACK_ID_BYTES]);
/* Set the answer to item (1-5 or FEEDBACK_UNKNOWN; -1 removes it); false on
 * a bad value or OOM. */
bool feedback_response_set(struct feedback_response *r, const char *item, int value);
/* Set open answer k (NULL or "" removes it): valid UTF-8, at most
 * FEEDBACK_MAX_OPEN bytes, no control characters but newline and tab;
 * stored in NFC. false otherwise. */
bool feedback_response_set_open(struct feedback_response *r, int k, const char *text);
void feedback_response_destroy(struct feedback_response *r);
char *feedback_response_to_json(const struct feedback_response *r, size_t *len);
struct feedback_response *feedback_response_parse(const char *name, const char *text, size_t len,
						  struct diag *d);
struct feedback_response *feedback_response_load(const char *path, struct diag *d);

/* ---- collecting answers ---- */

enum feedback_add_result {
	FEEDBACK_ADDED,
	FEEDBACK_OTHER_ROUND, /* another round: skipped */
	FEEDBACK_OTHER_FORM,  /* the round's id with another form version */
	FEEDBACK_DUPLICATE,   /* a response id already counted */
	FEEDBACK_INVALID,     /* answers that do not fit the questionnaire */
	FEEDBACK_NOMEM,
};

struct feedback_set;
/* Collect the answers to round (id) with form version form for q (loaded
 * against cat; original or localised). NULL on OOM. */
struct feedback_set *feedback_set_create(const struct catalogue *cat, const struct questionnaire *q,
					 const char *round, const char *form);
void feedback_set_destroy(struct feedback_set *fs);
/* Add one answer file (read from name); d gets the reason in words for
 * every result but FEEDBACK_ADDED. */
enum feedback_add_result feedback_set_add(struct feedback_set *fs,
					  const struct feedback_response *r, const char *name,
					  struct diag *d);
size_t feedback_set_count(const struct feedback_set *fs);

/* ---- figures (doc/scoring.md "Feedback") ---- */

/* A group of observers as reports show it: "iedereen" (all), a role with
 * at least FEEDBACK_MIN_OBSERVERS, or "anderen" (the rest). */
#define FEEDBACK_GROUP_ALL (-1)
#define FEEDBACK_GROUP_OTHERS N_ROLES
struct feedback_group {
	int role; /* FEEDBACK_GROUP_ALL, a role, or FEEDBACK_GROUP_OTHERS */
	size_t n; /* observers in the group */
};

/* An observer figure: shown only when n >= FEEDBACK_MIN_OBSERVERS. */
struct feedback_stat {
	bool shown;
	size_t n;	/* observers whose answers reach the coverage (practices) or
			   who answered (items) */
	long tenths;	/* the mean, tenths, rounded once (0-1000 practices, 10-50
			   items); valid when shown */
	long sd_tenths; /* the population spread of the observers' shown figures */
	size_t unknown; /* items: "kan ik niet beoordelen" answers */
};

enum feedback_kind {
	FEEDBACK_KIND_NONE,
	FEEDBACK_BLIND_SPOT,	  /* self clearly higher than the others */
	FEEDBACK_HIDDEN_STRENGTH, /* others clearly higher than self */
};

struct feedback_practice {
	size_t practice;		   /* catalogue index */
	bool primary;			   /* the questionnaire primarily measures it */
	const struct practice_score *self; /* NULL without a session */
	struct feedback_stat all;
	/* per group of feedback_result.groups (index 1..): all hidden when any
	 * group with observers has fewer than the minimum for this practice */
	struct feedback_stat *by_group;
	bool has_diff;	  /* self scored and all shown */
	long diff_tenths; /* self - others (shown scores) */
	enum feedback_kind kind;
};

struct feedback_item {
	size_t item;		  /* index into q->items */
	int self;		  /* the leader's answer as given (1-5), 0 when none */
	struct feedback_stat all; /* over the answers as given, 1-5 */
	bool has_diff;
	long diff_tenths; /* 10 * self - mean, in tenths of a scale point */
};

struct feedback_result {
	const struct catalogue *cat;
	const struct questionnaire *q;
	size_t n;   /* observers counted */
	bool shown; /* n >= FEEDBACK_MIN_OBSERVERS: any observer figure at all */
	size_t role_n[N_ROLES];
	/* groups[0] is everyone; then the roles shown on their own and
	 * "anderen", only when at least two groups result */
	struct feedback_group *groups;
	size_t n_groups;
	/* the practices with observer or self figures, catalogue order */
	struct feedback_practice *practices;
	size_t n_practices;
	/* likert items with an observer form, questionnaire order */
	struct feedback_item *items;
	size_t n_items;
	/* indices into items: the largest clear-or-not differences, largest
	 * first (ties in questionnaire order), at most FEEDBACK_TOP_ITEMS */
	size_t top[FEEDBACK_TOP_ITEMS];
	size_t n_top;
	/* indices into practices, largest gap first */
	size_t *blind, *hidden;
	size_t n_blind, n_hidden;
	/* open answers as given, in a random order (seed); empty unless shown */
	char **open[N_OPEN];
	size_t n_open[N_OPEN];
	/* next steps: first one per blind spot, largest gap first (a step
	 * suiting the level the others' mean reaches), then the session's own
	 * (self score), at most SCORE_MAX_STEPS, no repeats */
	struct step_ref steps[SCORE_MAX_STEPS];
	size_t n_steps;
	bool steps_from_blind[SCORE_MAX_STEPS];
};

/* The figures of fs; self (may be NULL) is the leader's session of the same
 * questionnaire, scored with self_score (may be NULL with self NULL). seed:
 * the caller's randomness for the order of the open answers. false on OOM. */
bool feedback_compute(const struct feedback_set *fs, const struct session *self,
		      const struct score_result *self_score, uint64_t seed,
		      struct feedback_result *out);
void feedback_result_finish(struct feedback_result *r);

/* The groups a set of role counts gives (doc/scoring.md): every role with
 * at least FEEDBACK_MIN_OBSERVERS observers is a group of its own, the
 * rest "anderen"; while "anderen" has 1 or 2 observers, the smallest own
 * group is folded into it too (so no group's figure can be worked out from
 * the others). Writes the groups (without "iedereen") to out (room for
 * N_ROLES + 1) and returns their number; fewer than two: 0 (no breakdown). */
size_t feedback_groups(const size_t role_n[N_ROLES], struct feedback_group *out);

/* ---- reports (src/core/report_feedback*.c; doc/report-format.md) ---- */

/* Why answer files did not count (each is reported while reading). */
struct feedback_skips {
	size_t other_round; /* another round */
	size_t other_form;  /* this round's id with another form version */
	size_t duplicate;   /* a response id already counted */
	size_t invalid;	    /* answers that do not fit the questionnaire */
	size_t unreadable;  /* not a readable answer file */
	size_t unvisited;   /* not read: a link to a folder, too deep, not a file */
};
size_t feedback_skips_total(const struct feedback_skips *w);
/* "Niet meegeteld: 1 bestand van een andere ronde en 2 dubbele
 * antwoorden." for a reader of the report; malloc'd, "" when nothing was
 * skipped, NULL on OOM. */
char *report_feedback_skipped(const struct feedback_skips *w);

struct feedback_report_input {
	const struct feedback_round *round; /* the round file, NULL when not found */
	const char *round_id, *form;	    /* as counted */
	const struct feedback_result *res;
	const struct session *self; /* the leader's session, or NULL */
	const struct score_result *self_score;
	struct feedback_skips why;
};
/* text, markdown, html (self-contained, an SVG chart), json
 * ("spiegel-feedback-report/1") or csv; NULL on OOM. */
char *report_feedback(enum report_format f, const struct feedback_report_input *in, size_t *len);
/* "text", "markdown" ("md"), "html", "json", "csv". */
bool report_feedback_format_parse(const char *name, enum report_format *out);

#endif
