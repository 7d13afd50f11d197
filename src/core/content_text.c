/* Sources and the bibliography, sector variants and placeholders
 * (doc/content-format.md). */
#include "content_internal.h"

#include <utf8proc.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const sector_ids[N_SECTORS] = {"po", "vo", "mbo", "algemeen"};

const char *content_sector_id(enum sector s)
{
	return (unsigned)s < N_SECTORS ? sector_ids[s] : NULL;
}

enum sector content_sector_of(const char *value)
{
	for (int s = 0; value && s < SECTOR_ALGEMEEN; s++)
		if (strcmp(value, sector_ids[s]) == 0)
			return (enum sector)s;
	return SECTOR_ALGEMEEN;
}

static const char *dup_opt(struct arena *a, const char *s)
{
	return s ? arena_strdup(a, s) : NULL;
}

/* ---- line ranges ---- */

static bool parse_uint(const char **p, unsigned *out)
{
	const char *s = *p;
	unsigned long v = 0;
	if (*s < '0' || *s > '9')
		return false;
	while (*s >= '0' && *s <= '9') {
		v = v * 10 + (unsigned long)(*s - '0');
		if (v > 10000000)
			return false;
		s++;
	}
	*out = (unsigned)v;
	*p = s;
	return true;
}

bool content_parse_lines(const char *s, unsigned (*r)[2], size_t max, size_t *n)
{
	*n = 0;
	const char *p = s;
	for (;;) {
		unsigned a, b;
		if (!parse_uint(&p, &a) || a == 0)
			return false;
		b = a;
		if (*p == '-') {
			p++;
			if (!parse_uint(&p, &b) || b < a)
				return false;
		}
		if (*n == max)
			return false;
		r[*n][0] = a;
		r[*n][1] = b;
		(*n)++;
		if (*p == '\0')
			return true;
		if (*p != ',')
			return false;
		p++;
		while (*p == ' ')
			p++;
	}
}

/* ---- bibliography ---- */

static bool one_range(const char *s, unsigned *first, unsigned *last)
{
	unsigned r[1][2];
	size_t n;
	if (!s || !content_parse_lines(s, r, 1, &n))
		return false;
	*first = r[0][0];
	*last = r[0][1];
	return true;
}

static void load_sections(struct jctx *c, struct arena *a, const cJSON *it, const char *w,
			  struct bib_entry *e)
{
	const cJSON *arr = jget_container(c, it, "sections", cJSON_Array, false, w);
	if (!arr)
		return;
	if (!e->file) {
		jerror(c, w, "\"sections\" kan alleen bij een bron met \"file\" en \"lines\"");
		return;
	}
	char what[128];
	snprintf(what, sizeof(what), "%s: deel", w);
	if (!jcheck_objects(c, arr, what))
		return;
	size_t cnt = (size_t)cJSON_GetArraySize(arr);
	struct bib_section *v = arena_calloc(a, cnt ? cnt : 1, sizeof(*v));
	if (!v)
		return;
	size_t i = 0;
	const cJSON *s;
	cJSON_ArrayForEach(s, arr)
	{
		char sw[160];
		snprintf(sw, sizeof(sw), "%s: deel %zu", w, i + 1);
		static const char *const keys[] = {"title", "lines", NULL};
		jcheck_keys(c, s, keys, sw);
		v[i].title = dup_opt(a, jget_string(c, s, "title", true, sw));
		const char *lines = jget_string(c, s, "lines", true, sw);
		if (lines && !one_range(lines, &v[i].first, &v[i].last))
			jerror(c, sw, "\"lines\" moet één bereik zijn, zoals \"347-470\"");
		else if (lines && (v[i].first < e->first || v[i].last > e->last))
			jerror(c, sw, "regels %s vallen buiten de regels %u-%u van de bron", lines,
			       e->first, e->last);
		for (size_t j = 0; lines && j < i; j++)
			if (v[j].first <= v[i].last && v[i].first <= v[j].last)
				jerror(c, sw, "regels %s overlappen met deel %zu", lines, j + 1);
		i++;
	}
	e->sections = v;
	e->n_sections = i;
}

