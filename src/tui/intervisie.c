/*
 * Intervisie mode (spiegel intervisie [GROEP]): the coach's screens.
 *
 * Like the questionnaire shell, drawing is a function of the state below:
 * the whole screen is redrawn after every key and on resize. The group lives
 * in a struct intervisie (core) and is saved after every change; text being
 * typed into notes is saved when the coach pauses (the input timeout), leaves
 * the field, or the program is stopped.
 */
#define _GNU_SOURCE
#define _XOPEN_SOURCE_EXTENDED 1
#include "tui.h"

#include <curses.h>
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "spiegel/intervisie.h"
#include "spiegel/report.h"
#include "term.h"
#include "keys.h"
#include "widget/doc.h"
#include "widget/field.h"
#include "widget/list.h"
#include "widget/put.h"
#include "text.h"

#define MIN_COLS 40
#define MIN_LINES 12
#define NAMES_MAX (INTERVISIE_MAX_PARTICIPANTS * (SESSION_MAX_NAME + 1) + 64)

enum ivscreen {
	IV_START,
	IV_NEW,
	IV_WALK,
	IV_READ,
	IV_IMPORT,
	IV_GROUP,
	IV_NOTES,
	IV_PEOPLE,
	IV_EXPORT,
	IV_HELP,
};

struct iv_app {
	const struct content *content;
	struct store *store;
	char *dir; /* <root>/intervisie */
	/* the open group */
	struct intervisie *iv;
	const struct questionnaire *q;
	char *path;
	int lock_fd;
	bool save_failed;     /* the last save failed: changes only in memory */
	char save_error[300]; /* why it failed */
	enum ivscreen screen, help_return;
	struct list list; /* start screen */
	/* new group */
	int nf;	   /* field: 0 name, 1 questionnaire, 2 aliases, 3 button */
	size_t nq; /* chosen questionnaire */
	struct field name, aliases;
	/* walk */
	size_t sec, row, col;
	int scroll; /* read and help */
	/* import */
	size_t ip;
	struct field ipath;
	bool iconfirm;		  /* asking whether to replace answers */
	struct session *ipending; /* the checked file, while asking */
	char *ipending_path;
	struct intervisie_import_info ipinfo;
	struct intervisie_bulk bulk; /* a checked folder, while asking */
	bool ibulk;
	char **ilog; /* the last folder import, file by file */
	int n_ilog, ilog_scroll, ilog_rows;
	/* group view */
	int gsel, gfirst;
	/* notes */
	size_t np;
	int nfield; /* 0 notes, 1 afspraken */
	bool typing;
	bool ndirty;
	struct field note;
	/* participants */
	int psel;
	int pmode; /* 0 list, 1 rename, 2 add, 3 confirm removal */
	struct field pname;
	/* export */
	struct field epath;
	bool econfirm;
	char *written;
	char status[600];
	bool status_error;
	int bottom; /* the first line below the content: the status starts there */
	bool quit;
	int exit_status;
};

static void import_drop(struct iv_app *a);
static void ilog_clear(struct iv_app *a);

/* ---- small helpers ---- */

static void set_status(struct iv_app *a, bool error, const char *f, ...)
    __attribute__((format(printf, 3, 4)));
static void set_status(struct iv_app *a, bool error, const char *f, ...)
{
	va_list ap;
	va_start(ap, f);
	vsnprintf(a->status, sizeof(a->status), f, ap);
	va_end(ap);
	a->status_error = error;
}

static void status_diag(struct iv_app *a, const struct diag *d, const char *fallback)
{
	set_status(a, true, "%s", diag_count(d) ? diag_msg(d, 0) : fallback);
}

static bool is_esc(int ch, bool is_key)
{
	return !is_key && ch == K_ESC;
}

/* ---- the kit, as this file's screens still call it ----
 * (they draw with viewport state settled on the way: a port onto the
 * loop of widget/loop.h moves that into resize) */

static int swidth(const char *s)
{
	return tui_width(s);
}

/* A scrolled document in lines top..bottom-1; clamps *scroll. */
static void doc_draw_scrolled(const struct doc *d, int top, int bottom, int *scroll)
{
	int h = bottom - top;
	if (h < 1)
		return;
	*scroll = doc_clamp(d->n, *scroll, h);
	doc_draw(d, top, *scroll, h);
	doc_scroll_mark(d->n, *scroll, h, bottom - 1);
}

static void draw_list(struct list *l, int top, int bottom)
{
	list_settle(l, bottom - top);
	list_draw(l, top, 3);
}

/* ↑ ↓ (k j) Home End. */
static bool iv_list_key(struct list *l, int ch, bool is_key)
{
	if (!is_key && (ch == 'k' || ch == 'j'))
		return list_key(l, ch == 'k' ? K_UP : K_DOWN) == TUI_HANDLED;
	if (is_key && (ch == KEY_UP || ch == KEY_DOWN || ch == KEY_HOME || ch == KEY_END))
		return list_key(l, K_FN(ch)) == TUI_HANDLED;
	return false;
}

/* Editing keys for a field; multi: Enter inserts a newline, ↑↓ move. */
static int iv_field_key(struct field *f, int ch, bool is_key, bool multi)
{
	int k = keys_decode(is_key ? KEY_CODE_YES : OK, (unsigned int)ch);
	return field_key(f, k, multi ? FIELD_NEWLINE | FIELD_UPDOWN : FIELD_CLEAR);
}

/* A multi-line field in a box of h lines at (top, x), w columns wide. */
static void draw_box(struct field *f, int top, int x, int w, int h, bool focus, bool typing,
		     const char *placeholder)
{
	if (h < 1 || w < 4)
		return;
	field_settle(f, w - 2);
	field_draw_box(f, top, x, h, focus ? "┃" : "│", focus ? TUI_CYAN : 0, typing, placeholder);
}

/* A one-line field at (y, x), w columns; scrolled so the cursor shows. */
static void draw_line(struct field *f, int y, int x, int w, bool focus)
{
	field_settle(f, w);
	field_draw_line(f, y, x, focus);
}

/* ---- key hints ---- */

struct hint {
	const char *key, *what;
};

#define END_HINTS                                                                                  \
	{                                                                                          \
		NULL, NULL                                                                         \
	}

static const struct hint hints_start[] = {{"↑↓", "kiezen"},	 {"Enter", "openen"},
					  {"n", "nieuwe groep"}, {"?", "uitleg"},
					  {"q", "stoppen"},	 END_HINTS};
static const struct hint hints_new_text[] = {
    {"typ", "de naam"}, {"Tab Enter", "volgend veld"}, {"Esc", "annuleren"}, END_HINTS};
static const struct hint hints_new_q[] = {{"↑↓", "vragenlijst kiezen"},
					  {"Tab Enter", "volgend veld"},
					  {"Shift-Tab", "vorig veld"},
					  {"Esc", "annuleren"},
					  END_HINTS};
static const struct hint hints_new_aliases[] = {
    {"typ", "één naam per regel"}, {"Enter", "nieuwe regel"}, {"Tab", "volgend veld"},
    {"Shift-Tab", "vorig veld"},   {"Esc", "annuleren"},      END_HINTS};
static const struct hint hints_new_button[] = {
    {"Enter", "groep aanmaken"}, {"Shift-Tab", "vorig veld"}, {"Esc", "annuleren"}, END_HINTS};
static const struct hint hints_walk[] = {{"1-5", "antwoord"},
					 {"n", "n.v.t."},
					 {"⌫", "wissen"},
					 {"←↑↓→", "cel"},
					 {"[ ]", "deel"},
					 {"l", "lezen"},
					 {"o", "overzicht"},
					 {"a", "aantekeningen"},
					 {"i", "inlezen"},
					 {"e", "exporteren"},
					 {"?", "meer"},
					 {"q", "terug"},
					 END_HINTS};
/* the help screen lists these too */
static const struct hint hints_walk_more[] = {{"PgUp PgDn", "vorig/volgend deel"},
					      {"Home End", "eerste/laatste vraag"},
					      {"0", "ook n.v.t."},
					      {"Delete", "ook wissen"},
					      {"d", "deelnemers"},
					      END_HINTS};
static const struct hint hints_read[] = {
    {"↑↓ PgUp PgDn", "scrollen"}, {"Esc q", "terug"}, END_HINTS};
static const struct hint hints_import[] = {
    {"↑↓", "deelnemer"},  {"typ", "pad van een bestand of map"},
    {"Tab", "aanvullen"}, {"Ctrl-U", "wissen"},
    {"Enter", "inlezen"}, {"PgUp PgDn", "lijst"},
    {"Esc", "terug"},	  END_HINTS};
static const struct hint hints_confirm[] = {{"j", "ja"}, {"n Esc", "nee"}, END_HINTS};
static const struct hint hints_group[] = {{"↑↓", "praktijk"},  {"←→", "deelnemers schuiven"},
					  {"w", "vragen"},     {"a", "aantekeningen"},
					  {"e", "exporteren"}, {"?", "uitleg"},
					  {"q", "terug"},      END_HINTS};
static const struct hint hints_notes_typing[] = {{"typ", "tekst"},
						 {"Enter", "nieuwe regel"},
						 {"Tab", "notities/afspraken"},
						 {"PgUp PgDn", "vorige/volgende deelnemer"},
						 {"Esc", "klaar met typen"},
						 END_HINTS};
static const struct hint hints_notes[] = {
    {"Enter", "typen"}, {"Tab", "notities/afspraken"}, {"←→", "deelnemer"}, {"w", "vragen"},
    {"o", "overzicht"}, {"e", "exporteren"},	       {"q", "terug"},	    END_HINTS};
static const struct hint hints_people[] = {{"↑↓", "kiezen"},   {"Enter", "hernoemen"},
					   {"t", "toevoegen"}, {"x", "verwijderen"},
					   {"Esc q", "terug"}, END_HINTS};
static const struct hint hints_people_edit[] = {
    {"typ", "de naam"}, {"Enter", "bewaren"}, {"Esc", "annuleren"}, END_HINTS};
static const struct hint hints_export[] = {{"typ", "bestandsnaam"},
					   {"Ctrl-U", "wissen"},
					   {"Enter", "schrijven"},
					   {"Esc", "terug"},
					   END_HINTS};
static const struct hint hints_help[] = {{"↑↓", "scrollen"}, {"Esc ? q", "terug"}, END_HINTS};

static const struct hint *screen_hints(const struct iv_app *a, enum ivscreen s)
{
	switch (s) {
	case IV_START:
		return hints_start;
	case IV_NEW:
		return a->nf == 0   ? hints_new_text
		       : a->nf == 1 ? hints_new_q
		       : a->nf == 2 ? hints_new_aliases
				    : hints_new_button;
	case IV_WALK:
		return hints_walk;
	case IV_READ:
		return hints_read;
	case IV_IMPORT:
		return a->iconfirm ? hints_confirm : hints_import;
	case IV_GROUP:
		return hints_group;
	case IV_NOTES:
		return a->typing ? hints_notes_typing : hints_notes;
	case IV_PEOPLE:
		return a->pmode == 3 ? hints_confirm : a->pmode ? hints_people_edit : hints_people;
	case IV_EXPORT:
		return a->econfirm ? hints_confirm : hints_export;
	default:
		return hints_help;
	}
}

/* Frame: title bar, status line (LINES-3, and the lines above it that a
 * long message needs) and key hints (LINES-2 and LINES-1). Content goes in
 * lines 1 .. a->bottom - 1, so that the status never covers it. */
static void draw_frame(struct iv_app *a, const char *title, const char *right)
{
	tui_fill(0, 0, COLS, A_REVERSE);
	int rw = right ? swidth(right) : 0;
	if (rw && rw + 10 < COLS)
		tui_put(0, COLS - rw - 1, rw, right, A_REVERSE);
	else
		rw = 0;
	tui_put(0, 1, COLS - 2 - (rw ? rw + 2 : 0), title, A_REVERSE | A_BOLD);
	const struct hint *h = screen_hints(a, a->screen);
	int x = 1, y = LINES - 2;
	for (int i = 0; h[i].key; i++) {
		int need = swidth(h[i].key) + 1 + swidth(h[i].what);
		if (x > 1 && x + 2 + need >= COLS) {
			if (y == LINES - 1)
				break;
			y++;
			x = 1;
		}
		if (x > 1)
			x += 2;
		x += tui_put(y, x, COLS - x, h[i].key, A_BOLD);
		x += tui_put(y, x, COLS - x, " ", A_NORMAL);
		x += tui_put(y, x, COLS - x, h[i].what, A_NORMAL);
	}
}

