/* The intervisie front end: start-up, the open group, what every screen
 * shares (app.h). */
#define _GNU_SOURCE
#include "app.h"

#include <curses.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "actions.h"
#include "host.h"
#include "tui/text.h"
#include "tui/term.h"
#include "tui/tui.h"
#include "tui/widget/doc.h"
#include "tui/widget/frame.h"
#include "tui/widget/put.h"

void iv_set_status(struct iv_app *a, bool error, const char *f, ...)
{
	va_list ap;
	va_start(ap, f);
	frame_status_vset(a->status, sizeof(a->status), &a->status_error, error, f, ap);
	va_end(ap);
}

void iv_status_diag(struct iv_app *a, const struct diag *d, const char *fallback)
{
	iv_set_status(a, true, "%s", diag_count(d) ? diag_msg(d, 0) : fallback);
}

void iv_go(struct iv_app *a, const struct tui_screen *to)
{
	a->from = a->shell.screen;
	tui_switch(&a->shell, a, to);
}

bool iv_save(struct iv_app *a)
{
	if (!a->iv)
		return true;
	struct diag d;
	diag_init(&d);
	bool ok = intervisie_save(a->iv, a->path, a->store->io, time(NULL), &d);
	if (ok) {
		if (a->save_failed)
			iv_set_status(a, false, "Opgeslagen: het opslaan lukt weer.");
		a->save_failed = false;
		a->save_error[0] = '\0';
	} else {
		a->save_failed = true;
		snprintf(a->save_error, sizeof(a->save_error), "%s",
			 diag_count(&d) ? diag_msg(&d, 0) : "onvoldoende geheugen");
		iv_set_status(a, true,
			      "NIET OPGESLAGEN: %s. Alles staat nog in het geheugen; spiegel "
			      "probeert het opnieuw bij de volgende wijziging en bij q.",
			      a->save_error);
	}
	diag_finish(&d);
	return ok;
}

void iv_close_group(struct iv_app *a)
{
	intervisie_destroy(a->iv);
	a->iv = NULL;
	a->q = NULL;
	host_release(&a->path, &a->lock_fd);
	field_finish(&a->note);
	a->typing = false;
	a->ndirty = false;
	iv_import_drop(a);
	iv_ilog_clear(a);
}

void iv_take_group(struct iv_app *a, struct intervisie *iv, const struct questionnaire *q,
		   char *path, int fd)
{
	iv_close_group(a);
	a->iv = iv;
	a->q = q;
	a->path = path;
	a->lock_fd = fd;
	a->sec = 0;
	for (size_t i = 0; iv->position && i < q->n_sections; i++)
		if (strcmp(q->sections[i].id, iv->position) == 0) {
			a->sec = i;
			break;
		}
	a->row = a->col = 0;
}

int iv_lock_group(const struct iv_app *a, const char *id, struct diag *d)
{
	struct host_owner o;
	host_owner(&o);
	return intervisie_lock(a->dir, id, o.host, o.pid, d);
}

/* The group at path (locked by fd) and its questionnaire, checked to
 * belong to id; NULL with the reason in d. */
static struct intervisie *load_group(struct iv_app *a, const char *id, const char *path,
				     const struct questionnaire **q, struct diag *d)
{
	struct intervisie *iv = intervisie_load(path, d);
	if (!iv)
		return NULL;
	*q = content_find(a->content, iv->questionnaire);
	if (strcmp(iv->id, id) != 0)
		diag_add(d, "%s: het bestand hoort bij groep %s", path, iv->id);
	else if (!*q)
		diag_add(d, "%s: vragenlijst \"%s\" is niet (meer) beschikbaar", path,
			 iv->questionnaire);
	else
		return iv;
	intervisie_destroy(iv);
	return NULL;
}

/* What opening says: that answers no longer fit, that the questionnaire
 * has another version now, or how many take part. */
