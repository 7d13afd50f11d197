#define _GNU_SOURCE
#include "plain.h"
#include "plain_text.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "plan_dialog.h"
#include "spiegel/report.h"
#include "spiegel/score.h"
#include "spiegel/session.h"
#include "hint.h"
#include "qmodel.h"

struct plain {
	struct qmodel m; /* the session, its texts in its sector */
	FILE *in, *out;
	bool share_told; /* what sharing means has been said */
	char *pending;	 /* a line the share question did not take: the next answer */
	size_t jump;	 /* the item "ga naar N" goes to */
};

/* After a save that failed: said, with how to go on. */
static void say_unsaved(struct plain *p)
{
	plain_say(p->out,
		  "LET OP: NIET OPGESLAGEN (%s). Je antwoord staat nog in het geheugen; "
		  "spiegel probeert het opnieuw bij het volgende antwoord. Typ stop om het nu "
		  "opnieuw te proberen, of afbreken om te stoppen zonder op te slaan.\n",
		  p->m.save_error);
}

static bool save(struct plain *p)
{
	bool ok = qmodel_save(&p->m, time(NULL));
	if (!ok)
		say_unsaved(p);
	return ok;
}

/* After the answers could not be saved: said plainly, with where the last
 * version that was saved is. */
static void not_saved(struct plain *p)
{
	plain_say(p->out, "Je laatste antwoorden zijn NIET opgeslagen.\n");
	struct stat sb;
	if (stat(p->m.path, &sb) == 0 && S_ISREG(sb.st_mode))
		plain_say(
		    p->out,
		    "Wat eerder was opgeslagen staat in %s; ga daarmee verder met: spiegel resume "
		    "%s\n",
		    p->m.path, p->m.s->id);
}

static void trim(char *s);

/* prompt, then a typed line, without control characters and surrounding
 * blanks; false at the end of the input. */
static bool ask(struct plain *p, const char *prompt, char **line, size_t *cap)
{
	plain_say(p->out, "%s", prompt);
	fflush(p->out);
	if (getline(line, cap, p->in) < 0)
		return false;
	plain_strip_controls(*line);
	trim(*line);
	return true;
}

static const char retry_prompt[] =
    "Typ stop om opnieuw op te slaan, of afbreken om te stoppen zonder op te slaan.\n> ";

enum leave_how { LEAVE_STOP, LEAVE_EOF };

/* Stopping (stop, or the end of the input): save, and say so only when it
 * worked. When it fails, stop retries and afbreken stops without saving;
 * at the end of the input there is one more try. Returns the exit status. */
static int leave(struct plain *p, char **line, size_t *cap, enum leave_how how)
{
	bool eof = how == LEAVE_EOF;
	for (;;) {
		if (save(p)) {
			if (how == LEAVE_EOF)
				plain_say(
				    p->out,
				    "\nInvoer beëindigd. Je antwoorden zijn opgeslagen; ga verder "
				    "met: "
				    "spiegel resume %s\n",
				    p->m.s->id);
			else
				plain_say(p->out,
					  "Opgeslagen. Ga later verder met: spiegel resume %s\n",
					  p->m.s->id);
			return 0;
		}
		if (eof)
			break;
		bool retry = false;
		while (!retry && !eof) {
			if (!ask(p, retry_prompt, line, cap)) {
				eof = true;
				break;
			}
			if (strcmp(*line, "afbreken") == 0) {
				not_saved(p);
				return 1;
			}
			retry = strcmp(*line, "stop") == 0;
		}
	}
	if (how == LEAVE_EOF)
		plain_say(p->out, "\nInvoer beëindigd.\n");
	not_saved(p);
	return 1;
}

