/* A new group: its name, the questionnaire and the participants, then
 * the button that makes it. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "actions.h"
#include "app.h"
#include "tui/term.h"
#include "tui/text.h"
#include "tui/widget/put.h"

static void new_enter(void *st)
{
	struct iv_app *a = st;
	field_init(&a->name, "", SESSION_MAX_NAME);
	field_init(&a->aliases, "", IV_NAMES_MAX);
	a->nf = 0;
	a->nq = 0;
	a->status[0] = '\0';
}

/* Split the aliases field into trimmed non-empty lines (malloc'd). */
static size_t split_lines(const char *text, char **out, size_t max, bool *too_many)
{
	size_t n = 0;
	*too_many = false;
	const char *p = text;
	while (*p) {
		const char *e = strchr(p, '\n');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		const char *s = p;
		while (len && (*s == ' ' || *s == '\t')) {
			s++;
			len--;
		}
		while (len && (s[len - 1] == ' ' || s[len - 1] == '\t'))
			len--;
		if (len) {
			if (n == max)
				*too_many = true;
			else
				out[n++] = strndup(s, len);
		}
		p = e ? e + 1 : p + strlen(p);
	}
	return n;
}

/* The new group iv (id) locked, saved and open. */
static void take_new(struct iv_app *a, struct intervisie *iv, const char *id, struct diag *d)
{
	int fd = iv_lock_group(a, id, d);
	char *path = intervisie_path(a->dir, id);
	if (fd < 0 || !path) {
		iv_status_diag(a, d, "onvoldoende geheugen");
		intervisie_destroy(iv);
		store_unlock(fd);
		free(path);
		return;
	}
	const struct questionnaire *q = a->content->qs[a->nq];
	iv_take_group(a, iv, q, path, fd);
	intervisie_set_position(iv, q->sections[0].id);
	if (iv_save(a))
		iv_set_status(a, false, "Groep aangemaakt en opgeslagen.");
	iv_go(a, &iv_walk_screen);
}

static void create_group(struct iv_app *a)
{
	char *name = textedit_text(&a->name.ed);
	char *all = textedit_text(&a->aliases.ed);
	char *aliases[INTERVISIE_MAX_PARTICIPANTS] = {NULL};
	bool too_many = false;
	size_t n = all ? split_lines(all, aliases, INTERVISIE_MAX_PARTICIPANTS, &too_many) : 0;
	struct diag d;
	diag_init(&d);
	char id[SESSION_ID_MAX + 1];
	struct intervisie *iv = NULL;
	const struct questionnaire *q = a->content->qs[a->nq];
	if (!name || !name[0]) {
		iv_set_status(a, true, "Geef de groep een naam.");
		a->nf = 0;
	} else if (n == 0 || too_many) {
		iv_set_status(a, true, "Typ 1 tot %d deelnemers, één naam per regel%s.",
			      INTERVISIE_MAX_PARTICIPANTS, too_many ? " (nu te veel)" : "");
		a->nf = 2;
	} else if (!store_new_id(a->store->io, id, sizeof(id), time(NULL))) {
		iv_set_status(a, true, "Er kon geen groeps-id worden gemaakt.");
	} else if (!(iv = intervisie_create(id, name, q, (const char *const *)aliases, n,
					    time(NULL), &d))) {
		iv_status_diag(a, &d, "de groep kan niet worden gemaakt");
		a->nf = intervisie_alias_ok(name) ? 2 : 0;
	} else {
		take_new(a, iv, id, &d);
	}
	diag_finish(&d);
	for (size_t i = 0; i < n; i++)
		free(aliases[i]);
	free(name);
	free(all);
}

/* The height of the participants' box below line y. */
static int box_rows(const struct iv_app *a, int y)
{
	int boxh = iv_bottom(a) - 1 - y - 1;
	return boxh > INTERVISIE_MAX_PARTICIPANTS ? INTERVISIE_MAX_PARTICIPANTS : boxh;
}

static void new_resize(void *st)
{
	struct iv_app *a = st;
	field_settle(&a->name, COLS - 6);
	field_settle(&a->aliases, COLS - 4);
}

/* The questionnaires from line y: all when the field has the focus (as
 * many as fit), else the choice only. Returns the line after them. */
