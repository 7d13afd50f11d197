/* The meeting report: one walk through a meeting (casus, method, the
 * questions used, insights, the follow-up of earlier steps, next steps,
 * the group view) that a format's writers turn into markdown or HTML. For
 * the group only what the group agreed to share; for the coach all. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "meeting_internal.h"
#include "report_internal.h"

struct ctx {
	struct strbuf *b;
	const struct mtg_writer *w;
	const struct intervisie *iv;
	const struct meeting *m;
	size_t i;
	const struct meeting_kit *kit;
	const struct catalogue *cat;
	bool for_group;
};

/* Whether theme t is in this report. */
static bool shown(const struct ctx *c, enum meeting_theme t)
{
	return !c->for_group || c->iv->consent.shared[t];
}

static char *fmt(const char *f, ...) __attribute__((format(printf, 1, 2)));
static char *fmt(const char *f, ...)
{
	va_list ap, again;
	va_start(ap, f);
	va_copy(again, ap);
	int n = vsnprintf(NULL, 0, f, ap);
	va_end(ap);
	char *s = n >= 0 ? malloc((size_t)n + 1) : NULL;
	if (s)
		vsnprintf(s, (size_t)n + 1, f, again);
	va_end(again);
	return s;
}

/* A text that is NULL or "" as the given placeholder. */
static const char * or (const char *s, const char *empty)
{
	return s && *s ? s : empty;
}

static const char *practice_name(const struct catalogue *cat, const char *id)
{
	for (size_t p = 0; cat && p < cat->n_practices; p++)
		if (strcmp(cat->practices[p].id, id) == 0)
			return cat->practices[p].name;
	return id;
}

static const struct next_step *catalogue_step(const struct catalogue *cat, const char *id)
{
	for (size_t p = 0; cat && id && p < cat->n_practices; p++)
		for (size_t s = 0; s < cat->practices[p].n_steps; s++)
			if (strcmp(cat->practices[p].steps[s].id, id) == 0)
				return &cat->practices[p].steps[s];
	return NULL;
}

static void withheld(struct ctx *c, enum meeting_theme t)
{
	char *s = fmt("Niet in dit verslag: de groep heeft niet afgesproken %s te delen.",
		      meeting_theme_name(t));
	c->w->note(c->b, s ? s : "");
	free(s);
}

static void header(struct ctx *c)
{
	const struct intervisie *iv = c->iv;
	const struct meeting *m = c->m;
	char date[40];
	mtg_dutch_date(date, sizeof(date), m->date);
	char *title = fmt("Intervisie: %s, bijeenkomst %zu", iv->name, c->i + 1);
	c->w->begin(c->b, title ? title : "Intervisie");
	c->w->heading(c->b, 1, title ? title : "Intervisie");
	free(title);
	const struct meeting_method *me = meeting_kit_method(c->kit, m->method);
	c->w->list_begin(c->b);
	c->w->item(c->b, "Datum", date);
	c->w->item(c->b, "Methode", me ? me->name : m->method);
	struct strbuf names;
	strbuf_init(&names);
	for (size_t k = 0; k < iv->n_participants; k++) {
		if (k)
			strbuf_puts(&names, ", ");
		strbuf_puts(&names, iv->participants[k].alias);
	}
	char *who = strbuf_steal(&names, NULL);
	c->w->item(c->b, "Deelnemers", who ? who : "");
	free(who);
	if (m->next[0]) {
		mtg_dutch_date(date, sizeof(date), m->next);
		c->w->item(c->b, "Volgende bijeenkomst", date);
	}
	c->w->list_end(c->b);
	/* who sees it */
	struct strbuf t;
	strbuf_init(&t);
	if (!c->for_group) {
		strbuf_puts(&t, "Verslag voor de coach: alles wat is genoteerd, ook wat de groep "
				"niet deelt. Geef het niet door.");
	} else {
		strbuf_puts(&t, "Verslag voor de groep: alleen wat de groep heeft afgesproken te "
				"delen.");
		size_t n = 0;
		for (int th = 0; th < N_MEETING_THEMES; th++)
			if (!iv->consent.shared[th])
				strbuf_printf(&t, "%s%s", n++ ? ", " : " Niet gedeeld: ",
					      meeting_theme_name(th));
		if (n)
			strbuf_puts(&t, ".");
	}
	char *priv = strbuf_steal(&t, NULL);
	c->w->note(c->b, priv ? priv : "");
	free(priv);
	if (m->text[MEETING_AGENDA][0]) {
		c->w->heading(c->b, 2, "Agenda");
		c->w->para(c->b, NULL, m->text[MEETING_AGENDA]);
	}
}

