/* Commands for voornemens and the portfolio: spiegel plan [show|update|new|
 * delete] and spiegel portfolio [mark|unmark] (doc/plan.md). The figures
 * and texts come from the core (plan_*, portfolio_*); this file finds the
 * files, asks and prints. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "cmd_feedback.h"
#include "plan_dialog.h"
#include "spiegel/date.h"
#include "spiegel/plan.h"
#include "spiegel/portfolio.h"
#include "spiegel/report.h"

/* What every command here needs: the content in the user's sector, the
 * store and the directory of voornemens. */
struct env {
	struct content *raw, *c;
	struct store st;
	bool store_open;
	char *dir;
	long today;
};

static void env_finish(struct env *e)
{
	free(e->dir);
	if (e->store_open)
		store_finish(&e->st);
	content_destroy(e->c);
	content_destroy(e->raw);
}

static bool env_open(const struct opts *o, struct env *e)
{
	memset(e, 0, sizeof(*e));
	e->today = plan_today();
	e->raw = load_content(o);
	if (!e->raw || !(e->store_open = open_store(o, &e->st)))
		return false;
	/* a person's own outputs: the sector of their latest session */
	e->c = localize_content(e->raw, session_latest_sector(&e->st, e->raw, NULL));
	if (!e->c)
		return false;
	struct diag d;
	diag_init(&d);
	bool ok = plan_dir(&e->st, &e->dir, &d);
	print_diag(&d);
	diag_finish(&d);
	return ok; /* temp files were cleaned when the store opened */
}

/* The user's own sessions (not hand-ins), all that can be read; the others
 * counted in *bad. */
static struct session **own_sessions(const struct env *e, size_t *n, size_t *bad)
{
	char **ids;
	size_t k;
	struct diag d;
	diag_init(&d);
	*n = *bad = 0;
	struct session **v = NULL;
	if (store_list_sessions(&e->st, &ids, &k, &d)) {
		v = calloc(k + 1, sizeof(*v));
		for (size_t i = 0; v && i < k; i++) {
			struct diag d2;
			diag_init(&d2);
			struct session *s = session_load_id(&e->st, ids[i], &d2);
			if (!s)
				(*bad)++;
			else if (s->handin)
				session_destroy(s);
			else
				v[(*n)++] = s;
			diag_finish(&d2);
		}
		store_free_list(ids, k);
	}
	diag_finish(&d);
	return v;
}

static void free_sessions(struct session **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		session_destroy(v[i]);
	free(v);
}

static int plan_list_cmd(const struct opts *o)
{
	struct env e;
	int status = EXIT_DATA;
	if (!env_open(o, &e))
		goto out;
	struct diag d;
	diag_init(&d);
	struct plan **v;
	size_t n, bad, ns, sbad;
	if (plan_list(e.dir, &v, &n, &bad, &d)) {
		plan_sort(v, n, e.today);
		struct session **s = own_sessions(&e, &ns, &sbad);
		char *text =
		    plan_list_text(v, n, e.today, e.c, (const struct session *const *)s, ns);
		if (text)
			cli_printf("%s", text);
		free(text);
		free_sessions(s, ns);
		plan_list_free(v, n);
		status = text && !bad ? EXIT_OK : EXIT_DATA;
		if (bad)
			cli_warn("%zu %s niet worden gelezen (zie hierboven)", bad,
				 bad == 1 ? "voornemen kon" : "voornemens konden");
	}
	print_diag(&d);
	diag_finish(&d);
out:
	env_finish(&e);
	return status;
}

/* The voornemen id of dir, loaded; NULL with a message. */
static struct plan *load_plan(const struct env *e, const char *id, struct diag *d)
{
	return plan_load_id(e->dir, id, d);
}

