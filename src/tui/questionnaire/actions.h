#ifndef SPIEGEL_TUI_QUESTIONNAIRE_ACTIONS_H
#define SPIEGEL_TUI_QUESTIONNAIRE_ACTIONS_H

/* The actions of the questionnaire front end, written once: the key map,
 * the footers, the help screen's keys and (through test/unit/test_keys.c)
 * the man page's key tables all come from Q_ACTIONS and the keymaps below.
 *
 * X(id, keys, footer keys, footer words, flags, help): footer keys NULL
 * means as the help writes them (actions_label); footer words NULL means
 * only in the help; the rows every front end has are the kit's (ACT_QUIT,
 * ACT_SCROLL, ... in tui/widget/actions.h). Q_SHORT gives the few actions
 * that have them shorter footer words for a narrow screen. A new key: a
 * row here, its id in the keymaps of the screens where it works, a case in
 * their handler, and `meson test keys` says where the man page must
 * follow. */

#include "tui/keys.h"
#include "tui/widget/actions.h"

#define Q_DIGITS_1_5 '1', '2', '3', '4', '5'
#define Q_DIGITS_1_9 Q_DIGITS_1_5, '6', '7', '8', '9'

#define Q_ACTIONS(X)                                                                                 \
	X(Q_LIST, ACT_KEYS(K_UP, K_DOWN, K_PGUP, K_PGDN, K_HOME, K_END), "↑↓", "kiezen", 0,          \
	  "Kiezen in de lijst: per regel, per pagina, of naar het begin of het eind.")               \
	X(Q_OPEN, ACT_KEYS(K_ENTER), NULL, "openen", 0, "Openen wat je koos.")                       \
	X(Q_MENU, ACT_KEYS('1', '2', '3', '4', '5'), NULL, NULL, 0,                                  \
	  "Meteen openen wat onder dat nummer staat.")                                               \
	X(Q_BACK, ACT_KEYS(K_ESC, K_LEFT), "Esc", "terug", 0, "Terug naar het startscherm.")         \
	X(Q_ANSWER, ACT_KEYS(Q_DIGITS_1_5, K_UP, K_DOWN, K_ENTER), NULL, "kiezen", 0,                \
	  "Een antwoord kiezen: meteen met het nummer, of aanwijzen en met Enter kiezen; daarna "    \
	  "door naar de volgende vraag.")                                                            \
	X(Q_NA, ACT_KEYS('0'), NULL, NULL, 0,                                                        \
	  "Niet van toepassing (alleen als die keuze er staat).")                                    \
	X(Q_NUMBER, ACT_KEYS(Q_DIGITS_1_9, K_UP, K_DOWN, K_ENTER), "cijfer ↑↓ Enter", "kiezen", 0,   \
	  "Bij een keuzevraag: je keuze, meteen met haar nummer of aanwijzen en met Enter "          \
	  "kiezen; "                                                                                 \
	  "daarna door naar de volgende vraag.")                                                     \
	X(Q_PICK, ACT_KEYS(Q_DIGITS_1_5, K_UP, K_DOWN, K_ENTER), NULL, "kiezen", 0,                  \
	  "Bij een situatie: een reactie kiezen, meteen met haar nummer of aanwijzen en met "        \
	  "Enter "                                                                                   \
	  "kiezen; eerst wat je het meest, daarna wat je het minst waarschijnlijk zou doen.")        \
	X(Q_SWAP, ACT_KEYS(K_TAB), NULL, "meest/minst", 0,                                           \
	  "Bij een situatie: wisselen tussen wat je het meest en wat je het minst "                  \
	  "waarschijnlijk zou doen (het minst waarschijnlijke kies je na het meest "                 \
	  "waarschijnlijke).")                                                                       \
	ACT_PAGE(X, Q_PAGE, "Naar de vorige of de volgende vraag.")                                  \
	X(Q_OVERVIEW, ACT_KEYS('o'), NULL, "overzicht", 0, "Het overzicht van al je antwoorden.")    \
	ACT_TYPE_START(X, Q_TYPE_START, "Bij een open vraag: je antwoord typen of wijzigen.")        \
	X(Q_SHARE, ACT_KEYS(K_CTRL_D), NULL, "delen", 0,                                             \
	  "Het antwoord op een open vraag delen met de groep, of weer privé maken. Alleen "         \
	  "gedeelde antwoorden gaan mee in een inleverbestand (spiegel export), zonder je naam; "    \
	  "je keuze wordt meteen opgeslagen.")                                                       \
	X(Q_SAVE_NEXT, ACT_KEYS(K_ENTER), NULL, "opslaan, verder", 0,                                \
	  "Opslaan en door naar de volgende vraag.")                                                 \
	ACT_TYPE_PAGE(X, Q_TYPE_PAGE, "Opslaan en naar de vorige of de volgende vraag.")             \
	ACT_STOP_TYPING(X, Q_STOP_TYPING)                                                            \
	ACT_TYPE(X, Q_TYPE, "je antwoord", "Je antwoord")                                            \
	X(Q_EDIT, ACT_KEYS(ACT_EDIT_KEYS), NULL, NULL, 0,                                            \
	  "In je antwoord de cursor verplaatsen en tekens wissen.")                                  \
	X(Q_CHANGE, ACT_KEYS(K_ENTER), NULL, "wijzigen", 0,                                          \
	  "Naar de gekozen vraag, om je antwoord te wijzigen.")                                      \
	X(Q_SHARE_ROW, ACT_KEYS(K_CTRL_D), NULL, "delen", 0,                                         \
	  "Het gekozen antwoord op een open vraag delen met de groep, of weer privé maken.")         \
	X(Q_FINISH, ACT_KEYS('a'), NULL, "afronden", 0, "Afronden en je resultaten zien.")           \
	X(Q_TO_ITEM, ACT_KEYS(K_ESC, K_LEFT), "Esc", "terug", 0, "Terug naar de vraag.")             \
	ACT_SCROLL(X, Q_SCROLL)                                                                      \
	X(Q_FOCUS, ACT_KEYS('f'), NULL, "focus", 0,                                                  \
	  "Zelf een of twee praktijken als focus kiezen; die keuze wordt in de sessie bewaard.")     \
	X(Q_ANSWERS, ACT_KEYS('o'), NULL, "antwoorden", 0, "Je antwoorden (het overzicht).")         \
	X(Q_FEEDBACK, ACT_KEYS('a'), NULL, "anderen", 0,                                             \
	  "Feedback van anderen naast je eigen antwoorden: uit de antwoordbestanden van een "        \
	  "feedbackronde (spiegel invite) in een map.")                                              \
	X(Q_FB_SHOW, ACT_KEYS(K_ENTER), NULL, "tonen", 0,                                            \
	  "De antwoordbestanden in deze map lezen en de feedback tonen.")                            \
	X(Q_FB_BACK, ACT_KEYS(K_ESC), NULL, "terug", 0,                                              \
	  "Terug: naar de feedback als die er al is, anders naar de resultaten.")                    \
	ACT_TYPE(X, Q_FB_TYPE, "map", "De map met de antwoordbestanden")                             \
	ACT_EDIT(X, Q_FB_EDIT, "de map")                                                             \
	X(Q_FB_DIR, ACT_KEYS('m'), NULL, "andere map", 0,                                            \
	  "Een andere map met antwoordbestanden kiezen.")                                            \
	X(Q_PLAN, ACT_KEYS('v'), NULL, "voornemen", 0,                                               \
	  "Een voornemen maken: een voorgestelde stap of een eigen voornemen, met je eerste "        \
	  "stap, een datum, met wie en hoe je merkt dat het werkt. Het blijft privé (spiegel "      \
	  "plan).")                                                                                  \
	X(Q_PLAN_FIELD, ACT_KEYS(K_TAB, K_BTAB, K_UP, K_DOWN), "Tab", "volgend veld", 0,             \
	  "Naar het volgende veld (Tab, ↓) of het vorige (Shift-Tab, ↑).")                           \
	X(Q_PLAN_CHOOSE, ACT_KEYS(K_LEFT, K_RIGHT, '1', '2', '3'), "←→", "kiezen", 0,                \
	  "Bij een keuze (zoals: hoe ging het?): de vorige of de volgende (← →), of meteen met " \
	  "haar nummer.")                                                                            \
	X(Q_PLAN_SAVE, ACT_KEYS(K_ENTER), NULL, "opslaan", 0,                                        \
	  "Opslaan wat je invulde; wat er nog nodig is, zegt spiegel op de onderste regels.")        \
	X(Q_PLAN_CANCEL, ACT_KEYS(K_ESC), "Esc", "terug", 0,                                         \
	  "Terug naar de lijst (bij een nieuw voornemen na een terugblik: naar de terugblik), "      \
	  "zonder op te slaan wat je hier invulde.")                                                 \
	X(Q_LOOK_BACK, ACT_KEYS(K_ENTER), NULL, "terugblik", 0,                                      \
	  "Terugkijken op het gekozen voornemen: hoe ging het, wat gebeurde er, wat heb je "         \
	  "geleerd en hoe verder (afsluiten, een nieuw voornemen of doorgaan met een nieuwe "        \
	  "datum).")                                                                                 \
	X(Q_HOME, ACT_KEYS(K_ESC), NULL, "startscherm", 0, "Naar het startscherm.")                  \
	X(Q_TOGGLE, ACT_KEYS(K_SPACE), NULL, "aan/uit", 0,                                           \
	  "De gekozen praktijk als focus aan- of uitzetten (hoogstens twee).")                       \
	X(Q_SAVE_FOCUS, ACT_KEYS(K_ENTER), NULL, "opslaan", 0,                                       \
	  "Je keuze bewaren en naar de resultaten; zonder keuze kiest spiegel weer zelf.")           \
	X(Q_TO_RESULTS, ACT_KEYS(K_ESC, K_LEFT), "Esc", "terug", 0,                                  \
	  "Terug naar de resultaten, zonder iets te bewaren.")                                       \
	ACT_CLOSE_HELP(X, Q_CLOSE_HELP)                                                              \
	X(Q_WHY, ACT_KEYS('?'), NULL, "waarom", ACT_ALWAYS,                                          \
	  "Waarom deze vraag gesteld wordt, met de bron en vragen om over door te praten, en de "    \
	  "toetsen.")                                                                                \
	X(Q_HELP, ACT_KEYS('?'), NULL, "uitleg", 0, "Uitleg over spiegel en de toetsen.")            \
	ACT_QUIT(X, Q_QUIT, "Opslaan en stoppen; later ga je verder waar je was.")                   \
	X(Q_RETRY, ACT_KEYS('q'), NULL, "opnieuw opslaan", ACT_ALWAYS,                               \
	  "Opnieuw proberen op te slaan en dan stoppen; lukt het weer niet, dan blijft spiegel "     \
	  "open.")                                                                                   \
	ACT_ABANDON(X, Q_ABANDON,                                                                    \
		    "Stoppen zonder op te slaan: spiegel zegt dat je laatste antwoorden NIET "       \
		    "zijn opgeslagen en eindigt met status 1.")                                      \
	ACT_HALT(X, Q_HALT,                                                                          \
		 "Stoppen; wat al beantwoord was is opgeslagen, tekst die je nog typte komt "        \
		 "terug als je verdergaat.")

