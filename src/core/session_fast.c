/*
 * The quick reading of a session or hand-in file (session_answers.h): one
 * pass over the text that builds the session directly, for the files as
 * spiegel writes them. It accepts only what the strict parse and the checks
 * of session_parse accept too, and builds the same session; anything else
 * (an escape other than \n, \t, \", \\ and \/, a number that is not a plain
 * integer, a draft or focus, a key it does not expect, any problem at all)
 * makes it give up, and session_parse reads the file the full way, with the
 * messages that say what is wrong. test_session.c and fuzz_session.c hold
 * the two to the same result.
 */
#include "session_answers.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

/* The top-level keys, as bits. */
enum {
	K_FORMAT = 1 << 0,
	K_ID = 1 << 1,
	K_QUESTIONNAIRE = 1 << 2,
	K_PARTICIPANT = 1 << 3,
	K_CREATED = 1 << 4,
	K_UPDATED = 1 << 5,
	K_EXPORTED = 1 << 6,
	K_FINISHED = 1 << 7,
	K_POSITION = 1 << 8,
	K_ANSWERS = 1 << 9,
	K_WITHHELD = 1 << 10,
};
#define NEEDED (K_FORMAT | K_ID | K_QUESTIONNAIRE | K_CREATED | K_UPDATED | K_ANSWERS)
#define SESSION_KEYS                                                                               \
	(K_FORMAT | K_ID | K_QUESTIONNAIRE | K_PARTICIPANT | K_CREATED | K_UPDATED | K_FINISHED |  \
	 K_POSITION | K_ANSWERS)
#define HANDIN_KEYS                                                                                \
	(K_FORMAT | K_ID | K_QUESTIONNAIRE | K_PARTICIPANT | K_CREATED | K_UPDATED | K_EXPORTED |  \
	 K_FINISHED | K_ANSWERS | K_WITHHELD)

/* The answer keys, as bits. */
enum { A_VALUE = 1, A_NA = 2, A_CHOICE = 4, A_TEXT = 8, A_SHARED = 16, A_MOST = 32, A_LEAST = 64 };

/* Answers by item id, to see a key twice: positions + 1 in the session. */
#define SLOTS 2048

struct fast {
	const char *s;
	size_t i, n;
	char *out; /* scratch: the strings read, each with a NUL */
	const char *out_start, *out_end;
	struct session *sess;
	size_t cap;	       /* slots in use: 256, or SLOTS from 128 answers */
	uint16_t slots[SLOTS]; /* the answers by item id: positions + 1 */
	/* with a questionnaire: the answer to each of its items (position, or
	 * -1), and the item the next answer is likely for */
	const struct questionnaire *q;
	int32_t *pos;
	size_t next;
};

/* The bytes a string stops at, as in the strict parse. */
static const unsigned char stop[256] = {
    [0 ... 0x1f] = 1, ['"'] = 1, ['\\'] = 1, [0x7f] = 1, [0xc2] = 1,
};
static const unsigned char space[256] = {[' '] = 1, ['\n'] = 1, ['\t'] = 1, ['\r'] = 1};

static inline void ws(struct fast *f)
{
	while (space[(unsigned char)f->s[f->i]]) /* s[n] is NUL */
		f->i++;
}

/* The character c after white space. */
static inline bool expect(struct fast *f, char c)
{
	ws(f);
	if (f->s[f->i] != c || f->i >= f->n)
		return false;
	f->i++;
	return true;
}

/* The string at s[i] (after its quote) with escapes: unescaped into the
 * scratch, with a NUL. NULL: not one the quick way takes. */
static const char *escaped(struct fast *f, size_t i, size_t *len)
{
	const unsigned char *s = (const unsigned char *)f->s;
	char *start = f->out, *o = f->out;
	for (;;) {
		unsigned char c = s[i];
		if (!stop[c]) {
			*o++ = (char)c;
			i++;
			continue;
		}
		if (i >= f->n)
			return NULL;
		if (c == '"')
			break;
		if (c == 0xc2 && !(s[i + 1] >= 0x80 && s[i + 1] <= 0x9f)) { /* not C1 */
			*o++ = (char)c;
			i++;
			continue;
		}
		if (c != '\\')
			return NULL;
		switch (s[i + 1]) {
		case 'n':
			*o++ = '\n';
			break;
		case 't':
			*o++ = '\t';
			break;
		case '"':
		case '\\':
		case '/':
			*o++ = (char)s[i + 1];
			break;
		default:
			return NULL;
		}
		i += 2;
	}
	*o = '\0';
	*len = (size_t)(o - start);
	f->out = o + 1;
	f->i = i + 1;
	return start;
}

