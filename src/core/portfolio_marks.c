/* The open answers a user chose for the portfolio (see
 * include/spiegel/portfolio.h): "spiegel-portfolio-marks/1". */
#include <cjson/cJSON.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "jsonfile.h"
#include "plan_internal.h"
#include "spiegel/portfolio.h"
#include "util.h"

#define FORMAT "spiegel-portfolio-marks/1"

void portfolio_marks_init(struct portfolio_marks *m)
{
	memset(m, 0, sizeof(*m));
}

void portfolio_marks_finish(struct portfolio_marks *m)
{
	free(m->v);
	portfolio_marks_init(m);
}

static size_t find(const struct portfolio_marks *m, const char *session, const char *item)
{
	for (size_t i = 0; i < m->n; i++)
		if (strcmp(m->v[i].session, session) == 0 && strcmp(m->v[i].item, item) == 0)
			return i;
	return SIZE_MAX;
}

bool portfolio_marked(const struct portfolio_marks *m, const char *session, const char *item)
{
	return m && find(m, session, item) != SIZE_MAX;
}

bool portfolio_mark(struct portfolio_marks *m, const char *session, const char *item, bool on,
		    struct diag *d)
{
	if (!plan_session_id_ok(session) || !plan_ident_ok(item)) {
		diag_add(d, "ongeldige sessie of vraag");
		return false;
	}
	size_t i = find(m, session, item);
	if (!on) {
		if (i != SIZE_MAX) {
			memmove(&m->v[i], &m->v[i + 1], (m->n - i - 1) * sizeof(*m->v));
			m->n--;
		}
		return true;
	}
	if (i != SIZE_MAX)
		return true;
	if (m->n >= PORTFOLIO_MAX_MARKS) {
		diag_add(d,
			 "je hebt al %d antwoorden gekozen voor je portfolio; haal er eerst "
			 "een weg",
			 PORTFOLIO_MAX_MARKS);
		return false;
	}
	if (!ARRAY_ROOM(m->v, m->n, m->cap, 16)) {
		diag_add(d, "onvoldoende geheugen");
		return false;
	}
	struct portfolio_mark *e = &m->v[m->n++];
	snprintf(e->session, sizeof(e->session), "%s", session);
	snprintf(e->item, sizeof(e->item), "%s", item);
	return true;
}

char *portfolio_marks_path(const char *dir)
{
	char *p = malloc(strlen(dir) + sizeof("/portfolio.json"));
	if (p)
		sprintf(p, "%s/portfolio.json", dir);
	return p;
}

int portfolio_marks_lock(const char *dir, const char *host, long pid, struct diag *d)
{
	return store_lock_file(dir, "portfolio", "je portfoliokeuze", host, pid, d);
}

bool portfolio_marks_parse(const char *name, const char *text, size_t len,
			   struct portfolio_marks *m, struct diag *d)
{
	portfolio_marks_init(m);
	cJSON *root = jsonio_parse(name, text, len, d);
	if (!root)
		return false;
	struct jctx c = {.file = name, .d = d, .ok = true};
	if (!jcheck_format(&c, root, "spiegel-portfolio-marks/", FORMAT,
			   "geen portfoliokeuze van spiegel", "formaat"))
		goto out;
	static const char *const keys[] = {"format", "updated", "marks", NULL};
	jcheck_keys(&c, root, keys, "");
	const char *up = jget_string(&c, root, "updated", false, "");
	if (up && strlen(up) < sizeof(m->updated))
		snprintf(m->updated, sizeof(m->updated), "%s", up);
	else if (up)
		jerror(&c, "", "\"updated\" is geen tijdstip");
	const cJSON *arr = jget_container(&c, root, "marks", cJSON_Array, true, "");
	if (arr && cJSON_GetArraySize(arr) > PORTFOLIO_MAX_MARKS) {
		jerror(&c, "marks", "te veel keuzes (%d, hoogstens %d)", cJSON_GetArraySize(arr),
		       PORTFOLIO_MAX_MARKS);
		arr = NULL;
	}
	if (arr && !jcheck_objects(&c, arr, "keuze"))
		arr = NULL;
	const cJSON *e;
	size_t i = 0;
	cJSON_ArrayForEach(e, arr)
	{
		char where[32];
		snprintf(where, sizeof(where), "marks[%zu]", i++);
		static const char *const mkeys[] = {"session", "item", NULL};
		jcheck_keys(&c, e, mkeys, where);
		const char *s = jget_string(&c, e, "session", true, where);
		const char *it = jget_string(&c, e, "item", true, where);
		if (!s || !it)
			continue;
		if (portfolio_marked(m, s, it)) {
			jerror(&c, where, "deze keuze staat er al");
			continue;
		}
		struct diag tmp;
		diag_init(&tmp);
		if (!portfolio_mark(m, s, it, true, &tmp))
			jerror(&c, where, "%s", diag_count(&tmp) ? diag_msg(&tmp, 0) : "ongeldig");
		diag_finish(&tmp);
	}
out:
	cJSON_Delete(root);
	if (!c.ok)
		portfolio_marks_finish(m);
	return c.ok;
}

bool portfolio_marks_load(const char *path, struct portfolio_marks *m, struct diag *d)
{
	portfolio_marks_init(m);
	struct stat sb;
	if (lstat(path, &sb) != 0 && errno == ENOENT)
		return true; /* nothing chosen yet */
	size_t len;
	char *text = jsonio_read_file(path, PORTFOLIO_MARKS_MAX_FILE, &len, d);
	if (!text)
		return false;
	bool ok = portfolio_marks_parse(path, text, len, m, d);
	free(text);
	return ok;
}

char *portfolio_marks_to_json(const struct portfolio_marks *m, size_t *len)
{
	cJSON *root = cJSON_CreateObject();
	bool ok = root && cJSON_AddStringToObject(root, "format", FORMAT) &&
		  cJSON_AddStringToObject(root, "updated", m->updated);
	cJSON *arr = ok ? cJSON_AddArrayToObject(root, "marks") : NULL;
	ok = ok && arr;
	for (size_t i = 0; ok && i < m->n; i++) {
		cJSON *o = cJSON_CreateObject();
		if (!o || !cJSON_AddItemToArray(arr, o)) {
			cJSON_Delete(o);
			ok = false;
			break;
		}
		ok = cJSON_AddStringToObject(o, "session", m->v[i].session) &&
		     cJSON_AddStringToObject(o, "item", m->v[i].item);
	}
	char *out = ok ? jsonio_print(root, len) : NULL;
	cJSON_Delete(root);
	return out;
}

JSONFILE_DEFINE_SAVE(struct portfolio_marks, portfolio_marks_save, portfolio_marks_to_json,
		     PORTFOLIO_MARKS_MAX_FILE)
