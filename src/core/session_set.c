/* The answers of a session (session.h): kept by item id, looked up through
 * a table, set and checked; the answers read from a file in a pool of the
 * session's own. */
#include "session_answers.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

/* The answers read from a file live in a pool of blocks the session owns
 * (one allocation for a file's answers, not three per answer); an answer
 * set later is malloc'd, which owned says field by field. */
enum { OWN_ITEM = 1, OWN_TEXT = 2, OWN_LEAST = 4 };

struct pool_block {
	struct pool_block *next;
	size_t used, size;
	char data[];
};

static void pool_free(void *pool)
{
	for (struct pool_block *b = pool, *next; b; b = next) {
		next = b->next;
		free(b);
	}
}

/* A copy of s[0..n) and a NUL from the session's pool; NULL on OOM. */
static char *pool_dup(struct session *s, const char *str, size_t n)
{
	struct pool_block *b = s->pool;
	if (!b || b->size - b->used < n + 1) {
		size_t size = n + 1 > 3072 ? n + 1 : 3072;
		struct pool_block *nb = malloc(sizeof(*nb) + size);
		if (!nb)
			return NULL;
		nb->used = 0;
		nb->size = size;
		nb->next = b;
		s->pool = b = nb;
	}
	char *p = b->data + b->used;
	memcpy(p, str, n);
	p[n] = '\0';
	b->used += n + 1;
	return p;
}

static void free_fields(struct session_answer *e)
{
	if (e->owned & OWN_ITEM)
		free(e->item);
	if (e->owned & OWN_TEXT)
		free(e->text);
	if (e->owned & OWN_LEAST)
		free(e->least);
}

void session_free_answers(struct session *s)
{
	for (size_t i = 0; i < s->n_answers; i++)
		free_fields(&s->answers[i]);
	pool_free(s->pool);
	free(s->answers);
	free(s->index);
	s->pool = NULL;
	s->answers = NULL;
	s->index = NULL;
	s->n_answers = s->cap_answers = s->index_cap = 0;
}

/* The answers by item id: an open-addressing table of index_cap slots (a
 * power of two, at most half full) holding answer positions + 1; empty
 * while a session has few answers, which are searched in order. */
#define INDEX_FROM 8

static void index_put(uint32_t *slots, size_t cap, const struct session_answer *answers,
		      uint32_t pos)
{
	size_t i = str_hash(answers[pos].item) & (cap - 1);
	while (slots[i])
		i = (i + 1) & (cap - 1);
	slots[i] = pos + 1;
}

/* Rebuild the table for the answers there are now, in a table of at least
 * cap slots; false on OOM (the table is then dropped: lookups search). */
static bool index_rebuild(struct session *s, size_t cap)
{
	free(s->index);
	s->index = NULL;
	s->index_cap = 0;
	if (s->n_answers < INDEX_FROM)
		return true;
	while (cap < 2 * s->n_answers + 2)
		cap = cap ? cap * 2 : 32;
	uint32_t *slots = calloc(cap, sizeof(*slots));
	if (!slots)
		return false;
	for (size_t k = 0; k < s->n_answers; k++)
		index_put(slots, cap, s->answers, (uint32_t)k);
	s->index = slots;
	s->index_cap = cap;
	return true;
}

static struct session_answer *find(const struct session *s, const char *item)
{
	/* the table is a cache: made at the first lookup in a session with
	 * many answers (a session read only to be counted needs none) */
	if (!s->index && s->n_answers >= INDEX_FROM)
		index_rebuild((struct session *)s, 0);
	if (!s->index) {
		for (size_t i = 0; i < s->n_answers; i++)
			if (strcmp(s->answers[i].item, item) == 0)
				return &s->answers[i];
		return NULL;
	}
	size_t cap = s->index_cap;
	for (size_t i = str_hash(item) & (cap - 1); s->index[i]; i = (i + 1) & (cap - 1)) {
		struct session_answer *e = &s->answers[s->index[i] - 1];
		if (strcmp(e->item, item) == 0)
			return e;
	}
	return NULL;
}

struct answer session_answer_of(const struct session_answer *e)
{
	struct answer a = {ANSWER_NONE, 0, NULL, NULL};
	if (e) {
		a.kind = e->kind;
		a.value = e->value;
		a.text = e->text;
		a.least = e->least;
	}
	return a;
}

struct answer session_get(const struct session *s, const char *item)
{
	return session_answer_of(find(s, item));
}

