/* 4 Fasen: the method's phase with its questions and the phase timer
 * (visible, started and paused by the coach, never a sound), and where
 * the meeting is among the phases. The time comes from the clock passed
 * in (mtg_now); the timer's text from the core. */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>

#include "actions.h"
#include "mtg.h"
#include "tui/text.h"
#include "tui/widget/doc.h"
#include "tui/widget/put.h"

static void build(const struct mtg *m, struct doc *d)
{
	const struct meeting *mt = mtg_meeting(m);
	const struct meeting_method *me = mtg_method(m);
	d->width = COLS - 2;
	if (!me) {
		doc_text(d, "Deze bijeenkomst heeft een methode die de kit niet kent.", A_BOLD, 0);
		return;
	}
	doc_text(d, me->name, A_BOLD, 0);
	if (mt->phase < me->n_phases) {
		const struct meeting_phase *ph = &me->phases[mt->phase];
		char timer[96];
		meeting_timer_text(&mt->timer, mtg_now(m), ph->minutes, timer, sizeof(timer));
		doc_add(d, text_fmt("Fase %zu van %zu: %s", mt->phase + 1, me->n_phases, ph->title),
			A_BOLD, 0);
		if (mt->timer.running || meeting_timer_elapsed(&mt->timer, mtg_now(m)))
			doc_add(d, text_fmt("Tijd: %s", timer), 0, 0);
		else
			doc_add(d,
				text_fmt("Timer: nog niet gestart, %u min voorgesteld; Spatie "
					 "start hem.",
					 ph->minutes),
				A_DIM, 0);
		doc_blank(d);
		for (size_t q = 0; q < ph->n_questions; q++)
			doc_hanging(d, "• ", ph->questions[q], A_NORMAL, 0);
	} else {
		doc_add(d, text_fmt("Alle %zu fasen zijn doorlopen.", me->n_phases), A_BOLD, 0);
		doc_text(d,
			 "Verder met de kaarten (5), de aantekeningen (6) en een stap per "
			 "deelnemer (7).",
			 A_NORMAL, 0);
	}
	doc_blank(d);
	for (size_t p = 0; p < me->n_phases; p++) {
		const char *mark = p < mt->phase ? "✓" : p == mt->phase ? "▸" : " ";
		doc_add(d,
			text_fmt("%s %zu %s, %u min", mark, p + 1, me->phases[p].title,
				 me->phases[p].minutes),
			p == mt->phase ? A_BOLD : A_DIM, 0);
	}
}

static void phase_draw(const void *st)
{
	const struct mtg *m = st;
	mtg_frame(m, "Fasen", 4);
	struct doc d = {0};
	build(m, &d);
	int top = mtg_top();
	doc_draw(&d, top, 0, mtg_bottom(m) - top + 1);
	doc_free(&d);
	tui_focus(top + 1, 1);
}

static enum tui_result phase_handle(void *st, int act, int key)
{
	struct mtg *m = st;
	struct meeting *mt = mtg_meeting(m);
	const struct meeting_method *me = mtg_method(m);
	switch (act) {
	case M_TIMER:
		if (!me || mt->phase >= me->n_phases)
			return TUI_HANDLED;
		if (mt->timer.running)
			meeting_timer_pause(&mt->timer, mtg_now(m));
		else
			meeting_timer_start(&mt->timer, mtg_now(m));
		mtg_save(m);
		if (!m->status_error)
			mtg_status(m, false, mt->timer.running ? "De timer loopt." : "Gepauzeerd.");
		return TUI_HANDLED;
	case M_PHASE: {
		bool ok = key == K_LEFT ? meeting_phase_back(mt, mtg_now(m))
					: me && meeting_phase_next(mt, me->n_phases, mtg_now(m));
		if (ok)
			mtg_save(m);
		return TUI_HANDLED;
	}
	case M_PART:
		mtg_go_part(m, key - '0');
		return TUI_HANDLED;
	case M_NEXT_PART:
		mtg_go_part(m, key == K_BTAB ? 3 : 5);
		return TUI_HANDLED;
	default:
		return TUI_IGNORED;
	}
}

static const int *phase_keymap(const void *st)
{
	(void)st;
	return m_keys_phase;
}

const struct tui_screen m_phase_screen = {TUI_SCREEN("meeting-phase", phase, keymap, handle, draw)};
