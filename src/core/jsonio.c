#define _GNU_SOURCE
#include "jsonio.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util.h"

bool jsonio_read_at(int dirfd, const char *name, const char *path, size_t max, char **buf,
		    size_t *cap, size_t *len, struct stat *sb, struct diag *d)
{
	int fd = openat(dirfd, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0) {
		if (errno == ELOOP)
			diag_add(d, "%s: is een symbolische koppeling; die worden niet gevolgd",
				 path);
		else if (errno == ENOENT)
			diag_add(d, "%s: bestand bestaat niet", path);
		else
			diag_add(d, "%s: kan niet worden geopend (%s)", path, strerror(errno));
		return false;
	}
	struct stat st;
	if (fstat(fd, &st) != 0) {
		diag_add(d, "%s: kan niet worden gelezen (%s)", path, strerror(errno));
		close(fd);
		return false;
	}
	if (!S_ISREG(st.st_mode)) {
		diag_add(d, "%s: is geen gewoon bestand", path);
		close(fd);
		return false;
	}
	if ((unsigned long long)st.st_size > max) {
		diag_add(d, "%s: bestand is te groot (%lld bytes, maximaal %zu)", path,
			 (long long)st.st_size, max);
		close(fd);
		return false;
	}
	/* one byte more than the size, to see the end; and the NUL */
	size_t size = (size_t)st.st_size, want = size + 1, n = 0;
	if (*cap < want + 1) {
		char *nb = malloc(want + 1);
		if (!nb) {
			diag_add(d, "%s: onvoldoende geheugen", path);
			close(fd);
			return false;
		}
		free(*buf);
		*buf = nb;
		*cap = want + 1;
	}
	char *p = *buf;
	for (;;) {
		ssize_t r = read(fd, p + n, want - n);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			diag_add(d, "%s: leesfout (%s)", path, strerror(errno));
			close(fd);
			return false;
		}
		if (r == 0)
			break;
		n += (size_t)r;
		if (n > max) {
			diag_add(d, "%s: bestand is te groot (maximaal %zu bytes)", path, max);
			close(fd);
			return false;
		}
		if (n == want) { /* the file grew while we read it */
			diag_add(d, "%s: bestand veranderde tijdens het lezen", path);
			close(fd);
			return false;
		}
		/* a short read that ends where the size said: the end (no
		 * further read needed to see it) */
		if (n == size)
			break;
	}
	close(fd);
	p[n] = '\0';
	*len = n;
	if (sb)
		*sb = st;
	return true;
}

char *jsonio_read_file(const char *path, size_t max, size_t *len, struct diag *d)
{
	char *buf = NULL;
	size_t cap = 0;
	if (!jsonio_read_at(AT_FDCWD, path, path, max, &buf, &cap, len, NULL, d)) {
		free(buf);
		return NULL;
	}
	return buf;
}

cJSON *jsonio_parse_object(const char *name, const char *text, size_t len, struct diag *d)
{
	cJSON *root = jsonio_parse(name, text, len, d);
	if (root && !cJSON_IsObject(root)) {
		diag_add(d, "%s: het bestand moet een JSON-object zijn", name);
		cJSON_Delete(root);
		return NULL;
	}
	return root;
}

char *jsonio_print(const cJSON *root, size_t *len)
{
	char *out = NULL;
	char *printed = cJSON_Print(root);
	if (printed) {
		size_t n = strlen(printed);
		out = malloc(n + 2);
		if (out) {
			memcpy(out, printed, n);
			out[n] = '\n';
			out[n + 1] = '\0';
			if (len)
				*len = n + 1;
		}
		cJSON_free(printed);
	}
	return out;
}

cJSON *jsonio_load(const char *path, size_t max, struct diag *d)
{
	size_t len;
	char *text = jsonio_read_file(path, max, &len, d);
	if (!text)
		return NULL;
	cJSON *root = jsonio_parse(path, text, len, d);
	free(text);
	return root;
}

