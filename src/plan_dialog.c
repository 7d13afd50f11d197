/* The plain dialogues of voornemens and portfolio marks (see
 * plan_dialog.h). */
#define _GNU_SOURCE
#include "plan_dialog.h"
#include "plain_text.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "spiegel/date.h"
#include "spiegel/plan.h"
#include "spiegel/portfolio.h"
#include "spiegel/report.h"

/* attempts at a question whose answer was not understood */
#define TRIES 3

long plan_today(void)
{
	const char *env = getenv("SPIEGEL_TODAY");
	long day;
	static bool warned; /* the shell's own: said once per run */
	if (env && *env) {
		if (date_parse(env, &day))
			return day;
		if (!warned)
			fputs("spiegel: SPIEGEL_TODAY is geen datum als 2026-12-15; de datum van "
			      "vandaag "
			      "telt\n",
			      stderr);
		warned = true;
	}
	time_t now = time(NULL);
	struct tm tm;
	if (localtime_r(&now, &tm) &&
	    date_from_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, &day))
		return day;
	return 0;
}

void plan_io_init(struct plan_io *io, const struct content *c, struct store *st, FILE *in,
		  FILE *out)
{
	memset(io, 0, sizeof(*io));
	io->c = c;
	io->st = st;
	io->in = in;
	io->out = out;
	io->today = plan_today();
}

void plan_io_finish(struct plan_io *io)
{
	free(io->line);
	io->line = NULL;
}

/* Text from files and from the user, neutralised on its way out, the
 * commands it names as the user can run them (plain_say). */
__attribute__((format(printf, 2, 3))) static void say(struct plan_io *io, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	plain_vsay(io->out, fmt, ap);
	va_end(ap);
}

static void wrapped(struct plan_io *io, const char *text, const char *indent)
{
	plain_wrapped(io->out, text, indent);
}

/* Drop escape sequences and control characters from a typed line (as plain
 * mode does), and the spaces around it. */
static void clean(char *s)
{
	plain_strip_controls(s);
	size_t n = strlen(s), k = strspn(s, " ");
	while (n > k && s[n - 1] == ' ')
		n--;
	memmove(s, s + k, n - k);
	s[n - k] = '\0';
}

/* Ask a question: the prompt, then a line. NULL at the end of the input. */
static const char *ask(struct plan_io *io, const char *prompt)
{
	if (io->eof)
		return NULL;
	if (prompt)
		wrapped(io, prompt, "");
	say(io, "> ");
	fflush(io->out);
	if (getline(&io->line, &io->cap, io->in) < 0) {
		say(io, "\n");
		io->eof = true;
		return NULL;
	}
	clean(io->line);
	return io->line;
}

/* A copy of the answer to prompt ("" for an empty line); NULL at the end
 * of the input or on OOM. */
static char *ask_text(struct plan_io *io, const char *prompt)
{
	const char *l = ask(io, prompt);
	return l ? strdup(l) : NULL;
}

/* A date today or later; DATE_NONE for an empty line, the end of the input
 * or TRIES answers that are not such a date. */
static long ask_date(struct plan_io *io, const char *prompt)
{
	char ex[DATE_BUF], msg[160];
	date_format_typed(io->today + 14, ex, sizeof(ex));
	for (int t = 0; t < TRIES; t++) {
		const char *l = ask(io, t == 0 ? prompt : NULL);
		long day;
		if (!l || !*l)
			return DATE_NONE;
		if (!date_parse(l, &day)) {
			snprintf(msg, sizeof(msg),
				 "Dat is geen datum. Typ een datum als %s (dag-maand-jaar).", ex);
			wrapped(io, msg, "");
		} else if (day < io->today) {
			wrapped(io, "Die datum is al voorbij; kies vandaag of een dag daarna.", "");
		} else {
			return day;
		}
	}
	return DATE_NONE;
}

/* A number 1..n; 0 for an empty line, the end of the input or TRIES
 * answers that are not. */