/* ---- the open group ---- */

static bool iv_save(struct iv_app *a)
{
	if (!a->iv)
		return true;
	struct diag d;
	diag_init(&d);
	bool ok = intervisie_save(a->iv, a->path, a->store->io, time(NULL), &d);
	if (ok) {
		if (a->save_failed)
			set_status(a, false, "Opgeslagen: het opslaan lukt weer.");
		a->save_failed = false;
		a->save_error[0] = '\0';
	} else {
		a->save_failed = true;
		snprintf(a->save_error, sizeof(a->save_error), "%s",
			 diag_count(&d) ? diag_msg(&d, 0) : "onvoldoende geheugen");
		set_status(a, true,
			   "NIET OPGESLAGEN: %s. Alles staat nog in het geheugen; spiegel "
			   "probeert het opnieuw bij de volgende wijziging en bij q.",
			   a->save_error);
	}
	diag_finish(&d);
	return ok;
}

static void close_group(struct iv_app *a)
{
	intervisie_destroy(a->iv);
	a->iv = NULL;
	a->q = NULL;
	free(a->path);
	a->path = NULL;
	store_unlock(a->lock_fd);
	a->lock_fd = -1;
	field_finish(&a->note);
	a->typing = false;
	a->ndirty = false;
	import_drop(a);
	ilog_clear(a);
}

static int lock_group(struct iv_app *a, const char *id, struct diag *d)
{
	char host[256] = "?";
	gethostname(host, sizeof(host) - 1);
	host[sizeof(host) - 1] = '\0';
	return intervisie_lock(a->dir, id, host, (long)getpid(), d);
}

static size_t section_index(const struct questionnaire *q, const char *id)
{
	for (size_t i = 0; id && i < q->n_sections; i++)
		if (strcmp(q->sections[i].id, id) == 0)
			return i;
	return 0;
}

static void enter_walk(struct iv_app *a);

/* Open the saved group id; false with the reason in *msg (malloc'd). */
static bool open_group(struct iv_app *a, const char *id)
{
	struct diag d;
	diag_init(&d);
	char *path = intervisie_path(a->dir, id);
	struct intervisie *iv = NULL;
	const struct questionnaire *q = NULL;
	int fd = -1;
	if (!path) {
		diag_add(&d, "\"%s\" is geen id van een intervisiegroep", id);
	} else if (access(path, F_OK) != 0) {
		diag_add(&d, "intervisiegroep %s bestaat niet in %s", id, a->dir);
	} else if ((fd = lock_group(a, id, &d)) >= 0 && (iv = intervisie_load(path, &d))) {
		q = content_find(a->content, iv->questionnaire);
		if (strcmp(iv->id, id) != 0)
			diag_add(&d, "%s: het bestand hoort bij groep %s", path, iv->id);
		else if (!q)
			diag_add(&d, "%s: vragenlijst \"%s\" is niet (meer) beschikbaar", path,
				 iv->questionnaire);
		else
			goto ok;
	}
	status_diag(a, &d, "de groep kan niet worden geopend");
	diag_finish(&d);
	intervisie_destroy(iv);
	free(path);
	store_unlock(fd);
	return false;
ok:
	diag_finish(&d);
	diag_init(&d);
	/* answers that no longer fit (the questionnaire changed) are shown
	 * as they are and do not count; the coach keeps the group */
	bool fits = intervisie_validate(iv, q, &d);
	char warn[300] = "";
	if (!fits)
		snprintf(warn, sizeof(warn), "%s", diag_count(&d) ? diag_msg(&d, 0) : "");
	diag_finish(&d);
	close_group(a);
	a->iv = iv;
	a->q = q;
	a->path = path;
	a->lock_fd = fd;
	a->sec = section_index(q, iv->position);
	a->row = a->col = 0;
	if (!fits)
		set_status(a, true, "Let op: %s", warn);
	else if (strcmp(q->version, iv->version) != 0)
		set_status(a, true,
			   "Let op: deze groep gebruikt versie %s van \"%s\"; nu is versie %s "
			   "geïnstalleerd. Antwoorden op vragen die er niet meer zijn tellen niet "
			   "mee.",
			   iv->version, q->title, q->version);
	else
		set_status(a, false, "Groep \"%s\" geopend: %zu %s.", iv->name, iv->n_participants,
			   iv->n_participants == 1 ? "deelnemer" : "deelnemers");
	enter_walk(a);
	return true;
}

/* ---- start screen ---- */

/* "2026-11-22T08:15:00Z" as local "2026-11-22 09:15". */
static void local_time(const char *utc, char *buf, size_t size)
{
	struct tm tm;
	memset(&tm, 0, sizeof(tm));
	if (sscanf(utc, "%4d-%2d-%2dT%2d:%2d:%2dZ", &tm.tm_year, &tm.tm_mon, &tm.tm_mday,
		   &tm.tm_hour, &tm.tm_min, &tm.tm_sec) != 6) {
		snprintf(buf, size, "%s", utc);
		return;
	}
	tm.tm_year -= 1900;
	tm.tm_mon -= 1;
	time_t t = timegm(&tm);
	struct tm lt;
	if (t == (time_t)-1 || !localtime_r(&t, &lt) ||
	    strftime(buf, size, "%Y-%m-%d %H:%M", &lt) == 0)
		snprintf(buf, size, "%s", utc);
}

static void enter_start(struct iv_app *a)
{
	list_clear(&a->list);
	list_push(&a->list, strdup("＋ Nieuwe groep"), strdup("(naam, vragenlijst, deelnemers)"),
		  NULL);
	struct intervisie_entry *e = NULL;
	size_t n = 0, bad = 0;
	struct diag d;
	diag_init(&d);
	if (intervisie_list(a->dir, &e, &n, &bad, &d)) {
		for (size_t i = 0; i < n; i++) {
			const struct questionnaire *q =
			    content_find(a->content, e[i].questionnaire);
			char when[32];
			local_time(e[i].updated, when, sizeof(when));
			list_push(&a->list, strdup(e[i].name),
				  text_fmt("%s · %zu %s · bijgewerkt %s",
					   q ? q->title : e[i].questionnaire, e[i].participants,
					   e[i].participants == 1 ? "deelnemer" : "deelnemers",
					   when),
				  strdup(e[i].id));
		}
		intervisie_list_free(e, n);
	}
	if (bad)
		set_status(a, true, "%zu groepsbestand(en) konden niet worden gelezen: %s", bad,
			   diag_count(&d) ? diag_msg(&d, 0) : "");
	diag_finish(&d);
	a->list.sel = a->list.n > 1 ? 1 : 0;
	a->screen = IV_START;
}

static void draw_start(struct iv_app *a)
{
	draw_frame(a, "spiegel · intervisie", "voor de coach");
	struct doc d = {.width = COLS - 2};
	doc_text(&d,
		 "Leg een intervisiegroep vast: per deelnemer de antwoorden (ingevuld of "
		 "ingelezen), de groep naast elkaar per praktijk, en je notities en "
		 "afspraken. Alles wordt meteen opgeslagen.",
		 A_NORMAL, 0);
	int h = d.n < a->bottom - 7 ? d.n : a->bottom - 7;
	if (h < 0)
		h = 0;
	doc_draw(&d, 2, 0, h);
	doc_free(&d);
	int top = 2 + h + (h ? 1 : 0);
	if (a->list.n > 1)
		tui_put(top++, 1, COLS - 2, "Je groepen:", A_BOLD);
	draw_list(&a->list, top, a->bottom);
}

static void enter_new(struct iv_app *a);

static void start_key(struct iv_app *a, int ch, bool is_key)
{
	if (iv_list_key(&a->list, ch, is_key))
		return;
	if (!is_key && ch == 'n') {
		enter_new(a);
	} else if (tui_is_enter(ch, is_key) && a->list.n) {
		const char *id = a->list.v[a->list.sel].key;
		if (!id)
			enter_new(a);
		else
			open_group(a, id);
	} else if (is_esc(ch, is_key)) {
		a->quit = true;
	}
}

/* ---- new group ---- */

static void enter_new(struct iv_app *a)
{
	field_init(&a->name, "", SESSION_MAX_NAME);
	field_init(&a->aliases, "", NAMES_MAX);
	a->nf = 0;
	a->nq = 0;
	a->screen = IV_NEW;
	a->status[0] = '\0';
}

/* Split the aliases field into trimmed non-empty lines (malloc'd). */
static size_t split_lines(const char *text, char **out, size_t max, bool *too_many)
{
	size_t n = 0;
	*too_many = false;
	const char *p = text;
	while (*p) {
		const char *e = strchr(p, '\n');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		const char *s = p;
		while (len && (*s == ' ' || *s == '\t')) {
			s++;
			len--;
		}
		while (len && (s[len - 1] == ' ' || s[len - 1] == '\t'))
			len--;
		if (len) {
			if (n == max)
				*too_many = true;
			else
				out[n++] = strndup(s, len);
		}
		p = e ? e + 1 : p + strlen(p);
	}
	return n;
}

static void create_group(struct iv_app *a)
{
	char *name = textedit_text(&a->name.ed);
	char *all = textedit_text(&a->aliases.ed);
	char *aliases[INTERVISIE_MAX_PARTICIPANTS] = {NULL};
	bool too_many = false;
	size_t n = all ? split_lines(all, aliases, INTERVISIE_MAX_PARTICIPANTS, &too_many) : 0;
	struct diag d;
	diag_init(&d);
	char id[SESSION_ID_MAX + 1];
	struct intervisie *iv = NULL;
	const struct questionnaire *q = a->content->qs[a->nq];
	if (!name || !name[0]) {
		set_status(a, true, "Geef de groep een naam.");
		a->nf = 0;
	} else if (n == 0 || too_many) {
		set_status(a, true, "Typ 1 tot %d deelnemers, één naam per regel%s.",
			   INTERVISIE_MAX_PARTICIPANTS, too_many ? " (nu te veel)" : "");
		a->nf = 2;
	} else if (!store_new_id(a->store->io, id, sizeof(id), time(NULL))) {
		set_status(a, true, "Er kon geen groeps-id worden gemaakt.");
	} else if (!(iv = intervisie_create(id, name, q, (const char *const *)aliases, n,
					    time(NULL), &d))) {
		status_diag(a, &d, "de groep kan niet worden gemaakt");
		a->nf = intervisie_alias_ok(name) ? 2 : 0;
	} else {
		int fd = lock_group(a, id, &d);
		char *path = intervisie_path(a->dir, id);
		if (fd < 0 || !path) {
			status_diag(a, &d, "onvoldoende geheugen");
			intervisie_destroy(iv);
			store_unlock(fd);
			free(path);
		} else {
			close_group(a);
			a->iv = iv;
			a->q = q;
			a->path = path;
			a->lock_fd = fd;
			a->sec = 0;
			a->row = a->col = 0;
			intervisie_set_position(iv, q->sections[0].id);
			if (iv_save(a))
				set_status(a, false, "Groep aangemaakt en opgeslagen.");
			enter_walk(a);
		}
	}
	diag_finish(&d);
	for (size_t i = 0; i < n; i++)
		free(aliases[i]);
	free(name);
	free(all);
}

