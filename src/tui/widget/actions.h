#ifndef SPIEGEL_TUI_WIDGET_ACTIONS_H
#define SPIEGEL_TUI_WIDGET_ACTIONS_H

/* Action tables: what a front end's keys do, written once.
 *
 * Each front end lists its actions in an X-macro (tig's REQ_INFO) that
 * makes both the enum of action ids and a table of struct action, indexed
 * by id. A screen's keymap is a list of ids. From the table and a keymap
 * come, and only from there:
 *   - which key does what (actions_find: the loop's only key lookup),
 *   - the footer (actions_footer: the actions with footer words),
 *   - the keys on the help screen (actions_help: every action),
 * and the man page's key tables are compared with them by a test
 * (test/unit/test_keys.c). So a key that works is always in the footer or
 * the help, and written the same way everywhere. */

#include <stdbool.h>
#include <stddef.h>

struct doc;

/* The keys of an action: ACT_KEYS('q'), ACT_KEYS(K_UP, K_DOWN). */
#define ACT_KEYS(...) ((const int[]){__VA_ARGS__, 0})

enum {
	ACT_ALWAYS = 1, /* never left out of the footer for want of room */
};

struct action {
	int id;
	/* The keys as the footer writes them ("cijfer"); NULL: as the help
	 * writes them (actions_label). */
	const char *foot_keys;
	/* The footer's words ("antwoord"); NULL: only in the help. */
	const char *foot;
	/* Shorter words for a footer without room for foot (ACT_ALWAYS
	 * actions), or NULL. */
	const char *foot_short;
	/* What the help screen and the man page say the keys do. */
	const char *help;
	const int *keys; /* ended by 0; K_TEXT: any character that can be typed */
	unsigned int flags;
};

/* One row of a front end's action table, indexed by its id: each front end's
 * X-macro row (M_ROW, Q_ROW, ...) written through this one. */
#define ACT_ROW(id_, keys_, fkeys_, foot_, short_, flags_, help_)                                  \
	[id_] = {.id = id_,                                                                        \
		 .foot_keys = fkeys_,                                                              \
		 .foot = foot_,                                                                    \
		 .foot_short = short_,                                                             \
		 .help = help_,                                                                    \
		 .keys = keys_,                                                                    \
		 .flags = flags_},

/* A front end's enum of action ids (tag) and its table's declaration, from
 * its X-macro list, whose rows start with the id: ACT_DECLARE(q_action,
 * Q_ACTIONS, Q_N_ACTIONS, q_actions) makes enum q_action {Q_LIST, ...,
 * Q_N_ACTIONS} and extern const struct action q_actions[Q_N_ACTIONS]. */
#define ACT_DECLARE(tag, list, n, table)                                                           \
	enum tag { list(ACT_ID_) n };                                                              \
	extern const struct action table[n]
#define ACT_ID_(id, ...) id,

/* The rows every front end has, the same keys and words everywhere, for an
 * X-macro of rows X(id, keys, footer keys, footer words, flags, help)
 * (keys from tui/keys.h); where a front end says something of its own, it
 * gives the help text (help) or what is typed in (what). Scrolling a
 * document, closing the help: */
#define ACT_SCROLL(X, id)                                                                          \
	X(id, ACT_KEYS(K_UP, K_DOWN, K_PGUP, K_PGDN, K_HOME, K_END), "↑↓", "scrollen", 0,          \
	  "Scrollen: per regel, per pagina, of naar het begin of het eind.")
#define ACT_CLOSE_HELP(X, id)                                                                      \
	X(id, ACT_KEYS(K_ESC, '?', K_ENTER), "Esc ?", "terug", 0, "Terug naar waar je was.")
/* ? for the help, q to stop, Q to stop without saving, Ctrl-C (never in a
 * footer) to stop at once: */
#define ACT_HELP(X, id, help) X(id, ACT_KEYS('?'), NULL, "uitleg", ACT_ALWAYS, help)
#define ACT_QUIT(X, id, help) X(id, ACT_KEYS('q'), NULL, "stoppen", ACT_ALWAYS, help)
#define ACT_ABANDON(X, id, help)                                                                   \
	X(id, ACT_KEYS('Q', K_CTRL_C), "Q", "stoppen zonder opslaan", ACT_ALWAYS, help)
