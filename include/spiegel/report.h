#ifndef SPIEGEL_REPORT_H
#define SPIEGEL_REPORT_H

/*
 * Report: renders one scored session as text, markdown or JSON
 * ("spiegel-report/1", see doc/report-format.md). Output is UTF-8 and the
 * same in every locale (numbers use a '.'). The renderers only build a
 * string; the caller decides where it goes.
 */

#include <stdbool.h>
#include <stddef.h>

#include "spiegel/content.h"
#include "spiegel/group.h"
#include "spiegel/score.h"
#include "spiegel/session.h"

/* HTML and CSV exist for group reports only (report_group, report_csv_*). */
enum report_format { REPORT_TEXT, REPORT_MARKDOWN, REPORT_JSON, REPORT_HTML, REPORT_CSV };

struct report_input {
	const struct catalogue *cat;
	const struct questionnaire *q;
	const struct session *s;
	const struct score_result *r;
	/* optional: all content, to name the questionnaire that measures a
	 * practice q measures too little (content_measured_in) */
	const struct content *content;
};

/* "text", "markdown" (or "md"), "json". */
bool report_format_parse(const char *name, enum report_format *out);

/* The report as a malloc'd NUL-terminated string; NULL on OOM. */
char *report_render(enum report_format f, const struct report_input *in, size_t *len);

/* The "Focus" and "Volgende stappen" sections of the text report alone (for
 * plain mode after the user chose a focus); malloc'd, NULL on OOM. */
char *report_focus_steps(const struct report_input *in);

/* A number as every output for people shows it (text, Markdown, HTML, the
 * screens, plain mode): one decimal, a decimal comma in every locale,
 * halves rounded away from zero (31.25 -> "31,3", -0.05 -> "-0,1"). JSON and
 * CSV keep a decimal point (rpt_json_number, format_tenths). */
void report_number(char *buf, size_t size, double v);

/* The same with an explicit sign, as every output shows a change or an
 * approach score: "+0,4", "-1,0", "0,0" (never "+0,0" or "-0,0"). */
void report_signed_number(char *buf, size_t size, double v);

/* A date for people: an ISO stamp ("2026-12-01T10:15:00Z") as "1 december
 * 2026"; anything else as it is. */
void report_date(char *buf, size_t size, const char *stamp);

/* The lower bound of a level as people read it: exact, a decimal comma,
 * no trailing zeros ("0", "43,75", "62,5"). */
void report_level_min(char *buf, size_t size, double v);
/* The change since the baseline as every output shows it ("+26.7"), from
 * group_change_tenths. */
void report_change_text(char *buf, size_t size, const struct group_stat *now,
			const struct group_stat *base);

/* A short Dutch label for an answer: "4 vaak", "niet van toepassing", the
 * option label or the text. buf is used for likert values. */
const char *report_answer_label(const struct item *it, struct answer a, char *buf, size_t size);

/* The descriptive Dutch summary of a weerstand profile ("Je neigt naar
 * ..."), one paragraph per aspect separated by blank lines; malloc'd, NULL
 * on OOM or without a profile. Never an overall grade. */
char *report_profile_summary(const struct questionnaire *q, const struct profile_result *p);

/* "Verdiepen": for each focus practice, the questionnaire of c that goes
 * deeper into it (content_deeper), as text or markdown to append to a report
 * of q. malloc'd; "" when there is nothing to suggest; NULL on OOM. */
char *report_deeper(const struct content *c, const struct questionnaire *q,
		    const struct score_result *r, enum report_format f);

/* The focus in Dutch sentences, as every output shows it: the lowest
 * scores, a tie, the user's choice, or why there is no clear low point
 * (doc/scoring.md, "Focus"). Front ends add how to choose. malloc'd. */
char *report_focus_text(const struct catalogue *c, const struct score_result *r);

/* The heading of the list of practices without a score for this reason
 * ("Te weinig gemeten in deze vragenlijst"); "" for COVERAGE_ENOUGH. */
const char *report_coverage_heading(enum score_coverage cv);

/* Why practice p has no score, after its name: "2 van de 4 vragen
 * beantwoord", "maar 1 vraag; meer hierover in \"Leiderschapsscan\"
 * (spiegel start leiderschapsscan)"; may be "". ct may be NULL. malloc'd. */
char *report_coverage_detail(const struct content *ct, const struct catalogue *c,
			     const struct questionnaire *q, const struct score_result *r, size_t p);

/* The coverage thresholds in a sentence. malloc'd. */
char *report_thresholds_text(const struct catalogue *c);

/* The practices with a score, in catalogue order, as the text and
 * Markdown reports and the results screen list them: from practice *p on,
 * the next one with a score into s, its index in *p; false when there is
 * none left. Use: for (size_t p = 0; report_next_scored(c, r, &p, &s); p++)
 * s.score is report_number of its score, s.level the name of its level,
 * s.items "vraag" or "vragen" after s.ps->answered. */
struct report_scored {
	const struct practice_score *ps;
	const char *name;
	bool focus; /* score_is_focus */
	char score[16];
	const char *level;
	const char *items;
};
bool report_next_scored(const struct catalogue *c, const struct score_result *r, size_t *p,
			struct report_scored *s);