static void opened(struct iv_app *a)
{
	struct diag d;
	diag_init(&d);
	/* answers that no longer fit (the questionnaire changed) are shown
	 * as they are and do not count; the coach keeps the group */
	bool fits = intervisie_validate(a->iv, a->q, &d);
	if (!fits)
		iv_set_status(a, true, "Let op: %s", diag_count(&d) ? diag_msg(&d, 0) : "");
	else if (strcmp(a->q->version, a->iv->version) != 0)
		iv_set_status(a, true,
			      "Let op: deze groep gebruikt versie %s van \"%s\"; nu is versie %s "
			      "geïnstalleerd. Antwoorden op vragen die er niet meer zijn tellen "
			      "niet mee.",
			      a->iv->version, a->q->title, a->q->version);
	else
		iv_set_status(a, false, "Groep \"%s\" geopend: %zu %s.", a->iv->name,
			      a->iv->n_participants,
			      a->iv->n_participants == 1 ? "deelnemer" : "deelnemers");
	diag_finish(&d);
}

bool iv_open_group(struct iv_app *a, const char *id)
{
	struct diag d;
	diag_init(&d);
	char *path = intervisie_path(a->dir, id);
	struct intervisie *iv = NULL;
	const struct questionnaire *q = NULL;
	int fd = -1;
	if (!path)
		diag_add(&d, "\"%s\" is geen id van een intervisiegroep", id);
	else if (access(path, F_OK) != 0)
		diag_add(&d, "intervisiegroep %s bestaat niet in %s", id, a->dir);
	else if ((fd = iv_lock_group(a, id, &d)) >= 0)
		iv = load_group(a, id, path, &q, &d);
	if (!iv) {
		iv_status_diag(a, &d, "de groep kan niet worden geopend");
		diag_finish(&d);
		free(path);
		store_unlock(fd);
		return false;
	}
	diag_finish(&d);
	iv_take_group(a, iv, q, path, fd);
	opened(a);
	iv_go(a, &iv_walk_screen);
	return true;
}

enum tui_result iv_go_back(struct iv_app *a)
{
	const struct tui_screen *s = a->shell.screen;
	a->status[0] = '\0';
	if (s == &iv_start_screen)
		return TUI_QUIT;
	if (s == &iv_help_screen) {
		tui_back(&a->shell, a, a->help_return);
	} else if (s == &iv_walk_screen) {
		/* everything is saved already; leaving the walk saves once more,
		 * and when that fails the group stays open: closing it would
		 * lose the changes that are only in memory */
		if (!iv_save(a)) {
			iv_set_status(a, true,
				      "Opslaan is mislukt: %s. Je wijzigingen staan nog in het "
				      "geheugen. Probeer opnieuw (q) of stop toch met Q/Ctrl-C.",
				      a->save_error);
			return TUI_HANDLED;
		}
		iv_close_group(a);
		iv_go(a, &iv_start_screen);
	} else {
		iv_go(a, a->iv ? &iv_walk_screen : &iv_start_screen);
	}
	return TUI_HANDLED;
}

char *iv_expand_path(const char *p)
{
	const char *home = getenv("HOME");
	if (p[0] == '~' && (p[1] == '/' || p[1] == '\0') && home && *home)
		return text_fmt("%s%s", home, p + 1);
	return strdup(p);
}

int iv_max_alias_width(const struct intervisie *iv)
{
	int m = 0;
	for (size_t k = 0; k < iv->n_participants; k++) {
		int w = tui_width(iv->participants[k].alias);
		if (w > m)
			m = w;
	}
	return m;
}

/* ---- the frame ---- */

/* The message of the status line, wrapped (d), and whether it is an
 * error: the last message, or while saving fails, that it does. */
