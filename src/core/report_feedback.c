/* The feedback report as text and Markdown, and what every format shares
 * (doc/report-format.md "Feedback report"). Observer figures only from
 * FEEDBACK_MIN_OBSERVERS observers: the renderers show what
 * feedback_compute marked shown, nothing else. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "feedback_internal.h"
#include "report_feedback_internal.h"
#include "report_internal.h"

size_t feedback_skips_total(const struct feedback_skips *w)
{
	return w->other_round + w->other_form + w->duplicate + w->invalid + w->unreadable +
	       w->unvisited;
}

char *report_feedback_skipped(const struct feedback_skips *w)
{
	struct strbuf b;
	strbuf_init(&b);
	const struct {
		size_t n;
		const char *one, *many;
	} parts[] = {
	    {w->other_round, "bestand van een andere ronde", "bestanden van een andere ronde"},
	    {w->other_form, "bestand van een ander formulier", "bestanden van een ander formulier"},
	    {w->duplicate, "dubbel antwoord (zelfde antwoord-id)",
	     "dubbele antwoorden (zelfde antwoord-id)"},
	    {w->invalid, "bestand met antwoorden die niet bij het formulier passen",
	     "bestanden met antwoorden die niet bij het formulier passen"},
	    {w->unreadable, "onleesbaar bestand", "onleesbare bestanden"},
	    {w->unvisited, "pad dat niet gelezen is", "paden die niet gelezen zijn"},
	};
	size_t total = feedback_skips_total(w), done = 0, kinds = 0;
	for (size_t i = 0; i < sizeof(parts) / sizeof(parts[0]); i++)
		kinds += parts[i].n > 0;
	if (total)
		strbuf_puts(&b, "Niet meegeteld: ");
	for (size_t i = 0; i < sizeof(parts) / sizeof(parts[0]); i++) {
		if (!parts[i].n)
			continue;
		done++;
		strbuf_printf(&b, "%s%zu %s",
			      done == 1	      ? ""
			      : done == kinds ? " en "
					      : ", ",
			      parts[i].n, parts[i].n == 1 ? parts[i].one : parts[i].many);
	}
	if (total)
		strbuf_puts(&b, ".");
	return strbuf_steal(&b, NULL);
}

bool report_feedback_format_parse(const char *name, enum report_format *out)
{
	static const struct {
		const char *name;
		enum report_format f;
	} fs[] = {{"text", REPORT_TEXT}, {"markdown", REPORT_MARKDOWN}, {"md", REPORT_MARKDOWN},
		  {"json", REPORT_JSON}, {"html", REPORT_HTML},		{"csv", REPORT_CSV}};
	for (size_t i = 0; i < sizeof(fs) / sizeof(fs[0]); i++)
		if (strcmp(name, fs[i].name) == 0) {
			*out = fs[i].f;
			return true;
		}
	return false;
}

/* ---- shared by the renderers ---- */

void rfb_number(char *buf, size_t size, long tenths)
{
	report_number(buf, size, (double)tenths / 10.0);
}

void rfb_signed(char *buf, size_t size, long tenths)
{
	report_signed_number(buf, size, (double)tenths / 10.0);
}

void rfb_kind_figures(struct strbuf *b, const struct feedback_practice *fp)
{
	char s[16], o[16], d[16];
	rfb_number(s, sizeof(s), fp->self->tenths);
	rfb_number(o, sizeof(o), fp->all.tenths);
	rfb_signed(d, sizeof(d), fp->diff_tenths);
	strbuf_printf(b, "jij %s, anderen %s (verschil %s)", s, o, d);
}

const char *rfb_group_name(int role)
{
	return role == FEEDBACK_GROUP_ALL ? "iedereen" : feedback_role_plural(role);
}

const char *rfb_group_id(int role)
{
	return role == FEEDBACK_GROUP_ALL      ? "iedereen"
	       : role == FEEDBACK_GROUP_OTHERS ? "anderen"
					       : feedback_role_id(role);
}

const char *rfb_kind_name(enum feedback_kind k)
{
	return k == FEEDBACK_BLIND_SPOT	       ? "blinde vlek"
	       : k == FEEDBACK_HIDDEN_STRENGTH ? "verborgen kracht"
					       : "";
}