static void draw_new(struct iv_app *a)
{
	draw_frame(a, "Nieuwe intervisiegroep", NULL);
	int y = 2, w = COLS - 4;
	tui_put(y++, 1, COLS - 2, "Naam van de groep", a->nf == 0 ? A_BOLD : A_NORMAL);
	int namey = y++;
	y++;
	tui_put(y++, 1, COLS - 2, "Vragenlijst", a->nf == 1 ? A_BOLD : A_NORMAL);
	/* the list opens when the field has the focus; else the choice only */
	size_t nq = a->content->n_qs;
	int room = a->bottom - 1 - y - 5;
	size_t shown = a->nf != 1 || room < 1 ? 1 : (size_t)room < nq ? (size_t)room : nq;
	size_t first = a->nf != 1 ? a->nq : a->nq >= shown ? a->nq - shown + 1 : 0;
	for (size_t i = first; i < first + shown && i < nq; i++) {
		const struct questionnaire *q = a->content->qs[i];
		bool sel = i == a->nq;
		char *line = text_fmt("%s %s (%zu vragen)%s", sel ? "●" : "○", q->title, q->n_items,
				      a->nf != 1 && nq > 1 ? "  ▾" : "");
		attr_t at = sel && a->nf == 1 ? A_REVERSE : sel ? A_BOLD : A_NORMAL;
		if (line)
			tui_put(y, 3, COLS - 5, line, at);
		free(line);
		y++;
	}
	y++;
	char label[128];
	snprintf(label, sizeof(label), "Deelnemers (1 tot %d, één naam per regel)",
		 INTERVISIE_MAX_PARTICIPANTS);
	tui_put(y++, 1, COLS - 2, label, a->nf == 2 ? A_BOLD : A_NORMAL);
	int boxh = a->bottom - 1 - y - 1;
	if (boxh > INTERVISIE_MAX_PARTICIPANTS)
		boxh = INTERVISIE_MAX_PARTICIPANTS;
	int boxy = y;
	y += boxh > 0 ? boxh : 0;
	if (y < a->bottom) {
		attr_t at = a->nf == 3 ? A_REVERSE | A_BOLD : A_BOLD;
		tui_put(y, 3, COLS - 5, "[ Groep aanmaken ]", at);
	}
	/* fields last: the cursor goes where the focus is */
	draw_box(&a->aliases, boxy, 1, COLS - 2, boxh, a->nf == 2, a->nf == 2,
		 "bijvoorbeeld: Anouk Kuiper");
	draw_line(&a->name, namey, 3, w - 2, a->nf == 0);
}

static void new_key(struct iv_app *a, int ch, bool is_key)
{
	if (is_esc(ch, is_key)) {
		enter_start(a);
		return;
	}
	if (!is_key && ch == K_TAB) {
		a->nf = (a->nf + 1) % 4;
		return;
	}
	if (is_key && ch == KEY_BTAB) {
		a->nf = (a->nf + 3) % 4;
		return;
	}
	switch (a->nf) {
	case 0:
		if (tui_is_enter(ch, is_key) || (is_key && ch == KEY_DOWN))
			a->nf = 1;
		else if (iv_field_key(&a->name, ch, is_key, false) == FIELD_FULL)
			set_status(a, true, "De naam is te lang.");
		break;
	case 1:
		if (is_key && ch == KEY_UP && a->nq > 0)
			a->nq--;
		else if (is_key && ch == KEY_DOWN && a->nq + 1 < a->content->n_qs)
			a->nq++;
		else if (tui_is_enter(ch, is_key))
			a->nf = 2;
		break;
	case 2:
		if (iv_field_key(&a->aliases, ch, is_key, true) == FIELD_FULL)
			set_status(a, true, "Te veel tekst.");
		break;
	default:
		if (tui_is_enter(ch, is_key))
			create_group(a);
		else if (is_key && ch == KEY_UP)
			a->nf = 2;
		break;
	}
}

/* ---- walk: sections, gespreksvragen and the answer grid ---- */

static void enter_walk(struct iv_app *a)
{
	if (a->sec >= a->q->n_sections)
		a->sec = 0;
	const struct section *s = &a->q->sections[a->sec];
	if (a->row >= s->n_items)
		a->row = s->n_items ? s->n_items - 1 : 0;
	if (a->col >= a->iv->n_participants)
		a->col = a->iv->n_participants - 1;
	a->screen = IV_WALK;
}

static void go_section(struct iv_app *a, size_t sec)
{
	if (sec >= a->q->n_sections)
		return;
	a->status[0] = '\0';
	a->sec = sec;
	a->row = 0;
	if (intervisie_set_position(a->iv, a->q->sections[sec].id))
		iv_save(a);
}

static int option_index(const struct item *it, const char *value)
{
	for (size_t k = 0; value && k < it->n_options; k++)
		if (strcmp(it->options[k].value, value) == 0)
			return (int)k;
	return -1;
}

/* The short form of an answer in a grid cell. */
static void cell_text(const struct item *it, struct answer ans, char *buf, size_t size)
{
	switch (ans.kind) {
	case ANSWER_VALUE:
		snprintf(buf, size, "%d", ans.value);
		break;
	case ANSWER_NA:
		snprintf(buf, size, "nvt");
		break;
	case ANSWER_CHOICE:
		snprintf(buf, size, "%d", option_index(it, ans.text) + 1);
		break;
	case ANSWER_TEXT:
		snprintf(buf, size, "✎");
		break;
	case ANSWER_SCENARIO:
		if (ans.least)
			snprintf(buf, size, "%d▲%d▼", option_index(it, ans.text) + 1,
				 option_index(it, ans.least) + 1);
		else
			snprintf(buf, size, "%d▲", option_index(it, ans.text) + 1);
		break;
	default:
		snprintf(buf, size, "·");
		break;
	}
}

static int max_alias_width(const struct intervisie *iv)
{
	int m = 0;
	for (size_t k = 0; k < iv->n_participants; k++) {
		int w = swidth(iv->participants[k].alias);
		if (w > m)
			m = w;
	}
	return m;
}

/* The legend of the keys for an item (what a digit means). */
static char *item_legend(const struct item *it)
{
	char *s = NULL;
	if (it->type == ITEM_LIKERT) {
		s = text_fmt("1 %s · 2 %s · 3 %s · 4 %s · 5 %s%s", it->scale[0], it->scale[1],
			     it->scale[2], it->scale[3], it->scale[4],
			     it->na ? " · n niet van toepassing" : "");
	} else if (it->type == ITEM_CHOICE) {
		size_t len = 0;
		for (size_t k = 0; k < it->n_options; k++)
			len += strlen(it->options[k].label) + 16;
		s = malloc(len + 1);
		if (s) {
			s[0] = '\0';
			size_t off = 0;
			for (size_t k = 0; k < it->n_options; k++)
				off +=
				    (size_t)snprintf(s + off, len + 1 - off, "%s%zu %s",
						     k ? " · " : "", k + 1, it->options[k].label);
		}
	} else if (it->type == ITEM_SCENARIO) {
		s = strdup("Een situatie: de keuzes (meest ▲, minst ▼) lees je in uit het bestand "
			   "van de deelnemer met i.");
	} else {
		s = strdup("Een open vraag: alleen antwoorden die de deelnemer deelt, in te lezen "
			   "met i.");
	}
	return s;
}

static void draw_walk(struct iv_app *a)
{
	const struct questionnaire *q = a->q;
	const struct section *sec = &q->sections[a->sec];
	const struct intervisie *iv = a->iv;
	char title[512], right[64];
	snprintf(title, sizeof(title), "Intervisie · %s · %s", iv->name, q->title);
	snprintf(right, sizeof(right), "deel %zu van %zu", a->sec + 1, q->n_sections);
	draw_frame(a, title, right);

	int top = 1, bottom = a->bottom; /* content lines: top .. bottom-1 */
	tui_put(top, 1, COLS - 2, sec->title, A_BOLD | A_UNDERLINE);
	top++;

	/* the selected cell: its item, legend and answer */
	const struct item *it = sec->n_items ? &q->items[sec->first_item + a->row] : NULL;
	struct doc det = {.width = COLS - 2};
	if (it) {
		char buf[700];
		snprintf(buf, sizeof(buf), "%zu. %s", sec->first_item + a->row + 1,
			 it->type == ITEM_SCENARIO ? it->title : it->text);
		doc_text(&det, buf, A_BOLD, 0);
		char *leg = item_legend(it);
		doc_text(&det, leg, A_DIM, 0);
		free(leg);
		const struct intervisie_participant *p = &iv->participants[a->col];
		struct answer ans = session_get(p->answers, it->id);
		char lab[600];
		const char *l = ans.kind == ANSWER_NONE
				    ? "nog geen antwoord"
				    : report_answer_label(it, ans, lab, sizeof(lab));
		snprintf(buf, sizeof(buf), "%s: %s", p->alias, l);
		doc_text(&det, buf, A_NORMAL, 0);
		/* the markers of the row, in words */
		struct intervisie_spread sp;
		if (intervisie_item_spread(iv, it, &sp) && sp.split) {
			snprintf(
			    buf, sizeof(buf),
			    "≠ De groep denkt hier verschillend: antwoorden van %d tot %d (%zu "
			    "%s), aan beide kanten van het midden.",
			    sp.min, sp.max, sp.n, sp.n == 1 ? "deelnemer" : "deelnemers");
			doc_text(&det, buf, A_BOLD, 0);
		}
		if (it->type == ITEM_LIKERT && it->reverse)
			doc_text(&det,
				 "↺ Omgekeerd gesteld: een hoog antwoord telt laag in de score (5 "
				 "telt als 1).",
				 A_NORMAL, 0);
	}

	/* the gespreksvragen, with the intro when there is room */
	struct doc prm = {.width = COLS - 2};
	if (sec->n_prompts) {
		doc_text(&prm, "Gespreksvragen", A_BOLD, 0);
		for (size_t i = 0; i < sec->n_prompts; i++)
			doc_hanging(&prm, "• ", sec->prompts[i], A_NORMAL, 0);
	} else {
		doc_text(&prm, "Bij dit deel staan geen gespreksvragen.", A_DIM, 0);
	}
	struct doc intro = {.width = COLS - 2};
	if (sec->intro && sec->intro[0])
		doc_text(&intro, sec->intro, A_DIM, 0);

	int avail = bottom - top;
	int nrows = (int)sec->n_items;
	int grid_need = 1 + nrows;
	int grid_min = grid_need < 6 ? grid_need : 6;
	int det_h = det.n < 6 ? det.n : 6;
	int prm_h = prm.n;
	int intro_h = intro.n;
	/* room for everything, else drop the intro; the grid keeps five rows
	 * (it scrolls); then the gespreksvragen shrink (l shows them all, and
	 * the last line says so), and only then the detail of the selected
	 * cell, which is nowhere else. So a long status message, which takes
	 * lines from the bottom, never covers the cell's answer. */
	if (intro_h + 1 + prm_h + 1 + grid_need + 1 + det_h > avail)
		intro_h = 0;
	int grid_h = avail - (prm_h + 1) - (det_h + 1);
	if (grid_h < grid_min) {
		int keep = prm.n < 2 ? prm.n : 2;
		prm_h = avail - grid_min - 1 - (det_h + 1);
		if (prm_h < keep)
			prm_h = keep;
		grid_h = avail - (prm_h + 1) - (det_h + 1);
	}
	if (grid_h < grid_min && det_h > 3) {
		det_h -= grid_min - grid_h;
		if (det_h < 3)
			det_h = 3;
		grid_h = avail - (prm_h + 1) - (det_h + 1);
	}
	if (intro_h)
		grid_h -= intro_h + 1;
	if (grid_h > grid_need)
		grid_h = grid_need;
	if (grid_h < 2) {
		/* a very small window: the grid first, then what fits */
		grid_h = avail >= 2 ? 2 : avail;
		det_h = avail - grid_h - (prm_h + 1) - 1;
		if (det_h < 0) {
			prm_h += det_h;
			det_h = 0;
		}
		if (prm_h < 0)
			prm_h = 0;
	}
	int y = top;
	if (intro_h) {
		doc_draw(&intro, y, 0, intro_h);
		y += intro_h + 1;
	}
	if (prm_h > 0) {
		doc_draw(&prm, y, 0, prm_h);
		if (prm_h < prm.n) {
			tui_fill(y + prm_h - 1, 1, COLS - 2, A_NORMAL);
			tui_put(y + prm_h - 1, 1, COLS - 2, "… meer: druk op l om alles te lezen",
				A_DIM);
		}
		y += prm_h + 1;
	}

	/* the grid: items down, participants across */
	size_t np = iv->n_participants;
	int cw = (COLS - 2 - 24) / (int)np;
	int amax = max_alias_width(iv) + 2;
	if (cw > amax)
		cw = amax;
	if (cw > 14)
		cw = 14;
	if (cw < 4)
		cw = 4;
	int lw = COLS - 2 - (int)np * cw;
	if (lw < 6) {
		cw = (COLS - 8) / (int)np;
		if (cw < 3)
			cw = 3;
		lw = COLS - 2 - (int)np * cw;
	}
	int gx = 1 + lw;
	if (grid_h >= 1) {
		tui_put(y, 1, lw - 1, "Vraag", A_BOLD);
		for (size_t k = 0; k < np; k++) {
			bool selc = k == a->col;
			int x = gx + (int)k * cw;
			if (x >= COLS - 1)
				break;
			tui_put(y, x + 1, cw - 1, iv->participants[k].alias,
				selc ? A_BOLD | A_UNDERLINE : A_BOLD);
		}
	}
	int rows_h = grid_h - 1;
	int first = 0;
	if (rows_h > 0 && (int)a->row >= rows_h)
		first = (int)a->row - rows_h + 1;
	for (int r = 0; r < rows_h && first + r < nrows; r++) {
		size_t ii = sec->first_item + (size_t)(first + r);
		const struct item *ri = &q->items[ii];
		int yy = y + 1 + r;
		bool selr = (size_t)(first + r) == a->row;
		char lab[600];
		const char *mark = ri->type == ITEM_OPEN       ? "✎ "
				   : ri->type == ITEM_SCENARIO ? "◆ "
							       : "";
		/* where the group disagrees, and reverse keyed items */
		struct intervisie_spread sp;
		bool split = intervisie_item_spread(iv, ri, &sp) && sp.split;
		bool rev = ri->type == ITEM_LIKERT && ri->reverse;
		snprintf(lab, sizeof(lab), "%zu %s%s%s%s%s", ii + 1, mark, split ? "≠" : "",
			 rev ? "↺" : "", split || rev ? " " : "",
			 ri->type == ITEM_SCENARIO ? ri->title : ri->text);
		tui_put(yy, 1, lw - 1, lab, selr ? A_BOLD : A_NORMAL);
		for (size_t k = 0; k < np; k++) {
			int x = gx + (int)k * cw;
			if (x >= COLS - 1)
				break;
			char cell[32];
			cell_text(ri, session_get(iv->participants[k].answers, ri->id), cell,
				  sizeof(cell));
			bool sel = selr && k == a->col;
			attr_t at = sel ? A_REVERSE | A_BOLD : A_NORMAL;
			if (sel)
				tui_fill(yy, x + 1, cw - 1, at);
			tui_put_centred(yy, x + 1, cw - 1, cell, at);
		}
	}
	if (rows_h > 0 && first + rows_h < nrows && y + grid_h < bottom)
		tui_put(y + grid_h, COLS - 9, 8, "▼ meer", A_DIM);
	if (first > 0)
		tui_put(y, COLS - 9, 8, "▲ meer", A_DIM);
	y += grid_h + 1;
	if (det_h > 0 && y < bottom)
		doc_draw(&det, y, 0, det_h < bottom - y ? det_h : bottom - y);
	doc_free(&det);
	doc_free(&prm);
	doc_free(&intro);
}

