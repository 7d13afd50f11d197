#ifndef SPIEGEL_TUI_PROJECTION_ACTIONS_H
#define SPIEGEL_TUI_PROJECTION_ACTIONS_H

/* The actions of the projection view (spiegel group --tui), written once:
 * the key map, the footer (the views as tabs, "? toetsen  q stoppen" at
 * the right), the help's keys and (through test/unit/test_keys.c) the man
 * page's key tables all come from PV_ACTIONS and the keymaps below.
 *
 * X(id, keys, footer keys, footer words, flags, help) as in the
 * questionnaire's Q_ACTIONS. In the footer, an action with footer words
 * is a tab unless it is ACT_ALWAYS; those stand at the right edge. The
 * six view actions come from PV_VIEWS, in view order (PV_TO_VIEW(v) is
 * view v's). */

#include <stdbool.h>
#include <stddef.h>

#include "tui/keys.h"
#include "tui/widget/actions.h"

/* The views, in the order of their numbers (1-6) and their tabs:
 * V(X, view, the tab's words, help). Each is a value of enum pv_view
 * (PV_OVERVIEW ...) and an action, PV_TO_OVERVIEW ..., whose key is the
 * view's number. */
#define PV_VIEWS(V, X)                                                                             \
	V(X, OVERVIEW, "overzicht", "Het overzicht: de gemiddelde score per praktijk.")            \
	V(X, PRACTICE, "praktijk", "Eén praktijk groot, met mediaan, spreiding en bereik.")        \
	V(X, ITEM, "vraag", "Eén vraag: hoe vaak elk antwoord is gekozen.")                        \
	V(X, PROFILE, "weerstand", "Het weerstandsprofiel van de groep.")                          \
	V(X, SHARED, "gedeeld", "De gedeelde antwoorden op open vragen, zonder naam.")             \
	V(X, CHANGE, "verandering", "De verandering sinds de nulmeting (gedeelde vragen).")

#define PV_VIEW_ID(X, view, foot, help) PV_##view,
enum pv_view { PV_VIEWS(PV_VIEW_ID, ) PV_N_VIEWS };
#define PV_VIEW_ACTION(X, view, foot, help)                                                        \
	X(PV_TO_##view, ACT_KEYS('1' + PV_##view), NULL, foot, 0, help)

#define PV_ACTIONS(X)                                                                              \
	X(PV_STEP, ACT_KEYS(K_LEFT, K_RIGHT, 'p', 'n', K_SPACE, K_PGUP, K_PGDN), NULL, NULL, 0,    \
	  "De vorige of de volgende praktijk, vraag of pagina.")                                   \
	X(PV_ENDS, ACT_KEYS(K_HOME, K_END), NULL, NULL, 0, "De eerste of de laatste.")             \
	X(PV_SCROLL, ACT_KEYS(K_UP, K_DOWN), NULL, NULL, 0,                                        \
	  "In de gedeelde antwoorden een regel terug of verder.")                                  \
	PV_VIEWS(PV_VIEW_ACTION, X)                                                                \
	X(PV_NEXT_VIEW, ACT_KEYS(K_TAB, K_BTAB), NULL, NULL, 0,                                    \
	  "De volgende of de vorige weergave.")                                                    \
	X(PV_HELP, ACT_KEYS('?'), NULL, "toetsen", ACT_ALWAYS, "De toetsen tonen of verbergen.")   \
	X(PV_QUIT, ACT_KEYS('q', K_ESC, K_CTRL_C), "q", "stoppen", ACT_ALWAYS, "Stoppen.")         \
	X(PV_CLOSE_HELP, ACT_KEYS(K_ESC), NULL, NULL, 0,                                           \
	  "Met de toetsen in beeld: terug naar de weergave.")                                      \
	X(PV_HELP_SCROLL, ACT_KEYS(K_UP, K_DOWN), NULL, NULL, 0,                                   \
	  "De toetsen schuiven, als ze niet allemaal passen.")

ACT_DECLARE(pv_action, PV_ACTIONS, PV_N_ACTIONS, pv_actions);

#define PV_TO_VIEW(v) (PV_TO_OVERVIEW + (int)(v))

/* The keymaps (action ids, ended by -1) with every view present; a
 * projection without some views drops their actions (pv_keymap_only). The
 * help's own keys go above the keymap of the view it is shown over:
 * pv_keys_help, and pv_keys_help_scroll when the keys do not all fit. */
extern const int pv_keys_views[PV_N_VIEWS][PV_N_ACTIONS + 1];
extern const int pv_keys_too_few[], pv_keys_help[], pv_keys_help_scroll[];
/* ids without the actions of the views has[] says are absent, into out (room
 * for PV_N_ACTIONS + 1). */
void pv_keymap_only(const int *ids, const bool has[PV_N_VIEWS], int *out);

/* The footer as pv_footer draws it on cols columns: the tabs (" 1
 * overzicht ": the keys and words of each tab action of km, or only the
 * keys, but the current view's, when not all words fit), from column 1 one
 * column apart, as long as they fit; and right, the ACT_ALWAYS actions
 * ("? toetsen  q stoppen"), ending a column before the edge. current is
 * the current view's action (or -1). Returns the tabs placed. */
struct pv_tab {
	int id;
	char text[160];
	int x, width;
};
int pv_footer_layout(const struct keymap *km, int cols, int current, struct pv_tab *tabs, int max,
		     char *right, size_t size);

/* The keymaps the man page documents (the projection's part of TOETSEN),
 * ended by NULL; test/unit/test_keys.c compares them with doc/spiegel.1. */
extern const struct actions_man pv_man; /* its part of TOETSEN */

#endif
