/* The listing of a group run (group_run.h): every path named, folders
 * walked in name order, before any file is read. */
#define _GNU_SOURCE
#include "group_run_internal.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util.h"

void group_list_finish(struct group_list *l)
{
	free(l->text);
	free(l->v);
	free(l->dirs);
	memset(l, 0, sizeof(*l));
}

/* s[0..n) and a NUL into the text; its offset, or UINT32_MAX on OOM. */
static uint32_t put_text(struct group_list *l, const char *s, size_t n)
{
	if (l->len + n + 1 > l->cap) {
		size_t cap = l->cap ? l->cap : 4096;
		while (cap < l->len + n + 1)
			cap *= 2;
		char *t = cap <= UINT32_MAX ? realloc(l->text, cap) : NULL;
		if (!t) {
			l->failed = true;
			return UINT32_MAX;
		}
		l->text = t;
		l->cap = cap;
	}
	uint32_t at = (uint32_t)l->len;
	memcpy(l->text + at, s, n);
	l->text[at + n] = '\0';
	l->len += n + 1;
	return at;
}

static void add_entry(struct group_list *l, uint32_t text, uint32_t dir, enum group_entry_kind kind,
		      bool base)
{
	if (text == UINT32_MAX)
		return;
	if (!ARRAY_ROOM(l->v, l->n, l->cap_v, 256)) {
		l->failed = true;
		return;
	}
	l->v[l->n++] = (struct group_entry){text, dir, kind, base};
}

/* A path that cannot be read as part of the group: "PATH: why". */
static void problem(struct group_list *l, const char *path, const char *why, bool base)
{
	char *msg;
	if (asprintf(&msg, "%s: %s", path, why) < 0) {
		l->failed = true;
		return;
	}
	add_entry(l, put_text(l, msg, strlen(msg)), GROUP_NO_DIR, ENTRY_PROBLEM, base);
	free(msg);
}

static void file(struct group_list *l, const char *path, bool base)
{
	add_entry(l, put_text(l, path, strlen(path)), GROUP_NO_DIR, ENTRY_FILE, base);
}

/* The names of one folder while it is listed: offsets into names, with
 * their d_type. */
struct folder_name {
	uint32_t at;
	unsigned char type;
};
struct folder {
	char *names;
	size_t len, cap;
	struct folder_name *v;
	size_t n, cap_v;
};

static bool folder_add(struct folder *f, const char *name, unsigned char type)
{
	size_t n = strlen(name) + 1;
	if (f->len + n > f->cap) {
		size_t cap = f->cap ? f->cap * 2 : 4096;
		if (f->len + n > UINT32_MAX)
			return false;
		while (cap < f->len + n)
			cap *= 2;
		char *t = realloc(f->names, cap);
		if (!t)
			return false;
		f->names = t;
		f->cap = cap;
	}
	if (!ARRAY_ROOM(f->v, f->n, f->cap_v, 64))
		return false;
	memcpy(f->names + f->len, name, n);
	f->v[f->n].at = (uint32_t)f->len;
	f->v[f->n++].type = type;
	f->len += n;
	return true;
}

static int by_name(const void *a, const void *b, void *names)
{
	const struct folder_name *x = a, *y = b;
	return strcmp((const char *)names + x->at, (const char *)names + y->at);
}

static void walk(struct group_list *l, const char *path, int depth, bool base);

/* A folder's entries (not starting with '.') in name order: folders walked,
 * *.json files listed (links to files too: reading them says why not),
 * links to folders reported. */