static int ask_number(struct plan_io *io, int n)
{
	for (int t = 0; t < TRIES; t++) {
		const char *l = ask(io, NULL);
		if (!l || !*l)
			return 0;
		char *end;
		long v = strtol(l, &end, 10);
		if (end != l && !*end && v >= 1 && v <= n)
			return (int)v;
		say(io, "Typ een nummer van 1 tot %d (Enter: stoppen).\n", n);
	}
	return 0;
}

static bool new_id(const struct plan_io *io, char *buf, size_t size)
{
	return store_new_id(io->st->io, buf, size, time(NULL));
}

/* Save p as a new voornemen (under its lock); says so only when it was. */
static bool save_new(struct plan_io *io, struct plan *p, const char *dir)
{
	struct diag d;
	diag_init(&d);
	char host[256] = "?";
	gethostname(host, sizeof(host) - 1);
	char *path = plan_path(dir, p->id);
	int lock = path ? plan_lock(dir, p->id, host, (long)getpid(), &d) : -1;
	bool ok = lock >= 0 && plan_save(p, path, io->st->io, time(NULL), &d);
	store_unlock(lock);
	if (ok) {
		char when[DATE_BUF];
		date_format(p->date, when, sizeof(when));
		say(io, "Opgeslagen: voornemen %s (terugkijken op %s).\n", p->id, when);
	} else {
		say(io, "NIET OPGESLAGEN: voornemen \"%s\" (%s).\n", p->text,
		    diag_count(&d) ? diag_msg(&d, 0) : "onvoldoende geheugen");
		io->failed = true;
	}
	diag_finish(&d);
	free(path);
	return ok;
}

/* The questions of one voornemen into w (its texts malloc'd in t[0..3]):
 * own asks for the text too. false when it was skipped or the input
 * ended. */
static bool ask_what(struct plan_io *io, bool own, struct plan_what *w, char *t[4])
{
	memset(t, 0, 4 * sizeof(*t));
	if (own) {
		t[0] = ask_text(io, "Wat neem je je voor? (Enter: dit voornemen overslaan)");
		if (!t[0] || !*t[0])
			return false;
	}
	t[1] = ask_text(io, "Wat is je eerste concrete stap? (Enter: dit voornemen overslaan)");
	if (!t[1] || !*t[1])
		return false;
	char ex[DATE_BUF], prompt[200];
	date_format_typed(io->today + 14, ex, sizeof(ex));
	snprintf(prompt, sizeof(prompt),
		 "Wanneer zet je die stap? Een datum, bijvoorbeeld %s. Op die dag kijk je terug.",
		 ex);
	w->date = ask_date(io, prompt);
	if (w->date == DATE_NONE)
		return false;
	t[2] = ask_text(io, "Met wie? (Enter: overslaan)");
	if (!t[2])
		return false;
	t[3] = ask_text(io, "Hoe merk je dat het werkt? (Enter: overslaan)");
	if (!t[3])
		return false;
	w->text = t[0];
	w->action = t[1];
	w->with = t[2];
	w->sign = t[3];
	return true;
}

static void free_what(char *t[4])
{
	for (int i = 0; i < 4; i++)
		free(t[i]);
}

/* Parse the choice "1 3", "2 e", "e e" into picks (step index, or -1 for
 * an own voornemen); false when it is not such a choice. */
static bool parse_picks(const char *l, size_t n_steps, int *picks, size_t *k)
{
	*k = 0;
	const char *p = l;
	while (*p) {
		if (*k == PLAN_MAX_NEW)
			return false;
		if ((*p == 'e' || *p == 'E') && (p[1] == ' ' || p[1] == ',' || !p[1])) {
			picks[(*k)++] = -1;
			p++;
		} else {
			char *end;
			long v = strtol(p, &end, 10);
			if (end == p || v < 1 || (size_t)v > n_steps)
				return false;
			for (size_t i = 0; i < *k; i++)
				if (picks[i] == v - 1)
					return false;
			picks[(*k)++] = (int)v - 1;
			p = end;
		}
		while (*p == ' ' || *p == ',')
			p++;
	}
	return *k > 0;
}