static void casus(struct ctx *c)
{
	const struct meeting *m = c->m;
	c->w->heading(c->b, 2, "Casus");
	if (m->n_tags) {
		struct strbuf t;
		strbuf_init(&t);
		for (size_t k = 0; k < m->n_tags; k++) {
			const struct meeting_card *card = meeting_kit_card(c->kit, m->tags[k]);
			strbuf_printf(&t, "%s%s", k ? "; " : "", card ? card->title : m->tags[k]);
		}
		char *tags = strbuf_steal(&t, NULL);
		c->w->para(c->b, "Thema's", tags ? tags : "");
		free(tags);
	}
	if (!shown(c, MEETING_THEME_CASUS)) {
		withheld(c, MEETING_THEME_CASUS);
		return;
	}
	c->w->para(c->b, "Inbrenger", or (m->inbrenger, "nog niet gekozen"));
	c->w->para(c->b, "Situatie", or (m->text[MEETING_SITUATIE], "niet ingevuld"));
	c->w->para(c->b, "Vraag van de inbrenger", or (m->text[MEETING_VRAAG], "niet ingevuld"));
	c->w->para(c->b, "Wat al geprobeerd is", or (m->text[MEETING_GEPROBEERD], "niet ingevuld"));
}

static void method(struct ctx *c)
{
	const struct meeting_method *me = meeting_kit_method(c->kit, c->m->method);
	c->w->heading(c->b, 2, me ? me->name : "Methode");
	if (!me) {
		c->w->para(c->b, NULL, "Deze methode staat niet in de gesprekskit.");
		return;
	}
	c->w->para(c->b, NULL, me->summary);
	c->w->list_begin(c->b);
	for (size_t p = 0; p < me->n_phases; p++) {
		const struct meeting_phase *ph = &me->phases[p];
		struct strbuf t;
		strbuf_init(&t);
		strbuf_printf(&t, "%u min. ", ph->minutes);
		for (size_t q = 0; q < ph->n_questions; q++)
			strbuf_printf(&t, "%s%s", q ? " " : "", ph->questions[q]);
		char *line = strbuf_steal(&t, NULL);
		char *label = fmt("Fase %zu: %s", p + 1, ph->title);
		c->w->item(c->b, label, line ? line : "");
		free(line);
		free(label);
	}
	c->w->list_end(c->b);
	c->w->note(c->b, "De beschrijving van de methode is algemene vakkennis over intervisie, "
			 "niet ontleend aan de bronnen van spiegel.");
}

static void card_source(struct ctx *c, const struct meeting_card *card)
{
	char ref[512];
	content_source_format(&card->source, ref, sizeof(ref));
	c->w->para(c->b, "Bron", ref);
}

/* The questions asked, per card; when none was marked, the cards of the
 * casus's themes. */
static void questions(struct ctx *c)
{
	const struct meeting *m = c->m;
	c->w->heading(c->b, 2, m->n_asked ? "Gebruikte vragen" : "Vragen bij de thema's");
	if (!m->n_asked && !m->n_tags) {
		c->w->para(c->b, NULL, "Geen gesprekskaarten gebruikt.");
		return;
	}
	for (size_t k = 0; k < c->kit->n_cards; k++) {
		const struct meeting_card *card = &c->kit->cards[k];
		bool any = false, tagged = false;
		for (size_t a = 0; a < m->n_asked; a++)
			any |= strcmp(m->asked[a].card, card->id) == 0;
		for (size_t t = 0; t < m->n_tags; t++)
			tagged |= strcmp(m->tags[t], card->id) == 0;
		if (m->n_asked ? !any : !tagged)
			continue;
		c->w->heading(c->b, 3, card->title);
		c->w->list_begin(c->b);
		for (unsigned q = 1; q <= card->n_questions + 1; q++) {
			if (m->n_asked && !meeting_is_asked(m, card->id, q))
				continue;
			c->w->item(c->b, q > card->n_questions ? "Verdieping" : NULL,
				   meeting_card_question(card, q));
		}
		c->w->list_end(c->b);
		card_source(c, card);
	}
}

