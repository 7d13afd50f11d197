/* Keys once: the one decoder (keys.c), the action tables and what is made
 * from them (widget/actions.c), the loop's dispatch (widget/loop.c), and
 * the man page's key tables (doc/spiegel.1, TOETSEN), which must be what
 * the action tables say (the questionnaire's, spiegel observe's, then the
 * meeting screens'). With SPIEGEL_UPDATE_GOLDEN=1
 * the TOETSEN section is written from the table instead of compared.
 *
 * Walking the tables: every keymap of the questionnaire front end (and
 * each with the keys of a failed save on top) is tried with every key a
 * terminal can send; a key reaches a handler only through an action of
 * the keymap, that action's keys are written in its help line, and no key
 * means two things. The intervisie front end's tables are walked the same
 * way. */
#include <curses.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include <cmocka.h>

#include "tui/intervisie/actions.h"
#include "tui/keys.h"
#include "tui/meeting/actions.h"
#include "tui/observe/actions.h"
#include "tui/projection/actions.h"
#include "tui/questionnaire/actions.h"
#include "tui/widget/actions.h"
#include "tui/widget/doc.h"
#include "tui/widget/loop.h"

/* ---- the decoder ---- */

static void test_escape_sequences(void **state)
{
	assert_int_equal(keys_escape(""), K_ESC);
	assert_int_equal(keys_escape("[4~"), K_END); /* End in tmux and screen */
	assert_int_equal(keys_escape("OF"), K_END);  /* End in xterm */
	assert_int_equal(keys_escape("[1~"), K_HOME);
	assert_int_equal(keys_escape("[5~"), K_PGUP);
	assert_int_equal(keys_escape("[6~"), K_PGDN);
	assert_int_equal(keys_escape("[A"), K_UP);
	assert_int_equal(keys_escape("OB"), K_DOWN);
	assert_int_equal(keys_escape("[D"), K_LEFT);
	assert_int_equal(keys_escape("[C"), K_RIGHT);
	assert_int_equal(keys_escape("[Z"), K_BTAB);
	/* unknown: never Esc followed by letters */
	assert_int_equal(keys_escape("[15~"), K_UNKNOWN);
	assert_int_equal(keys_escape("q"), K_UNKNOWN);
}

static void test_decode(void **state)
{
	assert_int_equal(keys_decode(ERR, 0), K_NONE);
	assert_int_equal(keys_decode(OK, '\r'), K_ENTER);
	assert_int_equal(keys_decode(OK, '\n'), K_ENTER);
	assert_int_equal(keys_decode(KEY_CODE_YES, KEY_ENTER), K_ENTER);
	assert_int_equal(keys_decode(OK, 127), K_BACKSPACE);
	assert_int_equal(keys_decode(OK, 8), K_BACKSPACE);
	assert_int_equal(keys_decode(KEY_CODE_YES, KEY_BACKSPACE), K_BACKSPACE);
	assert_int_equal(keys_decode(KEY_CODE_YES, KEY_UP), K_UP);
	assert_int_equal(keys_decode(KEY_CODE_YES, KEY_RESIZE), K_RESIZE);
	assert_int_equal(keys_decode(OK, 27), K_ESC);
	assert_int_equal(keys_decode(OK, 'q'), 'q');
	assert_int_equal(keys_decode(OK, 0xeb), 0xeb); /* ë */
	/* a named key is never a character, whatever its code */
	assert_true(K_UP > 0x10ffff);
	assert_true(K_IS_FN(K_PGDN) && !K_IS_FN(K_ENTER) && !K_IS_FN(0x10ffff));
}

