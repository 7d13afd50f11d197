/* Notes and afspraken per participant: two boxes, one being typed in.
 * What is typed is saved in a pause (idle), when leaving the field and
 * when leaving the screen. */
#include <stdio.h>
#include <stdlib.h>

#include "actions.h"
#include "app.h"
#include "tui/term.h"
#include "tui/widget/put.h"

static void load_note(struct iv_app *a)
{
	const struct intervisie_participant *p = &a->iv->participants[a->np];
	field_init(&a->note, a->nfield ? p->afspraken : p->notes, INTERVISIE_MAX_TEXT);
	a->ndirty = false;
}

void iv_commit_note(struct iv_app *a)
{
	if (!a->iv || !a->note.on || !a->ndirty)
		return;
	char *t = textedit_text(&a->note.ed);
	struct diag d;
	diag_init(&d);
	if (!t) {
		iv_set_status(a, true, "Onvoldoende geheugen.");
	} else {
		bool ok = a->nfield ? intervisie_set_afspraken(a->iv, a->np, t, &d)
				    : intervisie_set_notes(a->iv, a->np, t, &d);
		if (ok) {
			a->ndirty = false;
			iv_save(a);
		} else {
			iv_status_diag(a, &d, "de tekst kan niet worden bewaard");
		}
	}
	diag_finish(&d);
	free(t);
}

static void notes_enter(void *st)
{
	struct iv_app *a = st;
	if (a->from == &iv_walk_screen)
		a->np = a->col;
	if (a->np >= a->iv->n_participants)
		a->np = 0;
	a->nfield = 0;
	load_note(a);
	a->typing = true;
}

static void notes_leave(void *st)
{
	iv_commit_note(st);
}

static void notes_idle(void *st)
{
	struct iv_app *a = st;
	if (a->ndirty)
		iv_commit_note(a);
}

static void notes_switch(struct iv_app *a, size_t np, int field)
{
	iv_commit_note(a);
	a->np = np;
	a->nfield = field;
	load_note(a);
}

/* The heights of the two boxes. */
static void box_heights(const struct iv_app *a, int *h1, int *h2)
{
	int h = iv_bottom(a) - 1 - 3 - 1; /* two labels, two boxes */
	*h1 = (h - 1) / 2;
	*h2 = h - 1 - *h1 - 1;
	if (*h1 < 1)
		*h1 = 1;
	if (*h2 < 1)
		*h2 = 1;
}

static void notes_resize(void *st)
{
	struct iv_app *a = st;
	field_settle(&a->note, COLS - 4);
}

static const char *const labels[2] = {"Notities", "Afspraken"};

/* The participants as tabs on line 1. */
static void draw_tabs(const struct iv_app *a)
{
	int x = 1;
	for (size_t k = 0; k < a->iv->n_participants && x < COLS - 2; k++) {
		if (k)
			x += tui_put(1, x, COLS - 1 - x, "  ", A_NORMAL);
		x += tui_put(1, x, COLS - 1 - x, a->iv->participants[k].alias,
			     k == a->np ? A_REVERSE | A_BOLD : A_DIM);
	}
}

static void draw_box(const struct field *f, int top, int h, bool focus, bool typing,
		     const char *placeholder)
{
	if (h < 1 || COLS < 6)
		return;
	if (focus)
		tui_focus(top, 3); /* the box that has focus, typing or not */
	field_draw_box(f, top, 1, h, focus ? "┃" : "│", focus ? TUI_CYAN : 0, typing, placeholder);
}

static void notes_draw(const void *st)
{
	const struct iv_app *a = st;
	const struct intervisie *iv = a->iv;
	char title[512], right[96];
	snprintf(title, sizeof(title), "Aantekeningen · %s", iv->name);
	snprintf(right, sizeof(right), "deelnemer %zu van %zu · %s", a->np + 1, iv->n_participants,
		 labels[a->nfield]);
	iv_frame(a, title, right);
	draw_tabs(a);
	const struct intervisie_participant *p = &iv->participants[a->np];
	int top = 3, h1, h2;
	box_heights(a, &h1, &h2);
	/* the other field, as it is saved */
	struct field other;
	other.on =
	    textedit_init(&other.ed, a->nfield ? p->notes : p->afspraken, INTERVISIE_MAX_TEXT);
	field_settle(&other, COLS - 4);
	int y = top;
	for (int f = 0; f < 2; f++) {
		bool focus = f == a->nfield;
		/* the active field in words, not only by its line */
		char lab[128];
		snprintf(lab, sizeof(lab), "%s %s%s", focus ? "▶" : " ", labels[f],
			 !focus	     ? "  (Tab: hierheen)"
			 : a->typing ? "  ← hier typ je (Esc: klaar)"
				     : "  ← gekozen (Enter: typen)");
		tui_put(y, 1, COLS - 2, lab, focus ? A_BOLD : A_NORMAL);
		int bh = f == 0 ? h1 : h2;
		if (!focus)
			draw_box(&other, y + 1, bh, false, false,
				 f ? "(nog geen afspraken)" : "(nog geen notities)");
		y += bh + 2;
	}
	field_finish(&other);
	/* the focused field last: the cursor stays there */
	int fy = a->nfield == 0 ? top + 1 : top + h1 + 3;
	draw_box(&a->note, fy, a->nfield == 0 ? h1 : h2, true, a->typing,
		 a->nfield ? "(nog geen afspraken)" : "(nog geen notities)");
	iv_status(a);
}

/* The keys of a field being typed in. */
static void notes_type(struct iv_app *a, int key)
{
	int r = field_key(&a->note, key, FIELD_NEWLINE | FIELD_UPDOWN);
	if (r == FIELD_CHANGED)
		a->ndirty = true;
	else if (r == FIELD_FULL)
		iv_set_status(a, true, "De tekst is te lang (hoogstens %u tekens).",
			      (unsigned)INTERVISIE_MAX_TEXT);
}

static enum tui_result notes_handle(void *st, int act, int key)
{
	struct iv_app *a = st;
	size_t n = a->iv->n_participants;
	switch (act) {
	case IV_SWAP_FIELD:
	case IV_SWAP_BTAB:
		notes_switch(a, a->np, 1 - a->nfield);
		return TUI_HANDLED;
	case IV_NOTE_PAGE:
	case IV_NOTE_PAGE_KEY:
	case IV_NEIGHBOUR:
		/* another participant: always back to Notities, the first field */
		notes_switch(
		    a, key == K_PGUP || key == K_LEFT ? (a->np + n - 1) % n : (a->np + 1) % n, 0);
		return TUI_HANDLED;
	case IV_FIELD_UPDOWN:
		notes_switch(a, a->np, key == K_UP ? 0 : 1);
		return TUI_HANDLED;
	case IV_STOP_TYPING:
		iv_commit_note(a);
		a->typing = false;
		return TUI_HANDLED;
	case IV_TYPE_START:
		a->typing = true;
		return TUI_HANDLED;
	case IV_TYPE_NOTE:
	case IV_NEWLINE:
	case IV_EDIT_LINES:
		notes_type(a, key);
		return TUI_HANDLED;
	default:
		return TUI_IGNORED;
	}
}

static const int *notes_keymap(const void *st)
{
	const struct iv_app *a = st;
	return a->typing ? iv_keys_notes_typing : iv_keys_notes;
}

const struct tui_screen iv_notes_screen = {
    TUI_SCREEN("notes", notes, enter, leave, keymap, handle, resize, draw, idle)};
