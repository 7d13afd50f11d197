/* The portfolio (see include/spiegel/portfolio.h and doc/plan.md): what a
 * school leader's sessions, voornemens and chosen reflections show over a
 * period, grouped by the domains of the catalogue and ordered by time.
 * Figures come from score_compute and report_compare_practices only; no
 * figure is computed here. */
#include "spiegel/portfolio.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plan_internal.h"
#include "portfolio_doc.h"
#include "report_internal.h"
#include "spiegel/date.h"
#include "spiegel/score.h"

/* A session in the portfolio, scored, with its change since the previous
 * session of the same questionnaire in the period (cmp, or NULL). */
struct pf_session {
	const struct session *s;
	const struct questionnaire *q;
	long day;
	struct score_result r;
	bool scored;
	struct compare_practice *cmp;
};

struct pf {
	const struct portfolio_input *in;
	const struct catalogue *cat;
	struct pf_session *v;
	size_t n;
	const struct plan **plans;
	size_t n_plans;
	size_t unfinished, unknown, outside, outside_plans, reflections;
	bool failed;
};

static bool in_period(const struct portfolio_input *in, long day)
{
	return (in->from == DATE_NONE || day >= in->from) && (in->to == DATE_NONE || day <= in->to);
}

static int cmp_session(const void *a, const void *b)
{
	const struct pf_session *x = a, *y = b;
	int c = strcmp(x->s->created, y->s->created);
	return c ? c : strcmp(x->s->id, y->s->id);
}

static int cmp_plan(const void *a, const void *b)
{
	const struct plan *x = *(const struct plan *const *)a, *y = *(const struct plan *const *)b;
	int c = strcmp(x->created, y->created);
	return c ? c : strcmp(x->id, y->id);
}

/* Whether plan p belongs in the period: made in it, or looked back on. */
static bool plan_in_period(const struct portfolio_input *in, const struct plan *p)
{
	long day;
	if (date_from_stamp(p->created, &day) && in_period(in, day))
		return true;
	for (size_t i = 0; i < p->n_reviews; i++)
		if (in_period(in, p->reviews[i].date))
			return true;
	return false;
}

static void pf_finish(struct pf *f)
{
	for (size_t i = 0; i < f->n; i++) {
		if (f->v[i].scored)
			score_finish(&f->v[i].r);
		free(f->v[i].cmp);
	}
	free(f->v);
	free(f->plans);
}

static bool pf_collect(struct pf *f, const struct portfolio_input *in)
{
	memset(f, 0, sizeof(*f));
	f->in = in;
	f->cat = in->content->catalogue;
	f->v = calloc(in->n_sessions + 1, sizeof(*f->v));
	f->plans = calloc(in->n_plans + 1, sizeof(*f->plans));
	if (!f->v || !f->plans)
		return false;
	for (size_t i = 0; i < in->n_sessions; i++) {
		const struct session *s = in->sessions[i];
		const struct questionnaire *q = content_find(in->content, s->questionnaire);
		struct diag d;
		diag_init(&d);
		bool fits = q && session_validate(s, q, &d);
		diag_finish(&d);
		long day;
		if (s->handin)
			continue; /* another person's copy: never in a portfolio */
		if (!s->finished)
			f->unfinished++;
		else if (!fits || !date_from_stamp(s->created, &day))
			f->unknown++;
		else if (!in_period(in, day))
			f->outside++;
		else
			f->v[f->n++] = (struct pf_session){.s = s, .q = q, .day = day};
	}
	qsort(f->v, f->n, sizeof(*f->v), cmp_session);
	for (size_t i = 0; i < f->n; i++) {
		struct pf_session *e = &f->v[i];
		if (!score_compute(f->cat, e->q, e->s, &e->r))
			return false;
		e->scored = true;
		for (size_t k = i; k-- > 0;) {
			const struct pf_session *pr = &f->v[k];
			if (strcmp(pr->q->id, e->q->id) != 0)
				continue;
			struct compare_input ci = {f->cat, pr->q, e->q, pr->s, e->s};
			e->cmp = calloc(f->cat->n_practices + 1, sizeof(*e->cmp));
			if (!e->cmp || !report_compare_practices(&ci, e->cmp))
				return false;
			break;
		}
	}
	for (size_t i = 0; i < in->n_plans; i++) {
		if (plan_in_period(in, in->plans[i]))
			f->plans[f->n_plans++] = in->plans[i];
		else
			f->outside_plans++;
	}
	qsort(f->plans, f->n_plans, sizeof(*f->plans), cmp_plan);
	for (size_t i = 0; i < f->n; i++)
		for (size_t k = 0; k < f->v[i].q->n_items; k++) {
			const struct item *it = &f->v[i].q->items[k];
			struct answer a = session_get(f->v[i].s, it->id);
			f->reflections += it->type == ITEM_OPEN && a.kind == ANSWER_TEXT &&
					  portfolio_marked(in->marks, f->v[i].s->id, it->id);
		}
	return true;
}

