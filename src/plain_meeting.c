/* A meeting in plain mode, line by line (spiegel intervisie GROEP
 * bijeenkomst [N] --plain): the follow-up of last time's steps, the casus
 * and its themes, the method's phases with their questions, the prompt
 * cards and the phase timer, the notes, a next step per participant. Every
 * answer is saved at once. The model is the core's (meeting.h); this file
 * only asks and shows. */
#include "plain_meeting.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"

struct walk {
	struct intervisie *iv;
	size_t i; /* the meeting */
	const char *path;
	const struct meeting_kit *kit;
	const struct catalogue *cat;
	FILE *in, *out;
	bool eof, stop;
	bool failed; /* a save failed */
};

/* One line of input without its newline into buf; false at EOF or
 * "stop". */
static bool ask(struct walk *w, const char *prompt, char *buf, size_t size)
{
	for (;;) {
		if (w->eof || w->stop)
			return false;
		cli_printf("%s", prompt);
		fflush(w->out);
		if (!fgets(buf, (int)size, w->in)) {
			w->eof = true;
			fputc('\n', w->out);
			return false;
		}
		size_t n = strlen(buf);
		if (n && buf[n - 1] != '\n' && !feof(w->in)) {
			/* longer than any answer may be: asked again, and the rest
			 * of the line is not taken as the next answer */
			int ch;
			while ((ch = fgetc(w->in)) != EOF && ch != '\n')
				;
			fprintf(w->out, "  Te lang (hoogstens %zu tekens); niet bewaard.\n",
				size - 2);
			continue;
		}
		while (n && (buf[n - 1] == '\n' || buf[n - 1] == '\r'))
			buf[--n] = '\0';
		if (strcmp(buf, "stop") == 0) {
			w->stop = true;
			return false;
		}
		return true;
	}
}

static bool save(struct walk *w)
{
	struct diag d;
	diag_init(&d);
	bool ok = intervisie_save(w->iv, w->path, cli_io(), time(NULL), &d);
	if (!ok) {
		w->failed = true;
		fprintf(w->out, "NIET OPGESLAGEN: %s\n", diag_count(&d) ? diag_msg(&d, 0) : "?");
	}
	diag_finish(&d);
	return ok;
}

/* A diag's first message on the output (the core's Dutch words). */
static void say(struct walk *w, const struct diag *d)
{
	for (size_t k = 0; k < diag_count(d); k++)
		cli_printf("  %s\n", diag_msg(d, k));
}

static struct meeting *cur(struct walk *w)
{
	return &w->iv->meetings[w->i];
}

/* A text field: Enter keeps what is there. */
static void text_field(struct walk *w, enum meeting_text f, const char *label)
{
	char line[MEETING_MAX_TEXT + 2];
	for (int tries = 0; tries < 3; tries++) {
		const char *now = cur(w)->text[f];
		char prompt[256];
		snprintf(prompt, sizeof(prompt), "%s%s: ", label, now[0] ? " (Enter: houden)" : "");
		if (!ask(w, prompt, line, sizeof(line)) || !line[0])
			return;
		struct diag d;
		diag_init(&d);
		bool ok = meeting_set_text(cur(w), f, line, &d);
		say(w, &d);
		diag_finish(&d);
		if (ok) {
			save(w);
			return;
		}
	}
}

/* A step as a coach reads it: a catalogue step by its title. */
static const char *step_title(const struct walk *w, const struct meeting_step *s)
{
	for (size_t p = 0; s->step && w->cat && p < w->cat->n_practices; p++)
		for (size_t k = 0; k < w->cat->practices[p].n_steps; k++)
			if (strcmp(w->cat->practices[p].steps[k].id, s->step) == 0)
				return w->cat->practices[p].steps[k].title;
	return s->step ? s->step : s->text;
}

