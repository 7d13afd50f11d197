/* The files of voornemens: <root>/plans/<id>.json with <id>.lock beside it
 * (see include/spiegel/plan.h). */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "plan_internal.h"

#define TEMP_TAG ".json.tmp-"

bool plan_dir(const struct store *st, char **dir, struct diag *d)
{
	*dir = store_subdir(st, "plans", d);
	return *dir != NULL;
}

char *plan_path(const char *dir, const char *id)
{
	if (!plan_id_ok(id))
		return NULL;
	char *p = malloc(strlen(dir) + PLAN_ID_LEN + 7);
	if (p)
		sprintf(p, "%s/%s.json", dir, id);
	return p;
}

int plan_lock(const char *dir, const char *id, const char *host, long pid, struct diag *d)
{
	if (!plan_id_ok(id)) {
		diag_add(d, "\"%s\" is geen id van een voornemen", id);
		return -1;
	}
	return store_lock_file(dir, id, "voornemen", host, pid, d);
}

/* The id of a file name "<id><suffix>" (suffix ".json", or a prefix of the
 * rest with prefix_only), into id; false when it is none. */
static bool id_of(const char *name, const char *suffix, bool prefix_only, char *id)
{
	if (strlen(name) < PLAN_ID_LEN)
		return false;
	memcpy(id, name, PLAN_ID_LEN);
	id[PLAN_ID_LEN] = '\0';
	const char *rest = name + PLAN_ID_LEN;
	if (!plan_id_ok(id))
		return false;
	return prefix_only ? strncmp(rest, suffix, strlen(suffix)) == 0 : strcmp(rest, suffix) == 0;
}

struct plan *plan_load_id(const char *dir, const char *id, struct diag *d)
{
	char *path = plan_path(dir, id);
	struct plan *p = NULL;
	if (!path)
		diag_add(d, "\"%s\" is geen id van een voornemen; zie spiegel plan", id);
	else if (access(path, F_OK) != 0 && errno == ENOENT)
		diag_add(d, "voornemen %s bestaat niet; zie spiegel plan", id);
	else if ((p = plan_load(path, d)) && strcmp(p->id, id) != 0) {
		diag_add(d, "%s: de id in het bestand (%s) is niet die van de naam", path, p->id);
		plan_destroy(p);
		p = NULL;
	}
	free(path);
	return p;
}

void plan_list_free(struct plan **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		plan_destroy(v[i]);
	free(v);
}

bool plan_list(const char *dir, struct plan ***v, size_t *n, size_t *bad, struct diag *d)
{
	*v = NULL;
	*n = 0;
	*bad = 0;
	DIR *dh = opendir(dir);
	if (!dh) {
		diag_add(d, "%s: map kan niet worden gelezen (%s)", dir, strerror(errno));
		return false;
	}
	size_t cap = 0;
	bool ok = true;
	struct dirent *de;
	while (ok && (de = readdir(dh))) {
		char id[PLAN_ID_LEN + 1];
		if (!id_of(de->d_name, ".json", false, id))
			continue;
		char *path = plan_path(dir, id);
		struct plan *p = path ? plan_load(path, d) : NULL;
		if (!path) {
			ok = false;
		} else if (!p) {
			(*bad)++;
		} else if (strcmp(p->id, id) != 0) {
			diag_add(d, "%s: de id in het bestand (%s) is niet die van de naam", path,
				 p->id);
			(*bad)++;
			plan_destroy(p);
		} else {
			if (*n == cap) {
				cap = cap ? cap * 2 : 16;
				struct plan **nv = realloc(*v, cap * sizeof(*nv));
				if (!nv) {
					plan_destroy(p);
					ok = false;
				} else {
					*v = nv;
				}
			}
			if (ok)
				(*v)[(*n)++] = p;
		}
		free(path);
	}
	closedir(dh);
	if (!ok) {
		diag_add(d, "onvoldoende geheugen");
		plan_list_free(*v, *n);
		*v = NULL;
		*n = 0;
	}
	return ok;
}

bool plan_delete(const char *dir, const char *id, struct diag *d)
{
	int lock = plan_lock(dir, id, "", 0, d);
	if (lock < 0)
		return false;
	DIR *dh = opendir(dir);
	if (!dh) {
		diag_add(d, "%s: map kan niet worden gelezen (%s)", dir, strerror(errno));
		store_unlock(lock);
		return false;
	}
	bool ok = true;
	struct dirent *de;
	while ((de = readdir(dh))) {
		char other[PLAN_ID_LEN + 1];
		if (!(id_of(de->d_name, ".json", false, other) ||
		      id_of(de->d_name, ".lock", false, other) ||
		      id_of(de->d_name, TEMP_TAG, true, other)) ||
		    strcmp(other, id) != 0)
			continue;
		if (unlinkat(dirfd(dh), de->d_name, 0) != 0) {
			diag_add(d, "%s/%s: kan niet worden verwijderd (%s)", dir, de->d_name,
				 strerror(errno));
			ok = false;
		}
	}
	closedir(dh);
	store_unlock(lock);
	return ok;
}

int plan_clean_temp(const char *dir)
{
	/* as store_clean_temp: a temp file belongs to a live save while its
	 * voornemen's lock is held elsewhere, so only those whose lock is
	 * free are removed */
	int n = 0;
	DIR *dh = opendir(dir);
	if (!dh)
		return 0;
	struct dirent *de;
	while ((de = readdir(dh))) {
		char id[PLAN_ID_LEN + 1];
		if (!id_of(de->d_name, TEMP_TAG, true, id))
			continue;
		struct diag quiet;
		diag_init(&quiet);
		int lock = plan_lock(dir, id, "", 0, &quiet);
		diag_finish(&quiet);
		if (lock < 0)
			continue;
		if (unlinkat(dirfd(dh), de->d_name, 0) == 0)
			n++;
		store_unlock(lock);
	}
	closedir(dh);
	return n;
}