static void test_names_and_labels(void **state)
{
	char buf[64];
	assert_string_equal(keys_name(K_UP, buf, sizeof(buf)), "↑");
	assert_string_equal(keys_name(K_PGDN, buf, sizeof(buf)), "PgDn");
	assert_string_equal(keys_name(K_CTRL_D, buf, sizeof(buf)), "Ctrl-D");
	assert_string_equal(keys_name(K_SPACE, buf, sizeof(buf)), "Spatie");
	assert_string_equal(keys_name(K_ENTER, buf, sizeof(buf)), "Enter");
	assert_string_equal(keys_name('Q', buf, sizeof(buf)), "Q");
	assert_true(keys_printable('q') && keys_printable(0xe9) && keys_printable(' '));
	assert_false(keys_printable(K_ESC) || keys_printable(K_BACKSPACE) || keys_printable(0x9b) ||
		     keys_printable(K_UP));
	struct action a = {.keys = ACT_KEYS('1', '2', '3', '4', '5', K_UP, K_DOWN, K_ENTER)};
	assert_string_equal(actions_label(&a, buf, sizeof(buf)), "1-5 ↑↓ Enter");
	a.keys = ACT_KEYS(K_LEFT, K_RIGHT, K_PGUP, K_PGDN);
	assert_string_equal(actions_label(&a, buf, sizeof(buf)), "←→ PgUp PgDn");
	a.keys = ACT_KEYS('1', '2');
	assert_string_equal(actions_label(&a, buf, sizeof(buf)), "1 2");
	a.keys = ACT_KEYS(K_ESC, K_LEFT);
	assert_string_equal(actions_label(&a, buf, sizeof(buf)), "Esc ←");
}

/* ---- walking the action tables ---- */

/* Every key a terminal can send, as keys_read delivers it. */
static int all_keys(int *out)
{
	int n = 0;
	for (int c = 1; c < 127; c++)
		out[n++] = c;
	out[n++] = K_BACKSPACE;
	out[n++] = 0xe9;   /* é */
	out[n++] = 0x20ac; /* € */
	for (int k = KEY_MIN; k <= KEY_MAX; k++)
		if (k != KEY_ENTER && k != KEY_BACKSPACE)
			out[n++] = K_FN(k);
	return n;
}

/* A front end's action table and its keymaps as the tests walk them. */
struct front {
	const char *name;
	const struct action *table;
	int n;
	struct keymap km[64];
	const char *names[64];
	const int *const *typing; /* the keymaps in which q is a letter, NULL-ended */
	const int *const *whole;  /* keymaps whose footers fit whole at 80 columns */
	int rows;		  /* the footer's lines (0: one) */
};

/* The keymaps as the questionnaire has them: each alone, and each but the
 * typing one under the keys of a failed save. */
static void q_front(struct front *f)
{
	static const int *const whole[] = {q_keys_likert, q_keys_likert_na, q_keys_choice,
					   q_keys_open, NULL};
	/* the forms of the voornemen screens are typed in, like an answer */
	static const int *const typing[] = {q_keys_typing, q_keys_feedback_dir, q_keys_plan_form,
					    q_keys_plan_choice, NULL};
	*f = (struct front){
	    .name = "questionnaire", .table = q_actions, .typing = typing, .whole = whole};
	for (size_t i = 0; i < q_n_keymaps; i++) {
		if (q_keymaps[i].ids == q_keys_unsaved)
			continue;
		f->km[f->n] = (struct keymap){{NULL, q_keymaps[i].ids}};
		f->names[f->n++] = q_keymaps[i].name;
		bool typed = false;
		for (const int *const *t = typing; *t; t++)
			typed |= q_keymaps[i].ids == *t;
		if (typed)
			continue;
		f->km[f->n] = (struct keymap){{q_keys_unsaved, q_keymaps[i].ids}};
		f->names[f->n++] = q_keymaps[i].name;
	}
}

