/* The files of voornemens: <root>/plans/<id>.json with <id>.lock beside it
 * (see include/spiegel/plan.h). */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "plan_internal.h"

static const struct store_kind plan_kind = {plan_id_ok, "id van een voornemen", "voornemen"};

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
	return store_lock_id(dir, &plan_kind, id, host, pid, d);
}

/* The id of a file name "<id>.json" into id; false when it is none. */
static bool id_of(const char *name, char *id)
{
	if (strlen(name) < PLAN_ID_LEN)
		return false;
	memcpy(id, name, PLAN_ID_LEN);
	id[PLAN_ID_LEN] = '\0';
	return plan_id_ok(id) && strcmp(name + PLAN_ID_LEN, ".json") == 0;
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
		if (!id_of(de->d_name, id))
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
	return store_delete_id(dir, &plan_kind, id, d);
}

int plan_clean_temp(const char *dir)
{
	return store_clean_temp_dir(dir, &plan_kind);
}
