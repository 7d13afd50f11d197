/* The walk through a section: its gespreksvragen and the grid of answers,
 * items down, participants across (drawn in walk_draw.c). */
#include <stdio.h>
#include <string.h>

#include "actions.h"
#include "app.h"
#include "walk.h"

void iv_walk_clamp(struct iv_app *a)
{
	if (a->sec >= a->q->n_sections)
		a->sec = 0;
	const struct section *s = &a->q->sections[a->sec];
	if (a->row >= s->n_items)
		a->row = s->n_items ? s->n_items - 1 : 0;
	if (a->col >= a->iv->n_participants)
		a->col = a->iv->n_participants - 1;
}

static void walk_enter(void *st)
{
	iv_walk_clamp(st);
}

const struct item *iv_walk_item(const struct iv_app *a)
{
	const struct section *sec = &a->q->sections[a->sec];
	return sec->n_items ? &a->q->items[sec->first_item + a->row] : NULL;
}

static void go_section(struct iv_app *a, size_t sec)
{
	if (sec >= a->q->n_sections)
		return;
	a->status[0] = '\0';
	a->sec = sec;
	a->row = 0;
	if (intervisie_set_position(a->iv, a->q->sections[sec].id))
		iv_save(a);
}

static bool enterable(const struct item *it)
{
	return it->type == ITEM_LIKERT || it->type == ITEM_CHOICE;
}

/* The first item from row r on in the section that can be typed in. */
static bool next_enterable(struct iv_app *a, size_t r)
{
	const struct section *sec = &a->q->sections[a->sec];
	for (; r < sec->n_items; r++) {
		if (enterable(&a->q->items[sec->first_item + r])) {
			a->row = r;
			return true;
		}
	}
	return false;
}

/* Record an answer in the selected cell, save and move on: down the
 * column to the next item that can be typed in, and after the last one to
 * the next participant. */
static void walk_answer(struct iv_app *a, struct answer ans)
{
	const struct item *it = iv_walk_item(a);
	if (!intervisie_set_answer(a->iv, a->col, it->id, ans)) {
		iv_set_status(a, true, "Dit antwoord kon niet worden bewaard.");
		return;
	}
	if (iv_save(a))
		a->status[0] = '\0';
	if (ans.kind == ANSWER_NONE)
		return;
	/* the next item that can be typed in (not open, not a situation) */
	if (next_enterable(a, a->row + 1))
		return;
	if (a->col + 1 < a->iv->n_participants) {
		a->col++;
		next_enterable(a, 0);
	}
}

/* A digit: the point of a likert scale or the option of a choice. */
static void walk_digit(struct iv_app *a, const struct item *it, int k)
{
	if (it->type == ITEM_LIKERT && k < CONTENT_SCALE_POINTS)
		walk_answer(a, (struct answer){ANSWER_VALUE, k + 1, NULL, NULL});
	else if (it->type == ITEM_CHOICE && (size_t)k < it->n_options)
		walk_answer(a, (struct answer){ANSWER_CHOICE, 0, it->options[k].value, NULL});
	else if (it->type == ITEM_LIKERT || it->type == ITEM_CHOICE)
		iv_set_status(a, true, "Kies een nummer uit de lijst onder de tabel.");
	else
		iv_set_status(a, true, "%s lees je in uit het bestand van de deelnemer: druk op i.",
			      it->type == ITEM_OPEN ? "Open antwoorden" : "Situaties");
}

static void walk_cell(struct iv_app *a, int key)
{
	const struct section *sec = &a->q->sections[a->sec];
	if (key == K_UP && a->row > 0)
		a->row--;
	else if (key == K_DOWN && a->row + 1 < sec->n_items)
		a->row++;
	else if (key == K_LEFT && a->col > 0)
		a->col--;
	else if (key == K_RIGHT && a->col + 1 < a->iv->n_participants)
		a->col++;
}

static void walk_section(struct iv_app *a, bool back)
{
	if (back && a->sec > 0)
		go_section(a, a->sec - 1);
	else if (back)
		iv_set_status(a, false, "Dit is het eerste deel.");
	else if (a->sec + 1 < a->q->n_sections)
		go_section(a, a->sec + 1);
	else
		iv_set_status(a, false, "Dit is het laatste deel.");
}

static enum tui_result walk_handle(void *st, int act, int key)
{
	struct iv_app *a = st;
	const struct item *it = iv_walk_item(a);
	const struct section *sec = &a->q->sections[a->sec];
	switch (act) {
	case IV_CELL:
		walk_cell(a, key);
		return TUI_HANDLED;
	case IV_SECTION:
	case IV_SECTION_PAGE:
		walk_section(a, key == '[' || key == K_PGUP);
		return TUI_HANDLED;
	case IV_ROW_ENDS:
		a->row = key == K_HOME || !sec->n_items ? 0 : sec->n_items - 1;
		return TUI_HANDLED;
	case IV_READ:
		a->read_scroll = 0;
		iv_go(a, &iv_read_screen);
		return TUI_HANDLED;
	default:
		break;
	}
	if (!it)
		return TUI_IGNORED;
	switch (act) {
	case IV_CLEAR_CELL:
	case IV_CLEAR_CELL_DEL:
		walk_answer(a, (struct answer){ANSWER_NONE, 0, NULL, NULL});
		return TUI_HANDLED;
	case IV_ANSWER:
	case IV_ANSWER_MORE:
		walk_digit(a, it, key - '1');
		return TUI_HANDLED;
	case IV_NA:
	case IV_NA_ZERO:
		if (it->type == ITEM_LIKERT && it->na)
			walk_answer(a, (struct answer){ANSWER_NA, 0, NULL, NULL});
		else
			iv_set_status(a, true, "Bij deze vraag kan \"niet van toepassing\" niet.");
		return TUI_HANDLED;
	default:
		return TUI_IGNORED;
	}
}

/* 6 to 9 only where a choice has that many options. */
static const int *walk_keymap(const void *st)
{
	const struct item *it = iv_walk_item(st);
	bool more = it && it->type == ITEM_CHOICE && it->n_options > 5;
	return more ? iv_keys_walk_choice : iv_keys_walk;
}

const struct tui_screen iv_walk_screen = {.draw = iv_walk_draw,
					  TUI_SCREEN("walk", walk, enter, keymap, handle)};