__attribute__((format(printf, 2, 0))) static char *vfmt(struct pf *f, const char *format,
							va_list ap)
{
	va_list ap2;
	va_copy(ap2, ap);
	char tmp[2];
	int n = vsnprintf(tmp, sizeof(tmp), format, ap2);
	va_end(ap2);
	char *s = n >= 0 ? malloc((size_t)n + 1) : NULL;
	if (s)
		vsnprintf(s, (size_t)n + 1, format, ap);
	if (!s) {
		f->failed = true;
		s = calloc(1, 1);
	}
	return s;
}

/* A formatted line for the document (malloc'd; "" on OOM, noted). */
__attribute__((format(printf, 2, 3))) static char *fmt(struct pf *f, const char *format, ...)
{
	va_list ap;
	va_start(ap, format);
	char *s = vfmt(f, format, ap);
	va_end(ap);
	return s;
}

/* A formatted list item of the document. */
__attribute__((format(printf, 3, 4))) static void item(struct pf *f, struct pdoc *d,
						       const char *format, ...)
{
	va_list ap;
	va_start(ap, format);
	char *s = vfmt(f, format, ap);
	va_end(ap);
	pd_item(d, s);
	free(s);
}

static void day_text(long day, char *buf, size_t size)
{
	date_format(day, buf, size);
}

static const char *level_name(const struct catalogue *c, int level)
{
	return level >= 0 && (size_t)level < c->n_levels ? c->levels[level].name : "";
}

/* ------------------------------------------------------------ first page */

static void period_text(const struct portfolio_input *in, char *buf, size_t size)
{
	char a[DATE_BUF], b[DATE_BUF];
	if (in->from != DATE_NONE)
		day_text(in->from, a, sizeof(a));
	if (in->to != DATE_NONE)
		day_text(in->to, b, sizeof(b));
	if (in->from != DATE_NONE && in->to != DATE_NONE)
		snprintf(buf, size, "Periode: %s tot en met %s", a, b);
	else if (in->from != DATE_NONE)
		snprintf(buf, size, "Periode: vanaf %s", a);
	else if (in->to != DATE_NONE)
		snprintf(buf, size, "Periode: tot en met %s", b);
	else
		snprintf(buf, size, "Periode: alles wat spiegel van je heeft");
}

static size_t questionnaires_used(const struct pf *f)
{
	size_t k = 0;
	for (size_t i = 0; i < f->n; i++) {
		bool seen = false;
		for (size_t j = 0; j < i && !seen; j++)
			seen = f->v[j].q == f->v[i].q;
		k += !seen;
	}
	return k;
}