static int plan_show_cmd(const struct opts *o, const char *id)
{
	struct env e;
	int status = EXIT_DATA;
	struct diag d;
	diag_init(&d);
	struct plan *p = NULL;
	struct session **s = NULL;
	size_t ns = 0, sbad;
	if (!env_open(o, &e) || !(p = load_plan(&e, id, &d)))
		goto out;
	struct plan_change ch = {0}, *chp = NULL;
	if (p->closed) {
		s = own_sessions(&e, &ns, &sbad);
		const struct session *redone = plan_redone(p, (const struct session *const *)s, ns);
		const struct session *from = NULL;
		for (size_t i = 0; i < ns; i++)
			if (strcmp(s[i]->id, p->session) == 0)
				from = s[i];
		const struct questionnaire *qo =
		    from ? content_find(e.c, from->questionnaire) : NULL;
		const struct questionnaire *qn =
		    redone ? content_find(e.c, redone->questionnaire) : NULL;
		struct diag vd;
		diag_init(&vd);
		if (qo && qn && session_validate(from, qo, &vd) &&
		    session_validate(redone, qn, &vd)) {
			ch = (struct plan_change){qo, qn, from, redone};
			chp = &ch;
		} else if (redone && !from) {
			cli_printf("(De sessie waar dit voornemen uit kwam, %s, is er niet meer; "
				   "er valt niets te vergelijken.)\n",
				   p->session);
		}
		diag_finish(&vd);
	}
	char *text = plan_show_text(p, e.today, e.c, chp);
	if (text) {
		cli_printf("%s", text);
		status = EXIT_OK;
	} else {
		diag_add(&d, "onvoldoende geheugen");
	}
	free(text);
out:
	print_diag(&d);
	diag_finish(&d);
	free_sessions(s, ns);
	plan_destroy(p);
	env_finish(&e);
	return status;
}

/* The session at arg with its questionnaire (in e->c) and its score; false
 * after a message. */
static struct session *scored_session(struct env *e, const char *arg,
				      const struct questionnaire **q, struct score_result *r)
{
	struct diag d;
	diag_init(&d);
	char *path = store_find_session(&e->st, arg, &d);
	print_diag(&d);
	diag_finish(&d);
	struct session *s = path ? load_session(e->raw, path, q) : NULL;
	free(path);
	if (s && s->handin) {
		cli_warn("%s is een inleverbestand, geen sessie van jezelf; kies de sessie zelf "
			 "(spiegel list --sessions)",
			 arg);
		session_destroy(s);
		return NULL;
	}
	if (!s)
		return NULL;
	/* the texts in the session's own sector */
	content_destroy(e->c);
	e->c = localize_content(e->raw, session_sector(s, *q, &e->st, e->raw));
	*q = e->c ? content_find(e->c, (*q)->id) : NULL;
	if (!*q || !score_compute(e->c->catalogue, *q, s, r)) {
		cli_warn("onvoldoende geheugen");
		session_destroy(s);
		return NULL;
	}
	return s;
}

static int plan_new_cmd(const struct opts *o, const char *arg)
{
	struct env e;
	int status = EXIT_DATA;
	const struct questionnaire *q;
	struct score_result r;
	struct session *s = env_open(o, &e) ? scored_session(&e, arg, &q, &r) : NULL;
	if (s) {
		struct plan_io io;
		plan_io_init(&io, e.c, &e.st, stdin, stdout);
		if (r.n_steps == 0)
			cli_printf(
			    "Deze sessie heeft (nog) geen voorgestelde stappen; je kunt wel een "
			    "eigen voornemen maken.\n");
		bool ok = plan_dialog_new(&io, s, q, &r);
		status = ok ? EXIT_OK : EXIT_DATA;
		plan_io_finish(&io);
		score_finish(&r);
		session_destroy(s);
	}
	env_finish(&e);
	return status;
}

static int plan_update_cmd(const struct opts *o, const char *id)
{
	struct env e;
	int status = EXIT_DATA;
	if (env_open(o, &e)) {
		struct plan_io io;
		plan_io_init(&io, e.c, &e.st, stdin, stdout);
		io.today = e.today;
		status = plan_dialog_review(&io, id);
		plan_io_finish(&io);
	}
	env_finish(&e);
	return status;
}

static int plan_delete_cmd(const struct opts *o, const char *id)
{
	struct env e;
	int status = EXIT_DATA;
	struct diag d;
	diag_init(&d);
	struct plan *p = env_open(o, &e) ? load_plan(&e, id, &d) : NULL;
	if (p && plan_delete(e.dir, id, &d)) {
		cli_printf("Voornemen %s is verwijderd.\n", id);
		status = EXIT_OK;
	}
	print_diag(&d);
	diag_finish(&d);
	plan_destroy(p);
	env_finish(&e);
	return status;
}

