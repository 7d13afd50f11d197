/* The coach's record of an intervisie group as markdown, and its file
 * name. */
#include "spiegel/intervisie.h"

#include <utf8proc.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report_internal.h"
#include "util.h"

static void md_text_block(struct strbuf *b, const char *text, const char *empty)
{
	if (!text || !text[0]) {
		strbuf_printf(b, "_%s_\n", empty);
		return;
	}
	rpt_md_escape(b, text);
	strbuf_puts(b, "\n");
}

/* Name, questionnaire, dates, group id and participants. */
static void md_header(struct strbuf *b, const struct intervisie *iv, const struct questionnaire *q)
{
	size_t nk = iv->n_participants;
	strbuf_puts(b, "# Intervisie: ");
	rpt_md_escape(b, iv->name);
	strbuf_puts(b, "\n\n- Vragenlijst: ");
	rpt_md_escape(b, q->title);
	strbuf_printf(b, " (`%s`, versie %s)\n", iv->questionnaire, iv->version);
	char made[48], updated[48];
	format_dutch_date(made, sizeof(made), iv->created);
	format_dutch_date(updated, sizeof(updated), iv->updated);
	strbuf_printf(b, "- Datum: %s (laatst bijgewerkt %s %.5s UTC)\n", made, updated,
		      iv->updated + 11);
	strbuf_printf(b, "- Groep: `%s`\n", iv->id);
	strbuf_printf(b, "- Deelnemers (%zu): ", nk);
	for (size_t k = 0; k < nk; k++) {
		if (k)
			strbuf_puts(b, ", ");
		rpt_md_escape(b, iv->participants[k].alias);
	}
	strbuf_puts(b, "\n");
}

/* The table of practice scores: a column per participant and the group. */
static void md_scores(struct strbuf *b, const struct intervisie *iv, const struct catalogue *cat,
		      const struct intervisie_scores *sc)
{
	size_t nk = iv->n_participants;
	strbuf_puts(b, "\n## Scores per praktijk\n\n"
		       "Per deelnemer een score van 0 tot 100: hoe vaker het gedrag uit de vragen, "
		       "hoe hoger. Een streepje betekent: geen antwoorden op deze praktijk. "
		       "Groep is het gemiddelde van de deelnemers met een score.\n\n");
	bool any = false;
	for (size_t p = 0; p < sc->n_practices; p++)
		any |= sc->has_mean[p];
	if (!any) {
		strbuf_puts(b, "_Nog geen antwoorden met een score._\n");
	} else {
		strbuf_puts(b, "| Praktijk |");
		for (size_t k = 0; k < nk; k++) {
			strbuf_puts(b, " ");
			rpt_md_escape(b, iv->participants[k].alias);
			strbuf_puts(b, " |");
		}
		strbuf_puts(b, " Groep |\n|---|");
		for (size_t k = 0; k <= nk; k++)
			strbuf_puts(b, "---:|");
		strbuf_puts(b, "\n");
		for (size_t p = 0; p < sc->n_practices; p++) {
			if (!sc->has_mean[p])
				continue;
			strbuf_puts(b, "| ");
			rpt_md_escape(b, cat->practices[p].name);
			strbuf_puts(b, " |");
			char num[32];
			for (size_t k = 0; k < nk; k++) {
				if (sc->has[p * nk + k]) {
					format_tenths_nl(num, sizeof(num), sc->score[p * nk + k]);
					strbuf_printf(b, " %s |", num);
				} else {
					strbuf_puts(b, " – |");
				}
			}
			format_tenths_nl(num, sizeof(num), sc->mean[p]);
			strbuf_printf(b, " %s |\n", num);
		}
	}
}

/* Per section with prompts or shared answers: the prompts and the open
 * answers participants shared. */