#define ACT_HALT(X, id, help) X(id, ACT_KEYS(K_CTRL_C), NULL, NULL, 0, help)
/* A question after another: ← → PgUp PgDn; while typing PgUp PgDn: */
#define ACT_PAGE(X, id, help)                                                                      \
	X(id, ACT_KEYS(K_LEFT, K_RIGHT, K_PGUP, K_PGDN), "←→", "bladeren", 0, help)
#define ACT_TYPE_PAGE(X, id, help) X(id, ACT_KEYS(K_PGUP, K_PGDN), "PgUp", "vorige", 0, help)
/* Typing in a field: Enter starts, Esc stops, any character is typed, the
 * cursor moves and deletes (with Ctrl-U: all of it): */
#define ACT_TYPE_START(X, id, help) X(id, ACT_KEYS(K_ENTER), NULL, "typen", 0, help)
#define ACT_STOP_TYPING(X, id)                                                                     \
	X(id, ACT_KEYS(K_ESC), NULL, "klaar met typen", 0,                                         \
	  "Stoppen met typen, zodat q, ? en de pijltjes weer werken; met Enter typ je weer "       \
	  "verder.")
#define ACT_TYPE(X, id, foot, what)                                                                \
	X(id, ACT_KEYS(K_TEXT), NULL, foot, 0, what " (q en ? zijn dan gewoon letters).")
#define ACT_EDIT_KEYS K_LEFT, K_RIGHT, K_HOME, K_END, K_BACKSPACE, K_DELETE
#define ACT_EDIT(X, id, what)                                                                      \
	X(id, ACT_KEYS(ACT_EDIT_KEYS, K_CTRL_U), NULL, NULL, 0,                                    \
	  "In " what " de cursor verplaatsen en tekens wissen; Ctrl-U wist alles.")

/* A front end's part of the man page's TOETSEN (test/unit/test_keys.c
 * writes it from these and compares it with doc/spiegel.1): a title, a
 * paragraph before the keys (or NULL), and the keymaps whose actions it
 * lists, each once, in their order (at most ACTIONS_MAN_MAX, written in
 * place; the rest stays NULL, so a NULL always ends them). */
#define ACTIONS_MAN_MAX 12
struct actions_man {
	const char *title;
	const char *intro;
	const int *keymaps[ACTIONS_MAN_MAX + 1];
};

/* A keymap: lists of action ids (each ended by -1), looked up in order; a
 * NULL list is left out. An action whose keys are all taken by an earlier
 * list is hidden by it: not in the footer, not in the help. (The front end's
 * keys first, say those after a failed save, then the screen's.) */
struct keymap {
	const int *layer[2];
};

/* The action of key in km: -1 when no action there has the key. */
int actions_find(const struct action *table, const struct keymap *km, int key);
/* Whether action id is hidden in km (see struct keymap). */
bool actions_hidden(const struct action *table, const struct keymap *km, int layer, int id);
/* The keys of a as the help writes them: "1-5", "↑↓ Enter", "← Esc". */
const char *actions_label(const struct action *a, char *buf, size_t size);
/* The footer of km on lines y .. y + rows - 1: every action with
 * footer words, "keys words", two spaces apart, in the keymap's order,
 * while they fit; one marked ACT_ALWAYS is never left out (room is kept
 * for it on the last line). */
void actions_footer(const struct action *table, const struct keymap *km, int y, int rows);
/* Where actions_footer puts each entry of km on a footer of rows lines
 * of cols columns: e[i] is the i-th action with footer words, at line
 * row (-1: left out for want of room) and column x. Returns the entries
 * (at most max). */
struct actions_slot {
	int id;
	char keys[64];
	const char *foot;
	int width;
	int row, x;
};
int actions_footer_layout(const struct action *table, const struct keymap *km, int cols, int rows,
			  struct actions_slot *e, int max);
/* The keymap as rows of a document: the keys (padded to label_width
 * columns), then what they do, wrapped under it. */
void actions_help(const struct action *table, const struct keymap *km, struct doc *d,
		  int label_width);

#endif
