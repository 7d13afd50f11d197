/* The walk screen drawn from the state: the section's title, its
 * introduction and gespreksvragen as far as they fit, the grid, and the
 * selected cell in words. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "spiegel/report.h"
#include "tui/text.h"
#include "tui/widget/doc.h"
#include "tui/widget/put.h"
#include "walk.h"

static int option_index(const struct item *it, const char *value)
{
	for (size_t k = 0; value && k < it->n_options; k++)
		if (strcmp(it->options[k].value, value) == 0)
			return (int)k;
	return -1;
}

/* The short form of an answer in a grid cell. */
static void cell_text(const struct item *it, struct answer ans, char *buf, size_t size)
{
	switch (ans.kind) {
	case ANSWER_VALUE:
		snprintf(buf, size, "%d", ans.value);
		break;
	case ANSWER_NA:
		snprintf(buf, size, "nvt");
		break;
	case ANSWER_CHOICE:
		snprintf(buf, size, "%d", option_index(it, ans.text) + 1);
		break;
	case ANSWER_TEXT:
		snprintf(buf, size, "✎");
		break;
	case ANSWER_SCENARIO:
		if (ans.least)
			snprintf(buf, size, "%d▲%d▼", option_index(it, ans.text) + 1,
				 option_index(it, ans.least) + 1);
		else
			snprintf(buf, size, "%d▲", option_index(it, ans.text) + 1);
		break;
	default:
		snprintf(buf, size, "·");
		break;
	}
}

/* The legend of the keys for an item (what a digit means). */
static char *item_legend(const struct item *it)
{
	if (it->type == ITEM_LIKERT)
		return text_fmt("1 %s · 2 %s · 3 %s · 4 %s · 5 %s%s", it->scale[0], it->scale[1],
				it->scale[2], it->scale[3], it->scale[4],
				it->na ? " · n niet van toepassing" : "");
	if (it->type == ITEM_SCENARIO)
		return strdup(
		    "Een situatie: de keuzes (meest ▲, minst ▼) lees je in uit het bestand "
		    "van de deelnemer met i.");
	if (it->type != ITEM_CHOICE)
		return strdup("Een open vraag: alleen antwoorden die de deelnemer deelt, in te "
			      "lezen met i.");
	size_t len = 0;
	for (size_t k = 0; k < it->n_options; k++)
		len += strlen(it->options[k].label) + 16;
	char *s = malloc(len + 1);
	if (!s)
		return NULL;
	s[0] = '\0';
	size_t off = 0;
	for (size_t k = 0; k < it->n_options; k++)
		off += (size_t)snprintf(s + off, len + 1 - off, "%s%zu %s", k ? " · " : "", k + 1,
					it->options[k].label);
	return s;
}

/* The selected cell: its item, legend and answer, and the markers of its
 * row in words. */
static void detail_doc(const struct iv_app *a, const struct item *it, struct doc *det)
{
	const struct intervisie *iv = a->iv;
	const struct section *sec = &a->q->sections[a->sec];
	char buf[700];
	snprintf(buf, sizeof(buf), "%zu. %s", sec->first_item + a->row + 1,
		 it->type == ITEM_SCENARIO ? it->title : it->text);
	doc_text(det, buf, A_BOLD, 0);
	char *leg = item_legend(it);
	doc_text(det, leg, A_DIM, 0);
	free(leg);
	const struct intervisie_participant *p = &iv->participants[a->col];
	struct answer ans = session_get(p->answers, it->id);
	char lab[600];
	const char *l = ans.kind == ANSWER_NONE ? "nog geen antwoord"
						: report_answer_label(it, ans, lab, sizeof(lab));
	snprintf(buf, sizeof(buf), "%s: %s", p->alias, l);
	doc_text(det, buf, A_NORMAL, 0);
	struct intervisie_spread sp;
	if (intervisie_item_spread(iv, it, &sp) && sp.split) {
		snprintf(buf, sizeof(buf),
			 "≠ De groep denkt hier verschillend: antwoorden van %d tot %d (%zu "
			 "%s), aan beide kanten van het midden.",
			 sp.min, sp.max, sp.n, sp.n == 1 ? "deelnemer" : "deelnemers");
		doc_text(det, buf, A_BOLD, 0);
	}
	if (it->type == ITEM_LIKERT && it->reverse)
		doc_text(det,
			 "↺ Omgekeerd gesteld: een hoog antwoord telt laag in de score (5 telt "
			 "als 1).",
			 A_NORMAL, 0);
}