/* A string after white space: its bytes (unescaped) and length. In the text
 * itself when it has no escape (then not NUL-terminated), else in the
 * scratch. NULL: not one the quick way takes. */
static inline const char *span(struct fast *f, size_t *len)
{
	ws(f);
	const unsigned char *s = (const unsigned char *)f->s;
	if (s[f->i] != '"')
		return NULL;
	size_t start = f->i + 1, i = start;
	/* s[n] is NUL, a stop: nothing past it is read */
	for (;; i += 4) {
		if (stop[s[i]])
			break;
		if (stop[s[i + 1]]) {
			i += 1;
			break;
		}
		if (stop[s[i + 2]]) {
			i += 2;
			break;
		}
		if (stop[s[i + 3]]) {
			i += 3;
			break;
		}
	}
	if (s[i] != '"' || i >= f->n)
		return escaped(f, start, len);
	*len = i - start;
	f->i = i + 1;
	return f->s + start;
}

/* A string after white space with a NUL (in the scratch). */
static const char *string(struct fast *f, size_t *len)
{
	const char *p = span(f, len);
	if (!p || (p >= f->out_start && p < f->out_end))
		return p; /* NULL, or in the scratch already */
	char *o = f->out;
	memcpy(o, p, *len);
	o[*len] = '\0';
	f->out = o + *len + 1;
	return o;
}

/* A plain integer (no fraction or exponent) of at most 15 digits. */
static bool integer(struct fast *f, long long *v)
{
	ws(f);
	const char *s = f->s;
	size_t i = f->i;
	if (s[i] >= '0' && s[i] <= '9' && !(s[i + 1] >= '0' && s[i + 1] <= '9') &&
	    s[i + 1] != '.' && s[i + 1] != 'e' && s[i + 1] != 'E' && i < f->n) {
		*v = s[i] - '0'; /* one digit */
		f->i = i + 1;
		return true;
	}
	bool neg = s[i] == '-';
	i += neg;
	size_t d = i;
	if (s[i] == '0' && !(s[i + 1] >= '0' && s[i + 1] <= '9'))
		i++;
	else if (s[i] >= '1' && s[i] <= '9')
		while (s[i] >= '0' && s[i] <= '9')
			i++;
	if (i == d || i - d > 15 || s[i] == '.' || s[i] == 'e' || s[i] == 'E' || i > f->n)
		return false;
	long long x = 0;
	for (size_t k = d; k < i; k++)
		x = x * 10 + (s[k] - '0');
	*v = neg ? -x : x;
	f->i = i;
	return true;
}

/* true or false. */
static bool boolean(struct fast *f, bool *v)
{
	ws(f);
	if (f->n - f->i >= 4 && memcmp(f->s + f->i, "true", 4) == 0) {
		f->i += 4;
		*v = true;
		return true;
	}
	if (f->n - f->i >= 5 && memcmp(f->s + f->i, "false", 5) == 0) {
		f->i += 5;
		*v = false;
		return true;
	}
	return false;
}

/* After a value: ',' (more: *more) or the closing c. */
static bool next(struct fast *f, char c, bool *more)
{
	ws(f);
	char x = f->s[f->i];
	if (f->i >= f->n || (x != ',' && x != c))
		return false;
	f->i++;
	*more = x == ',';
	return true;
}

#define IS(k, n, lit) ((n) == sizeof(lit) - 1 && memcmp(k, lit, sizeof(lit) - 1) == 0)