/* spiegel observe: its keymaps (those of the man page, and the help). */
static void o_front(struct front *f)
{
	static const int *const whole[] = {o_keys_item, o_keys_open, o_keys_typing, o_keys_finish,
					   NULL};
	static const int *const typing[] = {o_keys_typing, NULL};
	*f =
	    (struct front){.name = "observe", .table = o_actions, .typing = typing, .whole = whole};
	static const char *const names[] = {"welcome", "role",	 "item", "open",
					    "typing",  "finish", "help", "help (fresh)"};
	int i = 0;
	for (; o_man.keymaps[i]; i++)
		f->km[i] = (struct keymap){{NULL, o_man.keymaps[i]}};
	f->km[i++] = (struct keymap){{NULL, o_keys_help}};
	f->km[i++] = (struct keymap){{NULL, o_keys_help_fresh}};
	f->km[i] = (struct keymap){{NULL, o_keys_welcome_answered}};
	f->km[i + 1] = (struct keymap){{NULL, o_keys_role_answered}};
	for (int k = 0; k < i; k++)
		f->names[k] = k < (int)(sizeof(names) / sizeof(names[0])) ? names[k] : "?";
	f->names[i] = "welcome (answered)";
	f->names[i + 1] = "role (answered)";
	f->n = i + 2;
}

/* The meeting screens (spiegel intervisie GROEP bijeenkomst): every
 * keymap. */
static void m_front(struct front *f)
{
	static const int *const whole[] = {
	    m_keys_start, m_keys_field,	    m_keys_choice,     m_keys_toggle, m_keys_steps,
	    m_keys_phase, m_keys_sub_field, m_keys_sub_choice, m_keys_typing, NULL};
	static const int *const typing[] = {m_keys_typing, NULL};
	*f =
	    (struct front){.name = "meeting", .table = m_actions, .typing = typing, .whole = whole};
	static const struct {
		const int *ids;
		const char *name;
	} maps[] = {{m_keys_start, "start"},
		    {m_keys_field, "field"},
		    {m_keys_choice, "choice"},
		    {m_keys_toggle, "toggle"},
		    {m_keys_none, "none"},
		    {m_keys_steps, "steps"},
		    {m_keys_sub_field, "sub field"},
		    {m_keys_sub_choice, "sub choice"},
		    {m_keys_phase, "phase"},
		    {m_keys_typing, "typing"},
		    {m_keys_help, "help"}};
	for (size_t i = 0; i < sizeof(maps) / sizeof(maps[0]); i++) {
		f->km[i] = (struct keymap){{NULL, maps[i].ids}};
		f->names[i] = maps[i].name;
	}
	f->n = (int)(sizeof(maps) / sizeof(maps[0]));
}

/* spiegel intervisie: every keymap, and those without typing under the
 * keys of a failed save; its footer has two lines. Without q: the fields
 * being typed in, and a field of the new-group form or a question (j/n),
 * where Esc is the way out. */
static void iv_front(struct front *f)
{
	static const int *const whole[] = {iv_keys_walk, iv_keys_group, iv_keys_notes, NULL};
	static const int *const no_q[] = {iv_keys_new_name,
					  iv_keys_new_list,
					  iv_keys_new_aliases,
					  iv_keys_new_button,
					  iv_keys_import,
					  iv_keys_import_confirm,
					  iv_keys_notes_typing,
					  iv_keys_people_edit,
					  iv_keys_confirm,
					  iv_keys_export,
					  NULL};
	*f = (struct front){
	    .name = "intervisie", .table = iv_actions, .typing = no_q, .whole = whole, .rows = 2};
	for (size_t i = 0; i < iv_n_keymaps; i++) {
		f->km[f->n] = (struct keymap){{NULL, iv_keymaps[i].ids}};
		f->names[f->n++] = iv_keymaps[i].name;
		if (iv_keymaps[i].typing)
			continue;
		f->km[f->n] = (struct keymap){{iv_keys_unsaved, iv_keymaps[i].ids}};
		f->names[f->n++] = iv_keymaps[i].name;
	}
}

/* The projection view (group --tui): each view, too few participants, and
 * each with the help's keys over it (both forms). Its footer is
 * pv_footer_layout's (test_keys_projection.c). */
