/* A group of fewer than min_group participants (group_suppressed, the
 * privacy rule): nothing but a message, its count and the minimum; the
 * help and stopping are the only keys. */
#include <stdio.h>

#include "app.h"
#include "chart.h"

static void too_few_draw(const void *st)
{
	const struct proj *p = st;
	pv_frame(p);
	char count[96];
	snprintf(count, sizeof(count), "%zu van minimaal %zu", p->g->n, p->min);
	const char *lines[] = {
	    "Te weinig deelnemers",
	    count,
	    "De groepscijfers blijven verborgen, zodat niemand herkenbaar is.",
	};
	pv_message_box(1, LINES - 1, lines, 3);
}

static const int *too_few_keymap(const void *st)
{
	(void)st;
	return pv_keys_too_few;
}

const struct tui_screen pv_too_few_screen = {.handle = pv_no_keys, /* ? and q: the common ones */
					     TUI_SCREEN("too_few", too_few, keymap, draw)};