/* The first page's list of what the portfolio leaves out. */
static void leaves_out(struct pdoc *d, struct pf *f)
{
	const struct portfolio_input *in = f->in;
	pd_heading(d, 2, "Wat dit portfolio niet bevat");
	pd_list_begin(d);
	pd_item(d, "Je andere antwoorden op open vragen: die blijven privé. Alleen wat je zelf "
		   "koos, staat erin.");
	pd_item(d, "Je antwoorden per vraag: alleen de cijfers per praktijk. De persoonlijke "
		   "kwaliteiten en het weerstandsprofiel staan in het rapport van elke sessie "
		   "(spiegel report SESSIE).");
	if (f->unfinished) {
		item(f, d, "Sessies die nog niet af zijn (%zu).", f->unfinished);
	}
	if (f->outside || f->outside_plans) {
		item(f, d, "Wat buiten de periode valt: %zu %s en %zu %s.", f->outside,
		     f->outside == 1 ? "sessie" : "sessies", f->outside_plans,
		     f->outside_plans == 1 ? "voornemen" : "voornemens");
	}
	if (f->unknown) {
		item(f, d,
		     "Sessies van een vragenlijst die spiegel niet (meer) heeft, of waarvan de "
		     "antwoorden er niet bij passen (%zu).",
		     f->unknown);
	}
	if (in->unreadable) {
		item(f, d, "Bestanden die spiegel niet kon lezen (%zu).", in->unreadable);
	}
	pd_item(d, "Wat anderen antwoordden: inleverbestanden, groepsrapporten en intervisie "
		   "komen er nooit in.");
	if (!in->feedback_given)
		pd_item(d, "Feedback van anderen: geen feedbackronde meegegeven (spiegel portfolio "
			   "--feedback PAD...).");
	pd_item(d, "Antwoordbestanden en open antwoorden van anderen: van een feedbackronde staan "
		   "alleen de cijfers van het rapport erin.");
	pd_item(d, "Namen van anderen, behalve wat je zelf bij \"met wie\" invulde: kijk of je "
		   "die namen wilt delen voordat je dit portfolio aan iemand geeft.");
	pd_list_end(d);
}

static void first_page(struct pdoc *d, struct pf *f)
{
	const struct portfolio_input *in = f->in;
	char line[160], when[DATE_BUF];
	pd_first_begin(d);
	pd_heading(d, 1, "Portfolio: mijn ontwikkeling als schoolleider");
	if (in->who && *in->who) {
		char *s = fmt(f, "Van: %s", in->who);
		pd_para(d, "meta", s);
		free(s);
	}
	period_text(in, line, sizeof(line));
	pd_para(d, "meta", line);
	day_text(in->today, when, sizeof(when));
	char *s = fmt(f, "Gemaakt op %s met spiegel.", when);
	pd_para(d, "meta", s);
	free(s);

	pd_heading(d, 2, "Wat dit portfolio bevat");
	pd_list_begin(d);
	char *th = report_thresholds_text(f->cat);
	s = fmt(f,
		"%zu afgeronde %s van %zu %s, met per leiderschapspraktijk de score (0-100) en het "
		"niveau, en de verandering sinds de vorige keer dat je dezelfde vragenlijst deed. "
		"%s",
		f->n, f->n == 1 ? "sessie" : "sessies", questionnaires_used(f),
		questionnaires_used(f) == 1 ? "vragenlijst" : "vragenlijsten", th ? th : "");
	free(th);
	pd_item(d, s);
	free(s);
	item(f, d,
	     "%zu %s met je terugblikken: wat je je voornam, je eerste stap, met wie, hoe "
	     "je zou merken dat het werkt, en hoe het ging.",
	     f->n_plans, f->n_plans == 1 ? "voornemen" : "voornemens");
	item(f, d,
	     "%zu %s: antwoorden op open vragen die je zelf voor je portfolio koos (spiegel "
	     "portfolio mark).",
	     f->reflections, f->reflections == 1 ? "reflectie" : "reflecties");
	if (in->feedback_given) {
		size_t k = pf_feedback_count(in);
		item(f, d,
		     "%zu %s: hoe anderen je praktijken zien, alleen de cijfers van het "
		     "feedbackrapport (per praktijk pas vanaf %d anderen).",
		     k, k == 1 ? "feedbackronde" : "feedbackrondes", FEEDBACK_MIN_OBSERVERS);
	}
	pd_item(d, "Geordend per domein van de beroepsstandaard voor schoolleiders, en binnen elk "
		   "domein op datum.");
	pd_list_end(d);

	leaves_out(d, f);
	pd_para(d, "note",
		"Een score zegt alleen iets over wat je zelf antwoordde, op de dag dat je het "
		"deed. Het domein van een praktijk komt uit de catalogus van spiegel.");
	pd_first_end(d);
}

/* ---------------------------------------------------------------- sessions */