static void show_item(struct plain *p, size_t i, bool with_section)
{
	const struct item *it = &p->m.q->items[i];
	const struct section *sec = &p->m.q->sections[it->section];
	FILE *out = p->out;
	if (with_section)
		plain_say(out, "\n== %s ==\n", sec->title);
	plain_say(out, "\n[vraag %zu van %zu]\n", i + 1, p->m.q->n_items);
	if (it->type == ITEM_SCENARIO)
		plain_say(out, "Situatie: %s\n", it->title);
	else if (it->followup != FOLLOWUP_NONE)
		plain_say(out, "Bij de situatie \"%s\":\n", p->m.q->items[it->follows].title);
	plain_wrapped(out, it->text, "");
	if (it->type == ITEM_SCENARIO) {
		for (size_t k = 0; k < it->n_options; k++) {
			char num[32];
			snprintf(num, sizeof(num), "  %zu  ", k + 1);
			char *w = report_wrap(it->options[k].label, 78, "     ");
			if (w)
				plain_say(out, "%s%s", num, w + 5);
			free(w);
		}
		plain_say(out,
			  "  Typ twee nummers: eerst wat je het meest waarschijnlijk zou doen, "
			  "dan wat het minst (bijvoorbeeld: 2 5).\n");
	} else if (it->type == ITEM_LIKERT) {
		for (int k = 0; k < CONTENT_SCALE_POINTS; k++)
			plain_say(out, "  %d  %s\n", k + 1, it->scale[k]);
		if (it->na)
			plain_say(out, "  0  niet van toepassing\n");
	} else if (it->type == ITEM_CHOICE) {
		for (size_t k = 0; k < it->n_options; k++)
			plain_say(out, "  %zu  %s\n", k + 1, it->options[k].label);
	} else {
		plain_say(out, "  (typ je antwoord op één regel)\n");
	}
	struct answer a = session_get(p->m.s, it->id);
	if (a.kind != ANSWER_NONE) {
		char buf[600];
		plain_say(out, "  Huidig antwoord: %s\n",
			  report_answer_label(it, a, buf, sizeof(buf)));
		if (a.kind == ANSWER_TEXT)
			plain_say(out, "  Dit antwoord is %s.\n",
				  session_is_shared(p->m.s, it->id) ? "gedeeld met de groep"
								    : "privé");
	}
	plain_say(out,
		  "  (Enter: overslaan, terug: vorige vraag, overzicht, ga naar N, ?: uitleg, "
		  "stop: opslaan en stoppen%s)\n",
		  p->m.save_failed ? ", afbreken: stoppen zonder opslaan" : "");
}

static void show_help(struct plain *p, size_t i)
{
	const struct item *it = &p->m.q->items[i];
	const struct section *sec = &p->m.q->sections[it->section];
	char src[512];
	content_source_format(&it->source, src, sizeof(src));
	plain_say(p->out, "Waarom deze vraag:\n");
	plain_wrapped(p->out, it->help ? it->help : "Bij deze vraag is geen extra uitleg.", "  ");
	plain_say(p->out, "Bron: %s\n", src);
	for (size_t k = 0; k < sec->n_prompts; k++) {
		if (k == 0)
			plain_say(p->out, "Om over door te praten:\n");
		plain_hanging(p->out, "  - ", sec->prompts[k]);
	}
}

/* Parse a line as an answer to item i. */
static bool parse_answer(const struct item *it, const char *line, struct answer *a)
{
	char *end;
	if (it->type == ITEM_OPEN) {
		*a = (struct answer){ANSWER_TEXT, 0, line, NULL};
		return true;
	}
	long v = strtol(line, &end, 10);
	if (it->type == ITEM_SCENARIO) {
		/* "most least", separated by a space or a comma */
		if (end == line || (*end != ' ' && *end != ','))
			return false;
		const char *rest = end + 1;
		while (*rest == ' ' || *rest == ',')
			rest++;
		long w = strtol(rest, &end, 10);
		if (end == rest || *end != '\0' || v < 1 || w < 1 || (size_t)v > it->n_options ||
		    (size_t)w > it->n_options || v == w)
			return false;
		*a = (struct answer){ANSWER_SCENARIO, 0, it->options[v - 1].value,
				     it->options[w - 1].value};
		return true;
	}
	if (end == line || *end != '\0')
		return false;
	if (it->type == ITEM_LIKERT) {
		if (v == 0 && it->na) {
			*a = (struct answer){ANSWER_NA, 0, NULL, NULL};
			return true;
		}
		if (v < 1 || v > CONTENT_SCALE_POINTS)
			return false;
		*a = (struct answer){ANSWER_VALUE, (int)v, NULL, NULL};
		return true;
	}
	if (v < 1 || (size_t)v > it->n_options)
		return false;
	*a = (struct answer){ANSWER_CHOICE, 0, it->options[v - 1].value, NULL};
	return true;
}

