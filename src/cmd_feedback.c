/* Feedback from others (issue 15): invite (a round and its HTML form),
 * observe (answering a form in plain mode), feedback (the report from the
 * answer files) and report SESSIE --feedback (beside the leader's own
 * answers). The core computes every figure; this file reads files, asks
 * questions and writes outputs. */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cmd_feedback.h"
#include "hint.h"
#include "plan_dialog.h"
#include "spiegel/feedback.h"
#include "spiegel/report.h"
#include "spiegel/score.h"
#include "tui/tui.h"

/* Randomness for the ids of rounds and answers and the order of the open
 * answers: the shell's (cli_io), passed into the core. */
static bool os_random(void *buf, size_t n)
{
	const struct store_io *io = cli_io();
	return io->random_bytes && io->random_bytes(io->ctx, buf, n);
}

static bool to_stdout(const struct opts *o)
{
	return o->output && strcmp(o->output, "-") == 0;
}

/* o with output set to path when none was given. */
static struct opts with_output(const struct opts *o, const char *path)
{
	struct opts w = *o;
	if (!w.output)
		w.output = path;
	return w;
}

/* ---------------------------------------------------------------- invite */

static void invite_message(FILE *f, const struct feedback_round *r, const struct questionnaire *q,
			   const char *form_path, size_t n_items)
{
	fprintf(f, "Feedbackronde %s gemaakt voor \"%s\" (%zu vragen", r->id, q->title, n_items);
	if (r->sector != SECTOR_ALGEMEEN)
		fprintf(f, ", woorden voor het %s", content_sector_id(r->sector));
	fprintf(f, ").\n");
	if (form_path)
		cli_printf("Formulier: %s\n", form_path);
	fprintf(f,
		"Stuur het formulier naar je teamleden, collega's of bestuurder. Het opent in "
		"elke browser, ook op een telefoon, zonder internet. Wie het invult, slaat een "
		"antwoordbestand op en stuurt dat terug.\n"
		"Wie nodig je uit? Mensen die je werk echt zien. Teamleden zien vooral wat je "
		"in de school doet. Wat je met het bestuur of met partners buiten de school "
		"doet, zien vooral je bestuurder, collega-leidinggevenden en die partners: nodig "
		"hen ook uit. Een rol met minder dan %d antwoorden (vaak de bestuurder) telt mee "
		"onder \"anderen\", zodat niemand herkenbaar is. Wat iemand niet kan zien, vult "
		"die in als \"" FEEDBACK_UNKNOWN_LABEL "\"; dat telt niet mee.\n"
		"In het formulier en in de ronde staan geen antwoorden van jou.\n"
		"Zet de antwoordbestanden in een map en bekijk ze met: %s feedback MAP, of "
		"naast je eigen antwoorden met: %s report SESSIE --feedback MAP.\n"
		"Cijfers van anderen toont spiegel pas vanaf %d antwoorden.\n",
		FEEDBACK_MIN_OBSERVERS, hint_spiegel(), hint_spiegel(), FEEDBACK_MIN_OBSERVERS);
}