void content_load_bibliography(struct jctx *c, struct arena *a, const cJSON *root,
			       struct catalogue *cat)
{
	const cJSON *arr = jget_container(c, root, "bibliography", cJSON_Array, false, "");
	if (!arr)
		return;
	size_t cnt = (size_t)cJSON_GetArraySize(arr);
	if (cnt == 0) {
		jerror(c, "", "\"bibliography\" is leeg");
		return;
	}
	if (!jcheck_objects(c, arr, "bibliografie"))
		return;
	struct bib_entry *v = arena_calloc(a, cnt, sizeof(*v));
	if (!v)
		return;
	size_t i = 0;
	const cJSON *it;
	cJSON_ArrayForEach(it, arr)
	{
		const char *id = jget_string(c, it, "id", true, "bibliografie");
		char w[96];
		snprintf(w, sizeof(w), "bibliografie %s", id ? id : "?");
		static const char *const keys[] = {"id",      "authors",  "year", "title",
						   "chapter", "in",	  "kind", "file",
						   "lines",   "sections", NULL};
		jcheck_keys(c, it, keys, w);
		if (id && !content_valid_id(id, false))
			jerror(c, w, "ongeldige id");
		if (STR_AMONG(v, i, id, id))
			jerror(c, w, "id komt dubbel voor");
		struct bib_entry *e = &v[i];
		e->id = dup_opt(a, id);
		e->title = dup_opt(a, jget_string(c, it, "title", true, w));
		e->authors = dup_opt(a, jget_string(c, it, "authors", false, w));
		e->year = dup_opt(a, jget_string(c, it, "year", false, w));
		e->chapter = dup_opt(a, jget_string(c, it, "chapter", false, w));
		e->in = dup_opt(a, jget_string(c, it, "in", false, w));
		e->kind = dup_opt(a, jget_string(c, it, "kind", false, w));
		e->file = dup_opt(a, jget_string(c, it, "file", false, w));
		const char *lines = jget_string(c, it, "lines", false, w);
		if (e->file && !lines)
			jerror(c, w,
			       "een bron met \"file\" heeft ook \"lines\" nodig (het bereik)");
		else if (!e->file && lines)
			jerror(c, w, "\"lines\" zonder \"file\"");
		else if (lines && !one_range(lines, &e->first, &e->last))
			jerror(c, w, "\"lines\" moet één bereik zijn, zoals \"313-747\"");
		for (size_t j = 0; e->file && lines && j < i; j++)
			if (v[j].file && strcmp(v[j].file, e->file) == 0 && v[j].first <= e->last &&
			    e->first <= v[j].last)
				jerror(c, w, "regels %s overlappen met %s", lines,
				       v[j].id ? v[j].id : "?");
		load_sections(c, a, it, w, e);
		i++;
	}
	cat->bibliography = v;
	cat->n_bibliography = i;
}

const struct bib_entry *content_bib_find(const struct catalogue *c, const char *id)
{
	for (size_t i = 0; c && id && i < c->n_bibliography; i++)
		if (c->bibliography[i].id && strcmp(c->bibliography[i].id, id) == 0)
			return &c->bibliography[i];
	return NULL;
}

/* The entry of file whose range holds first..last, or NULL. */
static const struct bib_entry *entry_at(const struct catalogue *cat, const char *file,
					unsigned first, unsigned last)
{
	for (size_t i = 0; i < cat->n_bibliography; i++) {
		const struct bib_entry *e = &cat->bibliography[i];
		if (e->file && strcmp(e->file, file) == 0 && e->first <= first && last <= e->last)
			return e;
	}
	return NULL;
}

static bool file_known(const struct catalogue *cat, const char *file)
{
	for (size_t i = 0; i < cat->n_bibliography; i++)
		if (cat->bibliography[i].file && strcmp(cat->bibliography[i].file, file) == 0)
			return true;
	return false;
}

/* The section of e that holds every range, or -1. */
static int section_of(const struct bib_entry *e, unsigned (*r)[2], size_t n)
{
	for (size_t k = 0; k < e->n_sections; k++) {
		bool all = n > 0;
		for (size_t j = 0; all && j < n; j++)
			all = e->sections[k].first <= r[j][0] && r[j][1] <= e->sections[k].last;
		if (all)
			return (int)k;
	}
	return -1;
}

