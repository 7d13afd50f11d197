/* The kit's form (src/tui/widget/form.c) without a terminal: the rows'
 * places, where the focus goes and what is scrolled into view, the
 * options' keys and a kept row's text; every figure counted by hand. What
 * the two looks draw is pinned by the screen goldens (q-plan-form,
 * q-look-back, m-*). */
#include <locale.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "tui/keys.h"
#include "tui/widget/form.h"

static const char *const results[] = {"gedaan", "deels", "nog niet"};

/* The look back of the voornemen screen: options, two texts, options, a
 * hidden date. */
static void look_back(struct form *f)
{
	form_begin(f, true);
	assert_true(form_options(f, "Hoe ging het?", 3, results));
	assert_true(form_text(f, "Wat gebeurde er?", 200));
	assert_true(form_text(f, "Wat heb je geleerd?", 200));
	assert_true(form_options(f, "Hoe verder?", 3, results));
	assert_true(form_text(f, "De nieuwe datum", 40));
	f->r[4].hidden = true;
	form_layout(f, 4, 40);
}

/* Focus row focus, settle the view in lines lines: the scroll must be
 * scroll (and the focus focus_after). */
static void settle_case(struct form *f, struct form_view *v, int focus, int lines, int scroll,
			int focus_after)
{
	v->focus = focus;
	form_settle(f, v, lines);
	assert_int_equal(v->scroll, scroll);
	assert_int_equal(v->focus, focus_after);
}

static void test_compact_moves(void **state)
{
	(void)state;
	static struct form f;
	struct form_view v = {0};
	look_back(&f);
	/* two lines a shown row, none for the hidden one */
	assert_int_equal(form_lines(&f), 8);
	assert_int_equal(f.r[3].y, 6);
	assert_int_equal(f.r[4].h, 0);
	form_first(&f, &v);
	assert_int_equal(v.focus, 0);
	/* ↑ stops at the first row, Shift-Tab goes round past the hidden one */
	assert_true(form_move(&f, &v, K_UP));
	assert_int_equal(v.focus, 0);
	assert_true(form_move(&f, &v, K_BTAB));
	assert_int_equal(v.focus, 3);
	assert_true(form_move(&f, &v, K_DOWN));
	assert_int_equal(v.focus, 3);
	assert_true(form_move(&f, &v, K_TAB));
	assert_int_equal(v.focus, 0);
	assert_false(form_move(&f, &v, 'x'));
	/* shown again: reached, the end is there */
	f.r[4].hidden = false;
	form_layout(&f, 4, 40);
	assert_true(form_move(&f, &v, K_END));
	assert_int_equal(v.focus, 4);
	assert_true(form_move(&f, &v, K_HOME));
	assert_int_equal(v.focus, 0);
	assert_int_equal(form_next_text(&f, 0), 1);
	assert_int_equal(form_next_text(&f, 2), 4);
	assert_int_equal(form_next_text(&f, 4), -1);
	form_free(&f);
	assert_int_equal(f.n, 0);
}

static void test_compact_settle(void **state)
{
	(void)state;
	static struct form f;
	struct form_view v = {.focus = 3};
	look_back(&f);
	/* 4 lines: the focused row (6-7) from the top, clamped to 8 - 4 */
	form_settle(&f, &v, 4);
	assert_int_equal(v.scroll, 4);
	/* 5 lines: clamped to 3, a row's second line: a whole row further */
	v.scroll = 0;
	form_settle(&f, &v, 5);
	assert_int_equal(v.scroll, 4);
	/* back at the first row */
	settle_case(&f, &v, 0, 5, 0, 0);
	/* focus on a hidden row: the next shown one, else the last */
	settle_case(&f, &v, 4, 8, 0, 3);
	form_free(&f);
}