static void pv_front(struct front *f)
{
	static const int *const none[] = {NULL};
	static const char *const views[PV_N_VIEWS] = {"overview", "practice", "item",
						      "profile",  "shared",   "change"};
	*f = (struct front){
	    .name = "projection", .table = pv_actions, .typing = none, .whole = none};
	for (int v = 0; v <= PV_N_VIEWS; v++) {
		const int *ids = v < PV_N_VIEWS ? pv_keys_views[v] : pv_keys_too_few;
		const char *name = v < PV_N_VIEWS ? views[v] : "too few";
		f->km[f->n] = (struct keymap){{NULL, ids}};
		f->names[f->n++] = name;
		f->km[f->n] = (struct keymap){{pv_keys_help, ids}};
		f->names[f->n++] = name;
		f->km[f->n] = (struct keymap){{pv_keys_help_scroll, ids}};
		f->names[f->n++] = name;
	}
}

#define N_FRONTS 5
static void fronts(struct front *f)
{
	q_front(&f[0]);
	o_front(&f[1]);
	iv_front(&f[2]);
	pv_front(&f[3]);
	m_front(&f[4]);
}

static bool binds(const struct action *a, int key)
{
	for (const int *k = a->keys; *k; k++)
		if (*k == key || (*k == K_TEXT && keys_printable(key)))
			return true;
	return false;
}

/* Whether the help line of a, its keys as actions_label writes them,
 * names key. */
static bool label_names(const struct action *a, int key)
{
	char label[128], name[32];
	actions_label(a, label, sizeof(label));
	for (const int *k = a->keys; *k; k++)
		if (*k == K_TEXT && keys_printable(key))
			return strstr(label, "typ") != NULL;
	if (key >= '0' && key <= '9') {
		/* in a run "1-5" */
		for (const char *p = label; (p = strchr(p, '-')) != NULL; p++)
			if (p > label && p[-1] <= key && key <= p[1])
				return true;
	}
	keys_name(key, name, sizeof(name));
	return strstr(label, name) != NULL;
}

static void test_every_key_is_documented(void **state)
{
	static int keys[1024];
	int nk = all_keys(keys);
	static struct front fr[N_FRONTS];
	fronts(fr);
	for (int fi = 0; fi < N_FRONTS; fi++) {
		const struct action *table = fr[fi].table;
		struct keymap *km = fr[fi].km;
		const char **names = fr[fi].names;
		for (int m = 0; m < fr[fi].n; m++) {
			for (int i = 0; i < nk; i++) {
				int act = actions_find(table, &km[m], keys[i]);
				if (act < 0)
					continue;
				/* the action that takes the key is shown (not hidden by the
				 * layer above), and its help line names the key */
				int layer = 0;
				for (const int *id = km[m].layer[1]; id && *id >= 0; id++)
					layer |= *id == act;
				if (actions_hidden(table, &km[m], layer, act))
					fail_msg("%s: action %d takes a key but is hidden",
						 names[m], act);
				if (!label_names(&table[act], keys[i]))
					fail_msg(
					    "%s: key %d does action %d, whose keys do not name it",
					    names[m], keys[i], act);
				if (!table[act].help || !table[act].help[0])
					fail_msg("%s: action %d has no help", names[m], act);
				/* no key means two things within one list */
				for (int l = 0; l < 2; l++) {
					int takers = 0;
					for (const int *id = km[m].layer[l]; id && *id >= 0; id++)
						takers += binds(&table[*id], keys[i]);
					if (takers > 1)
						fail_msg("%s: key %d is bound %d times", names[m],
							 keys[i], takers);
				}
			}
		}
	}
}