static void resolve(struct jctx *c, const struct catalogue *cat, const char *w, unsigned (*r)[2],
		    size_t n, struct source_ref *out)
{
	const struct bib_entry *e = NULL;
	if (out->ref) {
		e = content_bib_find(cat, out->ref);
		if (!e) {
			jerror(c, w, "\"ref\": \"%s\" staat niet in de bibliografie", out->ref);
			return;
		}
		if (n && !e->file) {
			jerror(c, w, "\"%s\" is geen bronbestand; \"lines\" kan hier niet",
			       out->ref);
			return;
		}
		if (out->file && (!e->file || strcmp(out->file, e->file) != 0)) {
			jerror(c, w, "\"file\" past niet bij \"ref\": \"%s\"", out->ref);
			return;
		}
		for (size_t j = 0; j < n; j++)
			if (r[j][0] < e->first || r[j][1] > e->last) {
				jerror(c, w, "regels %u-%u vallen buiten \"%s\" (regels %u-%u)",
				       r[j][0], r[j][1], e->id, e->first, e->last);
				return;
			}
	} else {
		if (!file_known(cat, out->file)) {
			jerror(c, w, "bestand \"%s\" staat niet in de bibliografie", out->file);
			return;
		}
		for (size_t j = 0; j < n; j++) {
			const struct bib_entry *here = entry_at(cat, out->file, r[j][0], r[j][1]);
			if (!here) {
				jerror(c, w,
				       "regels %u-%u vallen niet binnen één hoofdstuk of deel "
				       "van de bibliografie",
				       r[j][0], r[j][1]);
				return;
			}
			if (e && here != e) {
				jerror(c, w,
				       "regels in twee delen van de bibliografie (%s en %s): een "
				       "bron hoort bij één hoofdstuk",
				       e->id, here->id);
				return;
			}
			e = here;
		}
	}
	out->entry = e;
	out->section = e ? section_of(e, r, n) : -1;
}

void content_load_source(struct jctx *c, struct arena *a, const struct catalogue *cat,
			 const cJSON *obj, const char *where, struct source_ref *out)
{
	out->section = -1;
	const cJSON *src = jget_container(c, obj, "source", cJSON_Object, true, where);
	if (!src)
		return;
	static const char *const keys[] = {"file", "chapter", "authors", "lines", "ref", NULL};
	char w[128];
	snprintf(w, sizeof(w), "%s: bron", where);
	jcheck_keys(c, src, keys, w);
	const char *ref = jget_string(c, src, "ref", false, w);
	out->ref = dup_opt(a, ref);
	out->file = dup_opt(a, jget_string(c, src, "file", !ref, w));
	out->chapter = dup_opt(a, jget_string(c, src, "chapter", false, w));
	out->authors = dup_opt(a, jget_string(c, src, "authors", false, w));
	const char *lines = jget_string(c, src, "lines", !ref, w);
	unsigned r[CONTENT_MAX_RANGES][2];
	size_t n = 0;
	if (lines && !content_parse_lines(lines, r, CONTENT_MAX_RANGES, &n)) {
		jerror(c, w,
		       "\"lines\" moet regelnummers bevatten, zoals \"535-550\" of \"535-550, "
		       "563\"");
		return;
	}
	out->lines = dup_opt(a, lines);
	if (ref && (!cat || !cat->bibliography)) {
		jerror(c, w, "\"ref\" vraagt een \"bibliography\" in de catalogus");
		return;
	}
	if (cat && cat->bibliography && (ref || out->file))
		resolve(c, cat, w, r, n, out);
}

/* ---- showing a source ---- */

struct out {
	char *buf;
	size_t size, len;
};

static void put(struct out *o, const char *s)
{
	if (!s || o->size == 0)
		return;
	size_t n = strlen(s);
	if (o->len + 1 >= o->size)
		return;
	size_t room = o->size - 1 - o->len;
	if (n > room)
		n = room;
	memcpy(o->buf + o->len, s, n);
	o->len += n;
	o->buf[o->len] = '\0';
}