void rfb_counts(struct strbuf *b, const struct feedback_result *r)
{
	strbuf_printf(b, "%zu %s", r->n, r->n == 1 ? "antwoord" : "antwoorden");
	if (r->n_groups > 1) {
		strbuf_puts(b, " (");
		for (size_t g = 1; g < r->n_groups; g++)
			strbuf_printf(b, "%s%s %zu", g > 1 ? ", " : "",
				      rfb_group_name(r->groups[g].role), r->groups[g].n);
		strbuf_puts(b, ")");
	}
}

void rfb_privacy(struct strbuf *b, const struct feedback_result *r)
{
	strbuf_printf(b,
		      "Wat anderen zien, toont spiegel alleen als gemiddelde over minstens %d "
		      "mensen; een rol met minder dan %d antwoorden valt onder \"anderen\". Namen "
		      "staan nergens in; de open antwoorden staan er letterlijk, zonder rol en in "
		      "willekeurige volgorde.",
		      FEEDBACK_MIN_OBSERVERS, FEEDBACK_MIN_OBSERVERS);
	(void)r;
}

void rfb_too_few(struct strbuf *b, const struct feedback_result *r)
{
	strbuf_printf(
	    b,
	    "Er %s %zu %s binnen. spiegel toont wat anderen zien pas vanaf %d antwoorden, "
	    "zodat niemand herkenbaar is. Vraag meer mensen het formulier in te vullen.",
	    r->n == 1 ? "kwam" : "kwamen", r->n, r->n == 1 ? "antwoord" : "antwoorden",
	    FEEDBACK_MIN_OBSERVERS);
}

void rfb_thresholds(struct strbuf *b, const struct feedback_result *r)
{
	(void)r;
	char t[16];
	rfb_number(t, sizeof(t), FEEDBACK_CLEAR_TENTHS);
	strbuf_printf(
	    b,
	    "Een blinde vlek: je ziet jezelf minstens %s punten hoger dan anderen je zien. "
	    "Een verborgen kracht: anderen zien je minstens %s punten hoger dan jij jezelf. "
	    "Alleen bij praktijken waar jouw antwoorden en die van minstens %d anderen "
	    "genoeg vragen dekken.",
	    t, t, FEEDBACK_MIN_OBSERVERS);
}

/* "5 (bijna) altijd" */
char *rfb_said(rfb_say_fn *say, const struct feedback_result *r)
{
	struct strbuf t;
	strbuf_init(&t);
	say(&t, r);
	return strbuf_steal(&t, NULL);
}

void rfb_answer(char *buf, size_t size, const struct item *it, int v)
{
	snprintf(buf, size, "%d %s", v, it->scale ? it->scale[v - 1] : "");
}

/* ---- text ---- */

/* An empty line and what say writes about r, wrapped. */
static void text_para(struct strbuf *b, rfb_say_fn *say, const struct feedback_result *r)
{
	char *s = rfb_said(say, r);
	strbuf_puts(b, "\n");
	if (s)
		rpt_wrap_into(b, s, 76, "");
	free(s);
}

static void text_header(struct strbuf *b, const struct feedback_report_input *in)
{
	const struct feedback_result *r = in->res;
	strbuf_printf(b, "Feedback: %s (%s %s)\n", r->q->title, r->q->id, r->q->version);
	char date[48] = "";
	if (in->round)
		format_dutch_date(date, sizeof(date), in->round->created);
	strbuf_printf(b, "Ronde: %s%s%s\n", in->round_id, date[0] ? ", uitgenodigd op " : "", date);
	if (in->round && in->round->name[0])
		strbuf_printf(b, "Voor: %s\n", in->round->name);
	strbuf_puts(b, "Ontvangen: ");
	rfb_counts(b, r);
	strbuf_puts(b, "\n");
	if (in->self)
		strbuf_printf(b, "Jouw eigen antwoorden: sessie %s\n", in->self->id);
	char *sk = report_feedback_skipped(&in->why);
	if (sk && *sk)
		rpt_wrap_into(b, sk, 76, "");
	free(sk);
	text_para(b, rfb_privacy, r);
}

static void text_stat(struct strbuf *b, const char *label, const struct feedback_stat *st, bool bar)
{
	char num[16], sd[16];
	rfb_number(num, sizeof(num), st->tenths);
	rfb_number(sd, sizeof(sd), st->sd_tenths);
	strbuf_printf(b, "    %-10s %5s  ", label, num);
	if (bar)
		rpt_plain_bar(b, (double)st->tenths / 10.0);
	strbuf_printf(b, "  spreiding %s, %zu %s\n", sd, st->n,
		      st->n == 1 ? "persoon" : "personen");
}

