/* Session reports (doc/report-format.md): the dispatcher and the text
 * helpers every report format uses (wrapping, markdown escaping, numbers,
 * bars, answers, the profile summary, neutralising). One file per format:
 * report_text.c, report_markdown.c, report_json.c; the sentences of
 * scoring model 2 are in report_score.c, group reports in report_group*.c. */
#include "spiegel/report.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report_internal.h"
#include "util.h"

bool report_format_parse(const char *name, enum report_format *out)
{
	if (strcmp(name, "text") == 0 || strcmp(name, "tekst") == 0)
		*out = REPORT_TEXT;
	else if (strcmp(name, "markdown") == 0 || strcmp(name, "md") == 0)
		*out = REPORT_MARKDOWN;
	else if (strcmp(name, "json") == 0)
		*out = REPORT_JSON;
	else
		return false;
	return true;
}

/* Number of UTF-8 characters in s[0..n). */
size_t rpt_u8len(const char *s, size_t n)
{
	size_t c = 0;
	for (size_t i = 0; i < n; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80)
			c++;
	return c;
}

void rpt_wrap_into(struct strbuf *b, const char *text, int width, const char *indent)
{
	size_t ind = rpt_u8len(indent, strlen(indent));
	size_t avail = width > (int)ind + 10 ? (size_t)width - ind : 10;
	const char *p = text;
	while (*p) {
		/* one paragraph line at a time (explicit newlines are kept) */
		const char *eol = strchr(p, '\n');
		size_t plen = eol ? (size_t)(eol - p) : strlen(p);
		const char *q = p, *end = p + plen;
		if (plen == 0)
			strbuf_puts(b, "\n");
		while (q < end) {
			while (q < end && *q == ' ')
				q++;
			if (q >= end)
				break;
			const char *line = q, *brk = NULL;
			size_t cols = 0;
			const char *r = q;
			while (r < end) {
				if (*r == ' ')
					brk = r;
				if (((unsigned char)*r & 0xC0) != 0x80)
					cols++;
				if (cols > avail)
					break;
				r++;
			}
			const char *stop;
			if (r >= end)
				stop = end;
			else if (brk && brk > line)
				stop = brk;
			else { /* a word longer than the line: cut it */
				stop = r;
			}
			strbuf_puts(b, indent);
			strbuf_append(b, line, (size_t)(stop - line));
			strbuf_puts(b, "\n");
			q = stop;
		}
		p = eol ? eol + 1 : end;
	}
}

void rpt_wrap_bullet(struct strbuf *b, const char *text, int width, const char *bullet)
{
	struct strbuf t;
	strbuf_init(&t);
	size_t n = rpt_u8len(bullet, strlen(bullet));
	char pad[32];
	if (n >= sizeof(pad))
		n = sizeof(pad) - 1;
	memset(pad, ' ', n);
	pad[n] = '\0';
	rpt_wrap_into(&t, text, width, pad);
	char *w = strbuf_steal(&t, NULL);
	if (w && strlen(w) >= n) {
		strbuf_puts(b, bullet);
		strbuf_puts(b, w + n);
	}
	free(w);
}

char *report_wrap(const char *text, int width, const char *indent)
{
	struct strbuf b;
	strbuf_init(&b);
	rpt_wrap_into(&b, text, width, indent);
	return strbuf_steal(&b, NULL);
}

void rpt_pad_to(struct strbuf *b, const char *s, size_t width)
{
	size_t n = rpt_u8len(s, strlen(s));
	strbuf_puts(b, s);
	for (; n < width; n++)
		strbuf_puts(b, " ");
}

void report_number(char *buf, size_t size, double v)
{
	format_tenths_nl(buf, size, v);
}

void report_date(char *buf, size_t size, const char *stamp)
{
	format_dutch_date(buf, size, stamp);
}

