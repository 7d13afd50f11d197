/* The questionnaire session being answered (qmodel.h). */
#include "qmodel.h"

#include "host.h"
#include "spiegel/session_index.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "spiegel/report.h"

void qmodel_init(struct qmodel *m, const struct content *raw, struct store *st)
{
	memset(m, 0, sizeof(*m));
	m->raw = raw;
	m->store = st;
	m->lock_fd = -1;
}

void qmodel_finish(struct qmodel *m)
{
	qmodel_close(m);
	content_destroy(m->view);
	m->view = NULL;
}

bool qmodel_localize(struct qmodel *m, bool *changed, struct diag *d)
{
	if (changed)
		*changed = false;
	enum sector s = m->s ? session_sector(m->s, m->q, m->store, m->raw)
			     : session_latest_sector(m->store, m->raw, NULL);
	if (m->view && s == m->sector)
		return true;
	struct content *v = content_localize(m->raw, s);
	if (!v) {
		diag_add(d, "Onvoldoende geheugen om de teksten voor je sector te tonen.");
		return false;
	}
	if (m->q)
		m->q = content_find(v, m->q->id);
	content_destroy(m->view);
	m->view = v;
	m->sector = s;
	if (changed)
		*changed = true;
	return true;
}

/* The session at path with its questionnaire, valid and one that can be
 * continued (not a hand-in); NULL with the reason in d. */
static struct session *load_checked(const struct qmodel *m, const char *path,
				    const struct questionnaire **q, struct diag *d)
{
	struct session *s = session_load(path, d);
	*q = NULL;
	if (s && !(*q = content_find(m->view ? m->view : m->raw, s->questionnaire)))
		diag_add(d, "%s: vragenlijst \"%s\" is niet beschikbaar", path, s->questionnaire);
	if (*q && (!session_validate(s, *q, d) || !session_editable(s, path, d)))
		*q = NULL;
	if (!*q) {
		session_destroy(s);
		return NULL;
	}
	return s;
}

/* The lock of the session file at path (next to the file, whatever data
 * directory is in use); -1 with the reason in d. */
static int lock_file(const char *path, struct diag *d)
{
	struct host_owner o;
	host_owner(&o);
	return store_lock_session_file(path, o.host, o.pid, d);
}

/* Make s (locked by lock, at path: owned from here) the open session. */
static void take(struct qmodel *m, struct session *s, const struct questionnaire *q, char *path,
		 int lock)
{
	qmodel_close(m);
	m->s = s;
	m->q = q;
	m->path = path;
	m->lock_fd = lock;
}

bool qmodel_open(struct qmodel *m, const char *path, struct diag *d)
{
	const struct questionnaire *q;
	/* a first read says what it is: a broken file or a hand-in is refused
	 * before a lock is made next to it */
	struct session *s = load_checked(m, path, &q, d);
	if (!s)
		return false;
	session_destroy(s);
	char *copy = strdup(path);
	int lock = copy ? lock_file(path, d) : -1;
	s = lock >= 0 ? load_checked(m, path, &q, d) : NULL;
	if (!s) {
		if (!copy)
			diag_add(d, "onvoldoende geheugen");
		store_unlock(lock);
		free(copy);
		return false;
	}
	take(m, s, q, copy, lock);
	return qmodel_localize(m, NULL, d);
}

bool qmodel_new(struct qmodel *m, const struct questionnaire *q, const char *participant,
		time_t now, struct diag *d)
{
	char id[SESSION_ID_MAX + 1];
	if (!store_new_id(m->store->io, id, sizeof(id), now)) {
		diag_add(d, "Er kon geen sessie-id worden gemaakt.");
		return false;
	}
	struct session *s = session_create(id, q, participant ? participant : "", now);
	char *path = s ? store_session_path(m->store, id) : NULL;
	int lock = path ? lock_file(path, d) : -1;
	if (lock < 0) {
		if (!path)
			diag_add(d, "sessie kan niet worden gemaakt");
		session_destroy(s);
		free(path);
		return false;
	}
	take(m, s, q, path, lock);
	return qmodel_localize(m, NULL, d);
}