static void text_practices(struct strbuf *b, const struct feedback_report_input *in)
{
	const struct feedback_result *r = in->res;
	strbuf_puts(b, "\nPer praktijk (score 0-100)\n");
	for (size_t i = 0; i < r->n_practices; i++) {
		const struct feedback_practice *fp = &r->practices[i];
		strbuf_printf(b, "\n  %s\n", r->cat->practices[fp->practice].name);
		char num[16];
		if (fp->self && fp->self->has_score) {
			rfb_number(num, sizeof(num), fp->self->tenths);
			strbuf_printf(b, "    %-10s %5s  ", "jij", num);
			rpt_plain_bar(b, fp->self->score);
			strbuf_printf(b, "  %zu vragen\n", fp->self->answered);
		} else if (fp->self) {
			strbuf_printf(b, "    %-10s %5s  te weinig beantwoord\n", "jij", "-");
		}
		if (fp->all.shown)
			text_stat(b, "anderen", &fp->all, true);
		else
			strbuf_printf(
			    b,
			    "    %-10s %5s  te weinig antwoorden die deze praktijk dekken "
			    "(%zu, minimaal %d)\n",
			    "anderen", "-", fp->all.n, FEEDBACK_MIN_OBSERVERS);
		if (fp->has_diff) {
			rfb_signed(num, sizeof(num), fp->diff_tenths);
			strbuf_printf(b, "    %-10s %5s%s%s\n", "verschil", num,
				      fp->kind ? "  " : "", rfb_kind_name(fp->kind));
		}
		for (size_t g = 1; fp->by_group && g < r->n_groups; g++)
			if (fp->by_group[g].shown)
				text_stat(b, rfb_group_name(r->groups[g].role), &fp->by_group[g],
					  false);
	}
}

static void text_kind(struct strbuf *b, const struct feedback_report_input *in, const size_t *ix,
		      size_t n, const char *title)
{
	const struct feedback_result *r = in->res;
	strbuf_printf(b, "\n%s\n", title);
	if (n == 0)
		strbuf_puts(b, "  (geen)\n");
	for (size_t k = 0; k < n; k++) {
		const struct feedback_practice *fp = &r->practices[ix[k]];
		struct strbuf t;
		strbuf_init(&t);
		strbuf_printf(&t, "%s: ", r->cat->practices[fp->practice].name);
		rfb_kind_figures(&t, fp);
		char *line = strbuf_steal(&t, NULL);
		rpt_wrap_bullet(b, line ? line : "", 76, "  - ");
		free(line);
	}
}

static void text_items(struct strbuf *b, const struct feedback_report_input *in)
{
	const struct feedback_result *r = in->res;
	strbuf_puts(b, "\nDe grootste verschillen per vraag (antwoorden 1-5)\n");
	if (r->n_top == 0)
		strbuf_puts(b, "  (geen verschillen)\n");
	for (size_t k = 0; k < r->n_top; k++) {
		const struct feedback_item *fi = &r->items[r->top[k]];
		const struct item *it = &r->q->items[fi->item];
		char head[32], lab[96], m[16], d[16];
		snprintf(head, sizeof(head), "  %zu. ", k + 1);
		char *t = NULL;
		struct strbuf tb;
		strbuf_init(&tb);
		strbuf_printf(&tb, "%s%s", it->observer, it->reverse ? " (omgekeerd gesteld)" : "");
		t = strbuf_steal(&tb, NULL);
		rpt_wrap_bullet(b, t ? t : "", 76, head);
		free(t);
		rfb_answer(lab, sizeof(lab), it, fi->self);
		rfb_number(m, sizeof(m), fi->all.tenths);
		rfb_signed(d, sizeof(d), fi->diff_tenths);
		strbuf_init(&tb);
		strbuf_printf(&tb, "jij: %s; anderen gemiddeld %s (%zu %s", lab, m, fi->all.n,
			      fi->all.n == 1 ? "antwoord" : "antwoorden");
		if (fi->all.unknown)
			strbuf_printf(&tb, ", %zu keer \"" FEEDBACK_UNKNOWN_LABEL "\"",
				      fi->all.unknown);
		strbuf_printf(&tb, "); verschil %s", d);
		t = strbuf_steal(&tb, NULL);
		rpt_wrap_into(b, t ? t : "", 76, "     ");
		free(t);
	}
}