/* The help of a keymap has a row with each shown action's keys. */
static void test_help_lists_every_action(void **state)
{
	static struct front fr[N_FRONTS];
	fronts(fr);
	for (int fi = 0; fi < N_FRONTS; fi++) {
		const struct action *table = fr[fi].table;
		struct keymap *km = fr[fi].km;
		const char **names = fr[fi].names;
		for (int m = 0; m < fr[fi].n; m++) {
			struct doc d = {.width = 78};
			actions_help(table, &km[m], &d, 12);
			for (int l = 0; l < 2; l++)
				for (const int *id = km[m].layer[l]; id && *id >= 0; id++) {
					if (actions_hidden(table, &km[m], l, *id))
						continue;
					char label[128];
					actions_label(&table[*id], label, sizeof(label));
					bool found = false;
					for (int r = 0; r < d.n && !found; r++)
						found = strncmp(d.rows[r].text, label,
								strlen(label)) == 0;
					if (!found)
						fail_msg("%s: the help has no row for '%s'",
							 names[m], label);
				}
			doc_free(&d);
		}
	}
}

/* q and ? are in every footer, also at 40 columns (issue 12: 'q stoppen'
 * was cut off at 80 columns); the footers of the question screens fit
 * whole at 80 columns. */
static void footer_keeps_q(const struct front *f, const struct action *table,
			   const struct keymap *km, const char *name)
{
	for (int cols = 40; cols <= 80; cols += 40) {
		struct actions_slot e[32];
		int ne = actions_footer_layout(table, km, cols, f->rows ? f->rows : 1, e, 32);
		bool q_shown = false;
		for (int i = 0; i < ne; i++) {
			const struct action *a = &table[e[i].id];
			/* a way to stop: q, or Q where q is not one (spiegel
			 * observe's end, where q would lose the answers) */
			bool q = binds(a, 'q') || binds(a, 'Q');
			if ((a->flags & ACT_ALWAYS) && e[i].row < 0)
				fail_msg("%s at %d columns: '%s %s' left out", name, cols,
					 e[i].keys, e[i].foot);
			q_shown |= q && e[i].row >= 0;
			if (e[i].row >= 0 && e[i].x + e[i].width > cols - 1)
				fail_msg("%s at %d columns: '%s' past the edge", name, cols,
					 e[i].keys);
			for (const int *const *w = f->whole; cols == 80 && *w; w++)
				if (km->layer[1] == *w && !km->layer[0] && e[i].row < 0)
					fail_msg("%s at 80 columns: '%s %s' left out", name,
						 e[i].keys, e[i].foot);
		}
		bool typing = false;
		for (const int *const *t = f->typing; *t; t++)
			typing |= km->layer[1] == *t;
		if (!typing && !q_shown)
			fail_msg("%s at %d columns: no q in the footer", name, cols);
	}
}

static void test_footer_keeps_q(void **state)
{
	static struct front fr[N_FRONTS];
	fronts(fr);
	for (int fi = 0; fi < N_FRONTS; fi++) {
		const struct action *table = fr[fi].table;
		for (int m = 0; m < fr[fi].n; m++)
			footer_keeps_q(&fr[fi], table, &fr[fi].km[m], fr[fi].names[m]);
	}
}

/* ---- the loop's dispatch ---- */

static int handled_action, handled_key, handled;
static const int *fake_ids;

static const int *fake_keymap(const void *st)
{
	return fake_ids;
}

static enum tui_result fake_handle(void *st, int act, int key)
{
	handled++;
	handled_action = act;
	handled_key = key;
	return TUI_HANDLED;
}