bool qmodel_save(struct qmodel *m, time_t now)
{
	if (!m->s)
		return true;
	struct diag d;
	diag_init(&d);
	bool ok = session_save(m->s, m->path, m->store->io, now, &d);
	m->save_failed = !ok;
	if (ok) {
		m->dirty = false;
		m->save_error[0] = '\0';
	} else {
		snprintf(m->save_error, sizeof(m->save_error), "%s",
			 diag_count(&d) ? diag_msg(&d, 0) : "onvoldoende geheugen");
	}
	diag_finish(&d);
	return ok;
}

/* A message without the path of the session in front: the reason is what
 * the screen has room for. */
static const char *reason_of(const char *msg, const char *path)
{
	const char *slash = strrchr(path, '/');
	size_t lens[2] = {strlen(path), slash ? (size_t)(slash - path) : 0};
	for (int i = 0; i < 2; i++)
		if (lens[i] && strncmp(msg, path, lens[i]) == 0 && msg[lens[i]] == ':' &&
		    msg[lens[i] + 1] == ' ')
			return msg + lens[i] + 2;
	return msg;
}

const char *qmodel_save_reason(const struct qmodel *m)
{
	return m->path ? reason_of(m->save_error, m->path) : m->save_error;
}

enum qmodel_answered qmodel_answer(struct qmodel *m, size_t i, struct answer a, time_t now,
				   bool *changed)
{
	if (changed)
		*changed = false;
	if (!session_set(m->s, m->q->items[i].id, a))
		return QMODEL_REFUSED;
	m->dirty = true;
	/* the sector answer: from here on the texts speak of that sector (on
	 * failure they stay as they were) */
	if (m->q->sector_item == (int)i) {
		struct diag d;
		diag_init(&d);
		qmodel_localize(m, changed, &d);
		diag_finish(&d);
	}
	if (i + 1 < m->q->n_items)
		session_set_position(m->s, m->q->items[i + 1].id);
	return qmodel_save(m, now) ? QMODEL_SAVED : QMODEL_UNSAVED;
}

void qmodel_close(struct qmodel *m)
{
	session_destroy(m->s);
	m->s = NULL;
	m->q = NULL;
	host_release(&m->path, &m->lock_fd);
	m->dirty = false;
	m->save_failed = false;
	m->save_error[0] = '\0';
}

/* ---- the sessions of the store ---- */

bool qmodel_each_session(struct store *st, bool newest_first,
			 bool (*fn)(struct qmodel_listed *e, void *ctx), void *ctx, struct diag *d)
{
	char **ids;
	size_t n;
	if (!store_list_sessions(st, &ids, &n, d))
		return false;
	bool more = true;
	for (size_t k = 0; k < n && more; k++) {
		size_t i = newest_first ? n - 1 - k : k;
		struct diag why;
		diag_init(&why);
		struct qmodel_listed e = {ids[i], store_session_path(st, ids[i]), NULL, &why};
		if (e.path)
			e.s = session_load(e.path, &why);
		else
			diag_add(&why, "onvoldoende geheugen");
		more = fn(&e, ctx);
		session_destroy(e.s);
		free(e.path);
		diag_finish(&why);
	}
	store_free_list(ids, n);
	return true;
}

/* ---- the previous session ---- */

static bool count_one(const char *id, const struct session_summary *s, void *ctx)
{
	(void)id;
	int *counts = ctx; /* unfinished, finished */
	if (s->readable)
		counts[s->finished]++;
	return true;
}

void qmodel_count_sessions(const struct store *st, int *open, int *done)
{
	int counts[2] = {0, 0};
	struct diag d;
	diag_init(&d);
	session_index_each(st, NULL, count_one, counts, &d);
	diag_finish(&d);
	*open = counts[0];
	*done = counts[1];
}

void qmodel_previous_free(struct qmodel_previous *p)
{
	if (p->present) {
		score_finish(&p->score);
		if (p->other_version)
			score_finish(&p->common);
	}
	memset(p, 0, sizeof(*p));
}

