/* The meeting screens: start-up, the loop, what every screen shares
 * (mtg.h): the frame with the parts, saving, the status. */
#include <curses.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "actions.h"
#include "mtg.h"
#include "tui/term.h"
#include "tui/widget/frame.h"
#include "tui/widget/put.h"

struct meeting *mtg_meeting(const struct mtg *m)
{
	return m->cur >= 0 && (size_t)m->cur < m->iv->n_meetings ? &m->iv->meetings[m->cur] : NULL;
}

const struct meeting_method *mtg_method(const struct mtg *m)
{
	const struct meeting *mt = mtg_meeting(m);
	return mt ? meeting_kit_method(m->kit, mt->method) : NULL;
}

time_t mtg_now(const struct mtg *m)
{
	return m->a->now(m->a->ctx);
}

void mtg_status(struct mtg *m, bool error, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	frame_status_vset(m->status, sizeof(m->status), &m->status_error, error, fmt, ap);
	va_end(ap);
}

void mtg_status_diag(struct mtg *m, const struct diag *d)
{
	mtg_status(m, true, "%s", diag_count(d) ? diag_msg(d, 0) : "Dat kan niet.");
}

bool mtg_save(struct mtg *m)
{
	struct diag d;
	diag_init(&d);
	bool ok = intervisie_save(m->iv, m->a->path, m->a->io, mtg_now(m), &d);
	m->unsaved = !ok;
	if (ok)
		mtg_status(m, false, "Opgeslagen.");
	else
		mtg_status(m, true, "NIET OPGESLAGEN: %s",
			   diag_count(&d) ? diag_msg(&d, 0) : "onbekende fout");
	diag_finish(&d);
	return ok;
}

static int status_max(const struct mtg *m)
{
	return m->status_error ? 3 : 1;
}

int mtg_top(void)
{
	return 3;
}

int mtg_bottom(const struct mtg *m)
{
	/* a blank line above the status or the footer */
	int rows = frame_status_rows(m->status, status_max(m));
	return LINES - 3 - (rows ? rows : 0);
}

static const char *const part_names[MTG_N_PARTS] = {"Terugblik", "Opzet",	  "Casus",  "Fasen",
						    "Kaarten",	 "Aantekeningen", "Stappen"};

/* "1 Terugblik  2 Opzet ..." with the current part in reverse video; the
 * parts that need a meeting are dimmed before there is one. Where the
 * names do not fit, only the current part has its name. */
static void tabs(const struct mtg *m, int part)
{
	int full = 0;
	for (int p = 0; p < MTG_N_PARTS; p++)
		full += tui_width(part_names[p]) + 4;
	bool compact = full > COLS - 1;
	int x = 1;
	for (int p = 1; p <= MTG_N_PARTS && x < COLS - 1; p++) {
		char buf[40];
		if (compact && p != part)
			snprintf(buf, sizeof(buf), "%d", p);
		else
			snprintf(buf, sizeof(buf), "%d %s", p, part_names[p - 1]);
		attr_t at =
		    p == part ? A_REVERSE | A_BOLD : (!mtg_meeting(m) && p != 2 ? A_DIM : 0);
		x += tui_put(1, x, COLS - 1 - x, buf, at);
		x += compact ? 1 : 2;
	}
}

void mtg_frame(const struct mtg *m, const char *title, int part)
{
	char right[128] = "";
	const struct meeting *mt = mtg_meeting(m);
	const struct meeting_method *me = mtg_method(m);
	if (mt && me && mt->phase < me->n_phases && mt->timer.running &&
	    m->shell.screen != &m_phase_screen) {
		/* a running timer stays in sight on every part */
		char timer[96];
		meeting_timer_text(&mt->timer, mtg_now(m), me->phases[mt->phase].minutes, timer,
				   sizeof(timer));
		snprintf(right, sizeof(right), "fase %zu · %s", mt->phase + 1, timer);
	} else if (mt) {
		char date[40];
		meeting_date_text(date, sizeof(date), mt->date);
		snprintf(right, sizeof(right), "bijeenkomst %d · %s", m->cur + 1, date);
	} else if (m->cur < 0 && m->shell.screen != &m_start_screen) {
		snprintf(right, sizeof(right), "nieuwe bijeenkomst");
	}
	char *t = NULL;
	if (title)
		t = malloc(strlen(title) + strlen(m->iv->name) + 8);
	if (t)
		sprintf(t, "%s · %s", title, m->iv->name);
	frame_title(t ? t : m->iv->name, right[0] ? right : NULL, 4);
	free(t);
	if (part >= 0)
		tabs(m, part);
	frame_status(m->status, m->status_error, status_max(m), LINES - 2);
	struct keymap km;
	tui_keymap(&m->shell, m, m->shell.screen, &km);
	actions_footer(m_actions, &km, LINES - 1, 1);
}

void mtg_go(struct mtg *m, const struct tui_screen *to)
{
	tui_switch(&m->shell, m, to);
}

void mtg_go_part(struct mtg *m, int part)
{
	static const struct tui_screen *const screens[MTG_N_PARTS] = {
	    &m_followup_screen, &m_setup_screen, &m_casus_screen, &m_phase_screen,
	    &m_cards_screen,	&m_notes_screen, &m_steps_screen};
	if (part < 1 || part > MTG_N_PARTS)
		return;
	if (!mtg_meeting(m) && part != 2) {
		mtg_status(m, true, "Kies eerst een methode: dan is de bijeenkomst er.");
		return;
	}
	mtg_go(m, screens[part - 1]);
}

/* Stopping and the help, on every screen. */
static enum tui_result common(void *st, int act, int key)
{
	(void)key;
	struct mtg *m = st;
	switch (act) {
	case M_HALT:
	case M_QUIT:
		/* what is being typed is kept: the screen's leave commits it */
		if (m->shell.screen->leave)
			m->shell.screen->leave(m);
		return TUI_QUIT;
	case M_HELP:
		mtg_help_open(m);
		return TUI_HANDLED;
	default:
		m->status[0] = '\0';
		m->status_error = false;
		return TUI_IGNORED;
	}
}

int tui_meeting(const struct tui_meeting_args *a)
{
	struct mtg m;
	memset(&m, 0, sizeof(m));
	m.a = a;
	m.iv = a->iv;
	m.kit = a->kit;
	m.cat = a->cat;
	m.cur = a->meeting;
	m.step_choice = -1;
	m.shell.actions = m_actions;
	m.shell.common = common;
	m.shell.min_cols = 60;
	m.shell.min_lines = 20;
	meeting_today(mtg_now(&m), m.date, sizeof(m.date));
	if (!tui_terminal_usable()) {
		tui_unsupported();
		return 1;
	}
	tui_install_signals();
	if (!tui_setup_terminal()) {
		tui_unsupported();
		return 1;
	}
	if (m.cur >= 0) {
		size_t due, answered;
		meeting_followup_count(m.iv, (size_t)m.cur, &due, &answered);
		mtg_go_part(&m, due > answered ? 1 : 3);
	} else {
		mtg_go(&m, &m_start_screen);
	}
	tui_loop(&m.shell, &m);
	if (m.typing && m.shell.screen->leave)
		m.shell.screen->leave(&m);
	/* a save that failed: once more on the way out, else say so where it
	 * stays readable */
	if (m.unsaved)
		mtg_save(&m);
	tui_end_terminal();
	if (m.unsaved)
		fprintf(stderr, "spiegel: %s\n", m.status);
	field_finish(&m.ed);
	return m.unsaved ? 1 : 0;
}
