/* Bulk import of hand-ins into an intervisie group, matched to the
 * participants by their alias (see include/spiegel/intervisie.h). */
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "spiegel/intervisie.h"
#include "util.h"

static char *msg(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* A message for a file, malloc'd (cut at a character boundary when long). */
static char *msg(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char tmp[1024];
	vsnprintf(tmp, sizeof(tmp), fmt, ap);
	va_end(ap);
	utf8_trim(tmp);
	return strdup(tmp);
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The *.json names in dir, sorted; at most INTERVISIE_BULK_MAX (the rest
 * counted in *more). */
static bool list_dir(const char *dir, char ***names, size_t *n, size_t *more, struct diag *d)
{
	*names = NULL;
	*n = *more = 0;
	DIR *dh = opendir(dir);
	if (!dh) {
		diag_add(d, "%s: map kan niet worden gelezen: %s", dir, strerror(errno));
		return false;
	}
	size_t cap = 0;
	bool ok = true;
	struct dirent *de;
	while (ok && (de = readdir(dh))) {
		if (!json_visible_name(de->d_name))
			continue;
		if (*n == INTERVISIE_BULK_MAX) {
			(*more)++;
			continue;
		}
		if (!ARRAY_ROOM(*names, *n, cap, 16) || !((*names)[*n] = strdup(de->d_name)))
			ok = false;
		else
			(*n)++;
	}
	closedir(dh);
	if (!ok)
		diag_add(d, "onvoldoende geheugen");
	else if (*n > 1)
		qsort(*names, *n, sizeof(**names), by_name);
	return ok;
}

/* Plan one file: load, match, check. */
static bool plan_one(const struct intervisie *iv, const struct questionnaire *q, const char *dir,
		     struct intervisie_bulk_entry *e)
{
	size_t dl = strlen(dir);
	char *path = malloc(dl + strlen(e->name) + 2);
	if (!path)
		return false;
	sprintf(path, "%s%s%s", dir, dl && dir[dl - 1] == '/' ? "" : "/", e->name);
	struct diag d;
	diag_init(&d);
	struct session *s = session_load(path, &d);
	if (!s) {
		e->problem = msg("geen leesbaar sessie- of inleverbestand (%s)",
				 diag_count(&d) ? diag_msg(&d, 0) : "?");
	} else if (!s->participant || !*s->participant) {
		e->problem = msg("er staat geen code of naam in (maak het inleverbestand met "
				 "spiegel export --alias CODE)");
	} else if ((e->participant = intervisie_find_participant(iv, s->participant)) < 0) {
		e->problem = msg("geen deelnemer met de code \"%s\" in deze groep", s->participant);
	} else if (!intervisie_import_check(iv, q, s, e->name, &e->info, &d)) {
		/* the participant stays named: their file does not fit (the
		 * message without the file's name, which the list shows) */
		const char *why = diag_count(&d) ? diag_msg(&d, diag_count(&d) - 1) : "ongeldig";
		size_t nl = strlen(e->name);
		if (strncmp(why, e->name, nl) == 0 && strncmp(why + nl, ": ", 2) == 0)
			why += nl + 2;
		e->problem = msg("%s", why);
	} else {
		e->s = s;
		s = NULL;
	}
	session_destroy(s);
	diag_finish(&d);
	free(path);
	return e->s || e->problem;
}

/* Two files for one participant: a copy of the same session counts once;
 * two different sessions, neither (the coach decides). */
static bool settle_doubles(struct intervisie_bulk *b)
{
	for (size_t i = 0; i < b->n; i++) {
		struct intervisie_bulk_entry *e = &b->v[i];
		if (!e->s)
			continue;
		for (size_t j = i + 1; j < b->n; j++) {
			struct intervisie_bulk_entry *o = &b->v[j];
			if (!o->s || o->participant != e->participant)
				continue;
			bool same = strcmp(o->s->id, e->s->id) == 0;
			o->problem = same ? msg("een kopie van %s; telt één keer", e->name)
					  : msg("nog een bestand voor deze deelnemer, naast %s: "
						"geen van beide ingelezen",
						e->name);
			session_destroy(o->s);
			o->s = NULL;
			if (!o->problem)
				return false;
			if (!same && !e->problem) {
				e->problem =
				    msg("nog een bestand voor deze deelnemer, naast %s: geen "
					"van beide ingelezen",
					o->name);
				if (!e->problem)
					return false;
			}
		}
		if (e->problem) {
			session_destroy(e->s);
			e->s = NULL;
		}
	}
	return true;
}

bool intervisie_bulk_plan(const struct intervisie *iv, const struct questionnaire *q,
			  const char *dir, struct intervisie_bulk *b, struct diag *d)
{
	memset(b, 0, sizeof(*b));
	char **names;
	size_t n;
	if (!list_dir(dir, &names, &n, &b->more, d))
		return false;
	b->v = calloc(n ? n : 1, sizeof(*b->v));
	bool ok = b->v != NULL;
	for (size_t i = 0; i < n; i++) {
		if (ok) {
			b->v[i].name = names[i];
			b->v[i].participant = -1;
			b->n++;
			ok = plan_one(iv, q, dir, &b->v[i]);
		} else {
			free(names[i]);
		}
	}
	free(names);
	ok = ok && settle_doubles(b);
	if (!ok) {
		diag_add(d, "onvoldoende geheugen");
		intervisie_bulk_finish(b);
		return false;
	}
	for (size_t i = 0; i < b->n; i++) {
		const struct intervisie_bulk_entry *e = &b->v[i];
		if (!e->s)
			continue;
		b->ready++;
		const struct intervisie_participant *p = &iv->participants[e->participant];
		b->replacing += session_count_answered(p->answers, q) > 0;
	}
	return true;
}

bool intervisie_bulk_apply(struct intervisie *iv, const struct questionnaire *q,
			   struct intervisie_bulk *b, struct diag *d)
{
	for (size_t i = 0; i < b->n; i++) {
		struct intervisie_bulk_entry *e = &b->v[i];
		if (!e->s)
			continue;
		if (!intervisie_import_session(iv, (size_t)e->participant, q, e->s, &e->info, d))
			return false;
	}
	return true;
}

void intervisie_bulk_finish(struct intervisie_bulk *b)
{
	for (size_t i = 0; i < b->n; i++) {
		free(b->v[i].name);
		free(b->v[i].problem);
		session_destroy(b->v[i].s);
	}
	free(b->v);
	memset(b, 0, sizeof(*b));
}