/* The practices without a score, grouped by reason, as every output lists
 * them (doc/scoring.md, rule 4): groups[0] COVERAGE_SHORT, groups[1]
 * COVERAGE_LOW, groups[2] COVERAGE_NONE, always in this order and with
 * these coverages; each group's rows in catalogue order, n 0 when no
 * practice has that reason. A row's detail is report_coverage_detail (may
 * be ""). thresholds: a practice was short or low, so an output adds
 * report_thresholds_text. unmeasured: the COVERAGE_NONE group in one
 * sentence ("Niet gemeten met deze vragenlijst: A, B."), NULL when that
 * group is empty. Everything is owned by cv (report_coverage_finish). */
#define REPORT_COVERAGE_GROUPS 3
struct report_uncovered {
	size_t practice; /* index into c->practices */
	char *detail;
};
struct report_coverage_group {
	enum score_coverage coverage;
	const char *heading; /* report_coverage_heading(coverage) */
	struct report_uncovered *rows;
	size_t n;
};
struct report_coverage {
	struct report_coverage_group groups[REPORT_COVERAGE_GROUPS];
	bool thresholds;
	char *unmeasured;
};
/* Fills cv from the scores r of q (ct as for report_coverage_detail, may
 * be NULL). false on OOM, with cv empty (groups with n 0, unmeasured
 * NULL) and safe to finish. */
bool report_coverage_groups(const struct content *ct, const struct catalogue *c,
			    const struct questionnaire *q, const struct score_result *r,
			    struct report_coverage *cv);
void report_coverage_finish(struct report_coverage *cv);

/* The origin of a next step for display: the practice name, or
 * "weerstandsprofiel" for a profile-only step. */
const char *report_step_origin(const struct catalogue *c, const struct step_ref *sr);

/* Append text word-wrapped at width columns (counted in characters), each
 * line prefixed by indent. Used by the text renderer and plain mode. */
char *report_wrap(const char *text, int width, const char *indent);

/*
 * Group reports (doc/report-format.md): what the group as a whole answered,
 * never who answered what. Below min_group participants only the counts are
 * shown; the means, distributions, profile and shared answers are left out.
 */
/* Why files did not count (each is reported on stderr while reading). */
struct group_skips {
	size_t other;	   /* another questionnaire or version */
	size_t duplicate;  /* a session id already counted: handed in twice */
	size_t invalid;	   /* answers that do not fit the questionnaire */
	size_t unreadable; /* not a readable session or hand-in file */
	size_t unvisited;  /* not read: a link to a folder, too deep, not a file */
};

struct group_report_input {
	const struct group *g;
	const struct group *baseline; /* the nulmeting, or NULL */
	size_t min_group;
	size_t skipped;		/* files that were reported and skipped */
	struct group_skips why; /* the reasons, when known (they add up to skipped) */
};

/* "Niet meegeteld: 1 bestand van een andere vragenlijst of versie en 2
 * dubbel ingeleverde bestanden." for a reader of the report, who never saw
 * the messages on stderr; malloc'd, "" when nothing was skipped, NULL on
 * OOM. */
char *report_group_skipped(size_t skipped, const struct group_skips *why);

/* "text", "markdown" ("md"), "json", "html", "csv". */
bool report_group_format_parse(const char *name, enum report_format *out);

/* The group report as text, markdown, self-contained HTML or JSON
 * ("spiegel-group/1"); NULL on OOM or for REPORT_CSV. */
char *report_group(enum report_format f, const struct group_report_input *in, size_t *len);
/* The same written as it is made, piece by piece, through write (false:
 * stop); false on OOM, for REPORT_CSV or when write fails. The pieces
 * together are report_group's text: memory stays small however many
 * shared answers the group has. */
bool report_group_write(enum report_format f, const struct group_report_input *in,
			bool (*write)(void *ctx, const char *data, size_t len), void *ctx);

/* CSV in long form (RFC 4180, UTF-8, CRLF line ends): the header line, then
 * per participant the rows of report_csv_rows: one per item that is not
 * open (open answers never go into CSV), one per own practice score (soort
 * "praktijk", over every item) and, when g has another measurement, one per
 * practice score over the shared items (soort "praktijk-gedeeld"). label
 * names the participant (a letter, or the alias with --names), meting is
 * "nulmeting" or "nu", paar "ja" or "nee" (paired with the other
 * measurement, see group_pairs) or "" with one measurement. */
char *report_csv_header(size_t *len);
char *report_csv_rows(const struct group *g, const struct session *s, const char *label,
		      const char *meting, const char *paar, size_t *len);

/* One person's growth: two sessions of the same questionnaire (or of two
 * questionnaires with shared items, compared over those items). */
struct compare_input {
	const struct catalogue *cat;
	const struct questionnaire *q_old, *q_new;
	const struct session *s_old, *s_new;
};
#define REPORT_COMPARE_ITEMS 5
/* text, markdown or json ("spiegel-compare/1"); NULL on OOM. */
char *report_compare(enum report_format f, const struct compare_input *in, size_t *len);
/* The figures of that comparison per practice, for other outputs (the
 * follow-up of a voornemen, the portfolio): out[p] for every catalogue
 * practice p. compared: both sessions measure p over the items both
 * answered (the coverage rule); then old and now are those scores as shown
 * and change_tenths their difference in tenths; items the shared items it
 * rests on. false only on OOM. */
struct compare_practice {
	bool compared;
	double old, now;
	long change_tenths;
	size_t items;
};
bool report_compare_practices(const struct compare_input *in, struct compare_practice *out);

#endif