static bool enterable(const struct item *it)
{
	return it->type == ITEM_LIKERT || it->type == ITEM_CHOICE;
}

/* Record an answer in the selected cell, save and move on: down the
 * column to the next item that can be typed in, and after the last one to
 * the next participant. */
static void walk_answer(struct iv_app *a, struct answer ans)
{
	const struct section *sec = &a->q->sections[a->sec];
	const struct item *it = &a->q->items[sec->first_item + a->row];
	if (!intervisie_set_answer(a->iv, a->col, it->id, ans)) {
		set_status(a, true, "Dit antwoord kon niet worden bewaard.");
		return;
	}
	if (iv_save(a))
		a->status[0] = '\0';
	if (ans.kind == ANSWER_NONE)
		return;
	/* the next item that can be typed in (not open, not a situation) */
	for (size_t r = a->row + 1; r < sec->n_items; r++) {
		if (enterable(&a->q->items[sec->first_item + r])) {
			a->row = r;
			return;
		}
	}
	if (a->col + 1 < a->iv->n_participants) {
		a->col++;
		for (size_t r = 0; r < sec->n_items; r++) {
			if (enterable(&a->q->items[sec->first_item + r])) {
				a->row = r;
				return;
			}
		}
	}
}

static void enter_import(struct iv_app *a);
static void enter_group(struct iv_app *a);
static void enter_notes(struct iv_app *a);
static void enter_people(struct iv_app *a);
static void enter_export(struct iv_app *a);

/* Keys that open the other screens of an open group. */
static bool group_nav_key(struct iv_app *a, int ch, bool is_key)
{
	if (is_key || ch <= 0 || !strchr("woaide", ch))
		return false;
	a->status[0] = '\0';
	switch (ch) {
	case 'w':
		enter_walk(a);
		return true;
	case 'o':
		enter_group(a);
		return true;
	case 'a':
		enter_notes(a);
		return true;
	case 'i':
		enter_import(a);
		return true;
	case 'd':
		enter_people(a);
		return true;
	case 'e':
		enter_export(a);
		return true;
	default:
		return false;
	}
}

static void walk_key(struct iv_app *a, int ch, bool is_key)
{
	const struct section *sec = &a->q->sections[a->sec];
	const struct item *it = sec->n_items ? &a->q->items[sec->first_item + a->row] : NULL;
	if (is_key) {
		switch (ch) {
		case KEY_UP:
			if (a->row > 0)
				a->row--;
			return;
		case KEY_DOWN:
			if (a->row + 1 < sec->n_items)
				a->row++;
			return;
		case KEY_LEFT:
			if (a->col > 0)
				a->col--;
			return;
		case KEY_RIGHT:
			if (a->col + 1 < a->iv->n_participants)
				a->col++;
			return;
		case KEY_PPAGE:
			if (a->sec > 0)
				go_section(a, a->sec - 1);
			else
				set_status(a, false, "Dit is het eerste deel.");
			return;
		case KEY_NPAGE:
			if (a->sec + 1 < a->q->n_sections)
				go_section(a, a->sec + 1);
			else
				set_status(a, false, "Dit is het laatste deel.");
			return;
		case KEY_HOME:
			a->row = 0;
			return;
		case KEY_END:
			a->row = sec->n_items ? sec->n_items - 1 : 0;
			return;
		case KEY_DC:
			if (it)
				walk_answer(a, (struct answer){ANSWER_NONE, 0, NULL, NULL});
			return;
		default:
			break;
		}
	}
	if (tui_is_backspace(ch, is_key)) {
		if (it)
			walk_answer(a, (struct answer){ANSWER_NONE, 0, NULL, NULL});
		return;
	}
	if (is_key)
		return;
	if (ch == '[') {
		walk_key(a, KEY_PPAGE, true);
	} else if (ch == ']') {
		walk_key(a, KEY_NPAGE, true);
	} else if (ch == 'l') {
		a->scroll = 0;
		a->screen = IV_READ;
	} else if (group_nav_key(a, ch, is_key)) {
		return;
	} else if (!it) {
		return;
	} else if (ch >= '1' && ch <= '9') {
		int k = ch - '1';
		if (it->type == ITEM_LIKERT && k < CONTENT_SCALE_POINTS)
			walk_answer(a, (struct answer){ANSWER_VALUE, k + 1, NULL, NULL});
		else if (it->type == ITEM_CHOICE && (size_t)k < it->n_options)
			walk_answer(a,
				    (struct answer){ANSWER_CHOICE, 0, it->options[k].value, NULL});
		else if (it->type == ITEM_LIKERT || it->type == ITEM_CHOICE)
			set_status(a, true, "Kies een nummer uit de lijst onder de tabel.");
		else
			set_status(a, true,
				   "%s lees je in uit het bestand van de deelnemer: druk op i.",
				   it->type == ITEM_OPEN ? "Open antwoorden" : "Situaties");
	} else if (ch == 'n' || ch == '0') {
		if (it->type == ITEM_LIKERT && it->na)
			walk_answer(a, (struct answer){ANSWER_NA, 0, NULL, NULL});
		else
			set_status(a, true, "Bij deze vraag kan \"niet van toepassing\" niet.");
	}
}

/* ---- read: the whole section ---- */

static void draw_read(struct iv_app *a)
{
	const struct section *sec = &a->q->sections[a->sec];
	char title[512];
	snprintf(title, sizeof(title), "Lezen · %s", sec->title);
	draw_frame(a, title, NULL);
	struct doc d = {.width = COLS - 2};
	doc_text(&d, sec->title, A_BOLD | A_UNDERLINE, 0);
	if (sec->intro && sec->intro[0])
		doc_text(&d, sec->intro, A_NORMAL, 0);
	doc_blank(&d);
	if (sec->n_prompts) {
		doc_text(&d, "Gespreksvragen", A_BOLD, 0);
		for (size_t i = 0; i < sec->n_prompts; i++)
			doc_hanging(&d, "• ", sec->prompts[i], A_NORMAL, 0);
		doc_blank(&d);
	}
	doc_text(&d, "Vragen", A_BOLD, 0);
	for (size_t i = sec->first_item; i < sec->first_item + sec->n_items; i++) {
		const struct item *it = &a->q->items[i];
		char num[32];
		snprintf(num, sizeof(num), "%zu. ", i + 1);
		doc_hanging(&d, num, it->type == ITEM_SCENARIO ? it->title : it->text, A_NORMAL, 0);
		int ind = swidth(num);
		if (it->type == ITEM_SCENARIO)
			doc_text(&d, it->text, A_DIM, ind);
		for (size_t k = 0; k < it->n_options; k++) {
			char key[32];
			snprintf(key, sizeof(key), "%*s%zu ", ind, "", k + 1);
			doc_hanging(&d, key, it->options[k].label, A_DIM, 0);
		}
		for (size_t k = 0; it->type == ITEM_OPEN && k < a->iv->n_participants; k++) {
			const struct intervisie_participant *p = &a->iv->participants[k];
			struct answer ans = session_get(p->answers, it->id);
			if (ans.kind != ANSWER_TEXT)
				continue;
			char *line = text_fmt("%s: %s", p->alias, ans.text);
			if (line)
				doc_text(&d, line, A_NORMAL, ind + 2);
			free(line);
		}
	}
	doc_draw_scrolled(&d, 2, a->bottom, &a->scroll);
	doc_free(&d);
}

static bool scroll_key(int *scroll, int ch, bool is_key)
{
	int page = LINES - 6;
	if ((is_key && ch == KEY_UP) || (!is_key && ch == 'k'))
		(*scroll)--;
	else if ((is_key && ch == KEY_DOWN) || (!is_key && ch == 'j'))
		(*scroll)++;
	else if (is_key && ch == KEY_PPAGE)
		*scroll -= page;
	else if ((is_key && ch == KEY_NPAGE) || (!is_key && ch == ' '))
		*scroll += page;
	else if (is_key && ch == KEY_HOME)
		*scroll = 0;
	else if (is_key && ch == KEY_END)
		*scroll = 1 << 20;
	else
		return false;
	if (*scroll < 0)
		*scroll = 0;
	return true;
}

/* ---- import ---- */

static void enter_import(struct iv_app *a)
{
	if (a->screen != IV_IMPORT)
		a->ip = a->screen == IV_WALK	 ? a->col
			: a->screen == IV_NOTES	 ? a->np
			: a->screen == IV_PEOPLE ? (size_t)a->psel
						 : 0;
	if (a->ip >= a->iv->n_participants)
		a->ip = 0;
	if (!a->ipath.on)
		field_init(&a->ipath, "", PATH_MAX);
	import_drop(a);
	a->screen = IV_IMPORT;
}

/* A path typed by the coach, with ~/ expanded. malloc'd. */
static char *expand_path(const char *p)
{
	const char *home = getenv("HOME");
	if (p[0] == '~' && (p[1] == '/' || p[1] == '\0') && home && *home)
		return text_fmt("%s%s", home, p + 1);
	return strdup(p);
}

/* Tab in the path field: complete a file or directory name (directories
 * and .json files only); several candidates are listed in the status. */
