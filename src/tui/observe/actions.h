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
	ACT_PAGE(                                                                                  \
	    X, O_PAGE,                                                                             \
	    "Naar de vorige of de volgende vraag; terug vanaf de eerste vraag kom je bij je rol.") \
	ACT_TYPE_START(X, O_TYPE_START, "Bij een open vraag: je antwoord typen of wijzigen.")      \
	X(O_TYPE_NEXT, ACT_KEYS(K_ENTER), NULL, "verder", 0,                                       \
	  "Klaar met deze open vraag: door naar de volgende, of naar het einde.")                  \
	ACT_TYPE_PAGE(X, O_TYPE_PAGE,                                                              \
		      "Naar de vorige of de volgende vraag; wat je typte blijft staan.")           \
	ACT_STOP_TYPING(X, O_STOP_TYPING)                                                          \
	ACT_TYPE(X, O_TYPE, "je antwoord", "Je antwoord")                                          \
	ACT_EDIT(X, O_EDIT, "je antwoord")                                                         \
	X(O_SAVE, ACT_KEYS(K_ENTER), NULL, "opslaan", 0,                                           \
	  "Je antwoorden opslaan in één bestand, zonder je naam, en stoppen.")                     \
	X(O_BACK, ACT_KEYS(K_ESC, K_LEFT), "Esc", "terug", 0,                                      \
	  "Terug naar de vragen, om iets te wijzigen.")                                            \
	ACT_SCROLL(X, O_SCROLL)                                                                    \
	ACT_CLOSE_HELP(X, O_CLOSE_HELP)                                                            \
	ACT_HELP(X, O_HELP, "Uitleg: hoe je antwoordt, wie wat ziet, en de toetsen.")              \
	ACT_QUIT(X, O_QUIT, "Stoppen voordat je iets beantwoordde: er komt geen bestand.")         \
	ACT_QUIT(                                                                                  \
	    X, O_END,                                                                              \
	    "Naar het einde: daar sla je op wat je beantwoordde, of stop je zonder op te slaan.")  \
	ACT_ABANDON(X, O_ABANDON,                                                                  \
		    "Stoppen zonder op te slaan: er komt geen bestand en je antwoorden zijn weg.") \
	ACT_HALT(X, O_HALT, "Stoppen zonder op te slaan: er komt geen bestand.")

/* Shorter footer words, for a narrow screen. */
#define O_SHORT(id) ((id) == O_ABANDON ? "zonder opslaan" : NULL)

ACT_DECLARE(o_action, O_ACTIONS, O_N_ACTIONS, o_actions);

/* The keymaps of the screens (action ids, ended by -1). */
extern const int o_keys_welcome[], o_keys_role[], o_keys_welcome_answered[], o_keys_role_answered[],
    o_keys_item[], o_keys_open[], o_keys_typing[], o_keys_finish[], o_keys_help[],
    o_keys_help_fresh[];

/* The keymaps the man page documents (OBSERVE under TOETSEN), in order,
 * ended by NULL; test/unit/test_keys.c compares them with doc/spiegel.1. */
extern const struct actions_man o_man; /* its part of TOETSEN */

#endif
