/* The export: the group's record as Markdown (intervisie_markdown), to a
 * file the coach names; an existing file only after a question. */
#define _GNU_SOURCE
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "actions.h"
#include "app.h"
#include "tui/widget/doc.h"
#include "tui/widget/put.h"

static void export_enter(void *st)
{
	struct iv_app *a = st;
	char date[16], name[128];
	time_t now = time(NULL);
	struct tm tm;
	localtime_r(&now, &tm);
	strftime(date, sizeof(date), "%Y-%m-%d", &tm);
	intervisie_filename(a->iv, date, name, sizeof(name));
	field_init(&a->epath, name, PATH_MAX);
	a->econfirm = false;
	free(a->written);
	a->written = NULL;
}

/* The report is an output like -o of the commands: never over the group
 * file, a session or anything else of spiegel's (store_write_output). */
static bool export_file(struct iv_app *a, const char *path, const char *md, size_t len,
			struct diag *d)
{
	struct store_inputs in;
	store_inputs_init(&in);
	const char *dirs[] = {a->store->sessions, a->dir};
	struct store_output_rules rules = {.inputs = &in, .data_dirs = dirs, .n_dirs = 2};
	bool ok = store_inputs_add(&in, a->path) &&
		  store_write_output(a->store->io, path, md, len, &rules, d);
	store_inputs_finish(&in);
	return ok;
}

/* The path typed, ~/ expanded (malloc'd), or NULL when nothing is typed. */
static char *typed_path(const struct iv_app *a)
{
	char *typed = textedit_text(&a->epath.ed);
	char *path = typed && typed[0] ? iv_expand_path(typed) : NULL;
	free(typed);
	return path;
}

static void do_export(struct iv_app *a)
{
	a->econfirm = false;
	char *path = typed_path(a);
	if (!path) {
		iv_set_status(a, true, "Typ een bestandsnaam.");
		return;
	}
	size_t len;
	char *md = intervisie_markdown(a->iv, a->content->catalogue, a->q, &len);
	struct diag d;
	diag_init(&d);
	if (!md) {
		iv_set_status(a, true, "Onvoldoende geheugen voor het verslag.");
	} else if (export_file(a, path, md, len, &d)) {
		char *abs = realpath(path, NULL);
		free(a->written);
		a->written = abs ? abs : strdup(path);
		iv_set_status(a, false, "Verslag geschreven: %s", a->written ? a->written : path);
	} else {
		iv_status_diag(a, &d, "het verslag kan niet worden geschreven");
	}
	diag_finish(&d);
	free(md);
	free(path);
}

static void export_resize(void *st)
{
	struct iv_app *a = st;
	field_settle(&a->epath, COLS - 5);
}

static void export_draw(const void *st)
{
	const struct iv_app *a = st;
	char title[512];
	snprintf(title, sizeof(title), "Exporteren · %s", a->iv->name);
	iv_frame(a, title, NULL);
	struct doc d = {.width = COLS - 2};
	doc_text(&d,
		 "Het verslag van deze groep als Markdown: de deelnemers, de scores per "
		 "praktijk naast elkaar, de gespreksvragen, gedeelde antwoorden en per "
		 "deelnemer je notities en afspraken. Het bestand is alleen voor jou leesbaar "
		 "(rechten 0600).",
		 A_NORMAL, 0);
	int h = d.n < 5 ? d.n : 5;
	doc_draw(&d, 2, 0, h);
	doc_free(&d);
	int y = 3 + h;
	tui_put(y++, 1, COLS - 2, "Bestand (in de huidige map, of een pad)", A_BOLD);
	int fy = y++;
	y++;
	struct doc m = {.width = COLS - 2};
	if (a->econfirm) {
		doc_text(&m, "Dit bestand bestaat al. Overschrijven? (j/n)", A_BOLD, 0);
	} else if (a->written) {
		doc_text(&m, "Geschreven naar:", A_NORMAL, 0);
		doc_text(&m, a->written, A_BOLD, 2);
	}
	doc_draw(&m, y, 0, iv_bottom(a) - y);
	doc_free(&m);
	field_draw_line(&a->epath, fy, 3, !a->econfirm);
	iv_status(a);
}

static enum tui_result export_handle(void *st, int act, int key)
{
	struct iv_app *a = st;
	switch (act) {
	case IV_YES:
		do_export(a);
		return TUI_HANDLED;
	case IV_NO:
		a->econfirm = false;
		iv_set_status(a, false, "Niet overschreven.");
		return TUI_HANDLED;
	case IV_WRITE: {
		char *path = typed_path(a);
		struct stat sb;
		if (path && lstat(path, &sb) == 0)
			a->econfirm = true;
		else
			do_export(a);
		free(path);
		return TUI_HANDLED;
	}
	case IV_TYPE_FILE:
	case IV_CLEAR:
	case IV_EDIT:
		if (field_key(&a->epath, key, FIELD_CLEAR) != FIELD_IGNORED) {
			free(a->written);
			a->written = NULL;
		}
		return TUI_HANDLED;
	default:
		return TUI_IGNORED;
	}
}

static const int *export_keymap(const void *st)
{
	const struct iv_app *a = st;
	return a->econfirm ? iv_keys_confirm : iv_keys_export;
}

const struct tui_screen iv_export_screen = {
    TUI_SCREEN("export", export, enter, keymap, handle, resize, draw)};
