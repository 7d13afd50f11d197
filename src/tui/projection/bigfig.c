/* Big figures for the projection (chart.h): a 3x5 font, each dot two
 * columns wide and one row high times the scale, or in half blocks. */
#include <string.h>

#include "chart.h"
#include "tui/widget/put.h"

struct glyph {
	char c;
	const char *rows[5];
};

static const struct glyph font[] = {
    {'0', {"###", "#.#", "#.#", "#.#", "###"}},
    {'1', {".#.", "##.", ".#.", ".#.", "###"}},
    {'2', {"###", "..#", "###", "#..", "###"}},
    {'3', {"###", "..#", "###", "..#", "###"}},
    {'4', {"#.#", "#.#", "###", "..#", "..#"}},
    {'5', {"###", "#..", "###", "..#", "###"}},
    {'6', {"###", "#..", "###", "#.#", "###"}},
    {'7', {"###", "..#", "..#", "..#", "..#"}},
    {'8', {"###", "#.#", "###", "#.#", "###"}},
    {'9', {"###", "#.#", "###", "..#", "###"}},
    {'.', {".", ".", ".", ".", "#"}},
    {'+', {"...", ".#.", "###", ".#.", "..."}},
    {'-', {"...", "...", "###", "...", "..."}},
    /* the decimal comma of every figure for people (report_number) */
    {',', {"..", "..", "..", ".#", "#."}},
};

static const struct glyph *glyph_of(char c)
{
	for (size_t i = 0; i < sizeof(font) / sizeof(font[0]); i++)
		if (font[i].c == c)
			return &font[i];
	return NULL;
}

int pv_fig_rows(int level)
{
	return level <= 0 ? 1 : level == 1 ? 3 : 5 * (level - 1);
}

int pv_fig_width(const char *s, int level)
{
	if (level <= 0)
		return tui_width(s);
	int dots = 0, n = 0;
	for (; *s; s++) {
		const struct glyph *gl = glyph_of(*s);
		if (!gl)
			continue;
		dots += (int)strlen(gl->rows[0]) + (n ? 1 : 0);
		n++;
	}
	return level == 1 ? dots : dots * 2 * (level - 1);
}

static bool dot(const struct glyph *gl, int r, int c)
{
	return r < 5 && gl->rows[r][c] == '#';
}

/* Column c of a glyph in half blocks: two dots a row, three rows. */
static void half_blocks(int y, int x, const struct glyph *gl, int c)
{
	for (int r = 0; r < 3; r++) {
		bool top = dot(gl, 2 * r, c), bot = dot(gl, 2 * r + 1, c);
		if (top || bot)
			pv_fill(y + r, x + c, 1, top && bot ? "█" : top ? "▀" : "▄", A_NORMAL);
	}
}

void pv_fig_draw(int y, int x, const char *s, int level)
{
	if (level <= 0) {
		tui_put_cut(y, x, COLS - x, s, A_BOLD);
		return;
	}
	int sc = level - 1, n = 0;
	for (; *s; s++) {
		const struct glyph *gl = glyph_of(*s);
		if (!gl)
			continue;
		if (n++)
			x += level == 1 ? 1 : 2 * sc;
		int w = (int)strlen(gl->rows[0]);
		for (int c = 0; c < w; c++) {
			if (level == 1) {
				half_blocks(y, x, gl, c);
				continue;
			}
			for (int r = 0; r < 5; r++)
				if (dot(gl, r, c))
					for (int k = 0; k < sc; k++)
						pv_fill(y + r * sc + k, x + c * 2 * sc, 2 * sc, "█",
							A_NORMAL);
		}
		x += level == 1 ? w : w * 2 * sc;
	}
}

int pv_fig_fit(const char *s, int rows, int cols, int max)
{
	for (int level = max; level > 0; level--)
		if (pv_fig_rows(level) <= rows && pv_fig_width(s, level) <= cols)
			return level;
	return 0;
}
