/* The import screen: the participant, the path of a file or folder, and
 * what a folder held (import_run.c does the reading). */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>

#include "actions.h"
#include "app.h"
#include "import.h"
#include "tui/text.h"
#include "tui/widget/doc.h"
#include "tui/widget/put.h"

static void import_enter(void *st)
{
	struct iv_app *a = st;
	a->ip = a->from == &iv_walk_screen     ? a->col
		: a->from == &iv_notes_screen  ? a->np
		: a->from == &iv_people_screen ? (size_t)a->psel
					       : 0;
	if (a->ip >= a->iv->n_participants)
		a->ip = 0;
	if (!a->ipath.on)
		field_init(&a->ipath, "", PATH_MAX);
	iv_import_drop(a);
}

/* Where things go: the introduction (intro rows), the participants
 * (rows of them from line list_y), the field and the folder's list. */
struct import_layout {
	int intro, list_y, rows, field_y, log_y;
};

static void intro_doc(const struct iv_app *a, struct doc *d)
{
	char buf[500];
	snprintf(buf, sizeof(buf),
		 "Lees de antwoorden van een deelnemer in uit een sessiebestand of een "
		 "inleverbestand van spiegel (vragenlijst \"%s\", versie %s), of geef een map: "
		 "dan gaat elk inleverbestand naar de deelnemer met dezelfde code. Ze vervangen "
		 "wat er voor die deelnemer stond; open antwoorden komen alleen mee als de "
		 "deelnemer ze deelt.",
		 a->q->title, a->iv->version);
	d->width = COLS - 2;
	doc_text(d, buf, A_NORMAL, 0);
}

/* As many participants as fit, the field below always keeps its two
 * lines; with the list of a folder only the chosen one, so that the list
 * has the room. */
static struct import_layout import_layout(const struct iv_app *a, int intro_n)
{
	struct import_layout l;
	l.intro = intro_n < 5 ? intro_n : 5;
	l.list_y = 3 + l.intro + 1;
	l.rows = iv_bottom(a) - 4 - l.list_y;
	if (l.rows > (int)a->iv->n_participants)
		l.rows = (int)a->iv->n_participants;
	if (a->n_ilog > 0 && l.rows > 1)
		l.rows = 1;
	if (l.rows < 1)
		l.rows = 1;
	l.field_y = l.list_y + l.rows + 2;
	l.log_y = l.field_y + 2;
	return l;
}

/* The question (j/n) and the folder's list. */
static void log_doc(const struct iv_app *a, struct doc *c)
{
	c->width = COLS - 2;
	if (a->iconfirm && a->ibulk) {
		char *q = text_fmt("In te lezen uit de map: %zu %s. %zu van deze deelnemers %s al "
				   "antwoorden; die worden vervangen. Doorgaan? (j/n)",
				   a->bulk.ready, a->bulk.ready == 1 ? "bestand" : "bestanden",
				   a->bulk.replacing, a->bulk.replacing == 1 ? "heeft" : "hebben");
		doc_text(c, q, A_BOLD, 0);
		free(q);
	} else if (a->iconfirm) {
		const struct intervisie_participant *p = &a->iv->participants[a->ip];
		char *q =
		    text_fmt("Het bestand past: %zu %s. %s heeft al %zu antwoorden; die worden "
			     "vervangen. Doorgaan? (j/n)",
			     a->ipinfo.answers, a->ipinfo.answers == 1 ? "antwoord" : "antwoorden",
			     p->alias, session_count_answered(p->answers, a->q));
		doc_text(c, q, A_BOLD, 0);
		free(q);
	}
	for (int i = 0; i < a->n_ilog && (!a->iconfirm || a->ibulk); i++)
		doc_text(c, a->ilog[i], A_NORMAL, 2);
}

static void import_resize(void *st)
{
	struct iv_app *a = st;
	struct doc d = {0}, c = {0};
	intro_doc(a, &d);
	struct import_layout l = import_layout(a, d.n);
	log_doc(a, &c);
	a->ilog_rows = iv_bottom(a) - l.log_y;
	if (a->ilog_rows > 0)
		a->ilog_scroll = doc_clamp(c.n, a->ilog_scroll, a->ilog_rows);
	field_settle(&a->ipath, COLS - 5);
	doc_free(&d);
	doc_free(&c);
}