/* Shorter footer words, for a screen too narrow for the whole footer. */
#define Q_SHORT(id) ((id) == Q_ABANDON ? "zonder opslaan" : (id) == Q_RETRY ? "opslaan" : NULL)

ACT_DECLARE(q_action, Q_ACTIONS, Q_N_ACTIONS, q_actions);

/* The keymaps of the screens (action ids, ended by -1). */
extern const int q_keys_start[], q_keys_pick[], q_keys_likert[], q_keys_likert_na[],
    q_keys_choice[], q_keys_scenario[], q_keys_open[], q_keys_typing[], q_keys_review[],
    q_keys_results[], q_keys_results_fb[], q_keys_feedback_dir[], q_keys_feedback[], q_keys_focus[],
    q_keys_plan[], q_keys_plan_form[], q_keys_plan_choice[], q_keys_plans[], q_keys_help[],
    q_keys_unsaved[];

/* A keymap with its name, and the man page's key tables: the .SS
 * subsections of TOETSEN and the keymaps each one documents (a keymap
 * list ended by NULL). The first section's keys are not repeated in the
 * others. */
struct q_keymap {
	const char *name;
	const int *ids;
};
extern const struct q_keymap q_keymaps[];
extern const size_t q_n_keymaps;
extern const char q_man_intro[]; /* the paragraph under TOETSEN */
extern const struct actions_man q_man_sections[];
extern const size_t q_n_man_sections;

#endif
