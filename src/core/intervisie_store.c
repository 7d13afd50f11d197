/* Intervisie groups on disk: the directory, loading and saving a group,
 * the list of groups and the editing lock. */
#include "spiegel/intervisie.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jsonfile.h"
#include "util.h"

static const struct store_kind group_kind = {intervisie_id_ok, "groeps-id", "groep"};

JSONFILE_DEFINE_LOAD(struct intervisie, intervisie_load, intervisie_parse, INTERVISIE_MAX_FILE)
JSONFILE_DEFINE_SAVE(struct intervisie, intervisie_save, intervisie_to_json, INTERVISIE_MAX_FILE)

bool intervisie_dir(const struct store *st, char **dir, struct diag *d)
{
	*dir = store_subdir(st, "intervisie", d);
	return *dir != NULL;
}

char *intervisie_path(const char *dir, const char *id)
{
	if (!intervisie_id_ok(id))
		return NULL;
	char name[INTERVISIE_ID_MAX + 8];
	snprintf(name, sizeof(name), "%s.json", id);
	return path_join(dir, name);
}

static int cmp_entry(const void *a, const void *b)
{
	const struct intervisie_entry *x = a, *y = b;
	int r = strcmp(y->updated, x->updated);
	return r ? r : strcmp(y->id, x->id);
}

void intervisie_list_free(struct intervisie_entry *entries, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(entries[i].name);
		free(entries[i].questionnaire);
	}
	free(entries);
}

/* The groups listed so far (intervisie_list). */
struct group_found {
	const char *dir;
	struct intervisie_entry *v;
	size_t n, cap, bad;
};

static bool found_group(void *ctx, const char *id, struct diag *d)
{
	struct group_found *f = ctx;
	char *path = intervisie_path(f->dir, id);
	struct intervisie *iv = path ? intervisie_load(path, d) : NULL;
	free(path);
	if (!iv) {
		f->bad++;
		return true;
	}
	bool ok = ARRAY_ROOM(f->v, f->n, f->cap, 8);
	if (ok) {
		struct intervisie_entry *e = &f->v[f->n++];
		memset(e, 0, sizeof(*e));
		snprintf(e->id, sizeof(e->id), "%s", iv->id);
		e->name = strdup(iv->name);
		e->questionnaire = strdup(iv->questionnaire);
		e->participants = iv->n_participants;
		memcpy(e->updated, iv->updated, sizeof(e->updated));
		ok = e->name && e->questionnaire;
	}
	intervisie_destroy(iv);
	if (!ok)
		diag_add(d, "onvoldoende geheugen");
	return ok;
}

bool intervisie_list(const char *dir, struct intervisie_entry **entries, size_t *n, size_t *bad,
		     struct diag *d)
{
	struct group_found f = {.dir = dir};
	bool ok = store_each_id(dir, &group_kind, found_group, &f, d);
	if (!ok) {
		intervisie_list_free(f.v, f.n);
		f.v = NULL;
		f.n = 0;
	} else if (f.n > 1) {
		qsort(f.v, f.n, sizeof(*f.v), cmp_entry);
	}
	*entries = f.v;
	*n = f.n;
	*bad = f.bad;
	return ok;
}

int intervisie_lock(const char *dir, const char *id, const char *host, long pid, struct diag *d)
{
	return store_lock_id(dir, &group_kind, id, host, pid, d);
}

int intervisie_clean_temp(const char *dir)
{
	return store_clean_temp_dir(dir, &group_kind);
}