bool plan_dialog_new(struct plan_io *io, const struct session *s, const struct questionnaire *q,
		     const struct score_result *r)
{
	const struct catalogue *cat = io->c->catalogue;
	struct diag d;
	diag_init(&d);
	char *dir = NULL;
	if (!plan_dir(io->st, &dir, &d)) {
		say(io, "Voornemens kunnen niet worden opgeslagen: %s\n",
		    diag_count(&d) ? diag_msg(&d, 0) : "?");
		diag_finish(&d);
		io->failed = true;
		return false;
	}
	say(io, "\nVoornemens\n");
	wrapped(io,
		"Van inzicht naar actie: kies een tot drie stappen om mee aan de slag te gaan, of "
		"schrijf een eigen voornemen. Bij elk voornemen vraagt spiegel je eerste concrete "
		"stap, een datum, met wie en hoe je merkt dat het werkt. Je voornemens blijven "
		"privé in je eigen map; ze gaan nooit mee in een inleverbestand.",
		"");
	for (size_t i = 0; i < r->n_steps; i++) {
		char num[32];
		snprintf(num, sizeof(num), "  %zu  ", i + 1);
		struct step_ref sr = r->steps[i];
		char *line = NULL;
		if (asprintf(&line, "%s (%s)", sr.step->title, report_step_origin(cat, &sr)) < 0)
			line = NULL;
		char *w = line ? report_wrap(line, 78, "     ") : NULL;
		if (w)
			say(io, "%s%s", num, w + 5);
		free(w);
		free(line);
	}
	say(io, "  e  een eigen voornemen\n");
	int picks[PLAN_MAX_NEW];
	size_t k = 0;
	bool chosen = false;
	for (int t = 0; t < TRIES && !chosen; t++) {
		const char *l = ask(
		    io, t	     ? NULL
			: r->n_steps ? "Typ de nummers (bijvoorbeeld: 1 3, of 2 e), of Enter om "
				       "over te slaan."
				     : "Typ e voor een eigen voornemen, of Enter om over te "
				       "slaan.");
		if (!l || !*l)
			break;
		chosen = parse_picks(l, r->n_steps, picks, &k);
		if (!chosen)
			say(io,
			    "Typ hoogstens %d verschillende nummers%s en e voor een eigen "
			    "voornemen (Enter: overslaan).\n",
			    PLAN_MAX_NEW, r->n_steps ? "" : " (hier geen)");
	}
	size_t made = 0;
	for (size_t i = 0; chosen && i < k && !io->eof; i++) {
		const struct step_ref *sr = picks[i] >= 0 ? &r->steps[picks[i]] : NULL;
		if (sr)
			say(io, "\nVoornemen %zu van %zu: %s\n", i + 1, k, sr->step->title);
		else
			say(io, "\nVoornemen %zu van %zu: een eigen voornemen\n", i + 1, k);
		struct plan_what w = {0};
		char *t[4];
		char id[SESSION_ID_MAX + 1];
		if (!ask_what(io, !sr, &w, t)) {
			say(io, io->eof ? "Dit voornemen is niet opgeslagen: de invoer eindigde.\n"
					: "Dit voornemen is overgeslagen.\n");
		} else if (!new_id(io, id, sizeof(id))) {
			say(io, "NIET OPGESLAGEN: geen id voor het voornemen.\n");
			io->failed = true;
		} else {
			diag_clear(&d);
			struct plan *p = plan_create(id, time(NULL), cat, s, q, r, sr, &w, &d);
			if (!p) {
				say(io, "NIET OPGESLAGEN: %s\n",
				    diag_count(&d) ? diag_msg(&d, 0) : "onvoldoende geheugen");
				io->failed = true;
			} else if (save_new(io, p, dir)) {
				made++;
			}
			plan_destroy(p);
		}
		free_what(t);
	}
	if (made) {
		wrapped(io,
			"Je ziet je voornemens terug met: spiegel plan. Op de datum kijk je terug "
			"met: spiegel plan update ID.",
			"");
		io->said_where = true;
	}
	free(dir);
	diag_finish(&d);
	return !io->failed;
}