void report_level_min(char *buf, size_t size, double v)
{
	/* a threshold is exact (43.75): as many decimals as it has, at most 2 */
	long h = lround(v * 100.0);
	const char *sign = h < 0 ? "-" : "";
	long a = labs(h);
	if (a % 100 == 0)
		snprintf(buf, size, "%s%ld", sign, a / 100);
	else if (a % 10 == 0)
		snprintf(buf, size, "%s%ld,%ld", sign, a / 100, (a % 100) / 10);
	else
		snprintf(buf, size, "%s%ld,%02ld", sign, a / 100, a % 100);
}

bool rpt_json_number(cJSON *o, const char *key, double v)
{
	/* the digits report_number shows, read back without strtod (whose
	 * decimal point follows the locale) */
	char buf[32];
	report_number(buf, sizeof(buf), v);
	long t = 0;
	for (const char *p = buf; *p; p++)
		if (*p >= '0' && *p <= '9')
			t = t * 10 + (*p - '0');
	return cJSON_AddNumberToObject(o, key, (buf[0] == '-' ? -(double)t : (double)t) / 10.0) !=
	       NULL;
}

const char *report_answer_label(const struct item *it, struct answer a, char *buf, size_t size)
{
	switch (a.kind) {
	case ANSWER_VALUE:
		snprintf(buf, size, "%d %s", a.value,
			 it->type == ITEM_LIKERT ? it->scale[a.value - 1] : "");
		if (size)
			utf8_trim(buf);
		return buf;
	case ANSWER_NA:
		return "niet van toepassing";
	case ANSWER_CHOICE:
		for (size_t k = 0; k < it->n_options; k++)
			if (strcmp(it->options[k].value, a.text) == 0)
				return it->options[k].label;
		return a.text;
	case ANSWER_TEXT:
		return a.text;
	case ANSWER_SCENARIO: {
		const char *most = a.text, *least = a.least ? a.least : "nog niet gekozen";
		for (size_t k = 0; k < it->n_options; k++) {
			if (strcmp(it->options[k].value, a.text) == 0)
				most = it->options[k].label;
			if (a.least && strcmp(it->options[k].value, a.least) == 0)
				least = it->options[k].label;
		}
		const char *parts[] = {"meest waarschijnlijk: ", most,
				       " | minst waarschijnlijk: ", least};
		size_t n = 0;
		for (size_t i = 0; i < 4; i++) {
			size_t m = strlen(parts[i]);
			if (n + m >= size)
				return most; /* too long for buf: the most likely choice alone */
			memcpy(buf + n, parts[i], m);
			n += m;
		}
		buf[n] = '\0';
		return buf;
	}
	case ANSWER_NONE:
		break;
	}
	return "(niet beantwoord)";
}

void rpt_md_escape_in(struct strbuf *b, const char *s, const char *cont)
{
	bool line_start = true;
	for (; *s; s++) {
		if (*s == '\n') {
			/* a hard break, and the next line stays inside the quote or
			 * list item it belongs to */
			strbuf_puts(b, "  \n");
			strbuf_puts(b, cont);
			line_start = true;
			continue;
		}
		if (line_start) {
			while (*s == ' ' || *s == '\t')
				s++; /* leading blanks would make a code block */
			if (!*s)
				break;
			if (*s == '\n') {
				s--;
				continue;
			}
			/* what would start a list or a setext heading or rule; a
			 * quote (>), a heading (#) and a fence (~) are escaped by the
			 * rule for every position below, once */
			if (strchr("-+=", *s))
				strbuf_append(b, "\\", 1);
			const char *d = s;
			while (*d >= '0' && *d <= '9')
				d++;
			if (d > s && (*d == '.' || *d == ')')) {
				strbuf_append(b, s, (size_t)(d - s));
				strbuf_append(b, "\\", 1);
				s = d;
			}
			line_start = false;
		}
		if (*s == '&') {
			/* no entity in the source: a backslash only where the & would
			 * start one (&amp; &#38;), else it is itself */
			const char *e = s + 1 + (s[1] == '#');
			while ((*e >= 'a' && *e <= 'z') || (*e >= 'A' && *e <= 'Z') ||
			       (*e >= '0' && *e <= '9'))
				e++;
			if (*e == ';' && e > s + 1)
				strbuf_append(b, "\\", 1);
			strbuf_append(b, s, 1);
			continue;
		}
		/* ~ too: ~~text~~ is strikethrough in GitHub markdown */
		if (strchr("\\`*_[]<>|#~", *s))
			strbuf_append(b, "\\", 1);
		strbuf_append(b, s, 1);
	}
}