static bool status_doc(const struct iv_app *a, struct doc *d)
{
	const char *msg = a->status;
	bool error = a->status_error;
	char failed[sizeof(a->save_error) + 200];
	if (!msg[0] && a->save_failed) {
		/* until a save works again, the coach keeps seeing it */
		snprintf(failed, sizeof(failed),
			 "NIET OPGESLAGEN: %s. Alles staat nog in het geheugen; q probeert "
			 "opnieuw, Q of Ctrl-C stopt toch.",
			 a->save_error);
		msg = failed;
		error = true;
	}
	d->width = COLS - 2;
	if (msg[0])
		doc_text(d, msg, A_NORMAL, 0);
	return error;
}

/* Lines the status needs: up to three (an error four), fewer on a low
 * window so that the screen keeps at least eleven lines of content; a
 * message that does not fit ends in "…". */
static int status_rows(const struct iv_app *a, const struct doc *d)
{
	bool error = a->status_error || (!a->status[0] && a->save_failed);
	int max = error ? 4 : 3, room = LINES - 14;
	if (max > room)
		max = room;
	if (max < 1)
		max = 1;
	return d->n < max ? d->n : max;
}

int iv_bottom(const struct iv_app *a)
{
	struct doc d = {0};
	status_doc(a, &d);
	int n = status_rows(a, &d);
	doc_free(&d);
	return LINES - 3 - (n > 1 ? n - 1 : 0);
}

void iv_status(const struct iv_app *a)
{
	int cy, cx;
	getyx(stdscr, cy, cx);
	struct doc d = {0};
	bool error = status_doc(a, &d);
	int n = status_rows(a, &d);
	attr_t at = frame_status_attr(error);
	for (int i = 0; i < n; i++) {
		int y = LINES - 3 - n + 1 + i;
		tui_fill(y, 0, COLS, A_NORMAL);
		int w = tui_put(y, 1, COLS - 2, d.rows[i].text, at);
		if (i == n - 1 && n < d.n)
			tui_put(y, 1 + (w < COLS - 3 ? w : COLS - 3), 1, "…", at);
	}
	doc_free(&d);
	move(cy, cx); /* the cursor stays in the field being typed in */
}

void iv_frame(const struct iv_app *a, const char *title, const char *right)
{
	frame_title(title, right, 11);
	struct keymap km;
	tui_keymap(&a->shell, a, a->shell.screen, &km);
	actions_footer(iv_actions, &km, LINES - 2, 2);
}

/* ---- the actions every screen shares ---- */

static bool types(const int *ids)
{
	for (; ids && *ids >= 0; ids++)
		for (const int *k = iv_actions[*ids].keys; *k; k++)
			if (*k == K_TEXT)
				return true;
	return false;
}

/* After a failed save, until one works again: Q stops all the same, on
 * every screen but while typing. */
static const int *global_keys(const void *st)
{
	const struct iv_app *a = st;
	bool typing = types(a->shell.screen->keymap(a));
	return a->iv && a->save_failed && !typing ? iv_keys_unsaved : NULL;
}

static enum tui_result common(void *st, int act, int key)
{
	struct iv_app *a = st;
	/* a message is about the key before: gone with the next one (what
	 * that key does may say something new); that saving fails stays in
	 * view until it works again (iv_status) */
	a->status[0] = '\0';
	a->status_error = false;
	switch (act) {
	case IV_HALT:
	case IV_ABANDON:
	case IV_ESC_QUIT:
		return TUI_QUIT;
	case IV_QUIT:
	case IV_BACK:
	case IV_ESC_BACK:
	case IV_ESC_Q:
	case IV_ESC_TERUG:
		return iv_go_back(a);
	case IV_HELP:
	case IV_MORE:
	case IV_HELP_KEY:
		iv_help_open(a);
		return TUI_HANDLED;
	case IV_TO_WALK:
	case IV_TO_WALK_KEY:
		iv_go(a, &iv_walk_screen);
		return TUI_HANDLED;
	case IV_TO_GROUP:
	case IV_TO_GROUP_KEY:
		iv_go(a, &iv_group_screen);
		return TUI_HANDLED;
	case IV_TO_NOTES:
	case IV_TO_NOTES_KEY:
		iv_go(a, &iv_notes_screen);
		return TUI_HANDLED;
	case IV_TO_IMPORT:
	case IV_TO_IMPORT_KEY:
		iv_go(a, &iv_import_screen);
		return TUI_HANDLED;
	case IV_TO_PEOPLE:
		iv_go(a, &iv_people_screen);
		return TUI_HANDLED;
	case IV_TO_EXPORT:
	case IV_TO_EXPORT_KEY:
		iv_go(a, &iv_export_screen);
		return TUI_HANDLED;
	default:
		(void)key;
		return TUI_IGNORED;
	}
}