static void complete_path(struct iv_app *a, struct field *f)
{
	char *typed = text_narrow(f->ed.buf, f->ed.len);
	if (!typed)
		return;
	const char *slash = strrchr(typed, '/');
	char *dirpart = slash ? strndup(typed, (size_t)(slash - typed) + 1) : strdup("");
	const char *base = slash ? slash + 1 : typed;
	char *lookup = dirpart && dirpart[0] ? expand_path(dirpart) : strdup(".");
	DIR *dh = lookup ? opendir(lookup) : NULL;
	char *lcp = NULL, *first = NULL;
	size_t n = 0, blen = strlen(base);
	char list[240] = "";
	bool first_dir = false;
	struct dirent *de;
	while (dh && (de = readdir(dh))) {
		const char *nm = de->d_name;
		if (strncmp(nm, base, blen) != 0 || strcmp(nm, ".") == 0 || strcmp(nm, "..") == 0 ||
		    (nm[0] == '.' && base[0] != '.'))
			continue;
		struct stat sb;
		bool dir = fstatat(dirfd(dh), nm, &sb, 0) == 0 && S_ISDIR(sb.st_mode);
		size_t len = strlen(nm);
		if (!dir && (len < 5 || strcmp(nm + len - 5, ".json") != 0))
			continue;
		if (n == 0) {
			lcp = strdup(nm);
			first = strdup(nm);
			first_dir = dir;
		} else if (lcp) {
			size_t k = 0;
			while (lcp[k] && lcp[k] == nm[k])
				k++;
			lcp[k] = '\0';
		}
		if (strlen(list) + len + 4 < sizeof(list))
			snprintf(list + strlen(list), sizeof(list) - strlen(list), "%s%s%s",
				 n ? ", " : "", nm, dir ? "/" : "");
		n++;
	}
	if (dh)
		closedir(dh);
	if (n == 0) {
		set_status(a, true, "Geen map of .json-bestand dat begint met \"%s\".", typed);
	} else if (lcp && dirpart) {
		/* cut the common prefix at a character boundary */
		size_t k = strlen(lcp);
		while (k > blen && ((unsigned char)first[k] & 0xC0) == 0x80)
			k--;
		lcp[k] = '\0';
		char *text = text_fmt("%s%s%s", dirpart, lcp, n == 1 && first_dir ? "/" : "");
		if (text)
			field_init(f, text, PATH_MAX);
		free(text);
		if (n > 1)
			set_status(a, false, "Mogelijk: %s%s", list,
				   strlen(list) + 40 >= sizeof(list) ? ", …" : "");
		else
			a->status[0] = '\0';
	}
	free(lcp);
	free(first);
	free(lookup);
	free(dirpart);
	free(typed);
}

/* The file or folder being asked about is no longer needed. */
static void import_drop(struct iv_app *a)
{
	session_destroy(a->ipending);
	a->ipending = NULL;
	free(a->ipending_path);
	a->ipending_path = NULL;
	intervisie_bulk_finish(&a->bulk);
	a->ibulk = false;
	a->iconfirm = false;
}

static void ilog_clear(struct iv_app *a)
{
	for (int i = 0; i < a->n_ilog; i++)
		free(a->ilog[i]);
	free(a->ilog);
	a->ilog = NULL;
	a->n_ilog = a->ilog_scroll = 0;
}

static void ilog_add(struct iv_app *a, char *line)
{
	char **nl = line ? realloc(a->ilog, (size_t)(a->n_ilog + 1) * sizeof(*nl)) : NULL;
	if (!nl) {
		free(line);
		return;
	}
	a->ilog = nl;
	a->ilog[a->n_ilog++] = line;
}

/* ", waarvan 1 open (gedeeld); 1 privé open antwoord niet ingelezen" */
static void import_extra(const struct intervisie_import_info *info, char *buf, size_t size)
{
	buf[0] = '\0';
	if (info->shared)
		snprintf(buf, size, ", waarvan %zu open (gedeeld)", info->shared);
	if (info->withheld)
		snprintf(buf + strlen(buf), size - strlen(buf),
			 "; %zu privé open %s niet ingelezen", info->withheld,
			 info->withheld == 1 ? "antwoord" : "antwoorden");
}

/* Import the checked file of a->ipending for participant a->ip. */
static void import_pending(struct iv_app *a)
{
	struct diag d;
	diag_init(&d);
	struct intervisie_import_info info;
	const char *alias = a->iv->participants[a->ip].alias;
	if (intervisie_import_session(a->iv, a->ip, a->q, a->ipending, &info, &d)) {
		if (iv_save(a)) {
			char extra[160];
			import_extra(&info, extra, sizeof(extra));
			set_status(a, false, "Ingelezen voor %s: %zu %s%s.", alias, info.answers,
				   info.answers == 1 ? "antwoord" : "antwoorden", extra);
		}
		field_init(&a->ipath, "", PATH_MAX);
	} else {
		status_diag(a, &d, "het bestand kan niet worden ingelezen");
	}
	diag_finish(&d);
	import_drop(a);
}

/* The plan or result of a folder, file by file, for the import screen. */
static void bulk_log(struct iv_app *a, bool done)
{
	ilog_clear(a);
	const struct intervisie_bulk *b = &a->bulk;
	bool *has = calloc(a->iv->n_participants, sizeof(*has));
	for (size_t i = 0; i < b->n; i++) {
		const struct intervisie_bulk_entry *e = &b->v[i];
		if (has && e->participant >= 0)
			has[e->participant] = true;
		if (e->s) {
			char extra[160];
			import_extra(&e->info, extra, sizeof(extra));
			ilog_add(a,
				 text_fmt("%s %s ← %s: %zu %s%s", done ? "✓" : "→",
					  a->iv->participants[e->participant].alias, e->name,
					  e->info.answers,
					  e->info.answers == 1 ? "antwoord" : "antwoorden", extra));
		}
	}
	for (size_t i = 0; i < b->n; i++) {
		const struct intervisie_bulk_entry *e = &b->v[i];
		if (e->s)
			continue;
		if (e->participant >= 0)
			ilog_add(a,
				 text_fmt("✗ %s (%s): %s", e->name,
					  a->iv->participants[e->participant].alias, e->problem));
		else
			ilog_add(a, text_fmt("✗ %s: %s", e->name, e->problem));
	}
	for (size_t k = 0; has && k < a->iv->n_participants; k++)
		if (!has[k])
			ilog_add(a, text_fmt("· %s: geen bestand in de map",
					     a->iv->participants[k].alias));
	if (b->more)
		ilog_add(a, text_fmt("… %zu bestanden niet bekeken (meer dan %d in de map)",
				     b->more, INTERVISIE_BULK_MAX));
	free(has);
}

static void bulk_apply(struct iv_app *a)
{
	struct diag d;
	diag_init(&d);
	size_t ready = a->bulk.ready, skipped = a->bulk.n - ready;
	if (intervisie_bulk_apply(a->iv, a->q, &a->bulk, &d)) {
		if (iv_save(a))
			set_status(a, false,
				   "Ingelezen uit de map: %zu %s, elk bij de deelnemer met die code"
				   "%s%zu %s niet (zie de lijst).",
				   ready, ready == 1 ? "bestand" : "bestanden",
				   skipped ? "; " : ". ", skipped,
				   skipped == 1 ? "bestand" : "bestanden");
		bulk_log(a, true);
		field_init(&a->ipath, "", PATH_MAX);
	} else {
		status_diag(a, &d, "de map kan niet worden ingelezen");
	}
	diag_finish(&d);
	import_drop(a);
}

/* Enter on the import screen: check the file (or every file in a folder)
 * first; ask only then, and only when answers would be replaced. */
static void import_start(struct iv_app *a)
{
	char *typed = textedit_text(&a->ipath.ed);
	char *path = typed && typed[0] ? expand_path(typed) : NULL;
	free(typed);
	import_drop(a);
	if (!path) {
		set_status(a, true,
			   "Typ het pad van een sessie- of inleverbestand (.json), of van een map "
			   "met inleverbestanden.");
		return;
	}
	struct diag d;
	diag_init(&d);
	struct stat sb;
	if (stat(path, &sb) == 0 && S_ISDIR(sb.st_mode)) {
		if (!intervisie_bulk_plan(a->iv, a->q, path, &a->bulk, &d)) {
			status_diag(a, &d, "de map kan niet worden gelezen");
		} else if (a->bulk.ready == 0) {
			bulk_log(a, false);
			set_status(
			    a, true,
			    "Niets ingelezen: geen bestand in deze map hoort bij een deelnemer "
			    "van de groep (op code), of het past niet (zie de lijst).");
			intervisie_bulk_finish(&a->bulk);
		} else if (a->bulk.replacing) {
			bulk_log(a, false);
			a->ibulk = a->iconfirm = true;
		} else {
			bulk_apply(a);
		}
	} else {
		struct session *s = session_load(path, &d);
		struct intervisie_import_info info;
		if (!s) {
			status_diag(a, &d, "het bestand kan niet worden gelezen");
		} else if (!intervisie_import_check(a->iv, a->q, s, path, &info, &d)) {
			status_diag(a, &d, "het bestand past niet bij deze groep");
			session_destroy(s);
		} else {
			a->ipending = s;
			a->ipending_path = strdup(path);
			a->ipinfo = info;
			if (session_count_answered(a->iv->participants[a->ip].answers, a->q) > 0)
				a->iconfirm = true;
			else
				import_pending(a);
		}
	}
	diag_finish(&d);
	free(path);
}

static void draw_import(struct iv_app *a)
{
	draw_frame(a, "Antwoorden inlezen", a->iv->name);
	struct doc d = {.width = COLS - 2};
	char buf[500];
	snprintf(buf, sizeof(buf),
		 "Lees de antwoorden van een deelnemer in uit een sessiebestand of een "
		 "inleverbestand van spiegel (vragenlijst \"%s\", versie %s), of geef een map: "
		 "dan gaat elk inleverbestand naar de deelnemer met dezelfde code. Ze vervangen "
		 "wat er voor die deelnemer stond; open antwoorden komen alleen mee als de "
		 "deelnemer ze deelt.",
		 a->q->title, a->iv->version);
	doc_text(&d, buf, A_NORMAL, 0);
	int h = d.n < 5 ? d.n : 5;
	doc_draw(&d, 2, 0, h);
	doc_free(&d);
	int y = 3 + h;
	tui_put(y++, 1, COLS - 2, "Deelnemer (bij één bestand)", A_BOLD);
	/* as many rows as fit, scrolled to keep the chosen participant; the
	 * field below always keeps its two lines; with the list of a folder
	 * only the chosen one, so that the list has the room */
	int rows = a->bottom - 4 - y;
	if (rows > (int)a->iv->n_participants)
		rows = (int)a->iv->n_participants;
	if (a->n_ilog > 0 && rows > 1)
		rows = 1;
	if (rows < 1)
		rows = 1;
	size_t firstp = a->ip >= (size_t)rows ? a->ip - (size_t)rows + 1 : 0;
	for (size_t k = firstp; k < a->iv->n_participants && k < firstp + (size_t)rows; k++, y++) {
		const struct intervisie_participant *p = &a->iv->participants[k];
		bool sel = k == a->ip;
		char *line = text_fmt("%s %s  (%zu van %zu beantwoord%s)", sel ? "▸" : " ",
				      p->alias, session_count_answered(p->answers, a->q),
				      a->q->n_items, p->imported ? ", ingelezen" : "");
		if (sel)
			tui_fill(y, 1, COLS - 2, A_REVERSE);
		if (line)
			tui_put(y, 1, COLS - 2, line, sel ? A_REVERSE | A_BOLD : A_NORMAL);
		free(line);
	}
	y++;
	tui_put(y++, 1, COLS - 2, "Bestand of map (pad; ~/ mag)", A_BOLD);
	int fy = y++;
	struct doc c = {.width = COLS - 2};
	if (a->iconfirm && a->ibulk) {
		char *q = text_fmt("In te lezen uit de map: %zu %s. %zu van deze deelnemers %s al "
				   "antwoorden; die worden vervangen. Doorgaan? (j/n)",
				   a->bulk.ready, a->bulk.ready == 1 ? "bestand" : "bestanden",
				   a->bulk.replacing, a->bulk.replacing == 1 ? "heeft" : "hebben");
		doc_text(&c, q, A_BOLD, 0);
		free(q);
	} else if (a->iconfirm) {
		const struct intervisie_participant *p = &a->iv->participants[a->ip];
		char *q =
		    text_fmt("Het bestand past: %zu %s. %s heeft al %zu antwoorden; die worden "
			     "vervangen. Doorgaan? (j/n)",
			     a->ipinfo.answers, a->ipinfo.answers == 1 ? "antwoord" : "antwoorden",
			     p->alias, session_count_answered(p->answers, a->q));
		doc_text(&c, q, A_BOLD, 0);
		free(q);
	}
	for (int i = 0; i < a->n_ilog && (!a->iconfirm || a->ibulk); i++)
		doc_text(&c, a->ilog[i], A_NORMAL, 2);
	/* the list scrolls (PgUp PgDn) when it does not fit */
	a->ilog_rows = a->bottom - (y + 1);
	if (a->ilog_rows > 0)
		doc_draw_scrolled(&c, y + 1, a->bottom, &a->ilog_scroll);
	doc_free(&c);
	draw_line(&a->ipath, fy, 3, COLS - 5, !a->iconfirm);
}