static void trim(char *s)
{
	size_t n = strlen(s);
	while (n && (s[n - 1] == '\n' || s[n - 1] == '\r' || s[n - 1] == ' ' || s[n - 1] == '\t'))
		s[--n] = '\0';
	size_t k = 0;
	while (s[k] == ' ' || s[k] == '\t')
		k++;
	memmove(s, s + k, n - k + 1);
}

enum share_reply { SHARE_DONE, SHARE_STOP };

/* After an open answer: may it be shared with the group? j or ja shares;
 * n, nee, an empty line and the end of the input keep it private (the
 * default); stop keeps it private and stops; ? says what sharing means. The
 * choice is saved at once. */
static enum share_reply ask_share(struct plain *p, const struct item *it, char **line, size_t *cap)
{
	static const char what[] =
	    "Je antwoorden op open vragen zijn privé. Alleen gedeelde antwoorden gaan "
	    "mee in een inleverbestand voor je trainer of coach, zonder je naam.";
	if (!p->share_told)
		plain_wrapped(p->out, what, "  ");
	p->share_told = true;
	enum share_reply r = SHARE_DONE;
	bool shared = false;
	for (;;) {
		if (!ask(p,
			 "Mag dit antwoord gedeeld worden met de groep (zonder je naam)? j: "
			 "delen, n of Enter: privé houden\n> ",
			 line, cap)) {
			plain_say(p->out, "\n");
			break;
		}
		for (char *c = *line; *c; c++)
			if (*c >= 'A' && *c <= 'Z')
				*c = (char)(*c - 'A' + 'a');
		if (strcmp(*line, "j") == 0 || strcmp(*line, "ja") == 0) {
			shared = true;
			break;
		}
		if (!**line || strcmp(*line, "n") == 0 || strcmp(*line, "nee") == 0)
			break;
		if (strcmp(*line, "stop") == 0) {
			r = SHARE_STOP;
			break;
		}
		if (strcmp(*line, "?") != 0) {
			/* anything else: the default, and the line is the next
			 * question's (a script need not answer this one) */
			plain_say(p->out,
				  "Geen j of n: het antwoord blijft privé; je regel geldt voor de "
				  "volgende vraag.\n");
			free(p->pending);
			p->pending = strdup(*line);
			break;
		}
		plain_wrapped(p->out, what, "  ");
	}
	if (session_is_shared(p->m.s, it->id) != shared) {
		session_set_shared(p->m.s, it->id, shared);
		save(p);
	}
	plain_say(p->out, "%s\n",
		  shared ? "Gedeeld met de groep, zonder je naam." : "Privé: alleen voor jou.");
	return r;
}

/* Parse "2", "1 3" or "1,3" into at most SCORE_MAX_FOCUS distinct numbers
 * from 1 to n; "0" alone clears the choice (*k = 0). */
static bool parse_focus(const char *line, size_t n, size_t *pick, size_t *k)
{
	*k = 0;
	if (strcmp(line, "0") == 0)
		return true;
	const char *q = line;
	while (*q) {
		char *end;
		long v = strtol(q, &end, 10);
		if (end == q || v < 1 || (size_t)v > n || *k == SCORE_MAX_FOCUS)
			return false;
		for (size_t i = 0; i < *k; i++)
			if (pick[i] == (size_t)v - 1)
				return false;
		pick[(*k)++] = (size_t)v - 1;
		q = end;
		while (*q == ' ' || *q == ',')
			q++;
	}
	return *k > 0;
}

/* After the report: where spiegel does not choose a focus (no clear low
 * point) or the user chose one before, the user may choose (again). The
 * choice is saved in the session, so the results screen and the report
 * agree; r is scored again. false only when saving failed. */