void rpt_md_escape(struct strbuf *b, const char *s)
{
	rpt_md_escape_in(b, s, "");
}

char *report_deeper(const struct content *c, const struct questionnaire *q,
		    const struct score_result *r, enum report_format f)
{
	struct strbuf b;
	strbuf_init(&b);
	bool any = false;
	for (size_t i = 0; i < r->n_focus; i++) {
		const struct questionnaire *d = content_deeper(c, q, r->focus[i]);
		if (!d)
			continue;
		if (!any)
			strbuf_puts(&b,
				    f == REPORT_MARKDOWN ? "\n## Verdiepen\n\n" : "\nVerdiepen\n");
		any = true;
		struct strbuf l;
		strbuf_init(&l);
		strbuf_printf(
		    &l, "%s: de vragenlijst \"%s\" gaat hier dieper op in (spiegel start %s).",
		    c->catalogue->practices[r->focus[i]].name, d->title, d->id);
		char *line = strbuf_steal(&l, NULL);
		if (line && f == REPORT_MARKDOWN) {
			strbuf_puts(&b, "- ");
			rpt_md_escape(&b, line);
			strbuf_puts(&b, "\n");
		} else if (line) {
			rpt_wrap_bullet(&b, line, 78, "  - ");
		}
		free(line);
	}
	return rpt_finish(&b, NULL);
}

const char *report_step_origin(const struct catalogue *c, const struct step_ref *sr)
{
	return sr->practice >= 0 ? c->practices[sr->practice].name : "weerstandsprofiel";
}

void report_signed_number(char *buf, size_t size, double v)
{
	char t[16];
	format_tenths_nl(t, sizeof(t), v);
	bool zero = strcmp(t, "0,0") == 0 || strcmp(t, "-0,0") == 0;
	const char *sign = zero || t[0] == '-' ? "" : "+";
	size_t n = strlen(sign), m = strlen(zero ? "0,0" : t);
	if (n + m >= size)
		return;
	memcpy(buf, sign, n);
	memcpy(buf + n, zero ? "0,0" : t, m + 1);
}

void report_change_text(char *buf, size_t size, const struct group_stat *now,
			const struct group_stat *base)
{
	report_signed_number(buf, size, (double)group_change_tenths(now, base) / 10.0);
}

/* A name inside a sentence: "Houvast bieden" reads as "houvast bieden". */
static void put_lower(struct strbuf *b, const char *name)
{
	if (name[0] >= 'A' && name[0] <= 'Z' && name[1] >= 'a' && name[1] <= 'z') {
		char c = (char)(name[0] - 'A' + 'a');
		strbuf_append(b, &c, 1);
		name++;
	}
	strbuf_puts(b, name);
}

static void names_list(struct strbuf *b, const struct named *v, const size_t *idx, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		strbuf_puts(b, i == 0 ? "" : i + 1 == n ? " en " : ", ");
		put_lower(b, v[idx[i]].name);
	}
}

