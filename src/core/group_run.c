/* Reading the files of a group run into their groups (group_run.h). */
#define _GNU_SOURCE
#include "group_run_internal.h"

#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "file_ahead.h"
#include "util.h"

/* Folders kept open while their files are read (beyond this, one at a
 * time). */
#define OPEN_DIRS 64

struct held {
	size_t entry, seq;
	char *msg;
};

struct group_run_impl {
	struct group_run_args a;
	struct group_list list;
	struct session_reader *rd;
	struct file_ahead *fa; /* during a walk: the files read ahead */
	size_t *votes[2];      /* per questionnaire of the content: files of now, base */
	int *fds;	       /* per folder: its descriptor, or -1 */
	size_t open_fds;
	struct held *held;
	size_t n_held, cap_held, seq;
	struct group_spool *spool; /* with rows */
	size_t entry;		   /* the entry being read */
	bool retry;		   /* the one walk guessed wrong: read again, choose and count */
	bool failed;		   /* out of memory */
};

enum pass {
	PASS_ONE,    /* count, the questionnaire taken from the first file */
	PASS_CHOOSE, /* only the votes */
	PASS_COUNT,  /* count into the groups of the chosen questionnaires */
};

__attribute__((format(printf, 2, 3))) static void hold(struct group_run *r, const char *fmt, ...)
{
	struct group_run_impl *im = r->impl;
	if (!ARRAY_ROOM(im->held, im->n_held, im->cap_held, 16)) {
		im->failed = true;
		return;
	}
	va_list ap;
	va_start(ap, fmt);
	char *msg;
	int n = vasprintf(&msg, fmt, ap);
	va_end(ap);
	if (n < 0) {
		im->failed = true;
		return;
	}
	im->held[im->n_held++] = (struct held){im->entry, im->seq++, msg};
}

static void clear_held(struct group_run_impl *im)
{
	for (size_t i = 0; i < im->n_held; i++)
		free(im->held[i].msg);
	im->n_held = 0;
}

