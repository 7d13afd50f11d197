/* The help of the meeting screens: how a meeting goes, where the methods
 * come from (the kit's note: general knowledge, not the sources), and the
 * keys of the screen it was opened from, from the action table. */
#include <stdio.h>
#include <stdlib.h>

#include "actions.h"
#include "mtg.h"
#include "tui/widget/doc.h"

void mtg_help_open(struct mtg *m)
{
	if (m->shell.screen == &m_help_screen)
		return;
	m->help_return = m->shell.screen;
	m->help_scroll = 0;
	tui_back(&m->shell, m, &m_help_screen);
}

static void build_help(const struct mtg *m, struct doc *d)
{
	d->width = COLS - 2;
	doc_text(d,
		 "Een bijeenkomst begint met de terugblik op de stappen van de vorige keer (1). "
		 "In de opzet (2) kies je de datum, de methode en samen de agenda. Bij de casus "
		 "(3) vul je in wat de inbrenger vertelt en kies je 1 tot 3 thema's; hun kaarten "
		 "(5) geven open vragen en een verdiepende vraag. De fasen (4) volgen de methode, "
		 "met een timer die je zelf start en pauzeert. In de aantekeningen (6) staan de "
		 "vragen van de groep en het inzicht van de inbrenger; je eindigt met één "
		 "concrete stap per deelnemer (7).",
		 A_NORMAL, 0);
	doc_blank(d);
	doc_text(d, "Waar de methoden vandaan komen", A_BOLD, 0);
	doc_text(d, m->kit->note, A_NORMAL, 0);
	doc_blank(d);
	doc_text(d,
		 "Alles wordt na elke wijziging opgeslagen. Het verslag maak je met spiegel "
		 "intervisie GROEP verslag; de groep krijgt alleen wat zij wil delen.",
		 A_NORMAL, 0);
	doc_blank(d);
	doc_text(d, "Toetsen", A_BOLD | A_UNDERLINE, 0);
	struct keymap km;
	tui_keymap(&m->shell, m, m->help_return, &km);
	actions_help(m_actions, &km, d, 12);
}

static int help_rows(const struct mtg *m)
{
	return mtg_bottom(m) - 1;
}

static void help_resize(void *st)
{
	struct mtg *m = st;
	struct doc d = {0};
	build_help(m, &d);
	m->help_scroll = doc_clamp(d.n, m->help_scroll, help_rows(m));
	doc_free(&d);
}

static void help_draw(const void *st)
{
	const struct mtg *m = st;
	mtg_frame(m, "Uitleg", -1);
	struct doc d = {0};
	build_help(m, &d);
	doc_draw(&d, 2, m->help_scroll, help_rows(m));
	doc_scroll_mark(d.n, m->help_scroll, help_rows(m), 2 + help_rows(m));
	doc_free(&d);
}

static enum tui_result help_handle(void *st, int act, int key)
{
	struct mtg *m = st;
	switch (act) {
	case M_SCROLL:
		m->help_scroll = doc_scroll_key(m->help_scroll, key, help_rows(m) - 1);
		return TUI_HANDLED;
	case M_CLOSE_HELP:
		tui_back(&m->shell, m, m->help_return);
		return TUI_HANDLED;
	default:
		return TUI_IGNORED;
	}
}

static const int *help_keymap(const void *st)
{
	(void)st;
	return m_keys_help;
}

const struct tui_screen m_help_screen = {
    TUI_SCREEN("meeting-help", help, keymap, handle, resize, draw)};