char *report_profile_summary(const struct questionnaire *q, const struct profile_result *p)
{
	const struct profile *pf = q->profile;
	if (!pf || !p->present)
		return NULL;
	struct strbuf b;
	strbuf_init(&b);
	if (p->scenarios == 0) {
		strbuf_puts(&b, "Je hebt nog geen situaties beantwoord; het profiel volgt zodra je "
				"dat doet.");
		return strbuf_steal(&b, NULL);
	}
	/* approaches */
	if (p->n_preferred) {
		strbuf_puts(&b, "Je neigt naar ");
		names_list(&b, pf->approaches, p->preferred, p->n_preferred);
		strbuf_puts(&b, ".");
		for (size_t i = 0; i < p->n_preferred; i++) {
			const struct named *a = &pf->approaches[p->preferred[i]];
			if (a->description)
				strbuf_printf(&b, " %s: %s", a->name, a->description);
		}
	} else {
		strbuf_puts(&b, "Je kiest niet duidelijk de ene aanpak vaker dan de andere.");
	}
	size_t low = 0;
	for (size_t k = 1; k < N_APPROACHES; k++)
		if (p->approach[k] < p->approach[low] - 1e-9)
			low = k;
	if (p->approach[low] < -1e-9) {
		strbuf_puts(&b, " Het minst waarschijnlijk kies je voor ");
		put_lower(&b, pf->approaches[low].name);
		strbuf_puts(&b, ".");
	}
	/* breadth */
	strbuf_printf(&b,
		      "\n\nRepertoire: %zu van de %d aanpakken koos je minstens één keer als "
		      "meest waarschijnlijke reactie.",
		      p->breadth, N_APPROACHES);
	if (p->breadth <= 2)
		strbuf_puts(&b, " Dat is een smal repertoire. Geen aanpak werkt altijd; het loont "
				"om in een volgende situatie bewust een andere te proberen.");
	/* fit */
	char fit[16];
	report_number(fit, sizeof(fit), p->fit);
	strbuf_printf(&b,
		      "\n\nAfstemming: in %zu van de %zu situaties paste je eerste keuze bij wat "
		      "de situatie volgens de sleutel vraagt (%s%%). De sleutel is een "
		      "interpretatie, geen oordeel.",
		      p->fit_n, p->scenarios, fit);
	/* first moves */
	if (p->first_n) {
		size_t top = 0;
		for (size_t k = 1; k < N_WSTEPS; k++)
			if (p->first[k] > p->first[top])
				top = k;
		size_t explore = p->first[STEP_VERKENNEN] + p->first[STEP_ERKENNEN];
		strbuf_puts(&b, "\n\nEerste zet: je koos het vaakst voor ");
		put_lower(&b, pf->steps[top].name);
		strbuf_printf(&b,
			      " (%zu van %zu keer). In %zu van de %zu gevallen begon je met "
			      "verkennen of erkennen, voordat je ging ombuigen of overtuigen.",
			      p->first[top], p->first_n, explore, p->first_n);
	}
	/* sources */
	if (p->source_n) {
		size_t top = 0, miss = 0;
		for (size_t k = 1; k < N_WSOURCES; k++) {
			if (p->source[k] > p->source[top])
				top = k;
			if (p->sourcemissed[k] > p->sourcemissed[miss])
				miss = k;
		}
		strbuf_puts(&b, "\n\nBronnen: je zag het vaakst ");
		put_lower(&b, pf->sources[top].name);
		strbuf_printf(&b, " als wat er speelt (%zu van %zu keer).", p->source[top],
			      p->source_n);
		if (p->sourcemissed[miss] > 0 && miss != top) {
			strbuf_puts(&b, " De situaties wezen ook op ");
			put_lower(&b, pf->sources[miss].name);
			strbuf_puts(&b, "; daar keek je minder naar.");
		}
	}
	return strbuf_steal(&b, NULL);
}

/* A bar for v in -1..1: PROFILE_HALF cells each side of a '|'. */
void rpt_signed_bar(struct strbuf *b, double v)
{
	int n = (int)lround(fabs(round(v * 10.0) / 10.0) * PROFILE_HALF);
	for (int i = PROFILE_HALF; i > 0; i--)
		strbuf_puts(b, v < 0 && i <= n ? "#" : ".");
	strbuf_puts(b, "|");
	for (int i = 1; i <= PROFILE_HALF; i++)
		strbuf_puts(b, v > 0 && i <= n ? "#" : ".");
}

