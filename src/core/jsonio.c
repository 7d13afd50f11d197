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

char *jsonio_read_file(const char *path, size_t max, size_t *len, struct diag *d)
{
	int fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0) {
		if (errno == ELOOP)
			diag_add(d, "%s: is een symbolische koppeling; die worden niet gevolgd",
				 path);
		else if (errno == ENOENT)
			diag_add(d, "%s: bestand bestaat niet", path);
		else
			diag_add(d, "%s: kan niet worden geopend (%s)", path, strerror(errno));
		return NULL;
	}
	struct stat st;
	if (fstat(fd, &st) != 0) {
		diag_add(d, "%s: kan niet worden gelezen (%s)", path, strerror(errno));
		close(fd);
		return NULL;
	}
	if (!S_ISREG(st.st_mode)) {
		diag_add(d, "%s: is geen gewoon bestand", path);
		close(fd);
		return NULL;
	}
	if ((unsigned long long)st.st_size > max) {
		diag_add(d, "%s: bestand is te groot (%lld bytes, maximaal %zu)", path,
			 (long long)st.st_size, max);
		close(fd);
		return NULL;
	}
	size_t cap = (size_t)st.st_size + 1, n = 0;
	char *buf = malloc(cap + 1);
	if (!buf) {
		diag_add(d, "%s: onvoldoende geheugen", path);
		close(fd);
		return NULL;
	}
	for (;;) {
		ssize_t r = read(fd, buf + n, cap - n);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			diag_add(d, "%s: leesfout (%s)", path, strerror(errno));
			free(buf);
			close(fd);
			return NULL;
		}
		if (r == 0)
			break;
		n += (size_t)r;
		if (n > max) {
			diag_add(d, "%s: bestand is te groot (maximaal %zu bytes)", path, max);
			free(buf);
			close(fd);
			return NULL;
		}
		if (n == cap) { /* the file grew while we read it */
			diag_add(d, "%s: bestand veranderde tijdens het lezen", path);
			free(buf);
			close(fd);
			return NULL;
		}
	}
	close(fd);
	buf[n] = '\0';
	*len = n;
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