void content_source_format(const struct source_ref *s, char *buf, size_t size)
{
	struct out o = {buf, size, 0};
	if (size)
		buf[0] = '\0';
	const struct bib_entry *e = s->entry;
	if (!e) {
		/* no bibliography (test fixtures): what the source itself says */
		put(&o, s->authors);
		if (s->authors && s->chapter)
			put(&o, ", ");
		put(&o, s->chapter);
		if (!s->authors && !s->chapter)
			put(&o, "bron zonder beschrijving");
		if (size)
			utf8_trim(buf);
		return;
	}
	bool quoted = e->authors || e->file;
	if (e->authors) {
		put(&o, e->authors);
		if (e->year) {
			put(&o, " (");
			put(&o, e->year);
			put(&o, ")");
		}
		put(&o, ", ");
	}
	put(&o, quoted ? "'" : "");
	put(&o, e->title);
	put(&o, quoted ? "'" : "");
	if (!e->authors && e->year) {
		put(&o, " (");
		put(&o, e->year);
		put(&o, ")");
	}
	if (e->chapter) {
		put(&o, ", ");
		put(&o, e->chapter);
	}
	if (e->in) {
		put(&o, " in ");
		put(&o, e->in);
	}
	if (e->kind) {
		put(&o, ", ");
		put(&o, e->kind);
	}
	if (s->section >= 0 && (size_t)s->section < e->n_sections) {
		put(&o, ", onderdeel '");
		put(&o, e->sections[s->section].title);
		put(&o, "'");
	}
	if (size)
		utf8_trim(buf);
}

/* ---- variants ---- */

static bool variant_name_ok(const char *s)
{
	size_t n = strlen(s);
	if (n == 0 || n > CONTENT_ID_MAX || s[0] < 'a' || s[0] > 'z')
		return false;
	for (size_t i = 0; i < n; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') || s[i] == '_'))
			return false;
	return true;
}

void content_load_variants(struct jctx *c, struct arena *a, const cJSON *root,
			   struct catalogue *cat)
{
	const cJSON *obj = jget_container(c, root, "variants", cJSON_Object, false, "");
	if (!obj)
		return;
	size_t cnt = (size_t)cJSON_GetArraySize(obj);
	if (cnt == 0) {
		jerror(c, "", "\"variants\" is leeg");
		return;
	}
	struct variant *v = arena_calloc(a, cnt, sizeof(*v));
	if (!v)
		return;
	size_t i = 0;
	const cJSON *it;
	cJSON_ArrayForEach(it, obj)
	{
		char w[96];
		snprintf(w, sizeof(w), "variant %s", it->string ? it->string : "?");
		if (!it->string || !variant_name_ok(it->string)) {
			jerror(c, w, "een naam is 1 tot %d kleine letters of '_'", CONTENT_ID_MAX);
			continue;
		}
		if (!cJSON_IsObject(it)) {
			jerror(c, w,
			       "moet een object {\"po\": ..., \"vo\": ..., \"mbo\": ..., "
			       "\"algemeen\": ...} zijn");
			continue;
		}
		static const char *const keys[] = {"po", "vo", "mbo", "algemeen", NULL};
		jcheck_keys(c, it, keys, w);
		v[i].name = arena_strdup(a, it->string);
		for (int s = 0; s < N_SECTORS; s++) {
			const char *val = jget_string(c, it, sector_ids[s], true, w);
			if (val && (strchr(val, '{') || strchr(val, '}')))
				jerror(c, w, "\"%s\": een variant bevat geen accolades",
				       sector_ids[s]);
			v[i].value[s] = dup_opt(a, val);
		}
		i++;
	}
	cat->variants = v;
	cat->n_variants = i;
}

const struct variant *content_variant_find(const struct catalogue *c, const char *name)
{
	for (size_t i = 0; c && name && i < c->n_variants; i++)
		if (c->variants[i].name && strcmp(c->variants[i].name, name) == 0)
			return &c->variants[i];
	return NULL;
}

/* The placeholder starting at p ('{'): its variant and whether it asks for
 * an upper-case first letter; *end is just past the '}'. NULL when p does
 * not start a known placeholder. */
static const struct variant *placeholder(const struct catalogue *c, const char *p, const char **end,
					 bool *upper)
{
	const char *q = p + 1;
	char name[CONTENT_ID_MAX + 1];
	size_t n = 0;
	while (*q && *q != '}' && *q != '{' && n < CONTENT_ID_MAX)
		name[n++] = *q++;
	if (*q != '}' || n == 0)
		return NULL;
	name[n] = '\0';
	*upper = name[0] >= 'A' && name[0] <= 'Z';
	if (*upper)
		name[0] = (char)(name[0] - 'A' + 'a');
	*end = q + 1;
	return content_variant_find(c, name);
}

bool content_text_ok(const struct catalogue *c, const char *text, char *bad, size_t size)
{
	for (const char *p = text; p && *p; p++) {
		if (*p != '{' && *p != '}')
			continue;
		const char *end = p + 1;
		bool upper;
		if (*p == '{' && placeholder(c, p, &end, &upper)) {
			p = end - 1;
			continue;
		}
		if (size) {
			/* the offending part, up to the next '}' or 40 bytes */
			size_t n = 1;
			if (*p == '{')
				while (p[n] && p[n] != '}' && p[n] != '{' && n < 40)
					n++;
			if (p[n] == '}')
				n++;
			snprintf(bad, size, "%.*s", (int)n, p);
			utf8_trim(bad);
		}
		return false;
	}
	return true;
}

static void put_upper_first(struct strbuf *b, const char *s)
{
	utf8proc_int32_t cp;
	utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s, -1, &cp);
	if (n <= 0) {
		strbuf_puts(b, s);
		return;
	}
	utf8proc_uint8_t enc[4];
	utf8proc_ssize_t m = utf8proc_encode_char(utf8proc_toupper(cp), enc);
	strbuf_append(b, (const char *)enc, (size_t)m);
	strbuf_puts(b, s + n);
}