int cmd_invite(const struct opts *o, int n_args, const char *const *args)
{
	const char *qid = args[0];
	if (o->name && (!session_name_ok(o->name) || !*o->name))
		return usage_error(
		    "de naam bij --name is leeg, te lang, geen geldige UTF-8 of bevat "
		    "een stuurteken of een onzichtbaar teken",
		    "");
	struct content *raw = load_content(o);
	if (!raw)
		return EXIT_DATA;
	const struct questionnaire *q = content_find(raw, qid);
	if (!q) {
		cli_warn("vragenlijst \"%s\" bestaat niet; zie spiegel list", qid);
		content_destroy(raw);
		return EXIT_DATA;
	}
	if (!feedback_available(q)) {
		cli_warn("vragenlijst \"%s\" heeft geen vragen voor anderen; feedback kan met "
			 "leiderschapsscan, visie en connectief-leiderschap",
			 qid);
		content_destroy(raw);
		return EXIT_DATA;
	}
	struct store st;
	if (!open_store(o, &st)) {
		content_destroy(raw);
		return EXIT_DATA;
	}
	int status = EXIT_DATA;
	struct diag d;
	diag_init(&d);
	/* the wording of the leader's latest sector answer: the one thing the
	 * form takes from the leader's sessions (never an answer itself) */
	enum sector sec = session_latest_sector(&st, raw, NULL);
	struct content *v = localize_content(raw, sec);
	const struct questionnaire *vq = v ? content_find(v, qid) : NULL;
	char *dir = vq ? rounds_dir(&st) : NULL;
	char *path = NULL, *json = NULL, *html = NULL;
	struct feedback_round *r = NULL;
	unsigned char rnd[FEEDBACK_ID_BYTES];
	/* a new id: never the file of an earlier round */
	for (int tries = 0; dir && tries < 8 && !path; tries++) {
		if (!os_random(rnd, sizeof(rnd))) {
			diag_add(&d, "geen willekeur beschikbaar voor een ronde-id");
			break;
		}
		feedback_round_destroy(r);
		r = feedback_round_create(q, sec, o->name, rnd, time(NULL));
		path = r ? round_path(dir, r->id) : NULL;
		if (path && access(path, F_OK) == 0) {
			free(path);
			path = NULL;
		}
	}
	size_t jlen = 0, hlen = 0;
	if (path) {
		json = feedback_round_to_json(r, &jlen);
		html = json ? feedback_form_html(r, vq, &hlen) : NULL;
		if (!html)
			diag_add(&d, "onvoldoende geheugen");
	}
	char def[160];
	if (r)
		snprintf(def, sizeof(def), "feedbackformulier-%s-%.6s.html", qid, r->id);
	struct opts w = with_output(o, def);
	if (html && store_write_file(st.io, path, json, jlen, &d)) {
		status = write_output(&w, html, hlen, NULL, false, &d);
		if (status != EXIT_OK) {
			/* no form: no round either */
			unlink(path);
			diag_add(&d,
				 "de ronde is niet bewaard, omdat het formulier niet geschreven "
				 "kon worden");
		}
	}
	print_diag(&d);
	if (status == EXIT_OK) {
		size_t n = 0;
		for (size_t i = 0; i < vq->n_items; i++)
			n += vq->items[i].type == ITEM_LIKERT;
		invite_message(to_stdout(&w) ? stderr : stdout, r, vq,
			       to_stdout(&w) ? NULL : w.output, n);
	}
	diag_finish(&d);
	free(json);
	free(html);
	free(path);
	free(dir);
	feedback_round_destroy(r);
	store_finish(&st);
	content_destroy(v);
	content_destroy(raw);
	return status;
}

/* --------------------------------------------------------------- observe */

/* A line of input without its end; NULL at the end of the input. */
static char *read_line(FILE *in)
{
	char *line = NULL;
	size_t cap = 0;
	ssize_t n = getline(&line, &cap, in);
	if (n < 0) {
		free(line);
		return NULL;
	}
	while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
		line[--n] = '\0';
	return line;
}

enum ask { ASK_VALUE, ASK_SKIP, ASK_BACK, ASK_STOP, ASK_EOF };

/* A number from lo to hi, empty (skip), terug, stop; asks again on
 * anything else. */
static enum ask ask_number(FILE *in, int lo, int hi, int *out)
{
	for (;;) {
		fputs("> ", stdout);
		fflush(stdout);
		char *l = read_line(in);
		if (!l)
			return ASK_EOF;
		char *s = l;
		while (*s == ' ' || *s == '\t')
			s++;
		enum ask res = ASK_VALUE;
		if (!*s)
			res = ASK_SKIP;
		else if (strcmp(s, "terug") == 0)
			res = ASK_BACK;
		else if (strcmp(s, "stop") == 0)
			res = ASK_STOP;
		else {
			char *end;
			long v = strtol(s, &end, 10);
			while (*end == ' ')
				end++;
			if (*end || v < lo || v > hi) {
				printf(
				    "Typ een getal van %d tot en met %d, een lege regel om over te "
				    "slaan, 'terug' of 'stop'.\n",
				    lo, hi);
				free(l);
				continue;
			}
			*out = (int)v;
		}
		free(l);
		return res;
	}
}

