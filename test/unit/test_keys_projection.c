/* The projection view's keys (src/tui/projection/actions.h), walked as
 * test_keys.c walks the questionnaire's: every keymap (each view, too few
 * participants, and each with the help's keys over it) with every key a
 * terminal can send. A key that does something does it through an action
 * of the keymap that is not hidden, whose keys as the help writes them
 * name it and that has a help text; no key means two things in one list.
 * And the footer: the tabs and "? toetsen  q stoppen" at 40 and 80
 * columns, hand-computed, the current view's tab never left out. */
#include <curses.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "tui/keys.h"
#include "tui/projection/actions.h"
#include "tui/widget/actions.h"

static int all_keys(int *out)
{
	int n = 0;
	for (int c = 1; c < 127; c++)
		out[n++] = c;
	out[n++] = K_BACKSPACE;
	out[n++] = 0xe9;
	for (int k = KEY_MIN; k <= KEY_MAX; k++)
		if (k != KEY_ENTER && k != KEY_BACKSPACE)
			out[n++] = K_FN(k);
	return n;
}

/* Each view's keymap and that of too few participants, alone and with the
 * help's keys (both forms) over it. */
static int keymaps(struct keymap *out, const char **names)
{
	static const char *const views[PV_N_VIEWS + 1] = {
	    "overview", "practice", "item", "profile", "shared", "change", "too few"};
	int n = 0;
	for (int v = 0; v <= PV_N_VIEWS; v++) {
		const int *ids = v < PV_N_VIEWS ? pv_keys_views[v] : pv_keys_too_few;
		out[n] = (struct keymap){{NULL, ids}};
		names[n++] = views[v];
		out[n] = (struct keymap){{pv_keys_help, ids}};
		names[n++] = views[v];
		out[n] = (struct keymap){{pv_keys_help_scroll, ids}};
		names[n++] = views[v];
	}
	return n;
}

static bool binds(const struct action *a, int key)
{
	for (const int *k = a->keys; *k; k++)
		if (*k == key)
			return true;
	return false;
}

static bool label_names(const struct action *a, int key)
{
	char label[128], name[32];
	actions_label(a, label, sizeof(label));
	keys_name(key, name, sizeof(name));
	return strstr(label, name) != NULL;
}

static void test_every_key_is_documented(void **state)
{
	static int keys[1024];
	int nk = all_keys(keys);
	struct keymap km[64];
	const char *names[64];
	int n = keymaps(km, names);
	for (int m = 0; m < n; m++)
		for (int i = 0; i < nk; i++) {
			int act = actions_find(pv_actions, &km[m], keys[i]);
			if (act < 0)
				continue;
			int layer = 0;
			for (const int *id = km[m].layer[1]; id && *id >= 0; id++)
				layer |= *id == act;
			if (actions_hidden(pv_actions, &km[m], layer, act))
				fail_msg("%s: action %d takes a key but is hidden", names[m], act);
			if (!label_names(&pv_actions[act], keys[i]))
				fail_msg("%s: key %d does action %d, whose keys do not name it",
					 names[m], keys[i], act);
			if (!pv_actions[act].help || !pv_actions[act].help[0])
				fail_msg("%s: action %d has no help", names[m], act);
			for (int l = 0; l < 2; l++) {
				int takers = 0;
				for (const int *id = km[m].layer[l]; id && *id >= 0; id++)
					takers += binds(&pv_actions[*id], keys[i]);
				if (takers > 1)
					fail_msg("%s: key %d is bound %d times", names[m], keys[i],
						 takers);
			}
		}
}

/* Too few participants: only ? and q (and q's Esc and Ctrl-C) do
 * anything; no view, no stepping. */
static void test_too_few_only_help_and_quit(void **state)
{
	static int keys[1024];
	int nk = all_keys(keys);
	struct keymap km = {{NULL, pv_keys_too_few}};
	for (int i = 0; i < nk; i++) {
		int act = actions_find(pv_actions, &km, keys[i]);
		assert_true(act < 0 || act == PV_HELP || act == PV_QUIT);
	}
	assert_int_equal(actions_find(pv_actions, &km, '?'), PV_HELP);
	assert_int_equal(actions_find(pv_actions, &km, 'q'), PV_QUIT);
	assert_int_equal(actions_find(pv_actions, &km, K_ESC), PV_QUIT);
	assert_int_equal(actions_find(pv_actions, &km, '1'), -1);
	assert_int_equal(actions_find(pv_actions, &km, K_RIGHT), -1);
}

/* Over the help Esc closes it, and every key of the view still works. */
static void test_help_layer(void **state)
{
	struct keymap km = {{pv_keys_help, pv_keys_views[PV_SHARED]}};
	assert_int_equal(actions_find(pv_actions, &km, K_ESC), PV_CLOSE_HELP);
	assert_int_equal(actions_find(pv_actions, &km, 'q'), PV_QUIT);
	assert_int_equal(actions_find(pv_actions, &km, K_DOWN), PV_SCROLL);
	assert_int_equal(actions_find(pv_actions, &km, '3'), PV_TO_ITEM);
	km.layer[0] = pv_keys_help_scroll;
	assert_int_equal(actions_find(pv_actions, &km, K_DOWN), PV_HELP_SCROLL);
	assert_true(actions_hidden(pv_actions, &km, 1, PV_SCROLL));
	assert_false(actions_hidden(pv_actions, &km, 1, PV_QUIT)); /* q is still free */
}