static void text_open(struct strbuf *b, const struct feedback_result *r)
{
	strbuf_puts(b, "\nWat anderen schrijven\n");
	for (int k = 0; k < N_OPEN; k++) {
		strbuf_printf(b, "\n  %s\n", feedback_open_question(k));
		if (r->n_open[k] == 0)
			strbuf_puts(b, "    (geen antwoorden)\n");
		for (size_t i = 0; i < r->n_open[k]; i++)
			rpt_wrap_bullet(b, r->open[k][i], 76, "    - ");
	}
}

void rfb_step_origin(struct strbuf *b, const struct feedback_result *r, size_t i)
{
	const struct step_ref *sr = &r->steps[i];
	strbuf_puts(b,
		    sr->practice >= 0 ? r->cat->practices[sr->practice].name : "weerstandsprofiel");
	if (r->steps_from_blind[i])
		strbuf_puts(b, "; blinde vlek");
}

static void text_steps(struct strbuf *b, const struct feedback_report_input *in)
{
	const struct feedback_result *r = in->res;
	strbuf_puts(b, "\nVolgende stappen\n");
	if (!in->self) {
		rpt_wrap_into(b,
			      "Met je eigen antwoorden erbij (spiegel report SESSIE --feedback "
			      "...) zie je je blinde vlekken en de stappen die erbij passen.",
			      76, "  ");
		return;
	}
	if (r->n_steps == 0)
		strbuf_puts(b, "  (kies eerst een focus in je eigen rapport)\n");
	for (size_t i = 0; i < r->n_steps; i++) {
		struct strbuf o;
		strbuf_init(&o);
		rfb_step_origin(&o, r, i);
		char *origin = strbuf_steal(&o, NULL);
		strbuf_printf(b, "  %zu. %s (%s)\n", i + 1, r->steps[i].step->title,
			      origin ? origin : "");
		free(origin);
		rpt_wrap_into(b, r->steps[i].step->text, 76, "     ");
	}
}

static void render_text(struct strbuf *b, const struct feedback_report_input *in)
{
	const struct feedback_result *r = in->res;
	text_header(b, in);
	if (!r->shown) {
		text_para(b, rfb_too_few, r);
		return;
	}
	text_practices(b, in);
	if (in->self) {
		text_para(b, rfb_thresholds, r);
		text_kind(b, in, r->blind, r->n_blind,
			  "Blinde vlekken (jij ziet jezelf duidelijk hoger dan anderen je zien)");
		text_kind(b, in, r->hidden, r->n_hidden,
			  "Verborgen krachten (anderen zien je duidelijk hoger dan jij jezelf)");
		text_items(b, in);
	}
	text_open(b, r);
	text_steps(b, in);
}

/* ---- markdown ---- */

static void md_header(struct strbuf *b, const struct feedback_report_input *in)
{
	const struct feedback_result *r = in->res;
	strbuf_puts(b, "# Feedback: ");
	rpt_md_escape(b, r->q->title);
	strbuf_printf(b, "\n\n- Vragenlijst: %s %s\n- Ronde: %s", r->q->id, r->q->version,
		      in->round_id);
	if (in->round) {
		char date[48];
		format_dutch_date(date, sizeof(date), in->round->created);
		strbuf_printf(b, ", uitgenodigd op %s", date);
	}
	strbuf_puts(b, "\n");
	if (in->round && in->round->name[0]) {
		strbuf_puts(b, "- Voor: ");
		rpt_md_escape(b, in->round->name);
		strbuf_puts(b, "\n");
	}
	strbuf_puts(b, "- Ontvangen: ");
	rfb_counts(b, r);
	strbuf_puts(b, "\n");
	if (in->self)
		strbuf_printf(b, "- Jouw eigen antwoorden: sessie %s\n", in->self->id);
	char *sk = report_feedback_skipped(&in->why);
	if (sk && *sk)
		strbuf_printf(b, "- %s\n", sk);
	free(sk);
	strbuf_puts(b, "\n> ");
	rfb_privacy(b, r);
	strbuf_puts(b, "\n");
}

