#ifndef SPIEGEL_TUI_INTERVISIE_ACTIONS_H
#define SPIEGEL_TUI_INTERVISIE_ACTIONS_H

/* The actions of the intervisie front end, written once: the key map, the
 * footers (two lines) and the help screen's keys all come from IV_ACTIONS
 * and the keymaps below (test/unit/test_keys.c walks them).
 *
 * X(id, keys, footer keys, footer words, help): footer keys NULL means as
 * the help writes them (actions_label); footer words NULL means only in
 * the help. Some actions come twice, once with footer words and once
 * without (..._KEY): a key that works on a screen but has no room in its
 * footer is still in its help. */

#include "tui/keys.h"
#include "tui/widget/actions.h"

#define IV_ARROWS K_LEFT, K_UP, K_DOWN, K_RIGHT

#define IV_ACTIONS(X)                                                                              \
	X(IV_LIST, ACT_KEYS(K_UP, K_DOWN), NULL, "kiezen", "kiezen")                               \
	X(IV_LIST_ENDS, ACT_KEYS(K_HOME, K_END), NULL, NULL, "naar de eerste of de laatste")       \
	X(IV_OPEN, ACT_KEYS(K_ENTER), NULL, "openen", "openen")                                    \
	X(IV_NEW, ACT_KEYS('n'), NULL, "nieuwe groep", "nieuwe groep")                             \
	X(IV_HELP, ACT_KEYS('?'), NULL, "uitleg", "uitleg")                                        \
	X(IV_MORE, ACT_KEYS('?'), NULL, "meer", "meer")                                            \
	X(IV_HELP_KEY, ACT_KEYS('?'), NULL, NULL, "uitleg en alle toetsen")                        \
	X(IV_QUIT, ACT_KEYS('q'), NULL, "stoppen", "stoppen")                                      \
	X(IV_ESC_QUIT, ACT_KEYS(K_ESC), NULL, NULL, "ook stoppen")                                 \
	X(IV_BACK, ACT_KEYS('q'), NULL, "terug", "terug")                                          \
	X(IV_ESC_BACK, ACT_KEYS(K_ESC), NULL, NULL, "ook terug")                                   \
	X(IV_ESC_Q, ACT_KEYS(K_ESC, 'q'), NULL, "terug", "terug")                                  \
	X(IV_ESC_TERUG, ACT_KEYS(K_ESC), NULL, "terug", "terug")                                   \
	X(IV_HALT, ACT_KEYS(K_CTRL_C), NULL, NULL,                                                 \
	  "stoppen (alles is al opgeslagen, tenzij het opslaan mislukte)")                         \
	X(IV_ABANDON, ACT_KEYS('Q'), NULL, NULL,                                                   \
	  "stoppen, ook al is niet alles opgeslagen (na een mislukte opslag)")                     \
	X(IV_TYPE_NAME, ACT_KEYS(K_TEXT), NULL, "de naam", "de naam")                              \
	X(IV_EDIT, ACT_KEYS(ACT_EDIT_KEYS), NULL, NULL, "de cursor verplaatsen en wissen")         \
	X(IV_EDIT_LINES, ACT_KEYS(ACT_EDIT_KEYS, K_UP, K_DOWN), NULL, NULL,                        \
	  "de cursor verplaatsen (ook tussen de regels) en wissen")                                \
	X(IV_CLEAR, ACT_KEYS(K_CTRL_U), NULL, "wissen", "wissen")                                  \
	X(IV_CLEAR_KEY, ACT_KEYS(K_CTRL_U), NULL, NULL, "het veld leegmaken")                      \
	X(IV_NEXT_FIELD, ACT_KEYS(K_TAB, K_ENTER), NULL, "volgend veld", "volgend veld")           \
	X(IV_TAB_NEXT, ACT_KEYS(K_TAB), NULL, "volgend veld", "volgend veld")                      \
	X(IV_TAB_FIRST, ACT_KEYS(K_TAB), NULL, NULL, "naar het eerste veld")                       \
	X(IV_PREV_FIELD, ACT_KEYS(K_BTAB), NULL, "vorig veld", "vorig veld")                       \
	X(IV_CANCEL, ACT_KEYS(K_ESC), NULL, "annuleren", "annuleren")                              \
	X(IV_PICK_Q, ACT_KEYS(K_UP, K_DOWN), NULL, "vragenlijst kiezen", "vragenlijst kiezen")     \
	X(IV_TYPE_ALIASES, ACT_KEYS(K_TEXT), NULL, "één naam per regel", "één naam per regel")     \
	X(IV_NEWLINE, ACT_KEYS(K_ENTER), NULL, "nieuwe regel", "nieuwe regel")                     \
	X(IV_CREATE, ACT_KEYS(K_ENTER), NULL, "groep aanmaken", "groep aanmaken")                  \
	X(IV_ANSWER, ACT_KEYS('1', '2', '3', '4', '5'), NULL, "antwoord", "antwoord")              \
	X(IV_ANSWER_MORE, ACT_KEYS('6', '7', '8', '9'), NULL, NULL,                                \
	  "bij een keuzevraag: keuze 6 tot 9")                                                     \
	X(IV_NA, ACT_KEYS('n'), NULL, "n.v.t.", "n.v.t.")                                          \
	X(IV_NA_ZERO, ACT_KEYS('0'), NULL, NULL, "ook n.v.t.")                                     \
	X(IV_CLEAR_CELL, ACT_KEYS(K_BACKSPACE), NULL, "wissen", "wissen")                          \
	X(IV_CLEAR_CELL_DEL, ACT_KEYS(K_DELETE), NULL, NULL, "ook wissen")                         \
	X(IV_CELL, ACT_KEYS(IV_ARROWS), NULL, "cel", "cel")                                        \
	X(IV_SECTION, ACT_KEYS('[', ']'), NULL, "deel", "deel")                                    \
	X(IV_SECTION_PAGE, ACT_KEYS(K_PGUP, K_PGDN), NULL, NULL, "vorig/volgend deel")             \
	X(IV_ROW_ENDS, ACT_KEYS(K_HOME, K_END), NULL, NULL, "eerste/laatste vraag")                \
	X(IV_READ, ACT_KEYS('l'), NULL, "lezen", "lezen")                                          \
	X(IV_TO_WALK, ACT_KEYS('w'), NULL, "vragen", "vragen")                                     \
	X(IV_TO_WALK_KEY, ACT_KEYS('w'), NULL, NULL, "vragen")                                     \
	X(IV_TO_GROUP, ACT_KEYS('o'), NULL, "overzicht", "overzicht")                              \
	X(IV_TO_GROUP_KEY, ACT_KEYS('o'), NULL, NULL, "overzicht")                                 \
	X(IV_TO_NOTES, ACT_KEYS('a'), NULL, "aantekeningen", "aantekeningen")                      \
	X(IV_TO_NOTES_KEY, ACT_KEYS('a'), NULL, NULL, "aantekeningen")                             \
	X(IV_TO_IMPORT, ACT_KEYS('i'), NULL, "inlezen", "inlezen")                                 \
	X(IV_TO_IMPORT_KEY, ACT_KEYS('i'), NULL, NULL, "inlezen")                                  \
	X(IV_TO_PEOPLE, ACT_KEYS('d'), NULL, NULL, "deelnemers")                                   \
	X(IV_TO_EXPORT, ACT_KEYS('e'), NULL, "exporteren", "exporteren")                           \
	X(IV_TO_EXPORT_KEY, ACT_KEYS('e'), NULL, NULL, "exporteren")                               \
	X(IV_SCROLL, ACT_KEYS(K_UP, K_DOWN, K_PGUP, K_PGDN), NULL, "scrollen", "scrollen")         \
	X(IV_SCROLL_ENDS, ACT_KEYS(K_HOME, K_END), NULL, NULL, "naar het begin of het eind")       \
	X(IV_HELP_SCROLL, ACT_KEYS(K_UP, K_DOWN, K_PGUP, K_PGDN, K_HOME, K_END), "↑↓", "scrollen", \
	  "scrollen: per regel, per pagina, of naar het begin of het eind")                        \
	X(IV_CLOSE_HELP, ACT_KEYS(K_ESC, '?', 'q'), NULL, "terug", "terug naar waar je was")       \
	X(IV_PARTICIPANT, ACT_KEYS(K_UP, K_DOWN), NULL, "deelnemer", "deelnemer")                  \
	X(IV_TYPE_PATH, ACT_KEYS(K_TEXT), NULL, "pad van een bestand of map",                      \
	  "pad van een bestand of map")                                                            \
	X(IV_COMPLETE, ACT_KEYS(K_TAB), NULL, "aanvullen", "aanvullen")                            \
	X(IV_IMPORT, ACT_KEYS(K_ENTER), NULL, "inlezen", "inlezen")                                \
	X(IV_LOG_PAGE, ACT_KEYS(K_PGUP, K_PGDN), NULL, "lijst", "lijst")                           \
	X(IV_LOG_PAGE_KEY, ACT_KEYS(K_PGUP, K_PGDN), NULL, NULL, "door de lijst bladeren")         \
	X(IV_YES, ACT_KEYS('j'), NULL, "ja", "ja")                                                 \
	X(IV_NO, ACT_KEYS('n', K_ESC), NULL, "nee", "nee")                                         \
	X(IV_PRACTICE, ACT_KEYS(K_UP, K_DOWN), NULL, "praktijk", "praktijk")                       \
	X(IV_SHIFT, ACT_KEYS(K_LEFT, K_RIGHT), NULL, "deelnemers schuiven", "deelnemers schuiven") \
	X(IV_TYPE_NOTE, ACT_KEYS(K_TEXT), NULL, "tekst", "tekst")                                  \
	X(IV_SWAP_FIELD, ACT_KEYS(K_TAB), NULL, "notities/afspraken", "notities/afspraken")        \
	X(IV_SWAP_BTAB, ACT_KEYS(K_BTAB), NULL, NULL, "ook notities/afspraken")                    \
	X(IV_NOTE_PAGE, ACT_KEYS(K_PGUP, K_PGDN), NULL, "vorige/volgende deelnemer",               \
	  "vorige/volgende deelnemer")                                                             \
	X(IV_NOTE_PAGE_KEY, ACT_KEYS(K_PGUP, K_PGDN), NULL, NULL, "vorige/volgende deelnemer")     \
	X(IV_STOP_TYPING, ACT_KEYS(K_ESC), NULL, "klaar met typen", "klaar met typen")             \
	X(IV_TYPE_START, ACT_KEYS(K_ENTER), NULL, "typen", "typen")                                \
	X(IV_NEIGHBOUR, ACT_KEYS(K_LEFT, K_RIGHT), NULL, "deelnemer", "deelnemer")                 \
	X(IV_FIELD_UPDOWN, ACT_KEYS(K_UP, K_DOWN), NULL, NULL, "naar de notities of de afspraken") \
	X(IV_RENAME, ACT_KEYS(K_ENTER), NULL, "hernoemen", "hernoemen")                            \
	X(IV_ADD, ACT_KEYS('t'), NULL, "toevoegen", "toevoegen")                                   \
	X(IV_REMOVE, ACT_KEYS('x'), NULL, "verwijderen", "verwijderen")                            \
	X(IV_SAVE_NAME, ACT_KEYS(K_ENTER), NULL, "bewaren", "bewaren")                             \
	X(IV_TYPE_FILE, ACT_KEYS(K_TEXT), NULL, "bestandsnaam", "bestandsnaam")                    \
	X(IV_WRITE, ACT_KEYS(K_ENTER), NULL, "schrijven", "schrijven")