static void focus_names(struct pf *f, const struct score_result *r, char *buf, size_t size)
{
	buf[0] = '\0';
	size_t o = 0;
	for (size_t i = 0; i < r->n_focus && o < size; i++)
		o += (size_t)snprintf(buf + o, size - o, "%s%s", i ? ", " : "",
				      f->cat->practices[r->focus[i]].name);
	if (r->n_focus == 0)
		snprintf(buf, size, "%s",
			 r->focus_how == FOCUS_UNCLEAR ? "geen duidelijk laag punt" : "geen");
}

static void sessions_section(struct pdoc *d, struct pf *f)
{
	pd_heading(d, 2, "Je sessies");
	if (f->n == 0) {
		pd_para(d, "empty", "In deze periode heb je geen vragenlijst afgerond.");
		return;
	}
	static const struct pd_col cols[] = {
	    {"Datum", 16, false}, {"Beantwoord", 16, true}, {"Focus", 68, false}};
	for (size_t i = 0; i < f->n; i++) {
		bool first = true;
		for (size_t j = 0; j < i && first; j++)
			first = f->v[j].q != f->v[i].q;
		if (!first)
			continue;
		pd_heading(d, 3, f->v[i].q->title);
		pd_table_begin(d, cols, 3);
		for (size_t k = i; k < f->n; k++) {
			const struct pf_session *e = &f->v[k];
			if (e->q != f->v[i].q)
				continue;
			char date[DATE_BUF], done[32], focus[400];
			day_text(e->day, date, sizeof(date));
			snprintf(done, sizeof(done), "%zu van %zu",
				 session_count_answered(e->s, e->q), e->q->n_items);
			focus_names(f, &e->r, focus, sizeof(focus));
			const char *cells[] = {date, done, focus};
			pd_row(d, cols, cells, 3);
		}
		pd_table_end(d);
	}
}

/* ------------------------------------------------------------- voornemens */

static const char *next_word(const struct plan_review *r, char *buf, size_t size)
{
	char d[DATE_BUF];
	if (r->next == PLAN_NEXT_CONTINUE) {
		date_format(r->next_date, d, sizeof(d));
		snprintf(buf, size, "doorgaan, nieuwe datum %s", d);
	} else {
		snprintf(buf, size, "%s",
			 r->next == PLAN_NEXT_NEW ? "een nieuw voornemen" : "afgesloten");
	}
	return buf;
}

/* When the voornemen is closed and its questionnaire was redone: the
 * change in its practices (spiegel compare's rule). */
static void plan_change(struct pdoc *d, struct pf *f, const struct plan *p)
{
	const struct portfolio_input *in = f->in;
	if (!p->closed)
		return;
	const struct session *redone = plan_redone(p, in->sessions, in->n_sessions);
	const struct session *from = NULL;
	for (size_t i = 0; i < in->n_sessions; i++)
		if (strcmp(in->sessions[i]->id, p->session) == 0 && !in->sessions[i]->handin)
			from = in->sessions[i];
	const struct questionnaire *qo =
	    from ? content_find(in->content, from->questionnaire) : NULL;
	const struct questionnaire *qn =
	    redone ? content_find(in->content, redone->questionnaire) : NULL;
	struct diag vd;
	diag_init(&vd);
	bool ok = qo && qn && session_validate(from, qo, &vd) && session_validate(redone, qn, &vd);
	diag_finish(&vd);
	if (!ok)
		return;
	struct compare_input ci = {f->cat, qo, qn, from, redone};
	struct compare_practice *cp = calloc(f->cat->n_practices + 1, sizeof(*cp));
	if (!cp || !report_compare_practices(&ci, cp)) {
		f->failed = true;
		free(cp);
		return;
	}
	long day = DATE_NONE;
	char when[DATE_BUF] = "?";
	if (date_from_stamp(redone->created, &day))
		date_format(day, when, sizeof(when));
	for (size_t i = 0; i < p->n_practices; i++) {
		int k = content_practice_index(f->cat, p->practices[i]);
		if (k < 0)
			continue;
		char *s;
		if (cp[k].compared) {
			char a[16], b[16], c[16];
			report_number(a, sizeof(a), cp[k].old);
			report_number(b, sizeof(b), cp[k].now);
			plan_signed(c, sizeof(c), cp[k].change_tenths);
			s = fmt(f, "%s: %s -> %s (%s, over %zu %s die je beide keren beantwoordde)",
				f->cat->practices[k].name, a, b, c, cp[k].items,
				cp[k].items == 1 ? "vraag" : "vragen");
		} else {
			s = fmt(f, "%s: niet te vergelijken (te weinig gedeelde vragen)",
				f->cat->practices[k].name);
		}
		char *label = fmt(f, "Opnieuw gemeten op %s", when);
		pd_field(d, label, s);
		free(label);
		free(s);
	}
	free(cp);
}

