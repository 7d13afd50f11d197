/* The group's meetings: a new one, or one to go on with. */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>

#include "actions.h"
#include "mtg.h"
#include "tui/text.h"
#include "tui/widget/list.h"
#include "tui/widget/put.h"

/* The entries: a new meeting first, then the meetings, the last one on
 * top. */
static void entries(const struct mtg *m, struct list *l)
{
	list_push(l, text_fmt("Nieuwe bijeenkomst"), NULL, NULL);
	for (size_t k = m->iv->n_meetings; k-- > 0;) {
		const struct meeting *mt = &m->iv->meetings[k];
		const struct meeting_method *me = meeting_kit_method(m->kit, mt->method);
		char date[40];
		meeting_date_text(date, sizeof(date), mt->date);
		list_push(l, text_fmt("Bijeenkomst %zu, %s", k + 1, date),
			  text_fmt("%s", me ? me->name : mt->method), NULL);
	}
}

static void start_resize(void *st)
{
	struct mtg *m = st;
	struct list l = {0};
	entries(m, &l);
	l.sel = m->start_sel;
	list_settle(&l, mtg_bottom(m) - 4);
	m->start_sel = l.sel;
	m->view.scroll = l.top;
	list_clear(&l);
}

static void start_draw(const void *st)
{
	const struct mtg *m = st;
	mtg_frame(m, "Intervisie", -1);
	tui_put(2, 1, COLS - 2,
		"Een bijeenkomst begeleiden: casus, methode, kaarten en een stap per deelnemer.",
		A_DIM);
	struct list l = {0};
	entries(m, &l);
	l.sel = m->start_sel;
	l.top = m->view.scroll;
	l.page = mtg_bottom(m) - 4;
	list_draw(&l, 4, 3);
	list_clear(&l);
	tui_focus(4 + m->start_sel - m->view.scroll, 1);
}

static enum tui_result start_handle(void *st, int act, int key)
{
	struct mtg *m = st;
	if (act == M_MOVE) {
		struct list l = {0};
		entries(m, &l);
		l.sel = m->start_sel;
		l.page = mtg_bottom(m) - 4;
		list_key(&l, key);
		m->start_sel = l.sel;
		list_clear(&l);
		return TUI_HANDLED;
	}
	if (act != M_OPEN)
		return TUI_IGNORED;
	if (m->start_sel == 0) {
		m->cur = -1;
		mtg_go_part(m, 2);
		return TUI_HANDLED;
	}
	m->cur = (int)m->iv->n_meetings - m->start_sel;
	size_t due, answered;
	meeting_followup_count(m->iv, (size_t)m->cur, &due, &answered);
	mtg_go_part(m, due > answered ? 1 : 2);
	return TUI_HANDLED;
}

static const int *start_keymap(const void *st)
{
	(void)st;
	return m_keys_start;
}

const struct tui_screen m_start_screen = {
    TUI_SCREEN("meeting-start", start, keymap, handle, resize, draw)};
