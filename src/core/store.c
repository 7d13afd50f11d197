#include "spiegel/store.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "store_internal.h"
#include "util.h"

static int posix_openat(void *ctx, int dirfd, const char *path, int flags, mode_t mode)
{
	return openat(dirfd, path, flags, mode);
}

static ssize_t posix_write(void *ctx, int fd, const void *buf, size_t n)
{
	return write(fd, buf, n);
}

static int posix_fsync(void *ctx, int fd)
{
	return fsync(fd);
}

static int posix_close(void *ctx, int fd)
{
	return close(fd);
}

static int posix_renameat(void *ctx, int od, const char *op, int nd, const char *np)
{
	return renameat(od, op, nd, np);
}

static int posix_unlinkat(void *ctx, int dirfd, const char *path, int flags)
{
	return unlinkat(dirfd, path, flags);
}

const struct store_io store_io_posix = {
    .openat = posix_openat,
    .write = posix_write,
    .fsync = posix_fsync,
    .close = posix_close,
    .renameat = posix_renameat,
    .unlinkat = posix_unlinkat,
    .random_bytes = NULL,
    .ctx = NULL,
};

char *store_resolve_root(const char *override, const char *env_dir, const char *xdg,
			 const char *home, struct diag *d)
{
	char *r = NULL;
	if (override && *override)
		r = strdup(override);
	else if (env_dir && *env_dir)
		r = strdup(env_dir);
	else if (xdg && xdg[0] == '/')
		r = path_join(xdg, "spiegel");
	else if (home && home[0] == '/')
		r = path_join(home, ".local/share/spiegel");
	else {
		diag_add(d, "geen map voor gegevens gevonden: HOME is niet gezet; "
			    "gebruik --data-dir MAP");
		return NULL;
	}
	if (!r)
		diag_add(d, "onvoldoende geheugen");
	return r;
}

/* mkdir -p with mode 0700 for what we create. */
static bool make_dirs(const char *path, struct diag *d)
{
	char *p = strdup(path);
	if (!p) {
		diag_add(d, "onvoldoende geheugen");
		return false;
	}
	for (char *s = p + 1; *s; s++) {
		if (*s != '/')
			continue;
		*s = '\0';
		if (mkdir(p, 0700) != 0 && errno != EEXIST) {
			diag_add(d, "%s: map kan niet worden gemaakt (%s)", p, strerror(errno));
			free(p);
			return false;
		}
		*s = '/';
	}
	if (mkdir(p, 0700) != 0 && errno != EEXIST) {
		diag_add(d, "%s: map kan niet worden gemaakt (%s)", p, strerror(errno));
		free(p);
		return false;
	}
	free(p);
	return true;
}

static bool check_dir(const char *path, struct diag *d)
{
	struct stat st;
	if (lstat(path, &st) != 0) {
		diag_add(d, "%s: map is niet bereikbaar (%s)", path, strerror(errno));
		return false;
	}
	if (S_ISLNK(st.st_mode)) {
		diag_add(d,
			 "%s: is een symbolische koppeling; spiegel volgt die niet voor je "
			 "gegevens",
			 path);
		return false;
	}
	if (!S_ISDIR(st.st_mode)) {
		diag_add(d, "%s: is geen map", path);
		return false;
	}
	if (st.st_uid != geteuid()) {
		diag_add(d, "%s: map is niet van jou", path);
		return false;
	}
	if (st.st_mode & (S_IWGRP | S_IWOTH)) {
		diag_add(d,
			 "%s: map is schrijfbaar voor anderen; maak hem privé met "
			 "chmod 700",
			 path);
		return false;
	}
	return true;
}

bool store_open(struct store *st, const char *root, const struct store_io *io, struct diag *d)
{
	st->root = strdup(root);
	st->sessions = st->root ? path_join(root, "sessions") : NULL;
	st->io = io;
	if (!st->root || !st->sessions) {
		diag_add(d, "onvoldoende geheugen");
		store_finish(st);
		return false;
	}
	if (!make_dirs(st->sessions, d) || !check_dir(st->root, d) || !check_dir(st->sessions, d)) {
		store_finish(st);
		return false;
	}
	return true;
}

