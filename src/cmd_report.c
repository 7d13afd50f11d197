/* The commands that write about one person's sessions: report, export (a
 * hand-in file for a trainer or coach) and compare (growth between two
 * sessions). */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"
#include "hint.h"
#include "spiegel/report.h"
#include "spiegel/score.h"
#include "spiegel/session.h"

/* The report with "Verdiepen" appended (text and markdown); frees text. */
static char *append_deeper(char *text, size_t *len, const struct content *c,
			   const struct questionnaire *q, const struct score_result *r,
			   enum report_format f)
{
	char *more = report_deeper(c, q, r, f);
	size_t m = more ? strlen(more) : 0;
	char *all = more ? realloc(text, *len + m + 1) : NULL;
	if (!all) {
		free(text);
		free(more);
		return NULL;
	}
	memcpy(all + *len, more, m + 1);
	*len += m;
	free(more);
	return all;
}

/* --focus ID[,ID]: the focus of this report (the session file is not
 * changed). Unknown ids are a usage error. */
static int report_focus_option(const struct opts *o, const struct catalogue *cat, struct session *s)
{
	if (!o->focus)
		return EXIT_OK;
	char *copy = strdup(o->focus);
	const char *ids[SESSION_MAX_FOCUS + 1];
	size_t n = 0;
	int status = copy ? EXIT_OK : EXIT_DATA;
	for (char *save = NULL, *t = copy ? strtok_r(copy, ",", &save) : NULL; t;
	     t = strtok_r(NULL, ",", &save)) {
		if (n == SESSION_MAX_FOCUS) {
			status = usage_error("--focus: hoogstens twee praktijken", "");
			break;
		}
		if (content_practice_index(cat, t) < 0) {
			fprintf(stderr,
				"spiegel: --focus: onbekende praktijk \"%s\"; de ids staan in "
				"'%s report SESSIE --format json' (\"practices\")\n",
				t, hint_spiegel());
			status = EXIT_USAGE;
			break;
		}
		ids[n++] = t;
	}
	if (status == EXIT_OK && n == 0)
		status = usage_error("--focus verwacht een of twee praktijk-ids", "");
	if (status == EXIT_OK && !session_set_focus(s, ids, n))
		status = usage_error("--focus: noem een praktijk niet twee keer", "");
	free(copy);
	return status;
}

/* The --focus practices that cannot be a focus in this session. */
static void focus_not_candidate(const struct catalogue *cat, const struct score_result *r)
{
	for (size_t i = 0; i < r->n_ignored; i++)
		if (r->ignored[i] >= 0)
			fprintf(
			    stderr,
			    "spiegel: --focus: %s is in deze sessie niet genoeg gemeten of hoort "
			    "niet bij deze vragenlijst\n",
			    cat->practices[r->ignored[i]].id);
	fprintf(stderr, "spiegel: als focus kun je kiezen uit:%s",
		r->n_candidates ? "" : " (nog geen)");
	for (size_t i = 0; i < r->n_candidates; i++)
		fprintf(stderr, "%s %s", i ? "," : "", cat->practices[r->candidates[i]].id);
	fputs("\n", stderr);
}

/* --format of a report about one person: text (the default), markdown or
 * json. */
static int person_format(const struct opts *o, enum report_format *f)
{
	*f = REPORT_TEXT;
	if (o->format && !report_format_parse(o->format, f))
		return usage_error("onbekend formaat (kies text, markdown of json): ", o->format);
	return EXIT_OK;
}

/* What a command about one session opens: the content, the store, and the
 * session named on the command line with its questionnaire. */
struct person {
	struct content *c;
	struct store st;
	bool store_open;
	char *path;
	struct session *s;
	const struct questionnaire *q;
	struct diag d; /* messages: printed by person_close */
};

/* false when the session cannot be opened (the reasons in p->d). */
static bool person_open(const struct opts *o, const char *arg, struct person *p)
{
	memset(p, 0, sizeof(*p));
	diag_init(&p->d);
	if (!cli_open(o, &p->c, &p->st))
		return false;
	p->store_open = true;
	p->path = store_find_session(&p->st, arg, &p->d);
	p->s = p->path ? load_session(p->c, p->path, &p->q) : NULL;
	return p->s != NULL;
}

static void person_close(struct person *p)
{
	print_diag(&p->d);
	diag_finish(&p->d);
	session_destroy(p->s);
	free(p->path);
	if (p->store_open)
		store_finish(&p->st);
	content_destroy(p->c);
}

/* text, the rendered report of p scored as r, to -o or stdout. */
static int report_write(const struct opts *o, struct person *p, char *text, size_t len)
{
	struct store_inputs read;
	store_inputs_init(&read);
	int status = EXIT_DATA;
	if (!text || !store_inputs_add(&read, p->path))
		diag_add(&p->d, "onvoldoende geheugen");
	else
		status = write_output(o, text, len, &read, false, &p->d);
	store_inputs_finish(&read);
	free(text);
	return status;
}

int cmd_report(const struct opts *o, int n_args, const char *const *args)
{
	enum report_format f;
	int status = person_format(o, &f);
	if (status != EXIT_OK)
		return status;
	struct person p;
	status = EXIT_DATA;
	/* the texts in the session's sector */
	struct content *v = person_open(o, args[0], &p)
				? localize_content(p.c, session_sector(p.s, p.q, &p.st, p.c))
				: NULL;
	const struct questionnaire *q = v ? content_find(v, p.q->id) : NULL;
	struct score_result r;
	int fs = q ? report_focus_option(o, v->catalogue, p.s) : EXIT_OK;
	if (fs != EXIT_OK) {
		status = fs;
	} else if (q && score_compute(v->catalogue, q, p.s, &r)) {
		struct report_input in = {v->catalogue, q, p.s, &r, v};
		if (o->focus && r.n_ignored) {
			focus_not_candidate(v->catalogue, &r);
		} else {
			size_t len;
			char *text = report_render(f, &in, &len);
			if (text && f != REPORT_JSON)
				text = append_deeper(text, &len, v, q, &r, f);
			status = report_write(o, &p, text, len);
		}
		score_finish(&r);
	}
	person_close(&p);
	content_destroy(v);
	return status;
}