static bool ask_focus(struct plain *p, struct score_result *r, char **line, size_t *cap)
{
	const struct catalogue *c = p->m.view->catalogue;
	if (r->n_candidates == 0 || (r->focus_how != FOCUS_UNCLEAR && r->focus_how != FOCUS_CHOSEN))
		return true;
	plain_say(p->out, "\n%s\n",
		  r->focus_how == FOCUS_UNCLEAR
		      ? "Kies zelf een focus: typ een of twee nummers (bijvoorbeeld: 1 3)."
		      : "Je koos eerder zelf je focus. Typ een of twee nummers voor een andere "
			"keuze, of 0 om spiegel weer te laten kiezen.");
	for (size_t i = 0; i < r->n_candidates; i++) {
		char num[16];
		const struct practice_score *ps = &r->practices[r->candidates[i]];
		report_number(num, sizeof(num), ps->score);
		plain_say(p->out, "  %zu  %s (%s, %s)%s\n", i + 1,
			  c->practices[r->candidates[i]].name, num, c->levels[ps->level].name,
			  score_is_focus(r, r->candidates[i]) ? " - nu je focus" : "");
	}
	plain_say(p->out, "  (Enter: %s)\n",
		  r->focus_how == FOCUS_UNCLEAR ? "nu geen keuze" : "zo laten");
	size_t pick[SCORE_MAX_FOCUS], k = 0;
	bool chosen = false;
	for (;;) {
		if (!ask(p, "> ", line, cap)) {
			plain_say(p->out, "\n");
			break;
		}
		if (!**line || strcmp(*line, "stop") == 0)
			break;
		if (parse_focus(*line, r->n_candidates, pick, &k)) {
			chosen = true;
			break;
		}
		plain_say(p->out,
			  "Typ een of twee verschillende nummers van 1 tot %zu, 0 of Enter.\n",
			  r->n_candidates);
	}
	if (!chosen)
		return true;
	const char *ids[SCORE_MAX_FOCUS];
	for (size_t i = 0; i < k; i++)
		ids[i] = c->practices[r->candidates[pick[i]]].id;
	if (!session_set_focus(p->m.s, ids, k))
		return false;
	bool ok = save(p);
	score_finish(r);
	if (!score_compute(c, p->m.q, p->m.s, r)) {
		memset(r, 0, sizeof(*r));
		return false;
	}
	struct report_input in = {c, p->m.q, p->m.s, r, p->m.view};
	char *text = report_focus_steps(&in);
	if (text)
		plain_say(p->out, "%s", text);
	free(text);
	if (ok)
		plain_say(p->out, "%s\n",
			  k ? "Je focus is opgeslagen."
			    : "Geen eigen focus meer: spiegel kiest weer zelf.");
	return ok;
}

/* All items answered: finished, saved (retried as when stopping) and the
 * report shown; the last word says whether it was saved. */
static int finish(struct plain *p, char **line, size_t *cap)
{
	p->m.s->finished = true;
	bool ok = save(p);
	for (bool eof = false; !ok && !eof;) {
		if (!ask(p, retry_prompt, line, cap)) {
			eof = true;
			ok = save(p); /* one more try */
			break;
		}
		if (strcmp(*line, "afbreken") == 0)
			break;
		if (strcmp(*line, "stop") == 0)
			ok = save(p);
	}
	struct score_result r;
	if (!score_compute(p->m.view->catalogue, p->m.q, p->m.s, &r)) {
		fprintf(stderr, "spiegel: onvoldoende geheugen\n");
		return 1;
	}
	struct report_input in = {p->m.view->catalogue, p->m.q, p->m.s, &r, p->m.view};
	char *text = report_render(REPORT_TEXT, &in, NULL);
	char *deeper = report_deeper(p->m.view, p->m.q, &r, REPORT_TEXT);
	plain_say(p->out, "\n");
	if (text)
		plain_say(p->out, "%s", text);
	if (deeper)
		plain_say(p->out, "%s", deeper);
	free(text);
	free(deeper);
	ok &= ask_focus(p, &r, line, cap);
	plain_say(p->out, "\nSessie-id: %s\n", p->m.s->id);
	/* from insight to action, after the results: voornemens, and
	 * reflections for the portfolio (optional; an empty line or the end
	 * of the input skips them) */
	if (ok && r.practices)
		ok &= plan_offer(p->m.view, p->m.store, p->m.s, p->m.q, &r, p->in, p->out);
	score_finish(&r);
	if (!ok)
		not_saved(p);
	return ok ? 0 : 1;
}