static void prompts_doc(const struct section *sec, struct doc *prm)
{
	if (!sec->n_prompts) {
		doc_text(prm, "Bij dit deel staan geen gespreksvragen.", A_DIM, 0);
		return;
	}
	doc_text(prm, "Gespreksvragen", A_BOLD, 0);
	for (size_t i = 0; i < sec->n_prompts; i++)
		doc_hanging(prm, "• ", sec->prompts[i], A_NORMAL, 0);
}

/* The rows of each part in avail lines. */
struct walk_rows {
	int intro, prm, grid, det;
};

/* Room for everything, else drop the intro; the grid keeps five rows (it
 * scrolls); then the gespreksvragen shrink (l shows them all, and the last
 * line says so), and only then the detail of the selected cell, which is
 * nowhere else. So a long status message, which takes lines from the
 * bottom, never covers the cell's answer. */
static struct walk_rows walk_layout(int avail, int nrows, int intro_n, int prm_n, int det_n)
{
	struct walk_rows h = {intro_n, prm_n, 0, det_n < 6 ? det_n : 6};
	int grid_need = 1 + nrows;
	int grid_min = grid_need < 6 ? grid_need : 6;
	if (h.intro + 1 + h.prm + 1 + grid_need + 1 + h.det > avail)
		h.intro = 0;
	h.grid = avail - (h.prm + 1) - (h.det + 1);
	if (h.grid < grid_min) {
		int keep = prm_n < 2 ? prm_n : 2;
		h.prm = avail - grid_min - 1 - (h.det + 1);
		if (h.prm < keep)
			h.prm = keep;
		h.grid = avail - (h.prm + 1) - (h.det + 1);
	}
	if (h.grid < grid_min && h.det > 3) {
		h.det -= grid_min - h.grid;
		if (h.det < 3)
			h.det = 3;
		h.grid = avail - (h.prm + 1) - (h.det + 1);
	}
	if (h.intro)
		h.grid -= h.intro + 1;
	if (h.grid > grid_need)
		h.grid = grid_need;
	if (h.grid < 2) {
		/* a very small window: the grid first, then what fits */
		h.grid = avail >= 2 ? 2 : avail;
		h.det = avail - h.grid - (h.prm + 1) - 1;
		if (h.det < 0) {
			h.prm += h.det;
			h.det = 0;
		}
		if (h.prm < 0)
			h.prm = 0;
	}
	return h;
}

/* The columns of the grid: cw for each participant, lw for the items. */
static void grid_columns(const struct intervisie *iv, int *cw, int *lw)
{
	int np = (int)iv->n_participants;
	int amax = iv_max_alias_width(iv) + 2;
	*cw = (COLS - 2 - 24) / np;
	if (*cw > amax)
		*cw = amax;
	if (*cw > 14)
		*cw = 14;
	if (*cw < 4)
		*cw = 4;
	*lw = COLS - 2 - np * *cw;
	if (*lw < 6) {
		*cw = (COLS - 8) / np;
		if (*cw < 3)
			*cw = 3;
		*lw = COLS - 2 - np * *cw;
	}
}

/* One row of the grid at line y: the item ii and every participant's
 * answer. */
static void grid_row(const struct iv_app *a, size_t ii, int y, bool selr, int cw, int lw)
{
	const struct intervisie *iv = a->iv;
	const struct item *ri = &a->q->items[ii];
	char lab[600];
	const char *mark = ri->type == ITEM_OPEN ? "✎ " : ri->type == ITEM_SCENARIO ? "◆ " : "";
	/* where the group disagrees, and reverse keyed items */
	struct intervisie_spread sp;
	bool split = intervisie_item_spread(iv, ri, &sp) && sp.split;
	bool rev = ri->type == ITEM_LIKERT && ri->reverse;
	snprintf(lab, sizeof(lab), "%zu %s%s%s%s%s", ii + 1, mark, split ? "≠" : "", rev ? "↺" : "",
		 split || rev ? " " : "", ri->type == ITEM_SCENARIO ? ri->title : ri->text);
	tui_put(y, 1, lw - 1, lab, selr ? A_BOLD : A_NORMAL);
	for (size_t k = 0; k < iv->n_participants; k++) {
		int x = 1 + lw + (int)k * cw;
		if (x >= COLS - 1)
			break;
		char cell[32];
		cell_text(ri, session_get(iv->participants[k].answers, ri->id), cell, sizeof(cell));
		bool sel = selr && k == a->col;
		attr_t at = sel ? A_REVERSE | A_BOLD : A_NORMAL;
		if (sel) {
			tui_fill(y, x + 1, cw - 1, at);
			tui_focus(y, x + 1); /* the cell that has focus, for a screen reader */
		}
		tui_put_centred(y, x + 1, cw - 1, cell, at);
	}
}