/* One answer object (the member for item key[0..klen)). */
static bool answer(struct fast *f, const char *key, size_t klen, int item)
{
	/* an item id of the content is a valid id */
	if ((item < 0 && !id_item_ok_len(key, klen)) || !expect(f, '{'))
		return false;
	struct answer a = {ANSWER_NONE, 0, NULL, NULL};
	unsigned seen = 0;
	bool shared = false, more = true;
	ws(f);
	if (f->s[f->i] == '}')
		return false; /* no kind of answer */
	while (more) {
		size_t n;
		const char *k = span(f, &n);
		unsigned bit = !k		    ? 0
			       : IS(k, n, "value")  ? A_VALUE
			       : IS(k, n, "na")	    ? A_NA
			       : IS(k, n, "choice") ? A_CHOICE
			       : IS(k, n, "text")   ? A_TEXT
			       : IS(k, n, "shared") ? A_SHARED
			       : IS(k, n, "most")   ? A_MOST
			       : IS(k, n, "least")  ? A_LEAST
						    : 0;
		if (!bit || (seen & bit) || !expect(f, ':'))
			return false;
		seen |= bit;
		long long v;
		bool b;
		const char *t;
		switch (bit) {
		case A_VALUE:
			if (!integer(f, &v) || v < 1 || v > CONTENT_SCALE_POINTS)
				return false;
			a.kind = ANSWER_VALUE;
			a.value = (int)v;
			break;
		case A_NA:
			if (!boolean(f, &b) || !b)
				return false;
			a.kind = ANSWER_NA;
			break;
		case A_SHARED:
			if (!boolean(f, &shared))
				return false;
			break;
		case A_LEAST:
			if (!(a.least = string(f, &n)))
				return false;
			break;
		default: /* choice, text, most */
			if (!(t = string(f, &n)))
				return false;
			a.text = t;
			a.kind = bit == A_CHOICE ? ANSWER_CHOICE
				 : bit == A_TEXT ? ANSWER_TEXT
						 : ANSWER_SCENARIO;
		}
		if (!next(f, '}', &more))
			return false;
	}
	/* exactly one kind; least only with most, shared only with text */
	unsigned kinds = seen & (A_VALUE | A_NA | A_CHOICE | A_TEXT | A_MOST);
	if ((kinds & (kinds - 1)) || !kinds || ((seen & A_LEAST) && !(seen & A_MOST)) ||
	    ((seen & A_SHARED) && !(seen & A_TEXT)))
		return false;
	if (item < 0)
		return session_add_answer(f->sess, key, klen, a, shared, false);
	f->pos[item] = (int32_t)f->sess->n_answers;
	return session_add_answer(f->sess, f->q->items[item].id, klen, a, shared, true);
}

/* The item of f->q with id key[0..n), or -1. */
static int item_of(struct fast *f, const char *key, size_t n)
{
	const struct questionnaire *q = f->q;
	if (f->next < q->n_items) {
		const char *id = q->items[f->next].id;
		if (strncmp(id, key, n) == 0 && !id[n])
			return (int)f->next++;
	}
	int i = content_item_index_len(q, key, n);
	if (i >= 0)
		f->next = (size_t)i + 1;
	return i;
}

static void slot_put(struct fast *f, const char *key, size_t n, uint16_t pos)
{
	size_t h = mem_hash(key, n) & (f->cap - 1);
	while (f->slots[h])
		h = (h + 1) & (f->cap - 1);
	f->slots[h] = pos;
}

/* Whether item key[0..n) has an answer already; noted when not (as the
 * answer about to be added). */
static bool repeated(struct fast *f, const char *key, size_t n)
{
	const struct session *s = f->sess;
	if (s->n_answers == 128 && f->cap < SLOTS) { /* keep it at most half full */
		f->cap = SLOTS;
		memset(f->slots, 0, sizeof(f->slots));
		for (size_t k = 0; k < s->n_answers; k++)
			slot_put(f, s->answers[k].item, strlen(s->answers[k].item),
				 (uint16_t)(k + 1));
	}
	for (size_t h = mem_hash(key, n) & (f->cap - 1);; h = (h + 1) & (f->cap - 1)) {
		if (!f->slots[h]) {
			f->slots[h] = (uint16_t)(s->n_answers + 1);
			return false;
		}
		const char *item = s->answers[f->slots[h] - 1].item;
		if (strncmp(item, key, n) == 0 && !item[n])
			return true;
	}
}

static bool answers(struct fast *f)
{
	if (!expect(f, '{'))
		return false;
	ws(f);
	if (f->s[f->i] == '}') {
		f->i++;
		return true;
	}
	bool more = true;
	while (more) {
		size_t n;
		char *mark = f->out;
		const char *key = span(f, &n);
		if (!key || f->sess->n_answers >= SESSION_MAX_ANSWERS)
			return false;
		/* an item of q is seen twice by its position, another key by the
		 * table (SESSION_MAX_ANSWERS keeps it at most half full) */
		int item = f->q ? item_of(f, key, n) : -1;
		if ((item >= 0 ? f->pos[item] >= 0 : repeated(f, key, n)) || !expect(f, ':') ||
		    !answer(f, key, n, item) || !next(f, '}', &more))
			return false;
		f->out = mark; /* what the answer kept, it copied */
	}
	return true;
}

/* "questionnaire": {"id": ..., "version": ...}, both non-empty. */
static bool questionnaire(struct fast *f)
{
	struct session *s = f->sess;
	if (!expect(f, '{'))
		return false;
	bool more = true;
	while (more) {
		size_t n, vn;
		const char *k = span(f, &n);
		char **slot = !k		    ? NULL
			      : IS(k, n, "id")	    ? &s->questionnaire
			      : IS(k, n, "version") ? &s->version
						    : NULL;
		const char *v;
		if (!slot || *slot || !expect(f, ':') || !(v = string(f, &vn)) || !vn ||
		    !(*slot = strdup(v)) || !next(f, '}', &more))
			return false;
	}
	return s->questionnaire && s->version;
}