static void md_cell_stat(struct strbuf *b, const struct feedback_stat *st)
{
	char num[16], sd[16];
	rfb_number(num, sizeof(num), st->tenths);
	rfb_number(sd, sizeof(sd), st->sd_tenths);
	if (st->shown)
		strbuf_printf(b, " %s | %s | %zu |", num, sd, st->n);
	else
		strbuf_puts(b, " – | – | – |");
}

static void md_practices(struct strbuf *b, const struct feedback_report_input *in)
{
	const struct feedback_result *r = in->res;
	strbuf_puts(b,
		    "\n## Per praktijk\n\nScores van 0 tot 100. Spreiding: de standaardafwijking "
		    "van de scores van anderen; n: hoeveel anderen genoeg vragen over de "
		    "praktijk beantwoordden.\n\n");
	strbuf_printf(b, "| Praktijk |%s Anderen | Spreiding | n |%s\n|---|%s---:|---:|---:|%s\n",
		      in->self ? " Jij |" : "", in->self ? " Verschil | |" : "",
		      in->self ? "---:|" : "", in->self ? "---:|---|" : "");
	for (size_t i = 0; i < r->n_practices; i++) {
		const struct feedback_practice *fp = &r->practices[i];
		strbuf_puts(b, "| ");
		rpt_md_escape(b, r->cat->practices[fp->practice].name);
		strbuf_puts(b, " |");
		char num[16];
		if (in->self) {
			if (fp->self && fp->self->has_score) {
				rfb_number(num, sizeof(num), fp->self->tenths);
				strbuf_printf(b, " %s |", num);
			} else {
				strbuf_puts(b, " – |");
			}
		}
		md_cell_stat(b, &fp->all);
		if (in->self) {
			if (fp->has_diff) {
				rfb_signed(num, sizeof(num), fp->diff_tenths);
				strbuf_printf(b, " %s | %s |", num, rfb_kind_name(fp->kind));
			} else {
				strbuf_puts(b, " – | |");
			}
		}
		strbuf_puts(b, "\n");
	}
	if (r->n_groups < 2)
		return;
	strbuf_puts(b, "\n### Per rol\n\nGemiddelde (n) per groep; leeg waar een groep te klein "
		       "is voor deze praktijk.\n\n| Praktijk |");
	for (size_t g = 1; g < r->n_groups; g++)
		strbuf_printf(b, " %s (%zu) |", rfb_group_name(r->groups[g].role), r->groups[g].n);
	strbuf_puts(b, "\n|---|");
	for (size_t g = 1; g < r->n_groups; g++)
		strbuf_puts(b, "---:|");
	strbuf_puts(b, "\n");
	for (size_t i = 0; i < r->n_practices; i++) {
		const struct feedback_practice *fp = &r->practices[i];
		strbuf_puts(b, "| ");
		rpt_md_escape(b, r->cat->practices[fp->practice].name);
		strbuf_puts(b, " |");
		for (size_t g = 1; g < r->n_groups; g++) {
			const struct feedback_stat *st = &fp->by_group[g];
			char num[16];
			rfb_number(num, sizeof(num), st->tenths);
			if (st->shown)
				strbuf_printf(b, " %s (%zu) |", num, st->n);
			else
				strbuf_puts(b, " – |");
		}
		strbuf_puts(b, "\n");
	}
}

static void md_kind(struct strbuf *b, const struct feedback_report_input *in, const size_t *ix,
		    size_t n, const char *title)
{
	const struct feedback_result *r = in->res;
	strbuf_printf(b, "\n## %s\n\n", title);
	if (n == 0)
		strbuf_puts(b, "Geen.\n");
	for (size_t k = 0; k < n; k++) {
		const struct feedback_practice *fp = &r->practices[ix[k]];
		strbuf_puts(b, "- **");
		rpt_md_escape(b, r->cat->practices[fp->practice].name);
		strbuf_puts(b, "**: ");
		rfb_kind_figures(b, fp);
		strbuf_puts(b, "\n");
	}
}