static const char observe_help[] =
    "Zo antwoord je: typ het nummer van je antwoord en Enter. 0 = " FEEDBACK_UNKNOWN_LABEL
    " (telt niet mee). " FEEDBACK_UNKNOWN_HINT " Een lege regel slaat een vraag over, "
    "'terug' gaat een vraag terug, 'stop' stopt zonder iets op te slaan. Aan het eind slaat "
    "spiegel je antwoorden op in één bestand, zonder je naam.\n";

/* The dialogue: role, items, open questions. false when stopped or the
 * role was not given. */
static bool observe_ask(FILE *in, const struct feedback_form *f, struct feedback_response **rp,
			const unsigned char rnd[FEEDBACK_ID_BYTES])
{
	const char *who = feedback_leader(f->name, false);
	cli_printf("Feedback voor %s: %s\n", who, f->title);
	char *note = feedback_naming_note(f->name);
	if (note)
		cli_printf("%s\n", note);
	free(note);
	putchar('\n');
	fputs(observe_help, stdout);
	cli_printf("\nWat is je rol ten opzichte van %s?\n", who);
	for (int r = 0; r < N_ROLES; r++)
		printf("  %d. %s\n", r + 1, feedback_role_label(r));
	int role = -1;
	while (role < 0) {
		int v;
		enum ask a = ask_number(in, 1, N_ROLES, &v);
		if (a == ASK_EOF || a == ASK_STOP)
			return false;
		if (a == ASK_VALUE)
			role = v - 1;
		else
			puts("Kies je rol: zonder rol kan spiegel je antwoorden niet verwerken.");
	}
	struct feedback_response *r = feedback_response_create(f->round, f->form, role, rnd);
	if (!r)
		return false;
	*rp = r;
	for (size_t i = 0; i < f->n_items;) {
		const struct feedback_form_item *it = &f->items[i];
		cli_printf("\nVraag %zu van %zu\n%s\n", i + 1, f->n_items, it->text);
		for (int k = 0; k < CONTENT_SCALE_POINTS; k++)
			cli_printf("  %d. %s\n", k + 1, it->scale[k]);
		puts("  0. " FEEDBACK_UNKNOWN_LABEL " (telt niet mee)");
		int v;
		enum ask a = ask_number(in, 0, CONTENT_SCALE_POINTS, &v);
		if (a == ASK_STOP)
			return false;
		if (a == ASK_EOF)
			return true; /* what was answered so far */
		if (a == ASK_BACK) {
			if (i > 0)
				i--;
			continue;
		}
		if (!feedback_response_set(r, it->id, a == ASK_VALUE ? v : -1))
			return false;
		i++;
	}
	for (int k = 0; k < N_OPEN; k++) {
		printf("\n%s (één regel; een lege regel slaat over)\n> ",
		       feedback_open_question(k));
		fflush(stdout);
		char *l = read_line(in);
		if (!l)
			return true;
		if (strcmp(l, "stop") == 0) {
			free(l);
			return false;
		}
		if (!feedback_response_set_open(r, k, l))
			printf("Dat antwoord is te lang of bevat een stuurteken; het is niet "
			       "meegenomen.\n");
		free(l);
	}
	return true;
}

/* Where an answer goes: -o, or feedback-ROUND-RESPONSE.json here. */
struct observe_out {
	const struct opts *o;
	const char *form_path;
	char def[160];
	struct opts w; /* with the output the file went to */
};

/* Write the answer file (the TUI's save, and plain mode's). */
static bool observe_write(void *ctx, const struct feedback_response *r, struct diag *d)
{
	struct observe_out *x = ctx;
	snprintf(x->def, sizeof(x->def), "feedback-%.6s-%.6s.json", r->round, r->response);
	x->w = with_output(x->o, x->def);
	size_t len;
	char *json = feedback_response_to_json(r, &len);
	struct store_inputs in;
	store_inputs_init(&in);
	int status = EXIT_DATA;
	if (!json || !store_inputs_add(&in, x->form_path))
		diag_add(d, "onvoldoende geheugen");
	else
		status = write_output(&x->w, json, len, &in, false, d);
	store_inputs_finish(&in);
	free(json);
	return status == EXIT_OK;
}

