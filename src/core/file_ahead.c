/* Files read ahead by a second thread (file_ahead.h). */
#include "file_ahead.h"

#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "jsonio.h"

/* A slot's buffer is kept for the next file up to this size; a larger one
 * (a rare large file) is given back before the slot is used again. */
#define KEEP_BUF (64u * 1024u)

struct slot {
	struct file_got got;
	char *buf;
	size_t cap, cap_path;
};

struct file_ahead {
	size_t n, depth, max;
	file_ahead_locate locate;
	void *ctx;
	struct slot *slots; /* n_slots: depth, or one (sequential) */
	size_t n_slots;
	/* the reading thread's: the next file to locate, where */
	size_t next_k;
	char path[FILE_AHEAD_PATH];
	bool oom;
	bool threaded;
	pthread_t thread;
	/* with the thread: the slots read and not given back are head..
	 * head+count-1 (mod depth); the caller holds slots[head] when taken */
	pthread_mutex_t mu;
	pthread_cond_t more, room;
	size_t head, count, wake;
	bool taken, done, stop, wait_more, wait_room;
};

/* The next file that locate names, read into sl; false when none is left
 * (or on OOM: fa->oom). */
static bool read_next(struct file_ahead *fa, struct slot *sl)
{
	struct file_got *g = &sl->got;
	while (fa->next_k < fa->n && !fa->oom) {
		size_t k = fa->next_k++;
		int dirfd;
		const char *name;
		if (!fa->locate(fa->ctx, k, &dirfd, &name, fa->path, sizeof(fa->path)))
			continue;
		size_t n = strlen(fa->path) + 1;
		if (sl->cap_path < n) {
			char *p = realloc(g->path, n);
			if (!p) {
				fa->oom = true;
				return false;
			}
			g->path = p;
			sl->cap_path = n;
		}
		memcpy(g->path, fa->path, n);
		if (sl->cap > KEEP_BUF) {
			free(sl->buf);
			sl->buf = NULL;
			sl->cap = 0;
		}
		diag_clear(&g->d);
		g->k = k;
		g->ok = jsonio_read_at(dirfd, name, fa->path, fa->max, &sl->buf, &sl->cap, &g->len,
				       &g->st, &g->d);
		g->text = g->ok ? sl->buf : NULL;
		if (!g->ok)
			g->len = 0;
		return true;
	}
	return false;
}

static void *reader(void *arg)
{
	struct file_ahead *fa = arg;
	pthread_mutex_lock(&fa->mu);
	for (;;) {
		while (fa->count == fa->depth && !fa->stop) {
			fa->wait_room = true;
			pthread_cond_wait(&fa->room, &fa->mu);
		}
		fa->wait_room = false;
		if (fa->stop)
			break;
		/* not one the caller holds or may take: count < depth */
		struct slot *sl = &fa->slots[(fa->head + fa->count) % fa->depth];
		pthread_mutex_unlock(&fa->mu);
		bool more = read_next(fa, sl);
		pthread_mutex_lock(&fa->mu);
		if (!more)
			break;
		fa->count++;
		/* woken a few at a time: fewer switches between the threads */
		if (fa->wait_more && fa->count >= fa->wake)
			pthread_cond_signal(&fa->more);
	}
	fa->done = true;
	if (fa->wait_more)
		pthread_cond_signal(&fa->more);
	pthread_mutex_unlock(&fa->mu);
	return NULL;
}

/* The thread, with every signal blocked in it (they go to the caller's
 * thread, as without it); false when it cannot be started. */
static bool start_thread(struct file_ahead *fa)
{
	if (pthread_mutex_init(&fa->mu, NULL) != 0)
		return false;
	if (pthread_cond_init(&fa->more, NULL) != 0) {
		pthread_mutex_destroy(&fa->mu);
		return false;
	}
	if (pthread_cond_init(&fa->room, NULL) != 0) {
		pthread_cond_destroy(&fa->more);
		pthread_mutex_destroy(&fa->mu);
		return false;
	}
	sigset_t all, old;
	sigfillset(&all);
	bool masked = pthread_sigmask(SIG_SETMASK, &all, &old) == 0;
	bool ok = pthread_create(&fa->thread, NULL, reader, fa) == 0;
	if (masked)
		pthread_sigmask(SIG_SETMASK, &old, NULL);
	if (!ok) {
		pthread_cond_destroy(&fa->room);
		pthread_cond_destroy(&fa->more);
		pthread_mutex_destroy(&fa->mu);
	}
	return ok;
}

struct file_ahead *file_ahead_start(size_t n, size_t depth, size_t max, file_ahead_locate locate,
				    void *ctx)
{
	struct file_ahead *fa = calloc(1, sizeof(*fa));
	if (!fa)
		return NULL;
	*fa = (struct file_ahead){.n = n, .depth = depth, .max = max, .locate = locate, .ctx = ctx};
	fa->wake = depth / 2 ? depth / 2 : 1;
	fa->n_slots = depth ? depth : 1;
	if (!(fa->slots = calloc(fa->n_slots, sizeof(*fa->slots)))) {
		free(fa);
		return NULL;
	}
	for (size_t i = 0; i < fa->n_slots; i++)
		diag_init(&fa->slots[i].got.d);
	fa->threaded = depth && n && start_thread(fa);
	return fa;
}

struct file_got *file_ahead_next(struct file_ahead *fa)
{
	if (!fa->threaded)
		return read_next(fa, &fa->slots[0]) ? &fa->slots[0].got : NULL;
	pthread_mutex_lock(&fa->mu);
	if (fa->taken) {
		fa->taken = false;
		fa->head = (fa->head + 1) % fa->depth;
		fa->count--;
		if (fa->wait_room && fa->depth - fa->count >= fa->wake)
			pthread_cond_signal(&fa->room);
	}
	while (fa->count == 0 && !fa->done) {
		fa->wait_more = true;
		pthread_cond_wait(&fa->more, &fa->mu);
	}
	fa->wait_more = false;
	struct file_got *g = NULL;
	if (fa->count) {
		g = &fa->slots[fa->head].got;
		fa->taken = true;
	}
	pthread_mutex_unlock(&fa->mu);
	return g;
}

bool file_ahead_threaded(const struct file_ahead *fa)
{
	return fa->threaded;
}

void file_ahead_stop(struct file_ahead *fa)
{
	if (!fa)
		return;
	if (fa->threaded) {
		pthread_mutex_lock(&fa->mu);
		fa->stop = true;
		pthread_cond_signal(&fa->room);
		pthread_mutex_unlock(&fa->mu);
		pthread_join(fa->thread, NULL);
		pthread_cond_destroy(&fa->room);
		pthread_cond_destroy(&fa->more);
		pthread_mutex_destroy(&fa->mu);
	}
	for (size_t i = 0; i < fa->n_slots; i++) {
		free(fa->slots[i].buf);
		free(fa->slots[i].got.path);
		diag_finish(&fa->slots[i].got.d);
	}
	free(fa->slots);
	free(fa);
}
