/* The files of voornemens: <root>/plans/<id>.json with <id>.lock beside it
 * (see include/spiegel/plan.h). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "plan_internal.h"
#include "util.h"

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

/* The voornemens listed so far (plan_list). */
struct plan_found {
	const char *dir;
	struct plan **v;
	size_t n, cap, bad;
};

static bool found_plan(void *ctx, const char *id, struct diag *d)
{
	struct plan_found *f = ctx;
	char *path = plan_path(f->dir, id);
	struct plan *p = path ? plan_load(path, d) : NULL;
	bool ok = path != NULL;
	if (!p) {
		f->bad += ok;
	} else if (strcmp(p->id, id) != 0) {
		diag_add(d, "%s: de id in het bestand (%s) is niet die van de naam", path, p->id);
		f->bad++;
		plan_destroy(p);
	} else if ((ok = ARRAY_ROOM(f->v, f->n, f->cap, 16))) {
		f->v[f->n++] = p;
	} else {
		plan_destroy(p);
	}
	free(path);
	if (!ok)
		diag_add(d, "onvoldoende geheugen");
	return ok;
}

bool plan_list(const char *dir, struct plan ***v, size_t *n, size_t *bad, struct diag *d)
{
	struct plan_found f = {.dir = dir};
	bool ok = store_each_id(dir, &plan_kind, found_plan, &f, d);
	if (!ok) {
		plan_list_free(f.v, f.n);
		f.v = NULL;
		f.n = 0;
	}
	*v = f.v;
	*n = f.n;
	*bad = f.bad;
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