static void draw_participants(const struct iv_app *a, const struct import_layout *l)
{
	size_t rows = (size_t)l->rows;
	size_t firstp = a->ip >= rows ? a->ip - rows + 1 : 0;
	int y = l->list_y;
	for (size_t k = firstp; k < a->iv->n_participants && k < firstp + rows; k++, y++) {
		const struct intervisie_participant *p = &a->iv->participants[k];
		bool sel = k == a->ip;
		char *line = text_fmt("%s %s  (%zu van %zu beantwoord%s)", sel ? "▸" : " ",
				      p->alias, session_count_answered(p->answers, a->q),
				      a->q->n_items, p->imported ? ", ingelezen" : "");
		if (sel) {
			tui_fill(y, 1, COLS - 2, A_REVERSE);
			tui_focus(y, 1); /* a screen reader follows the cursor */
		}
		if (line)
			tui_put(y, 1, COLS - 2, line, sel ? A_REVERSE | A_BOLD : A_NORMAL);
		free(line);
	}
}

static void import_draw(const void *st)
{
	const struct iv_app *a = st;
	iv_frame(a, "Antwoorden inlezen", a->iv->name);
	struct doc d = {0}, c = {0};
	intro_doc(a, &d);
	struct import_layout l = import_layout(a, d.n);
	doc_draw(&d, 2, 0, l.intro);
	doc_free(&d);
	tui_put(l.list_y - 1, 1, COLS - 2, "Deelnemer (bij één bestand)", A_BOLD);
	draw_participants(a, &l);
	tui_put(l.field_y - 1, 1, COLS - 2, "Bestand of map (pad; ~/ mag)", A_BOLD);
	log_doc(a, &c);
	/* the list scrolls (PgUp PgDn) when it does not fit */
	if (a->ilog_rows > 0) {
		doc_draw(&c, l.log_y, a->ilog_scroll, a->ilog_rows);
		doc_scroll_mark(c.n, a->ilog_scroll, a->ilog_rows, l.log_y + a->ilog_rows - 1);
	}
	doc_free(&c);
	field_draw_line(&a->ipath, l.field_y, 3, !a->iconfirm);
	iv_status(a);
}

/* A page of the folder's list (settled in resize). */
static void ilog_page(struct iv_app *a, int key)
{
	int page = a->ilog_rows > 2 ? a->ilog_rows - 1 : 1;
	a->ilog_scroll += (key == K_PGUP ? -1 : 1) * page;
	if (a->ilog_scroll < 0)
		a->ilog_scroll = 0;
}

static enum tui_result import_handle(void *st, int act, int key)
{
	struct iv_app *a = st;
	switch (act) {
	case IV_YES:
		iv_import_confirmed(a);
		return TUI_HANDLED;
	case IV_NO:
		iv_import_drop(a);
		iv_set_status(a, false, "Niet ingelezen.");
		return TUI_HANDLED;
	case IV_LOG_PAGE:
	case IV_LOG_PAGE_KEY:
		ilog_page(a, key);
		return TUI_HANDLED;
	case IV_PARTICIPANT:
		if (key == K_UP && a->ip > 0)
			a->ip--;
		else if (key == K_DOWN && a->ip + 1 < a->iv->n_participants)
			a->ip++;
		return TUI_HANDLED;
	case IV_COMPLETE:
		iv_complete_path(a, &a->ipath);
		return TUI_HANDLED;
	case IV_IMPORT:
		iv_import_start(a);
		return TUI_HANDLED;
	case IV_TYPE_PATH:
	case IV_CLEAR:
	case IV_EDIT:
		field_key(&a->ipath, key, FIELD_CLEAR);
		return TUI_HANDLED;
	default:
		return TUI_IGNORED;
	}
}

static const int *import_keymap(const void *st)
{
	const struct iv_app *a = st;
	return a->iconfirm ? iv_keys_import_confirm : iv_keys_import;
}

const struct tui_screen iv_import_screen = {
    TUI_SCREEN("import", import, enter, keymap, handle, resize, draw)};