char *content_subst(const struct catalogue *c, enum sector s, const char *text)
{
	if (!text)
		return NULL;
	if ((unsigned)s >= N_SECTORS)
		s = SECTOR_ALGEMEEN;
	struct strbuf b;
	strbuf_init(&b);
	const char *p = text, *from = text;
	while ((p = strchr(p, '{'))) {
		const char *end;
		bool upper;
		const struct variant *v = placeholder(c, p, &end, &upper);
		if (!v) {
			p++;
			continue;
		}
		strbuf_append(&b, from, (size_t)(p - from));
		if (upper)
			put_upper_first(&b, v->value[s]);
		else
			strbuf_puts(&b, v->value[s]);
		p = from = end;
	}
	strbuf_puts(&b, from);
	return strbuf_steal(&b, NULL);
}

void content_check_text(struct jctx *c, const struct catalogue *cat, const char *text,
			const char *where, const char *what)
{
	char bad[64];
	if (!text || content_text_ok(cat, text, bad, sizeof(bad)))
		return;
	if (bad[0] == '{' && strlen(bad) > 2 && bad[strlen(bad) - 1] == '}')
		jerror(c, where,
		       "%s: onbekende plaatshouder \"%s\" (zie \"variants\" in de catalogus)", what,
		       bad);
	else
		jerror(c, where,
		       "%s: losse accolade in \"%s\"; accolades staan alleen om een plaatshouder "
		       "als {leerlingen}",
		       what, bad);
}

const char *content_load_text(struct jctx *c, struct arena *a, const struct catalogue *cat,
			      const cJSON *obj, const char *key, bool required, const char *where)
{
	const char *s = jget_string(c, obj, key, required, where);
	if (!s)
		return NULL;
	char what[64];
	snprintf(what, sizeof(what), "\"%s\"", key);
	content_check_text(c, cat, s, where, what);
	return arena_strdup(a, s);
}

/* ---- next steps per questionnaire ---- */

bool content_step_specific(const struct next_step *st, const struct questionnaire *q)
{
	for (size_t i = 0; q && q->id && i < st->n_questionnaires; i++)
		if (strcmp(st->questionnaires[i], q->id) == 0)
			return true;
	return false;
}

bool content_step_shown(const struct next_step *st, const struct questionnaire *q)
{
	return st->n_questionnaires == 0 || content_step_specific(st, q);
}

const struct next_step *content_step_nth(const struct practice *p, const struct questionnaire *q,
					 int level, size_t k)
{
	unsigned bit = level >= 0 && level < 32 ? 1u << level : 0;
	for (int pass = 0; pass < 2; pass++)
		for (size_t i = 0; i < p->n_steps; i++) {
			const struct next_step *st = &p->steps[i];
			if (!(st->levels & bit))
				continue;
			bool take =
			    pass == 0 ? content_step_specific(st, q) : st->n_questionnaires == 0;
			if (take && k-- == 0)
				return st;
		}
	return NULL;
}
