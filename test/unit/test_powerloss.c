/*
 * Power loss through the store I/O seam.
 *
 * A fake struct store_io runs store_write_file() against an in-memory model
 * of one directory in which nothing is durable until it is fsynced:
 *
 *  - file data: every inode has its current bytes (what the process sees)
 *    and its durable bytes (what survives a crash); fsync(fd) makes the
 *    current bytes durable;
 *  - directory entries: create, rename and unlink change the current
 *    namespace at once, but the durable namespace only on fsync of the
 *    directory fd; until then they are pending.
 *
 * After every operation k = 0..N of a save the model is "crashed" and
 * recovered, first pessimistically (only durable state survives), then
 * adversarially: any subset of the pending directory operations, applied in
 * order, may have reached the disk, and the data of an inode that was
 * written but not fsynced may be the durable bytes, the current bytes or a
 * prefix of them (ext4 delalloc and friends). In every recovered state the
 * target file must be exactly the old or exactly the new version; it may be
 * missing only if no old version existed.
 *
 * Then every operation of a save is made to fail in turn (EIO, ENOSPC,
 * EACCES, EINTR): the old file must stay intact (in the current namespace and
 * after a crash), the temp file must be gone, no descriptor may leak, and an
 * fsync that failed is never repeated on the same descriptor.
 */
#include "helpers.h"

#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <sys/stat.h>

#include "spiegel/session.h"
#include "spiegel/store.h"

#define MAX_INODES 16
#define MAX_NAMES 16
#define MAX_PENDING 16
#define MAX_FDS 8
#define MAX_DATA 16384
#define NAME_LEN 96
#define FD_BASE 1000 /* fake descriptors; never a real one */

struct inode {
	bool used;
	size_t cur_len, dur_len;
	char cur[MAX_DATA], dur[MAX_DATA];
};

struct dentry {
	char name[NAME_LEN];
	int ino; /* -1: free slot */
};

struct ns {
	struct dentry e[MAX_NAMES];
};

enum dir_op { OP_CREATE, OP_RENAME, OP_UNLINK };

struct pending {
	enum dir_op op;
	char name[NAME_LEN], name2[NAME_LEN];
	int ino;
};

struct fakefd {
	bool open;
	bool dir; /* a descriptor of the directory itself */
	int ino;
	size_t off;
	bool fsync_failed;
};

/* The kinds of seam calls, for the fault plan and the call log. */
enum call {
	C_OPEN_DIR,
	C_OPENAT,
	C_WRITE,
	C_FSYNC_FILE,
	C_FSYNC_DIR,
	C_CLOSE,
	C_CLOSE_DIR,
	C_RENAMEAT,
	C_UNLINKAT
};
static const char *const call_name[] = {"openat(dir)", "openat",     "write",
					"fsync(file)", "fsync(dir)", "close",
					"close(dir)",  "renameat",   "unlinkat"};

struct model {
	struct inode ino[MAX_INODES];
	struct ns cur, dur;
	struct pending pend[MAX_PENDING];
	int n_pend;
	struct fakefd fd[MAX_FDS];
	dev_t dir_dev;
	ino_t dir_ino;
	char dir_path[4096];

	/* behaviour */
	size_t write_chunk; /* at most this many bytes per write; 0: all */
	int fail_at;	    /* fail seam call number fail_at (1-based); 0: never */
	int fail_errno;
	bool check_crashes;

	/* what the crash checks compare against */
	const char *target;
	const char *old_data, *new_data; /* old_data NULL: no old version */
	size_t old_len, new_len;

	/* log and findings */
	int calls;
	enum call log[8192];
	int failed_call; /* call number that was failed, 0 if none */
	long states, variants;
	int violations;
	char first_violation[512];
	int fsync_retries, bad_fd_uses, dir_mismatch;
	int dir_fsync_failed; /* a real directory fd + 1 whose fsync failed */
};

static struct model *M;

