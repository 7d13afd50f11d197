/* View 5, the shared open answers: per open item its text, then the
 * answers the participants chose to share with the group, never who wrote
 * them (also with --names). Scrolled a line or a page at a time; the
 * offset is settled in resize. */
#include <stdlib.h>

#include "app.h"
#include "chart.h"
#include "tui/text.h"
#include "tui/widget/doc.h"
#include "tui/widget/put.h"

/* The answers start under the heading and a blank line. */
#define SHARED_TOP (PV_TOP + 2)

/* s wrapped at w columns as lines *line, *line + 1, ...: those from line
 * `from` on drawn at column x from line top (when draw is set and they are
 * above bottom), the first one after mark when there is one. */
static void lines(const char *s, int w, int x, attr_t attr, const char *mark, int *line, int from,
		  bool draw)
{
	wchar_t *ws = text_widen(s ? s : "");
	size_t *st = NULL, *ln = NULL;
	int m = ws ? text_wrap(ws, w, &st, &ln) : 0;
	int top = SHARED_TOP, bottom = pv_bottom();
	for (int i = 0; i < m; i++, (*line)++) {
		int y = top + *line - from;
		if (!draw || *line < from || y >= bottom)
			continue;
		char *part = text_narrow(ws + st[i], ln[i]);
		if (i == 0 && mark)
			tui_put_cut(y, x - 2, 2, mark, A_BOLD);
		if (part)
			tui_put_cut(y, x, w, part, attr);
		free(part);
	}
	free(st);
	free(ln);
	free(ws);
}

/* The shared answers as lines (the item's text bold, then its answers),
 * drawn from line `from`, or only counted when draw is false. Returns the
 * number of lines. */
static int shared_lines(const struct proj *p, int from, bool draw)
{
	const struct group *g = p->g;
	int line = 0;
	size_t last = (size_t)-1;
	for (size_t k = 0; k < g->n_shared; k++) {
		const struct group_shared *e = &g->shared[k];
		if (e->item != last) {
			if (line)
				line++;
			lines(g->q->items[e->item].text, COLS - 2, 1, A_BOLD, NULL, &line, from,
			      draw);
			last = e->item;
		}
		/* the answer, never the name */
		lines(e->text, COLS - 6, 4, A_NORMAL, "›", &line, from, draw);
	}
	return line;
}

static void shared_resize(void *st)
{
	struct proj *p = st;
	p->scroll = doc_clamp(shared_lines(p, 0, false), p->scroll, pv_bottom() - SHARED_TOP);
}

static void shared_draw(const void *st)
{
	const struct proj *p = st;
	pv_frame(p);
	tui_put_cut(PV_TOP, 1, COLS - 2, "Gedeelde antwoorden (zonder naam)", A_BOLD);
	shared_lines(p, p->scroll, true);
}

static const int *shared_keymap(const void *st)
{
	return pv_view_keys(st, PV_SHARED);
}

/* A line (↑ ↓) or a page (the other keys of PV_STEP) at a time; Home and
 * End to the ends. Settled by the next resize. */
static enum tui_result shared_handle(void *st, int act, int key)
{
	struct proj *p = st;
	int page = LINES - 6;
	if (act == PV_STEP)
		key = pv_direction(act, key) < 0 ? K_PGUP : K_PGDN;
	else if (act != PV_SCROLL && act != PV_ENDS)
		return TUI_IGNORED;
	p->scroll = doc_scroll_key(p->scroll, key, page);
	return TUI_HANDLED;
}

const struct tui_screen pv_shared_screen = {
    TUI_SCREEN("shared", shared, keymap, handle, resize, draw)};
