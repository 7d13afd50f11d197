/* The files of a kind (store.h, struct store_kind): <dir>/<id>.json with its
 * lock and temp files beside it, listed, cleaned and deleted alike for
 * sessions, intervisie groups and voornemens. */
#include "spiegel/store.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "store_internal.h"
#include "util.h"

/* Room for an id in a file name: the lock's name holds 64 bytes of it. */
#define ID_ROOM 72

bool store_each_id(const char *dir, const struct store_kind *kind,
		   bool (*each)(void *ctx, const char *id, struct diag *d), void *ctx,
		   struct diag *d)
{
	DIR *dh = opendir(dir);
	if (!dh) {
		diag_add(d, "%s: map kan niet worden gelezen (%s)", dir, strerror(errno));
		return false;
	}
	bool ok = true;
	struct dirent *de;
	while (ok && (de = readdir(dh))) {
		size_t n = json_stem_len(de->d_name);
		char id[ID_ROOM];
		if (n == 0 || n >= sizeof(id))
			continue;
		memcpy(id, de->d_name, n);
		id[n] = '\0';
		if (kind->id_ok(id))
			ok = each(ctx, id, d);
	}
	closedir(dh);
	return ok;
}

/* "<id>.json.tmp-<hex>": the id into id (of size bytes), when kind's. */
static bool temp_of(const char *name, const struct store_kind *kind, char *id, size_t size)
{
	const char *t = strstr(name, ".json" STORE_TEMP_TAG);
	size_t n = t ? (size_t)(t - name) : 0;
	if (!t || n == 0 || n >= size)
		return false;
	memcpy(id, name, n);
	id[n] = '\0';
	return kind->id_ok(id);
}

int store_clean_temp_dir(const char *dir, const struct store_kind *kind)
{
	/* a temp file belongs to a live save when another process holds the
	 * lock of its id: every save of a file happens under that lock. So a
	 * temp file is removed only while its lock is ours; one of a file open
	 * elsewhere, or of no id, is left alone. */
	int n = 0;
	DIR *dh = opendir(dir);
	if (!dh)
		return 0;
	struct dirent *de;
	while ((de = readdir(dh))) {
		char id[ID_ROOM];
		if (!temp_of(de->d_name, kind, id, sizeof(id)))
			continue;
		struct diag quiet;
		diag_init(&quiet);
		int lock = store_lock_at(dir, id, kind->what, true, &quiet);
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

bool store_delete_id(const char *dir, const struct store_kind *kind, const char *id, struct diag *d)
{
	int lock = store_lock_id(dir, kind, id, "", 0, d);
	if (lock < 0)
		return false;
	DIR *dh = opendir(dir);
	if (!dh) {
		diag_add(d, "%s: map kan niet worden gelezen (%s)", dir, strerror(errno));
		store_unlock(lock);
		return false;
	}
	bool ok = true;
	size_t n = strlen(id);
	struct dirent *de;
	while ((de = readdir(dh))) {
		/* <id>.json, <id>.json.tmp-*, <id>.lock */
		if (strncmp(de->d_name, id, n) != 0 || de->d_name[n] != '.')
			continue;
		const char *rest = de->d_name + n;
		if (strcmp(rest, ".json") != 0 && strcmp(rest, ".lock") != 0 &&
		    strncmp(rest, ".json" STORE_TEMP_TAG, 5 + sizeof(STORE_TEMP_TAG) - 1) != 0)
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