/* A page of the folder's list (clamped when drawn). */
static void ilog_page(struct iv_app *a, int dir)
{
	int page = a->ilog_rows > 2 ? a->ilog_rows - 1 : 1;
	a->ilog_scroll += dir * page;
	if (a->ilog_scroll < 0)
		a->ilog_scroll = 0;
}

static void import_key(struct iv_app *a, int ch, bool is_key)
{
	if (a->iconfirm) {
		if (!is_key && (ch == 'j' || ch == 'J')) {
			if (a->ibulk)
				bulk_apply(a);
			else
				import_pending(a);
		} else if (is_key && (ch == KEY_PPAGE || ch == KEY_NPAGE)) {
			ilog_page(a, ch == KEY_PPAGE ? -1 : 1);
		} else {
			import_drop(a);
			set_status(a, false, "Niet ingelezen.");
		}
		return;
	}
	if (is_esc(ch, is_key)) {
		enter_walk(a);
	} else if (is_key && ch == KEY_UP) {
		if (a->ip > 0)
			a->ip--;
	} else if (is_key && ch == KEY_DOWN) {
		if (a->ip + 1 < a->iv->n_participants)
			a->ip++;
	} else if (is_key && (ch == KEY_PPAGE || ch == KEY_NPAGE)) {
		ilog_page(a, ch == KEY_PPAGE ? -1 : 1);
	} else if (!is_key && ch == K_TAB) {
		complete_path(a, &a->ipath);
	} else if (tui_is_enter(ch, is_key)) {
		import_start(a);
	} else {
		iv_field_key(&a->ipath, ch, is_key, false);
	}
}

/* ---- group view ---- */

static void enter_group(struct iv_app *a)
{
	a->gsel = 0;
	a->gfirst = 0;
	a->screen = IV_GROUP;
}

static short level_colour(const struct catalogue *c, double score)
{
	int level = 0;
	for (size_t i = 0; i < c->n_levels; i++)
		if (c->levels[i].min <= score)
			level = (int)i;
	return (short)(level <= 0 ? 1 : level + 1 >= (int)c->n_levels ? 3 : 2);
}

static void draw_group(struct iv_app *a)
{
	const struct catalogue *cat = a->content->catalogue;
	const struct intervisie *iv = a->iv;
	char title[512];
	snprintf(title, sizeof(title), "Groepsoverzicht · %s", iv->name);
	draw_frame(a, title, a->q->title);
	struct intervisie_scores sc;
	if (!intervisie_scores_compute(iv, cat, a->q, &sc)) {
		tui_put(2, 1, COLS - 2, "Onvoldoende geheugen om de scores te berekenen.", A_BOLD);
		return;
	}
	size_t rows[256];
	int nr = 0;
	for (size_t p = 0; p < sc.n_practices && nr < 256; p++)
		if (sc.has_mean[p])
			rows[nr++] = p;
	struct doc head = {.width = COLS - 2};
	doc_text(&head,
		 "Score per praktijk (0-100) per deelnemer; Groep is het gemiddelde. – = geen "
		 "antwoorden.",
		 A_DIM, 0);
	doc_draw(&head, 1, 0, 2);
	doc_free(&head);
	if (nr == 0) {
		struct doc d = {.width = COLS - 2};
		doc_text(&d,
			 "Nog geen antwoorden met een score. Vul antwoorden in bij de vragen (w) "
			 "of lees ze in (i).",
			 A_NORMAL, 0);
		doc_draw(&d, 4, 0, a->bottom - 5);
		doc_free(&d);
		intervisie_scores_finish(&sc);
		return;
	}
	if (a->gsel >= nr)
		a->gsel = nr - 1;
	size_t np = iv->n_participants;
	/* columns as wide as the aliases (7 to 14), narrower (down to 6, room
	 * for "100.0") to leave the practice names 26 columns */
	int cw = max_alias_width(iv) + 2;
	if (cw > 14)
		cw = 14;
	if (cw < 7)
		cw = 7;
	int lw = COLS - 2 - (int)(np + 1) * cw;
	while (lw < 26 && cw > 6) {
		cw--;
		lw = COLS - 2 - (int)(np + 1) * cw;
	}
	if (lw < 16)
		lw = 16; /* the participant columns scroll */
	/* participant columns that fit, from gfirst; the group column last */
	int fit = (COLS - 2 - lw) / cw - 1;
	if (fit < 1)
		fit = 1;
	if ((size_t)fit >= np) {
		fit = (int)np;
		a->gfirst = 0;
	}
	if (a->gfirst > (int)np - fit)
		a->gfirst = (int)np - fit;
	if (a->gfirst < 0)
		a->gfirst = 0;
	int y = 4;
	tui_put(y, 1, lw - 1, "Praktijk", A_BOLD);
	for (int k = 0; k < fit; k++)
		tui_put(y, 1 + lw + k * cw + 1, cw - 1, iv->participants[a->gfirst + k].alias,
			A_BOLD);
	tui_put(y, 1 + lw + fit * cw + 1, cw - 1, "Groep", A_BOLD | A_UNDERLINE);
	if (a->gfirst > 0)
		tui_put(y, 1 + lw - 1, 1, "◂", A_DIM);
	if (a->gfirst + fit < (int)np)
		tui_put(y, 1 + lw + fit * cw - 1, 1, "▸", A_DIM);
	int room = a->bottom - 1 - (y + 1) - 3;
	if (room < 1)
		room = 1;
	int first = a->gsel >= room ? a->gsel - room + 1 : 0;
	for (int r = 0; r < room && first + r < nr; r++) {
		size_t p = rows[first + r];
		int yy = y + 1 + r;
		bool sel = first + r == a->gsel;
		if (sel)
			tui_fill(yy, 1, COLS - 2, A_REVERSE);
		attr_t base = sel ? A_REVERSE : A_NORMAL;
		tui_put(yy, 1, lw - 1, cat->practices[p].name, base | (sel ? A_BOLD : 0));
		for (int k = 0; k <= fit; k++) {
			bool mean = k == fit;
			size_t kk = (size_t)(a->gfirst + k);
			bool has = mean ? sc.has_mean[p] : sc.has[p * np + kk];
			double v = mean ? sc.mean[p] : sc.score[p * np + kk];
			char num[32] = "–";
			if (has)
				report_number(num, sizeof(num), v);
			attr_t at = base | (mean ? A_BOLD : 0);
			if (has && !sel && has_colors())
				at |= COLOR_PAIR(level_colour(cat, v));
			int x = 1 + lw + k * cw;
			int nw = swidth(num);
			tui_put(yy, x + cw - 1 - nw, nw, num, at);
		}
	}
	/* the selected practice in full */
	size_t p = rows[a->gsel];
	int yy = y + 1 + (room < nr ? room : nr) + 1;
	if (yy < a->bottom - 1) {
		char *line = text_fmt("%s: %zu van %zu deelnemers met een score.",
				      cat->practices[p].name, sc.n[p], np);
		struct doc d = {.width = COLS - 2};
		doc_text(&d, line, A_NORMAL, 0);
		doc_text(&d, cat->practices[p].description, A_DIM, 0);
		doc_draw(&d, yy, 0, a->bottom - yy);
		doc_free(&d);
		free(line);
	}
	intervisie_scores_finish(&sc);
}

static void group_key(struct iv_app *a, int ch, bool is_key)
{
	if (is_key && ch == KEY_UP) {
		if (a->gsel > 0)
			a->gsel--;
	} else if (is_key && ch == KEY_DOWN) {
		a->gsel++; /* clamped when drawn */
	} else if (is_key && ch == KEY_LEFT) {
		if (a->gfirst > 0)
			a->gfirst--;
	} else if (is_key && ch == KEY_RIGHT) {
		a->gfirst++;
	} else if (is_esc(ch, is_key)) {
		enter_walk(a);
	} else {
		group_nav_key(a, ch, is_key);
	}
}

/* ---- notes and afspraken ---- */

static void load_note(struct iv_app *a)
{
	const struct intervisie_participant *p = &a->iv->participants[a->np];
	field_init(&a->note, a->nfield ? p->afspraken : p->notes, INTERVISIE_MAX_TEXT);
	a->ndirty = false;
}

/* Put the text being typed into the group and save it. */
static void commit_note(struct iv_app *a)
{
	if (!a->iv || !a->note.on || !a->ndirty)
		return;
	char *t = textedit_text(&a->note.ed);
	struct diag d;
	diag_init(&d);
	if (!t) {
		set_status(a, true, "Onvoldoende geheugen.");
	} else {
		bool ok = a->nfield ? intervisie_set_afspraken(a->iv, a->np, t, &d)
				    : intervisie_set_notes(a->iv, a->np, t, &d);
		if (ok) {
			a->ndirty = false;
			iv_save(a);
		} else {
			status_diag(a, &d, "de tekst kan niet worden bewaard");
		}
	}
	diag_finish(&d);
	free(t);
}

static void enter_notes(struct iv_app *a)
{
	if (a->screen == IV_WALK)
		a->np = a->col;
	if (a->np >= a->iv->n_participants)
		a->np = 0;
	a->nfield = 0;
	load_note(a);
	a->typing = true;
	a->screen = IV_NOTES;
}

static void notes_switch(struct iv_app *a, size_t np, int field)
{
	commit_note(a);
	a->np = np;
	a->nfield = field;
	load_note(a);
}

static void draw_notes(struct iv_app *a)
{
	const struct intervisie *iv = a->iv;
	char title[512], right[96];
	static const char *const labels[2] = {"Notities", "Afspraken"};
	snprintf(title, sizeof(title), "Aantekeningen · %s", iv->name);
	snprintf(right, sizeof(right), "deelnemer %zu van %zu · %s", a->np + 1, iv->n_participants,
		 labels[a->nfield]);
	draw_frame(a, title, right);
	/* the participants as tabs */
	int x = 1;
	for (size_t k = 0; k < iv->n_participants && x < COLS - 2; k++) {
		bool sel = k == a->np;
		if (k)
			x += tui_put(1, x, COLS - 1 - x, "  ", A_NORMAL);
		x += tui_put(1, x, COLS - 1 - x, iv->participants[k].alias,
			     sel ? A_REVERSE | A_BOLD : A_DIM);
	}
	const struct intervisie_participant *p = &iv->participants[a->np];
	int top = 3, bottom = a->bottom - 1;
	int h = bottom - top - 1; /* two labels, two boxes */
	int h1 = (h - 1) / 2, h2 = h - 1 - h1 - 1;
	if (h1 < 1)
		h1 = 1;
	if (h2 < 1)
		h2 = 1;
	int y = top;
	struct field other;
	other.on =
	    textedit_init(&other.ed, a->nfield ? p->notes : p->afspraken, INTERVISIE_MAX_TEXT);
	other.width = 0;
	for (int f = 0; f < 2; f++) {
		bool focus = f == a->nfield;
		/* the active field in words, not only by its line */
		char lab[128];
		snprintf(lab, sizeof(lab), "%s %s%s", focus ? "▶" : " ", labels[f],
			 !focus	     ? "  (Tab: hierheen)"
			 : a->typing ? "  ← hier typ je (Esc: klaar)"
				     : "  ← gekozen (Enter: typen)");
		tui_put(y, 1, COLS - 2, lab, focus ? A_BOLD : A_NORMAL);
		int bh = f == 0 ? h1 : h2;
		if (!focus)
			draw_box(&other, y + 1, 1, COLS - 2, bh, false, false,
				 f ? "(nog geen afspraken)" : "(nog geen notities)");
		y += bh + 2;
	}
	field_finish(&other);
	/* the focused field last: the cursor stays there */
	int fy = a->nfield == 0 ? top + 1 : top + h1 + 3;
	draw_box(&a->note, fy, 1, COLS - 2, a->nfield == 0 ? h1 : h2, true, a->typing,
		 a->nfield ? "(nog geen afspraken)" : "(nog geen notities)");
}