static void test_dispatch_only_through_the_keymap(void **state)
{
	static int keys[1024];
	int nk = all_keys(keys);
	struct tui_screen scr = {.name = "fake", .keymap = fake_keymap, .handle = fake_handle};
	struct tui_shell sh = {.screen = &scr, .actions = q_actions};
	for (size_t m = 0; m < q_n_keymaps; m++) {
		fake_ids = q_keymaps[m].ids;
		struct keymap km = {{NULL, fake_ids}};
		for (int i = 0; i < nk; i++) {
			handled = 0;
			enum tui_result r = tui_dispatch(&sh, NULL, keys[i]);
			int act = actions_find(q_actions, &km, keys[i]);
			if (act < 0 || keys[i] == K_RESIZE) {
				assert_int_equal(handled, 0);
				assert_int_equal(r, TUI_IGNORED);
			} else {
				assert_int_equal(handled, 1);
				assert_int_equal(handled_action, act);
				assert_int_equal(handled_key, keys[i]);
			}
		}
	}
	handled = 0;
	assert_int_equal(tui_dispatch(&sh, NULL, K_NONE), TUI_IGNORED);
	assert_int_equal(tui_dispatch(&sh, NULL, K_UNKNOWN), TUI_IGNORED);
	assert_int_equal(handled, 0);
}

/* ---- the man page ---- */

struct buf {
	char *s;
	size_t n, cap;
};

static void put(struct buf *b, const char *s)
{
	size_t n = strlen(s);
	if (b->n + n + 1 > b->cap) {
		b->cap = (b->n + n + 1) * 2;
		b->s = realloc(b->s, b->cap);
		assert_non_null(b->s);
	}
	memcpy(b->s + b->n, s, n + 1);
	b->n += n;
}

/* Text as groff writes it: escapes for the dash, the backslash, the
 * arrows and the accented letters; \& before a dot or quote at the start
 * of a line. */
static void put_groff(struct buf *b, const char *s, bool line_start)
{
	static const struct {
		const char *utf8, *groff;
	} esc[] = {{"↑", "\\[ua]"},    {"↓", "\\[da]"}, {"←", "\\[<-]"}, {"→", "\\[->]"},
		   {"⌫", "\\[u232B]"}, {"é", "\\['e]"}, {"ë", "\\[:e]"}, {"ï", "\\[:i]"},
		   {"è", "\\[`e]"},    {"ö", "\\[:o]"}, {"ü", "\\[:u]"}, {"á", "\\['a]"},
		   {"ó", "\\['o]"},    {"–", "\\(en"},	{"\"", "\\(dq"}, {"\\", "\\e"},
		   {"-", "\\-"}};
	if (line_start && (*s == '.' || *s == '\''))
		put(b, "\\&");
	while (*s) {
		bool done = false;
		for (size_t i = 0; i < sizeof(esc) / sizeof(esc[0]) && !done; i++) {
			size_t n = strlen(esc[i].utf8);
			if (strncmp(s, esc[i].utf8, n) == 0) {
				put(b, esc[i].groff);
				s += n;
				done = true;
			}
		}
		if (!done) {
			char c[2] = {*s++, 0};
			put(b, c);
		}
	}
}

/* One action as the man page lists it: its keys, then what they do. */
static void put_action(struct buf *b, const struct action *a)
{
	char label[128];
	actions_label(a, label, sizeof(label));
	put(b, ".TP\n.B \"");
	put_groff(b, label, false);
	put(b, "\"\n");
	put_groff(b, a->help, true);
	put(b, "\n");
}

/* A man page section: its title, its paragraph (if any), and each action
 * of its keymaps once, in their order, but those of the keymaps of skip
 * (NULL-ended, or NULL). */
static void put_section(struct buf *b, const struct actions_man *sec, const struct action *table,
			int n_actions, const int *const *skip)
{
	put(b, ".SS \"");
	put_groff(b, sec->title, false);
	put(b, "\"\n");
	if (sec->intro) {
		put_groff(b, sec->intro, true);
		put(b, "\n");
	}
	bool *seen = calloc((size_t)n_actions, sizeof(*seen));
	assert_non_null(seen);
	for (const int *const *km = skip; km && *km; km++)
		for (const int *id = *km; *id >= 0; id++)
			seen[*id] = true;
	for (const int *const *km = sec->keymaps; *km; km++)
		for (const int *id = *km; *id >= 0; id++) {
			if (seen[*id])
				continue;
			seen[*id] = true;
			put_action(b, &table[*id]);
		}
	free(seen);
}

