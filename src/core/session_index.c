/* The session index (session_index.h): a cache of what the start screen
 * needs of every session, checked against each session file's identity. */
#define _GNU_SOURCE
#include "spiegel/session_index.h"

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "spiegel/session.h"
#include "util.h"

#define MAGIC "spiegel-session-index/1"
#define INDEX_MAX (64u << 20)
#define SECTOR_UNKNOWN (-2) /* not known for the content's key in the head */

/* A session file as it is on disk. */
struct file_id {
	uint64_t dev, ino, size, mtime, mnsec, ctime, cnsec;
};

struct rec {
	char id[SESSION_ID_MAX + 1];
	struct file_id f;
	struct session_summary s;
};

struct index {
	uint64_t key; /* of the content the sectors were found with */
	struct rec *v;
	size_t n, cap;
};

static bool file_id_at(int dfd, const char *id, struct file_id *f)
{
	char name[SESSION_ID_MAX + 8];
	snprintf(name, sizeof(name), "%s.json", id);
	struct stat sb;
	if (fstatat(dfd, name, &sb, 0) != 0 || !S_ISREG(sb.st_mode))
		return false;
	*f = (struct file_id){(uint64_t)sb.st_dev,	    (uint64_t)sb.st_ino,
			      (uint64_t)sb.st_size,	    (uint64_t)sb.st_mtim.tv_sec,
			      (uint64_t)sb.st_mtim.tv_nsec, (uint64_t)sb.st_ctim.tv_sec,
			      (uint64_t)sb.st_ctim.tv_nsec};
	return true;
}

static bool push(struct index *x, const struct rec *r)
{
	if (!ARRAY_ROOM(x->v, x->n, x->cap, 64))
		return false;
	x->v[x->n++] = *r;
	return true;
}

/* ---- reading: exactly what write_index writes, else nothing ---- */

/* A field: the bytes up to the next space or the end of the line. */
static const char *field(const char **p, const char *end, size_t *len)
{
	const char *s = *p;
	const char *e = s;
	while (e < end && *e != ' ')
		e++;
	*len = (size_t)(e - s);
	*p = e < end ? e + 1 : e;
	return *len ? s : NULL;
}

/* A decimal number without sign or leading zero (but "0"). */
static bool number(const char *s, size_t n, uint64_t *out)
{
	if (!s || n == 0 || n > 19 || (n > 1 && s[0] == '0'))
		return false;
	uint64_t v = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return false;
		v = v * 10 + (uint64_t)(s[i] - '0');
	}
	*out = v;
	return true;
}

/* "SECONDS.NANOSECONDS" with nine digits of nanoseconds. */
static bool stamp(const char *s, size_t n, uint64_t *sec, uint64_t *nsec)
{
	const char *dot = s ? memchr(s, '.', n) : NULL;
	if (!dot || (size_t)(s + n - dot - 1) != 9)
		return false;
	const char *ns = dot + 1;
	uint64_t v = 0;
	for (int i = 0; i < 9; i++) {
		if (ns[i] < '0' || ns[i] > '9')
			return false;
		v = v * 10 + (uint64_t)(ns[i] - '0');
	}
	*nsec = v;
	return number(s, (size_t)(dot - s), sec);
}

static bool parse_line(const char *p, const char *end, struct rec *r)
{
	const char *f[9];
	size_t len[9];
	for (int i = 0; i < 9; i++)
		if (!(f[i] = field(&p, end, &len[i])))
			return false;
	if (p != end || f[8] + len[8] != end || len[0] > SESSION_ID_MAX)
		return false;
	memset(r, 0, sizeof(*r));
	memcpy(r->id, f[0], len[0]);
	if (!id_lower_ok(r->id, SESSION_ID_MAX) || !number(f[1], len[1], &r->f.dev) ||
	    !number(f[2], len[2], &r->f.ino) || !number(f[3], len[3], &r->f.size) ||
	    !stamp(f[4], len[4], &r->f.mtime, &r->f.mnsec) ||
	    !stamp(f[5], len[5], &r->f.ctime, &r->f.cnsec) || len[6] != 3)
		return false;
	/* flags: r or -, f or -, h or -; an unreadable session has only "---" */
	const char *fl = f[6];
	if ((fl[0] != 'r' && fl[0] != '-') || (fl[1] != 'f' && fl[1] != '-') ||
	    (fl[2] != 'h' && fl[2] != '-'))
		return false;
	r->s.readable = fl[0] == 'r';
	r->s.finished = fl[1] == 'f';
	r->s.handin = fl[2] == 'h';
	if (!r->s.readable && (r->s.finished || r->s.handin))
		return false;
	/* the sector: -2 (not known), -1 (none) or 0..N_SECTORS-1 */
	if (len[7] == 2 && f[7][0] == '-' && (f[7][1] == '1' || f[7][1] == '2'))
		r->s.sector = f[7][1] == '1' ? -1 : SECTOR_UNKNOWN;
	else if (len[7] == 1 && f[7][0] >= '0' && f[7][0] < '0' + N_SECTORS)
		r->s.sector = f[7][0] - '0';
	else
		return false;
	/* when: "-" for none, else its printable bytes */
	if (len[8] >= sizeof(r->s.when))
		return false;
	if (!(len[8] == 1 && f[8][0] == '-')) {
		for (size_t i = 0; i < len[8]; i++)
			if ((unsigned char)f[8][i] <= ' ' || (unsigned char)f[8][i] >= 0x7f)
				return false;
		memcpy(r->s.when, f[8], len[8]);
	}
	return r->s.readable || (r->s.sector == -1 && !r->s.when[0]);
}

