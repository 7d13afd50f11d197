#ifndef SPIEGEL_MEETING_H
#define SPIEGEL_MEETING_H

/*
 * Meetings of an intervisie group (doc/intervisie.md, "Meetings"): the
 * bijeenkomsten a coach runs with a group, stored in the group's file
 * ("spiegel-intervisie/2").
 *
 * A meeting has a date, a method (an id from the meeting kit,
 * meeting_kit.h), a casus (who brings it in, situatie, vraag, wat al
 * geprobeerd is), 1 to MEETING_MAX_TAGS tags (prompt-card ids: a
 * questionnaire dimension such as "VIS.A1" or a practice id), an agenda, the
 * notes of blueprint 5.5 (vragen en hypothesen uit de groep, inzicht van de
 * inbrenger), the questions of the prompt cards that were asked, one next
 * step per participant, the follow-up of the steps of earlier meetings, and
 * where it is in its method: a phase and a pausable phase timer.
 *
 * The group's consent (per theme of the notes) decides what the group's
 * report shows; the coach sees everything.
 *
 * Like the rest of the core: no printing, no global state, no clock (time
 * is passed in as now), errors as Dutch messages in a caller-owned diag.
 * The caller saves the group after every change (intervisie_save).
 */

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "spiegel/diag.h"

struct intervisie;

#define MEETING_MAX 200 /* meetings per group */
#define MEETING_MAX_TAGS 3
#define MEETING_MAX_ASKED 64	  /* asked questions per meeting */
#define MEETING_MAX_TEXT 4000	  /* bytes of one text in NFC, as notes */
#define MEETING_MAX_SECONDS 86400 /* a phase timer never counts beyond a day */
#define MEETING_DATE_LEN 10	  /* "2026-12-01" */

/* The themes of the notes the group may agree to share. */
enum meeting_theme {
	MEETING_THEME_CASUS,	   /* inbrenger, situatie, vraag, al geprobeerd */
	MEETING_THEME_VRAGEN,	   /* vragen en hypothesen uit de groep */
	MEETING_THEME_INZICHT,	   /* inzicht van de inbrenger */
	MEETING_THEME_STAPPEN,	   /* the next step of every participant */
	MEETING_THEME_TERUGBLIK,   /* the follow-up of earlier steps */
	MEETING_THEME_GROEPSBEELD, /* the group's practice means and their change */
	N_MEETING_THEMES
};
/* "casus", "vragen", "inzicht", "stappen", "terugblik", "groepsbeeld". */
const char *meeting_theme_id(enum meeting_theme t);
/* Dutch, for people: "de casus", ... */
const char *meeting_theme_name(enum meeting_theme t);
/* The theme with this id, or -1. */
int meeting_theme_find(const char *id);

/* Consent per theme: true when the group agreed that the theme is in what
 * the group sees (the group's report). Default: nothing shared. */
struct meeting_consent {
	bool shared[N_MEETING_THEMES];
};

/* A phase timer: seconds banked while paused, and since when it runs. */
struct meeting_timer {
	bool running;
	long long since;  /* unix seconds it started running; 0 when paused */
	long long banked; /* seconds counted before since */
};
void meeting_timer_start(struct meeting_timer *t, time_t now);
void meeting_timer_pause(struct meeting_timer *t, time_t now);
void meeting_timer_reset(struct meeting_timer *t);
/* Seconds counted at now (a clock that went back counts nothing extra),
 * at most MEETING_MAX_SECONDS. */
long long meeting_timer_elapsed(const struct meeting_timer *t, time_t now);
/* For a screen's status: "03:12 van 10:00", with " (gepauzeerd)" when not
 * running and " · 2 min over de tijd" when past the suggested minutes
 * (minutes 0: no suggestion, "03:12"). */
void meeting_timer_text(const struct meeting_timer *t, time_t now, unsigned minutes, char *buf,
			size_t size);

/* How a participant's step went, asked at a later meeting. */
enum followup_status {
	FOLLOWUP_GEDAAN,
	FOLLOWUP_DEELS,
	FOLLOWUP_NOG_NIET,
	N_FOLLOWUP,
};
/* "gedaan", "deels", "nog_niet" (file) and "gedaan", "deels", "nog niet". */
const char *meeting_followup_id(enum followup_status s);
const char *meeting_followup_name(enum followup_status s);
int meeting_followup_find(const char *id);

/* One participant's next step: a catalogue next step (step, an NS- id) or
 * their own words (text), a date (by when) and how they will notice that
 * it worked. */