/* ------------------------------------------------------------ look back */

static bool save_existing(struct plan_io *io, struct plan *p, const char *dir, struct diag *d)
{
	char *path = plan_path(dir, p->id);
	bool ok = path && plan_save(p, path, io->st->io, time(NULL), d);
	free(path);
	return ok;
}

static void redo_hint(struct plan_io *io, const struct plan *p)
{
	long from;
	if (!plan_redo_from(p, &from))
		return;
	const struct questionnaire *q = content_find(io->c, p->questionnaire);
	char d[DATE_BUF], *msg = NULL;
	date_format(from, d, sizeof(d));
	if (asprintf(&msg,
		     "Doe \"%s\" opnieuw %s%s (spiegel start %s). Dan laat spiegel plan show %s "
		     "zien wat er veranderde in de praktijken van dit voornemen. Zo lang wacht "
		     "spiegel (minstens %d weken na de sessie): een gewoonte verandert niet in "
		     "een paar dagen.",
		     q ? q->title : p->questionnaire, from <= io->today ? "vanaf nu" : "vanaf ",
		     from <= io->today ? "" : d, p->questionnaire, p->id, PLAN_REDO_DAYS / 7) >= 0)
		wrapped(io, msg, "");
	free(msg);
}

static void review_intro(struct plan_io *io, const struct plan *p)
{
	char when[DATE_BUF];
	date_format(p->date, when, sizeof(when));
	say(io, "Terugblik op je voornemen\n");
	wrapped(io, p->text, "  ");
	say(io, "Eerste stap (%s): %s\n", when, p->action);
	if (p->sign[0])
		say(io, "Hoe je zou merken dat het werkt: %s\n", p->sign);
}

/* The look back lb added to p and saved (a new voornemen next first: the
 * look back names it), said; the exit status. */
static int review_save(struct plan_io *io, struct plan *p, struct plan *next, const char *dir,
		       const struct plan_look_back *lb, struct diag *d)
{
	if (!plan_review(p, io->today, lb, d))
		return 1;
	if (next && !save_new(io, next, dir)) {
		say(io, "De terugblik is daarom ook NIET opgeslagen.\n");
		return 1;
	}
	if (!save_existing(io, p, dir, d)) {
		say(io, "NIET OPGESLAGEN: de terugblik op %s.\n", p->id);
		return 1;
	}
	say(io, "Opgeslagen: je terugblik op voornemen %s.\n", p->id);
	if (lb->next == PLAN_NEXT_CONTINUE) {
		char when[DATE_BUF];
		date_format(p->date, when, sizeof(when));
		say(io, "Je kijkt weer terug op %s.\n", when);
	} else {
		say(io, "Het voornemen is afgesloten.\n");
		redo_hint(io, p);
	}
	return 0;
}

