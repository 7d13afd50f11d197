/* The participants: rename, add, remove (after a question). */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "actions.h"
#include "app.h"
#include "tui/text.h"
#include "tui/widget/doc.h"
#include "tui/widget/put.h"

static void people_enter(void *st)
{
	struct iv_app *a = st;
	a->psel = a->from == &iv_walk_screen ? (int)a->col : 0;
	a->pmode = 0;
}

static void people_resize(void *st)
{
	struct iv_app *a = st;
	field_settle(&a->pname, COLS - 5);
}

/* Participant k at line y: its alias and what the group holds of it. */
static void person_row(const struct iv_app *a, size_t k, int y, bool sel)
{
	const struct intervisie_participant *p = &a->iv->participants[k];
	char *line = text_fmt("%s %s", sel ? "▸" : " ", p->alias);
	char *det = text_fmt("%zu antwoorden%s%s%s", session_count_answered(p->answers, a->q),
			     p->imported ? " · ingelezen" : "", p->notes[0] ? " · notities" : "",
			     p->afspraken[0] ? " · afspraken" : "");
	if (sel) {
		tui_fill(y, 1, COLS - 2, A_REVERSE);
		tui_focus(y, 1); /* a screen reader follows the cursor */
	}
	int used = line ? tui_put(y, 1, COLS - 2, line, sel ? A_REVERSE | A_BOLD : A_NORMAL) : 0;
	if (det)
		tui_put(y, 3 + used, COLS - 4 - used, det, sel ? A_REVERSE : A_DIM);
	free(line);
	free(det);
}

/* The question before a removal, from line y. */
static void draw_question(const struct iv_app *a, int y)
{
	const struct intervisie_participant *p = &a->iv->participants[a->psel];
	char *q = text_fmt("%s verwijderen, met %zu antwoorden, notities en afspraken? (j/n)",
			   p->alias, session_count_answered(p->answers, a->q));
	struct doc d = {.width = COLS - 2};
	doc_text(&d, q, A_BOLD, 0);
	doc_draw(&d, y + 1, 0, iv_bottom(a) - y - 1);
	doc_free(&d);
	free(q);
}

static void people_draw(const void *st)
{
	const struct iv_app *a = st;
	const struct intervisie *iv = a->iv;
	char title[512];
	snprintf(title, sizeof(title), "Deelnemers · %s", iv->name);
	iv_frame(a, title, NULL);
	char buf[200];
	snprintf(buf, sizeof(buf), "%zu van hoogstens %d deelnemers.", iv->n_participants,
		 INTERVISIE_MAX_PARTICIPANTS);
	tui_put(2, 1, COLS - 2, buf, A_DIM);
	int y = 4, edit_y = -1;
	int rows = iv_bottom(a) - 2 - y - (a->pmode == 2 ? 1 : 0);
	if (rows < 1)
		rows = 1;
	size_t firstp = a->psel >= rows ? (size_t)(a->psel - rows + 1) : 0;
	if (a->pmode == 2 && iv->n_participants > (size_t)rows)
		firstp = iv->n_participants - (size_t)rows;
	for (size_t k = firstp; k < iv->n_participants && k < firstp + (size_t)rows; k++, y++) {
		bool sel = (int)k == a->psel && a->pmode != 2;
		if (sel && a->pmode == 1)
			edit_y = y;
		else
			person_row(a, k, y, sel);
	}
	if (a->pmode == 2)
		edit_y = y++;
	if (a->pmode == 3 && a->psel >= 0 && (size_t)a->psel < iv->n_participants)
		draw_question(a, y);
	if (edit_y >= 0) {
		tui_put(edit_y, 1, 2, "▸", A_BOLD);
		field_draw_line(&a->pname, edit_y, 3, true);
	}
	iv_status(a);
}

static void remove_person(struct iv_app *a)
{
	struct intervisie *iv = a->iv;
	struct diag d;
	diag_init(&d);
	char *alias = strdup(iv->participants[a->psel].alias);
	if (intervisie_remove_participant(iv, (size_t)a->psel, &d)) {
		if (iv_save(a))
			iv_set_status(a, false, "%s is uit de groep verwijderd.",
				      alias ? alias : "De deelnemer");
		if (a->psel >= (int)iv->n_participants)
			a->psel = (int)iv->n_participants - 1;
		a->col = a->np = a->ip = 0;
	} else {
		iv_status_diag(a, &d, "verwijderen lukt niet");
	}
	free(alias);
	diag_finish(&d);
}

/* Enter after typing a name: rename or add. */
static void save_name(struct iv_app *a)
{
	struct intervisie *iv = a->iv;
	char *name = textedit_text(&a->pname.ed);
	struct diag d;
	diag_init(&d);
	bool ok =
	    name && (a->pmode == 1 ? intervisie_rename_participant(iv, (size_t)a->psel, name, &d)
				   : intervisie_add_participant(iv, name, &d));
	if (ok) {
		if (iv_save(a))
			iv_set_status(a, false, "%s %s.", name,
				      a->pmode == 1 ? "bewaard" : "toegevoegd");
		if (a->pmode == 2)
			a->psel = (int)iv->n_participants - 1;
		a->pmode = 0;
	} else {
		iv_status_diag(a, &d, "ongeldige naam");
	}
	diag_finish(&d);
	free(name);
}

static void start_add(struct iv_app *a)
{
	if (a->iv->n_participants >= INTERVISIE_MAX_PARTICIPANTS) {
		iv_set_status(a, true, "Een groep heeft hoogstens %d deelnemers.",
			      INTERVISIE_MAX_PARTICIPANTS);
		return;
	}
	field_init(&a->pname, "", SESSION_MAX_NAME);
	a->pmode = 2;
}

static enum tui_result people_handle(void *st, int act, int key)
{
	struct iv_app *a = st;
	switch (act) {
	case IV_YES:
		remove_person(a);
		a->pmode = 0;
		return TUI_HANDLED;
	case IV_NO:
		iv_set_status(a, false, "Niet verwijderd.");
		a->pmode = 0;
		return TUI_HANDLED;
	case IV_CANCEL:
		a->pmode = 0;
		return TUI_HANDLED;
	case IV_SAVE_NAME:
		save_name(a);
		return TUI_HANDLED;
	case IV_TYPE_NAME:
	case IV_EDIT:
	case IV_CLEAR_KEY:
		if (field_key(&a->pname, key, FIELD_CLEAR) == FIELD_FULL)
			iv_set_status(a, true, "De naam is te lang.");
		return TUI_HANDLED;
	case IV_LIST:
		if (key == K_UP && a->psel > 0)
			a->psel--;
		else if (key == K_DOWN && a->psel + 1 < (int)a->iv->n_participants)
			a->psel++;
		return TUI_HANDLED;
	case IV_RENAME:
		field_init(&a->pname, a->iv->participants[a->psel].alias, SESSION_MAX_NAME);
		a->pmode = 1;
		return TUI_HANDLED;
	case IV_ADD:
		start_add(a);
		return TUI_HANDLED;
	case IV_REMOVE:
		if (a->iv->n_participants <= 1)
			iv_set_status(a, true, "Een groep heeft minstens één deelnemer.");
		else
			a->pmode = 3;
		return TUI_HANDLED;
	default:
		return TUI_IGNORED;
	}
}

static const int *people_keymap(const void *st)
{
	const struct iv_app *a = st;
	return a->pmode == 3 ? iv_keys_confirm : a->pmode ? iv_keys_people_edit : iv_keys_people;
}

const struct tui_screen iv_people_screen = {
    TUI_SCREEN("people", people, enter, keymap, handle, resize, draw)};
