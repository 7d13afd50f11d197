/* Reading session and hand-in files (session.h): the strict tree and its
 * checks, the quick way first (session_fast.c), one buffer for many files. */
#include "spiegel/session.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "jsonfile.h"
#include "session_answers.h"
#include "util.h"

/* "format": a session or a hand-in of version 1; s->handin set. */
static bool parse_format(struct jctx *c, const struct jval *root, struct session *s)
{
	const char *fmt = jv_string(c, root, "format", true, "");
	if (!fmt)
		return false;
	s->handin = strncmp(fmt, "spiegel-handin/", 15) == 0;
	if (strncmp(fmt, "spiegel-session/", 16) != 0 && !s->handin) {
		jerror(c, "", "geen spiegel-sessie (formaat \"%s\")", fmt);
		return false;
	}
	if (strcmp(fmt, s->handin ? "spiegel-handin/1" : "spiegel-session/1") != 0) {
		jerror(c, "", "sessieformaat \"%s\" is nieuwer of onbekend; werk spiegel bij", fmt);
		return false;
	}
	static const char *const keys[] = {"format",  "id",	 "questionnaire", "participant",
					   "created", "updated", "finished",	  "position",
					   "answers", "draft",	 "focus",	  NULL};
	static const char *const handin_keys[] = {
	    "format",	"id",	    "questionnaire", "participant", "created", "updated",
	    "exported", "finished", "answers",	     "withheld",    NULL};
	jv_check_keys(c, root, s->handin ? handin_keys : keys, "");
	return true;
}

/* A hand-in's "exported" and "withheld". */
static void parse_handin(struct jctx *c, const struct jval *root, struct session *s)
{
	const char *ex = jv_string(c, root, "exported", true, "");
	if (ex && !utc_stamp_ok(ex))
		jerror(c, "", "\"exported\" is geen tijdstip als 2026-01-31T12:00:00Z");
	else if (ex)
		memcpy(s->exported, ex, 21); /* a stamp: 20 characters */
	const struct jval *wh = jv_member(root, "withheld");
	if (!wh || wh->type != JV_NUMBER || wh->u.num < 0 || wh->u.num > 1e6 ||
	    wh->u.num != floor(wh->u.num))
		jerror(c, "", "\"withheld\" moet een geheel getal van 0 of meer zijn");
	else
		s->withheld = (size_t)wh->u.num;
}

/* Who and what: id, questionnaire, participant, times, finished. */
static void parse_identity(struct jctx *c, const struct jval *root, struct session *s)
{
	const char *id = jv_string(c, root, "id", true, "");
	if (id && !id_lower_ok(id, SESSION_ID_MAX))
		jerror(c, "", "ongeldige sessie-id");
	else if (id)
		memcpy(s->id, id, strlen(id) + 1); /* at most SESSION_ID_MAX */
	session_json_questionnaire(c, root, &s->questionnaire, &s->version);
	const char *p = jv_string(c, root, "participant", false, "");
	if (!(s->participant = strdup(p ? p : "")))
		jerror(c, "", "onvoldoende geheugen");
	else if (!session_name_ok(s->participant))
		jerror(c, "", "\"participant\" is te lang of bevat een stuurteken");
	session_json_times(c, root, s->created, s->updated, sizeof(s->created));
	s->finished = jv_bool(c, root, "finished", false, "");
}

/* Where the user was: position, draft and the chosen focus. */
static void parse_progress(struct jctx *c, const struct jval *root, struct session *s)
{
	const char *pos = jv_string(c, root, "position", false, "");
	if (pos && !session_set_position(s, pos))
		jerror(c, "", "onvoldoende geheugen");
	const struct jval *dr = jv_container(c, root, "draft", JV_OBJECT, false, "");
	if (dr) {
		static const char *const dkeys[] = {"item", "text", NULL};
		jv_check_keys(c, dr, dkeys, "draft");
		const char *di = jv_string(c, dr, "item", true, "draft");
		const char *dt = jv_string(c, dr, "text", true, "draft");
		if (di && dt && (!id_item_ok(di) || !session_set_draft(s, di, dt)))
			jerror(c, "draft", "ongeldig concept (te lang of onvoldoende geheugen)");
	}
	const struct jval *fo = jv_container(c, root, "focus", JV_ARRAY, false, "");
	if (!fo)
		return;
	const char *ids[SESSION_MAX_FOCUS];
	size_t n = 0;
	bool ok = fo->n <= SESSION_MAX_FOCUS;
	jv_foreach(e, fo)
	{
		if (!ok || e->type != JV_STRING) {
			ok = false;
			break;
		}
		ids[n++] = e->u.str;
	}
	if (!ok || !session_set_focus(s, ids, n))
		jerror(c, "focus",
		       "\"focus\" is een lijst van hoogstens %d verschillende praktijk-ids",
		       SESSION_MAX_FOCUS);
}