static void violation(struct model *m, const char *fmt, ...)
{
	if (m->violations++ == 0) {
		va_list ap;
		va_start(ap, fmt);
		vsnprintf(m->first_violation, sizeof(m->first_violation), fmt, ap);
		va_end(ap);
	}
}

/* ---- namespace helpers ---- */

static int ns_find(const struct ns *n, const char *name)
{
	for (int i = 0; i < MAX_NAMES; i++)
		if (n->e[i].ino >= 0 && strcmp(n->e[i].name, name) == 0)
			return i;
	return -1;
}

static void ns_set(struct ns *n, const char *name, int ino)
{
	int i = ns_find(n, name);
	if (i < 0)
		for (i = 0; i < MAX_NAMES && n->e[i].ino >= 0; i++)
			;
	assert_true(i < MAX_NAMES);
	snprintf(n->e[i].name, NAME_LEN, "%s", name);
	n->e[i].ino = ino;
}

static void ns_remove(struct ns *n, const char *name)
{
	int i = ns_find(n, name);
	if (i >= 0)
		n->e[i].ino = -1;
}

static void ns_init(struct ns *n)
{
	for (int i = 0; i < MAX_NAMES; i++)
		n->e[i].ino = -1;
}

static int ns_count(const struct ns *n)
{
	int c = 0;
	for (int i = 0; i < MAX_NAMES; i++)
		c += n->e[i].ino >= 0;
	return c;
}

static void apply(struct ns *n, const struct pending *p)
{
	switch (p->op) {
	case OP_CREATE:
		ns_set(n, p->name, p->ino);
		break;
	case OP_RENAME: {
		/* the rename links the inode under name2 even if the creation of
		 * name did not reach the disk */
		int i = ns_find(n, p->name);
		if (i >= 0 && n->e[i].ino == p->ino)
			n->e[i].ino = -1;
		ns_set(n, p->name2, p->ino);
		break;
	}
	case OP_UNLINK: {
		int i = ns_find(n, p->name);
		if (i >= 0 && n->e[i].ino == p->ino)
			n->e[i].ino = -1;
		break;
	}
	}
}

static void add_pending(struct model *m, enum dir_op op, const char *a, const char *b, int ino)
{
	assert_true(m->n_pend < MAX_PENDING);
	struct pending *p = &m->pend[m->n_pend++];
	p->op = op;
	snprintf(p->name, NAME_LEN, "%s", a);
	snprintf(p->name2, NAME_LEN, "%s", b ? b : "");
	p->ino = ino;
}

static void model_init(struct model *m, const char *dir)
{
	memset(m, 0, sizeof(*m));
	ns_init(&m->cur);
	ns_init(&m->dur);
	snprintf(m->dir_path, sizeof(m->dir_path), "%s", dir);
	struct stat sb;
	assert_int_equal(stat(dir, &sb), 0);
	m->dir_dev = sb.st_dev;
	m->dir_ino = sb.st_ino;
}

static int new_inode(struct model *m)
{
	for (int i = 0; i < MAX_INODES; i++)
		if (!m->ino[i].used) {
			m->ino[i].used = true;
			m->ino[i].cur_len = m->ino[i].dur_len = 0;
			return i;
		}
	fail_msg("model: out of inodes");
	return -1;
}

/* A file that is fully durable: data and directory entry. */
static void model_put_durable(struct model *m, const char *name, const char *data, size_t len)
{
	assert_true(len <= MAX_DATA);
	int i = new_inode(m);
	memcpy(m->ino[i].cur, data, len);
	memcpy(m->ino[i].dur, data, len);
	m->ino[i].cur_len = m->ino[i].dur_len = len;
	ns_set(&m->cur, name, i);
	ns_set(&m->dur, name, i);
}

/* ---- crash and recovery ---- */

static bool is_version(const struct model *m, const char *data, size_t len)
{
	return (len == m->old_len && m->old_data && memcmp(data, m->old_data, len) == 0) ||
	       (len == m->new_len && memcmp(data, m->new_data, len) == 0);
}