static void notes(struct ctx *c)
{
	static const struct {
		enum meeting_text f;
		enum meeting_theme t;
		const char *title;
	} parts[] = {
	    {MEETING_VRAGEN, MEETING_THEME_VRAGEN, "Vragen en hypothesen uit de groep"},
	    {MEETING_INZICHT, MEETING_THEME_INZICHT, "Inzicht van de inbrenger"},
	};
	for (size_t k = 0; k < 2; k++) {
		c->w->heading(c->b, 2, parts[k].title);
		if (!shown(c, parts[k].t))
			withheld(c, parts[k].t);
		else
			c->w->para(c->b, NULL, or (c->m->text[parts[k].f], "Niets genoteerd."));
	}
}

/* "" when text ends a sentence itself (. ? ! or a closing quote after
 * one), else ".". */
static const char *stop(const char *text)
{
	size_t n = strlen(text);
	while (n && (text[n - 1] == ' ' || text[n - 1] == '\n'))
		n--;
	return n && strchr(".?!", text[n - 1]) ? "" : ".";
}

/* The words of a step, ending a sentence: the catalogue step's title and
 * text, or own words. */
static char *step_words(const struct ctx *c, const struct meeting_step *s)
{
	if (!s->step)
		return fmt("%s%s", s->text, stop(s->text));
	const struct next_step *ns = catalogue_step(c->cat, s->step);
	return ns ? fmt("%s: %s%s", ns->title, ns->text, stop(ns->text)) : fmt("Stap %s.", s->step);
}

static void followup(struct ctx *c)
{
	size_t due, answered;
	meeting_followup_count(c->iv, c->i, &due, &answered);
	if (!due)
		return;
	c->w->heading(c->b, 2, "Terugblik op de vorige stappen");
	if (!shown(c, MEETING_THEME_TERUGBLIK)) {
		withheld(c, MEETING_THEME_TERUGBLIK);
		return;
	}
	c->w->list_begin(c->b);
	for (size_t p = 0; p < c->iv->n_participants; p++) {
		const char *alias = c->iv->participants[p].alias;
		struct meeting_due du = meeting_due(c->iv, c->i, alias);
		if (!du.found)
			continue;
		/* the step itself belongs to the steps' theme */
		char *words = shown(c, MEETING_THEME_STAPPEN)
				  ? step_words(c, du.step)
				  : strdup("(de stap zelf is niet gedeeld).");
		char date[40];
		mtg_dutch_date(date, sizeof(date), c->iv->meetings[du.from - 1].date);
		char *line =
		    du.done
			? fmt("Stap van %s: %s Stand: %s.%s%s%s", date, words ? words : "",
			      meeting_followup_name(du.done->status), du.done->what[0] ? " " : "",
			      du.done->what, du.done->what[0] ? stop(du.done->what) : "")
			: fmt("Stap van %s: %s Nog niet besproken.", date, words ? words : "");
		c->w->item(c->b, alias, line ? line : "");
		free(words);
		free(line);
	}
	c->w->list_end(c->b);
}

static void steps(struct ctx *c)
{
	c->w->heading(c->b, 2, "Volgende stappen");
	if (!shown(c, MEETING_THEME_STAPPEN)) {
		withheld(c, MEETING_THEME_STAPPEN);
		return;
	}
	c->w->list_begin(c->b);
	for (size_t p = 0; p < c->iv->n_participants; p++) {
		const char *alias = c->iv->participants[p].alias;
		const struct meeting_step *s = meeting_find_step(c->m, alias);
		if (!s) {
			c->w->item(c->b, alias, "Nog geen stap afgesproken.");
			continue;
		}
		char *words = step_words(c, s);
		char date[40];
		mtg_dutch_date(date, sizeof(date), s->date);
		char *line = fmt("%s Wanneer: %s. Zo merk je dat het gelukt is: %s%s",
				 words ? words : "", s->date[0] ? date : "nog geen datum",
				 s->signal[0] ? s->signal : "nog niet ingevuld",
				 stop(s->signal[0] ? s->signal : "nog niet ingevuld"));
		c->w->item(c->b, alias, line ? line : "");
		free(words);
		free(line);
	}
	c->w->list_end(c->b);
}