static int draw_choices(const struct iv_app *a, int y)
{
	size_t nq = a->content->n_qs;
	int room = iv_bottom(a) - 1 - y - 5;
	size_t shown = a->nf != 1 || room < 1 ? 1 : (size_t)room < nq ? (size_t)room : nq;
	size_t first = a->nf != 1 ? a->nq : a->nq >= shown ? a->nq - shown + 1 : 0;
	for (size_t i = first; i < first + shown && i < nq; i++) {
		const struct questionnaire *q = a->content->qs[i];
		bool sel = i == a->nq;
		char *line = text_fmt("%s %s (%zu vragen)%s", sel ? "●" : "○", q->title, q->n_items,
				      a->nf != 1 && nq > 1 ? "  ▾" : "");
		attr_t at = sel && a->nf == 1 ? A_REVERSE : sel ? A_BOLD : A_NORMAL;
		if (sel && a->nf == 1)
			tui_focus(y, 3); /* the questionnaire being chosen */
		if (line)
			tui_put(y, 3, COLS - 5, line, at);
		free(line);
		y++;
	}
	return y;
}

static void new_draw(const void *st)
{
	const struct iv_app *a = st;
	iv_frame(a, "Nieuwe intervisiegroep", NULL);
	int y = 2;
	tui_put(y++, 1, COLS - 2, "Naam van de groep", a->nf == 0 ? A_BOLD : A_NORMAL);
	int namey = y++;
	y++;
	tui_put(y++, 1, COLS - 2, "Vragenlijst", a->nf == 1 ? A_BOLD : A_NORMAL);
	y = draw_choices(a, y) + 1;
	char label[128];
	snprintf(label, sizeof(label), "Deelnemers (1 tot %d, één naam per regel)",
		 INTERVISIE_MAX_PARTICIPANTS);
	tui_put(y++, 1, COLS - 2, label, a->nf == 2 ? A_BOLD : A_NORMAL);
	int boxh = box_rows(a, y);
	int boxy = y;
	y += boxh > 0 ? boxh : 0;
	if (y < iv_bottom(a)) {
		attr_t at = a->nf == 3 ? A_REVERSE | A_BOLD : A_BOLD;
		tui_put(y, 3, COLS - 5, "[ Groep aanmaken ]", at);
		if (a->nf == 3)
			tui_focus(y, 3); /* the button has focus, not a field */
	}
	/* fields last: the cursor goes where the focus is */
	if (boxh >= 1 && COLS >= 6)
		field_draw_box(&a->aliases, boxy, 1, boxh, a->nf == 2 ? "┃" : "│",
			       a->nf == 2 ? TUI_CYAN : 0, a->nf == 2, "bijvoorbeeld: Anouk Kuiper");
	field_draw_line(&a->name, namey, 3, a->nf == 0);
	iv_status(a);
}

static enum tui_result new_handle(void *st, int act, int key)
{
	struct iv_app *a = st;
	switch (act) {
	case IV_CANCEL:
		return iv_go_back(a);
	case IV_NEXT_FIELD:
	case IV_TAB_NEXT:
	case IV_TAB_FIRST:
		a->nf = (a->nf + 1) % 4;
		return TUI_HANDLED;
	case IV_PREV_FIELD:
		a->nf = (a->nf + 3) % 4;
		return TUI_HANDLED;
	case IV_PICK_Q:
		if (key == K_UP && a->nq > 0)
			a->nq--;
		else if (key == K_DOWN && a->nq + 1 < a->content->n_qs)
			a->nq++;
		return TUI_HANDLED;
	case IV_CREATE:
		create_group(a);
		return TUI_HANDLED;
	case IV_TYPE_NAME:
	case IV_EDIT:
	case IV_CLEAR_KEY:
		if (field_key(&a->name, key, FIELD_CLEAR) == FIELD_FULL)
			iv_set_status(a, true, "De naam is te lang.");
		return TUI_HANDLED;
	case IV_TYPE_ALIASES:
	case IV_NEWLINE:
	case IV_EDIT_LINES:
		if (field_key(&a->aliases, key, FIELD_NEWLINE | FIELD_UPDOWN) == FIELD_FULL)
			iv_set_status(a, true, "Te veel tekst.");
		return TUI_HANDLED;
	default:
		return TUI_IGNORED;
	}
}

static const int *new_keymap(const void *st)
{
	const struct iv_app *a = st;
	static const int *const maps[4] = {iv_keys_new_name, iv_keys_new_list, iv_keys_new_aliases,
					   iv_keys_new_button};
	return maps[a->nf & 3];
}

const struct tui_screen iv_new_screen = {
    TUI_SCREEN("new", new, enter, keymap, handle, resize, draw)};