/* A projection without a profile and a baseline: keys 4 and 6 do nothing
 * and have no tab. */
static void test_absent_views(void **state)
{
	bool has[PV_N_VIEWS] = {true, true, true, false, true, false};
	int ids[PV_N_ACTIONS + 1];
	pv_keymap_only(pv_keys_views[PV_OVERVIEW], has, ids);
	struct keymap km = {{NULL, ids}};
	assert_int_equal(actions_find(pv_actions, &km, '4'), -1);
	assert_int_equal(actions_find(pv_actions, &km, '6'), -1);
	assert_int_equal(actions_find(pv_actions, &km, '5'), PV_TO_SHARED);
	assert_int_equal(actions_find(pv_actions, &km, K_RIGHT), PV_STEP);
	for (const int *id = ids; *id >= 0; id++)
		assert_true(*id != PV_TO_PROFILE && *id != PV_TO_CHANGE);
}

/* The footer at 80 columns with views 1, 2, 3 and 5 (the golden
 * pv-overview): " 1 overzicht " at 1 (13 wide), " 2 praktijk " at 15,
 * " 3 vraag " at 28, " 5 gedeeld " at 38; right "? toetsen  q stoppen". */
static void test_footer_80(void **state)
{
	bool has[PV_N_VIEWS] = {true, true, true, false, true, false};
	int ids[PV_N_ACTIONS + 1];
	pv_keymap_only(pv_keys_views[PV_OVERVIEW], has, ids);
	struct keymap km = {{NULL, ids}};
	struct pv_tab t[PV_N_VIEWS];
	char right[128];
	int n = pv_footer_layout(&km, 80, PV_TO_OVERVIEW, t, PV_N_VIEWS, right, sizeof(right));
	assert_string_equal(right, "? toetsen  q stoppen");
	assert_int_equal(n, 4);
	assert_string_equal(t[0].text, " 1 overzicht ");
	assert_int_equal(t[0].x, 1);
	assert_int_equal(t[1].x, 15);
	assert_string_equal(t[2].text, " 3 vraag ");
	assert_int_equal(t[2].x, 28);
	assert_string_equal(t[3].text, " 5 gedeeld ");
	assert_int_equal(t[3].x, 38);
	assert_int_equal(t[3].id, PV_TO_SHARED);
}

/* Too narrow for every name: only the current view's; narrower still,
 * only numbers; and when even those do not fit, the last tabs go, never
 * the current one. At 40 columns the right text takes 20 and 4 more, so
 * the tabs have 16 columns: four numbers (" 1 " and a blank each). */
static void test_footer_narrow(void **state)
{
	struct keymap km = {{NULL, pv_keys_views[PV_PRACTICE]}}; /* all six views */
	struct pv_tab t[PV_N_VIEWS];
	char right[128];
	/* 70 columns: 46 for the tabs; names 13+12+9+13+11+15+5 = 78, the
	 * current's name only: 3+1 + 12+1 + 4*(3+1) = 33 */
	int n = pv_footer_layout(&km, 70, PV_TO_PRACTICE, t, PV_N_VIEWS, right, sizeof(right));
	assert_int_equal(n, 6);
	assert_string_equal(t[0].text, " 1 ");
	assert_string_equal(t[1].text, " 2 praktijk ");
	assert_int_equal(t[2].x, 18);
	/* 40 columns: " 1 " .. " 6 " take 23; four of them 15 */
	n = pv_footer_layout(&km, 40, PV_TO_CHANGE, t, PV_N_VIEWS, right, sizeof(right));
	assert_string_equal(right, "? toetsen  q stoppen");
	assert_int_equal(n, 4);
	assert_string_equal(t[0].text, " 1 ");
	assert_string_equal(t[2].text, " 3 ");
	assert_int_equal(t[3].id, PV_TO_CHANGE);
	assert_string_equal(t[3].text, " 6 ");
	assert_int_equal(t[3].x, 13);
	/* the current one first: the others after it go */
	n = pv_footer_layout(&km, 40, PV_TO_OVERVIEW, t, PV_N_VIEWS, right, sizeof(right));
	assert_int_equal(n, 4);
	assert_int_equal(t[0].id, PV_TO_OVERVIEW);
	assert_int_equal(t[3].id, PV_TO_PROFILE);
	/* every view at every width from 40 to 120: the current tab is there
	 * and nothing reaches the right text */
	for (int cols = 40; cols <= 120; cols++)
		for (int v = 0; v < PV_N_VIEWS; v++) {
			n = pv_footer_layout(&km, cols, PV_TO_VIEW(v), t, PV_N_VIEWS, right,
					     sizeof(right));
			bool current = false;
			for (int i = 0; i < n; i++) {
				current |= t[i].id == PV_TO_VIEW(v);
				assert_true(t[i].x + t[i].width <= cols - 1 - 20 - 2);
			}
			assert_true(current);
		}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_every_key_is_documented),
	    cmocka_unit_test(test_too_few_only_help_and_quit),
	    cmocka_unit_test(test_help_layer),
	    cmocka_unit_test(test_absent_views),
	    cmocka_unit_test(test_footer_80),
	    cmocka_unit_test(test_footer_narrow),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