static void notes_key(struct iv_app *a, int ch, bool is_key)
{
	size_t n = a->iv->n_participants;
	if (!is_key && ch == K_TAB) {
		notes_switch(a, a->np, 1 - a->nfield);
		return;
	}
	if (is_key && ch == KEY_BTAB) {
		notes_switch(a, a->np, 1 - a->nfield);
		return;
	}
	/* another participant: always back to Notities, the first field */
	if (is_key && ch == KEY_PPAGE) {
		notes_switch(a, (a->np + n - 1) % n, 0);
		return;
	}
	if (is_key && ch == KEY_NPAGE) {
		notes_switch(a, (a->np + 1) % n, 0);
		return;
	}
	if (a->typing) {
		if (is_esc(ch, is_key)) {
			commit_note(a);
			a->typing = false;
			return;
		}
		int r = iv_field_key(&a->note, ch, is_key, true);
		if (r == FIELD_CHANGED)
			a->ndirty = true;
		else if (r == FIELD_FULL)
			set_status(a, true, "De tekst is te lang (hoogstens %u tekens).",
				   (unsigned)INTERVISIE_MAX_TEXT);
		return;
	}
	if (tui_is_enter(ch, is_key)) {
		a->typing = true;
	} else if (is_key && ch == KEY_LEFT) {
		notes_switch(a, (a->np + n - 1) % n, 0);
	} else if (is_key && ch == KEY_RIGHT) {
		notes_switch(a, (a->np + 1) % n, 0);
	} else if (is_key && (ch == KEY_UP || ch == KEY_DOWN)) {
		notes_switch(a, a->np, ch == KEY_UP ? 0 : 1);
	} else if (is_esc(ch, is_key)) {
		enter_walk(a);
	} else {
		group_nav_key(a, ch, is_key);
	}
}

/* ---- participants ---- */

static void enter_people(struct iv_app *a)
{
	a->psel = a->screen == IV_WALK ? (int)a->col : 0;
	a->pmode = 0;
	a->screen = IV_PEOPLE;
}

static void draw_people(struct iv_app *a)
{
	const struct intervisie *iv = a->iv;
	char title[512];
	snprintf(title, sizeof(title), "Deelnemers · %s", iv->name);
	draw_frame(a, title, NULL);
	char buf[200];
	snprintf(buf, sizeof(buf), "%zu van hoogstens %d deelnemers.", iv->n_participants,
		 INTERVISIE_MAX_PARTICIPANTS);
	tui_put(2, 1, COLS - 2, buf, A_DIM);
	int y = 4;
	int edit_y = -1;
	int rows = a->bottom - 2 - y - (a->pmode == 2 ? 1 : 0);
	if (rows < 1)
		rows = 1;
	size_t firstp = a->psel >= rows ? (size_t)(a->psel - rows + 1) : 0;
	if (a->pmode == 2 && iv->n_participants > (size_t)rows)
		firstp = iv->n_participants - (size_t)rows;
	for (size_t k = firstp; k < iv->n_participants && k < firstp + (size_t)rows; k++, y++) {
		const struct intervisie_participant *p = &iv->participants[k];
		bool sel = (int)k == a->psel && a->pmode != 2;
		if (sel && a->pmode == 1) {
			edit_y = y;
			continue;
		}
		char *line = text_fmt("%s %s", sel ? "▸" : " ", p->alias);
		char *det =
		    text_fmt("%zu antwoorden%s%s%s", session_count_answered(p->answers, a->q),
			     p->imported ? " · ingelezen" : "", p->notes[0] ? " · notities" : "",
			     p->afspraken[0] ? " · afspraken" : "");
		if (sel)
			tui_fill(y, 1, COLS - 2, A_REVERSE);
		int used =
		    line ? tui_put(y, 1, COLS - 2, line, sel ? A_REVERSE | A_BOLD : A_NORMAL) : 0;
		if (det)
			tui_put(y, 3 + used, COLS - 4 - used, det, sel ? A_REVERSE : A_DIM);
		free(line);
		free(det);
	}
	if (a->pmode == 2)
		edit_y = y++;
	if (a->pmode == 3 && a->psel >= 0 && (size_t)a->psel < iv->n_participants) {
		const struct intervisie_participant *p = &iv->participants[a->psel];
		char *q =
		    text_fmt("%s verwijderen, met %zu antwoorden, notities en afspraken? (j/n)",
			     p->alias, session_count_answered(p->answers, a->q));
		struct doc d = {.width = COLS - 2};
		doc_text(&d, q, A_BOLD, 0);
		doc_draw(&d, y + 1, 0, a->bottom - y - 1);
		doc_free(&d);
		free(q);
	}
	if (edit_y >= 0) {
		tui_put(edit_y, 1, 2, "▸", A_BOLD);
		draw_line(&a->pname, edit_y, 3, COLS - 5, true);
	}
}

static void people_key(struct iv_app *a, int ch, bool is_key)
{
	struct intervisie *iv = a->iv;
	if (a->pmode == 3) {
		if (!is_key && (ch == 'j' || ch == 'J')) {
			struct diag d;
			diag_init(&d);
			char *alias = strdup(iv->participants[a->psel].alias);
			if (intervisie_remove_participant(iv, (size_t)a->psel, &d)) {
				if (iv_save(a))
					set_status(a, false, "%s is uit de groep verwijderd.",
						   alias ? alias : "De deelnemer");
				if (a->psel >= (int)iv->n_participants)
					a->psel = (int)iv->n_participants - 1;
				a->col = a->np = a->ip = 0;
			} else {
				status_diag(a, &d, "verwijderen lukt niet");
			}
			free(alias);
			diag_finish(&d);
		} else {
			set_status(a, false, "Niet verwijderd.");
		}
		a->pmode = 0;
		return;
	}
	if (a->pmode) {
		if (is_esc(ch, is_key)) {
			a->pmode = 0;
			return;
		}
		if (!tui_is_enter(ch, is_key)) {
			if (iv_field_key(&a->pname, ch, is_key, false) == FIELD_FULL)
				set_status(a, true, "De naam is te lang.");
			return;
		}
		char *name = textedit_text(&a->pname.ed);
		struct diag d;
		diag_init(&d);
		bool ok =
		    name &&
		    (a->pmode == 1 ? intervisie_rename_participant(iv, (size_t)a->psel, name, &d)
				   : intervisie_add_participant(iv, name, &d));
		if (ok) {
			if (iv_save(a))
				set_status(a, false, "%s %s.", name,
					   a->pmode == 1 ? "bewaard" : "toegevoegd");
			if (a->pmode == 2)
				a->psel = (int)iv->n_participants - 1;
			a->pmode = 0;
		} else {
			status_diag(a, &d, "ongeldige naam");
		}
		diag_finish(&d);
		free(name);
		return;
	}
	if (is_key && ch == KEY_UP) {
		if (a->psel > 0)
			a->psel--;
	} else if (is_key && ch == KEY_DOWN) {
		if (a->psel + 1 < (int)iv->n_participants)
			a->psel++;
	} else if (tui_is_enter(ch, is_key) || (!is_key && ch == 'r')) {
		field_init(&a->pname, iv->participants[a->psel].alias, SESSION_MAX_NAME);
		a->pmode = 1;
	} else if (!is_key && ch == 't') {
		if (iv->n_participants >= INTERVISIE_MAX_PARTICIPANTS) {
			set_status(a, true, "Een groep heeft hoogstens %d deelnemers.",
				   INTERVISIE_MAX_PARTICIPANTS);
		} else {
			field_init(&a->pname, "", SESSION_MAX_NAME);
			a->pmode = 2;
		}
	} else if (!is_key && ch == 'x') {
		if (iv->n_participants <= 1)
			set_status(a, true, "Een groep heeft minstens één deelnemer.");
		else
			a->pmode = 3;
	} else if (is_esc(ch, is_key)) {
		enter_walk(a);
	} else {
		group_nav_key(a, ch, is_key);
	}
}

/* ---- export ---- */