static void md_items(struct strbuf *b, const struct feedback_report_input *in)
{
	const struct feedback_result *r = in->res;
	strbuf_puts(b, "\n## De grootste verschillen per vraag\n\nAntwoorden van 1 tot 5, zoals "
		       "gegeven.\n\n");
	if (r->n_top == 0)
		strbuf_puts(b, "Geen verschillen.\n");
	for (size_t k = 0; k < r->n_top; k++) {
		const struct feedback_item *fi = &r->items[r->top[k]];
		const struct item *it = &r->q->items[fi->item];
		char lab[96], m[16], d[16];
		rfb_answer(lab, sizeof(lab), it, fi->self);
		rfb_number(m, sizeof(m), fi->all.tenths);
		rfb_signed(d, sizeof(d), fi->diff_tenths);
		strbuf_printf(b, "%zu. ", k + 1);
		rpt_md_escape_in(b, it->observer, "   ");
		if (it->reverse)
			strbuf_puts(b, " (omgekeerd gesteld)");
		strbuf_puts(b, "  \n   jij: ");
		rpt_md_escape(b, lab);
		strbuf_printf(b, "; anderen gemiddeld %s (%zu %s", m, fi->all.n,
			      fi->all.n == 1 ? "antwoord" : "antwoorden");
		if (fi->all.unknown)
			strbuf_printf(b, ", %zu keer \"" FEEDBACK_UNKNOWN_LABEL "\"",
				      fi->all.unknown);
		strbuf_printf(b, "); verschil %s\n", d);
	}
}

static void md_open(struct strbuf *b, const struct feedback_result *r)
{
	strbuf_puts(b, "\n## Wat anderen schrijven\n");
	for (int k = 0; k < N_OPEN; k++) {
		strbuf_printf(b, "\n### %s\n\n", feedback_open_question(k));
		if (r->n_open[k] == 0)
			strbuf_puts(b, "Geen antwoorden.\n");
		for (size_t i = 0; i < r->n_open[k]; i++) {
			strbuf_puts(b, "- ");
			rpt_md_escape_in(b, r->open[k][i], "  ");
			strbuf_puts(b, "\n");
		}
	}
}

static void md_steps(struct strbuf *b, const struct feedback_report_input *in)
{
	const struct feedback_result *r = in->res;
	strbuf_puts(b, "\n## Volgende stappen\n\n");
	if (!in->self) {
		strbuf_puts(b, "Met je eigen antwoorden erbij (`spiegel report SESSIE --feedback "
			       "...`) zie je je blinde vlekken en de stappen die erbij passen.\n");
		return;
	}
	if (r->n_steps == 0)
		strbuf_puts(b, "Kies eerst een focus in je eigen rapport.\n");
	for (size_t i = 0; i < r->n_steps; i++) {
		strbuf_printf(b, "%zu. **", i + 1);
		rpt_md_escape(b, r->steps[i].step->title);
		strbuf_puts(b, "** (");
		struct strbuf o;
		strbuf_init(&o);
		rfb_step_origin(&o, r, i);
		char *origin = strbuf_steal(&o, NULL);
		rpt_md_escape(b, origin ? origin : "");
		free(origin);
		strbuf_puts(b, ")  \n   ");
		rpt_md_escape_in(b, r->steps[i].step->text, "   ");
		strbuf_puts(b, "\n");
	}
}

static void render_markdown(struct strbuf *b, const struct feedback_report_input *in)
{
	const struct feedback_result *r = in->res;
	md_header(b, in);
	if (!r->shown) {
		strbuf_puts(b, "\n");
		rfb_too_few(b, r);
		strbuf_puts(b, "\n");
		return;
	}
	md_practices(b, in);
	if (in->self) {
		strbuf_puts(b, "\n");
		rfb_thresholds(b, in->res);
		strbuf_puts(b, "\n");
		md_kind(b, in, r->blind, r->n_blind, "Blinde vlekken");
		md_kind(b, in, r->hidden, r->n_hidden, "Verborgen krachten");
		md_items(b, in);
	}
	md_open(b, r);
	md_steps(b, in);
}

char *report_feedback(enum report_format f, const struct feedback_report_input *in, size_t *len)
{
	if (f == REPORT_JSON)
		return rfb_json(in, len);
	if (f == REPORT_CSV)
		return rfb_csv(in, len);
	struct strbuf b;
	strbuf_init(&b);
	if (f == REPORT_HTML)
		rfb_html(&b, in);
	else if (f == REPORT_MARKDOWN)
		render_markdown(&b, in);
	else
		render_text(&b, in);
	return rpt_finish(&b, len);
}