/* ---- start and end ---- */

static void app_finish(struct iv_app *a)
{
	iv_close_group(a);
	list_clear(&a->list);
	field_finish(&a->name);
	field_finish(&a->aliases);
	field_finish(&a->ipath);
	field_finish(&a->pname);
	field_finish(&a->epath);
	free(a->written);
	free(a->dir);
}

/* After the terminal is restored: the group saved once more, and how to
 * go on; never "opgeslagen" when it was not. */
static void say_goodbye(void *st)
{
	struct iv_app *a = st;
	if (a->iv && iv_save(a)) {
		printf(
		    "De intervisiegroep \"%s\" is opgeslagen.\nVerder met: spiegel intervisie %s\n",
		    a->iv->name, a->iv->id);
	} else if (a->iv) {
		/* the changes since the last save that worked are lost: say so */
		fprintf(stderr, "spiegel: opslaan is mislukt: %s\n", a->save_error);
		fprintf(stderr,
			"spiegel: de laatste wijzigingen in intervisiegroep \"%s\" zijn NIET "
			"opgeslagen.\n",
			a->iv->name);
		struct stat sb;
		if (stat(a->path, &sb) == 0 && S_ISREG(sb.st_mode))
			fprintf(stderr,
				"spiegel: wat eerder was opgeslagen staat in %s (verder met: "
				"spiegel intervisie %s)\n",
				a->path, a->iv->id);
		a->exit_status = 1;
	}
}

/* The data directory and the first screen, before curses starts, so that
 * errors print plainly. */
static bool first_screen(struct iv_app *a, const char *group)
{
	if (a->content->n_qs == 0) {
		fprintf(stderr, "spiegel: er zijn geen vragenlijsten gevonden\n");
		return false;
	}
	struct diag d;
	diag_init(&d);
	bool ok = intervisie_dir(a->store, &a->dir, &d);
	if (!ok)
		fprintf(stderr, "spiegel: %s\n", diag_count(&d) ? diag_msg(&d, 0) : "?");
	diag_finish(&d);
	if (!ok)
		return false;
	if (group && !iv_open_group(a, group)) {
		fprintf(stderr, "spiegel: %s\n", a->status);
		return false;
	}
	if (!group)
		iv_go(a, &iv_start_screen);
	return true;
}

/* Text still being typed into a note is kept. */
static void stop(void *st)
{
	iv_commit_note(st);
}

int tui_intervisie(const struct content *content, struct store *store, const char *group)
{
	struct iv_app a;
	memset(&a, 0, sizeof(a));
	a.content = content;
	a.store = store;
	a.lock_fd = -1;
	a.shell = (struct tui_shell){.actions = iv_actions,
				     .common = common,
				     .global = global_keys,
				     .min_cols = 40,
				     .min_lines = 12};
	if (!tui_terminal_usable()) {
		tui_unsupported();
		return 1;
	}
	bool ran = first_screen(&a, group) && tui_main(&a.shell, &a, stop, say_goodbye);
	/* 1 after an error that was shown, or a signal */
	int status = !ran || a.exit_status || tui_signal_received() ? 1 : 0;
	app_finish(&a);
	return status;
}