static void followups(struct walk *w)
{
	bool header = false;
	for (size_t p = 0; p < w->iv->n_participants && !w->stop && !w->eof; p++) {
		const char *alias = w->iv->participants[p].alias;
		struct meeting_due du = meeting_due(w->iv, w->i, alias);
		if (!du.found || du.done)
			continue;
		if (!header)
			fprintf(w->out, "\nTerugblik op de stappen van de vorige keer\n");
		header = true;
		const struct meeting_step *s = du.step;
		char date[40];
		meeting_date_text(date, sizeof(date), w->iv->meetings[du.from - 1].date);
		cli_printf("%s, stap van bijeenkomst %zu (%s): %s\n", alias, du.from, date,
			   step_title(w, s));
		char line[MEETING_MAX_TEXT + 2];
		int st = -1;
		while (st < 0 &&
		       ask(w, "Gedaan, deels of nog niet? (g/d/n, Enter: later): ", line,
			   sizeof(line)) &&
		       line[0]) {
			st = strcmp(line, "g") == 0   ? FOLLOWUP_GEDAAN
			     : strcmp(line, "d") == 0 ? FOLLOWUP_DEELS
			     : strcmp(line, "n") == 0 ? FOLLOWUP_NOG_NIET
						      : -1;
			if (st < 0)
				fprintf(w->out, "  Typ g, d of n.\n");
		}
		if (st < 0)
			continue;
		if (!ask(w, "Wat gebeurde er?: ", line, sizeof(line)))
			line[0] = '\0';
		struct diag d;
		diag_init(&d);
		if (!meeting_set_followup(w->iv, w->i, alias, (enum followup_status)st, line, &d) &&
		    !meeting_set_followup(w->iv, w->i, alias, (enum followup_status)st, "", &d))
			say(w, &d);
		else
			save(w);
		diag_finish(&d);
	}
}

static void casus(struct walk *w)
{
	fprintf(w->out, "\nCasus\n");
	char line[512], prompt[1024];
	size_t k = 0;
	k += (size_t)snprintf(prompt, sizeof(prompt), "Inbrenger (");
	for (size_t p = 0; p < w->iv->n_participants && k < sizeof(prompt); p++)
		k += (size_t)snprintf(prompt + k, sizeof(prompt) - k, "%s%zu %s", p ? ", " : "",
				      p + 1, w->iv->participants[p].alias);
	if (k < sizeof(prompt))
		snprintf(prompt + k, sizeof(prompt) - k,
			 "; Enter: %s): ", cur(w)->inbrenger ? "houden" : "later");
	while (ask(w, prompt, line, sizeof(line)) && line[0]) {
		long v = strtol(line, NULL, 10);
		struct diag d;
		diag_init(&d);
		bool ok =
		    v >= 1 && (size_t)v <= w->iv->n_participants &&
		    meeting_set_inbrenger(w->iv, cur(w), w->iv->participants[v - 1].alias, &d);
		diag_finish(&d);
		if (ok) {
			save(w);
			break;
		}
		fprintf(w->out, "  Kies een nummer van 1 tot %zu.\n", w->iv->n_participants);
	}
	text_field(w, MEETING_SITUATIE, "Situatie");
	text_field(w, MEETING_VRAAG, "Vraag van de inbrenger");
	text_field(w, MEETING_GEPROBEERD, "Wat al geprobeerd is");
	while (!cur(w)->n_tags &&
	       ask(w, "Thema's: 1 tot 3 kaarten, zoals VIS.A1 of visie (? voor de lijst): ", line,
		   sizeof(line)) &&
	       line[0]) {
		if (strcmp(line, "?") == 0) {
			for (size_t c = 0; c < w->kit->n_cards; c++)
				fprintf(w->out, "  %-22s %s\n", w->kit->cards[c].id,
					w->kit->cards[c].title);
			continue;
		}
		struct diag d;
		diag_init(&d);
		for (char *save_p = NULL, *t = strtok_r(line, " ,", &save_p); t;
		     t = strtok_r(NULL, " ,", &save_p)) {
			if (!meeting_kit_card(w->kit, t))
				diag_add(&d, "geen gesprekskaart \"%s\" (? voor de lijst)", t);
			else
				meeting_tag(cur(w), t, &d);
		}
		say(w, &d);
		diag_finish(&d);
		save(w);
	}
	text_field(w, MEETING_AGENDA, "Agenda");
}

static void show_cards(struct walk *w)
{
	const struct meeting *m = cur(w);
	for (size_t t = 0; t < m->n_tags; t++) {
		const struct meeting_card *c = meeting_kit_card(w->kit, m->tags[t]);
		if (!c)
			continue;
		char ref[512];
		content_source_format(&c->source, ref, sizeof(ref));
		cli_printf("  Kaart %s: %s\n", c->id, c->title);
		for (unsigned q = 1; q <= c->n_questions + 1; q++)
			cli_printf("    %u. %s%s%s\n", q, q > c->n_questions ? "Verdieping: " : "",
				   meeting_card_question(c, q),
				   meeting_is_asked(m, c->id, q) ? " (gebruikt)" : "");
		cli_printf("    Bron: %s\n", ref);
	}
}

