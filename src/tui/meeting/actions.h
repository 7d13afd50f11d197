#ifndef SPIEGEL_TUI_MEETING_ACTIONS_H
#define SPIEGEL_TUI_MEETING_ACTIONS_H

/* The actions of the meeting screens (spiegel intervisie GROEP
 * bijeenkomst), written once like the questionnaire's (see
 * tui/questionnaire/actions.h): X(id, keys, footer keys, footer words,
 * flags, help). The key map, the footers, the help screen and (through
 * test/unit/test_keys.c) the man page's table come from here. */

#include "tui/keys.h"
#include "tui/widget/actions.h"

#define M_ACTIONS(X)                                                                               \
	X(M_OPEN, ACT_KEYS(K_ENTER), NULL, "openen", 0,                                            \
	  "De aangewezen bijeenkomst openen, of een nieuwe beginnen.")                             \
	X(M_MOVE, ACT_KEYS(K_UP, K_DOWN, K_PGUP, K_PGDN, K_HOME, K_END), "↑↓", "naar", 0,          \
	  "Naar het vorige of volgende veld of de vorige of volgende keuze; PgUp, PgDn, Home en "  \
	  "End springen verder.")                                                                  \
	ACT_TYPE_START(X, M_TYPE_START,                                                            \
		       "In het aangewezen veld typen; wat er al stond blijft staan.")              \
	X(M_CHOOSE, ACT_KEYS(K_ENTER, K_SPACE), "Enter", "kiezen", 0,                              \
	  "De aangewezen keuze maken (een methode, de inbrenger, een stap, hoe een stap ging).")   \
	X(M_TOGGLE, ACT_KEYS(K_ENTER, K_SPACE), "Spatie", "aan/uit", 0,                            \
	  "Het aangewezen thema of de aangewezen vraag aan- of uitzetten: thema's kies je 1 tot "  \
	  "3; een vraag die je aanzet, staat als gesteld in het verslag.")                         \
	X(M_OPEN_STEP, ACT_KEYS(K_ENTER), NULL, "stap", 0,                                         \
	  "De volgende stap van de aangewezen deelnemer invullen of wijzigen.")                    \
	X(M_TIMER, ACT_KEYS(K_SPACE), NULL, "timer", 0,                                            \
	  "De timer van deze fase starten of pauzeren. Hij loopt alleen als je hem start en "      \
	  "piept nooit; over de tijd staat er alleen hoeveel.")                                    \
	X(M_PHASE, ACT_KEYS(K_LEFT, K_RIGHT), "←→", "fase", 0,                                     \
	  "Naar de vorige of de volgende fase van de methode; de timer begint daar bij 0.")        \
	X(M_PART, ACT_KEYS('1', '2', '3', '4', '5', '6', '7'), NULL, "onderdeel", 0,               \
	  "Naar een onderdeel: 1 terugblik, 2 opzet, 3 casus, 4 fasen, 5 kaarten, 6 "              \
	  "aantekeningen, 7 stappen.")                                                             \
	X(M_NEXT_PART, ACT_KEYS(K_TAB, K_BTAB), "Tab", "verder", 0,                                \
	  "Naar het volgende onderdeel; Shift-Tab naar het vorige.")                               \
	X(M_BACK, ACT_KEYS(K_ESC), NULL, "terug", 0, "Terug naar de stappen van de groep.")        \
	X(M_TYPE_DONE, ACT_KEYS(K_ENTER, K_ESC), "Enter", "klaar", 0,                              \
	  "Klaar met typen: de tekst wordt bewaard en q, ? en de pijltjes werken weer.")           \
	X(M_TYPE_NEXT, ACT_KEYS(K_TAB), NULL, "volgend veld", 0,                                   \
	  "De tekst bewaren en meteen verder typen in het volgende veld.")                         \
	ACT_TYPE(X, M_TYPE, "de tekst", "De tekst van het veld")                                   \
	ACT_EDIT(X, M_EDIT, "de tekst")                                                            \
	ACT_SCROLL(X, M_SCROLL)                                                                    \
	ACT_CLOSE_HELP(X, M_CLOSE_HELP)                                                            \
	ACT_HELP(X, M_HELP,                                                                        \
		 "Uitleg: hoe een bijeenkomst verloopt, waar de methoden vandaan komen, en de "    \
		 "toetsen.")                                                                       \
	ACT_QUIT(X, M_QUIT,                                                                        \
		 "Stoppen. Alles is al opgeslagen na elke wijziging; met dezelfde opdracht ga je " \
		 "verder waar je was.")                                                            \
	ACT_HALT(X, M_HALT, "Stoppen; wat je aan het typen was, wordt eerst bewaard.")

ACT_DECLARE(m_action, M_ACTIONS, M_N_ACTIONS, m_actions);

/* The keymaps of the screens (action ids, ended by -1): the list of
 * meetings; a form with a text field, a choice or a toggle focused (and the
 * same on a screen reached from another, with Esc back); the phases; the
 * steps of the group; typing; the help. */
extern const int m_keys_start[], m_keys_field[], m_keys_choice[], m_keys_toggle[], m_keys_steps[],
    m_keys_sub_field[], m_keys_sub_choice[], m_keys_phase[], m_keys_typing[], m_keys_help[],
    m_keys_none[];

/* The keymaps the man page documents (its own section under TOETSEN), in
 * order, ended by NULL; test/unit/test_keys.c compares them with
 * doc/spiegel.1. */
extern const struct actions_man m_man; /* its part of TOETSEN */

#endif