static void walk_folder(struct group_list *l, const char *path, int depth, bool base)
{
	DIR *dir = opendir(path);
	if (!dir) {
		problem(l, path, strerror(errno), base);
		return;
	}
	struct folder f = {0};
	bool ok = true;
	int err = 0;
	while (ok) {
		errno = 0;
		struct dirent *e = readdir(dir);
		if (!e) {
			err = errno;
			break;
		}
		if (e->d_name[0] != '.')
			ok = folder_add(&f, e->d_name, e->d_type);
	}
	closedir(dir);
	if (!ok || err) {
		if (ok)
			problem(l, path, strerror(err), base);
		else
			l->failed = true;
		free(f.names);
		free(f.v);
		return;
	}
	if (f.n)
		qsort_r(f.v, f.n, sizeof(*f.v), by_name, f.names);
	/* the folder, once, for the files in it */
	uint32_t dir_index = GROUP_NO_DIR;
	size_t plen = strlen(path);
	const char *sep = path[plen - 1] == '/' ? "" : "/";
	for (size_t i = 0; i < f.n && !l->failed; i++) {
		const char *name = f.names + f.v[i].at;
		unsigned char type = f.v[i].type;
		size_t nlen = strlen(name);
		if (plen + strlen(sep) + nlen >= PATH_MAX) {
			problem(l, name, "het pad is te lang", base);
			continue;
		}
		if (type == DT_REG) {
			if (!json_visible_name(name))
				continue;
			if (dir_index == GROUP_NO_DIR)
				dir_index = group_list_add_dir(l, put_text(l, path, plen));
			/* without ".json": every name in a folder has it */
			add_entry(l, put_text(l, name, nlen - 5), dir_index, ENTRY_FILE, base);
			continue;
		}
		/* the path of what is not a plain file (walked or looked at) */
		char child[PATH_MAX];
		snprintf(child, sizeof(child), "%s%s%s", path, sep, name); /* it fits */
		struct stat cb;
		if (type == DT_DIR) {
			walk(l, child, depth + 1, base);
		} else if (lstat(child, &cb) != 0) {
			problem(l, child, strerror(errno), base);
		} else if (S_ISDIR(cb.st_mode) || json_visible_name(name)) {
			walk(l, child, depth + 1, base);
		} else if (S_ISLNK(cb.st_mode) && stat(child, &cb) == 0 && S_ISDIR(cb.st_mode)) {
			problem(l, child, "symbolische koppeling naar een map; niet gevolgd", base);
		}
	}
	free(f.names);
	free(f.v);
}

/* path: a file is listed, a folder walked. A path named (depth 0) is
 * followed if it is a link; inside folders, links to files are listed and
 * links to folders are not followed (no loops). */
static void walk(struct group_list *l, const char *path, int depth, bool base)
{
	struct stat sb;
	if ((depth == 0 ? stat(path, &sb) : lstat(path, &sb)) != 0) {
		problem(l, path, strerror(errno), base);
		return;
	}
	if (S_ISLNK(sb.st_mode)) {
		struct stat tb;
		if (stat(path, &tb) == 0 && S_ISREG(tb.st_mode))
			file(l, path, base);
		else
			problem(l, path,
				"symbolische koppeling naar een map of naar niets; niet gevolgd",
				base);
		return;
	}
	if (S_ISREG(sb.st_mode)) {
		file(l, path, base);
		return;
	}
	if (!S_ISDIR(sb.st_mode)) {
		problem(l, path, "geen gewoon bestand of map", base);
		return;
	}
	if (depth > GROUP_RUN_MAX_DEPTH) {
		problem(l, path, "te diep genest (meer dan 8 mappen diep)", base);
		return;
	}
	walk_folder(l, path, depth, base);
}

uint32_t group_list_add_dir(struct group_list *l, uint32_t path)
{
	if (path == UINT32_MAX)
		return GROUP_NO_DIR;
	if (!ARRAY_ROOM(l->dirs, l->n_dirs, l->cap_dirs, 16)) {
		l->failed = true;
		return GROUP_NO_DIR;
	}
	l->dirs[l->n_dirs] = path;
	return (uint32_t)l->n_dirs++;
}

void group_list_paths(struct group_list *l, const char *const *paths, size_t n, bool base)
{
	for (size_t i = 0; i < n && !l->failed; i++)
		walk(l, paths[i], 0, base);
}

void group_list_shrink(struct group_list *l)
{
	/* the room grown for more is given back: the listing stays as long
	 * as the run */
	char *t = l->len ? realloc(l->text, l->len) : NULL;
	if (t) {
		l->text = t;
		l->cap = l->len;
	}
	struct group_entry *v = l->n ? realloc(l->v, l->n * sizeof(*v)) : NULL;
	if (v) {
		l->v = v;
		l->cap_v = l->n;
	}
}

bool group_entry_path(const struct group_list *l, const struct group_entry *e, char *buf,
		      size_t size, const char **name)
{
	const char *text = l->text + e->text;
	if (e->dir == GROUP_NO_DIR) {
		int m = snprintf(buf, size, "%s", text);
		*name = buf;
		return m >= 0 && (size_t)m < size;
	}
	/* "DIR/TEXT.json", put together by hand: once per file read */
	const char *dir = l->text + l->dirs[e->dir];
	size_t n = strlen(dir), sep = dir[n - 1] != '/', t = strlen(text);
	if (n + sep + t + 5 >= size) {
		*name = buf;
		if (size)
			buf[0] = '\0';
		return false;
	}
	memcpy(buf, dir, n);
	buf[n] = '/';
	memcpy(buf + n + sep, text, t);
	memcpy(buf + n + sep + t, ".json", 6);
	*name = buf + n + sep;
	return true;
}