static const char *last_call(const struct model *m)
{
	return m->calls ? call_name[m->log[m->calls - 1]] : "-";
}

/* One recovered state: the namespace n, and for the target's inode its
 * durable bytes (variant 0) or the first plen of its current bytes. */
static void check_recovered(struct model *m, const struct ns *n, int variant, size_t plen,
			    unsigned mask)
{
	m->variants++;
	int e = ns_find(n, m->target);
	if (e < 0) {
		if (m->old_data)
			violation(m, "after call %d (%s): crash (pending mask %#x) loses the file",
				  m->calls, last_call(m), mask);
		return;
	}
	const struct inode *in = &m->ino[n->e[e].ino];
	const char *data = variant == 0 ? in->dur : in->cur;
	size_t len = variant == 0 ? in->dur_len : plen;
	if (!is_version(m, data, len))
		violation(m,
			  "after call %d (%s): crash (pending mask %#x, data variant %d, %zu "
			  "bytes) leaves a file that is neither the old nor the new version",
			  m->calls, last_call(m), mask, variant, len);
}

/* Crash now: every recovery a real file system could produce. */
static void crash_here(struct model *m)
{
	if (!m->check_crashes || !m->target)
		return;
	m->states++;
	unsigned subsets = 1u << m->n_pend;
	for (unsigned mask = 0; mask < subsets; mask++) {
		struct ns n = m->dur;
		for (int i = 0; i < m->n_pend; i++)
			if (mask & (1u << i))
				apply(&n, &m->pend[i]);
		/* mask 0 with the durable bytes: the pessimistic recovery */
		check_recovered(m, &n, 0, 0, mask);
		int e = ns_find(&n, m->target);
		if (e < 0)
			continue;
		/* if the target's current bytes were never fsynced: the
		 * current bytes and prefixes of them */
		const struct inode *in = &m->ino[n.e[e].ino];
		if (in->cur_len == in->dur_len && memcmp(in->cur, in->dur, in->cur_len) == 0)
			continue;
		size_t lens[] = {in->cur_len, 0, 1, in->cur_len / 2, in->cur_len - 1};
		for (size_t k = 0; k < sizeof(lens) / sizeof(lens[0]); k++)
			if (lens[k] <= in->cur_len && (k == 0 || lens[k] != in->cur_len))
				check_recovered(m, &n, 1, lens[k], mask);
	}
}

/* ---- the fake seam ---- */

/* Count a call; true if it is the one to fail (errno is set). */
static bool enter(struct model *m, enum call c)
{
	assert_true(m->calls < (int)(sizeof(m->log) / sizeof(m->log[0])));
	m->log[m->calls++] = c;
	if (m->fail_at == m->calls) {
		m->failed_call = m->calls;
		errno = m->fail_errno;
		return true;
	}
	return false;
}

/* The name in our directory that (dirfd, path) refers to, or NULL. dirfd
 * is a fake descriptor of the directory, AT_FDCWD with an absolute path, or
 * a real descriptor of the test directory. */
static const char *resolve(struct model *m, int dirfd, const char *path)
{
	if (dirfd >= FD_BASE && dirfd < FD_BASE + MAX_FDS) {
		const struct fakefd *f = &m->fd[dirfd - FD_BASE];
		if (!f->open || !f->dir || strchr(path, '/')) {
			m->dir_mismatch++;
			return NULL;
		}
		return path;
	}
	if (dirfd == AT_FDCWD) {
		size_t n = strlen(m->dir_path);
		if (strncmp(path, m->dir_path, n) == 0 && path[n] == '/' &&
		    !strchr(path + n + 1, '/'))
			return path + n + 1;
		m->dir_mismatch++;
		return NULL;
	}
	struct stat sb;
	if (fstat(dirfd, &sb) != 0 || sb.st_dev != m->dir_dev || sb.st_ino != m->dir_ino ||
	    strchr(path, '/')) {
		m->dir_mismatch++;
		return NULL;
	}
	return path;
}