/* Open the session to continue at session_path (qmodel_open), or a new
 * one of q, saved at once: a session that cannot be saved is not begun. */
static bool open_session(struct plain *p, const struct questionnaire *q, const char *participant,
			 const char *session_path, struct diag *d)
{
	if (session_path)
		return qmodel_open(&p->m, session_path, d);
	if (!qmodel_new(&p->m, q, participant, time(NULL), d))
		return false;
	if (qmodel_save(&p->m, time(NULL)))
		return true;
	diag_add(d, "%s", p->m.save_error);
	diag_add(d, "de sessie kan niet worden begonnen: er is niets opgeslagen");
	qmodel_close(&p->m);
	return false;
}

/* A line that is not an answer to it: what item it expects. */
static void not_an_answer(struct plain *p, const struct item *it)
{
	if (it->type == ITEM_LIKERT)
		plain_say(p->out, "Kies een nummer van 1 tot 5%s.\n",
			  it->na ? ", of 0 als de vraag niet van toepassing is" : "");
	else if (it->type == ITEM_SCENARIO)
		plain_say(p->out,
			  "Typ twee verschillende nummers van 1 tot %zu: eerst meest, dan minst "
			  "waarschijnlijk.\n",
			  it->n_options);
	else
		plain_say(p->out, "Kies een nummer van 1 tot %zu.\n", it->n_options);
}

/* Where a line leaves the walk through the items. */
enum step { STEP_ON, STEP_AGAIN, STEP_HELP, STEP_BACK, STEP_JUMP, STEP_DONE };

/* "overzicht": every question, its number and its answer (or that it is
 * open), as the overview screen shows them. */
static void show_overview(struct plain *p)
{
	plain_say(p->out, "Overzicht (ga naar N: naar vraag N):\n");
	for (size_t i = 0; i < p->m.q->n_items; i++) {
		const struct item *it = &p->m.q->items[i];
		struct answer a = session_get(p->m.s, it->id);
		char buf[600], num[32], *text = NULL;
		snprintf(num, sizeof(num), "  %zu. ", i + 1);
		if (asprintf(&text, "%s [%s]", it->type == ITEM_SCENARIO ? it->title : it->text,
			     a.kind == ANSWER_NONE
				 ? "nog niet beantwoord"
				 : report_answer_label(it, a, buf, sizeof(buf))) < 0)
			return;
		plain_hanging(p->out, num, text);
		free(text);
	}
}

/* "ga naar N": 1 <= N <= the number of items, into *to (0-based). */
static bool parse_jump(const char *line, size_t n, size_t *to)
{
	if (strncmp(line, "ga naar ", 8) != 0)
		return false;
	char *end;
	long v = strtol(line + 8, &end, 10);
	if (*end || end == line + 8 || v < 1 || (size_t)v > n)
		return false;
	*to = (size_t)v - 1;
	return true;
}

/* "afbreken": stop without saving; nothing is lost when the last save
 * worked. */
static int abandon(struct plain *p)
{
	if (p->m.save_failed) {
		not_saved(p);
		return 1;
	}
	plain_say(p->out,
		  "Gestopt. Je antwoorden waren al opgeslagen; ga verder met: spiegel resume %s\n",
		  p->m.s->id);
	return 0;
}

/* One typed line on item i: a command, an answer or nothing. *status is
 * set when the walk ends (STEP_DONE). */