/* The index in text (len bytes), into x; false (x empty) unless all of it
 * is exactly as written: the head, lines in increasing id order, "end N". */
static bool parse_index(const char *t, size_t len, struct index *x)
{
	const char *p = t, *end = t + len;
	const char *nl = memchr(p, '\n', (size_t)(end - p));
	char head[64];
	if (!nl || (size_t)(nl - p) >= sizeof(head))
		return false;
	memcpy(head, p, (size_t)(nl - p));
	head[nl - p] = '\0';
	char hex[17];
	if (strncmp(head, MAGIC " ", sizeof(MAGIC)) != 0 || strlen(head) != sizeof(MAGIC) + 16)
		return false;
	memcpy(hex, head + sizeof(MAGIC), 17);
	x->key = 0;
	for (int i = 0; i < 16; i++) {
		char c = hex[i];
		int v = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
		if (v < 0)
			return false;
		x->key = x->key << 4 | (uint64_t)v;
	}
	for (p = nl + 1; p < end; p = nl + 1) {
		nl = memchr(p, '\n', (size_t)(end - p));
		if (!nl)
			return false;
		if (nl - p > 4 && memcmp(p, "end ", 4) == 0) {
			uint64_t n;
			return nl + 1 == end && number(p + 4, (size_t)(nl - p - 4), &n) &&
			       n == x->n;
		}
		struct rec r;
		if (!parse_line(p, nl, &r) || (x->n && strcmp(x->v[x->n - 1].id, r.id) >= 0) ||
		    !push(x, &r))
			return false;
	}
	return false; /* no end line: torn */
}

static void read_index(const char *path, struct index *x)
{
	int fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
	struct stat sb;
	char *t = NULL;
	if (fd < 0)
		return;
	if (fstat(fd, &sb) == 0 && S_ISREG(sb.st_mode) && sb.st_uid == geteuid() &&
	    (uint64_t)sb.st_size <= INDEX_MAX && (t = malloc((size_t)sb.st_size + 1))) {
		size_t got = 0, want = (size_t)sb.st_size;
		while (got < want) {
			ssize_t r = read(fd, t + got, want - got);
			if (r < 0 && errno == EINTR)
				continue;
			if (r <= 0)
				break;
			got += (size_t)r;
		}
		if (got != want || !parse_index(t, got, x))
			x->n = 0;
	}
	free(t);
	close(fd);
}

/* ---- writing ---- */

static bool write_index(const struct store *st, const struct index *x)
{
	if (!st->io || !st->io->random_bytes)
		return false;
	struct diag d;
	diag_init(&d);
	char *dir = store_subdir(st, "cache", &d);
	char *path = dir ? path_join(dir, SESSION_INDEX_NAME) : NULL;
	struct strbuf b;
	strbuf_init(&b);
	strbuf_printf(&b, MAGIC " %016" PRIx64 "\n", x->key);
	for (size_t i = 0; i < x->n; i++) {
		const struct rec *r = &x->v[i];
		const struct session_summary *s = &r->s;
		strbuf_printf(&b,
			      "%s %" PRIu64 " %" PRIu64 " %" PRIu64 " %" PRIu64 ".%09" PRIu64
			      " %" PRIu64 ".%09" PRIu64 " %c%c%c %d %s\n",
			      r->id, r->f.dev, r->f.ino, r->f.size, r->f.mtime, r->f.mnsec,
			      r->f.ctime, r->f.cnsec, s->readable ? 'r' : '-',
			      s->finished ? 'f' : '-', s->handin ? 'h' : '-', s->sector,
			      s->when[0] ? s->when : "-");
	}
	strbuf_printf(&b, "end %zu\n", x->n);
	size_t len;
	char *text = strbuf_steal(&b, &len);
	bool ok = path && text && store_write_cache(st->io, path, text, len, &d);
	free(text);
	free(path);
	free(dir);
	diag_finish(&d);
	return ok;
}

