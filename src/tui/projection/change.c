/* View 6, the change since the baseline (with a baseline that is shown):
 * the bars of overview.c over the items both measurements share. */
#include "app.h"

static const int *change_keymap(const void *st)
{
	return pv_view_keys(st, PV_CHANGE);
}

static enum tui_result change_handle(void *st, int act, int key)
{
	if (act != PV_STEP && act != PV_ENDS)
		return TUI_IGNORED;
	pv_bars_step(st, true, act, key);
	return TUI_HANDLED;
}

static void change_resize(void *st)
{
	pv_bars_resize(st, true);
}

static void change_draw(const void *st)
{
	pv_bars_draw(st, true);
}

const struct tui_screen pv_change_screen = {
    TUI_SCREEN("change", change, keymap, handle, resize, draw)};
