/* The help: what intervisie is for, the keys of the screen it was opened
 * from (from the action table), the marks of the grid and the screens of
 * a group. */
#include <stdio.h>
#include <stdlib.h>

#include "actions.h"
#include "app.h"
#include "tui/text.h"
#include "tui/widget/doc.h"
#include "tui/widget/put.h"

void iv_help_open(struct iv_app *a)
{
	a->help_return = a->shell.screen;
	a->help_scroll = 0;
	iv_go(a, &iv_help_screen);
}

struct mark {
	const char *key, *what;
};

/* Rows "key<padding> what" under a heading. */
static void marks(struct doc *d, const char *heading, const struct mark *m, size_t n)
{
	doc_blank(d);
	doc_text(d, heading, A_BOLD | A_UNDERLINE, 0);
	for (size_t i = 0; i < n; i++) {
		int w = tui_width(m[i].key);
		char *line = text_fmt("%s%*s %s", m[i].key, w < 14 ? 14 - w : 0, "", m[i].what);
		doc_text(d, line, A_NORMAL, 2);
		free(line);
	}
}

static const struct mark grid_marks[] = {
    {"≠", "de groep denkt verschillend: iemand antwoordde 1 of 2, een ander 4 of 5"},
    {"↺", "omgekeerd gesteld: een hoog antwoord telt laag in de score"},
    {"✎", "een open vraag (alleen gedeelde antwoorden, via inlezen)"},
    {"◆", "een situatie (via inlezen)"},
};

static const struct mark group_screens[] = {
    {"w", "vragen per deel, met de tabel"},
    {"o", "groepsoverzicht per praktijk"},
    {"a", "aantekeningen: notities en afspraken"},
    {"i", "antwoorden inlezen uit een bestand"},
    {"d", "deelnemers: hernoemen, toevoegen, verwijderen"},
    {"e", "exporteren als Markdown"},
};

static void help_doc(const struct iv_app *a, struct doc *d)
{
	d->width = COLS - 2;
	doc_text(d,
		 "Met intervisie leg je als coach een groep vast: de deelnemers (met een "
		 "naam of alias), per deel van de vragenlijst de gespreksvragen en ieders "
		 "antwoorden, het overzicht van de groep per praktijk, en per deelnemer je "
		 "notities en afspraken. Elke wijziging wordt meteen opgeslagen; met q ga "
		 "je terug en stop je, zonder iets kwijt te raken.",
		 A_NORMAL, 0);
	doc_blank(d);
	doc_text(d,
		 "Antwoorden: typ ze in de tabel (likert 1-5, n = niet van toepassing, bij "
		 "een keuzevraag het nummer), of lees het sessie- of inleverbestand van een "
		 "deelnemer in met i. Situaties en open vragen komen alleen via inlezen mee; "
		 "open antwoorden alleen als de deelnemer ze deelt.",
		 A_NORMAL, 0);
	doc_blank(d);
	doc_text(d, "Toetsen op dit scherm", A_BOLD | A_UNDERLINE, 0);
	struct keymap km;
	tui_keymap(&a->shell, a, a->help_return, &km);
	actions_help(iv_actions, &km, d, 14);
	if (a->help_return == &iv_walk_screen)
		marks(d, "Tekens in de tabel", grid_marks,
		      sizeof(grid_marks) / sizeof(grid_marks[0]));
	if (!a->iv)
		return;
	marks(d, "Schermen van een groep", group_screens,
	      sizeof(group_screens) / sizeof(group_screens[0]));
	doc_blank(d);
	char *line = text_fmt("Deze groep: %s (id %s). Later verder met: spiegel intervisie %s",
			      a->iv->name, a->iv->id, a->iv->id);
	doc_text(d, line, A_DIM, 0);
	free(line);
}

static void help_resize(void *st)
{
	struct iv_app *a = st;
	struct doc d = {0};
	help_doc(a, &d);
	a->help_scroll = doc_clamp(d.n, a->help_scroll, iv_bottom(a) - 2);
	doc_free(&d);
}

static void help_draw(const void *st)
{
	const struct iv_app *a = st;
	iv_frame(a, "Uitleg · intervisie", NULL);
	struct doc d = {0};
	help_doc(a, &d);
	int h = iv_bottom(a) - 2;
	if (h >= 1) {
		doc_draw(&d, 2, a->help_scroll, h);
		doc_scroll_mark(d.n, a->help_scroll, h, 2 + h - 1);
	}
	doc_free(&d);
	iv_status(a);
}

static enum tui_result help_handle(void *st, int act, int key)
{
	struct iv_app *a = st;
	switch (act) {
	case IV_HELP_SCROLL:
		a->help_scroll = doc_scroll_key(a->help_scroll, key, LINES - 6);
		return TUI_HANDLED;
	case IV_CLOSE_HELP:
		tui_back(&a->shell, a, a->help_return);
		return TUI_HANDLED;
	default:
		return TUI_IGNORED;
	}
}

static const int *help_keymap(const void *st)
{
	(void)st;
	return iv_keys_help;
}

const struct tui_screen iv_help_screen = {TUI_SCREEN("help", help, keymap, handle, resize, draw)};