static struct session *parse_doc(struct jdoc *doc, const char *name, const char *text, size_t len,
				 struct diag *d)
{
	const struct jval *root = jdoc_parse_object(doc, name, text, len, d);
	if (!root)
		return NULL;
	struct jctx c = {.file = name, .d = d, .ok = true};
	struct session *s = calloc(1, sizeof(*s));
	if (!s) {
		diag_add(d, "%s: onvoldoende geheugen", name);
	} else if (parse_format(&c, root, s)) {
		if (s->handin)
			parse_handin(&c, root, s);
		parse_identity(&c, root, s);
		parse_progress(&c, root, s);
		const struct jval *answers = jv_container(&c, root, "answers", JV_OBJECT, true, "");
		session_answers_parse(&c, answers, s, "");
	} else {
		c.ok = false;
	}
	if (s && !c.ok) {
		session_destroy(s);
		return NULL;
	}
	return s;
}

struct session *session_parse_full(const char *name, const char *text, size_t len, struct diag *d)
{
	struct jdoc doc;
	jdoc_init(&doc);
	struct session *s = parse_doc(&doc, name, text, len, d);
	jdoc_finish(&doc);
	return s;
}

struct session *session_parse(const char *name, const char *text, size_t len, struct diag *d)
{
	char small[4096], *scratch = len < sizeof(small) ? small : malloc(len + 1);
	struct session *s = scratch ? session_parse_quick(text, len, scratch, NULL, NULL) : NULL;
	if (scratch != small)
		free(scratch);
	return s ? s : session_parse_full(name, text, len, d);
}

JSONFILE_DEFINE_LOAD(struct session, session_load, session_parse, SESSION_MAX_FILE)

struct session_reader {
	struct jdoc doc;
	char *scratch;
	size_t cap_scratch;
	/* the questionnaire the files likely are of (session_reader_hint), and
	 * for the last file read the quick way the answers by its items */
	const struct questionnaire *q;
	int32_t *pos;
	const struct session_answer **view;
	bool have_view;
};

struct session_reader *session_reader_create(void)
{
	return calloc(1, sizeof(struct session_reader));
}

void session_reader_destroy(struct session_reader *rd)
{
	if (!rd)
		return;
	jdoc_finish(&rd->doc);
	free(rd->scratch);
	free(rd->pos);
	free(rd->view);
	free(rd);
}

struct session *session_read_text(struct session_reader *rd, const char *path, const char *text,
				  size_t len, struct diag *d)
{
	if (rd->cap_scratch < len + 1) {
		char *ns = malloc(len + 1);
		if (ns) {
			free(rd->scratch);
			rd->scratch = ns;
			rd->cap_scratch = len + 1;
		}
	}
	rd->have_view = false;
	struct session *s = rd->cap_scratch >= len + 1
				? session_parse_quick(text, len, rd->scratch, rd->q, rd->pos)
				: NULL;
	if (s && rd->q) {
		for (size_t i = 0; i < rd->q->n_items; i++)
			rd->view[i] = rd->pos[i] >= 0 ? &s->answers[rd->pos[i]] : NULL;
		rd->have_view = true;
	}
	return s ? s : parse_doc(&rd->doc, path, text, len, d);
}

bool session_reader_hint(struct session_reader *rd, const struct questionnaire *q)
{
	free(rd->pos);
	free(rd->view);
	rd->pos = NULL;
	rd->view = NULL;
	rd->q = NULL;
	rd->have_view = false;
	if (!q)
		return true;
	rd->pos = malloc((q->n_items + 1) * sizeof(*rd->pos));
	rd->view = malloc((q->n_items + 1) * sizeof(*rd->view));
	if (!rd->pos || !rd->view)
		return false;
	rd->q = q;
	return true;
}

const struct session_answer *const *session_reader_view(const struct session_reader *rd,
							const struct questionnaire *q)
{
	return rd->have_view && rd->q == q ? rd->view : NULL;
}

struct session *session_load_id(const struct store *st, const char *id, struct diag *d)
{
	char *path = store_session_path(st, id);
	if (!path) {
		diag_add(d, "onvoldoende geheugen");
		return NULL;
	}
	struct session *s = session_load(path, d);
	free(path);
	return s;
}