struct meeting_step {
	char *alias;
	char *step;			 /* catalogue next-step id, or NULL */
	char *text;			 /* own words, or "" */
	char date[MEETING_DATE_LEN + 1]; /* "" when not chosen yet */
	char *signal;			 /* hoe merk je dat het gelukt is; "" when not yet */
};

/* The follow-up of a step from an earlier meeting (from: its number, 1 is
 * the group's first meeting). */
struct meeting_followup {
	char *alias;
	size_t from;
	enum followup_status status;
	char *what; /* wat er gebeurde; "" when not told */
};

/* A question of a prompt card that was used: question 1..n of the card's
 * open questions, n + 1 its deepening question. */
struct meeting_asked {
	char *card;
	unsigned question;
};

/* The group's mean on a practice when the meeting's view was kept
 * (meeting_keep_view): tenths of a point on the 0-100 scale. */
struct meeting_mean {
	char *practice;
	long tenths;
	size_t n; /* participants with a score */
};

enum meeting_text {
	MEETING_SITUATIE,
	MEETING_VRAAG,
	MEETING_GEPROBEERD,
	MEETING_AGENDA,
	MEETING_VRAGEN,	 /* vragen en hypothesen uit de groep */
	MEETING_INZICHT, /* inzicht van de inbrenger, in eigen woorden */
	N_MEETING_TEXTS
};
/* The key in the file: "situatie", "vraag", "geprobeerd", "agenda",
 * "vragen", "inzicht". */
const char *meeting_text_id(enum meeting_text f);
/* The theme a text belongs to (the agenda: none, -1: always shown). */
int meeting_text_theme(enum meeting_text f);

struct meeting {
	char date[MEETING_DATE_LEN + 1];
	char *method;		     /* method id of the kit */
	char *inbrenger;	     /* alias of who brings in the casus, or NULL */
	char *text[N_MEETING_TEXTS]; /* never NULL */
	char *tags[MEETING_MAX_TAGS];
	size_t n_tags;
	char next[MEETING_DATE_LEN + 1]; /* date of the follow-up, or "" */
	size_t phase;			 /* 0 .. n_phases; n_phases: done */
	struct meeting_timer timer;	 /* of the current phase */
	struct meeting_asked *asked;
	size_t n_asked;
	struct meeting_step *steps;
	size_t n_steps;
	struct meeting_followup *followups;
	size_t n_followups;
	struct meeting_mean *view; /* NULL, n_view 0: not kept */
	size_t n_view;
};

/* Whether s is a real date "YYYY-MM-DD" (1900-2999). */
bool meeting_date_ok(const char *s);
/* "1 december 2026" for "2026-12-01" (anything else as it is). */
void meeting_date_text(char *buf, size_t size, const char *iso);
/* Whether s is a valid id of a method, card or next step ([A-Za-z0-9._-],
 * 1 to 40 characters). */
bool meeting_id_ok(const char *s);

/*
 * Add a meeting at the end of iv's meetings (at most MEETING_MAX), on date
 * (meeting_date_ok) with method (meeting_id_ok; checked against the kit by
 * meeting_validate). Returns its index, or -1 with a message.
 */
int meeting_add(struct intervisie *iv, const char *date, const char *method, struct diag *d);
/* Remove meeting i; follow-ups of its steps in later meetings go too, and
 * later meetings' follow-ups are renumbered. false for a bad index. */
bool meeting_remove(struct intervisie *iv, size_t i, struct diag *d);
void meeting_finish(struct meeting *m);

bool meeting_set_date(struct meeting *m, const char *date, struct diag *d);
/* A new method starts at its first phase, timer reset. */
bool meeting_set_method(struct meeting *m, const char *method, struct diag *d);
/* "" or NULL: no date. */
bool meeting_set_next(struct meeting *m, const char *date, struct diag *d);
/* Text as notes (valid UTF-8, newlines and tabs but no other control
 * characters, at most MEETING_MAX_TEXT bytes in NFC); NULL means "". */
bool meeting_set_text(struct meeting *m, enum meeting_text f, const char *text, struct diag *d);
/* The inbrenger must be a participant of iv (NULL: nobody yet). */
bool meeting_set_inbrenger(const struct intervisie *iv, struct meeting *m, const char *alias,
			   struct diag *d);
/* Tag the casus with a card id (meeting_id_ok, not twice, at most
 * MEETING_MAX_TAGS); untag: false when it was not there. */
bool meeting_tag(struct meeting *m, const char *card, struct diag *d);
bool meeting_untag(struct meeting *m, const char *card);
/* Mark question (1-based, as struct meeting_asked) of card as asked, or
 * unmark it. */
bool meeting_set_asked(struct meeting *m, const char *card, unsigned question, bool asked,
		       struct diag *d);