/* After the file was written: where it is, and what to do with it. */
static void observe_written(const struct observe_out *x, const struct feedback_form *f,
			    const struct feedback_response *r)
{
	if (to_stdout(&x->w))
		return;
	int open = (r->open[0] != NULL) + (r->open[1] != NULL);
	cli_printf("\nJe antwoorden staan in %s (%zu %s, %s open %s).\n", x->w.output, r->n_answers,
		   r->n_answers == 1 ? "vraag" : "vragen",
		   open == 2   ? "2"
		   : open == 1 ? "1"
			       : "geen",
		   open == 2 ? "antwoorden" : "antwoord");
	cli_printf("Er staat geen naam in, wel je rol. Stuur het bestand naar %s.\n",
		   feedback_leader(f->name, false));
}

/* Full screen: the same questions, the same file. */
static int observe_tui(struct observe_out *x, const struct feedback_form *f,
		       const unsigned char rnd[FEEDBACK_ID_BYTES], struct diag *d)
{
	if (to_stdout(x->o)) {
		diag_add(d, "-o - (naar stdout) kan alleen met --plain; geef een bestandsnaam "
			    "met -o of laat -o weg");
		return EXIT_DATA;
	}
	int status = cli_check_terminal();
	if (status != EXIT_OK)
		return status;
	struct tui_observe_args ta = {.form = f, .rnd = rnd, .save = observe_write, .ctx = x};
	struct feedback_response *r = NULL;
	if (tui_observe(&ta, &r) != 0 || !r) {
		diag_add(d, "gestopt: er is niets opgeslagen");
		return EXIT_DATA;
	}
	observe_written(x, f, r);
	feedback_response_destroy(r);
	return EXIT_OK;
}

int cmd_observe(const struct opts *o, int n_args, const char *const *args)
{
	(void)n_args;
	const char *form_path = args[0];
	struct diag d;
	diag_init(&d);
	struct feedback_form *f = feedback_form_load(form_path, &d);
	if (!f) {
		print_diag(&d);
		diag_finish(&d);
		return EXIT_DATA;
	}
	struct observe_out x = {.o = o, .form_path = form_path};
	unsigned char rnd[FEEDBACK_ID_BYTES];
	struct feedback_response *r = NULL;
	int status = EXIT_DATA;
	if (!os_random(rnd, sizeof(rnd))) {
		diag_add(&d, "geen willekeur beschikbaar voor een antwoord-id");
	} else if (!o->plain) {
		status = observe_tui(&x, f, rnd, &d);
	} else if (!observe_ask(stdin, f, &r, rnd) || !r) {
		diag_add(&d, r ? "gestopt: er is niets opgeslagen"
			       : "gestopt zonder rol: er is niets opgeslagen");
	} else if (observe_write(&x, r, &d)) {
		status = EXIT_OK;
		observe_written(&x, f, r);
	}
	print_diag(&d);
	diag_finish(&d);
	feedback_response_destroy(r);
	feedback_form_destroy(f);
	return status;
}