/* An open fake descriptor, or NULL (counted as a bad use). */
static struct fakefd *get_fd(struct model *m, int fd)
{
	if (fd < FD_BASE || fd >= FD_BASE + MAX_FDS || !m->fd[fd - FD_BASE].open) {
		m->bad_fd_uses++;
		return NULL;
	}
	return &m->fd[fd - FD_BASE];
}

/* A real descriptor of the test directory. */
static bool is_real_dirfd(struct model *m, int fd)
{
	struct stat sb;
	return fd >= 0 && fd < FD_BASE && fstat(fd, &sb) == 0 && sb.st_dev == m->dir_dev &&
	       sb.st_ino == m->dir_ino;
}

static int new_fd(struct model *m, bool dir, int ino)
{
	int slot = 0;
	while (slot < MAX_FDS && m->fd[slot].open)
		slot++;
	if (slot == MAX_FDS) {
		errno = EMFILE;
		return -1;
	}
	m->fd[slot] = (struct fakefd){.open = true, .dir = dir, .ino = ino};
	return FD_BASE + slot;
}

static int fk_openat(void *ctx, int dirfd, const char *path, int flags, mode_t mode)
{
	struct model *m = ctx;
	int r = -1;
	if (flags & O_DIRECTORY) {
		if (enter(m, C_OPEN_DIR))
			return -1;
		if (dirfd != AT_FDCWD || strcmp(path, m->dir_path) != 0) {
			m->dir_mismatch++;
			errno = ENOTDIR;
		} else {
			r = new_fd(m, true, -1);
		}
		goto done;
	}
	if (enter(m, C_OPENAT))
		return -1;
	const char *name = resolve(m, dirfd, path);
	if (!name) {
		errno = EXDEV;
		goto done;
	}
	int e = ns_find(&m->cur, name);
	if (e >= 0 && (flags & O_CREAT) && (flags & O_EXCL)) {
		errno = EEXIST;
		goto done;
	}
	if (e < 0 && !(flags & O_CREAT)) {
		errno = ENOENT;
		goto done;
	}
	int ino;
	if (e < 0) {
		ino = new_inode(m);
		ns_set(&m->cur, name, ino);
		add_pending(m, OP_CREATE, name, NULL, ino);
	} else {
		ino = m->cur.e[e].ino;
		if (flags & O_TRUNC)
			m->ino[ino].cur_len = 0;
	}
	r = new_fd(m, false, ino);
done:
	crash_here(m);
	return r;
}

static ssize_t fk_write(void *ctx, int fd, const void *buf, size_t n)
{
	struct model *m = ctx;
	if (enter(m, C_WRITE))
		return -1;
	struct fakefd *f = get_fd(m, fd);
	ssize_t r = -1;
	if (!f || f->dir) {
		if (f)
			m->bad_fd_uses++;
		errno = EBADF;
		goto done;
	}
	if (m->write_chunk && n > m->write_chunk)
		n = m->write_chunk;
	struct inode *in = &m->ino[f->ino];
	assert_true(f->off + n <= MAX_DATA);
	memcpy(in->cur + f->off, buf, n);
	f->off += n;
	if (f->off > in->cur_len)
		in->cur_len = f->off;
	r = (ssize_t)n;
done:
	crash_here(m);
	return r;
}

static int fk_fsync(void *ctx, int fd)
{
	struct model *m = ctx;
	bool real_dir = is_real_dirfd(m, fd);
	struct fakefd *f = real_dir ? NULL : get_fd(m, fd);
	bool dir = real_dir || (f && f->dir);
	/* after a failed fsync the kernel may have dropped the dirty pages and
	 * cleared the error: a second fsync on the same descriptor proves
	 * nothing */
	if ((f && f->fsync_failed) || (real_dir && m->dir_fsync_failed == fd + 1))
		m->fsync_retries++;
	if (enter(m, dir ? C_FSYNC_DIR : C_FSYNC_FILE)) {
		if (f)
			f->fsync_failed = true;
		else if (real_dir)
			m->dir_fsync_failed = fd + 1;
		return -1;
	}
	int r = 0;
	if (dir) {
		m->dur = m->cur;
		m->n_pend = 0;
	} else if (f) {
		struct inode *in = &m->ino[f->ino];
		memcpy(in->dur, in->cur, in->cur_len);
		in->dur_len = in->cur_len;
	} else {
		errno = EBADF;
		r = -1;
	}
	crash_here(m);
	return r;
}