static void plan_block(struct pdoc *d, struct pf *f, const struct plan *p)
{
	const struct portfolio_input *in = f->in;
	char made[DATE_BUF] = "?", when[DATE_BUF];
	long day;
	if (date_from_stamp(p->created, &day))
		day_text(day, made, sizeof(made));
	pd_block_begin(d);
	char *head = fmt(f, "%s: %s", made, p->text);
	pd_heading(d, 5, head);
	free(head);
	if (p->questionnaire) {
		char *s = fmt(f, "\"%s\"", plan_q_title(in->content, p->questionnaire));
		pd_field(d, "Uit", s);
		free(s);
	}
	pd_field(d, "Eerste stap", p->action);
	day_text(p->date, when, sizeof(when));
	pd_field(d, p->closed ? "Datum" : "Gepland op", when);
	if (p->with[0])
		pd_field(d, "Met wie", p->with);
	if (p->sign[0])
		pd_field(d, "Hoe je merkt dat het werkt", p->sign);
	for (size_t i = 0; i < p->n_reviews; i++) {
		const struct plan_review *r = &p->reviews[i];
		if (!in_period(in, r->date))
			continue;
		char rd[DATE_BUF], nx[80];
		day_text(r->date, rd, sizeof(rd));
		char *s = fmt(f, "%s: %s", rd, plan_result_name(r->result));
		pd_field(d, "Terugblik", s);
		free(s);
		if (r->happened[0])
			pd_field(d, "Wat er gebeurde", r->happened);
		if (r->learned[0])
			pd_field(d, "Wat je leerde", r->learned);
		pd_field(d, "Hoe verder", next_word(r, nx, sizeof(nx)));
	}
	if (p->closed) {
		day_text(p->closed_date, when, sizeof(when));
		char *s = fmt(f, "afgesloten op %s", when);
		pd_field(d, "Status", s);
		free(s);
	} else {
		pd_field(d, "Status", "open");
	}
	plan_change(d, f, p);
	pd_block_end(d);
}

/* The domain of a voornemen: that of its first practice the catalogue
 * knows, or -1. */
static int plan_domain(const struct pf *f, const struct plan *p)
{
	for (size_t i = 0; i < p->n_practices; i++) {
		int k = content_practice_index(f->cat, p->practices[i]);
		if (k < 0)
			continue;
		for (size_t dm = 0; dm < f->cat->n_domains; dm++)
			if (strcmp(f->cat->domains[dm].id, f->cat->practices[k].domain) == 0)
				return (int)dm;
	}
	return -1;
}

/* --------------------------------------------------------------- domains */

static bool practice_rows(struct pdoc *d, struct pf *f, size_t p)
{
	static const struct pd_col cols[] = {{"Datum", 14, false}, {"Vragenlijst", 23, false},
					     {"Score", 10, true},  {"Niveau", 21, false},
					     {"Vragen", 11, true}, {"Verandering", 21, true}};
	bool any = false;
	for (size_t i = 0; i < f->n; i++) {
		const struct pf_session *e = &f->v[i];
		const struct practice_score *ps = &e->r.practices[p];
		if (!ps->has_score)
			continue;
		if (!any) {
			pd_heading(d, 4, f->cat->practices[p].name);
			pd_table_begin(d, cols, 6);
		}
		any = true;
		char date[DATE_BUF], score[16], items[16], change[32];
		day_text(e->day, date, sizeof(date));
		report_number(score, sizeof(score), ps->score);
		snprintf(items, sizeof(items), "%zu", ps->answered);
		if (e->cmp && e->cmp[p].compared)
			plan_signed(change, sizeof(change), e->cmp[p].change_tenths);
		else
			snprintf(change, sizeof(change), "%s",
				 e->cmp ? "niet te vergelijken" : "-");
		const char *cells[] = {date,  e->q->title, score, level_name(f->cat, ps->level),
				       items, change};
		pd_row(d, cols, cells, 6);
	}
	if (any)
		pd_table_end(d);
	return any;
}