static enum step step(struct plain *p, size_t i, char **line, size_t *cap, int *status)
{
	const struct item *it = &p->m.q->items[i];
	if (strcmp(*line, "terug") == 0)
		return STEP_BACK;
	if (strcmp(*line, "overzicht") == 0) {
		show_overview(p);
		return STEP_HELP;
	}
	if (parse_jump(*line, p->m.q->n_items, &p->jump))
		return STEP_JUMP;
	if (strncmp(*line, "ga naar", 7) == 0) {
		plain_say(p->out, "Typ ga naar en een nummer van 1 tot %zu.\n", p->m.q->n_items);
		return STEP_AGAIN;
	}
	if (strcmp(*line, "?") == 0) {
		show_help(p, i);
		return STEP_HELP;
	}
	if (strcmp(*line, "stop") == 0) {
		session_set_position(p->m.s, it->id);
		*status = leave(p, line, cap, LEAVE_STOP);
		return STEP_DONE;
	}
	if (strcmp(*line, "afbreken") == 0) {
		*status = abandon(p);
		return STEP_DONE;
	}
	if ((*line)[0] == '\0')
		return STEP_ON;
	struct answer a;
	if (!parse_answer(it, *line, &a)) {
		not_an_answer(p, it);
		return STEP_AGAIN;
	}
	enum qmodel_answered r = qmodel_answer(&p->m, i, a, time(NULL), NULL);
	if (r == QMODEL_REFUSED) {
		plain_say(p->out, "Dit antwoord is te lang of ongeldig; probeer het korter.\n");
		return STEP_AGAIN;
	}
	if (r == QMODEL_UNSAVED)
		say_unsaved(p);
	it = &p->m.q->items[i]; /* the sector answer may have localized the texts */
	if (it->type == ITEM_OPEN && ask_share(p, it, line, cap) == SHARE_STOP) {
		*status = leave(p, line, cap, LEAVE_STOP);
		return STEP_DONE;
	}
	return STEP_ON;
}

/* Item by item from the first unanswered one, until the last is answered
 * (then the report) or the user stops. Returns the exit status. */
static int walk(struct plain *p)
{
	/* with every item answered (stopped just before finishing) the
	 * session is finished straight away */
	size_t i = session_first_unanswered(p->m.s, p->m.q);
	size_t last_section = (size_t)-1;
	char *line = NULL;
	size_t cap = 0;
	int status = 1;
	for (;;) {
		if (i >= p->m.q->n_items) {
			status = finish(p, &line, &cap);
			break;
		}
		const struct item *it = &p->m.q->items[i];
		show_item(p, i, it->section != last_section);
		last_section = it->section;
		plain_say(p->out, "> ");
		fflush(p->out);
		/* no input left, or no output any more (a closed pipe): stop as
		 * at the end of the input */
		if (p->pending) {
			free(line);
			line = p->pending;
			cap = strlen(line) + 1;
			p->pending = NULL;
			plain_say(p->out, "%s\n", line);
		} else if (ferror(p->out) || getline(&line, &cap, p->in) < 0) {
			session_set_position(p->m.s, it->id);
			status = leave(p, &line, &cap, LEAVE_EOF);
			break;
		}
		plain_strip_controls(line);
		trim(line);
		enum step st = step(p, i, &line, &cap, &status);
		if (st == STEP_DONE)
			break;
		if (st == STEP_BACK && i == 0)
			plain_say(p->out, "Dit is de eerste vraag.\n");
		if (st == STEP_BACK || st == STEP_HELP)
			last_section = (size_t)-1; /* the section's title again */
		if (st == STEP_JUMP)
			i = p->jump;
		else if (st == STEP_BACK && i > 0)
			i--;
		else if (st == STEP_ON)
			i++;
	}
	free(line);
	free(p->pending);
	p->pending = NULL;
	return status;
}

int plain_run(const struct content *c, struct store *st, const struct questionnaire *q,
	      const char *participant, const char *session_path, FILE *in, FILE *out)
{
	struct plain p = {.in = in, .out = out};
	qmodel_init(&p.m, c, st);
	struct diag d;
	diag_init(&d);
	int status = 1;
	if (open_session(&p, q, participant, session_path, &d)) {
		plain_say(out, "%s\n", p.m.q->title);
		plain_wrapped(out, p.m.q->intro, "");
		plain_say(out, "Sessie-id: %s\n", p.m.s->id);
		status = walk(&p);
	}
	for (size_t k = 0; k < diag_count(&d); k++)
		fprintf(stderr, "spiegel: %s\n", diag_msg(&d, k));
	diag_finish(&d);
	qmodel_finish(&p.m);
	return status;
}
