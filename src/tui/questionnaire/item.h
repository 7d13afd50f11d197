#ifndef SPIEGEL_TUI_QUESTIONNAIRE_ITEM_H
#define SPIEGEL_TUI_QUESTIONNAIRE_ITEM_H

/* Between the item screen's two files: item.c (moving, answering, keys)
 * and item_view.c (drawing). */

#include "app.h"

/* The options a question has (a likert's n.v.t. counted). */
int item_n_options(const struct item *it);
/* The whole item screen, from the state. */
void item_view_draw(const struct app *a);
/* How many rows of the question ↑ on the first option can show above the
 * usual view (the most item_peek may be). */
int item_view_peek_max(const struct app *a);

#endif