static int fk_close(void *ctx, int fd)
{
	struct model *m = ctx;
	struct fakefd *f = get_fd(m, fd);
	bool fail = enter(m, f && f->dir ? C_CLOSE_DIR : C_CLOSE);
	/* like Linux: the descriptor is released even when close fails */
	if (f)
		f->open = false;
	if (fail)
		return -1;
	crash_here(m);
	if (!f) {
		errno = EBADF;
		return -1;
	}
	return 0;
}

static int fk_renameat(void *ctx, int od, const char *op, int nd, const char *np)
{
	struct model *m = ctx;
	if (enter(m, C_RENAMEAT))
		return -1;
	const char *a = resolve(m, od, op), *b = resolve(m, nd, np);
	int r = -1;
	if (!a || !b) {
		errno = EXDEV;
		goto done;
	}
	int e = ns_find(&m->cur, a);
	if (e < 0) {
		errno = ENOENT;
		goto done;
	}
	char bname[NAME_LEN];
	snprintf(bname, sizeof(bname), "%s", b);
	int ino = m->cur.e[e].ino;
	add_pending(m, OP_RENAME, a, bname, ino);
	ns_remove(&m->cur, a);
	ns_set(&m->cur, bname, ino);
	r = 0;
done:
	crash_here(m);
	return r;
}

static int fk_unlinkat(void *ctx, int dirfd, const char *path, int flags)
{
	struct model *m = ctx;
	if (enter(m, C_UNLINKAT))
		return -1;
	const char *name = resolve(m, dirfd, path);
	int r = -1;
	int e = name ? ns_find(&m->cur, name) : -1;
	if (e < 0) {
		errno = ENOENT;
		goto done;
	}
	add_pending(m, OP_UNLINK, name, NULL, m->cur.e[e].ino);
	m->cur.e[e].ino = -1;
	r = 0;
done:
	crash_here(m);
	return r;
}

static struct store_io fake_io(struct model *m)
{
	return (struct store_io){.openat = fk_openat,
				 .write = fk_write,
				 .fsync = fk_fsync,
				 .close = fk_close,
				 .renameat = fk_renameat,
				 .unlinkat = fk_unlinkat,
				 .random_bytes = test_random,
				 .ctx = m};
}

/* ---- scenarios ---- */

struct fixture {
	char *dir;
	char path[4200];
};

static int setup(void **state)
{
	struct fixture *fx = calloc(1, sizeof(*fx));
	fx->dir = make_tmpdir();
	snprintf(fx->path, sizeof(fx->path), "%s/20260101-000000-abcdef.json", fx->dir);
	M = calloc(1, sizeof(*M));
	*state = fx;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *fx = *state;
	/* the fake never touches the real directory: it must still be empty */
	char cmd[4300];
	snprintf(cmd, sizeof(cmd), "test -z \"$(ls -A '%s')\"", fx->dir);
	int empty = system(cmd) == 0;
	rm_tree(fx->dir);
	free(fx);
	free(M);
	M = NULL;
	assert_true(empty);
	return 0;
}

static long total_states, total_variants, total_faults, total_saves;

/* Set the model up for a save of new over old (old NULL: first save). */
static void prepare(struct model *m, const struct fixture *fx, const char *old, size_t old_len,
		    const char *neu, size_t new_len, size_t chunk)
{
	model_init(m, fx->dir);
	m->target = strrchr(fx->path, '/') + 1;
	m->old_data = old;
	m->old_len = old_len;
	m->new_data = neu;
	m->new_len = new_len;
	m->write_chunk = chunk;
	if (old)
		model_put_durable(m, m->target, old, old_len);
}