bool feedback_build(const struct opts *o, const struct store *st, const char *spath, int n,
		    const char *const *paths, enum report_format f, struct fb_run *run,
		    struct fb_report *out, struct fb_use *use)
{
	memset(out, 0, sizeof(*out));
	struct fb_ctx x;
	memset(&x, 0, sizeof(x));
	x.raw = load_content(o);
	if (!x.raw) {
		diag_add(&run->msgs, "de vragenlijsten konden niet worden geladen");
		return false;
	}
	bool ok = false;
	struct session *self = NULL;
	struct score_result sr;
	bool scored = false;
	struct feedback_set *fs = NULL;
	struct feedback_result res;
	bool computed = false;
	if (spath) {
		self = session_load(spath, &run->msgs);
		run->failed |= !store_inputs_add(&run->inputs, spath);
		const struct questionnaire *sq =
		    self ? content_find(x.raw, self->questionnaire) : NULL;
		if (self && !sq)
			diag_add(&run->msgs, "%s: vragenlijst \"%s\" is niet beschikbaar", spath,
				 self->questionnaire);
		if (!sq || !session_validate(self, sq, &run->msgs))
			goto done;
	}
	for (int i = 0; i < n; i++)
		walk(run, paths[i], 0);
	const char *rid = run->failed ? NULL : choose_round(o, run);
	if (!rid || !find_round(o, st, run, rid, &x))
		goto done;
	if (self && (strcmp(self->questionnaire, x.q->id) != 0 ||
		     strcmp(self->version, x.q->version) != 0)) {
		diag_add(&run->msgs,
			 "sessie %s is van %s %s, de feedbackronde van %s %s: kies een sessie van "
			 "dezelfde vragenlijst",
			 self->id, self->questionnaire, self->version, x.q->id, x.q->version);
		goto done;
	}
	fs = collect(run, &x);
	if (self)
		scored = score_compute(x.view->catalogue, x.q, self, &sr);
	uint64_t seed = 0;
	if (run->failed || (self && !scored) || !os_random(&seed, sizeof(seed)) ||
	    !(computed = feedback_compute(fs, self, self ? &sr : NULL, seed, &res))) {
		diag_add(&run->msgs, "onvoldoende geheugen of geen willekeur");
		goto done;
	}
	if (res.n == 0) {
		diag_add(&run->msgs, "geen bruikbare antwoordbestanden van ronde %s", x.round_id);
		goto done;
	}
	if (use) {
		use->status = use->run(use, x.view, self, x.q, self ? &sr : NULL, &res);
		ok = true;
		goto done;
	}
	struct feedback_report_input in = {
	    .round = x.round,
	    .round_id = x.round_id,
	    .form = x.form,
	    .res = &res,
	    .self = self,
	    .self_score = self ? &sr : NULL,
	    .why = run->why,
	};
	out->n = res.n;
	out->shown = res.shown;
	out->text = report_feedback(f, &in, &out->len);
	out->skipped = report_feedback_skipped(&in.why);
	ok = out->text != NULL;
	if (!ok)
		diag_add(&run->msgs, "onvoldoende geheugen");
done:
	if (computed)
		feedback_result_finish(&res);
	if (scored)
		score_finish(&sr);
	feedback_set_destroy(fs);
	session_destroy(self);
	feedback_round_destroy(x.round);
	content_destroy(x.view);
	content_destroy(x.raw);
	return ok;
}

void fb_report_finish(struct fb_report *r)
{
	free(r->text);
	free(r->skipped);
	memset(r, 0, sizeof(*r));
}

/* The report into o->output (never over a file read) or stdout, and what
 * was written. */
static int write_report(const struct opts *o, const struct fb_report *rep,
			const struct store_inputs *read)
{
	struct diag d;
	diag_init(&d);
	int status = write_output(o, rep->text, rep->len, read, false, &d);
	print_diag(&d);
	diag_finish(&d);
	if (status == EXIT_OK && o->output && !to_stdout(o)) {
		cli_printf("Feedbackrapport geschreven: %s (%zu %s%s)\n", o->output, rep->n,
			   rep->n == 1 ? "antwoord" : "antwoorden",
			   rep->shown ? "" : "; te weinig om iets van anderen te tonen");
		if (rep->skipped && *rep->skipped)
			cli_printf("%s Zie de meldingen hierboven.\n", rep->skipped);
	} else if (status == EXIT_OK && !rep->shown) {
		fprintf(stderr, "spiegel: %zu %s; cijfers van anderen pas vanaf %d\n", rep->n,
			rep->n == 1 ? "antwoord" : "antwoorden", FEEDBACK_MIN_OBSERVERS);
	}
	return status;
}

/* spiegel plan new SESSIE --feedback PAD...: the voornemens dialogue on the
 * steps of the feedback report (blind spots first, then the session's own),
 * about the session; only the steps reach a voornemen, never a figure or an
 * answer of another. */
