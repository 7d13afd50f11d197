#ifndef SPIEGEL_TUI_OBSERVE_ACTIONS_H
#define SPIEGEL_TUI_OBSERVE_ACTIONS_H

/* The actions of `spiegel observe` full screen (an observer answering a
 * feedback form), written once like the questionnaire's (see
 * tui/questionnaire/actions.h): X(id, keys, footer keys, footer words,
 * flags, help). The key map, the footers, the help screen and (through
 * test/unit/test_keys.c) the man page's table come from here. */

#include "spiegel/feedback.h"
#include "tui/keys.h"
#include "tui/widget/actions.h"

#define O_ACTIONS(X)                                                                               \
	X(O_BEGIN, ACT_KEYS(K_ENTER), NULL, "beginnen", 0,                                         \
	  "Op het eerste scherm: beginnen; eerst kies je je rol.")                                 \
	X(O_CHOOSE, ACT_KEYS('1', '2', '3', '4', K_UP, K_DOWN, K_ENTER), "cijfer ↑↓ Enter",        \
	  "rol kiezen", 0,                                                                         \
	  "Je rol kiezen: meteen met haar nummer, of aanwijzen en met Enter; daarna komen de "     \
	  "vragen.")                                                                               \
	X(O_TO_START, ACT_KEYS(K_ESC, K_LEFT), "Esc", "terug", 0,                                  \
	  "Terug naar het begin: wie ziet wat.")                                                   \
	X(O_ANSWER, ACT_KEYS('0', '1', '2', '3', '4', '5', K_UP, K_DOWN, K_ENTER), "0-5 ↑↓",       \
	  "antwoord", 0,                                                                           \
	  "Een antwoord kiezen: meteen met het nummer, of aanwijzen en met Enter kiezen; daarna "  \
	  "door naar de volgende vraag. 0 is " FEEDBACK_UNKNOWN_LABEL ": dat telt niet mee.")      \
	X(O_CLEAR, ACT_KEYS(K_BACKSPACE, K_DELETE), NULL, NULL, 0,                                 \
	  "Het antwoord op deze vraag weghalen: de vraag telt dan niet mee.")                      \
	X(O_PAGE, ACT_KEYS(K_LEFT, K_RIGHT, K_PGUP, K_PGDN), "←→", "bladeren", 0,                  \
	  "Naar de vorige of de volgende vraag; terug vanaf de eerste vraag kom je bij je rol.")   \
	X(O_TYPE_START, ACT_KEYS(K_ENTER), NULL, "typen", 0,                                       \
	  "Bij een open vraag: je antwoord typen of wijzigen.")                                    \
	X(O_TYPE_NEXT, ACT_KEYS(K_ENTER), NULL, "verder", 0,                                       \
	  "Klaar met deze open vraag: door naar de volgende, of naar het einde.")                  \
	X(O_TYPE_PAGE, ACT_KEYS(K_PGUP, K_PGDN), "PgUp", "vorige", 0,                              \
	  "Naar de vorige of de volgende vraag; wat je typte blijft staan.")                       \
	X(O_STOP_TYPING, ACT_KEYS(K_ESC), NULL, "klaar met typen", 0,                              \
	  "Stoppen met typen, zodat q, ? en de pijltjes weer werken; met Enter typ je weer "       \
	  "verder.")                                                                               \
	X(O_TYPE, ACT_KEYS(K_TEXT), NULL, "je antwoord", 0,                                        \
	  "Je antwoord (q en ? zijn dan gewoon letters).")                                         \
	X(O_EDIT, ACT_KEYS(K_LEFT, K_RIGHT, K_HOME, K_END, K_BACKSPACE, K_DELETE, K_CTRL_U), NULL, \
	  NULL, 0, "In je antwoord de cursor verplaatsen en tekens wissen; Ctrl-U wist alles.")    \
	X(O_SAVE, ACT_KEYS(K_ENTER), NULL, "opslaan", 0,                                           \
	  "Je antwoorden opslaan in één bestand, zonder je naam, en stoppen.")                     \
	X(O_BACK, ACT_KEYS(K_ESC, K_LEFT), "Esc", "terug", 0,                                      \
	  "Terug naar de vragen, om iets te wijzigen.")                                            \
	X(O_SCROLL, ACT_KEYS(K_UP, K_DOWN, K_PGUP, K_PGDN, K_HOME, K_END), "↑↓", "scrollen", 0,    \
	  "Scrollen: per regel, per pagina, of naar het begin of het eind.")                       \
	X(O_CLOSE_HELP, ACT_KEYS(K_ESC, '?', K_ENTER), "Esc ?", "terug", 0,                        \
	  "Terug naar waar je was.")                                                               \
	X(O_HELP, ACT_KEYS('?'), NULL, "uitleg", ACT_ALWAYS,                                       \
	  "Uitleg: hoe je antwoordt, wie wat ziet, en de toetsen.")                                \
	X(O_QUIT, ACT_KEYS('q'), NULL, "stoppen", ACT_ALWAYS,                                      \
	  "Stoppen voordat je iets beantwoordde: er komt geen bestand.")                           \
	X(O_END, ACT_KEYS('q'), NULL, "stoppen", ACT_ALWAYS,                                       \
	  "Naar het einde: daar sla je op wat je beantwoordde, of stop je zonder op te slaan.")    \
	X(O_ABANDON, ACT_KEYS('Q', K_CTRL_C), "Q", "stoppen zonder opslaan", ACT_ALWAYS,           \
	  "Stoppen zonder op te slaan: er komt geen bestand en je antwoorden zijn weg.")           \
	X(O_HALT, ACT_KEYS(K_CTRL_C), NULL, NULL, 0,                                               \
	  "Stoppen zonder op te slaan: er komt geen bestand.")

/* Shorter footer words, for a narrow screen. */
#define O_SHORT(id) ((id) == O_ABANDON ? "zonder opslaan" : NULL)

enum o_action {
#define O_ENUM(id, keys, fkeys, foot, flags, help) id,
	O_ACTIONS(O_ENUM)
#undef O_ENUM
	    O_N_ACTIONS
};

extern const struct action o_actions[O_N_ACTIONS];

/* The keymaps of the screens (action ids, ended by -1). */
extern const int o_keys_welcome[], o_keys_role[], o_keys_welcome_answered[], o_keys_role_answered[],
    o_keys_item[], o_keys_open[], o_keys_typing[], o_keys_finish[], o_keys_help[],
    o_keys_help_fresh[];

/* The keymaps the man page documents (OBSERVE under TOETSEN), in order,
 * ended by NULL; test/unit/test_keys.c compares them with doc/spiegel.1. */
extern const int *const o_man_keymaps[];
extern const char o_man_title[], o_man_intro[];

#endif