void session_view(const struct session *s, const struct questionnaire *q,
		  const struct session_answer **view)
{
	for (size_t i = 0; i < q->n_items; i++)
		view[i] = NULL;
	size_t next = 0; /* files keep the answers in item order: try the next item first */
	for (size_t k = 0; k < s->n_answers; k++) {
		const char *id = s->answers[k].item;
		int i = next < q->n_items && strcmp(q->items[next].id, id) == 0
			    ? (int)next
			    : content_item_index(q, id);
		if (i >= 0) {
			view[i] = &s->answers[k]; /* item ids are unique in s and in q */
			next = (size_t)i + 1;
		}
	}
}

bool session_is_answered(struct answer a)
{
	return a.kind != ANSWER_NONE && (a.kind != ANSWER_SCENARIO || a.least);
}

/* An option value as stored for choice and scenario answers. */
static bool valid_value(const char *v)
{
	size_t n = v ? strlen(v) : 0;
	if (n == 0 || n > 64)
		return false;
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)v[i] < 0x20 || (unsigned char)v[i] == 0x7f)
			return false;
	return utf8_valid(v, n);
}

/* A copy of str as stored: NFC for open text, from the pool when pooled
 * (else malloc'd). NULL on OOM or invalid text. */
static char *store_text(struct session *s, const char *str, bool nfc, bool pooled)
{
	size_t n = 0;
	while (str[n] && (unsigned char)str[n] < 0x80)
		n++;
	if (!str[n] || !nfc) { /* ASCII is its own normal form */
		n += strlen(str + n);
		return pooled ? pool_dup(s, str, n) : strndup(str, n);
	}
	char *t = utf8_nfc(str);
	if (!t || !pooled)
		return t;
	char *p = pool_dup(s, t, strlen(t));
	free(t);
	return p;
}

/* The text and least of answer a (not ANSWER_NONE) as stored (NULL when a
 * has none), from the pool when pooled; false when a is not valid or on
 * OOM (nothing kept then). */
static bool answer_prepare(struct session *s, struct answer a, char **text, char **least,
			   bool pooled)
{
	*text = *least = NULL;
	if (a.kind == ANSWER_VALUE && (a.value < 1 || a.value > CONTENT_SCALE_POINTS))
		return false;
	if (a.kind == ANSWER_SCENARIO) {
		if (!valid_value(a.text) || (a.least && !valid_value(a.least)) ||
		    (a.least && strcmp(a.text, a.least) == 0))
			return false;
		*text = store_text(s, a.text, false, pooled);
		*least = a.least ? store_text(s, a.least, false, pooled) : NULL;
	} else if (a.kind == ANSWER_CHOICE || a.kind == ANSWER_TEXT) {
		if (!a.text)
			return false;
		/* pooled: from the strict parse, which refuses these */
		if (!pooled && (!utf8_valid(a.text, strlen(a.text)) || text_has_control(a.text)))
			return false;
		*text = store_text(s, a.text, a.kind == ANSWER_TEXT, pooled);
		/* the limit holds for the text as stored: NFC can make it longer */
		if (*text && strlen(*text) > CONTENT_MAX_OPEN_TEXT) {
			if (!pooled)
				free(*text);
			*text = NULL;
			return false;
		}
	} else {
		return true;
	}
	if (*text && (*least || !a.least))
		return true;
	if (!pooled) {
		free(*text);
		free(*least);
	}
	*text = *least = NULL;
	return false;
}

bool session_reserve_answers(struct session *s, size_t n)
{
	if (s->cap_answers - s->n_answers >= n)
		return true;
	size_t cap = s->n_answers + n;
	struct session_answer *na = realloc(s->answers, cap * sizeof(*na));
	if (!na)
		return false;
	s->answers = na;
	s->cap_answers = cap;
	return true;
}

/* A new, empty entry for item (which has none) at the end, its id from the
 * pool when pooled; NULL on OOM. */
static struct session_answer *append(struct session *s, const char *item, size_t len, bool pooled,
				     bool borrowed)
{
	if (!ARRAY_ROOM(s->answers, s->n_answers, s->cap_answers, 64))
		return NULL;
	char *id = borrowed ? (char *)item : pooled ? pool_dup(s, item, len) : strdup(item);
	if (!id)
		return NULL;
	struct session_answer *e = &s->answers[s->n_answers++];
	memset(e, 0, sizeof(*e));
	e->item = id;
	e->owned = pooled || borrowed ? 0 : OWN_ITEM;
	if (s->index && 2 * s->n_answers + 2 <= s->index_cap)
		index_put(s->index, s->index_cap, s->answers, (uint32_t)(s->n_answers - 1));
	else if (s->index)
		index_rebuild(s, s->index_cap); /* on OOM none: the next lookup tries */
	return e;
}