/* ---- the sessions ---- */

/* What session id is, read the full way; false when it cannot be kept in
 * the index (a time the index cannot hold). */
static bool summarize(const struct store *st, const char *id, const struct content *c,
		      struct session_summary *out)
{
	memset(out, 0, sizeof(*out));
	out->sector = c ? -1 : SECTOR_UNKNOWN;
	struct diag d;
	diag_init(&d);
	struct session *s = session_load_id(st, id, &d);
	diag_finish(&d);
	if (!s) {
		out->sector = -1;
		return true;
	}
	out->readable = true;
	out->finished = s->finished;
	out->handin = s->handin;
	const char *when = s->updated[0] ? s->updated : s->created;
	bool fits = strlen(when) < sizeof(out->when);
	for (const char *p = when; fits && *p; p++)
		fits = (unsigned char)*p > ' ' && (unsigned char)*p < 0x7f;
	snprintf(out->when, sizeof(out->when), "%s", when);
	const struct questionnaire *q = c ? content_find(c, s->questionnaire) : NULL;
	enum sector sec;
	if (q && !s->handin && session_sector_answer(s, q, &sec))
		out->sector = (int)sec;
	session_destroy(s);
	return fits;
}

static bool same_file(const struct file_id *a, const struct file_id *b)
{
	return memcmp(a, b, sizeof(*a)) == 0;
}

bool session_index_each(const struct store *st, const struct content *c,
			bool (*fn)(const char *id, const struct session_summary *s, void *ctx),
			void *ctx, struct diag *d)
{
	char **ids;
	size_t n;
	if (!store_list_sessions(st, &ids, &n, d))
		return false;
	uint64_t key = 0;
	bool keyed = !c || (c->dir && content_dir_key(c->dir, &key));
	struct index old = {0}, now = {0};
	char *path = NULL;
	if (keyed && (path = path_join(st->root, "cache/" SESSION_INDEX_NAME)))
		read_index(path, &old);
	free(path);
	/* sectors found with other content are not known for this one */
	bool stale = c && old.key != key;
	now.key = c ? key : old.key;
	int dfd = open(st->sessions, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	bool changed = stale || !keyed, more = true;
	size_t j = 0;
	for (size_t i = 0; i < n && more; i++) {
		while (j < old.n && strcmp(old.v[j].id, ids[i]) < 0) {
			j++; /* a session that is gone */
			changed = true;
		}
		struct rec r;
		memset(&r, 0, sizeof(r));
		snprintf(r.id, sizeof(r.id), "%s", ids[i]);
		bool known = dfd >= 0 && file_id_at(dfd, ids[i], &r.f);
		const struct rec *o =
		    j < old.n && strcmp(old.v[j].id, ids[i]) == 0 ? &old.v[j++] : NULL;
		if (o && known && same_file(&o->f, &r.f) &&
		    !(c && (stale || o->s.sector == SECTOR_UNKNOWN))) {
			r.s = o->s;
		} else {
			/* read it; kept only when its file was known before it was
			 * read (a file replaced meanwhile is read again next time) */
			known &= summarize(st, ids[i], c, &r.s);
			changed = true;
		}
		if (known && keyed && !push(&now, &r))
			keyed = false;
		struct session_summary out = r.s;
		if (!c || out.sector == SECTOR_UNKNOWN)
			out.sector = -1;
		more = fn(ids[i], &out, ctx);
	}
	if (j < old.n && more)
		changed = true;
	if (dfd >= 0)
		close(dfd);
	/* stopped early: what was not looked at is kept as it was */
	for (; !more && j < old.n; j++) {
		struct rec r = old.v[j];
		if (stale && r.s.readable)
			r.s.sector = SECTOR_UNKNOWN;
		if ((!now.n || strcmp(r.id, now.v[now.n - 1].id) > 0) && !push(&now, &r))
			keyed = false;
	}
	if (changed && keyed)
		write_index(st, &now);
	free(old.v);
	free(now.v);
	store_free_list(ids, n);
	return true;
}