void jerror(struct jctx *c, const char *where, const char *fmt, ...)
{
	char msg[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	c->ok = false;
	if (where && *where)
		diag_add(c->d, "%s: %s: %s", c->file, where, msg);
	else
		diag_add(c->d, "%s: %s", c->file, msg);
}

static const cJSON *get(const cJSON *obj, const char *key)
{
	return cJSON_IsObject(obj) ? cJSON_GetObjectItemCaseSensitive(obj, key) : NULL;
}

const char *jget_string(struct jctx *c, const cJSON *obj, const char *key, bool required,
			const char *where)
{
	const cJSON *v = get(obj, key);
	if (!v) {
		if (required)
			jerror(c, where, "\"%s\" ontbreekt", key);
		return NULL;
	}
	if (!cJSON_IsString(v) || !v->valuestring) {
		jerror(c, where, "\"%s\" moet een tekst zijn", key);
		return NULL;
	}
	if (required && v->valuestring[0] == '\0') {
		jerror(c, where, "\"%s\" is leeg", key);
		return NULL;
	}
	return v->valuestring;
}

bool jget_bool(struct jctx *c, const cJSON *obj, const char *key, bool dflt, const char *where)
{
	const cJSON *v = get(obj, key);
	if (!v)
		return dflt;
	if (!cJSON_IsBool(v)) {
		jerror(c, where, "\"%s\" moet true of false zijn", key);
		return dflt;
	}
	return cJSON_IsTrue(v);
}

double jget_number(struct jctx *c, const cJSON *obj, const char *key, bool required,
		   const char *where, bool *present)
{
	const cJSON *v = get(obj, key);
	if (present)
		*present = false;
	if (!v) {
		if (required)
			jerror(c, where, "\"%s\" ontbreekt", key);
		return 0;
	}
	if (!cJSON_IsNumber(v) || !isfinite(v->valuedouble)) {
		jerror(c, where, "\"%s\" moet een getal zijn", key);
		return 0;
	}
	if (present)
		*present = true;
	return v->valuedouble;
}

const cJSON *jget_container(struct jctx *c, const cJSON *obj, const char *key, int type,
			    bool required, const char *where)
{
	const cJSON *v = get(obj, key);
	if (!v) {
		if (required)
			jerror(c, where, "\"%s\" ontbreekt", key);
		return NULL;
	}
	if ((v->type & 0xFF) != type) {
		jerror(c, where, "\"%s\" moet %s zijn", key,
		       type == cJSON_Array ? "een lijst [...]" : "een object {...}");
		return NULL;
	}
	return v;
}

bool jcheck_objects(struct jctx *c, const cJSON *arr, const char *what)
{
	bool ok = true;
	size_t i = 0;
	const cJSON *e;
	cJSON_ArrayForEach(e, arr)
	{
		i++;
		if (!cJSON_IsObject(e)) {
			char w[96];
			snprintf(w, sizeof(w), "%s %zu", what, i);
			jerror(c, w, "moet een object {...} zijn");
			ok = false;
		}
	}
	return ok;
}

bool jcheck_format(struct jctx *c, const cJSON *root, const char *prefix, const char *current,
		   const char *foreign, const char *word)
{
	if (!cJSON_IsObject(root)) {
		jerror(c, "", "het bestand moet een JSON-object zijn");
		return false;
	}
	const char *fmt = jget_string(c, root, "format", true, "");
	if (!fmt)
		return false;
	if (strncmp(fmt, prefix, strlen(prefix)) != 0) {
		jerror(c, "", "%s (formaat \"%s\")", foreign, fmt);
		return false;
	}
	if (strcmp(fmt, current) != 0) {
		jerror(c, "", "%s \"%s\" is nieuwer of onbekend; werk spiegel bij", word, fmt);
		return false;
	}
	return true;
}

void jcheck_keys(struct jctx *c, const cJSON *obj, const char *const *allowed, const char *where)
{
	const cJSON *it;
	cJSON_ArrayForEach(it, obj)
	{
		bool known = false;
		for (const char *const *a = allowed; *a; a++)
			if (it->string && strcmp(it->string, *a) == 0)
				known = true;
		if (!known)
			jerror(c, where, "onbekende sleutel \"%s\"", it->string ? it->string : "?");
	}
}

/* ---- the same over the strict tree */

const struct jval *jdoc_parse_object(struct jdoc *doc, const char *name, const char *text,
				     size_t len, struct diag *d)
{
	const struct jval *root = jdoc_parse(doc, name, text, len, d);
	if (root && root->type != JV_OBJECT) {
		diag_add(d, "%s: het bestand moet een JSON-object zijn", name);
		return NULL;
	}
	return root;
}

const struct jval *jv_member(const struct jval *obj, const char *key)
{
	if (!obj || obj->type != JV_OBJECT)
		return NULL;
	size_t n = strlen(key);
	jv_foreach(m, obj) if (m->key_len == n && memcmp(m->key, key, n) == 0) return m;
	return NULL;
}

const char *jv_string(struct jctx *c, const struct jval *obj, const char *key, bool required,
		      const char *where)
{
	const struct jval *v = jv_member(obj, key);
	if (!v) {
		if (required)
			jerror(c, where, "\"%s\" ontbreekt", key);
		return NULL;
	}
	if (v->type != JV_STRING) {
		jerror(c, where, "\"%s\" moet een tekst zijn", key);
		return NULL;
	}
	if (required && v->u.str[0] == '\0') {
		jerror(c, where, "\"%s\" is leeg", key);
		return NULL;
	}
	return v->u.str;
}

bool jv_bool(struct jctx *c, const struct jval *obj, const char *key, bool dflt, const char *where)
{
	const struct jval *v = jv_member(obj, key);
	if (!v)
		return dflt;
	if (v->type != JV_TRUE && v->type != JV_FALSE) {
		jerror(c, where, "\"%s\" moet true of false zijn", key);
		return dflt;
	}
	return v->type == JV_TRUE;
}

double jv_number(struct jctx *c, const struct jval *obj, const char *key, bool required,
		 const char *where, bool *present)
{
	const struct jval *v = jv_member(obj, key);
	if (present)
		*present = false;
	if (!v) {
		if (required)
			jerror(c, where, "\"%s\" ontbreekt", key);
		return 0;
	}
	if (v->type != JV_NUMBER || !isfinite(v->u.num)) {
		jerror(c, where, "\"%s\" moet een getal zijn", key);
		return 0;
	}
	if (present)
		*present = true;
	return v->u.num;
}

const struct jval *jv_container(struct jctx *c, const struct jval *obj, const char *key,
				enum jtype type, bool required, const char *where)
{
	const struct jval *v = jv_member(obj, key);
	if (!v) {
		if (required)
			jerror(c, where, "\"%s\" ontbreekt", key);
		return NULL;
	}
	if (v->type != type) {
		jerror(c, where, "\"%s\" moet %s zijn", key,
		       type == JV_ARRAY ? "een lijst [...]" : "een object {...}");
		return NULL;
	}
	return v;
}

bool jv_check_objects(struct jctx *c, const struct jval *arr, const char *what)
{
	bool ok = true;
	size_t i = 0;
	jv_foreach(e, arr)
	{
		i++;
		if (e->type != JV_OBJECT) {
			char w[96];
			snprintf(w, sizeof(w), "%s %zu", what, i);
			jerror(c, w, "moet een object {...} zijn");
			ok = false;
		}
	}
	return ok;
}

void jv_check_keys(struct jctx *c, const struct jval *obj, const char *const *allowed,
		   const char *where)
{
	size_t len[32], n = 0;
	while (allowed[n] && n < 32) {
		len[n] = strlen(allowed[n]);
		n++;
	}
	jv_foreach(m, obj)
	{
		bool known = false;
		for (size_t k = 0; k < n && !known; k++)
			known = m->key && m->key_len == len[k] &&
				memcmp(m->key, allowed[k], len[k]) == 0;
		for (const char *const *a = allowed + n; *a && !known; a++) /* beyond 32 */
			known = m->key && strcmp(m->key, *a) == 0;
		if (!known)
			jerror(c, where, "onbekende sleutel \"%s\"", m->key ? m->key : "?");
	}
}