static void assert_clean(struct model *m)
{
	if (m->violations)
		fail_msg("%d violation(s); first: %s", m->violations, m->first_violation);
	assert_int_equal(m->fsync_retries, 0);
	assert_int_equal(m->bad_fd_uses, 0);
	assert_int_equal(m->dir_mismatch, 0);
	for (int i = 0; i < MAX_FDS; i++)
		if (m->fd[i].open)
			fail_msg("descriptor %d left open", FD_BASE + i);
}

/* The bytes the current namespace holds under the target name. */
static bool current_is(const struct model *m, const char *data, size_t len)
{
	int e = ns_find(&m->cur, m->target);
	if (e < 0)
		return data == NULL;
	const struct inode *in = &m->ino[m->cur.e[e].ino];
	return data && in->cur_len == len && memcmp(in->cur, data, len) == 0;
}

static void count_checks(const struct model *m, int saves)
{
	total_states += m->states;
	total_variants += m->variants;
	total_saves += saves;
}

/* Crash after every call of one save. */
static void crash_every_step(const struct fixture *fx, const char *old, size_t old_len,
			     const char *neu, size_t new_len, size_t chunk)
{
	struct model *m = M;
	prepare(m, fx, old, old_len, neu, new_len, chunk);
	m->check_crashes = true;
	crash_here(m); /* k = 0: before the first call */
	struct store_io io = fake_io(m);
	struct diag d;
	diag_init(&d);
	bool ok = store_write_file(&io, fx->path, neu, new_len, &d);
	if (!ok)
		print_diags(&d);
	assert_true(ok);
	diag_finish(&d);
	assert_clean(m);
	/* after a successful save: the new version, fully durable, and only it */
	assert_true(current_is(m, neu, new_len));
	assert_int_equal(ns_count(&m->cur), 1);
	assert_int_equal(m->n_pend, 0);
	int e = ns_find(&m->dur, m->target);
	assert_true(e >= 0);
	const struct inode *in = &m->ino[m->dur.e[e].ino];
	assert_int_equal(in->dur_len, new_len);
	assert_memory_equal(in->dur, neu, new_len);
	count_checks(m, 1);
}

static char *make_text(const char *tag, size_t len)
{
	char *s = malloc(len + 1);
	for (size_t i = 0; i < len; i++)
		s[i] = (char)('a' + (i * 7 + strlen(tag)) % 26);
	size_t t = strlen(tag);
	memcpy(s, tag, t < len ? t : len);
	s[len] = '\0';
	return s;
}

static void test_crash_points(void **state)
{
	struct fixture *fx = *state;
	/* old longer than new, new longer than old, equal lengths; whole and
	 * short writes */
	static const size_t sizes[][2] = {{300, 120}, {120, 300}, {200, 200}};
	static const size_t chunks[] = {0, 7, 1};
	for (size_t s = 0; s < 3; s++) {
		char *old = make_text("{\"old\": 1,", sizes[s][0]);
		char *neu = make_text("{\"new\": 2,", sizes[s][1]);
		for (size_t c = 0; c < 3; c++) {
			/* the very first save, then a save over an old version */
			crash_every_step(fx, NULL, 0, neu, sizes[s][1], chunks[c]);
			crash_every_step(fx, old, sizes[s][0], neu, sizes[s][1], chunks[c]);
		}
		free(old);
		free(neu);
	}
}

/* Two saves in a row through the product, each one crashed at every step:
 * the second save starts from whatever state the first one left. */
