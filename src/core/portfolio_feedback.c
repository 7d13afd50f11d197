/* The portfolio's feedback rounds (issue 15): only the figures of each
 * round's feedback report, per domain and practice, from
 * FEEDBACK_MIN_OBSERVERS observers on (feedback_compute decides what is
 * shown); never an answer file, a role of fewer than that, or an open
 * answer. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "portfolio_doc.h"
#include "spiegel/date.h"
#include "spiegel/portfolio.h"

static bool in_period(const struct portfolio_input *in, long day)
{
	if (day == DATE_NONE)
		return in->from == DATE_NONE && in->to == DATE_NONE;
	return (in->from == DATE_NONE || day >= in->from) && (in->to == DATE_NONE || day <= in->to);
}

size_t pf_feedback_count(const struct portfolio_input *in)
{
	size_t n = 0;
	for (size_t i = 0; i < in->n_feedback; i++)
		n += in_period(in, in->feedback[i].day);
	return n;
}

/* The domain index of practice p, or the number of domains. */
static size_t domain_of(const struct catalogue *c, size_t p)
{
	for (size_t d = 0; d < c->n_domains; d++)
		if (strcmp(c->domains[d].id, c->practices[p].domain) == 0)
			return d;
	return c->n_domains;
}

static void round_table(struct pdoc *d, const struct catalogue *cat,
			const struct feedback_result *res)
{
	static const struct pd_col cols[] = {{"Domein", 34, false},
					     {"Praktijk", 34, false},
					     {"Score van anderen", 18, true},
					     {"Anderen", 14, true}};
	bool any = false;
	for (size_t dm = 0; dm <= cat->n_domains; dm++)
		for (size_t i = 0; i < res->n_practices; i++) {
			const struct feedback_practice *fp = &res->practices[i];
			if (domain_of(cat, fp->practice) != dm || !fp->all.shown)
				continue;
			if (!any)
				pd_table_begin(d, cols, 4);
			any = true;
			char score[16], n[16];
			report_number(score, sizeof(score), (double)fp->all.tenths / 10.0);
			snprintf(n, sizeof(n), "%zu", fp->all.n);
			const char *cells[] = {dm < cat->n_domains ? cat->domains[dm].name : "",
					       cat->practices[fp->practice].name, score, n};
			pd_row(d, cols, cells, 4);
		}
	if (any)
		pd_table_end(d);
	else
		pd_para(d, "empty", "Geen praktijk met genoeg antwoorden van anderen om te tonen.");
}

void pf_feedback_section(struct pdoc *d, const struct portfolio_input *in)
{
	if (!in->feedback_given)
		return;
	const struct catalogue *cat = in->content->catalogue;
	pd_heading(d, 2, "Feedbackrondes");
	char line[400];
	snprintf(
	    line, sizeof(line),
	    "Hoe anderen (je team, collega's, je bestuurder) je praktijken zien: alleen de "
	    "cijfers van het feedbackrapport, per praktijk pas vanaf %d anderen. Antwoorden van "
	    "één persoon en open antwoorden van anderen staan er niet in.",
	    FEEDBACK_MIN_OBSERVERS);
	pd_para(d, "note", line);
	if (pf_feedback_count(in) == 0) {
		pd_para(d, "empty", "Geen feedbackronde in deze periode.");
		return;
	}
	for (size_t i = 0; i < in->n_feedback; i++) {
		const struct portfolio_feedback *f = &in->feedback[i];
		if (!in_period(in, f->day))
			continue;
		char when[DATE_BUF] = "datum onbekend";
		if (f->day != DATE_NONE)
			date_format(f->day, when, sizeof(when));
		snprintf(line, sizeof(line), "%s, %s (%zu %s)", when, f->title, f->res->n,
			 f->res->n == 1 ? "antwoord" : "antwoorden");
		pd_heading(d, 3, line);
		if (!f->res->shown) {
			snprintf(
			    line, sizeof(line),
			    "Minder dan %d antwoorden: spiegel toont dan geen cijfers van anderen.",
			    FEEDBACK_MIN_OBSERVERS);
			pd_para(d, "empty", line);
			continue;
		}
		round_table(d, cat, f->res);
	}
}