/* The TOETSEN section from the action table. */
static char *man_keys(void)
{
	struct buf b = {0};
	put(&b, ".SH TOETSEN\n");
	put_groff(&b, q_man_intro, true);
	put(&b, "\n");
	/* what the questionnaire's first section says holds everywhere */
	for (size_t s = 0; s < q_n_man_sections; s++)
		put_section(&b, &q_man_sections[s], q_actions, Q_N_ACTIONS,
			    s ? q_man_sections[0].keymaps : NULL);
	put_section(&b, &o_man, o_actions, O_N_ACTIONS, NULL);	  /* spiegel observe */
	put_section(&b, &pv_man, pv_actions, PV_N_ACTIONS, NULL); /* the projection view */
	for (size_t s = 0; s < iv_n_man_sections; s++)		  /* the intervisie screens */
		put_section(&b, &iv_man_sections[s], iv_actions, IV_N_ACTIONS,
			    s ? iv_man_sections[0].keymaps : NULL);
	put_section(&b, &m_man, m_actions, M_N_ACTIONS, NULL); /* the meeting screens */
	return b.s;
}

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	assert_non_null(f);
	struct buf b = {0};
	char chunk[4096];
	size_t n;
	while ((n = fread(chunk, 1, sizeof(chunk) - 1, f)) > 0) {
		chunk[n] = '\0';
		put(&b, chunk);
	}
	fclose(f);
	*len = b.n;
	return b.s;
}

static void test_man_page_keys(void **state)
{
	const char *path = SRCDIR "/doc/spiegel.1";
	size_t len;
	char *man = slurp(path, &len);
	char *start = strstr(man, "\n.SH TOETSEN\n");
	assert_non_null(start);
	start++;
	char *end = strstr(start + 1, "\n.SH ");
	assert_non_null(end);
	end++;
	char *want = man_keys();
	size_t have = (size_t)(end - start);
	const char *update = getenv("SPIEGEL_UPDATE_GOLDEN");
	if (update && strcmp(update, "1") == 0) {
		FILE *f = fopen(path, "wb");
		assert_non_null(f);
		fwrite(man, 1, (size_t)(start - man), f);
		fputs(want, f);
		fputs(end, f);
		assert_int_equal(fclose(f), 0);
		fprintf(stderr, "wrote the TOETSEN section of %s\n", path);
	} else if (have != strlen(want) || memcmp(start, want, have) != 0) {
		fprintf(stderr, "doc/spiegel.1, TOETSEN, as the action table says it:\n%s", want);
		fail_msg("the man page's keys differ from the action table "
			 "(src/tui/questionnaire/actions.h); SPIEGEL_UPDATE_GOLDEN=1 writes them");
	}
	free(want);
	free(man);
}

/* ---- the intervisie front end ---- */

/* Ctrl-C stops on every screen of intervisie. */
static void test_iv_ctrl_c_stops(void **state)
{
	for (size_t m = 0; m < iv_n_keymaps; m++) {
		struct keymap km = {{NULL, iv_keymaps[m].ids}};
		if (actions_find(iv_actions, &km, K_CTRL_C) != IV_HALT)
			fail_msg("%s: Ctrl-C does not stop", iv_keymaps[m].name);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_escape_sequences),
	    cmocka_unit_test(test_decode),
	    cmocka_unit_test(test_names_and_labels),
	    cmocka_unit_test(test_every_key_is_documented),
	    cmocka_unit_test(test_help_lists_every_action),
	    cmocka_unit_test(test_footer_keeps_q),
	    cmocka_unit_test(test_dispatch_only_through_the_keymap),
	    cmocka_unit_test(test_man_page_keys),
	    cmocka_unit_test(test_iv_ctrl_c_stops),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