static void test_options_and_text(void **state)
{
	(void)state;
	static struct form f;
	struct form_view v = {0};
	look_back(&f);
	form_first(&f, &v);
	assert_int_equal(f.r[0].choice, -1);
	assert_true(form_choose_key(&f, &v, K_RIGHT));
	assert_int_equal(f.r[0].choice, 0);
	assert_true(form_choose_key(&f, &v, K_LEFT));
	assert_int_equal(f.r[0].choice, 2);
	assert_true(form_choose_key(&f, &v, '2'));
	assert_int_equal(f.r[0].choice, 1);
	assert_false(form_choose_key(&f, &v, '4'));
	assert_int_equal(f.r[0].choice, 1);
	/* a text row: no options, its own field */
	v.focus = 1;
	assert_false(form_choose_key(&f, &v, K_RIGHT));
	assert_int_equal(field_key(&f.r[1].kept, 'j', 0), FIELD_CHANGED);
	assert_int_equal(field_key(&f.r[1].kept, 0xe9, 0), FIELD_CHANGED); /* é */
	char *t = form_value(&f, 1);
	assert_string_equal(t, "jé");
	free(t);
	t = form_value(&f, 0);
	assert_string_equal(t, "");
	free(t);
	form_free(&f);
}

/* A built form in the full look: a heading, a text of two lines, two
 * choices, a blank line, a toggle; 40 columns. */
static void built(struct form *f)
{
	form_begin(f, false);
	form_add(f, FORM_HEAD, 0, "Kop");
	form_add(f, FORM_TEXT, 10, "Notities")->lines = 2;
	form_add(f, FORM_CHOICE, 20, "Een");
	form_add(f, FORM_CHOICE, 21, form_fmt(f, "Twee %d", 2));
	form_add(f, FORM_HEAD, 0, "");
	form_add(f, FORM_TOGGLE, 30, "Aan");
	form_layout(f, 0, 40);
}

static void test_full(void **state)
{
	(void)state;
	static struct form f;
	struct form_view v = {0};
	built(&f);
	/* heading 1, text 1 + 2, choices 1 each, blank 1, toggle 1 */
	assert_int_equal(f.r[1].y, 1);
	assert_int_equal(f.r[1].h, 3);
	assert_int_equal(f.r[2].y, 4);
	assert_int_equal(f.r[5].y, 7);
	assert_int_equal(form_lines(&f), 8);
	assert_string_equal(f.r[3].label, "Twee 2");
	/* the first focusable row; a heading never */
	form_settle_focus(&f, &v);
	assert_int_equal(v.focus, 1);
	assert_int_equal(form_focused(&f, &v)->id, 10);
	v.focus = 0;
	assert_null(form_focused(&f, &v));
	/* the toggle in 3 lines: its blank heading left out, scroll 7
	 * clamped to 8 - 3 */
	settle_case(&f, &v, 5, 3, 5, 5);
	/* up to the first choice: with its heading "Kop" it would take 5
	 * lines, more than 3, so the row itself at the top */
	settle_case(&f, &v, 2, 3, 4, 2);
	/* the text with its heading fits in 4 lines: from the heading */
	settle_case(&f, &v, 1, 4, 0, 1);
	/* a page from the text (line 1): the first row at line 1 + 3 */
	assert_true(form_move(&f, &v, K_PGDN));
	assert_int_equal(v.focus, 2);
	assert_true(form_move(&f, &v, K_PGUP));
	assert_int_equal(v.focus, 1);
	/* ↓ at the end stops */
	form_focus_id(&f, &v, 30);
	assert_int_equal(v.focus, 5);
	assert_true(form_move(&f, &v, K_DOWN));
	assert_int_equal(v.focus, 5);
	form_focus_id(&f, &v, 99);
	assert_int_equal(v.focus, 5);
	/* a built text is its value */
	f.r[1].value = "iets";
	char *t = form_value(&f, 1);
	assert_string_equal(t, "iets");
	free(t);
}

int main(void)
{
	/* the program's: a typed é is UTF-8 in the text */
	if (!setlocale(LC_ALL, "C.UTF-8"))
		return 1;
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_compact_moves),
	    cmocka_unit_test(test_compact_settle),
	    cmocka_unit_test(test_options_and_text),
	    cmocka_unit_test(test_full),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