void store_finish(struct store *st)
{
	free(st->root);
	free(st->sessions);
	st->root = st->sessions = NULL;
}

/* nbytes random bytes from io as 2 * nbytes hex digits into buf. */
static bool random_hex(const struct store_io *io, char *buf, size_t nbytes)
{
	unsigned char raw[16];
	if (nbytes > sizeof(raw) || !io->random_bytes || !io->random_bytes(io->ctx, raw, nbytes))
		return false;
	for (size_t i = 0; i < nbytes; i++)
		sprintf(buf + 2 * i, "%02x", raw[i]);
	return true;
}

bool store_write_all(const struct store_io *io, int fd, const void *data, size_t len,
		     const char *path, struct diag *d)
{
	const char *p = data;
	size_t left = len;
	while (left > 0) {
		ssize_t w = io->write(io->ctx, fd, p, left);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0) {
			diag_add(d, "%s: schrijven mislukt (%s)", path,
				 w < 0 ? strerror(errno) : "niets geschreven");
			return false;
		}
		p += w;
		left -= (size_t)w;
	}
	return true;
}

/* Attempts at a save whose fsync was interrupted (EINTR): each starts over
 * with a new temp file, so fsync is never called twice on one file. */
#define SAVE_ATTEMPTS 3

static int open_dir(const struct store_io *io, const char *dir)
{
	int fd;
	do
		fd = io->openat(io->ctx, AT_FDCWD, dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
	while (fd < 0 && errno == EINTR);
	return fd;
}

enum attempt { ATTEMPT_OK, ATTEMPT_FAILED, ATTEMPT_INTERRUPTED };

static bool sink_to_fd(struct store_sink *out, const void *data, size_t len)
{
	return store_write_all(out->io, out->fd, data, len, out->path, out->d);
}

bool store_sink_write(struct store_sink *out, const void *data, size_t len)
{
	return len == 0 || out->write(out, data, len);
}

bool store_produce_buffer(void *ctx, struct store_sink *out)
{
	const struct store_buffer *b = ctx;
	return store_sink_write(out, b->data, b->len);
}

/* Write what produce makes to a new temp file in dfd, fsync and close it,
 * rename it over base. On failure the temp file is gone and base is
 * untouched. */
static enum attempt write_attempt(const struct store_io *io, int dfd, const char *path,
				  const char *base, store_produce_fn produce, void *ctx,
				  bool durable, struct diag *d)
{
	char rnd[13], *tmp = NULL;
	int fd = -1;
	enum attempt res = ATTEMPT_FAILED;
	bool tmp_made = false;
	if (!random_hex(io, rnd, 6)) {
		diag_add(d, "%s: kan niet worden opgeslagen (geen willekeur)", path);
		return ATTEMPT_FAILED;
	}
	tmp = malloc(strlen(base) + sizeof(STORE_TEMP_TAG) + sizeof(rnd));
	if (!tmp) {
		diag_add(d, "%s: onvoldoende geheugen", path);
		return ATTEMPT_FAILED;
	}
	sprintf(tmp, "%s%s%s", base, STORE_TEMP_TAG, rnd);
	do
		fd = io->openat(io->ctx, dfd, tmp,
				O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
	while (fd < 0 && errno == EINTR);
	if (fd < 0) {
		diag_add(d, "%s: tijdelijk bestand kan niet worden gemaakt (%s)", path,
			 strerror(errno));
		goto out;
	}
	tmp_made = true;
	struct store_sink sink = {sink_to_fd, io, fd, path, d, NULL};
	if (!produce(ctx, &sink))
		goto out;
	/* fsync is never retried on the same file: after a failure the page
	 * cache state is unknown. An interrupted fsync starts the save over. */
	if (durable && io->fsync(io->ctx, fd) != 0) {
		if (errno == EINTR) {
			res = ATTEMPT_INTERRUPTED;
			goto out;
		}
		diag_add(d, "%s: wegschrijven naar schijf mislukt (%s)", path, strerror(errno));
		goto out;
	}
	int cfd = fd;
	fd = -1;
	/* close after a successful fsync: EINTR leaves the fd closed on Linux */
	if (io->close(io->ctx, cfd) != 0 && errno != EINTR) {
		diag_add(d, "%s: sluiten mislukt (%s)", path, strerror(errno));
		goto out;
	}
	int r;
	do
		r = io->renameat(io->ctx, dfd, tmp, dfd, base);
	while (r != 0 && errno == EINTR);
	if (r != 0) {
		diag_add(d, "%s: vervangen mislukt (%s)", path, strerror(errno));
		goto out;
	}
	tmp_made = false;
	res = ATTEMPT_OK;
out:
	if (fd >= 0)
		io->close(io->ctx, fd);
	if (tmp_made)
		io->unlinkat(io->ctx, dfd, tmp, 0);
	free(tmp);
	return res;
}

bool store_write_file(const struct store_io *io, const char *path, const void *data, size_t len,
		      struct diag *d)
{
	struct store_buffer b = {data, len};
	return store_write_file_stream(io, path, store_produce_buffer, &b, d);
}

/* The replace protocol; without durable, no fsync (a cache: whole or the
 * old version after a crash, maybe an empty file). */
static bool write_file(const struct store_io *io, const char *path, store_produce_fn produce,
		       void *ctx, bool durable, struct diag *d)
{
	const char *slash = strrchr(path, '/');
	char *dir = slash ? strndup(path, (size_t)(slash - path) + (slash == path)) : strdup(".");
	const char *base = slash ? slash + 1 : path;
	int dfd = -1;
	bool ok = false;
	if (!dir || !*base) {
		diag_add(d, "%s: kan niet worden opgeslagen (geen naam)", path);
		goto out;
	}
	dfd = open_dir(io, dir);
	if (dfd < 0) {
		diag_add(d, "%s: map kan niet worden geopend (%s)", dir, strerror(errno));
		goto out;
	}
	enum attempt a = ATTEMPT_INTERRUPTED;
	for (int i = 0; i < SAVE_ATTEMPTS && a == ATTEMPT_INTERRUPTED; i++)
		a = write_attempt(io, dfd, path, base, produce, ctx, durable, d);
	if (a == ATTEMPT_INTERRUPTED)
		diag_add(d, "%s: wegschrijven naar schijf steeds onderbroken", path);
	if (a != ATTEMPT_OK)
		goto out;
	if (!durable) {
		ok = true;
		goto out;
	}
	/* the rename is done; make it durable. An interrupted directory fsync
	 * is repeated on a fresh descriptor of the directory; a failing one is
	 * reported, but the new file is in place. */
	for (int i = 0; i < SAVE_ATTEMPTS; i++) {
		int fd = i == 0 ? dfd : open_dir(io, dir);
		if (fd < 0)
			break;
		int r = io->fsync(io->ctx, fd);
		int err = errno;
		if (fd != dfd)
			io->close(io->ctx, fd);
		if (r == 0) {
			ok = true;
			break;
		}
		if (err != EINTR || i + 1 == SAVE_ATTEMPTS) {
			diag_add(d, "%s: map wegschrijven naar schijf mislukt (%s)", dir,
				 strerror(err));
			break;
		}
	}
out:
	if (dfd >= 0)
		io->close(io->ctx, dfd);
	free(dir);
	return ok;
}

bool store_write_file_stream(const struct store_io *io, const char *path, store_produce_fn produce,
			     void *ctx, struct diag *d)
{
	return write_file(io, path, produce, ctx, true, d);
}

bool store_write_cache(const struct store_io *io, const char *path, const void *data, size_t len,
		       struct diag *d)
{
	struct store_buffer b = {data, len};
	return write_file(io, path, store_produce_buffer, &b, false, d);
}

static bool valid_id(const char *s);

static const struct store_kind session_kind = {valid_id, "sessie-id", "sessie"};

int store_clean_temp(const struct store *st)
{
	return store_clean_temp_dir(st->sessions, &session_kind);
}

/* n with a dot between thousands, as Dutch writes it: 1.048.576 */
static void dutch_count(char *buf, size_t size, size_t n)
{
	char raw[32];
	int len = snprintf(raw, sizeof(raw), "%zu", n);
	size_t o = 0;
	for (int i = 0; i < len && o + 2 < size; i++) {
		if (i > 0 && (len - i) % 3 == 0)
			buf[o++] = '.';
		buf[o++] = raw[i];
	}
	buf[o] = '\0';
}

bool store_check_size(const char *path, size_t len, size_t max, struct diag *d)
{
	if (len <= max)
		return true;
	char a[32], b[32];
	dutch_count(a, sizeof(a), len);
	dutch_count(b, sizeof(b), max);
	diag_add(d,
		 "%s: het bestand zou te groot worden om weer te lezen (%s bytes, hoogstens %s); "
		 "maak een lang antwoord korter",
		 path, a, b);
	return false;
}

bool store_save_json(const struct store_io *io, const char *path, char *json, size_t len,
		     size_t max, struct diag *d)
{
	if (!json) {
		diag_add(d, "%s: onvoldoende geheugen", path);
		return false;
	}
	bool ok = store_check_size(path, len, max, d) && store_write_file(io, path, json, len, d);
	free(json);
	return ok;
}

bool store_new_id(const struct store_io *io, char *buf, size_t size, time_t now)
{
	struct tm tm;
	char rnd[7], stamp[20];
	if (size < 23 || !gmtime_r(&now, &tm) || !random_hex(io, rnd, 3))
		return false;
	strftime(stamp, sizeof(stamp), "%Y%m%d-%H%M%S", &tm);
	snprintf(buf, size, "%s-%s", stamp, rnd);
	return true;
}

/* A session id: [a-z0-9-], 1 to 40 characters (SESSION_ID_MAX). */
static bool valid_id(const char *s)
{
	return id_lower_ok(s, 40);
}

char *store_session_path(const struct store *st, const char *id)
{
	char *name = malloc(strlen(id) + 6);
	if (!name)
		return NULL;
	sprintf(name, "%s.json", id);
	char *p = path_join(st->sessions, name);
	free(name);
	return p;
}

char *store_find_session(const struct store *st, const char *arg, struct diag *d)
{
	size_t n = strlen(arg);
	char *p;
	if (strchr(arg, '/') || (n > 5 && strcmp(arg + n - 5, ".json") == 0)) {
		p = strdup(arg);
	} else if (!valid_id(arg)) {
		diag_add(d, "\"%s\" is geen sessie-id of pad; zie spiegel list --sessions", arg);
		return NULL;
	} else {
		p = store_session_path(st, arg);
		if (p && access(p, F_OK) != 0) {
			diag_add(d, "sessie %s bestaat niet in %s; zie spiegel list --sessions",
				 arg, st->sessions);
			free(p);
			return NULL;
		}
	}
	if (!p)
		diag_add(d, "onvoldoende geheugen");
	return p;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The ids listed so far (store_list_sessions). */
struct id_list {
	char **v;
	size_t n, cap;
};

static bool push_session_id(void *ctx, const char *id, struct diag *d)
{
	struct id_list *l = ctx;
	if (!ARRAY_ROOM(l->v, l->n, l->cap, 16) || !(l->v[l->n] = strdup(id))) {
		diag_add(d, "onvoldoende geheugen");
		return false;
	}
	l->n++;
	return true;
}

bool store_list_sessions(const struct store *st, char ***ids, size_t *n, struct diag *d)
{
	struct id_list l = {0};
	bool ok = store_each_id(st->sessions, &session_kind, push_session_id, &l, d);
	if (!ok) {
		store_free_list(l.v, l.n);
		l.v = NULL;
		l.n = 0;
	} else if (l.n) {
		qsort(l.v, l.n, sizeof(*l.v), cmp_str);
	}
	*ids = l.v;
	*n = l.n;
	return ok;
}

void store_free_list(char **ids, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(ids[i]);
	free(ids);
}

char *store_subdir(const struct store *st, const char *name, struct diag *d)
{
	char *dir = path_join(st->root, name);
	if (!dir) {
		diag_add(d, "onvoldoende geheugen");
		return NULL;
	}
	if (!make_dirs(dir, d) || !check_dir(dir, d)) {
		free(dir);
		return NULL;
	}
	return dir;
}

bool store_delete_session(const struct store *st, const char *id, struct diag *d)
{
	return store_delete_id(st->sessions, &session_kind, id, d);
}