static void answer_store(struct session_answer *e, struct answer a, char *text, char *least,
			 bool pooled)
{
	if (e->owned & OWN_TEXT)
		free(e->text);
	if (e->owned & OWN_LEAST)
		free(e->least);
	e->owned = (unsigned char)(e->owned & OWN_ITEM);
	if (!pooled)
		e->owned |= OWN_TEXT | OWN_LEAST;
	if (a.kind != ANSWER_TEXT)
		e->shared = false;
	e->kind = a.kind;
	e->value = a.kind == ANSWER_VALUE ? a.value : 0;
	e->text = text;
	e->least = least;
}

bool session_set(struct session *s, const char *item, struct answer a)
{
	if (s->draft_item && strcmp(s->draft_item, item) == 0)
		session_set_draft(s, NULL, NULL);
	struct session_answer *e = find(s, item);
	if (a.kind == ANSWER_NONE) {
		if (e) {
			free_fields(e);
			size_t i = (size_t)(e - s->answers);
			memmove(e, e + 1, (s->n_answers - i - 1) * sizeof(*e));
			s->n_answers--;
			index_rebuild(s, s->index_cap);
		}
		return true;
	}
	char *text, *least;
	if (!answer_prepare(s, a, &text, &least, false))
		return false;
	if (!e &&
	    (s->n_answers >= SESSION_MAX_ANSWERS || !(e = append(s, item, 0, false, false)))) {
		free(text);
		free(least);
		return false;
	}
	answer_store(e, a, text, least, false);
	return true;
}

bool session_add_answer(struct session *s, const char *item, size_t len, struct answer a,
			bool shared, bool borrowed)
{
	if (s->draft_item && strcmp(s->draft_item, item) == 0)
		session_set_draft(s, NULL, NULL);
	char *text, *least;
	struct session_answer *e = NULL;
	if (a.kind == ANSWER_NONE || s->n_answers >= SESSION_MAX_ANSWERS ||
	    !answer_prepare(s, a, &text, &least, true) ||
	    !(e = append(s, item, len, true, borrowed)))
		return false;
	e->kind = a.kind;
	e->value = a.kind == ANSWER_VALUE ? a.value : 0;
	e->text = text;
	e->least = least;
	e->shared = shared && a.kind == ANSWER_TEXT;
	return true;
}

bool session_is_shared(const struct session *s, const char *item)
{
	const struct session_answer *e = find(s, item);
	return e && e->kind == ANSWER_TEXT && e->shared;
}

bool session_set_shared(struct session *s, const char *item, bool shared)
{
	struct session_answer *e = find(s, item);
	if (!e || e->kind != ANSWER_TEXT)
		return false;
	e->shared = shared;
	return true;
}

size_t session_first_unanswered(const struct session *s, const struct questionnaire *q)
{
	for (size_t i = 0; i < q->n_items; i++)
		if (!session_is_answered(session_get(s, q->items[i].id)))
			return i;
	return q->n_items;
}

size_t session_count_answered(const struct session *s, const struct questionnaire *q)
{
	size_t n = 0;
	for (size_t i = 0; i < q->n_items; i++)
		if (session_is_answered(session_get(s, q->items[i].id)))
			n++;
	return n;
}

/* Whether answer e fits item it. */
static bool answer_fits(const struct item *it, const struct session_answer *e)
{
	switch (it->type) {
	case ITEM_LIKERT:
		return e->kind == ANSWER_VALUE || (e->kind == ANSWER_NA && it->na);
	case ITEM_CHOICE:
		if (e->kind == ANSWER_CHOICE)
			for (size_t k = 0; k < it->n_options; k++)
				if (strcmp(it->options[k].value, e->text) == 0)
					return true;
		return false;
	case ITEM_OPEN:
		return e->kind == ANSWER_TEXT;
	case ITEM_SCENARIO:
		if (e->kind == ANSWER_SCENARIO) {
			bool most = false, least = !e->least;
			for (size_t k = 0; k < it->n_options; k++) {
				most |= strcmp(it->options[k].value, e->text) == 0;
				least |= e->least && strcmp(it->options[k].value, e->least) == 0;
			}
			return most && least;
		}
		return false;
	}
	return false;
}

bool session_validate(const struct session *s, const struct questionnaire *q, struct diag *d)
{
	bool ok = true;
	for (size_t i = 0; i < s->n_answers; i++) {
		const struct session_answer *e = &s->answers[i];
		const struct item *it = content_find_item(q, e->item);
		if (it && !answer_fits(it, e)) {
			diag_add(d, "sessie %s: item %s: antwoord past niet bij de vraag", s->id,
				 e->item);
			ok = false;
		}
	}
	return ok;
}

bool session_view_fits(const struct questionnaire *q, const struct session_answer *const *view)
{
	for (size_t i = 0; i < q->n_items; i++)
		if (view[i] && !answer_fits(&q->items[i], view[i]))
			return false;
	return true;
}