int plan_dialog_review(struct plan_io *io, const char *id)
{
	struct diag d;
	diag_init(&d);
	char *dir = NULL, *path = NULL;
	struct plan *p = NULL, *next = NULL;
	int status = 1, lock = -1;
	char *t[4] = {NULL, NULL, NULL, NULL}, *happened = NULL, *learned = NULL;
	char host[256] = "?";
	gethostname(host, sizeof(host) - 1);
	if (!plan_dir(io->st, &dir, &d))
		goto out;
	/* a first read says what it is: a broken file is refused before a
	 * lock is made next to it; then it is read again under the lock */
	if (!(p = plan_load_id(dir, id, &d)))
		goto out;
	plan_destroy(p);
	p = NULL;
	if ((lock = plan_lock(dir, id, host, (long)getpid(), &d)) < 0 ||
	    !(p = plan_load_id(dir, id, &d)) || !(path = plan_path(dir, id)))
		goto out;
	if (p->closed) {
		char c[DATE_BUF];
		date_format(p->closed_date, c, sizeof(c));
		diag_add(&d, "voornemen %s is al afgesloten (op %s); zie spiegel plan show %s", id,
			 c, id);
		goto out;
	}
	review_intro(io, p);
	say(io, "\nHoe ging het?\n  1  gedaan\n  2  deels\n  3  nog niet\n"
		"  (Enter: stoppen zonder iets te veranderen)\n");
	int res = ask_number(io, 3);
	status = 0;
	if (!res) {
		say(io, "Er is niets veranderd.\n");
		goto out;
	}
	happened = ask_text(io, "Wat gebeurde er? (Enter: overslaan)");
	learned = happened ? ask_text(io, "Wat heb je geleerd? (Enter: overslaan)") : NULL;
	int nx = 0;
	if (learned) {
		say(io, "Hoe verder?\n  1  afsluiten\n  2  een nieuw voornemen dat hierop volgt\n"
			"  3  doorgaan met dit voornemen, met een nieuwe datum\n");
		nx = ask_number(io, 3);
	}
	struct plan_look_back lb = {
	    (enum plan_result)(res - 1), happened, learned, PLAN_NEXT_CLOSE, DATE_NONE, NULL};
	char new_id_buf[SESSION_ID_MAX + 1];
	if (nx == 2) {
		say(io, "\nHet nieuwe voornemen\n");
		struct plan_what w = {0};
		if (!ask_what(io, true, &w, t) || !new_id(io, new_id_buf, sizeof(new_id_buf)) ||
		    !(next = plan_follow(new_id_buf, time(NULL), p, &w, &d)))
			nx = 0;
		lb.next = PLAN_NEXT_NEW;
		lb.followup = new_id_buf;
	} else if (nx == 3) {
		lb.next = PLAN_NEXT_CONTINUE;
		lb.next_date = ask_date(io, "Wat is de nieuwe datum?");
		if (lb.next_date == DATE_NONE)
			nx = 0;
	}
	if (!nx) {
		say(io, io->eof ? "Invoer beëindigd; er is niets veranderd.\n"
				: "Er is niets veranderd.\n");
		goto out;
	}
	status = review_save(io, p, next, dir, &lb, &d);
out:
	if (diag_count(&d)) {
		for (size_t i = 0; i < diag_count(&d); i++)
			fprintf(stderr, "spiegel: %s\n", diag_msg(&d, i));
		status = 1;
	}
	diag_finish(&d);
	store_unlock(lock);
	free_what(t);
	free(happened);
	free(learned);
	plan_destroy(next);
	plan_destroy(p);
	free(path);
	free(dir);
	return status;
}

/* ---------------------------------------------------------------- marks */

/* The open answers open[0..n), numbered, [x] when chosen. */
static void marks_list(struct plan_io *io, const struct session *s, const struct questionnaire *q,
		       const struct portfolio_marks *m, const size_t *open, size_t n)
{
	for (size_t k = 0; k < n; k++) {
		const struct item *it = &q->items[open[k]];
		struct answer a = session_get(s, it->id);
		char *line = NULL;
		if (asprintf(&line, "[%s] %s \"%.80s%s\"",
			     portfolio_marked(m, s->id, it->id) ? "x" : " ", it->text, a.text,
			     strlen(a.text) > 80 ? "..." : "") < 0)
			line = NULL;
		char num[32];
		snprintf(num, sizeof(num), "  %zu  ", k + 1);
		char *w = line ? report_wrap(line, 78, "     ") : NULL;
		if (w)
			say(io, "%s%s", num, w + 5);
		free(w);
		free(line);
	}
}

/* The numbers 1..n in line l (spaces or commas between), each flipping its
 * flag in flip[]; false when something else is typed. */
static bool parse_flips(const char *l, size_t n, bool flip[])
{
	const char *p = l;
	while (*p) {
		char *end;
		long v = strtol(p, &end, 10);
		if (end == p || v < 1 || (size_t)v > n)
			return false;
		flip[v - 1] = !flip[v - 1];
		p = end;
		while (*p == ' ' || *p == ',')
			p++;
	}
	return true;
}

