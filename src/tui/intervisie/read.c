/* Reading a whole section: its introduction, gespreksvragen, questions
 * with their options, and the open answers participants shared. */
#include <stdio.h>
#include <stdlib.h>

#include "actions.h"
#include "app.h"
#include "tui/text.h"
#include "tui/widget/doc.h"
#include "tui/widget/put.h"

/* One question, its options and the shared open answers. */
static void read_item(const struct iv_app *a, const struct item *it, size_t i, struct doc *d)
{
	char num[32];
	snprintf(num, sizeof(num), "%zu. ", i + 1);
	doc_hanging(d, num, it->type == ITEM_SCENARIO ? it->title : it->text, A_NORMAL, 0);
	int ind = tui_width(num);
	if (it->type == ITEM_SCENARIO)
		doc_text(d, it->text, A_DIM, ind);
	for (size_t k = 0; k < it->n_options; k++) {
		char key[32];
		snprintf(key, sizeof(key), "%*s%zu ", ind, "", k + 1);
		doc_hanging(d, key, it->options[k].label, A_DIM, 0);
	}
	for (size_t k = 0; it->type == ITEM_OPEN && k < a->iv->n_participants; k++) {
		const struct intervisie_participant *p = &a->iv->participants[k];
		struct answer ans = session_get(p->answers, it->id);
		if (ans.kind != ANSWER_TEXT)
			continue;
		char *line = text_fmt("%s: %s", p->alias, ans.text);
		if (line)
			doc_text(d, line, A_NORMAL, ind + 2);
		free(line);
	}
}

static void read_doc(const struct iv_app *a, struct doc *d)
{
	const struct section *sec = &a->q->sections[a->sec];
	d->width = COLS - 2;
	doc_text(d, sec->title, A_BOLD | A_UNDERLINE, 0);
	if (sec->intro && sec->intro[0])
		doc_text(d, sec->intro, A_NORMAL, 0);
	doc_blank(d);
	if (sec->n_prompts) {
		doc_text(d, "Gespreksvragen", A_BOLD, 0);
		for (size_t i = 0; i < sec->n_prompts; i++)
			doc_hanging(d, "• ", sec->prompts[i], A_NORMAL, 0);
		doc_blank(d);
	}
	doc_text(d, "Vragen", A_BOLD, 0);
	for (size_t i = sec->first_item; i < sec->first_item + sec->n_items; i++)
		read_item(a, &a->q->items[i], i, d);
}

static void read_resize(void *st)
{
	struct iv_app *a = st;
	struct doc d = {0};
	read_doc(a, &d);
	a->read_scroll = doc_clamp(d.n, a->read_scroll, iv_bottom(a) - 2);
	doc_free(&d);
}

static void read_draw(const void *st)
{
	const struct iv_app *a = st;
	char title[512];
	snprintf(title, sizeof(title), "Lezen · %s", a->q->sections[a->sec].title);
	iv_frame(a, title, NULL);
	struct doc d = {0};
	read_doc(a, &d);
	int bottom = iv_bottom(a);
	if (bottom - 2 >= 1) {
		doc_draw(&d, 2, a->read_scroll, bottom - 2);
		doc_scroll_mark(d.n, a->read_scroll, bottom - 2, bottom - 1);
	}
	doc_free(&d);
	iv_status(a);
}

static enum tui_result read_handle(void *st, int act, int key)
{
	struct iv_app *a = st;
	if (act != IV_SCROLL && act != IV_SCROLL_ENDS)
		return TUI_IGNORED;
	a->read_scroll = doc_scroll_key(a->read_scroll, key, LINES - 6);
	return TUI_HANDLED;
}

static const int *read_keymap(const void *st)
{
	(void)st;
	return iv_keys_read;
}

const struct tui_screen iv_read_screen = {TUI_SCREEN("read", read, keymap, handle, resize, draw)};
