/* Drawing for the projection's views (chart.h). */
#include "chart.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "tui/text.h"
#include "tui/widget/put.h"

int pv_put_right(int y, int xe, const char *s, attr_t attr)
{
	int x = xe - tui_width(s);
	if (x < 0)
		x = 0;
	return tui_put_cut(y, x, xe - x, s, attr);
}

int pv_put_pair(int y, int x, int w, const char *label, const char *value)
{
	int u = tui_put_cut(y, x, w, label, A_NORMAL);
	if (u < w)
		u += 1;
	u += tui_put_cut(y, x + u, w - u, value, A_BOLD);
	return u;
}

void pv_fill(int y, int x, int n, const char *glyph, attr_t attr)
{
	if (y < 0 || y >= LINES)
		return;
	if (x < 0) {
		n += x;
		x = 0;
	}
	if (x + n > COLS)
		n = COLS - x;
	if (n <= 0)
		return;
	attron(attr);
	for (int i = 0; i < n; i++)
		mvaddstr(y, x + i, glyph);
	attroff(attr);
}

int pv_put_wrapped(int y, int x, int w, int maxl, const char *s, attr_t attr)
{
	if (maxl <= 0 || w <= 0)
		return 0;
	wchar_t *ws = text_widen(s ? s : "");
	if (!ws)
		return 0;
	size_t *st = NULL, *ln = NULL;
	int n = text_wrap(ws, w, &st, &ln);
	int used = 0;
	for (int i = 0; i < n && i < maxl; i++) {
		/* on the last line that fits, the rest of the text, cut with "…" */
		bool rest = i == maxl - 1 && n > maxl;
		char *line = text_narrow(ws + st[i], rest ? wcslen(ws + st[i]) : ln[i]);
		if (!line)
			break;
		tui_put_cut(y + i, x, w, line, attr);
		free(line);
		used++;
	}
	free(st);
	free(ln);
	free(ws);
	return used;
}

int pv_wrapped_lines(const char *s, int w)
{
	wchar_t *ws = text_widen(s ? s : "");
	if (!ws)
		return 1;
	size_t *st = NULL, *ln = NULL;
	int n = text_wrap(ws, w, &st, &ln);
	free(st);
	free(ln);
	free(ws);
	return n > 0 ? n : 1;
}

static double clamp01(double frac)
{
	return !isfinite(frac) || frac < 0 ? 0 : frac > 1 ? 1 : frac;
}

void pv_hbar(int y, int x, int w, double frac)
{
	static const char *const eighths[8] = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};
	long e = lround(clamp01(frac) * w * 8.0);
	int full = (int)(e / 8), part = (int)(e % 8);
	pv_fill(y, x, full, "█", A_NORMAL);
	if (part && full < w)
		pv_fill(y, x + full, 1, eighths[part], A_NORMAL);
}

void pv_thin_bar(int y, int x, int w, double frac)
{
	pv_fill(y, x, (int)lround(clamp01(frac) * w), "▄", A_NORMAL);
}

void pv_edges(int y, int x, int w)
{
	pv_fill(y, x - 1, 1, "│", A_BOLD);
	pv_fill(y, x + w, 1, "│", A_BOLD);
}

int pv_axis_col(int x, int w, double v)
{
	return x - 1 + (int)lround(v * (w + 1) / 100.0);
}

void pv_axis_labels(int y, int x, int w)
{
	static const int marks[] = {0, 25, 50, 75, 100};
	for (size_t i = 0; i < 5; i++) {
		if (w < 30 && (marks[i] == 25 || marks[i] == 75))
			continue;
		char buf[8];
		snprintf(buf, sizeof(buf), "%d", marks[i]);
		int n = (int)strlen(buf);
		int c = pv_axis_col(x, w, marks[i]) - n / 2;
		if (c < x - 1)
			c = x - 1;
		if (c + n > x + w + 1)
			c = x + w + 1 - n;
		tui_put_cut(y, c, n, buf, A_BOLD);
	}
}

/* One line of a message box: wrapped at w, each part centred. */
static void box_line(int y, int x, int w, int rows, const char *s, attr_t attr)
{
	wchar_t *ws = text_widen(s);
	size_t *st = NULL, *ln = NULL;
	int m = ws ? text_wrap(ws, w, &st, &ln) : 0;
	for (int k = 0; k < m && k < rows; k++) {
		char *part = text_narrow(ws + st[k], ln[k]);
		if (part) {
			size_t len = strlen(part);
			while (len && part[len - 1] == ' ')
				part[--len] = '\0';
			tui_put_centred(y + k, x, w, part, attr);
		}
		free(part);
	}
	free(st);
	free(ln);
	free(ws);
}

void pv_message_box(int top, int bottom, const char *const *lines, int n)
{
	int w = COLS - 4;
	if (w > 72)
		w = 72;
	int text = 0;
	for (int i = 0; i < n; i++)
		text += pv_wrapped_lines(lines[i], w - 4);
	int h = text + 4;
	if (h > bottom - top)
		h = bottom - top;
	int y0 = top + (bottom - top - h) / 2, x0 = (COLS - w) / 2;
	for (int i = 0; i < h; i++)
		tui_fill(y0 + i, x0, w, A_REVERSE);
	int y = y0 + (h > text + 2 ? 2 : h > text ? 1 : 0);
	for (int i = 0; i < n && y < y0 + h; i++) {
		int rows = pv_wrapped_lines(lines[i], w - 4);
		if (y + rows > y0 + h)
			rows = y0 + h - y;
		box_line(y, x0 + 2, w - 4, rows, lines[i], A_REVERSE | (i == 0 ? A_BOLD : 0));
		y += rows;
	}
}
