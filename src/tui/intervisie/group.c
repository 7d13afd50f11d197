/* The group view: every practice with a score, per participant and for
 * the group (the figures of intervisie_scores_compute), the participants'
 * columns shifted sideways when they do not fit. */
#include <stdio.h>
#include <stdlib.h>

#include "actions.h"
#include "app.h"
#include "spiegel/report.h"
#include "spiegel/score.h"
#include "tui/term.h"
#include "tui/text.h"
#include "tui/widget/doc.h"
#include "tui/widget/put.h"

static void group_enter(void *st)
{
	struct iv_app *a = st;
	a->gsel = 0;
	a->gfirst = 0;
}

/* The practices with a group score (indices into the catalogue). */
static int group_rows(const struct intervisie_scores *sc, size_t *rows, int max)
{
	int nr = 0;
	for (size_t p = 0; p < sc->n_practices && nr < max; p++)
		if (sc->has_mean[p])
			rows[nr++] = p;
	return nr;
}

/* Columns as wide as the aliases (7 to 14), narrower (down to 6, room for
 * "100.0") to leave the practice names 26 columns; fit participant
 * columns, the group column after them. */
struct group_cols {
	int cw, lw, fit;
};

static struct group_cols group_cols(const struct intervisie *iv)
{
	struct group_cols c;
	int np = (int)iv->n_participants;
	c.cw = iv_max_alias_width(iv) + 2;
	if (c.cw > 14)
		c.cw = 14;
	if (c.cw < 7)
		c.cw = 7;
	c.lw = COLS - 2 - (np + 1) * c.cw;
	while (c.lw < 26 && c.cw > 6) {
		c.cw--;
		c.lw = COLS - 2 - (np + 1) * c.cw;
	}
	if (c.lw < 16)
		c.lw = 16; /* the participant columns scroll */
	c.fit = (COLS - 2 - c.lw) / c.cw - 1;
	if (c.fit < 1)
		c.fit = 1;
	if (c.fit > np)
		c.fit = np;
	return c;
}

/* The rows of practices shown. */
static int group_room(const struct iv_app *a)
{
	int room = iv_bottom(a) - 1 - 5 - 3;
	return room < 1 ? 1 : room;
}

static void group_resize(void *st)
{
	struct iv_app *a = st;
	struct intervisie_scores sc;
	if (!intervisie_scores_compute(a->iv, a->content->catalogue, a->q, &sc))
		return;
	size_t rows[256];
	int nr = group_rows(&sc, rows, 256);
	intervisie_scores_finish(&sc);
	if (a->gsel >= nr)
		a->gsel = nr > 0 ? nr - 1 : 0;
	struct group_cols c = group_cols(a->iv);
	int np = (int)a->iv->n_participants;
	if (c.fit >= np || a->gfirst < 0)
		a->gfirst = 0;
	else if (a->gfirst > np - c.fit)
		a->gfirst = np - c.fit;
}

/* The colour of a score's level (score_level): the lowest red, the
 * highest green, the others yellow. */
static short level_colour(const struct catalogue *c, double score)
{
	int level = score_level(c, score);
	return level <= 0 ? TUI_RED : level + 1 >= (int)c->n_levels ? TUI_GREEN : TUI_YELLOW;
}

/* The row of practice p at line y. */
static void group_row(const struct iv_app *a, const struct intervisie_scores *sc, size_t p, int y,
		      bool sel, const struct group_cols *c)
{
	const struct catalogue *cat = a->content->catalogue;
	size_t np = a->iv->n_participants;
	if (sel) {
		tui_fill(y, 1, COLS - 2, A_REVERSE);
		tui_focus(y, 1); /* a screen reader follows the cursor */
	}
	attr_t base = sel ? A_REVERSE : A_NORMAL;
	tui_put(y, 1, c->lw - 1, cat->practices[p].name, base | (sel ? A_BOLD : 0));
	for (int k = 0; k <= c->fit; k++) {
		bool mean = k == c->fit;
		size_t kk = (size_t)(a->gfirst + k);
		bool has = mean ? sc->has_mean[p] : sc->has[p * np + kk];
		double v = mean ? sc->mean[p] : sc->score[p * np + kk];
		char num[32] = "–";
		if (has)
			report_number(num, sizeof(num), v);
		attr_t at = base | (mean ? A_BOLD : 0);
		if (has && !sel && has_colors())
			at |= COLOR_PAIR(level_colour(cat, v));
		int x = 1 + c->lw + k * c->cw;
		int nw = tui_width(num);
		tui_put(y, x + c->cw - 1 - nw, nw, num, at);
	}
}

