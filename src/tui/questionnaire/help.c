/* The help screen: about the question (why it is asked, its source, what
 * to talk about) or about spiegel, what sharing means, and the keys of the
 * screen it was opened from, from the action table. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "actions.h"
#include "app.h"
#include "tui/widget/doc.h"
#include "tui/widget/put.h"

void help_open(struct app *a)
{
	a->help_return = a->shell.screen;
	a->help_scroll = 0;
	app_go(a, &q_help_screen);
}

/* Why this item is asked, its source and the section's prompts. */
static void about_item(const struct app *a, struct doc *d)
{
	const struct item *it = &a->m.q->items[a->cur];
	const struct section *sec = &a->m.q->sections[it->section];
	char buf[1024];
	doc_text(d, it->text, A_BOLD, 0);
	doc_blank(d);
	doc_text(d, "Waarom deze vraag", A_BOLD | A_UNDERLINE, 0);
	doc_text(d, it->help ? it->help : "Bij deze vraag is geen extra uitleg.", A_NORMAL, 0);
	doc_blank(d);
	doc_text(d, "Bron", A_BOLD | A_UNDERLINE, 0);
	content_source_format(&it->source, buf, sizeof(buf));
	doc_text(d, buf, A_NORMAL, 0);
	if (sec->n_prompts) {
		doc_blank(d);
		doc_text(d, "Om over door te praten", A_BOLD | A_UNDERLINE, 0);
		for (size_t i = 0; i < sec->n_prompts; i++) {
			snprintf(buf, sizeof(buf), "- %s", sec->prompts[i]);
			doc_text(d, buf, A_NORMAL, 0);
		}
	}
	doc_blank(d);
}

static void about_spiegel(struct doc *d)
{
	doc_text(d,
		 "spiegel stelt je vragen over je eigen leiderschap. Elk antwoord wordt meteen "
		 "opgeslagen; met q stop je en later ga je verder waar je was.",
		 A_NORMAL, 0);
	doc_blank(d);
	doc_text(d,
		 "Lukt opslaan niet, dan zegt de onderste regel NIET OPGESLAGEN en waarom. Je "
		 "antwoorden staan dan alleen in het geheugen: q probeert opnieuw en stopt pas als "
		 "het lukt; Q of Ctrl-C stopt zonder opslaan.",
		 A_NORMAL, 0);
	doc_blank(d);
}

/* From the overview or an open item: what sharing means, and how much is
 * shared. */
static void about_sharing(const struct app *a, struct doc *d)
{
	size_t shared = 0, n_open = 0;
	bool item = a->help_return == &q_item_screen;
	if (a->m.s && (a->help_return == &q_review_screen ||
		       (item && a->m.q->items[a->cur].type == ITEM_OPEN)))
		n_open = app_count_open(a, &shared);
	if (!n_open)
		return;
	char buf[256];
	doc_text(d, "Delen met de groep", A_BOLD | A_UNDERLINE, 0);
	doc_text(d,
		 "Je antwoorden op open vragen zijn privé. Met Ctrl-D deel je een antwoord met de "
		 "groep, of maak je het weer privé: bij de vraag zelf (ook terwijl je typt) of in "
		 "het overzicht. Alleen gedeelde antwoorden gaan mee in een inleverbestand voor je "
		 "trainer of coach, zonder je naam. Je keuze wordt meteen opgeslagen.",
		 A_NORMAL, 0);
	if (item)
		snprintf(buf, sizeof(buf), "Dit antwoord is %s. Gedeeld: %zu van de %zu.",
			 session_is_shared(a->m.s, a->m.q->items[a->cur].id)
			     ? "gedeeld met de groep"
			     : "privé",
			 shared, n_open);
	else
		snprintf(buf, sizeof(buf), "Gedeeld: %zu van de %zu open antwoorden.", shared,
			 n_open);
	doc_text(d, buf, A_DIM, 0);
	doc_blank(d);
}

/* From the voornemen screens: what a voornemen is and where it goes. */
static void about_plans(struct doc *d)
{
	doc_text(d, "Voornemens", A_BOLD | A_UNDERLINE, 0);
	doc_text(
	    d,
	    "Een voornemen is een stap die je kiest om mee aan de slag te gaan: je eerste "
	    "concrete stap, een datum, met wie en hoe je merkt dat het werkt. Op die datum kijk "
	    "je terug: hoe ging het, wat heb je geleerd, en hoe ga je verder. Sluit je het af, "
	    "dan stelt spiegel voor de vragenlijst later opnieuw te doen, om te zien wat er "
	    "veranderde.",
	    A_NORMAL, 0);
	doc_blank(d);
	doc_text(d,
		 "Je voornemens en terugblikken zijn privé: ze staan in je eigen map, gaan nooit "
		 "mee in een inleverbestand of groepsrapport, en komen alleen in je portfolio als "
		 "je dat zelf maakt (spiegel portfolio).",
		 A_NORMAL, 0);
	doc_blank(d);
}

static void build_help(const struct app *a, struct doc *d)
{
	d->width = COLS - 2;
	if (a->help_return == &q_item_screen && a->m.q)
		about_item(a, d);
	else if (a->help_return == &q_plan_screen || a->help_return == &q_plans_screen)
		about_plans(d);
	else
		about_spiegel(d);
	about_sharing(a, d);
	doc_text(d, "Toetsen", A_BOLD | A_UNDERLINE, 0);
	struct keymap km;
	tui_keymap(&a->shell, a, a->help_return, &km);
	actions_help(q_actions, &km, d, 12);
}

/* The rows of the document: from line 2 to the status. */
static int help_rows(const struct app *a)
{
	return app_bottom(a, LINES - 2) - 2;
}

static void help_resize(void *st)
{
	struct app *a = st;
	struct doc d = {0};
	build_help(a, &d);
	a->help_scroll = doc_clamp(d.n, a->help_scroll, help_rows(a));
	doc_free(&d);
}

static void help_draw(const void *st)
{
	const struct app *a = st;
	app_frame(a, "Uitleg", NULL);
	struct doc d = {0};
	build_help(a, &d);
	doc_draw_view(&d, 2, a->help_scroll, help_rows(a));
	doc_free(&d);
}

static enum tui_result help_handle(void *st, int act, int key)
{
	struct app *a = st;
	switch (act) {
	case Q_SCROLL:
		a->help_scroll = q_scroll_key(a->help_scroll, key);
		return TUI_HANDLED;
	case Q_CLOSE_HELP:
		tui_back(&a->shell, a, a->help_return);
		return TUI_HANDLED;
	default:
		return TUI_IGNORED;
	}
}

static const int *help_keymap(const void *st)
{
	return q_keys_help;
}

const struct tui_screen q_help_screen = {TUI_SCREEN("help", help, keymap, handle, resize, draw)};