static int feedback_plans(struct fb_use *u, const struct content *view, const struct session *self,
			  const struct questionnaire *q, const struct score_result *sr,
			  const struct feedback_result *res)
{
	struct score_result fr = *sr; /* a view: never finished */
	memcpy(fr.steps, res->steps, sizeof(fr.steps));
	fr.n_steps = res->n_steps;
	size_t blind = 0;
	for (size_t i = 0; i < res->n_steps; i++)
		blind += res->steps_from_blind[i];
	if (blind && blind == res->n_steps)
		cli_printf("%s bij je blinde %s: wat anderen minder zien dan jij.\n",
			   blind == 1 ? "Deze stap hoort" : "Deze stappen horen",
			   blind == 1 ? "vlek" : "vlekken");
	else if (blind == 1)
		cli_printf("De eerste stap hoort bij je blinde vlek: wat anderen minder zien dan "
			   "jij. De andere komen uit je eigen antwoorden.\n");
	else if (blind)
		cli_printf("De eerste %zu stappen horen bij je blinde vlekken: wat anderen minder "
			   "zien dan jij. De andere komen uit je eigen antwoorden.\n",
			   blind);
	else
		cli_printf("Deze ronde toont geen blinde vlekken%s; de stappen komen uit je eigen "
			   "antwoorden.\n",
			   res->shown ? "" : " (te weinig antwoorden)");
	struct plan_io io;
	plan_io_init(&io, view, u->st, stdin, stdout);
	bool ok = plan_dialog_new(&io, self, q, &fr);
	plan_io_finish(&io);
	return ok ? EXIT_OK : EXIT_DATA;
}

static int feedback_run(const struct opts *o, const char *session_arg, int n,
			const char *const *paths, bool plans)
{
	enum report_format f = REPORT_TEXT;
	if (o->format && !report_feedback_format_parse(o->format, &f))
		return usage_error("onbekend formaat (kies text, markdown, html, json of csv): ",
				   o->format);
	if (o->round && !feedback_id_ok(o->round))
		return usage_error("--round verwacht een ronde-id (16 tekens 0-9 en a-f): ",
				   o->round);
	for (int i = 0; i < n; i++)
		if (access(paths[i], F_OK) != 0) {
			cli_warn("%s: bestaat niet", paths[i]);
			return EXIT_DATA;
		}
	struct store st;
	if (!open_store(o, &st))
		return EXIT_DATA;
	struct diag d;
	diag_init(&d);
	char *spath = session_arg ? store_find_session(&st, session_arg, &d) : NULL;
	print_diag(&d);
	diag_finish(&d);
	int status = EXIT_DATA;
	if (!session_arg || spath) {
		struct fb_run run;
		run_init(&run);
		struct fb_report rep;
		struct fb_use use = {feedback_plans, &st, EXIT_DATA};
		bool ok =
		    feedback_build(o, &st, spath, n, paths, f, &run, &rep, plans ? &use : NULL);
		print_diag(&run.msgs);
		if (ok)
			status = plans ? use.status : write_report(o, &rep, &run.inputs);
		fb_report_finish(&rep);
		run_finish(&run);
	}
	free(spath);
	store_finish(&st);
	return status;
}

char *cli_feedback_page(void *ctx, const char *session_path, const char *dir, struct diag *msgs)
{
	const struct cli_feedback_ctx *x = ctx;
	struct fb_run run;
	run_init(&run);
	struct fb_report rep;
	const char *paths[] = {dir};
	char *text = NULL;
	if (feedback_build(x->o, x->st, session_path, 1, paths, REPORT_TEXT, &run, &rep, NULL)) {
		text = rep.text;
		rep.text = NULL;
	}
	for (size_t i = 0; i < diag_count(&run.msgs); i++)
		diag_add(msgs, "%s", diag_msg(&run.msgs, i));
	fb_report_finish(&rep);
	run_finish(&run);
	return text;
}

int cmd_feedback(const struct opts *o, int n, const char *const *paths)
{
	return feedback_run(o, NULL, n, paths, false);
}

int cmd_report_feedback(const struct opts *o, const char *session, int n, const char *const *paths)
{
	if (o->focus)
		return usage_error("--focus en --feedback gaan niet samen", "");
	return feedback_run(o, session, n, paths, false);
}

int cmd_plan_feedback(const struct opts *o, const char *session, int n, const char *const *paths)
{
	if (o->format || o->output)
		return usage_error("'plan new SESSIE --feedback' schrijft geen rapport (zonder "
				   "--format en -o)",
				   "");
	return feedback_run(o, session, n, paths, true);
}