int cmd_plan(const struct opts *o, int argc, const char *const *argv)
{
	const char *sub = argc ? argv[0] : "list";
	static const struct {
		const char *name;
		int args; /* operands after the subcommand */
		const char *usage;
	} subs[] = {
	    {"list", 0, "'plan' heeft geen argumenten"},
	    {"show", 1, "'plan show' verwacht de id van een voornemen"},
	    {"update", 1, "'plan update' verwacht de id van een voornemen"},
	    {"new", 1, "'plan new' verwacht een SESSIE"},
	    {"delete", 1, "'plan delete' verwacht de id van een voornemen"},
	};
	if (o->feedback && (strcmp(sub, "new") != 0 || argc < 3))
		return usage_error(
		    "--feedback hoort bij 'spiegel plan new SESSIE --feedback PAD...'", "");
	if (o->feedback)
		return cmd_plan_feedback(o, argv[1], argc - 2, argv + 2);
	for (size_t i = 0; i < sizeof(subs) / sizeof(subs[0]); i++) {
		if (strcmp(sub, subs[i].name) != 0)
			continue;
		if (argc - (argc > 0) != subs[i].args)
			return usage_error(subs[i].usage, "");
		const char *arg = subs[i].args ? argv[1] : NULL;
		switch (i) {
		case 0:
			return plan_list_cmd(o);
		case 1:
			return plan_show_cmd(o, arg);
		case 2:
			return plan_update_cmd(o, arg);
		case 3:
			return plan_new_cmd(o, arg);
		default:
			return plan_delete_cmd(o, arg);
		}
	}
	return usage_error("onbekend: spiegel plan ", sub);
}

/* ------------------------------------------------------------ portfolio */

/* spiegel portfolio mark SESSIE [ITEM...] / unmark SESSIE ITEM... */
static int marks_cmd(const struct opts *o, bool on, int argc, const char *const *argv)
{
	struct env e;
	int status = EXIT_DATA;
	const struct questionnaire *q;
	struct score_result r;
	struct session *s = env_open(o, &e) ? scored_session(&e, argv[0], &q, &r) : NULL;
	if (!s)
		goto out;
	score_finish(&r);
	if (argc == 1) {
		struct plan_io io;
		plan_io_init(&io, e.c, &e.st, stdin, stdout);
		status = plan_dialog_marks(&io, s, q, false) ? EXIT_OK : EXIT_DATA;
		plan_io_finish(&io);
		goto out;
	}
	struct diag d;
	diag_init(&d);
	for (int i = 1; i < argc; i++) {
		const struct item *it = content_find_item(q, argv[i]);
		struct answer a = it ? session_get(s, it->id) : (struct answer){0};
		if (!it || it->type != ITEM_OPEN)
			diag_add(&d, "%s: geen open vraag van \"%s\"", argv[i], q->title);
		else if (on && a.kind != ANSWER_TEXT)
			diag_add(&d, "%s: deze vraag heeft in sessie %s geen antwoord", argv[i],
				 s->id);
	}
	char *path = portfolio_marks_path(e.dir);
	char host[256] = "?";
	gethostname(host, sizeof(host) - 1);
	struct portfolio_marks m;
	portfolio_marks_init(&m);
	int lock = -1;
	if (!diag_count(&d) && path &&
	    (lock = portfolio_marks_lock(e.dir, host, (long)getpid(), &d)) >= 0 &&
	    portfolio_marks_load(path, &m, &d)) {
		bool ok = true;
		for (int i = 1; ok && i < argc; i++)
			ok = portfolio_mark(&m, s->id, argv[i], on, &d);
		if (ok && portfolio_marks_save(&m, path, e.st.io, time(NULL), &d)) {
			for (int i = 1; i < argc; i++)
				cli_printf("%s %s: %s\n", s->id, argv[i],
					   on ? "in je portfolio" : "niet in je portfolio (privé)");
			status = EXIT_OK;
		}
	}
	store_unlock(lock);
	portfolio_marks_finish(&m);
	free(path);
	print_diag(&d);
	diag_finish(&d);
out:
	session_destroy(s);
	env_finish(&e);
	return status;
}

int cmd_portfolio_marks(const struct opts *o, int argc, const char *const *argv)
{
	bool on = strcmp(argv[0], "mark") == 0;
	if (argc < (on ? 2 : 3))
		return usage_error(on ? "'portfolio mark' verwacht een SESSIE (en vragen)"
				      : "'portfolio unmark' verwacht een SESSIE en vragen",
				   "");
	return marks_cmd(o, on, argc - 1, argv + 1);
}

/* The format of the portfolio: --format, else the name of -o (.html or
 * .htm: HTML), else markdown. */