/* One phase: its questions, the cards, then keys until Enter. */
static void phase(struct walk *w, const struct meeting_method *me)
{
	struct meeting *m = cur(w);
	const struct meeting_phase *ph = &me->phases[m->phase];
	cli_printf("\nFase %zu van %zu: %s (%u min)\n", m->phase + 1, me->n_phases, ph->title,
		   ph->minutes);
	for (size_t q = 0; q < ph->n_questions; q++)
		cli_printf("  %s\n", ph->questions[q]);
	show_cards(w);
	meeting_timer_start(&m->timer, time(NULL));
	save(w);
	char line[256];
	while (ask(w,
		   "(Enter: volgende fase; g KAART N: vraag gebruikt; p: timer pauze of verder) > ",
		   line, sizeof(line))) {
		char buf[96];
		if (!line[0])
			break;
		if (strcmp(line, "p") == 0) {
			if (m->timer.running)
				meeting_timer_pause(&m->timer, time(NULL));
			else
				meeting_timer_start(&m->timer, time(NULL));
			meeting_timer_text(&m->timer, time(NULL), ph->minutes, buf, sizeof(buf));
			cli_printf("  Timer: %s\n", buf);
			save(w);
			continue;
		}
		char card[48];
		unsigned q;
		struct diag d;
		diag_init(&d);
		if (sscanf(line, "g %47s %u", card, &q) == 2 &&
		    meeting_card_question(meeting_kit_card(w->kit, card), q)) {
			if (meeting_set_asked(m, card, q, true, &d))
				save(w);
		} else {
			diag_add(&d, "typ g, een kaart en het nummer van een vraag (g VIS.A1 2)");
		}
		say(w, &d);
		diag_finish(&d);
	}
	if (w->stop || w->eof)
		return;
	char buf[96];
	meeting_timer_text(&m->timer, time(NULL), ph->minutes, buf, sizeof(buf));
	cli_printf("  Fase klaar: %s\n", buf);
	meeting_phase_next(m, me->n_phases, time(NULL));
	save(w);
}

/* The catalogue's steps of the practices of the casus's cards (all
 * practices when it has none). */
static void list_steps(struct walk *w)
{
	const struct meeting *m = cur(w);
	for (size_t p = 0; w->cat && p < w->cat->n_practices; p++) {
		bool tagged = m->n_tags == 0;
		for (size_t t = 0; t < m->n_tags; t++) {
			const struct meeting_card *c = meeting_kit_card(w->kit, m->tags[t]);
			tagged |= c && c->practice == p;
		}
		if (!tagged)
			continue;
		const struct practice *pr = &w->cat->practices[p];
		cli_printf("  %s\n", pr->name);
		for (size_t k = 0; k < pr->n_steps; k++)
			cli_printf("    %-12s %s\n", pr->steps[k].id, pr->steps[k].title);
	}
}

static void steps(struct walk *w)
{
	fprintf(w->out, "\nVolgende stap per deelnemer\n");
	for (size_t p = 0; p < w->iv->n_participants && !w->stop && !w->eof; p++) {
		const char *alias = w->iv->participants[p].alias;
		if (meeting_step_complete(meeting_find_step(cur(w), alias)))
			continue;
		char step[MEETING_MAX_TEXT + 2], date[64], signal[MEETING_MAX_TEXT + 2];
		char prompt[320];
		snprintf(prompt, sizeof(prompt),
			 "Stap van %s: een stap-id (NS-..., ? voor de lijst) of eigen woorden "
			 "(Enter: later): ",
			 alias);
		bool got;
		while ((got = ask(w, prompt, step, sizeof(step))) && strcmp(step, "?") == 0)
			list_steps(w);
		if (!got || !step[0])
			continue;
		bool id = strncmp(step, "NS-", 3) == 0 && !strchr(step, ' ');
		if (!ask(w, "Wanneer (jjjj-mm-dd): ", date, sizeof(date)))
			date[0] = '\0';
		if (!ask(w, "Hoe merk je dat het gelukt is?: ", signal, sizeof(signal)))
			signal[0] = '\0';
		struct diag d;
		diag_init(&d);
		if (meeting_set_step(w->iv, cur(w), alias, id ? step : NULL, id ? NULL : step, date,
				     signal, &d))
			save(w);
		say(w, &d);
		diag_finish(&d);
	}
}