bool plan_dialog_marks(struct plan_io *io, const struct session *s, const struct questionnaire *q,
		       bool offer)
{
	size_t open[64], n = 0;
	for (size_t i = 0; i < q->n_items && n < sizeof(open) / sizeof(open[0]); i++) {
		struct answer a = session_get(s, q->items[i].id);
		if (q->items[i].type == ITEM_OPEN && a.kind == ANSWER_TEXT && a.text[0])
			open[n++] = i;
	}
	if (n == 0) {
		if (!offer)
			say(io, "Deze sessie heeft geen antwoorden op open vragen.\n");
		return true;
	}
	struct diag d;
	diag_init(&d);
	char *dir = NULL, *path = NULL;
	struct portfolio_marks m;
	portfolio_marks_init(&m);
	char host[256] = "?";
	gethostname(host, sizeof(host) - 1);
	int lock = -1;
	bool ok = plan_dir(io->st, &dir, &d) && (path = portfolio_marks_path(dir)) &&
		  (lock = portfolio_marks_lock(dir, host, (long)getpid(), &d)) >= 0 &&
		  portfolio_marks_load(path, &m, &d);
	if (!ok) {
		say(io, "Je keuze voor het portfolio kan niet worden gelezen: %s\n",
		    diag_count(&d) ? diag_msg(&d, 0) : "onvoldoende geheugen");
		io->failed = true;
		goto out;
	}
	say(io, "\nReflecties voor je portfolio\n");
	wrapped(io,
		offer
		    ? "Je antwoorden op open vragen zijn privé. Alleen wat je hier kiest, komt in "
		      "je portfolio (spiegel portfolio). Typ de nummers om een antwoord te kiezen "
		      "of weer weg te halen, of Enter om niets te veranderen."
		    : "Alleen de antwoorden met [x] komen in je portfolio (spiegel portfolio). "
		      "Typ de nummers om een antwoord te kiezen of weer weg te halen, of Enter om "
		      "niets te veranderen.",
		"");
	marks_list(io, s, q, &m, open, n);
	bool changed = false, done = false;
	for (int t = 0; t < TRIES && !done; t++) {
		const char *l = ask(io, NULL);
		if (!l || !*l)
			break;
		bool flip[64] = {false};
		if (!parse_flips(l, n, flip)) {
			if (n == 1)
				say(io, "Typ 1 of Enter (niets veranderen).\n");
			else
				say(io, "Typ nummers van 1 tot %zu (Enter: niets veranderen).\n",
				    n);
			continue;
		}
		done = true;
		for (size_t k = 0; k < n && ok; k++) {
			if (!flip[k])
				continue;
			const char *item = q->items[open[k]].id;
			ok =
			    portfolio_mark(&m, s->id, item, !portfolio_marked(&m, s->id, item), &d);
			changed = true;
		}
	}
	if (changed && ok)
		ok = portfolio_marks_save(&m, path, io->st->io, time(NULL), &d);
	if (!ok) {
		say(io, "NIET OPGESLAGEN: je keuze voor het portfolio (%s).\n",
		    diag_count(&d) ? diag_msg(&d, 0) : "onvoldoende geheugen");
		io->failed = true;
	} else if (changed) {
		size_t in = 0;
		for (size_t k = 0; k < n; k++)
			in += portfolio_marked(&m, s->id, q->items[open[k]].id);
		say(io,
		    "Opgeslagen: %zu van de %zu antwoorden van deze sessie %s in je portfolio.\n",
		    in, n, in == 1 ? "staat" : "staan");
	} else {
		say(io, "Je keuze voor het portfolio is niet veranderd.\n");
	}
out:
	store_unlock(lock);
	portfolio_marks_finish(&m);
	free(path);
	free(dir);
	diag_finish(&d);
	return ok;
}

bool plan_offer(const struct content *c, struct store *st, const struct session *s,
		const struct questionnaire *q, const struct score_result *r, FILE *in, FILE *out)
{
	struct plan_io io;
	plan_io_init(&io, c, st, in, out);
	plan_dialog_new(&io, s, q, r);
	if (!io.eof)
		plan_dialog_marks(&io, s, q, true);
	bool ok = !io.failed;
	plan_io_finish(&io);
	return ok;
}