static void enter_export(struct iv_app *a)
{
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
	a->screen = IV_EXPORT;
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

static void do_export(struct iv_app *a)
{
	a->econfirm = false;
	char *typed = textedit_text(&a->epath.ed);
	char *path = typed && typed[0] ? expand_path(typed) : NULL;
	free(typed);
	if (!path) {
		set_status(a, true, "Typ een bestandsnaam.");
		return;
	}
	size_t len;
	char *md = intervisie_markdown(a->iv, a->content->catalogue, a->q, &len);
	struct diag d;
	diag_init(&d);
	if (!md) {
		set_status(a, true, "Onvoldoende geheugen voor het verslag.");
	} else if (export_file(a, path, md, len, &d)) {
		char *abs = realpath(path, NULL);
		free(a->written);
		a->written = abs ? abs : strdup(path);
		set_status(a, false, "Verslag geschreven: %s", a->written ? a->written : path);
	} else {
		status_diag(a, &d, "het verslag kan niet worden geschreven");
	}
	diag_finish(&d);
	free(md);
	free(path);
}

static void draw_export(struct iv_app *a)
{
	char title[512];
	snprintf(title, sizeof(title), "Exporteren · %s", a->iv->name);
	draw_frame(a, title, NULL);
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
	doc_draw(&m, y, 0, a->bottom - y);
	doc_free(&m);
	draw_line(&a->epath, fy, 3, COLS - 5, !a->econfirm);
}

static void export_key(struct iv_app *a, int ch, bool is_key)
{
	if (a->econfirm) {
		if (!is_key && (ch == 'j' || ch == 'J'))
			do_export(a);
		else {
			a->econfirm = false;
			set_status(a, false, "Niet overschreven.");
		}
		return;
	}
	if (is_esc(ch, is_key)) {
		enter_walk(a);
	} else if (tui_is_enter(ch, is_key)) {
		char *typed = textedit_text(&a->epath.ed);
		char *path = typed && typed[0] ? expand_path(typed) : NULL;
		struct stat sb;
		if (path && lstat(path, &sb) == 0)
			a->econfirm = true;
		else
			do_export(a);
		free(typed);
		free(path);
	} else {
		if (iv_field_key(&a->epath, ch, is_key, false) != FIELD_IGNORED) {
			free(a->written);
			a->written = NULL;
		}
	}
}

/* ---- help ---- */

static void draw_help(struct iv_app *a)
{
	draw_frame(a, "Uitleg · intervisie", NULL);
	struct doc d = {.width = COLS - 2};
	doc_text(&d,
		 "Met intervisie leg je als coach een groep vast: de deelnemers (met een "
		 "naam of alias), per deel van de vragenlijst de gespreksvragen en ieders "
		 "antwoorden, het overzicht van de groep per praktijk, en per deelnemer je "
		 "notities en afspraken. Elke wijziging wordt meteen opgeslagen; met q ga "
		 "je terug en stop je, zonder iets kwijt te raken.",
		 A_NORMAL, 0);
	doc_blank(&d);
	doc_text(&d,
		 "Antwoorden: typ ze in de tabel (likert 1-5, n = niet van toepassing, bij "
		 "een keuzevraag het nummer), of lees het sessie- of inleverbestand van een "
		 "deelnemer in met i. Situaties en open vragen komen alleen via inlezen mee; "
		 "open antwoorden alleen als de deelnemer ze deelt.",
		 A_NORMAL, 0);
	doc_blank(&d);
	doc_text(&d, "Toetsen op dit scherm", A_BOLD | A_UNDERLINE, 0);
	const struct hint *h = screen_hints(a, a->help_return);
	for (int i = 0; h[i].key; i++) {
		int w = swidth(h[i].key);
		char *line = text_fmt("%s%*s %s", h[i].key, w < 14 ? 14 - w : 0, "", h[i].what);
		doc_text(&d, line, A_NORMAL, 2);
		free(line);
	}
	for (int i = 0; a->help_return == IV_WALK && hints_walk_more[i].key; i++) {
		int w = swidth(hints_walk_more[i].key);
		char *line = text_fmt("%s%*s %s", hints_walk_more[i].key, w < 14 ? 14 - w : 0, "",
				      hints_walk_more[i].what);
		doc_text(&d, line, A_NORMAL, 2);
		free(line);
	}
	if (a->help_return == IV_WALK) {
		doc_blank(&d);
		doc_text(&d, "Tekens in de tabel", A_BOLD | A_UNDERLINE, 0);
		static const struct hint marks[] = {
		    {"≠",
		     "de groep denkt verschillend: iemand antwoordde 1 of 2, een ander 4 of 5"},
		    {"↺", "omgekeerd gesteld: een hoog antwoord telt laag in de score"},
		    {"✎", "een open vraag (alleen gedeelde antwoorden, via inlezen)"},
		    {"◆", "een situatie (via inlezen)"},
		    END_HINTS};
		for (int i = 0; marks[i].key; i++) {
			char *line = text_fmt("%s              %s", marks[i].key, marks[i].what);
			doc_text(&d, line, A_NORMAL, 2);
			free(line);
		}
	}
	if (a->iv) {
		doc_blank(&d);
		doc_text(&d, "Schermen van een groep", A_BOLD | A_UNDERLINE, 0);
		static const struct hint screens[] = {{"w", "vragen per deel, met de tabel"},
						      {"o", "groepsoverzicht per praktijk"},
						      {"a", "aantekeningen: notities en afspraken"},
						      {"i", "antwoorden inlezen uit een bestand"},
						      {"d", "deelnemers: hernoemen, toevoegen, "
							    "verwijderen"},
						      {"e", "exporteren als Markdown"},
						      END_HINTS};
		for (int i = 0; screens[i].key; i++) {
			char *line = text_fmt("%-14s %s", screens[i].key, screens[i].what);
			doc_text(&d, line, A_NORMAL, 2);
			free(line);
		}
		doc_blank(&d);
		char *line =
		    text_fmt("Deze groep: %s (id %s). Later verder met: spiegel intervisie %s",
			     a->iv->name, a->iv->id, a->iv->id);
		doc_text(&d, line, A_DIM, 0);
		free(line);
	}
	doc_draw_scrolled(&d, 2, a->bottom, &a->scroll);
	doc_free(&d);
}

/* ---- dispatch ---- */

/* Whether the current screen takes typed text (so q, ? are letters). */
static bool typing_screen(const struct iv_app *a)
{
	switch (a->screen) {
	case IV_NEW:
		return a->nf == 0 || a->nf == 2;
	case IV_IMPORT:
		return !a->iconfirm;
	case IV_NOTES:
		return a->typing;
	case IV_PEOPLE:
		return a->pmode == 1 || a->pmode == 2;
	case IV_EXPORT:
		return !a->econfirm;
	default:
		return false;
	}
}

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

/* The status line (LINES-3) and, for a long message, the lines above it,
 * which the screen has left free (a->bottom). */
static void draw_status(struct iv_app *a)
{
	struct doc d = {0};
	bool error = status_doc(a, &d);
	int n = status_rows(a, &d);
	attr_t at = error ? (A_BOLD | (has_colors() ? COLOR_PAIR(1) : A_REVERSE)) : A_DIM;
	for (int i = 0; i < n; i++) {
		int y = LINES - 3 - n + 1 + i;
		tui_fill(y, 0, COLS, A_NORMAL);
		int w = tui_put(y, 1, COLS - 2, d.rows[i].text, at);
		if (i == n - 1 && n < d.n)
			tui_put(y, 1 + (w < COLS - 3 ? w : COLS - 3), 1, "…", at);
	}
	doc_free(&d);
}

static void draw(struct iv_app *a)
{
	erase();
	curs_set(0);
	if (COLS < MIN_COLS || LINES < MIN_LINES) {
		char msg[128];
		snprintf(msg, sizeof(msg), "Maak het venster groter (minstens %dx%d).", MIN_COLS,
			 MIN_LINES);
		struct doc d = {.width = COLS};
		doc_text(&d, msg, A_BOLD, 0);
		for (int i = 0; i < d.n && i < LINES; i++)
			tui_put(i, 0, COLS, d.rows[i].text, A_BOLD);
		doc_free(&d);
		refresh();
		return;
	}
	/* the content ends where the status begins */
	struct doc sd = {0};
	status_doc(a, &sd);
	int sn = status_rows(a, &sd);
	doc_free(&sd);
	a->bottom = LINES - 3 - (sn > 1 ? sn - 1 : 0);
	switch (a->screen) {
	case IV_START:
		draw_start(a);
		break;
	case IV_NEW:
		draw_new(a);
		break;
	case IV_WALK:
		draw_walk(a);
		break;
	case IV_READ:
		draw_read(a);
		break;
	case IV_IMPORT:
		draw_import(a);
		break;
	case IV_GROUP:
		draw_group(a);
		break;
	case IV_NOTES:
		draw_notes(a);
		break;
	case IV_PEOPLE:
		draw_people(a);
		break;
	case IV_EXPORT:
		draw_export(a);
		break;
	default:
		draw_help(a);
		break;
	}
	int cy, cx;
	getyx(stdscr, cy, cx);
	draw_status(a);
	move(cy, cx); /* the cursor stays in the field being typed in */
	refresh();
}

/* q and Esc: one step back; from the walk to the start list, from there
 * out. Everything is saved already; leaving the walk saves once more, and
 * when that fails the group stays open: closing it would lose the changes
 * that are only in memory. */
static void go_back(struct iv_app *a)
{
	a->status[0] = '\0';
	switch (a->screen) {
	case IV_START:
		a->quit = true;
		break;
	case IV_NEW:
		enter_start(a);
		break;
	case IV_WALK:
		if (!iv_save(a)) {
			set_status(a, true,
				   "Opslaan is mislukt: %s. Je wijzigingen staan nog in het "
				   "geheugen. Probeer opnieuw (q) of stop toch met Q/Ctrl-C.",
				   a->save_error);
			break;
		}
		close_group(a);
		enter_start(a);
		break;
	case IV_HELP:
		a->screen = a->help_return;
		break;
	default:
		if (a->iv)
			enter_walk(a);
		else
			enter_start(a);
		break;
	}
}

static void key(struct iv_app *a, int ch, bool is_key)
{
	if (is_key && ch == KEY_RESIZE)
		return;
	/* a message is about the key before: gone with the next one (what
	 * that key does may say something new); that saving fails stays in
	 * view until it works again (draw_status) */
	a->status[0] = '\0';
	a->status_error = false;
	if (!is_key && ch == K_CTRL_C) {
		a->quit = true;
		return;
	}
	bool typing = typing_screen(a);
	/* Q: stop even though the changes could not be saved (the exit tries
	 * once more and says whether it worked) */
	if (!typing && !is_key && ch == 'Q' && a->iv && a->save_failed) {
		a->quit = true;
		return;
	}
	if (!typing && !is_key && ch == 'q') {
		if (a->screen == IV_NOTES)
			commit_note(a);
		if (a->screen != IV_WALK && a->screen != IV_START)
			a->status[0] = '\0';
		go_back(a);
		return;
	}
	if (!typing && !is_key && ch == '?' && a->screen != IV_HELP) {
		a->status[0] = '\0';
		if (a->screen == IV_NOTES)
			commit_note(a);
		a->help_return = a->screen;
		a->scroll = 0;
		a->screen = IV_HELP;
		return;
	}
	switch (a->screen) {
	case IV_START:
		start_key(a, ch, is_key);
		break;
	case IV_NEW:
		new_key(a, ch, is_key);
		break;
	case IV_WALK:
		if (is_esc(ch, is_key))
			go_back(a);
		else
			walk_key(a, ch, is_key);
		break;
	case IV_READ:
		if (!scroll_key(&a->scroll, ch, is_key) &&
		    (is_esc(ch, is_key) || tui_is_enter(ch, is_key)))
			enter_walk(a);
		break;
	case IV_IMPORT:
		import_key(a, ch, is_key);
		break;
	case IV_GROUP:
		group_key(a, ch, is_key);
		break;
	case IV_NOTES:
		notes_key(a, ch, is_key);
		break;
	case IV_PEOPLE:
		people_key(a, ch, is_key);
		break;
	case IV_EXPORT:
		export_key(a, ch, is_key);
		break;
	default:
		if (!scroll_key(&a->scroll, ch, is_key) &&
		    (is_esc(ch, is_key) || ch == '?' || tui_is_enter(ch, is_key)))
			a->screen = a->help_return;
		break;
	}
}

static void app_finish(struct iv_app *a)
{
	close_group(a);
	list_clear(&a->list);
	field_finish(&a->name);
	field_finish(&a->aliases);
	field_finish(&a->ipath);
	field_finish(&a->pname);
	field_finish(&a->epath);
	free(a->written);
	free(a->dir);
}

int tui_intervisie(const struct content *content, struct store *store, const char *group)
{
	struct iv_app a;
	memset(&a, 0, sizeof(a));
	a.content = content;
	a.store = store;
	a.lock_fd = -1;

	if (!tui_terminal_usable()) {
		tui_unsupported();
		return 1;
	}
	if (content->n_qs == 0) {
		fprintf(stderr, "spiegel: er zijn geen vragenlijsten gevonden\n");
		return 1;
	}
	struct diag d;
	diag_init(&d);
	if (!intervisie_dir(store, &a.dir, &d)) {
		fprintf(stderr, "spiegel: %s\n", diag_count(&d) ? diag_msg(&d, 0) : "?");
		diag_finish(&d);
		return 1;
	}
	diag_finish(&d);
	/* open the group before curses starts, so errors print plainly */
	if (group) {
		if (!open_group(&a, group)) {
			fprintf(stderr, "spiegel: %s\n", a.status);
			app_finish(&a);
			return 1;
		}
	} else {
		enter_start(&a);
	}

	tui_install_signals();
	if (!tui_setup_terminal()) {
		tui_unsupported();
		app_finish(&a);
		return 1;
	}
	while (!a.quit) {
		if (tui_signal_received())
			break;
		draw(&a);
		int k = keys_read();
		if (k == K_NONE) {
			/* a pause in typing: what was typed is saved */
			if (a.screen == IV_NOTES && a.ndirty)
				commit_note(&a);
			if (!isatty(STDIN_FILENO))
				a.quit = true;
			continue;
		}
		/* End in tmux is ESC [ 4 ~: never Esc, '[', '4' (back, the previous
		 * section and an answer); keys_read says K_UNKNOWN for a sequence
		 * it does not know */
		if (k == K_UNKNOWN)
			continue;
		int ch;
		bool is_key;
		keys_split(k, &ch, &is_key);
		key(&a, ch, is_key);
	}
	commit_note(&a);
	tui_end_terminal();
	if (a.iv && iv_save(&a)) {
		printf(
		    "De intervisiegroep \"%s\" is opgeslagen.\nVerder met: spiegel intervisie %s\n",
		    a.iv->name, a.iv->id);
	} else if (a.iv) {
		/* the changes since the last save that worked are lost: say so */
		fprintf(stderr, "spiegel: opslaan is mislukt: %s\n", a.save_error);
		fprintf(stderr,
			"spiegel: de laatste wijzigingen in intervisiegroep \"%s\" zijn NIET "
			"opgeslagen.\n",
			a.iv->name);
		struct stat sb;
		if (stat(a.path, &sb) == 0 && S_ISREG(sb.st_mode))
			fprintf(stderr,
				"spiegel: wat eerder was opgeslagen staat in %s (verder met: "
				"spiegel intervisie %s)\n",
				a.path, a.iv->id);
		a.exit_status = 1;
	}
	if (tui_signal_received() && !a.exit_status)
		a.exit_status = 1;
	int status = a.exit_status;
	app_finish(&a);
	return status;
}