bool meeting_is_asked(const struct meeting *m, const char *card, unsigned question);

/*
 * Participant alias's next step (alias a participant of iv): a catalogue
 * step id (meeting_id_ok) or own words in text, not both, not neither;
 * date "" or meeting_date_ok; signal as text. Replaces the step alias had.
 */
bool meeting_set_step(const struct intervisie *iv, struct meeting *m, const char *alias,
		      const char *step, const char *text, const char *date, const char *signal,
		      struct diag *d);
bool meeting_clear_step(struct meeting *m, const char *alias);
/* The step of alias in m, or NULL. */
const struct meeting_step *meeting_find_step(const struct meeting *m, const char *alias);
/* Whether s has what blueprint 5.5 asks: a step, a date, a signal. */
bool meeting_step_complete(const struct meeting_step *s);

/* The phases: next (after the last: done) and back. The timer restarts at
 * 0 for the new phase and runs when it ran. false when there is no such
 * phase. */
bool meeting_phase_next(struct meeting *m, size_t n_phases, time_t now);
bool meeting_phase_back(struct meeting *m, time_t now);

/*
 * Follow-up. What is due at meeting i for a participant: the latest step
 * they agreed in a meeting before i, unless a meeting between that one and
 * i followed it up already. found false when nothing is due.
 */
struct meeting_due {
	bool found;
	size_t from; /* the meeting of the step, 1-based */
	const struct meeting_step *step;
	const struct meeting_followup *done; /* its follow-up in meeting i, or NULL */
};
struct meeting_due meeting_due(const struct intervisie *iv, size_t i, const char *alias);
/* Record in meeting i how alias's due step went; false when nothing is
 * due for alias or on a bad status or text. Replaces an earlier answer. */
bool meeting_set_followup(struct intervisie *iv, size_t i, const char *alias,
			  enum followup_status status, const char *what, struct diag *d);
/* How the due steps of meeting i stand: due (participants with a step to
 * look back on) and answered (of which have a follow-up in i). */
void meeting_followup_count(const struct intervisie *iv, size_t i, size_t *due, size_t *answered);

/* Consent of the group for theme t. */
void meeting_set_consent(struct intervisie *iv, enum meeting_theme t, bool shared);

/*
 * The group view at a meeting: keep the group's practice means (as
 * intervisie_scores_compute gives them, in tenths) in meeting i, replacing
 * a view kept before. The comparison: per practice kept in both i and the
 * latest earlier meeting with a view (prev, 1-based; 0: none), the change
 * in tenths. false on OOM.
 */
struct catalogue;
struct questionnaire;
bool meeting_keep_view(struct intervisie *iv, size_t i, const struct catalogue *cat,
		       const struct questionnaire *q);
struct meeting_change {
	const char *practice;
	long before, now; /* tenths */
	long change;	  /* now - before */
};
/* The changes into out (up to max), their number in *n; *prev the earlier
 * meeting compared with (1-based) or 0. */
void meeting_compare_view(const struct intervisie *iv, size_t i, struct meeting_change *out,
			  size_t max, size_t *n, size_t *prev);

/* The view of meeting i as lines for a terminal, one per practice kept:
 * "Visiegestuurd werken: 61,7 (bijeenkomst 1: 58,3; +3,4)", decimal
 * comma; "" when meeting i kept none. malloc'd, NULL on OOM. */
char *meeting_view_text(const struct intervisie *iv, size_t i, const struct catalogue *cat);

/*
 * Checks of a loaded group's meetings against the content (meeting_kit.h):
 * methods, tags and asked questions the kit knows, a phase within the
 * method, catalogue next steps the catalogue knows. Messages name the file
 * (name) and the meeting ("groep.json: bijeenkomst 2 (1 december 2026):
 * ...").
 */
struct meeting_kit;
bool meeting_validate(const struct intervisie *iv, const struct meeting_kit *kit,
		      const struct catalogue *cat, const char *name, struct diag *d);

/* The meeting report (meeting_report*.c): casus, method and its phases,
 * the questions used, insights, next steps and the follow-up of meeting i,
 * in markdown or as one self-contained, printable HTML page. for_group:
 * only the themes the group consented to (the coach's copy: false, then
 * everything, marked as the coach's). malloc'd, NULL on OOM. */
enum meeting_report_format { MEETING_MARKDOWN, MEETING_HTML };
char *meeting_report(enum meeting_report_format f, const struct intervisie *iv, size_t i,
		     const struct meeting_kit *kit, const struct catalogue *cat, bool for_group,
		     size_t *len);

#endif