void rpt_plain_bar(struct strbuf *b, double score)
{
	int filled = (int)lround(round(score * 10.0) / 10.0 * BAR_WIDTH / 100.0);
	for (int i = 0; i < BAR_WIDTH; i++)
		strbuf_puts(b, i < filled ? "#" : ".");
}

/* The five approaches of a profile, a signed bar each, lines prefixed by
 * indent (text; markdown in a code block). */
void rpt_approach_chart(struct strbuf *b, const struct questionnaire *q,
			const struct profile_result *p, const char *indent)
{
	for (size_t k = 0; k < N_APPROACHES; k++) {
		char num[16];
		report_signed_number(num, sizeof(num), p->approach_shown[k]);
		strbuf_puts(b, indent);
		rpt_pad_to(b, q->profile->approaches[k].name, 26);
		rpt_signed_bar(b, p->scenarios ? p->approach_shown[k] : 0);
		strbuf_printf(b, " %5s\n", p->scenarios ? num : "-");
	}
}

static char *neutral_steal(struct strbuf *b, size_t *len, enum diag_mode mode)
{
	size_t n;
	char *out = strbuf_steal(b, &n);
	if (out && (out = diag_neutralize(out, &n, mode)) && len)
		*len = n;
	return out;
}

char *rpt_finish(struct strbuf *b, size_t *len)
{
	return neutral_steal(b, len, DIAG_TEXT);
}

static bool neutral_sink(void *ctx, const char *s, size_t n)
{
	const struct rpt_stream *st = ctx;
	size_t m;
	char *safe = diag_neutral(s, n, st->mode, &m);
	bool ok = safe && st->write(st->ctx, safe, m);
	free(safe);
	return ok;
}

void rpt_stream_start(struct strbuf *b, struct rpt_stream *st)
{
	strbuf_init(b);
	b->sink = neutral_sink;
	b->sink_ctx = st;
}

bool rpt_stream_end(struct strbuf *b)
{
	strbuf_flush(b, 0);
	bool ok = !b->failed;
	strbuf_finish(b);
	return ok;
}

void rpt_json_string(struct strbuf *b, const char *s)
{
	strbuf_puts(b, "\"");
	const char *run = s;
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c >= 0x20 && c != '"' && c != '\\')
			continue;
		strbuf_append(b, run, (size_t)(s - run));
		run = s + 1;
		switch (c) {
		case '"':
			strbuf_puts(b, "\\\"");
			break;
		case '\\':
			strbuf_puts(b, "\\\\");
			break;
		case '\b':
			strbuf_puts(b, "\\b");
			break;
		case '\f':
			strbuf_puts(b, "\\f");
			break;
		case '\n':
			strbuf_puts(b, "\\n");
			break;
		case '\r':
			strbuf_puts(b, "\\r");
			break;
		case '\t':
			strbuf_puts(b, "\\t");
			break;
		default:
			strbuf_printf(b, "\\u%04x", c);
		}
	}
	strbuf_append(b, run, (size_t)(s - run));
	strbuf_puts(b, "\"");
}

char *rpt_json_finish(cJSON *root, size_t *len)
{
	char *out = NULL;
	char *printed = cJSON_Print(root);
	if (printed) {
		struct strbuf b;
		strbuf_init(&b);
		strbuf_puts(&b, printed);
		strbuf_puts(&b, "\n");
		/* cJSON escapes C0 controls but leaves DEL, bidi overrides and the
		 * like raw in strings: escaped too, the data stays the same */
		out = neutral_steal(&b, len, DIAG_JSON);
		cJSON_free(printed);
	}
	cJSON_Delete(root);
	return out;
}

char *report_render(enum report_format f, const struct report_input *in, size_t *len)
{
	if (f == REPORT_HTML || f == REPORT_CSV)
		return NULL; /* group formats only */
	if (f == REPORT_JSON)
		return rpt_render_json(in, len);
	struct strbuf b;
	strbuf_init(&b);
	if (f == REPORT_TEXT)
		rpt_render_text(&b, in);
	else
		rpt_render_markdown(&b, in);
	return rpt_finish(&b, len);
}