/* ---------------------------------------------------------------- export */

/* After the hand-in is written: what is in it, and under which name. */
static void export_said(const struct opts *o, struct person *p,
			const struct session_export_info *info)
{
	const struct session *s = p->s;
	const char *who = o->alias ? o->alias : s->participant;
	struct content *v = localize_content(p->c, session_sector(s, p->q, &p->st, p->c));
	const struct questionnaire *vq = v ? content_find(v, p->q->id) : NULL;
	char *title = strdup(vq ? vq->title : p->q->title);
	FILE *msg = o->output && strcmp(o->output, "-") != 0 ? stdout : stderr;
	if (msg == stdout)
		cli_printf("Inleverbestand geschreven: %s\n", o->output);
	fprintf(msg, "Het bevat je antwoorden op \"%s\" (%zu van %zu vragen%s).\n",
		title ? title : p->q->id, session_count_answered(s, p->q), p->q->n_items,
		s->finished ? "" : "; de vragenlijst is nog niet af");
	free(title);
	content_destroy(v);
	fprintf(msg, "Open antwoorden: %zu gedeeld en meegenomen, %zu privé en weggelaten.\n",
		info->shared, info->withheld);
	fprintf(msg,
		"Niet meegenomen: waar je was gebleven en tekst die je nog aan het typen was.\n");
	if (*who)
		fprintf(msg, "Je staat erin als \"%s\"%s.\n", who,
			o->alias ? "" : " (de naam van je sessie; kies een code met --alias CODE)");
	else
		fprintf(msg, "Er staat geen naam in; geef een code mee met --alias CODE als je "
			     "trainer dat vraagt.\n");
}

int cmd_export(const struct opts *o, int n_args, const char *const *args)
{
	if (o->alias && (!session_name_ok(o->alias) || !*o->alias))
		return usage_error("de code bij --alias is leeg, te lang, geen geldige UTF-8 of "
				   "bevat een stuurteken of een onzichtbaar teken (zoals een "
				   "richtingsteken)",
				   "");
	struct person p;
	int status = EXIT_DATA;
	if (person_open(o, args[0], &p)) {
		struct session_export_info info;
		size_t len;
		char *json = session_export(p.s, o->alias, time(NULL), &len, &info);
		struct store_inputs in;
		store_inputs_init(&in);
		if (!json || !store_inputs_add(&in, p.path))
			diag_add(&p.d, "onvoldoende geheugen");
		else if (store_check_size(o->output ? o->output : "inleverbestand", len,
					  SESSION_MAX_FILE, &p.d))
			status = write_output(o, json, len, &in, true, &p.d);
		store_inputs_finish(&in);
		free(json);
		if (status == EXIT_OK)
			export_said(o, &p, &info);
	}
	person_close(&p);
	return status;
}

/* --------------------------------------------------------------- compare */

int cmd_compare(const struct opts *o, int n_args, const char *const *args)
{
	enum report_format f;
	int status = person_format(o, &f);
	struct content *c;
	struct store st;
	if (status != EXIT_OK || !cli_open(o, &c, &st))
		return status != EXIT_OK ? status : EXIT_DATA;
	status = EXIT_DATA;
	struct diag d;
	diag_init(&d);
	char *p_old = store_find_session(&st, args[0], &d);
	char *p_new = p_old ? store_find_session(&st, args[1], &d) : NULL;
	const struct questionnaire *q_old = NULL, *q_new = NULL;
	struct session *s_old = p_new ? load_session(c, p_old, &q_old) : NULL;
	struct session *s_new = s_old ? load_session(c, p_new, &q_new) : NULL;
	/* one person's sessions: the texts in the newer session's sector */
	struct content *v =
	    s_new ? localize_content(c, session_sector(s_new, q_new, &st, c)) : NULL;
	if (s_new && v) {
		q_old = content_find(v, q_old->id);
		q_new = content_find(v, q_new->id);
	}
	if (s_new && v && q_old && q_new) {
		size_t common = 0;
		for (size_t i = 0; i < q_new->n_items; i++) {
			const struct item *ot = content_find_item(q_old, q_new->items[i].id);
			common += ot && content_items_same(ot, &q_new->items[i]);
		}
		if (common == 0) {
			diag_add(&d,
				 "%s en %s hebben geen vragen gemeen; vergelijk sessies van "
				 "dezelfde vragenlijst",
				 q_old->id, q_new->id);
		} else {
			struct compare_input in = {v->catalogue, q_old, q_new, s_old, s_new};
			size_t len;
			char *text = report_compare(f, &in, &len);
			struct store_inputs read;
			store_inputs_init(&read);
			if (!text || !store_inputs_add(&read, p_old) ||
			    !store_inputs_add(&read, p_new))
				diag_add(&d, "onvoldoende geheugen");
			else
				status = write_output(o, text, len, &read, false, &d);
			store_inputs_finish(&read);
			free(text);
		}
	}
	print_diag(&d);
	diag_finish(&d);
	session_destroy(s_old);
	session_destroy(s_new);
	free(p_old);
	free(p_new);
	content_destroy(v);
	store_finish(&st);
	content_destroy(c);
	return status;
}