static void group_head(const struct iv_app *a, const struct group_cols *c, int y)
{
	const struct intervisie *iv = a->iv;
	tui_put(y, 1, c->lw - 1, "Praktijk", A_BOLD);
	for (int k = 0; k < c->fit; k++)
		tui_put(y, 1 + c->lw + k * c->cw + 1, c->cw - 1,
			iv->participants[a->gfirst + k].alias, A_BOLD);
	tui_put(y, 1 + c->lw + c->fit * c->cw + 1, c->cw - 1, "Groep", A_BOLD | A_UNDERLINE);
	if (a->gfirst > 0)
		tui_put(y, 1 + c->lw - 1, 1, "◂", A_DIM);
	if (a->gfirst + c->fit < (int)iv->n_participants)
		tui_put(y, 1 + c->lw + c->fit * c->cw - 1, 1, "▸", A_DIM);
}

static void draw_table(const struct iv_app *a, const struct intervisie_scores *sc,
		       const size_t *rows, int nr)
{
	const struct catalogue *cat = a->content->catalogue;
	struct group_cols c = group_cols(a->iv);
	int y = 4, room = group_room(a);
	group_head(a, &c, y);
	int first = a->gsel >= room ? a->gsel - room + 1 : 0;
	for (int r = 0; r < room && first + r < nr; r++)
		group_row(a, sc, rows[first + r], y + 1 + r, first + r == a->gsel, &c);
	/* the selected practice in full */
	size_t p = rows[a->gsel];
	int yy = y + 1 + (room < nr ? room : nr) + 1;
	int bottom = iv_bottom(a);
	if (yy >= bottom - 1)
		return;
	char *line = text_fmt("%s: %zu van %zu deelnemers met een score.", cat->practices[p].name,
			      sc->n[p], a->iv->n_participants);
	struct doc d = {.width = COLS - 2};
	doc_text(&d, line, A_NORMAL, 0);
	doc_text(&d, cat->practices[p].description, A_DIM, 0);
	doc_draw(&d, yy, 0, bottom - yy);
	doc_free(&d);
	free(line);
}

static void group_draw(const void *st)
{
	const struct iv_app *a = st;
	char title[512];
	snprintf(title, sizeof(title), "Groepsoverzicht · %s", a->iv->name);
	iv_frame(a, title, a->q->title);
	struct intervisie_scores sc;
	if (!intervisie_scores_compute(a->iv, a->content->catalogue, a->q, &sc)) {
		tui_put(2, 1, COLS - 2, "Onvoldoende geheugen om de scores te berekenen.", A_BOLD);
		iv_status(a);
		return;
	}
	size_t rows[256];
	int nr = group_rows(&sc, rows, 256);
	struct doc head = {.width = COLS - 2};
	doc_text(&head,
		 "Score per praktijk (0-100) per deelnemer; Groep is het gemiddelde. – = geen "
		 "antwoorden.",
		 A_DIM, 0);
	doc_draw(&head, 1, 0, 2);
	doc_free(&head);
	if (nr == 0) {
		struct doc d = {.width = COLS - 2};
		doc_text(&d,
			 "Nog geen antwoorden met een score. Vul antwoorden in bij de vragen (w) "
			 "of lees ze in (i).",
			 A_NORMAL, 0);
		doc_draw(&d, 4, 0, iv_bottom(a) - 5);
		doc_free(&d);
	} else {
		draw_table(a, &sc, rows, nr);
	}
	intervisie_scores_finish(&sc);
	iv_status(a);
}

static enum tui_result group_handle(void *st, int act, int key)
{
	struct iv_app *a = st;
	switch (act) {
	case IV_PRACTICE:
		if (key == K_UP && a->gsel > 0)
			a->gsel--;
		else if (key == K_DOWN)
			a->gsel++; /* settled in resize */
		return TUI_HANDLED;
	case IV_SHIFT:
		if (key == K_LEFT && a->gfirst > 0)
			a->gfirst--;
		else if (key == K_RIGHT)
			a->gfirst++;
		return TUI_HANDLED;
	default:
		return TUI_IGNORED;
	}
}

static const int *group_keymap(const void *st)
{
	(void)st;
	return iv_keys_group;
}

const struct tui_screen iv_group_screen = {
    TUI_SCREEN("group", group, enter, keymap, handle, resize, draw)};
