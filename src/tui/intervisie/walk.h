#ifndef SPIEGEL_TUI_INTERVISIE_WALK_H
#define SPIEGEL_TUI_INTERVISIE_WALK_H

/* What walk.c and walk_draw.c share. */

#include "app.h"

/* The selected item of the walk, or NULL in a section without items. */
const struct item *iv_walk_item(const struct iv_app *a);
/* The walk screen (walk_draw.c). */
void iv_walk_draw(const void *st);

#endif