static void md_prompts(struct strbuf *b, const struct intervisie *iv, const struct questionnaire *q)
{
	size_t nk = iv->n_participants;
	bool header = false;
	for (size_t si = 0; si < q->n_sections; si++) {
		const struct section *sec = &q->sections[si];
		bool shared = false;
		for (size_t i = sec->first_item; i < sec->first_item + sec->n_items; i++)
			for (size_t k = 0; k < nk; k++)
				shared |=
				    q->items[i].type == ITEM_OPEN &&
				    session_is_shared(iv->participants[k].answers, q->items[i].id);
		if (!sec->n_prompts && !shared)
			continue;
		if (!header)
			strbuf_puts(b, "\n## Gespreksvragen per deel\n");
		header = true;
		strbuf_puts(b, "\n### ");
		rpt_md_escape(b, sec->title);
		strbuf_puts(b, "\n\n");
		for (size_t i = 0; i < sec->n_prompts; i++) {
			strbuf_puts(b, "- ");
			rpt_md_escape(b, sec->prompts[i]);
			strbuf_puts(b, "\n");
		}
		for (size_t i = sec->first_item; i < sec->first_item + sec->n_items; i++) {
			const struct item *it = &q->items[i];
			if (it->type != ITEM_OPEN)
				continue;
			for (size_t k = 0; k < nk; k++) {
				const struct session *s = iv->participants[k].answers;
				if (!session_is_shared(s, it->id))
					continue;
				strbuf_puts(b, "\n**");
				rpt_md_escape(b, iv->participants[k].alias);
				strbuf_puts(b, "** deelde bij \"");
				rpt_md_escape(b, it->text);
				strbuf_puts(b, "\":\n\n> ");
				rpt_md_escape_in(b, session_get(s, it->id).text, "> ");
				strbuf_puts(b, "\n");
			}
		}
	}
}

/* Per participant: answered, notes and afspraken. */
static void md_participants(struct strbuf *b, const struct intervisie *iv,
			    const struct questionnaire *q)
{
	size_t nk = iv->n_participants;
	strbuf_puts(b, "\n## Per deelnemer\n");
	for (size_t k = 0; k < nk; k++) {
		const struct intervisie_participant *p = &iv->participants[k];
		strbuf_puts(b, "\n### ");
		rpt_md_escape(b, p->alias);
		strbuf_printf(b, "\n\n%zu van %zu vragen beantwoord",
			      session_count_answered(p->answers, q), q->n_items);
		if (p->imported)
			strbuf_printf(b, " (ingelezen uit sessie `%s`)", p->imported);
		strbuf_puts(b, ".\n\n**Notities**\n\n");
		md_text_block(b, p->notes, "Geen notities.");
		strbuf_puts(b, "\n**Afspraken**\n\n");
		md_text_block(b, p->afspraken, "Geen afspraken.");
	}
}

char *intervisie_markdown(const struct intervisie *iv, const struct catalogue *cat,
			  const struct questionnaire *q, size_t *len)
{
	struct intervisie_scores sc;
	if (!intervisie_scores_compute(iv, cat, q, &sc))
		return NULL;
	struct strbuf b;
	strbuf_init(&b);
	md_header(&b, iv, q);
	md_scores(&b, iv, cat, &sc);
	md_prompts(&b, iv, q);
	md_participants(&b, iv, q);
	intervisie_scores_finish(&sc);
	return rpt_finish(&b, len);
}

void intervisie_filename(const struct intervisie *iv, const char *date, char *buf, size_t size)
{
	char slug[41];
	size_t n = 0;
	utf8proc_uint8_t *folded = NULL;
	if (utf8proc_map((const utf8proc_uint8_t *)iv->name, 0, &folded,
			 UTF8PROC_NULLTERM | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK |
			     UTF8PROC_CASEFOLD) < 0)
		folded = NULL;
	const char *s = folded ? (const char *)folded : "";
	bool dash = false;
	for (; *s && n < sizeof(slug) - 1; s++) {
		char c = *s;
		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
			if (dash && n > 0 && n < sizeof(slug) - 2)
				slug[n++] = '-';
			dash = false;
			slug[n++] = c;
		} else if (c >= 'A' && c <= 'Z') {
			if (dash && n > 0 && n < sizeof(slug) - 2)
				slug[n++] = '-';
			dash = false;
			slug[n++] = (char)(c - 'A' + 'a');
		} else {
			dash = true;
		}
	}
	slug[n] = '\0';
	free(folded);
	/* "intervisie-" first, unless the name says so itself ("Intervisie
	 * Noord", "Noord-intervisiegroep"): never twice */
	bool says = false;
	for (const char *w = slug; *w && !says; w = strchr(w, '-') ? strchr(w, '-') + 1 : "")
		says = strncmp(w, "intervisie", 10) == 0;
	snprintf(buf, size, "%s%s-%s.md", says ? "" : "intervisie-", n ? slug : "groep", date);
}