/* A new meeting: its date (Enter: today) and method. */
static bool new_meeting(struct walk *w, time_t now)
{
	char today[MEETING_DATE_LEN + 1], line[128], prompt[128];
	strftime(today, sizeof(today), "%Y-%m-%d", localtime(&now));
	snprintf(prompt, sizeof(prompt), "Datum (jjjj-mm-dd, Enter: %s): ", today);
	struct diag d;
	diag_init(&d);
	while (ask(w, prompt, line, sizeof(line)) && line[0] && !meeting_date_ok(line))
		fprintf(w->out, "  Schrijf de datum als jjjj-mm-dd, zoals %s.\n", today);
	const char *date = line[0] && meeting_date_ok(line) ? line : today;
	char dcopy[MEETING_DATE_LEN + 1];
	memcpy(dcopy, date, MEETING_DATE_LEN); /* meeting_date_ok: exactly 10 */
	dcopy[MEETING_DATE_LEN] = '\0';
	if (w->eof || w->stop)
		return false;
	fprintf(w->out, "Methode:\n");
	for (size_t k = 0; k < w->kit->n_methods; k++)
		cli_printf("  %zu. %s: %s\n", k + 1, w->kit->methods[k].name,
			   w->kit->methods[k].summary);
	int at = -1;
	while (at < 0 && ask(w, "Kies een methode (nummer): ", line, sizeof(line))) {
		long v = strtol(line, NULL, 10);
		if (v >= 1 && (size_t)v <= w->kit->n_methods)
			at = meeting_add(w->iv, dcopy, w->kit->methods[v - 1].id, &d);
		else
			fprintf(w->out, "  Kies een nummer van 1 tot %zu.\n", w->kit->n_methods);
	}
	say(w, &d);
	diag_finish(&d);
	if (at < 0)
		return false;
	w->i = (size_t)at;
	return save(w);
}

int plain_meeting(struct intervisie *iv, size_t i, const char *path, const struct meeting_kit *kit,
		  const struct catalogue *cat, FILE *in, FILE *out)
{
	struct walk w = {iv, i, path, kit, cat, in, out, false, false, false};
	if (i >= iv->n_meetings && !new_meeting(&w, time(NULL))) {
		fprintf(out, "Geen bijeenkomst gemaakt.\n");
		return w.failed ? EXIT_DATA : EXIT_OK;
	}
	i = w.i;
	const struct meeting_method *me = meeting_kit_method(kit, cur(&w)->method);
	char date[40];
	meeting_date_text(date, sizeof(date), cur(&w)->date);
	cli_printf("Bijeenkomst %zu van %s op %s, %s\n", i + 1, iv->name, date,
		   me ? me->name : cur(&w)->method);
	fprintf(out, "(Typ stop om te stoppen; alles wordt meteen opgeslagen.)\n");
	followups(&w);
	if (!cur(&w)->inbrenger || !cur(&w)->text[MEETING_SITUATIE][0])
		casus(&w);
	if (me && cur(&w)->phase < me->n_phases)
		cli_printf("\n%s\n%s\n", me->summary, kit->note);
	while (me && cur(&w)->phase < me->n_phases && !w.stop && !w.eof)
		phase(&w, me);
	if (!w.stop && !w.eof) {
		fprintf(out, "\nNotities\n");
		text_field(&w, MEETING_VRAGEN, "Vragen en hypothesen uit de groep");
		text_field(&w, MEETING_INZICHT, "Inzicht van de inbrenger");
		steps(&w);
	}
	char line[64];
	while (!cur(&w)->next[0] &&
	       ask(&w, "Volgende bijeenkomst (jjjj-mm-dd, Enter: later): ", line, sizeof(line)) &&
	       line[0]) {
		struct diag d;
		diag_init(&d);
		if (meeting_set_next(cur(&w), line, &d))
			save(&w);
		say(&w, &d);
		diag_finish(&d);
	}
	fprintf(out, "%s Het verslag: spiegel intervisie %s verslag %zu\n",
		w.failed ? "Niet alles is opgeslagen." : "Opgeslagen.", iv->id, i + 1);
	return w.failed ? EXIT_DATA : EXIT_OK;
}