static void domains_section(struct pdoc *d, struct pf *f)
{
	pd_heading(d, 2, "Per domein");
	pd_para(d, "note",
		"Per praktijk de scores in de tijd. De verandering is die sinds de vorige keer dat "
		"je dezelfde vragenlijst deed, over de vragen die je beide keren beantwoordde "
		"(zoals spiegel compare); daardoor kan ze iets anders zijn dan het verschil tussen "
		"de twee scores. \"-\": de eerste keer in deze periode.");
	for (size_t dm = 0; dm < f->cat->n_domains; dm++) {
		pd_heading(d, 3, f->cat->domains[dm].name);
		bool any = false;
		for (size_t p = 0; p < f->cat->n_practices; p++)
			if (strcmp(f->cat->practices[p].domain, f->cat->domains[dm].id) == 0)
				any |= practice_rows(d, f, p);
		bool plans = false;
		for (size_t i = 0; i < f->n_plans; i++) {
			if (plan_domain(f, f->plans[i]) != (int)dm)
				continue;
			if (!plans)
				pd_heading(d, 4, "Voornemens");
			plans = true;
			plan_block(d, f, f->plans[i]);
		}
		if (!any && !plans)
			pd_para(d, "empty", "Hierover staat in deze periode nog niets.");
	}
	bool other = false;
	for (size_t i = 0; i < f->n_plans; i++) {
		if (plan_domain(f, f->plans[i]) >= 0)
			continue;
		if (!other)
			pd_heading(d, 3, "Overige voornemens");
		other = true;
		plan_block(d, f, f->plans[i]);
	}
}

/* ------------------------------------------------------------- reflections */

static void reflections_section(struct pdoc *d, struct pf *f)
{
	pd_heading(d, 2, "Reflecties");
	if (f->reflections == 0) {
		pd_para(d, "empty",
			"Je hebt (in deze periode) geen antwoorden op open vragen gekozen voor je "
			"portfolio. Dat doe je met: spiegel portfolio mark SESSIE.");
		return;
	}
	for (size_t i = 0; i < f->n; i++) {
		const struct pf_session *e = &f->v[i];
		for (size_t k = 0; k < e->q->n_items; k++) {
			const struct item *it = &e->q->items[k];
			struct answer a = session_get(e->s, it->id);
			if (it->type != ITEM_OPEN || a.kind != ANSWER_TEXT ||
			    !portfolio_marked(f->in->marks, e->s->id, it->id))
				continue;
			char date[DATE_BUF];
			day_text(e->day, date, sizeof(date));
			char *head = fmt(f, "%s, %s", date, e->q->title);
			pd_heading(d, 3, head);
			free(head);
			pd_para(d, "note", it->text);
			pd_quote(d, a.text);
		}
	}
}

char *portfolio_render(enum report_format fm, const struct portfolio_input *in, size_t *len)
{
	if (fm != REPORT_MARKDOWN && fm != REPORT_HTML)
		return NULL;
	struct pf f;
	struct strbuf b;
	strbuf_init(&b);
	bool ok = pf_collect(&f, in);
	if (ok) {
		struct pdoc d = {&b, fm == REPORT_HTML};
		pd_begin(&d, "Portfolio: mijn ontwikkeling als schoolleider");
		first_page(&d, &f);
		sessions_section(&d, &f);
		domains_section(&d, &f);
		pf_feedback_section(&d, in);
		reflections_section(&d, &f);
		pd_end(&d);
		ok = !f.failed;
	}
	pf_finish(&f);
	if (!ok) {
		strbuf_finish(&b);
		return NULL;
	}
	return rpt_finish(&b, len);
}