static void test_crash_points_chained(void **state)
{
	struct fixture *fx = *state;
	struct model *m = M;
	const char *v1 = "{\"v\": 1}\n", *v2 = "{\"v\": 2, \"more\": true}\n";
	prepare(m, fx, NULL, 0, v1, strlen(v1), 5);
	m->check_crashes = true;
	struct store_io io = fake_io(m);
	struct diag d;
	diag_init(&d);
	assert_true(store_write_file(&io, fx->path, v1, strlen(v1), &d));
	assert_clean(m);
	/* keep the model, now expect v1 -> v2 */
	m->old_data = v1;
	m->old_len = strlen(v1);
	m->new_data = v2;
	m->new_len = strlen(v2);
	crash_here(m);
	assert_true(store_write_file(&io, fx->path, v2, strlen(v2), &d));
	assert_clean(m);
	assert_true(current_is(m, v2, strlen(v2)));
	assert_int_equal(ns_count(&m->cur), 1);
	diag_finish(&d);
	count_checks(m, 2);
}

/* The same through session_save with real session JSON. */
static void test_crash_points_session(void **state)
{
	struct fixture *fx = *state;
	struct diag d;
	diag_init(&d);
	struct session *s = session_load(SRCDIR "/test/data/visie-finished.json", &d);
	if (!s)
		print_diags(&d);
	assert_non_null(s);
	/* the old version: as saved at t0 */
	session_touch(s, 1700000000);
	size_t old_len, new_len;
	char *old = session_to_json(s, &old_len);
	assert_non_null(old);
	/* the new version: one answer changed, saved at t1 */
	struct answer a = {.kind = ANSWER_NA};
	assert_true(session_set(s, "VIS.A1.04", a));
	struct session *probe = session_load(SRCDIR "/test/data/visie-finished.json", &d);
	assert_non_null(probe);
	assert_true(session_set(probe, "VIS.A1.04", a));
	session_touch(probe, 1700000100);
	char *neu = session_to_json(probe, &new_len);
	assert_non_null(neu);
	session_destroy(probe);
	assert_true(old_len != new_len || memcmp(old, neu, old_len) != 0);

	struct model *m = M;
	prepare(m, fx, old, old_len, neu, new_len, 512);
	m->check_crashes = true;
	crash_here(m);
	struct store_io io = fake_io(m);
	assert_true(session_save(s, fx->path, &io, 1700000100, &d));
	assert_clean(m);
	assert_true(current_is(m, neu, new_len));
	count_checks(m, 1);
	session_destroy(s);
	free(old);
	free(neu);
	diag_finish(&d);
}

/* Fail seam call k of a save, for every k and errno. */
static void fault_every_step(const struct fixture *fx, const char *old, size_t old_len,
			     const char *neu, size_t new_len, size_t chunk)
{
	static const int errs[] = {EIO, ENOSPC, EACCES, EINTR};
	struct model *m = M;
	/* a clean run for the number of calls and their kinds */
	prepare(m, fx, old, old_len, neu, new_len, chunk);
	struct store_io io = fake_io(m);
	struct diag d;
	diag_init(&d);
	assert_true(store_write_file(&io, fx->path, neu, new_len, &d));
	int n = m->calls;
	enum call kinds[64];
	assert_true(n <= 64);
	memcpy(kinds, m->log, (size_t)n * sizeof(kinds[0]));
	for (int k = 1; k <= n; k++) {
		for (size_t e = 0; e < sizeof(errs) / sizeof(errs[0]); e++) {
			prepare(m, fx, old, old_len, neu, new_len, chunk);
			m->fail_at = k;
			m->fail_errno = errs[e];
			diag_clear(&d);
			io = fake_io(m);
			bool ok = store_write_file(&io, fx->path, neu, new_len, &d);
			total_faults++;
			const char *what = call_name[kinds[k - 1]];
			assert_int_equal(m->failed_call, k);
			/* no fsync repeated on a descriptor whose fsync failed
			 * (a fresh temp file would be fine) */
			if (m->fsync_retries)
				fail_msg("fail %s (call %d) with %s: fsync repeated on the "
					 "descriptor whose fsync failed",
					 what, k, strerror(errs[e]));
			assert_clean(m);
			/* no temp file in the directory, whatever happened */
			if (ns_count(&m->cur) != (ok || old || kinds[k - 1] == C_FSYNC_DIR ? 1 : 0))
				fail_msg("fail %s (call %d) with %s: %d names in the directory",
					 what, k, strerror(errs[e]), ns_count(&m->cur));
			if (ok) {
				/* only an interrupted call may be retried invisibly,
				 * and the close of the directory after its fsync
				 * no longer matters */
				if (errs[e] != EINTR && kinds[k - 1] != C_CLOSE_DIR)
					fail_msg("fail %s (call %d) with %s: save reported success",
						 what, k, strerror(errs[e]));
				/* success means: the new version, durable */
				assert_true(current_is(m, neu, new_len));
				assert_int_equal(diag_count(&d), 0);
				int t = ns_find(&m->dur, m->target);
				if (t < 0 || m->ino[m->dur.e[t].ino].dur_len != new_len ||
				    memcmp(m->ino[m->dur.e[t].ino].dur, neu, new_len) != 0)
					fail_msg("fail %s (call %d) with %s: success reported, but "
						 "the new version is not durable",
						 what, k, strerror(errs[e]));
			} else {
				if (diag_count(&d) == 0)
					fail_msg("fail %s (call %d) with %s: no message", what, k,
						 strerror(errs[e]));
				/* the old file is intact, unless the rename was
				 * already done (a failing directory fsync) */
				if (kinds[k - 1] == C_FSYNC_DIR) {
					assert_true(current_is(m, neu, new_len));
				} else if (!current_is(m, old, old_len)) {
					fail_msg("fail %s (call %d) with %s: the old file changed",
						 what, k, strerror(errs[e]));
				}
			}
			/* and a crash right after the failed save recovers the
			 * old or the new version */
			m->check_crashes = true;
			crash_here(m);
			assert_clean(m);
			count_checks(m, 0);
		}
	}
	diag_finish(&d);
}