/* The grid at line y, h lines: the aliases, then the rows from the one
 * that keeps the selected row in view. */
static void draw_grid(const struct iv_app *a, int y, int h, int bottom)
{
	const struct intervisie *iv = a->iv;
	const struct section *sec = &a->q->sections[a->sec];
	int nrows = (int)sec->n_items;
	int cw, lw;
	grid_columns(iv, &cw, &lw);
	if (h >= 1) {
		tui_put(y, 1, lw - 1, "Vraag", A_BOLD);
		for (size_t k = 0; k < iv->n_participants; k++) {
			int x = 1 + lw + (int)k * cw;
			if (x >= COLS - 1)
				break;
			tui_put(y, x + 1, cw - 1, iv->participants[k].alias,
				k == a->col ? A_BOLD | A_UNDERLINE : A_BOLD);
		}
	}
	int rows_h = h - 1;
	int first = rows_h > 0 && (int)a->row >= rows_h ? (int)a->row - rows_h + 1 : 0;
	for (int r = 0; r < rows_h && first + r < nrows; r++)
		grid_row(a, sec->first_item + (size_t)(first + r), y + 1 + r,
			 (size_t)(first + r) == a->row, cw, lw);
	if (rows_h > 0 && first + rows_h < nrows && y + h < bottom)
		tui_put(y + h, COLS - 9, 8, "▼ meer", A_DIM);
	if (first > 0)
		tui_put(y, COLS - 9, 8, "▲ meer", A_DIM);
}

void iv_walk_draw(const void *st)
{
	const struct iv_app *a = st;
	const struct questionnaire *q = a->q;
	const struct section *sec = &q->sections[a->sec];
	char title[512], right[64];
	snprintf(title, sizeof(title), "Intervisie · %s · %s", a->iv->name, q->title);
	snprintf(right, sizeof(right), "deel %zu van %zu", a->sec + 1, q->n_sections);
	iv_frame(a, title, right);
	int top = 1, bottom = iv_bottom(a); /* content lines: top .. bottom-1 */
	tui_put(top++, 1, COLS - 2, sec->title, A_BOLD | A_UNDERLINE);
	const struct item *it = iv_walk_item(a);
	struct doc det = {.width = COLS - 2}, prm = {.width = COLS - 2},
		   intro = {.width = COLS - 2};
	if (it)
		detail_doc(a, it, &det);
	prompts_doc(sec, &prm);
	if (sec->intro && sec->intro[0])
		doc_text(&intro, sec->intro, A_DIM, 0);
	struct walk_rows h = walk_layout(bottom - top, (int)sec->n_items, intro.n, prm.n, det.n);
	int y = top;
	if (h.intro) {
		doc_draw(&intro, y, 0, h.intro);
		y += h.intro + 1;
	}
	if (h.prm > 0) {
		doc_draw(&prm, y, 0, h.prm);
		if (h.prm < prm.n) {
			tui_fill(y + h.prm - 1, 1, COLS - 2, A_NORMAL);
			tui_put(y + h.prm - 1, 1, COLS - 2, "… meer: druk op l om alles te lezen",
				A_DIM);
		}
		y += h.prm + 1;
	}
	draw_grid(a, y, h.grid, bottom);
	y += h.grid + 1;
	if (h.det > 0 && y < bottom)
		doc_draw(&det, y, 0, h.det < bottom - y ? h.det : bottom - y);
	doc_free(&det);
	doc_free(&prm);
	doc_free(&intro);
	iv_status(a);
}
