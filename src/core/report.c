#include "spiegel/report.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

#define BAR_WIDTH 20

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
static size_t u8len(const char *s, size_t n)
{
	size_t c = 0;
	for (size_t i = 0; i < n; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80)
			c++;
	return c;
}

static void wrap_into(struct strbuf *b, const char *text, int width, const char *indent)
{
	size_t ind = u8len(indent, strlen(indent));
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

char *report_wrap(const char *text, int width, const char *indent)
{
	struct strbuf b;
	strbuf_init(&b);
	wrap_into(&b, text, width, indent);
	return strbuf_steal(&b, NULL);
}

static void pad_to(struct strbuf *b, const char *s, size_t width)
{
	size_t n = u8len(s, strlen(s));
	strbuf_puts(b, s);
	for (; n < width; n++)
		strbuf_puts(b, " ");
}

static const char *level_name(const struct report_input *in, int level)
{
	return level >= 0 ? in->cat->levels[level].name : "-";
}

static bool is_focus(const struct score_result *r, size_t p)
{
	for (size_t f = 0; f < r->n_focus; f++)
		if (r->focus[f] == p)
			return true;
	return false;
}

const char *report_answer_label(const struct item *it, struct answer a, char *buf, size_t size)
{
	switch (a.kind) {
	case ANSWER_VALUE:
		snprintf(buf, size, "%d %s", a.value,
			 it->type == ITEM_LIKERT ? it->scale[a.value - 1] : "");
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
	case ANSWER_NONE:
		break;
	}
	return "(niet beantwoord)";
}

static void header_text(struct strbuf *b, const struct report_input *in)
{
	const struct session *s = in->s;
	strbuf_printf(b, "spiegel - %s\n", in->q->title);
	strbuf_printf(b, "Sessie %s, begonnen %.10s, %zu van %zu vragen beantwoord%s\n", s->id,
		      s->created, session_count_answered(s, in->q), in->q->n_items,
		      s->finished ? "" : " (nog niet afgerond)");
	if (s->participant[0])
		strbuf_printf(b, "Deelnemer: %s\n", s->participant);
}

static void render_text(struct strbuf *b, const struct report_input *in)
{
	const struct catalogue *c = in->cat;
	const struct score_result *r = in->r;
	header_text(b, in);
	strbuf_puts(b, "\nLeiderschapspraktijken (score 0-100)\n");
	bool any = false, unmeasured = false;
	for (size_t p = 0; p < c->n_practices; p++) {
		const struct practice_score *ps = &r->practices[p];
		if (!ps->has_score) {
			unmeasured = true;
			continue;
		}
		any = true;
		char num[16];
		format_tenths(num, sizeof(num), ps->score);
		/* from the rounded score, so the bar matches the number shown */
		int filled = (int)lround(round(ps->score * 10.0) / 10.0 * BAR_WIDTH / 100.0);
		strbuf_printf(b, "%s%s\n    ", is_focus(r, p) ? "* " : "  ", c->practices[p].name);
		for (int i = 0; i < BAR_WIDTH; i++)
			strbuf_puts(b, i < filled ? "#" : ".");
		strbuf_printf(b, " %5s  ", num);
		pad_to(b, level_name(in, ps->level), 16);
		strbuf_printf(b, "(%zu %s)\n", ps->answered,
			      ps->answered == 1 ? "vraag" : "vragen");
	}
	if (!any)
		strbuf_puts(b, "  Nog geen beantwoorde vragen met een score.\n");
	if (unmeasured) {
		struct strbuf u;
		strbuf_init(&u);
		strbuf_puts(&u, "Niet gemeten met deze vragenlijst: ");
		bool first = true;
		for (size_t p = 0; p < c->n_practices; p++)
			if (!r->practices[p].has_score) {
				strbuf_printf(&u, "%s%s", first ? "" : ", ", c->practices[p].name);
				first = false;
			}
		strbuf_puts(&u, ".");
		char *line = strbuf_steal(&u, NULL);
		if (line)
			wrap_into(b, line, 78, "  ");
		free(line);
	}
	strbuf_puts(b, "\nFocus (de laagste scores, met * gemarkeerd)\n");
	if (r->n_focus == 0)
		strbuf_printf(b,
			      "  Nog te weinig antwoorden: een praktijk heeft minstens %d "
			      "beantwoorde vragen nodig.\n",
			      c->min_answers);
	for (size_t f = 0; f < r->n_focus; f++) {
		char num[16];
		format_tenths(num, sizeof(num), r->practices[r->focus[f]].score);
		strbuf_printf(b, "  %s (%s, %s)\n", c->practices[r->focus[f]].name, num,
			      level_name(in, r->practices[r->focus[f]].level));
	}
	if (r->n_steps) {
		strbuf_puts(b, "\nVolgende stappen\n");
		for (size_t i = 0; i < r->n_steps; i++) {
			const struct practice *pr = &c->practices[r->steps[i].practice];
			const struct next_step *st = &pr->steps[r->steps[i].step];
			char src[512];
			content_source_format(&st->source, src, sizeof(src));
			char head[600], bron[600];
			snprintf(head, sizeof(head), "%zu. %s (%s)", i + 1, st->title, pr->name);
			snprintf(bron, sizeof(bron), "Bron: %s", src);
			wrap_into(b, head, 78, "");
			wrap_into(b, st->text, 78, "    ");
			wrap_into(b, bron, 78, "    ");
		}
	}
	bool header = false;
	for (size_t i = 0; i < in->q->n_items; i++) {
		const struct item *it = &in->q->items[i];
		struct answer a = session_get(in->s, it->id);
		if (it->type != ITEM_OPEN || a.kind != ANSWER_TEXT || !a.text[0])
			continue;
		if (!header)
			strbuf_puts(b, "\nJouw reflecties\n");
		header = true;
		wrap_into(b, it->text, 76, "  ");
		wrap_into(b, a.text, 76, "    > ");
	}
}

static void md_escape(struct strbuf *b, const char *s)
{
	for (; *s; s++) {
		if (strchr("\\`*_[]<>|#", *s))
			strbuf_append(b, "\\", 1);
		if (*s == '\n') {
			strbuf_puts(b, "  \n");
			continue;
		}
		strbuf_append(b, s, 1);
	}
}

static void render_markdown(struct strbuf *b, const struct report_input *in)
{
	const struct catalogue *c = in->cat;
	const struct score_result *r = in->r;
	const struct session *s = in->s;
	strbuf_puts(b, "# ");
	md_escape(b, in->q->title);
	strbuf_puts(b, ": spiegel-rapport\n\n");
	strbuf_printf(b, "- Sessie: `%s`\n- Begonnen: %.10s\n- Beantwoord: %zu van %zu vragen%s\n",
		      s->id, s->created, session_count_answered(s, in->q), in->q->n_items,
		      s->finished ? "" : " (nog niet afgerond)");
	if (s->participant[0]) {
		strbuf_puts(b, "- Deelnemer: ");
		md_escape(b, s->participant);
		strbuf_puts(b, "\n");
	}
	strbuf_puts(b, "\n## Leiderschapspraktijken\n\n| Praktijk | Score (0-100) | Niveau | "
		       "Vragen |\n|---|---:|---|---:|\n");
	for (size_t p = 0; p < c->n_practices; p++) {
		const struct practice_score *ps = &r->practices[p];
		if (!ps->has_score)
			continue;
		char num[16];
		format_tenths(num, sizeof(num), ps->score);
		strbuf_puts(b, "| ");
		if (is_focus(r, p))
			strbuf_puts(b, "**");
		md_escape(b, c->practices[p].name);
		if (is_focus(r, p))
			strbuf_puts(b, "** (focus)");
		strbuf_printf(b, " | %s | %s | %zu |\n", num, level_name(in, ps->level),
			      ps->answered);
	}
	if (r->n_steps) {
		strbuf_puts(b, "\n## Volgende stappen\n\n");
		for (size_t i = 0; i < r->n_steps; i++) {
			const struct practice *pr = &c->practices[r->steps[i].practice];
			const struct next_step *st = &pr->steps[r->steps[i].step];
			char src[512];
			content_source_format(&st->source, src, sizeof(src));
			strbuf_printf(b, "%zu. **", i + 1);
			md_escape(b, st->title);
			strbuf_puts(b, "** (");
			md_escape(b, pr->name);
			strbuf_puts(b, "): ");
			md_escape(b, st->text);
			strbuf_puts(b, "  \n   *Bron: ");
			md_escape(b, src);
			strbuf_puts(b, "*\n");
		}
	}
	bool header = false;
	for (size_t i = 0; i < in->q->n_items; i++) {
		const struct item *it = &in->q->items[i];
		struct answer a = session_get(s, it->id);
		if (it->type != ITEM_OPEN || a.kind != ANSWER_TEXT || !a.text[0])
			continue;
		if (!header)
			strbuf_puts(b, "\n## Reflecties\n");
		header = true;
		strbuf_puts(b, "\n**");
		md_escape(b, it->text);
		strbuf_puts(b, "**\n\n> ");
		md_escape(b, a.text);
		strbuf_puts(b, "\n");
	}
}

static char *render_json(const struct report_input *in, size_t *len)
{
	const struct catalogue *c = in->cat;
	const struct score_result *r = in->r;
	const struct session *s = in->s;
	char *out = NULL;
	cJSON *root = cJSON_CreateObject();
	if (!root)
		return NULL;
	bool ok = cJSON_AddStringToObject(root, "format", "spiegel-report/1");
	cJSON *q = cJSON_AddObjectToObject(root, "questionnaire");
	ok = ok && q && cJSON_AddStringToObject(q, "id", in->q->id) &&
	     cJSON_AddStringToObject(q, "version", in->q->version) &&
	     cJSON_AddStringToObject(q, "title", in->q->title);
	cJSON *se = cJSON_AddObjectToObject(root, "session");
	ok = ok && se && cJSON_AddStringToObject(se, "id", s->id) &&
	     cJSON_AddStringToObject(se, "participant", s->participant) &&
	     cJSON_AddStringToObject(se, "created", s->created) &&
	     cJSON_AddStringToObject(se, "updated", s->updated) &&
	     cJSON_AddBoolToObject(se, "finished", s->finished) &&
	     cJSON_AddNumberToObject(se, "answered", (double)session_count_answered(s, in->q)) &&
	     cJSON_AddNumberToObject(se, "items", (double)in->q->n_items);
	cJSON *pa = cJSON_AddArrayToObject(root, "practices");
	for (size_t p = 0; ok && pa && p < c->n_practices; p++) {
		const struct practice_score *ps = &r->practices[p];
		cJSON *o = cJSON_CreateObject();
		if (!o || !cJSON_AddItemToArray(pa, o)) {
			cJSON_Delete(o);
			ok = false;
			break;
		}
		ok = cJSON_AddStringToObject(o, "id", c->practices[p].id) &&
		     cJSON_AddStringToObject(o, "name", c->practices[p].name) &&
		     (ps->has_score ? cJSON_AddNumberToObject(
					  o, "score", round(ps->score * 10.0) / 10.0) != NULL
				    : cJSON_AddNullToObject(o, "score") != NULL) &&
		     (ps->level >= 0
			  ? cJSON_AddStringToObject(o, "level", c->levels[ps->level].id) != NULL
			  : cJSON_AddNullToObject(o, "level") != NULL) &&
		     cJSON_AddNumberToObject(o, "answered", (double)ps->answered) &&
		     cJSON_AddBoolToObject(o, "focus", is_focus(r, p));
	}
	ok = ok && pa;
	cJSON *fa = cJSON_AddArrayToObject(root, "focus");
	for (size_t f = 0; ok && fa && f < r->n_focus; f++) {
		cJSON *v = cJSON_CreateString(c->practices[r->focus[f]].id);
		if (!v || !cJSON_AddItemToArray(fa, v)) {
			cJSON_Delete(v);
			ok = false;
		}
	}
	ok = ok && fa;
	cJSON *aa = cJSON_AddArrayToObject(root, "answers");
	for (size_t i = 0; ok && aa && i < in->q->n_items; i++) {
		const struct item *it = &in->q->items[i];
		struct answer a = session_get(s, it->id);
		if (a.kind == ANSWER_NONE)
			continue;
		cJSON *o = cJSON_CreateObject();
		if (!o || !cJSON_AddItemToArray(aa, o)) {
			cJSON_Delete(o);
			ok = false;
			break;
		}
		ok = cJSON_AddStringToObject(o, "item", it->id) != NULL;
		if (a.kind == ANSWER_VALUE)
			ok = ok && cJSON_AddNumberToObject(o, "value", a.value);
		else if (a.kind == ANSWER_NA)
			ok = ok && cJSON_AddStringToObject(o, "value", "nvt");
		else
			ok = ok && cJSON_AddStringToObject(o, "value", a.text);
	}
	ok = ok && aa;
	cJSON *na = cJSON_AddArrayToObject(root, "next_steps");
	for (size_t i = 0; ok && na && i < r->n_steps; i++) {
		const struct practice *pr = &c->practices[r->steps[i].practice];
		const struct next_step *st = &pr->steps[r->steps[i].step];
		char src[512];
		content_source_format(&st->source, src, sizeof(src));
		cJSON *o = cJSON_CreateObject();
		if (!o || !cJSON_AddItemToArray(na, o)) {
			cJSON_Delete(o);
			ok = false;
			break;
		}
		ok = cJSON_AddStringToObject(o, "practice", pr->id) &&
		     cJSON_AddStringToObject(o, "id", st->id) &&
		     cJSON_AddStringToObject(o, "title", st->title) &&
		     cJSON_AddStringToObject(o, "text", st->text) &&
		     cJSON_AddStringToObject(o, "source", src);
	}
	ok = ok && na;
	if (ok) {
		char *printed = cJSON_Print(root);
		if (printed) {
			struct strbuf b;
			strbuf_init(&b);
			strbuf_puts(&b, printed);
			strbuf_puts(&b, "\n");
			out = strbuf_steal(&b, len);
			cJSON_free(printed);
		}
	}
	cJSON_Delete(root);
	return out;
}

char *report_render(enum report_format f, const struct report_input *in, size_t *len)
{
	if (f == REPORT_JSON)
		return render_json(in, len);
	struct strbuf b;
	strbuf_init(&b);
	if (f == REPORT_TEXT)
		render_text(&b, in);
	else
		render_markdown(&b, in);
	return strbuf_steal(&b, len);
}
