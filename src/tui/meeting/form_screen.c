/* Form screens (mtg.h): the kit's form in its full look, built from the
 * state before every use (the screen's build); one text
 * typed at a time in m->ed, committed through the screen's commit (then
 * saved), choices and toggles through its choose; the parts of a meeting
 * one key away. The view (m->view) is settled in resize. */
#include <curses.h>
#include <stdlib.h>

#include "actions.h"
#include "mtg.h"
#include "tui/keys.h"

/* The form of the screen, laid out for the window. */
static void layout(const struct mtg *m, const struct form_def *def, struct form *f)
{
	form_begin(f, false);
	def->build(m, f);
	form_layout(f, 0, COLS - 2);
	f->height = mtg_bottom(m) - mtg_top() + 1;
}

void mform_enter(void *st)
{
	struct mtg *m = st;
	m->view.focus = 0;
	m->view.scroll = 0;
	m->typing = false;
}

void mform_focus_id(struct mtg *m, const struct form_def *def, int id)
{
	struct form f;
	layout(m, def, &f);
	form_focus_id(&f, &m->view, id);
}

static bool commit(struct mtg *m, const struct form_def *def)
{
	char *t = textedit_text(&m->ed.ed);
	bool ok = t && def->commit(m, m->ed_id, t);
	if (!t)
		mtg_status(m, true, "NIET OPGESLAGEN: onvoldoende geheugen");
	free(t);
	if (ok && m->ed_dirty) {
		ok = mtg_save(m);
		m->ed_saved |= ok;
	} else if (ok && m->ed_saved) {
		/* kept in a pause already (mform_idle) */
		mtg_status(m, false, "Opgeslagen.");
	}
	if (ok)
		m->ed_dirty = false;
	return ok;
}

static void start_typing(struct mtg *m, const struct form_row *r)
{
	if (!field_init(&m->ed, r->value ? r->value : "", MEETING_MAX_TEXT)) {
		mtg_status(m, true, "Onvoldoende geheugen om te typen.");
		return;
	}
	textedit_end(&m->ed.ed);
	m->ed_id = r->id;
	m->ed_dirty = false;
	m->ed_saved = false;
	m->typing = true;
}

void mform_leave(struct mtg *m, const struct form_def *def)
{
	if (m->typing) {
		commit(m, def);
		m->typing = false;
	}
}

void mform_idle(struct mtg *m, const struct form_def *def)
{
	/* a pause in typing notes keeps them; a field of one line (a date) is
	 * taken when it is done */
	struct form f;
	layout(m, def, &f);
	const struct form_row *r = form_focused(&f, &m->view);
	if (m->typing && m->ed_dirty && r && r->lines > 1)
		commit(m, def);
}

const int *mform_keymap(const struct mtg *m, const struct form_def *def)
{
	if (m->typing)
		return m_keys_typing;
	struct form f;
	layout(m, def, &f);
	struct form_view v = m->view;
	form_settle_focus(&f, &v);
	const struct form_row *r = form_focused(&f, &v);
	if (!r)
		return def->sub ? m_keys_sub_choice : m_keys_none;
	switch (r->kind) {
	case FORM_TEXT:
		return def->sub ? m_keys_sub_field : m_keys_field;
	case FORM_TOGGLE:
		return m_keys_toggle;
	case FORM_LINK:
		return m_keys_steps;
	default:
		return def->sub ? m_keys_sub_choice : m_keys_choice;
	}
}

/* Tab while typing: the next text field of the form. */
static void type_next(struct mtg *m, const struct form_def *def)
{
	bool ok = commit(m, def);
	m->typing = false;
	if (!ok)
		return;
	struct form f;
	layout(m, def, &f);
	int i = form_next_text(&f, m->view.focus);
	if (i >= 0) {
		m->view.focus = i;
		start_typing(m, &f.r[i]);
	}
}

static enum tui_result typing_key(struct mtg *m, const struct form_def *def, int act, int key)
{
	switch (act) {
	case M_TYPE_DONE:
		/* typing ends either way: a text the core refused or a failed
		 * save is in the status (and a failed save is tried again with
		 * the next change and on the way out) */
		commit(m, def);
		m->typing = false;
		return TUI_HANDLED;
	case M_TYPE_NEXT:
		type_next(m, def);
		return TUI_HANDLED;
	case M_TYPE:
	case M_EDIT: {
		enum field_result r = field_key(&m->ed, key, FIELD_CLEAR);
		if (r == FIELD_CHANGED)
			m->ed_dirty = true;
		else if (r == FIELD_FULL)
			mtg_status(m, false, "De tekst is zo lang als hij mag zijn.");
		return TUI_HANDLED;
	}
	default:
		return TUI_IGNORED;
	}
}

enum tui_result mform_handle(struct mtg *m, const struct form_def *def, int act, int key)
{
	if (m->typing)
		return typing_key(m, def, act, key);
	struct form f;
	layout(m, def, &f);
	form_settle_focus(&f, &m->view);
	const struct form_row *r = form_focused(&f, &m->view);
	switch (act) {
	case M_MOVE:
		form_move(&f, &m->view, key);
		return TUI_HANDLED;
	case M_TYPE_START:
		if (r && r->kind == FORM_TEXT)
			start_typing(m, r);
		return TUI_HANDLED;
	case M_CHOOSE:
	case M_TOGGLE:
	case M_OPEN_STEP:
		if (r && def->choose)
			def->choose(m, r->id);
		return TUI_HANDLED;
	case M_PART:
		mtg_go_part(m, key - '0');
		return TUI_HANDLED;
	case M_NEXT_PART: {
		int p = def->part + (key == K_BTAB ? -1 : 1);
		mtg_go_part(m, p < 1 ? 1 : p > MTG_N_PARTS ? MTG_N_PARTS : p);
		return TUI_HANDLED;
	}
	case M_BACK:
		mtg_go(m, &m_steps_screen);
		return TUI_HANDLED;
	default:
		return TUI_IGNORED;
	}
}

void mform_resize(struct mtg *m, const struct form_def *def)
{
	struct form f;
	layout(m, def, &f);
	form_settle(&f, &m->view, f.height);
	field_settle(&m->ed, f.width - 4);
}

void mform_draw(const struct mtg *m, const struct form_def *def)
{
	char title[128];
	mtg_frame(m, def->title_of ? def->title_of(m, title, sizeof(title)) : def->title,
		  def->part);
	struct form f;
	layout(m, def, &f);
	form_draw(&f, &m->view, mtg_top(), m->typing ? &m->ed : NULL);
}
