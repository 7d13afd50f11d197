#ifndef SPIEGEL_CORE_MEETING_INTERNAL_H
#define SPIEGEL_CORE_MEETING_INTERNAL_H

/* What the files of the meeting module share (meeting*.c, and
 * intervisie*.c for the group's file); not part of the public headers. */

#include <cjson/cJSON.h>

#include "jsonio.h"
#include "spiegel/intervisie.h"
#include "spiegel/meeting.h"
#include "spiegel/meeting_kit.h"
#include "util.h"

#define MEETING_MAX_STEPS 64 /* steps or follow-ups in one meeting */

/* A text as stored (NFC, checked as notes), or NULL with a message
 * starting with what. */
char *mtg_text(const char *text, const char *what, struct diag *d);
/* The Dutch name of a text field ("vraag van de inbrenger"). */
const char *mtg_text_name(enum meeting_text f);
/* A checked step (as meeting_set_step, alias as given) into *out. */
bool mtg_new_step(const char *alias, const char *step, const char *text, const char *date,
		  const char *signal, struct meeting_step *out, struct diag *d);
/* Put s into m (replacing the step of the same alias); takes s over, also
 * on failure. */
bool mtg_put_step(struct meeting *m, struct meeting_step *s, struct diag *d);
/* Free every meeting of iv. */
void mtg_destroy_all(struct intervisie *iv);
/* intervisie_rename_participant: the meetings follow. */
bool mtg_rename(struct intervisie *iv, const char *old, const char *nw, struct diag *d);

/* The file (meeting_json.c): meetings and consent into root, and back.
 * Parse reports with c's file name and the place ("bijeenkomst 2: ..."). */
bool mtg_json(cJSON *root, const struct intervisie *iv);
void mtg_parse(struct jctx *c, const struct jval *root, struct intervisie *iv);
/* Whether iv has anything only format /2 can hold. */
bool mtg_needs_v2(const struct intervisie *iv);

/* "bijeenkomst 2 (1 december 2026)" into buf. */
void mtg_label(const struct intervisie *iv, size_t i, char *buf, size_t size);
/* "1 december 2026" for "2026-12-01" ; other text as it is. */
void mtg_dutch_date(char *buf, size_t size, const char *iso);

/*
 * The meeting report (meeting_report.c walks the meeting once; a format
 * is a set of writers: meeting_report_md.c, meeting_report_html.c). Every
 * text handed to a writer is plain text (a writer escapes it); label may
 * be NULL.
 */
struct mtg_writer {
	void (*begin)(struct strbuf *b, const char *title);
	void (*end)(struct strbuf *b);
	void (*heading)(struct strbuf *b, int level, const char *text);
	void (*para)(struct strbuf *b, const char *label, const char *text);
	void (*note)(struct strbuf *b, const char *text); /* a remark, set apart */
	void (*list_begin)(struct strbuf *b);
	void (*item)(struct strbuf *b, const char *label, const char *text);
	void (*list_end)(struct strbuf *b);
	/* a table of n columns: header row first (head true), then rows;
	 * columns after the first are numbers */
	void (*row)(struct strbuf *b, const char *const *cells, size_t n, bool head, bool last);
};
extern const struct mtg_writer mtg_markdown, mtg_html;

#endif
