/* A content directory: the catalogue and every questionnaire in it, and
 * the questionnaires that measure a practice elsewhere or deeper. */
#include "spiegel/content.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "content_internal.h"

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

struct content *content_load_dir(const char *dir, struct diag *d)
{
	DIR *dh = opendir(dir);
	if (!dh) {
		diag_add(d, "%s: inhoudsmap kan niet worden geopend", dir);
		return NULL;
	}
	char **names = NULL;
	size_t n = 0, cap = 0;
	struct dirent *de;
	while ((de = readdir(dh))) {
		if (!json_stem_len(de->d_name) || strcmp(de->d_name, "practices.json") == 0)
			continue;
		if (!ARRAY_ROOM(names, n, cap, 16) || !(names[n] = strdup(de->d_name)))
			break;
		n++;
	}
	closedir(dh);
	if (n)
		qsort(names, n, sizeof(*names), cmp_str);

	struct content *c = calloc(1, sizeof(*c));
	char path[4096];
	if (!c || !(c->dir = strdup(dir)))
		goto oom;
	snprintf(path, sizeof(path), "%s/practices.json", dir);
	c->catalogue = content_load_catalogue(path, d);
	if (!c->catalogue)
		goto fail;
	c->qs = calloc(n ? n : 1, sizeof(*c->qs));
	if (!c->qs)
		goto oom;
	for (size_t i = 0; i < n; i++) {
		snprintf(path, sizeof(path), "%s/%s", dir, names[i]);
		struct questionnaire *q = content_load_questionnaire(path, c->catalogue, d);
		if (q)
			c->qs[c->n_qs++] = q;
	}
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
	return c;
oom:
	diag_add(d, "%s: onvoldoende geheugen", dir);
fail:
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
	content_destroy(c);
	return NULL;
}

void content_destroy(struct content *c)
{
	if (!c)
		return;
	for (size_t i = 0; i < c->n_qs; i++)
		content_questionnaire_destroy(c->qs[i]);
	free(c->qs);
	content_catalogue_destroy(c->catalogue);
	free(c->dir);
	free(c);
}

const struct questionnaire *content_find(const struct content *c, const char *id)
{
	for (size_t i = 0; i < c->n_qs; i++)
		if (strcmp(c->qs[i]->id, id) == 0)
			return c->qs[i];
	return NULL;
}

const struct questionnaire *content_deeper(const struct content *c,
					   const struct questionnaire *from, size_t p)
{
	const struct questionnaire *best = NULL;
	double best_w = CONTENT_DEEPER_WEIGHT - 1e-9;
	for (size_t k = 0; k < c->n_qs; k++) {
		const struct questionnaire *q = c->qs[k];
		/* a short module (a course day) is a check-in, not a deepening */
		if (q == from || (from && strcmp(q->id, from->id) == 0) ||
		    q->n_items < CONTENT_DEEPER_MIN_ITEMS)
			continue;
		double w = 0, all = 0;
		for (size_t i = 0; i < q->n_items; i++)
			for (size_t j = 0; j < q->items[i].n_weights; j++) {
				all += q->items[i].weights[j].w;
				if (q->items[i].weights[j].practice == p)
					w += q->items[i].weights[j].w;
			}
		/* a broad scan spreads its weight thin: it is not "deeper" */
		if (w < CONTENT_DEEPER_SHARE * all)
			continue;
		if (w > best_w) {
			best = q;
			best_w = w;
		}
	}
	return best;
}

const struct questionnaire *content_measured_in(const struct content *c,
						const struct questionnaire *from, size_t p)
{
	const struct questionnaire *best = NULL;
	bool best_long = false;
	unsigned best_w = 0;
	for (size_t k = 0; k < c->n_qs; k++) {
		const struct questionnaire *q = c->qs[k];
		if (q == from || (from && strcmp(q->id, from->id) == 0) ||
		    !content_is_primary(q, p))
			continue;
		unsigned w;
		size_t n;
		content_full_coverage(q, p, &w, &n);
		bool lng = q->n_items >= CONTENT_DEEPER_MIN_ITEMS;
		if (!best || (lng && !best_long) || (lng == best_long && w > best_w)) {
			best = q;
			best_long = lng;
			best_w = w;
		}
	}
	return best;
}

/* FNV-1a, 64 bits, over n bytes. */
static uint64_t fnv(uint64_t h, const void *p, size_t n)
{
	const unsigned char *b = p;
	for (size_t i = 0; i < n; i++)
		h = (h ^ b[i]) * 0x100000001b3ull;
	return h;
}

/* The names of dir's *.json files are hashed in any order: the sum of a
 * hash per file does not depend on the order readdir gives. */
bool content_dir_key(const char *dir, uint64_t *key)
{
	DIR *dh = opendir(dir);
	if (!dh)
		return false;
	uint64_t sum = fnv(0xcbf29ce484222325ull, dir, strlen(dir)), n = 0;
	struct dirent *de;
	bool ok = true;
	while ((de = readdir(dh))) {
		if (!json_stem_len(de->d_name))
			continue;
		size_t len = strlen(de->d_name);
		struct stat sb;
		if (fstatat(dirfd(dh), de->d_name, &sb, 0) != 0) {
			ok = false;
			break;
		}
		uint64_t f[9] = {(uint64_t)sb.st_dev,
				 (uint64_t)sb.st_ino,
				 (uint64_t)sb.st_size,
				 (uint64_t)sb.st_mtim.tv_sec,
				 (uint64_t)sb.st_mtim.tv_nsec,
				 (uint64_t)sb.st_ctim.tv_sec,
				 (uint64_t)sb.st_ctim.tv_nsec,
				 (uint64_t)sb.st_mode,
				 len};
		uint64_t h = fnv(0xcbf29ce484222325ull, de->d_name, len);
		sum += fnv(h, f, sizeof(f)) * 2 + 1;
		n++;
	}
	closedir(dh);
	*key = fnv(sum, &n, sizeof(n));
	return ok;
}