/* Whether cand was made before cur (same second: the smaller id first). */
static bool made_before(const struct session *cand, const struct session *cur)
{
	int c = strcmp(cand->created, cur->created);
	return c < 0 || (c == 0 && strcmp(cand->id, cur->id) < 0);
}

/* A better choice for the previous session than best: finished before
 * unfinished, then the most recent. */
static bool better_previous(const struct session *cand, const struct session *best)
{
	if (!best)
		return true;
	if (cand->finished != best->finished)
		return cand->finished;
	int c = strcmp(cand->created, best->created);
	return c > 0 || (c == 0 && strcmp(cand->id, best->id) > 0);
}

/* A copy of from with the answers that fit an item of q; with only, just
 * those to items that only has an answer to as well. */
static struct session *comparable_copy(const struct session *from, const struct questionnaire *q,
				       const struct session *only)
{
	struct session *c = session_create(from->id, q, "", 0);
	struct session *one = session_create(from->id, q, "", 0); /* to check one answer */
	bool ok = c && one;
	for (size_t i = 0; ok && i < from->n_answers; i++) {
		const char *item = from->answers[i].item;
		if (!content_find_item(q, item))
			continue;
		if (only && session_get(only, item).kind == ANSWER_NONE)
			continue;
		struct answer ans = session_get(from, item);
		struct diag d;
		diag_init(&d);
		bool fits = session_set(one, item, ans) && session_validate(one, q, &d);
		diag_finish(&d);
		session_set(one, item, (struct answer){ANSWER_NONE, 0, NULL, NULL});
		if (fits)
			ok = session_set(c, item, ans);
	}
	session_destroy(one);
	if (!ok) {
		session_destroy(c);
		return NULL;
	}
	return c;
}

struct find_previous {
	const struct qmodel *m;
	struct session *best;
};

static bool consider(struct qmodel_listed *e, void *ctx)
{
	struct find_previous *f = ctx;
	const struct qmodel *m = f->m;
	struct session *s = e->s;
	if (s && strcmp(s->id, m->s->id) != 0 && !s->handin &&
	    strcmp(s->questionnaire, m->s->questionnaire) == 0 && made_before(s, m->s) &&
	    session_count_answered(s, m->q) > 0 && better_previous(s, f->best)) {
		session_destroy(f->best);
		f->best = s;
		e->s = NULL;
	}
	return true;
}

/* The best candidate for the previous session (read only: a session open
 * in another spiegel is read like any other, never locked or written). */
static struct session *find_previous(const struct qmodel *m)
{
	struct find_previous f = {m, NULL};
	struct diag d;
	diag_init(&d);
	qmodel_each_session(m->store, false, consider, &f, &d);
	diag_finish(&d);
	return f.best;
}

void qmodel_previous(const struct qmodel *m, struct qmodel_previous *p)
{
	memset(p, 0, sizeof(*p));
	struct session *best = m->s && m->q ? find_previous(m) : NULL;
	if (!best)
		return;
	const struct catalogue *cat = m->view->catalogue;
	p->finished = best->finished;
	const char *version = best->version ? best->version : "?";
	p->other_version = strcmp(version, m->q->version) != 0;
	report_date(p->date, sizeof(p->date), best->created);
	snprintf(p->version, sizeof(p->version), "%s", version);
	snprintf(p->now, sizeof(p->now), "%s", m->q->version);
	struct session *pc = comparable_copy(best, m->q, NULL);
	struct session *cc = pc && p->other_version ? comparable_copy(m->s, m->q, pc) : NULL;
	if (pc && (!p->other_version || cc) && score_compute(cat, m->q, pc, &p->score)) {
		if (!p->other_version || score_compute(cat, m->q, cc, &p->common))
			p->present = true;
		else
			score_finish(&p->score);
	}
	if (!p->present)
		memset(p, 0, sizeof(*p));
	session_destroy(cc);
	session_destroy(pc);
	session_destroy(best);
}