static void tenths_text(char *buf, size_t size, long t, bool sign)
{
	long a = t < 0 ? -t : t;
	snprintf(buf, size, "%s%ld,%ld", t < 0 ? "−" : (sign && t > 0 ? "+" : ""), a / 10, a % 10);
}

static void view(struct ctx *c)
{
	struct meeting_change ch[64];
	size_t n, prev;
	meeting_compare_view(c->iv, c->i, ch, 64, &n, &prev);
	if (!c->m->n_view)
		return;
	c->w->heading(c->b, 2, "Groepsbeeld");
	if (!shown(c, MEETING_THEME_GROEPSBEELD)) {
		withheld(c, MEETING_THEME_GROEPSBEELD);
		return;
	}
	char *intro = prev ? fmt("Het gemiddelde van de groep per praktijk (0 tot 100), naast "
				 "dat van bijeenkomst %zu. Een verschil zegt iets over de groep, "
				 "niet over één deelnemer.",
				 prev)
			   : fmt("Het gemiddelde van de groep per praktijk (0 tot 100). Bij een "
				 "volgende bijeenkomst komt de vergelijking erbij.");
	c->w->para(c->b, NULL, intro ? intro : "");
	free(intro);
	const char *head[] = {"Praktijk", "Toen", "Nu", "Verschil"};
	size_t cols = prev ? 4 : 2;
	const char *head1[] = {"Praktijk", "Nu"};
	c->w->row(c->b, prev ? head : head1, cols, true, false);
	for (size_t k = 0; k < c->m->n_view; k++) {
		const struct meeting_mean *v = &c->m->view[k];
		char before[32] = "–", now[32], diff[32] = "–";
		tenths_text(now, sizeof(now), v->tenths, false);
		for (size_t j = 0; j < n; j++)
			if (strcmp(ch[j].practice, v->practice) == 0) {
				tenths_text(before, sizeof(before), ch[j].before, false);
				tenths_text(diff, sizeof(diff), ch[j].change, true);
			}
		const char *cells[] = {practice_name(c->cat, v->practice), before, now, diff};
		const char *cells1[] = {cells[0], now};
		c->w->row(c->b, prev ? cells : cells1, cols, false, k + 1 == c->m->n_view);
	}
}

char *meeting_view_text(const struct intervisie *iv, size_t i, const struct catalogue *cat)
{
	struct meeting_change ch[64];
	size_t n, prev;
	meeting_compare_view(iv, i, ch, 64, &n, &prev);
	struct strbuf b;
	strbuf_init(&b);
	strbuf_puts(&b, "");
	for (size_t k = 0; i < iv->n_meetings && k < iv->meetings[i].n_view; k++) {
		const struct meeting_mean *v = &iv->meetings[i].view[k];
		char now[32], before[32], diff[32];
		tenths_text(now, sizeof(now), v->tenths, false);
		strbuf_printf(&b, "%s: %s", practice_name(cat, v->practice), now);
		for (size_t j = 0; j < n; j++)
			if (strcmp(ch[j].practice, v->practice) == 0) {
				tenths_text(before, sizeof(before), ch[j].before, false);
				tenths_text(diff, sizeof(diff), ch[j].change, true);
				strbuf_printf(&b, " (bijeenkomst %zu: %s; %s)", prev, before, diff);
			}
		strbuf_printf(&b, ", %zu %s\n", v->n, v->n == 1 ? "deelnemer" : "deelnemers");
	}
	return rpt_finish(&b, NULL);
}

char *meeting_report(enum meeting_report_format f, const struct intervisie *iv, size_t i,
		     const struct meeting_kit *kit, const struct catalogue *cat, bool for_group,
		     size_t *len)
{
	if (i >= iv->n_meetings || !kit)
		return NULL;
	struct strbuf b;
	strbuf_init(&b);
	struct ctx c = {&b,  f == MEETING_HTML ? &mtg_html : &mtg_markdown,
			iv,  &iv->meetings[i],
			i,   kit,
			cat, for_group};
	header(&c);
	casus(&c);
	method(&c);
	questions(&c);
	notes(&c);
	followup(&c);
	steps(&c);
	view(&c);
	c.w->end(&b);
	return rpt_finish(&b, len);
}