static bool portfolio_format(const struct opts *o, enum report_format *f)
{
	*f = REPORT_MARKDOWN;
	if (o->format) {
		if (strcmp(o->format, "markdown") == 0 || strcmp(o->format, "md") == 0)
			return true;
		if (strcmp(o->format, "html") == 0) {
			*f = REPORT_HTML;
			return true;
		}
		return false;
	}
	size_t n = o->output ? strlen(o->output) : 0;
	if ((n > 5 && strcmp(o->output + n - 5, ".html") == 0) ||
	    (n > 4 && strcmp(o->output + n - 4, ".htm") == 0))
		*f = REPORT_HTML;
	return true;
}

static bool period_date(const char *arg, const char *opt, long *day)
{
	*day = DATE_NONE;
	if (!arg)
		return true;
	if (date_parse(arg, day))
		return true;
	cli_warn("%s verwacht een datum als 2026-12-15 of 15-12-2026: %s", opt, arg);
	return false;
}

/* The feedback rounds of --feedback PAD...: every round the answer files
 * belong to, each counted as `spiegel feedback --round ID` counts it
 * (without a session of the leader: the portfolio shows the own scores
 * itself). Only the figures go on. */
struct pf_rounds {
	struct fb_ctx *x;
	struct feedback_set **fs;
	struct feedback_result *res;
	struct portfolio_feedback *v;
	size_t n;
};

static void rounds_finish(struct pf_rounds *r)
{
	for (size_t i = 0; i < r->n; i++) {
		feedback_result_finish(&r->res[i]);
		feedback_set_destroy(r->fs[i]);
		feedback_round_destroy(r->x[i].round);
		content_destroy(r->x[i].view);
	}
	free(r->x);
	free(r->fs);
	free(r->res);
	free(r->v);
}

static bool rounds_collect(const struct opts *o, struct env *e, struct fb_run *run, int argc,
			   const char *const *argv, struct pf_rounds *r)
{
	memset(r, 0, sizeof(*r));
	for (int i = 0; i < argc; i++)
		walk(run, argv[i], 0);
	size_t cap = run->n + 1;
	r->x = calloc(cap, sizeof(*r->x));
	r->fs = calloc(cap, sizeof(*r->fs));
	r->res = calloc(cap, sizeof(*r->res));
	r->v = calloc(cap, sizeof(*r->v));
	if (run->failed || !r->x || !r->fs || !r->res || !r->v)
		return false;
	for (size_t i = 0; i < run->n; i++) {
		const char *id = run->files[i].r->round;
		bool seen = false;
		for (size_t k = 0; k < i && !seen; k++)
			seen = strcmp(run->files[k].r->round, id) == 0;
		if (seen)
			continue;
		struct fb_ctx *x = &r->x[r->n];
		x->raw = e->raw;
		if (!find_round(o, &e->st, run, id, x)) {
			feedback_round_destroy(x->round);
			content_destroy(x->view);
			memset(x, 0, sizeof(*x));
			continue;
		}
		struct feedback_set *fs =
		    feedback_set_create(x->view->catalogue, x->q, id, x->form);
		for (size_t k = 0; fs && k < run->n; k++) {
			if (strcmp(run->files[k].r->round, id) != 0)
				continue;
			struct diag d;
			diag_init(&d);
			if (feedback_set_add(fs, run->files[k].r, run->files[k].path, &d) ==
			    FEEDBACK_NOMEM)
				run->failed = true;
			for (size_t m = 0; m < diag_count(&d); m++)
				cli_warn("overgeslagen: %s", diag_msg(&d, m));
			diag_finish(&d);
		}
		r->fs[r->n] = fs;
		/* the order of open answers needs no randomness: none is shown */
		if (!fs || !feedback_compute(fs, NULL, NULL, 0, &r->res[r->n])) {
			feedback_set_destroy(fs);
			feedback_round_destroy(x->round);
			content_destroy(x->view);
			return false;
		}
		long day = DATE_NONE;
		if (!x->round || !date_from_stamp(x->round->created, &day))
			day = DATE_NONE;
		/* the figures in the catalogue of the portfolio (the same
		 * practices at the same indices), the title in its words */
		const struct questionnaire *pq = content_find(e->c, x->q->id);
		r->v[r->n] =
		    (struct portfolio_feedback){pq ? pq->title : x->q->title, day, &r->res[r->n]};
		r->n++;
	}
	return !run->failed;
}

/* The name on the portfolio: when every session that has one agrees. */
static const char *common_name(struct session *const *s, size_t ns)
{
	const char *who = NULL;
	for (size_t i = 0; i < ns; i++) {
		if (!s[i]->participant[0])
			continue;
		if (who && strcmp(who, s[i]->participant) != 0)
			return NULL;
		who = s[i]->participant;
	}
	return who;
}