static int by_entry(const void *a, const void *b)
{
	const struct held *x = a, *y = b;
	if (x->entry != y->entry)
		return x->entry < y->entry ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* The held messages into r->msgs, in the order of the listing. */
static void release_held(struct group_run *r)
{
	struct group_run_impl *im = r->impl;
	if (im->n_held > 1)
		qsort(im->held, im->n_held, sizeof(*im->held), by_entry);
	for (size_t i = 0; i < im->n_held; i++)
		diag_add(&r->msgs, "%s", im->held[i].msg);
	clear_held(im);
}

/* The descriptor of folder dir for reading its files, or AT_FDCWD (then
 * the full path is opened). */
static int folder_fd(struct group_run_impl *im, uint32_t dir)
{
	if (dir == GROUP_NO_DIR || !im->fds)
		return AT_FDCWD;
	if (im->fds[dir] >= 0)
		return im->fds[dir];
	if (im->open_fds >= OPEN_DIRS)
		for (size_t k = 0; k < im->list.n_dirs; k++)
			if (im->fds[k] >= 0) {
				close(im->fds[k]);
				im->fds[k] = -1;
				im->open_fds--;
			}
	int fd = open(im->list.text + im->list.dirs[dir], O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0)
		return AT_FDCWD;
	im->fds[dir] = fd;
	im->open_fds++;
	return fd;
}

static struct group_run_measure *measurement_of(struct group_run *r, const struct group_entry *e,
						const struct session *s)
{
	const struct questionnaire *bq = r->impl->a.base_q;
	if (e->base || (bq && s->questionnaire && strcmp(s->questionnaire, bq->id) == 0))
		return &r->base;
	return &r->now;
}

/* Count s for its measurement; the index of the first questionnaire of the
 * content it names (id and version), or -1. */
static int vote(struct group_run *r, struct group_run_measure *m, const struct session *s)
{
	const struct content *c = r->impl->a.c;
	size_t *votes = r->impl->votes[m == &r->base];
	int first = -1;
	for (size_t i = 0; i < c->n_qs; i++)
		if (strcmp(c->qs[i]->id, s->questionnaire) == 0 &&
		    strcmp(c->qs[i]->version, s->version) == 0) {
			votes[i]++;
			if (first < 0)
				first = (int)i;
		}
	return first;
}

/* The other measurement of a: b when they share items (all of them when it
 * is the same questionnaire), so that they can be compared. */
static const struct questionnaire *common_with(const struct questionnaire *a,
					       const struct questionnaire *b)
{
	if (!b)
		return NULL;
	if (a == b)
		return b;
	for (size_t i = 0; i < a->n_items; i++) {
		const struct item *other = content_find_item(b, a->items[i].id);
		if (other && content_items_same(other, &a->items[i]))
			return b;
	}
	return NULL;
}

static bool make_groups(struct group_run *r)
{
	const struct catalogue *cat = r->impl->a.c->catalogue;
	group_destroy(r->now.g);
	group_destroy(r->base.g);
	r->base.g = NULL;
	r->now.g = group_create(cat, r->now.q, common_with(r->now.q, r->base.q));
	if (r->base.q)
		r->base.g = group_create(cat, r->base.q, common_with(r->base.q, r->now.q));
	if (!r->now.g || (r->base.q && !r->base.g))
		return false;
	/* the files are likely of now's questionnaire (one measurement) */
	if (!session_reader_hint(r->impl->rd, r->base.g ? NULL : r->now.g->q))
		return false;
	r->now.g->names = r->impl->a.names;
	if (r->base.g)
		r->base.g->names = r->impl->a.names;
	return true;
}

/* s, read from path, into its measurement's group (PASS_COUNT): skipped
 * with a message when it does not count. */
static void count(struct group_run *r, struct group_run_measure *m, const struct session *s,
		  const char *path, struct diag *d)
{
	if (!s) {
		r->skipped++;
		r->why.unreadable++;
		hold(r, "%s", diag_count(d) ? diag_msg(d, 0) : path);
		return;
	}
	if (!m->g) {
		r->skipped++;
		r->why.other++;
		hold(r, "%s: vragenlijst %s is hier niet beschikbaar", path, s->questionnaire);
		return;
	}
	const struct session_answer *const *view = session_reader_view(r->impl->rd, m->g->q);
	enum group_add_result res = group_add_view(m->g, s, view, path, d);
	if (res == GROUP_ADDED) {
		if (r->impl->spool && !group_spool_add(r->impl->spool, m->g, m == &r->base, s, view,
						       r->impl->a.names || r->has_base))
			r->impl->failed = true;
		return;
	}
	r->skipped++;
	r->why.other += res == GROUP_OTHER;
	r->why.duplicate += res == GROUP_DUPLICATE;
	r->why.invalid += res == GROUP_INVALID;
	for (size_t i = 0; i < diag_count(d); i++)
		hold(r, "%s", diag_msg(d, i));
	r->impl->failed |= res == GROUP_NOMEM;
}

/* Where file entry k is (file_ahead_locate; in the reading thread, which
 * alone uses the folders' descriptors during a walk). */
static bool locate(void *ctx, size_t k, int *dirfd, const char **name, char *path, size_t size)
{
	struct group_run_impl *im = ctx;
	const struct group_entry *e = &im->list.v[k];
	if (e->kind == ENTRY_PROBLEM)
		return false;
	group_entry_path(&im->list, e, path, size, name); /* it fit when listed */
	*dirfd = folder_fd(im, e->dir);
	if (*dirfd == AT_FDCWD)
		*name = path;
	return true;
}

static void visit(struct group_run *r, size_t k, enum pass pass)
{
	struct group_run_impl *im = r->impl;
	const struct group_entry *e = &im->list.v[k];
	im->entry = k;
	if (e->kind == ENTRY_PROBLEM) {
		if (pass != PASS_CHOOSE) {
			r->skipped++;
			r->why.unvisited++;
			hold(r, "%s", im->list.text + e->text);
		}
		return;
	}
	struct file_got *got = file_ahead_next(im->fa);
	if (!got || got->k != k) { /* cannot be: the same entries in order */
		im->failed = true;
		return;
	}
	const char *path = got->path;
	struct diag d = got->d; /* taken over */
	diag_init(&got->d);
	struct session *s =
	    got->ok ? session_read_text(im->rd, path, got->text, got->len, &d) : NULL;
	if (got->ok)
		im->failed |= !store_inputs_add_id(
		    &r->inputs, (struct store_file_id){got->st.st_dev, got->st.st_ino});
	else
		im->failed |= !store_inputs_add(&r->inputs, path);
	struct group_run_measure *m = s ? measurement_of(r, e, s) : &r->now;
	if (pass == PASS_CHOOSE) {
		if (s)
			vote(r, m, s);
	} else if (pass == PASS_COUNT) {
		count(r, m, s, path, &d);
	} else {
		int first = s ? vote(r, m, s) : -1;
		if (s && !m->g) {
			/* the first file that loads names the questionnaire */
			if (first < 0) {
				im->retry = true;
			} else {
				m->q = im->a.c->qs[first];
				im->failed |= !make_groups(r);
			}
		}
		if (!im->retry && !im->failed)
			count(r, m, s, path, &d);
	}
	session_destroy(s);
	diag_finish(&d);
}

static void walk(struct group_run *r, enum pass pass)
{
	struct group_run_impl *im = r->impl;
	int ahead = im->a.ahead ? im->a.ahead : GROUP_RUN_AHEAD;
	im->fa = file_ahead_start(im->list.n, ahead > 0 ? (size_t)ahead : 0, SESSION_MAX_FILE,
				  locate, im);
	if (!im->fa) {
		im->failed = true;
		return;
	}
	for (size_t i = 0; i < im->list.n && !im->failed && !im->retry; i++)
		visit(r, i, pass);
	file_ahead_stop(im->fa);
	im->fa = NULL;
}

/* The questionnaire of measurement m: the one most files belong to (ties:
 * the first in the content), unless given; kinds counted either way. */
static const struct questionnaire *choose(struct group_run *r, struct group_run_measure *m)
{
	const struct content *c = r->impl->a.c;
	const size_t *votes = r->impl->votes[m == &r->base];
	size_t kinds = 0, best = 0;
	const struct questionnaire *pick = NULL;
	for (size_t i = 0; i < c->n_qs; i++) {
		kinds += votes[i] > 0;
		if (votes[i] > best) {
			best = votes[i];
			pick = c->qs[i];
		}
	}
	m->kinds = kinds;
	return m->given ? m->q : pick;
}

/* Back to before the first file was read. */
static void reset(struct group_run *r)
{
	struct group_run_impl *im = r->impl;
	group_destroy(r->now.g);
	group_destroy(r->base.g);
	r->now.g = r->base.g = NULL;
	session_reader_hint(im->rd, NULL);
	r->now.q = im->a.q;
	r->base.q = im->a.base_q;
	memset(im->votes[0], 0, (im->a.c->n_qs + 1) * sizeof(size_t));
	memset(im->votes[1], 0, (im->a.c->n_qs + 1) * sizeof(size_t));
	r->skipped = 0;
	memset(&r->why, 0, sizeof(r->why));
	clear_held(im);
	if (im->spool)
		group_spool_clear(im->spool);
	im->retry = false;
}

/* Read every file twice: to choose the questionnaires, then to count. */
static void two_passes(struct group_run *r)
{
	struct group_run_impl *im = r->impl;
	walk(r, PASS_CHOOSE);
	r->now.q = choose(r, &r->now);
	r->base.q = choose(r, &r->base);
	if (!r->now.q) {
		/* say why, file by file */
		walk(r, PASS_COUNT);
		r->state = GROUP_RUN_NO_FILES;
		return;
	}
	if (r->has_base && !r->base.q) {
		r->state = GROUP_RUN_NO_BASELINE;
		return;
	}
	if (!make_groups(r)) {
		im->failed = true;
		return;
	}
	walk(r, PASS_COUNT);
}

/* Without a baseline: read every file once, the questionnaire taken from
 * the first file (or given); read again when that guess was wrong. */
static void one_pass(struct group_run *r)
{
	struct group_run_impl *im = r->impl;
	if (r->now.q && !make_groups(r)) {
		im->failed = true;
		return;
	}
	walk(r, PASS_ONE);
	if (im->failed)
		return;
	const struct questionnaire *pick = im->retry ? NULL : choose(r, &r->now);
	if (!im->retry && pick == r->now.q) {
		if (!pick)
			r->state = GROUP_RUN_NO_FILES;
		return;
	}
	reset(r);
	two_passes(r);
}

static bool setup(struct group_run *r, const struct group_run_args *a)
{
	struct group_run_impl *im = r->impl;
	im->a = *a;
	r->now.q = a->q;
	r->now.given = a->q != NULL;
	r->base.q = a->base_q;
	r->base.given = a->base_q != NULL;
	r->has_base = a->base_q || a->n_base_paths;
	diag_init(&r->msgs);
	store_inputs_init(&r->inputs);
	store_inputs_watch(&r->inputs, a->output);
	im->votes[0] = calloc(a->c->n_qs + 1, sizeof(size_t));
	im->votes[1] = calloc(a->c->n_qs + 1, sizeof(size_t));
	im->rd = session_reader_create();
	if (!im->votes[0] || !im->votes[1] || !im->rd)
		return false;
	group_list_paths(&im->list, a->base_paths, a->n_base_paths, true);
	group_list_paths(&im->list, a->paths, a->n_paths, false);
	if (im->list.failed)
		return false;
	group_list_shrink(&im->list);
	if (im->list.n_dirs) {
		if (!(im->fds = malloc(im->list.n_dirs * sizeof(int))))
			return false;
		for (size_t k = 0; k < im->list.n_dirs; k++)
			im->fds[k] = -1;
	}
	return !a->rows || (im->spool = group_spool_create(a->spill, a->seed, 0)) != NULL;
}

struct group_run *group_run_read(const struct group_run_args *a)
{
	struct group_run *r = calloc(1, sizeof(*r));
	if (!r || !(r->impl = calloc(1, sizeof(*r->impl)))) {
		free(r);
		return NULL;
	}
	if (!setup(r, a)) {
		group_run_destroy(r);
		return NULL;
	}
	struct group_run_impl *im = r->impl;
	if (r->has_base)
		two_passes(r);
	else
		one_pass(r);
	if (im->failed) {
		r->state = GROUP_RUN_NOMEM;
		clear_held(im);
		return r;
	}
	if (r->state == GROUP_RUN_NO_BASELINE)
		clear_held(im);
	release_held(r);
	if (r->state == GROUP_RUN_OK) {
		group_finish(r->now.g);
		if (r->base.g)
			group_finish(r->base.g);
	}
	/* what only reading needed, given back before the report is made */
	session_reader_destroy(im->rd);
	im->rd = NULL;
	for (size_t k = 0; im->fds && k < im->list.n_dirs; k++)
		if (im->fds[k] >= 0)
			close(im->fds[k]);
	free(im->fds);
	im->fds = NULL;
	group_list_finish(&im->list);
	return r;
}

void group_run_destroy(struct group_run *r)
{
	if (!r)
		return;
	struct group_run_impl *im = r->impl;
	if (im) {
		for (size_t k = 0; im->fds && k < im->list.n_dirs; k++)
			if (im->fds[k] >= 0)
				close(im->fds[k]);
		free(im->fds);
		clear_held(im);
		free(im->held);
		free(im->votes[0]);
		free(im->votes[1]);
		session_reader_destroy(im->rd);
		group_list_finish(&im->list);
		group_spool_destroy(im->spool);
		free(im);
	}
	group_destroy(r->now.g);
	group_destroy(r->base.g);
	diag_finish(&r->msgs);
	store_inputs_finish(&r->inputs);
	free(r);
}

bool group_run_csv(struct group_run *r, size_t min_group, bool names, uint64_t seed,
		   bool (*write)(void *ctx, const char *data, size_t len), void *ctx,
		   struct group_run_csv_out *out)
{
	memset(out, 0, sizeof(*out));
	if (r->state != GROUP_RUN_OK || !r->impl->spool)
		return false;
	return group_spool_csv(r->impl->spool, r->now.g, r->base.g, min_group, names, seed, write,
			       ctx, out);
}