static void test_faults(void **state)
{
	struct fixture *fx = *state;
	char *old = make_text("{\"old\": 1,", 150);
	char *neu = make_text("{\"new\": 2,", 90);
	fault_every_step(fx, old, 150, neu, 90, 0);
	fault_every_step(fx, old, 150, neu, 90, 40);
	fault_every_step(fx, NULL, 0, neu, 90, 0);
	free(old);
	free(neu);
}

/* The model itself: a save that skips the fsync of the data, or writes the
 * target in place, must be caught. Guards against a model that accepts
 * everything. */
static void sloppy_write(struct model *m, const char *path, const char *data, size_t len,
			 bool in_place)
{
	struct store_io io = fake_io(m);
	const char *slash = strrchr(path, '/');
	char dir[4200];
	snprintf(dir, sizeof(dir), "%.*s", (int)(slash - path), path);
	int dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	assert_true(dfd >= 0);
	const char *name = in_place ? slash + 1 : "x.tmp-1";
	int fd = io.openat(m, dfd, name, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	assert_true(fd >= 0);
	assert_true(io.write(m, fd, data, len) == (ssize_t)len);
	io.close(m, fd); /* no fsync of the data */
	if (!in_place)
		io.renameat(m, dfd, name, dfd, slash + 1);
	io.fsync(m, dfd);
	close(dfd);
}

static void test_model_catches_bugs(void **state)
{
	struct fixture *fx = *state;
	const char *old = "old version\n", *neu = "new version, longer\n";
	for (int in_place = 0; in_place < 2; in_place++) {
		struct model *m = M;
		prepare(m, fx, old, strlen(old), neu, strlen(neu), 0);
		m->check_crashes = true;
		sloppy_write(m, fx->path, neu, strlen(neu), in_place);
		assert_true(m->violations > 0);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test_setup_teardown(test_model_catches_bugs, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_crash_points, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_crash_points_chained, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_crash_points_session, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_faults, setup, teardown),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);
	printf("crash points checked: %ld (after every call of %ld saves, and after each of "
	       "%ld fault-injected saves); recovered states checked: %ld (only durable state, and "
	       "every "
	       "subset of pending directory operations with every data variant); faults "
	       "injected: %ld\n",
	       total_states, total_saves, total_faults, total_variants, total_faults);
	return r;
}