/* Every file read is an input the output never replaces. */
static bool record_inputs(struct store_inputs *read, struct env *e, const char *mpath,
			  struct session *const *s, size_t ns, struct plan *const *v, size_t nv)
{
	bool rec = store_inputs_add(read, mpath);
	for (size_t i = 0; rec && i < ns; i++) {
		char *p = store_session_path(&e->st, s[i]->id);
		rec = p && store_inputs_add(read, p);
		free(p);
	}
	for (size_t i = 0; rec && i < nv; i++) {
		char *p = plan_path(e->dir, v[i]->id);
		rec = p && store_inputs_add(read, p);
		free(p);
	}
	return rec;
}

int cmd_portfolio(const struct opts *o, int argc, const char *const *argv)
{
	if (argc && !o->feedback)
		return usage_error("onbekend: spiegel portfolio ", argv[0]);
	if (o->feedback && !argc)
		return usage_error("--feedback verwacht de antwoordbestanden (of mappen ermee) van "
				   "feedbackrondes",
				   "");
	for (int i = 0; i < argc; i++)
		if (access(argv[i], F_OK) != 0) {
			cli_warn("%s: bestaat niet", argv[i]);
			return EXIT_DATA;
		}
	enum report_format f;
	if (!portfolio_format(o, &f))
		return usage_error("onbekend formaat (kies markdown of html): ", o->format);
	long from, to;
	if (!period_date(o->from, "--from", &from) || !period_date(o->to, "--to", &to))
		return EXIT_USAGE;
	if (from != DATE_NONE && to != DATE_NONE && from > to)
		return usage_error("--from ligt na --to", "");
	struct env e;
	int status = EXIT_DATA;
	struct session **s = NULL;
	struct plan **v = NULL;
	size_t ns = 0, nv = 0, sbad = 0, pbad = 0;
	struct portfolio_marks m;
	portfolio_marks_init(&m);
	struct diag d;
	diag_init(&d);
	struct fb_run run;
	memset(&run, 0, sizeof(run));
	store_inputs_init(&run.inputs);
	struct pf_rounds rounds;
	memset(&rounds, 0, sizeof(rounds));
	struct store_inputs *read = &run.inputs; /* the answer files, and all below */
	char *mpath = NULL;
	if (!env_open(o, &e))
		goto out;
	if (o->feedback && !rounds_collect(o, &e, &run, argc, argv, &rounds)) {
		diag_add(&d, "de feedbackrondes konden niet worden gelezen (onvoldoende geheugen)");
		goto out;
	}
	s = own_sessions(&e, &ns, &sbad);
	mpath = portfolio_marks_path(e.dir);
	if (!s || !mpath || !plan_list(e.dir, &v, &nv, &pbad, &d) ||
	    !portfolio_marks_load(mpath, &m, &d))
		goto out;
	const char *who = common_name(s, ns);
	bool rec = record_inputs(read, &e, mpath, s, ns, v, nv);
	struct portfolio_input in = {
	    .content = e.c,
	    .sessions = (const struct session *const *)s,
	    .n_sessions = ns,
	    .plans = (const struct plan *const *)v,
	    .n_plans = nv,
	    .marks = &m,
	    .from = from,
	    .to = to,
	    .today = e.today,
	    .who = who,
	    .unreadable = sbad + pbad,
	    .feedback = rounds.v,
	    .n_feedback = rounds.n,
	    .feedback_given = o->feedback,
	};
	size_t len;
	char *text = rec ? portfolio_render(f, &in, &len) : NULL;
	if (!text) {
		diag_add(&d, "onvoldoende geheugen");
	} else if ((status = write_output(o, text, len, read, false, &d)) == EXIT_OK && o->output &&
		   strcmp(o->output, "-") != 0) {
		cli_printf("Portfolio geschreven: %s\n", o->output);
	}
	if (sbad + pbad)
		cli_warn("%zu %s niet worden gelezen; het portfolio zegt dat op de eerste pagina",
			 sbad + pbad, sbad + pbad == 1 ? "bestand kon" : "bestanden konden");
	free(text);
out:
	print_diag(&d);
	diag_finish(&d);
	rounds_finish(&rounds);
	run_finish(&run);
	free(mpath);
	portfolio_marks_finish(&m);
	plan_list_free(v, nv);
	free_sessions(s, ns);
	env_finish(&e);
	return status;
}
