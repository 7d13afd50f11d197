/* Intervisie groups on disk: the directory, loading and saving a group,
 * the list of groups and the editing lock. */
#include "spiegel/intervisie.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jsonfile.h"
#include "util.h"

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

bool intervisie_list(const char *dir, struct intervisie_entry **entries, size_t *n, size_t *bad,
		     struct diag *d)
{
	*entries = NULL;
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
		size_t len = strlen(de->d_name);
		if (len < 6 || strcmp(de->d_name + len - 5, ".json") != 0)
			continue;
		char id[INTERVISIE_ID_MAX + 1];
		if (len - 5 > INTERVISIE_ID_MAX)
			continue;
		memcpy(id, de->d_name, len - 5);
		id[len - 5] = '\0';
		if (!intervisie_id_ok(id))
			continue;
		char *path = intervisie_path(dir, id);
		struct intervisie *iv = path ? intervisie_load(path, d) : NULL;
		free(path);
		if (!iv) {
			(*bad)++;
			continue;
		}
		if (*n == cap) {
			cap = cap ? cap * 2 : 8;
			struct intervisie_entry *ne = realloc(*entries, cap * sizeof(*ne));
			if (!ne) {
				intervisie_destroy(iv);
				ok = false;
				break;
			}
			*entries = ne;
		}
		struct intervisie_entry *e = &(*entries)[*n];
		memset(e, 0, sizeof(*e));
		snprintf(e->id, sizeof(e->id), "%s", iv->id);
		e->name = strdup(iv->name);
		e->questionnaire = strdup(iv->questionnaire);
		e->participants = iv->n_participants;
		memcpy(e->updated, iv->updated, sizeof(e->updated));
		intervisie_destroy(iv);
		(*n)++;
		if (!e->name || !e->questionnaire)
			ok = false;
	}
	closedir(dh);
	if (!ok) {
		diag_add(d, "onvoldoende geheugen");
		intervisie_list_free(*entries, *n);
		*entries = NULL;
		*n = 0;
		return false;
	}
	if (*n > 1)
		qsort(*entries, *n, sizeof(**entries), cmp_entry);
	return true;
}

static const struct store_kind group_kind = {intervisie_id_ok, "groeps-id", "groep"};

int intervisie_lock(const char *dir, const char *id, const char *host, long pid, struct diag *d)
{
	return store_lock_id(dir, &group_kind, id, host, pid, d);
}