/* A time stamp into buf (at least 21 bytes). */
static bool stamp(struct fast *f, char *buf)
{
	size_t n;
	const char *v = string(f, &n);
	if (!v || !utc_stamp_ok(v))
		return false;
	memcpy(buf, v, 21);
	return true;
}

/* The value of top-level key bit. */
static bool member(struct fast *f, unsigned bit)
{
	struct session *s = f->sess;
	size_t n;
	const char *v;
	long long x;
	switch (bit) {
	case K_FORMAT:
		if (!(v = string(f, &n)))
			return false;
		s->handin = IS(v, n, "spiegel-handin/1");
		return s->handin || IS(v, n, "spiegel-session/1");
	case K_ID:
		if (!(v = string(f, &n)) || !id_lower_ok(v, SESSION_ID_MAX))
			return false;
		memcpy(s->id, v, n + 1);
		return true;
	case K_QUESTIONNAIRE:
		return questionnaire(f);
	case K_PARTICIPANT:
		return (v = string(f, &n)) && (s->participant = strdup(v)) &&
		       session_name_ok(s->participant);
	case K_CREATED:
		return stamp(f, s->created);
	case K_UPDATED:
		return stamp(f, s->updated);
	case K_EXPORTED:
		return stamp(f, s->exported);
	case K_FINISHED:
		return boolean(f, &s->finished);
	case K_POSITION:
		return (v = string(f, &n)) && session_set_position(s, v);
	case K_ANSWERS:
		return answers(f);
	case K_WITHHELD:
		if (!integer(f, &x) || x < 0 || x > 1000000)
			return false;
		s->withheld = (size_t)x;
		return true;
	}
	return false;
}

static unsigned key_bit(const char *k, size_t n)
{
	switch (k[0]) {
	case 'f':
		return IS(k, n, "format") ? K_FORMAT : IS(k, n, "finished") ? K_FINISHED : 0;
	case 'i':
		return IS(k, n, "id") ? K_ID : 0;
	case 'q':
		return IS(k, n, "questionnaire") ? K_QUESTIONNAIRE : 0;
	case 'p':
		return IS(k, n, "participant") ? K_PARTICIPANT
		       : IS(k, n, "position")  ? K_POSITION
					       : 0;
	case 'c':
		return IS(k, n, "created") ? K_CREATED : 0;
	case 'u':
		return IS(k, n, "updated") ? K_UPDATED : 0;
	case 'e':
		return IS(k, n, "exported") ? K_EXPORTED : 0;
	case 'a':
		return IS(k, n, "answers") ? K_ANSWERS : 0;
	case 'w':
		return IS(k, n, "withheld") ? K_WITHHELD : 0;
	}
	return 0;
}

struct session *session_parse_quick(const char *text, size_t len, char *scratch,
				    const struct questionnaire *q, int32_t *pos)
{
	if ((len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) || !utf8_valid(text, len))
		return NULL;
	struct fast fs, *f = &fs;
	struct session *s = calloc(1, sizeof(*s));
	if (!s)
		return NULL;
	memset(f->slots, 0, 256 * sizeof(f->slots[0]));
	f->s = text;
	f->i = 0;
	f->n = len;
	f->out = scratch;
	f->out_start = scratch;
	f->out_end = scratch + len + 1;
	f->sess = s;
	f->cap = 256;
	f->q = q;
	f->pos = pos;
	f->next = 0;
	for (size_t i = 0; q && i < q->n_items; i++)
		pos[i] = -1;
	unsigned seen = 0;
	bool more = true;
	if (!expect(f, '{'))
		goto fail;
	while (more) {
		size_t n;
		char *mark = f->out;
		const char *k = span(f, &n);
		unsigned bit = k && n ? key_bit(k, n) : 0;
		if (!bit || (seen & bit) || !expect(f, ':') || !member(f, bit) ||
		    !next(f, '}', &more))
			goto fail;
		seen |= bit;
		f->out = mark; /* what member kept, it copied */
	}
	ws(f);
	unsigned allowed = s->handin ? HANDIN_KEYS : SESSION_KEYS;
	unsigned needed = NEEDED | (s->handin ? K_EXPORTED | K_WITHHELD : 0);
	if (f->i != len || (seen & ~allowed) || (seen & needed) != needed)
		goto fail;
	if (!s->participant && !(s->participant = strdup("")))
		goto fail;
	return s;
fail:
	session_destroy(s);
	return NULL;
}