/* q and ? are never left out of a footer for want of room. */
#define IV_FLAGS(id)                                                                               \
	((id) == IV_QUIT || (id) == IV_BACK || (id) == IV_ESC_Q || (id) == IV_HELP ||              \
		 (id) == IV_MORE || (id) == IV_CLOSE_HELP                                          \
	     ? ACT_ALWAYS                                                                          \
	     : 0)

ACT_DECLARE(iv_action, IV_ACTIONS, IV_N_ACTIONS, iv_actions);

/* The keymaps of the screens and their modes (action ids, ended by -1). */
extern const int iv_keys_start[], iv_keys_new_name[], iv_keys_new_list[], iv_keys_new_aliases[],
    iv_keys_new_button[], iv_keys_walk[], iv_keys_walk_choice[], iv_keys_read[], iv_keys_import[],
    iv_keys_import_confirm[], iv_keys_group[], iv_keys_notes[], iv_keys_notes_typing[],
    iv_keys_people[], iv_keys_people_edit[], iv_keys_confirm[], iv_keys_export[], iv_keys_help[],
    iv_keys_unsaved[];

/* Its part of the man page's TOETSEN: the first section holds on every
 * screen; the others leave out what it lists. */
extern const struct actions_man iv_man_sections[];
extern const size_t iv_n_man_sections;

/* Every keymap with its name (for the tests). */
struct iv_keymap {
	const char *name;
	const int *ids;
	bool typing; /* text is typed: no layer of iv_keys_unsaved above it */
};
extern const struct iv_keymap iv_keymaps[];
extern const size_t iv_n_keymaps;

#endif
