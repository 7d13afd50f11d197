/* Group reports (text, markdown, HTML, JSON, CSV). See doc/report-format.md;
 * one person's growth (compare) is in report_compare.c. */
#include <cjson/cJSON.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report_internal.h"
#include "spiegel/report.h"
#include "util.h"

bool report_group_format_parse(const char *name, enum report_format *out)
{
	if (strcmp(name, "html") == 0)
		*out = REPORT_HTML;
	else if (strcmp(name, "csv") == 0)
		*out = REPORT_CSV;
	else
		return report_format_parse(name, out);
	return true;
}

static const char *plural(size_t n, const char *one, const char *more)
{
	return n == 1 ? one : more;
}

/* The figures a practice row shows, as text. */
struct stat_text {
	char mean[16], median[16], sd[16], min[16], max[16];
};

static void stat_text(const struct group_stat *st, struct stat_text *t)
{
	format_tenths(t->mean, sizeof(t->mean), st->mean);
	format_tenths(t->median, sizeof(t->median), st->median);
	format_tenths(t->sd, sizeof(t->sd), st->sd);
	format_tenths(t->min, sizeof(t->min), st->min);
	format_tenths(t->max, sizeof(t->max), st->max);
}

static const char *vragen(size_t n)
{
	return n == 1 ? "vraag" : "vragen";
}

static char *label_of(char *buf, size_t size, size_t k)
{
	snprintf(buf, size, "%zu", k);
	return buf;
}

/* The label of option k of a likert item ("1 nooit") or "nvt". */
static const char *likert_label(const struct item *it, size_t k, char *buf, size_t size)
{
	if (k == CONTENT_SCALE_POINTS)
		return "niet van toepassing";
	snprintf(buf, size, "%zu %s", k + 1, it->scale[k]);
	utf8_trim(buf);
	return buf;
}

/* One line per answer category of item i: "label: count", for all formats. */
struct dist_entry {
	const char *label;
	size_t count, least;
	char buf[160];
};

static size_t item_dist(const struct group *g, size_t i, struct dist_entry *out, size_t max)
{
	const struct item *it = &g->q->items[i];
	const struct group_item *gi = &g->items[i];
	size_t n = 0;
	for (size_t k = 0; k < gi->n_counts && n < max; k++) {
		if (it->type == ITEM_LIKERT && k == CONTENT_SCALE_POINTS && !it->na)
			continue;
		struct dist_entry *e = &out[n++];
		e->count = gi->counts[k];
		e->least = gi->least ? gi->least[k] : 0;
		if (it->type == ITEM_LIKERT)
			e->label = likert_label(it, k, e->buf, sizeof(e->buf));
		else
			e->label = it->options[k].label;
	}
	return n;
}

#define MAX_DIST 16

typedef void (*escape_fn)(struct strbuf *b, const char *s);

static void put_plain(struct strbuf *b, const char *s)
{
	strbuf_puts(b, s);
}

/* "Eerste stap: herkennen 10%, ..." for the first steps and the sources. */
static void shares(struct strbuf *b, const char *label, const struct named *names,
		   const size_t *counts, size_t n, size_t total, escape_fn esc)
{
	strbuf_puts(b, label);
	for (size_t k = 0; k < n; k++) {
		strbuf_puts(b, k ? ", " : "");
		esc(b, names[k].name);
		strbuf_printf(b, " %ld%%", group_percent(counts[k], total));
	}
	strbuf_puts(b, ".");
}

char *report_group_skipped(size_t skipped, const struct group_skips *why)
{
	struct strbuf b;
	strbuf_init(&b);
	if (!skipped)
		return strbuf_steal(&b, NULL);
	size_t known =
	    why->other + why->duplicate + why->invalid + why->unreadable + why->unvisited;
	if (known != skipped) {
		strbuf_printf(&b, "Niet meegeteld: %zu %s.", skipped,
			      plural(skipped, "bestand", "bestanden"));
		return strbuf_steal(&b, NULL);
	}
	struct {
		size_t n;
		const char *one, *more;
	} part[] = {
	    {why->other, "bestand van een andere vragenlijst of versie",
	     "bestanden van een andere vragenlijst of versie"},
	    {why->duplicate, "dubbel ingeleverd bestand (het telt één keer mee)",
	     "dubbel ingeleverde bestanden (elk telt één keer mee)"},
	    {why->invalid, "bestand met antwoorden die niet bij de vragenlijst passen",
	     "bestanden met antwoorden die niet bij de vragenlijst passen"},
	    {why->unreadable, "onleesbaar bestand (geen sessie- of inleverbestand van spiegel)",
	     "onleesbare bestanden (geen sessie- of inleverbestanden van spiegel)"},
	    {why->unvisited,
	     "pad dat niet is gelezen (een koppeling naar een map, een te diep geneste map of "
	     "geen gewoon bestand)",
	     "paden die niet zijn gelezen (koppelingen naar een map, te diep geneste mappen of "
	     "geen gewone bestanden)"},
	};
	size_t n = sizeof(part) / sizeof(part[0]), left = 0;
	for (size_t k = 0; k < n; k++)
		left += part[k].n > 0;
	strbuf_puts(&b, "Niet meegeteld: ");
	for (size_t k = 0; k < n; k++) {
		if (!part[k].n)
			continue;
		strbuf_printf(&b, "%zu %s", part[k].n,
			      plural(part[k].n, part[k].one, part[k].more));
		left--;
		strbuf_puts(&b, left > 1 ? ", " : left == 1 ? " en " : ".");
	}
	return strbuf_steal(&b, NULL);
}

static const char *privacy_line(const struct group *g)
{
	return g->names ? "Op verzoek (--names) staan bij de gedeelde antwoorden de namen of "
			  "codes van de deelnemers. Privé-antwoorden staan er nooit in."
			: "Dit rapport laat alleen de groep zien: geen namen, en geen open "
			  "antwoorden behalve die de deelnemers zelf hebben gedeeld.";
}

/* What the comparison with the baseline rests on, in one or two sentences. */
static void comparison_basis(struct strbuf *b, const struct group *g)
{
	if (!g->n_common) {
		strbuf_puts(b, "De twee metingen hebben geen vragen gemeen, dus er is geen "
			       "verandering te berekenen.");
		return;
	}
	strbuf_printf(b,
		      "Beide metingen delen %zu %s; alleen daarover gaat de verandering sinds "
		      "de nulmeting. De scores per praktijk zijn die van elke meting zelf, over "
		      "al haar vragen.",
		      g->n_common, vragen(g->n_common));
}

/* ---------------------------------------------------------------- text */

static void header_text(struct strbuf *b, const struct group_report_input *in, bool md)
{
	const struct group *g = in->g;
	if (md)
		strbuf_puts(b, "# Groepsrapport: ");
	else
		strbuf_puts(b, "Groepsrapport: ");
	if (md)
		rpt_md_escape(b, g->q->title);
	else
		strbuf_puts(b, g->q->title);
	strbuf_printf(b, "\n%sVragenlijst %s, versie %s.\n", md ? "\n" : "", g->q->id,
		      g->q->version);
	strbuf_printf(b, "%sDeelnemers: %zu, van wie %zu de vragenlijst helemaal hebben afgerond.",
		      md ? "\n" : "", g->n, g->finished);
	char *skipped = report_group_skipped(in->skipped, &in->why);
	if (skipped && *skipped) {
		strbuf_puts(b, " ");
		if (md)
			rpt_md_escape(b, skipped);
		else
			strbuf_puts(b, skipped);
	}
	free(skipped);
	strbuf_puts(b, "\n");
	if (in->baseline) {
		const struct group *bl = in->baseline;
		strbuf_printf(b, "%sNulmeting: ", md ? "\n" : "");
		if (md)
			rpt_md_escape(b, bl->q->title);
		else
			strbuf_puts(b, bl->q->title);
		strbuf_printf(b, " (%s, versie %s), %zu %s.", bl->q->id, bl->q->version, bl->n,
			      plural(bl->n, "deelnemer", "deelnemers"));
		strbuf_puts(b, " ");
		comparison_basis(b, g);
		strbuf_puts(b, "\n");
	}
	strbuf_printf(b, "%s%s\n", md ? "\n" : "", privacy_line(g));
}

static void suppressed_text(struct strbuf *b, const struct group *g, size_t min, const char *what,
			    bool md)
{
	strbuf_printf(b,
		      "%sTe weinig deelnemers voor %s: %zu, minimaal %zu nodig. Gemiddelden, "
		      "verdelingen en gedeelde antwoorden blijven verborgen, zodat niemand "
		      "herkenbaar is (kies een andere grens met --min-group).\n",
		      md ? "\n" : "\n", what, g->n, min);
}

static void practices_text(struct strbuf *b, const struct group_report_input *in)
{
	const struct group *g = in->g;
	const struct catalogue *c = g->cat;
	strbuf_puts(b, "\nLeiderschapspraktijken (score 0-100 per deelnemer)\n");
	strbuf_puts(b, "  gem. = gemiddelde, sd = standaardafwijking (spreiding)\n");
	bool any = false;
	for (size_t p = 0; p < c->n_practices; p++) {
		const struct group_stat *st = &g->practices[p];
		if (!st->n)
			continue;
		any = true;
		struct stat_text t;
		stat_text(st, &t);
		strbuf_printf(b, "\n  %s\n    ", c->practices[p].name);
		rpt_plain_bar(b, st->mean);
		strbuf_printf(b, " gem. %s  mediaan %s  sd %s\n", t.mean, t.median, t.sd);
		strbuf_printf(b, "    %*s min %s  max %s  (%zu %s, %zu %s)\n", BAR_WIDTH, "", t.min,
			      t.max, st->n, plural(st->n, "deelnemer", "deelnemers"),
			      g->practice_items[p], vragen(g->practice_items[p]));
	}
	if (!any)
		strbuf_puts(b, "  Geen praktijkscores: nog geen beantwoorde vragen.\n");
}

static void change_table_text(struct strbuf *b, const struct group_report_input *in)
{
	const struct group *g = in->g;
	const struct catalogue *c = g->cat;
	if (!group_baseline_shown(in->baseline, in->min_group))
		return;
	bool any = false;
	for (size_t p = 0; p < c->n_practices; p++) {
		const struct group_stat *now, *bs;
		if (!group_compared(in->g, in->baseline, in->min_group, p, &now, &bs))
			continue;
		if (!any) {
			strbuf_puts(b,
				    "\nVerandering sinds de nulmeting (gemiddelde score 0-100)\n");
			strbuf_printf(
			    b,
			    "  Alleen over de %zu %s die beide metingen delen, dus los van "
			    "de\n  scores hierboven: nulmeting -> nu, en het verschil.\n",
			    g->n_common, vragen(g->n_common));
		}
		any = true;
		char base[16], nowt[16], diff[16], name[400];
		format_tenths(base, sizeof(base), bs->mean);
		format_tenths(nowt, sizeof(nowt), now->mean);
		report_change_text(diff, sizeof(diff), now, bs);
		snprintf(name, sizeof(name), "%s (%zu %s)", c->practices[p].name,
			 g->compared_items[p], vragen(g->compared_items[p]));
		utf8_trim(name);
		strbuf_puts(b, "  ");
		rpt_pad_to(b, name, 44);
		strbuf_printf(b, " %5s -> %5s  %6s\n", base, nowt, diff);
	}
	if (!any)
		strbuf_puts(b, g->n_common ? "\nVerandering sinds de nulmeting: geen praktijk is "
					     "over de gedeelde vragen in beide metingen gemeten.\n"
					   : "\nVerandering sinds de nulmeting: de metingen hebben "
					     "geen vragen gemeen.\n");
}

/* Chunks joined by " | ", wrapped at 78 columns between chunks only. */
static void wrap_chunks(struct strbuf *b, char (*chunk)[200], size_t n, const char *indent)
{
	size_t col = 0, ind = rpt_u8len(indent, strlen(indent));
	for (size_t k = 0; k < n; k++) {
		utf8_trim(chunk[k]);
		size_t w = rpt_u8len(chunk[k], strlen(chunk[k]));
		if (col && col + 3 + w > 78) {
			strbuf_puts(b, "\n");
			col = 0;
		}
		if (col == 0) {
			strbuf_puts(b, indent);
			col = ind;
		} else {
			strbuf_puts(b, " | ");
			col += 3;
		}
		strbuf_puts(b, chunk[k]);
		col += w;
	}
	if (col)
		strbuf_puts(b, "\n");
}

/* The distribution of item i of g; who is "" for the measurement itself or
 * "nulmeting" for the baseline's figures of the same item. */
static void dist_text(struct strbuf *b, const struct group *g, size_t i, const char *who)
{
	const struct item *it = &g->q->items[i];
	const struct group_item *gi = &g->items[i];
	const char *sep = *who ? ": " : "";
	if (it->type == ITEM_OPEN) {
		strbuf_printf(b, "    %s%s%zu beantwoord, %zu gedeeld met de groep\n", who, sep,
			      gi->answered, gi->shared);
		return;
	}
	struct dist_entry d[MAX_DIST];
	size_t n = item_dist(g, i, d, MAX_DIST);
	char chunk[MAX_DIST + 1][200];
	for (size_t k = 0; k < n; k++)
		snprintf(chunk[k], sizeof(chunk[k]), "%s: %zu", d[k].label, d[k].count);
	snprintf(chunk[n], sizeof(chunk[n]), "geen antwoord: %zu", gi->missing);
	if (it->type == ITEM_SCENARIO) {
		strbuf_printf(b, "    %s%smeest waarschijnlijk\n", who, *who ? ", " : "");
		wrap_chunks(b, chunk, n, "      ");
		for (size_t k = 0; k < n; k++)
			snprintf(chunk[k], sizeof(chunk[k]), "%s: %zu", d[k].label, d[k].least);
		strbuf_printf(b, "    %s%sminst waarschijnlijk\n", who, *who ? ", " : "");
		wrap_chunks(b, chunk, n, "      ");
		strbuf_printf(b, "    %s%s%s\n", who, sep, chunk[n]);
	} else if (*who) {
		strbuf_printf(b, "    %s:\n", who);
		wrap_chunks(b, chunk, n + 1, "      ");
	} else {
		wrap_chunks(b, chunk, n + 1, "    ");
	}
}

static void items_text(struct strbuf *b, const struct group_report_input *in)
{
	const struct group *g = in->g;
	strbuf_puts(b, "\nAntwoorden per vraag (aantal deelnemers)\n");
	if (group_baseline_shown(in->baseline, in->min_group) && g->n_common)
		strbuf_puts(b, "  Bij de vragen die ook in de nulmeting stonden, staan de "
			       "antwoorden van\n  de nulmeting eronder.\n");
	for (size_t i = 0; i < g->q->n_items; i++) {
		const struct item *it = &g->q->items[i];
		char head[64];
		snprintf(head, sizeof(head), "%s ", it->id);
		strbuf_puts(b, "\n");
		struct strbuf t;
		strbuf_init(&t);
		strbuf_printf(&t, "%s%s", head,
			      it->type == ITEM_SCENARIO && it->title ? it->title : it->text);
		char *line = strbuf_steal(&t, NULL);
		if (line)
			rpt_wrap_into(b, line, 78, "  ");
		free(line);
		dist_text(b, g, i, "");
		size_t j = group_base_item(in->g, in->baseline, in->min_group, i);
		if (j != GROUP_NO_ITEM)
			dist_text(b, in->baseline, j, "nulmeting");
	}
}

static void profile_text(struct strbuf *b, const struct group *g)
{
	const struct group_profile *gp = &g->profile;
	const struct profile *pf = g->q->profile;
	if (!gp->present || !pf || gp->participants == 0)
		return;
	strbuf_printf(b,
		      "\nWeerstandsprofiel van de groep (%zu %s, %zu situaties samen)\n"
		      "  per aanpak: (meest - minst waarschijnlijk) / situaties, van -1 tot +1,\n"
		      "  dan hoe vaak meest / minst waarschijnlijk gekozen, en bij hoeveel\n"
		      "  deelnemers het hun voorkeursaanpak is\n",
		      gp->participants, plural(gp->participants, "deelnemer", "deelnemers"),
		      gp->scenarios);
	for (size_t k = 0; k < N_APPROACHES; k++) {
		char num[16];
		double v = group_approach_score(gp, k);
		report_signed_number(num, sizeof(num), v);
		strbuf_puts(b, "  ");
		rpt_pad_to(b, pf->approaches[k].name, 26);
		rpt_signed_bar(b, v);
		strbuf_printf(b, " %5s %4zu /%4zu /%3zu\n", num, gp->most[k], gp->least[k],
			      gp->preferred[k]);
	}
	strbuf_printf(b, "  Keuze past bij de situatie: %ld%% van de situaties.\n",
		      group_percent(gp->fit_n, gp->scenarios));
	for (int pass = 0; pass < 2; pass++) {
		struct strbuf u;
		strbuf_init(&u);
		if (pass == 0 && gp->first_n)
			shares(&u, "Eerste stap: ", pf->steps, gp->first, N_WSTEPS, gp->first_n,
			       put_plain);
		if (pass == 1 && gp->source_n)
			shares(&u, "Gezochte bron van weerstand: ", pf->sources, gp->source,
			       N_WSOURCES, gp->source_n, put_plain);
		char *line = strbuf_steal(&u, NULL);
		if (line && *line)
			rpt_wrap_into(b, line, 78, "  ");
		free(line);
	}
}

static void shared_text(struct strbuf *b, const struct group *g, bool md)
{
	if (!g->n_shared)
		return;
	strbuf_puts(b, md ? "\n## Gedeelde antwoorden\n\n" : "\nGedeelde antwoorden\n");
	strbuf_puts(b, md ? "" : "  ");
	strbuf_puts(b, g->names
			   ? "Met naam, omdat daarom gevraagd is (--names).\n"
			   : "Zonder naam en op alfabet, niet in de volgorde van de bestanden.\n");
	size_t last = (size_t)-1;
	for (size_t k = 0; k < g->n_shared; k++) {
		const struct group_shared *e = &g->shared[k];
		if (e->item != last) {
			const char *q = g->q->items[e->item].text;
			if (md) {
				strbuf_puts(b, "\n### ");
				rpt_md_escape(b, q);
				strbuf_puts(b, "\n\n");
			} else {
				strbuf_puts(b, "\n");
				rpt_wrap_into(b, q, 78, "  ");
			}
			last = e->item;
		}
		if (md) {
			strbuf_puts(b, "- ");
			rpt_md_escape_in(b, e->text, "  ");
			if (e->who) {
				strbuf_puts(b, " (");
				rpt_md_escape(b, e->who);
				strbuf_puts(b, ")");
			}
			strbuf_puts(b, "\n");
		} else {
			struct strbuf u;
			strbuf_init(&u);
			strbuf_puts(&u, e->text);
			if (e->who)
				strbuf_printf(&u, " (%s)", e->who);
			char *line = strbuf_steal(&u, NULL);
			if (line)
				rpt_wrap_into(b, line, 76, "    > ");
			free(line);
		}
	}
}

/* The persoonlijke kwaliteiten of the group: a line each, no level. */
static void qualities_text(struct strbuf *b, const struct group *g)
{
	const struct catalogue *c = g->cat;
	if (!c->n_qualities)
		return;
	strbuf_puts(b, "\nPersoonlijke kwaliteiten (score 0-100 per deelnemer, zonder niveau)\n");
	for (size_t k = 0; k < c->n_qualities; k++) {
		const struct group_stat *st = &g->qualities[k];
		struct strbuf l;
		strbuf_init(&l);
		if (st->n) {
			struct stat_text t;
			stat_text(st, &t);
			strbuf_printf(&l, "%s: gem. %s, mediaan %s (%zu %s).", c->qualities[k].name,
				      t.mean, t.median, st->n,
				      plural(st->n, "deelnemer", "deelnemers"));
		} else {
			strbuf_printf(&l, "%s: te weinig gemeten in deze vragenlijst.",
				      c->qualities[k].name);
		}
		char *line = strbuf_steal(&l, NULL);
		if (line)
			rpt_wrap_bullet(b, line, 78, "  - ");
		free(line);
	}
}

static void render_text(struct strbuf *b, const struct group_report_input *in)
{
	const struct group *g = in->g;
	/* the header wrapped at 78 columns, like the rest of the text report */
	struct strbuf h;
	strbuf_init(&h);
	header_text(&h, in, false);
	if (in->baseline && group_suppressed(in->baseline, in->min_group))
		suppressed_text(&h, in->baseline, in->min_group, "de nulmeting", false);
	bool hide = group_suppressed(g, in->min_group);
	if (hide)
		suppressed_text(&h, g, in->min_group, "groepscijfers", false);
	char *head = strbuf_steal(&h, NULL);
	if (head)
		rpt_wrap_into(b, head, 78, "");
	free(head);
	if (hide)
		return;
	practices_text(b, in);
	change_table_text(b, in);
	qualities_text(b, g);
	profile_text(b, g);
	items_text(b, in);
	shared_text(b, g, false);
}

/* ------------------------------------------------------------ markdown */

static void practices_md(struct strbuf *b, const struct group_report_input *in)
{
	const struct group *g = in->g;
	const struct catalogue *c = g->cat;
	strbuf_puts(b, "\n## Leiderschapspraktijken\n\nScore 0-100 per deelnemer; n is het aantal "
		       "deelnemers met een score, vragen het aantal vragen waarop de praktijk "
		       "rust; sd is de standaardafwijking (spreiding).\n\n");
	strbuf_puts(b, "| Praktijk | vragen | n | gemiddelde | mediaan | sd | min | max |\n");
	strbuf_puts(b, "|---|---:|---:|---:|---:|---:|---:|---:|\n");
	for (size_t p = 0; p < c->n_practices; p++) {
		const struct group_stat *st = &g->practices[p];
		if (!st->n)
			continue;
		struct stat_text t;
		stat_text(st, &t);
		strbuf_puts(b, "| ");
		rpt_md_escape(b, c->practices[p].name);
		strbuf_printf(b, " | %zu | %zu | %s | %s | %s | %s | %s |\n", g->practice_items[p],
			      st->n, t.mean, t.median, t.sd, t.min, t.max);
	}
}

static void profile_md(struct strbuf *b, const struct group *g)
{
	const struct group_profile *gp = &g->profile;
	const struct profile *pf = g->q->profile;
	if (!gp->present || !pf || gp->participants == 0)
		return;
	strbuf_printf(b,
		      "\n## Weerstandsprofiel van de groep\n\n%zu %s, %zu situaties samen. Score "
		      "per aanpak: (meest - minst waarschijnlijk) / situaties, van -1 tot +1. "
		      "Voorkeur: bij hoeveel deelnemers het hun voorkeursaanpak is.\n\n",
		      gp->participants, plural(gp->participants, "deelnemer", "deelnemers"),
		      gp->scenarios);
	strbuf_puts(b,
		    "| Aanpak | score | meest | minst | voorkeur |\n|---|---:|---:|---:|---:|\n");
	for (size_t k = 0; k < N_APPROACHES; k++) {
		char num[16];
		report_signed_number(num, sizeof(num), group_approach_score(gp, k));
		strbuf_puts(b, "| ");
		rpt_md_escape(b, pf->approaches[k].name);
		strbuf_printf(b, " | %s | %zu | %zu | %zu |\n", num, gp->most[k], gp->least[k],
			      gp->preferred[k]);
	}
	strbuf_printf(b, "\nKeuze past bij de situatie: %ld%% van de situaties.\n",
		      group_percent(gp->fit_n, gp->scenarios));
	if (gp->first_n) {
		shares(b, "\nEerste stap: ", pf->steps, gp->first, N_WSTEPS, gp->first_n,
		       rpt_md_escape);
		strbuf_puts(b, "\n");
	}
	if (gp->source_n) {
		shares(b, "\nGezochte bron van weerstand: ", pf->sources, gp->source, N_WSOURCES,
		       gp->source_n, rpt_md_escape);
		strbuf_puts(b, "\n");
	}
}

static void items_md(struct strbuf *b, const struct group_report_input *in)
{
	const struct group *g = in->g;
	strbuf_puts(b, "\n## Antwoorden per vraag\n\nAantal deelnemers per antwoord");
	strbuf_puts(b, group_baseline_shown(in->baseline, in->min_group) && g->n_common
			   ? "; bij de vragen die ook in de nulmeting stonden, ook de aantallen "
			     "van de nulmeting.\n"
			   : ".\n");
	for (size_t i = 0; i < g->q->n_items; i++) {
		const struct item *it = &g->q->items[i];
		const struct group_item *gi = &g->items[i];
		size_t j = group_base_item(in->g, in->baseline, in->min_group, i);
		const struct group_item *bi = j != GROUP_NO_ITEM ? &in->baseline->items[j] : NULL;
		strbuf_printf(b, "\n**%s** ", it->id);
		rpt_md_escape(b, it->type == ITEM_SCENARIO && it->title ? it->title : it->text);
		strbuf_puts(b, "\n\n");
		if (it->type == ITEM_OPEN) {
			strbuf_printf(b, "%zu beantwoord, %zu gedeeld met de groep", gi->answered,
				      gi->shared);
			if (bi)
				strbuf_printf(b, " (nulmeting: %zu beantwoord, %zu gedeeld)",
					      bi->answered, bi->shared);
			strbuf_puts(b, ".\n");
			continue;
		}
		struct dist_entry d[MAX_DIST], e[MAX_DIST];
		size_t n = item_dist(g, i, d, MAX_DIST);
		size_t m = bi ? item_dist(in->baseline, j, e, MAX_DIST) : 0;
		if (bi && m != n)
			bi = NULL; /* the same item: never, but never misalign */
		bool scen = it->type == ITEM_SCENARIO;
		if (scen)
			strbuf_puts(b,
				    bi ? "| Reactie | meest | minst | nulmeting meest | nulmeting "
					 "minst |\n|---|---:|---:|---:|---:|\n"
				       : "| Reactie | meest | minst |\n|---|---:|---:|\n");
		else
			strbuf_puts(b, bi ? "| Antwoord | aantal | nulmeting |\n|---|---:|---:|\n"
					  : "| Antwoord | aantal |\n|---|---:|\n");
		for (size_t k = 0; k < n; k++) {
			strbuf_puts(b, "| ");
			rpt_md_escape(b, d[k].label);
			if (scen)
				strbuf_printf(b, " | %zu | %zu |", d[k].count, d[k].least);
			else
				strbuf_printf(b, " | %zu |", d[k].count);
			if (bi && scen)
				strbuf_printf(b, " %zu | %zu |", e[k].count, e[k].least);
			else if (bi)
				strbuf_printf(b, " %zu |", e[k].count);
			strbuf_puts(b, "\n");
		}
		strbuf_printf(b, "| geen antwoord | %zu |%s", gi->missing, scen ? " |" : "");
		if (bi)
			strbuf_printf(b, " %zu |%s", bi->missing, scen ? " |" : "");
		strbuf_puts(b, "\n");
	}
}

static void change_md(struct strbuf *b, const struct group_report_input *in)
{
	const struct group *g = in->g;
	if (!group_baseline_shown(in->baseline, in->min_group))
		return;
	strbuf_puts(b, "\n## Verandering sinds de nulmeting\n\n");
	if (!g->n_common) {
		strbuf_puts(b, "De metingen hebben geen vragen gemeen, dus er is geen verandering "
			       "te berekenen.\n");
		return;
	}
	strbuf_printf(b,
		      "Alleen over de %zu %s die beide metingen delen, dus los van de scores "
		      "hierboven. Gedeelde vragen: hoeveel daarvan bij de praktijk horen; "
		      "verandering: het gemiddelde nu min het gemiddelde bij de nulmeting.\n\n",
		      g->n_common, vragen(g->n_common));
	bool any = false;
	for (size_t p = 0; p < g->cat->n_practices; p++) {
		const struct group_stat *now, *bs;
		if (!group_compared(in->g, in->baseline, in->min_group, p, &now, &bs))
			continue;
		if (!any)
			strbuf_puts(b,
				    "| Praktijk | gedeelde vragen | nulmeting | nu | verandering "
				    "|\n|---|---:|---:|---:|---:|\n");
		any = true;
		char bm[16], nm[16], diff[16];
		format_tenths(bm, sizeof(bm), bs->mean);
		format_tenths(nm, sizeof(nm), now->mean);
		report_change_text(diff, sizeof(diff), now, bs);
		strbuf_puts(b, "| ");
		rpt_md_escape(b, g->cat->practices[p].name);
		strbuf_printf(b, " | %zu | %s | %s | %s |\n", g->compared_items[p], bm, nm, diff);
	}
	if (!any)
		strbuf_puts(b, "Geen praktijk is over de gedeelde vragen in beide metingen "
			       "gemeten.\n");
}

static void render_markdown(struct strbuf *b, const struct group_report_input *in)
{
	const struct group *g = in->g;
	header_text(b, in, true);
	if (in->baseline && group_suppressed(in->baseline, in->min_group))
		suppressed_text(b, in->baseline, in->min_group, "de nulmeting", true);
	if (group_suppressed(g, in->min_group)) {
		suppressed_text(b, g, in->min_group, "groepscijfers", true);
		return;
	}
	practices_md(b, in);
	change_md(b, in);
	profile_md(b, g);
	items_md(b, in);
	shared_text(b, g, true);
}

/* ---------------------------------------------------------------- HTML */

static void html_escape(struct strbuf *b, const char *s)
{
	for (; *s; s++) {
		switch (*s) {
		case '&':
			strbuf_puts(b, "&amp;");
			break;
		case '<':
			strbuf_puts(b, "&lt;");
			break;
		case '>':
			strbuf_puts(b, "&gt;");
			break;
		case '"':
			strbuf_puts(b, "&quot;");
			break;
		case '\n':
			strbuf_puts(b, "<br />");
			break;
		default:
			strbuf_append(b, s, 1);
		}
	}
}

static const char html_style[] =
    "body{font-family:system-ui,'Segoe UI',Arial,sans-serif;color:#111;background:#fff;"
    "margin:0;line-height:1.4}\n"
    "main{max-width:60rem;margin:0 auto;padding:1.5rem}\n"
    "h1{font-size:1.6rem;margin:0 0 .5rem}h2{font-size:1.25rem;margin:2rem 0 .5rem;"
    "border-bottom:2px solid #222}h3{font-size:1rem;margin:1.2rem 0 .3rem}\n"
    "p.meta{margin:.2rem 0}p.privacy{background:#eef3f8;padding:.5rem .8rem;"
    "border-left:4px solid #2b5d8a}p.suppressed{background:#fff4e0;padding:.5rem .8rem;"
    "border-left:4px solid #b36b00}\n"
    "table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{padding:.25rem .4rem;"
    "border-bottom:1px solid #ccc;text-align:left;vertical-align:middle}"
    "td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}\n"
    "svg{display:block}svg text{font-size:9px;fill:#111}\n"
    ".legend{font-size:.85rem;color:#333}.item{break-inside:avoid;page-break-inside:avoid}\n"
    "table.dist{width:auto;min-width:24rem}svg.swatch{display:inline-block;"
    "vertical-align:middle;margin-right:.4rem}\n"
    "blockquote{margin:.3rem 0 .3rem 1rem;padding-left:.6rem;border-left:3px solid #999}\n"
    "@media print{@page{margin:15mm}body{font-size:10pt}main{max-width:none;padding:0}"
    "h2{break-after:avoid;page-break-after:avoid}tr,.item,svg{break-inside:avoid;"
    "page-break-inside:avoid}thead{display:table-header-group}"
    "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}\n";

/* A practice row's chart: the 0-100 track, min-max line, mean +- sd box,
 * the mean as a dark bar and the nulmeting mean as an open marker. */
static void html_practice_svg(struct strbuf *b, const struct group_stat *st,
			      const struct group_stat *bs)
{
	char mn[16], mx[16], lo[16], hi[16], me[16];
	double l = st->mean - st->sd < 0 ? 0 : st->mean - st->sd;
	double h = st->mean + st->sd > 100 ? 100 : st->mean + st->sd;
	format_tenths(mn, sizeof(mn), st->min * 2);
	format_tenths(mx, sizeof(mx), (st->max - st->min) * 2);
	format_tenths(lo, sizeof(lo), l * 2);
	format_tenths(hi, sizeof(hi), (h - l) * 2);
	format_tenths(me, sizeof(me), st->mean * 2);
	strbuf_printf(b,
		      "<svg width=\"220\" height=\"26\" viewBox=\"0 0 220 26\" role=\"img\" "
		      "aria-hidden=\"true\"><rect x=\"10\" y=\"11\" width=\"200\" height=\"4\" "
		      "fill=\"#e3e3e3\" /><rect x=\"109.5\" y=\"8\" width=\"1\" height=\"10\" "
		      "fill=\"#999\" /><rect x=\"%s\" y=\"12\" width=\"%s\" height=\"2\" "
		      "fill=\"#777\" transform=\"translate(10,0)\" /><rect x=\"%s\" y=\"6\" "
		      "width=\"%s\" height=\"14\" fill=\"#9cc3e6\" transform=\"translate(10,0)\" "
		      "/><rect x=\"%s\" y=\"3\" width=\"3\" height=\"20\" fill=\"#123e66\" "
		      "transform=\"translate(8.5,0)\" />",
		      mn, mx, lo, hi, me);
	if (bs) {
		char bx[16];
		format_tenths(bx, sizeof(bx), bs->mean * 2 + 10);
		strbuf_printf(b,
			      "<path d=\"M %s 25 l -4 -6 l 8 0 z\" fill=\"#fff\" stroke=\"#b33\" "
			      "stroke-width=\"1.5\" />",
			      bx);
	}
	strbuf_puts(b, "</svg>");
}

/* Fills of the distribution bars: a single-hue scale, then greys. */
#define DIST_FILLS                                                                                 \
	"#d7e6f4", "#a9cbe8", "#6fa6d6", "#3a78b5", "#174a7c", "#bbbbbb", "#8d8d8d", "#5e5e5e"

static void html_swatch(struct strbuf *b, size_t k)
{
	static const char *const fill[] = {DIST_FILLS};
	strbuf_printf(b,
		      "<svg class=\"swatch\" width=\"12\" height=\"12\" viewBox=\"0 0 12 12\" "
		      "aria-hidden=\"true\"><rect x=\"0.5\" y=\"0.5\" width=\"11\" height=\"11\" "
		      "fill=\"%s\" stroke=\"#333\" /></svg>",
		      fill[k % 8]);
}

/* A stacked bar of an item's distribution, in a single-hue scale. */
static void html_dist_svg(struct strbuf *b, const struct dist_entry *d, size_t n, size_t total)
{
	static const char *const fill[] = {DIST_FILLS};
	strbuf_puts(b, "<svg width=\"300\" height=\"18\" viewBox=\"0 0 300 18\" "
		       "aria-hidden=\"true\">");
	double x = 0;
	for (size_t k = 0; k < n && total; k++) {
		double w = 300.0 * (double)d[k].count / (double)total;
		if (w <= 0)
			continue;
		char xs[16], ws[16];
		format_tenths(xs, sizeof(xs), x);
		format_tenths(ws, sizeof(ws), w);
		strbuf_printf(b, "<rect x=\"%s\" y=\"1\" width=\"%s\" height=\"16\" fill=\"%s\" />",
			      xs, ws, fill[k % 8]);
		x += w;
	}
	strbuf_puts(b, "</svg>");
}

static void html_header(struct strbuf *b, const struct group_report_input *in)
{
	const struct group *g = in->g;
	strbuf_puts(b,
		    "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\" />\n"
		    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n"
		    "<title>Groepsrapport: ");
	html_escape(b, g->q->title);
	strbuf_printf(b,
		      "</title>\n<style>\n%s</style>\n</head>\n<body>\n<main>\n<h1>Groepsrapport: ",
		      html_style);
	html_escape(b, g->q->title);
	strbuf_puts(b, "</h1>\n<p class=\"meta\">Vragenlijst ");
	html_escape(b, g->q->id);
	strbuf_puts(b, ", versie ");
	html_escape(b, g->q->version);
	strbuf_puts(b, ".</p>\n");
	strbuf_printf(b,
		      "<p class=\"meta\">Deelnemers: %zu, van wie %zu de vragenlijst helemaal "
		      "hebben afgerond.",
		      g->n, g->finished);
	char *skipped = report_group_skipped(in->skipped, &in->why);
	if (skipped && *skipped) {
		strbuf_puts(b, " ");
		html_escape(b, skipped);
	}
	free(skipped);
	strbuf_puts(b, "</p>\n");
	if (in->baseline) {
		const struct group *bl = in->baseline;
		strbuf_puts(b, "<p class=\"meta\">Nulmeting: ");
		html_escape(b, bl->q->title);
		strbuf_printf(b, " (%s, versie %s), %zu %s.", bl->q->id, bl->q->version, bl->n,
			      plural(bl->n, "deelnemer", "deelnemers"));
		struct strbuf t;
		strbuf_init(&t);
		comparison_basis(&t, g);
		char *basis = strbuf_steal(&t, NULL);
		strbuf_puts(b, " ");
		html_escape(b, basis ? basis : "");
		free(basis);
		strbuf_puts(b, "</p>\n");
	}
	strbuf_puts(b, "<p class=\"privacy\">");
	html_escape(b, privacy_line(g));
	strbuf_puts(b, "</p>\n");
}

static void html_suppressed(struct strbuf *b, const struct group *g, size_t min, const char *what)
{
	strbuf_printf(b,
		      "<p class=\"suppressed\">Te weinig deelnemers voor %s: %zu, minimaal %zu "
		      "nodig. Gemiddelden, verdelingen en gedeelde antwoorden blijven verborgen, "
		      "zodat niemand herkenbaar is.</p>\n",
		      what, g->n, min);
}

static void html_practices(struct strbuf *b, const struct group_report_input *in)
{
	const struct group *g = in->g;
	const struct catalogue *c = g->cat;
	strbuf_puts(b, "<section>\n<h2>Leiderschapspraktijken</h2>\n<p class=\"legend\">Score "
		       "0-100 per deelnemer; de grafiek loopt van 0 (links) tot 100 (rechts), met "
		       "een streepje bij 50. De grijze lijn loopt van de laagste "
		       "tot de hoogste score, het lichte vlak is gemiddelde &#177; "
		       "standaardafwijking (sd), de donkere streep het gemiddelde. Vragen: op "
		       "hoeveel vragen de praktijk rust; n: deelnemers met een score.</p>\n"
		       "<table>\n<thead><tr><th>Praktijk</th><th>Verdeling</th>"
		       "<th class=\"num\">vragen</th><th class=\"num\">n</th>"
		       "<th class=\"num\">gem.</th><th class=\"num\">mediaan</th>"
		       "<th class=\"num\">sd</th><th class=\"num\">min</th>"
		       "<th class=\"num\">max</th></tr></thead>\n<tbody>\n");
	for (size_t p = 0; p < c->n_practices; p++) {
		const struct group_stat *st = &g->practices[p];
		if (!st->n)
			continue;
		struct stat_text t;
		stat_text(st, &t);
		strbuf_puts(b, "<tr><th scope=\"row\">");
		html_escape(b, c->practices[p].name);
		strbuf_puts(b, "</th><td>");
		html_practice_svg(b, st, NULL);
		strbuf_printf(b,
			      "</td><td class=\"num\">%zu</td><td class=\"num\">%zu</td>"
			      "<td class=\"num\">%s</td><td class=\"num\">%s</td>"
			      "<td class=\"num\">%s</td><td class=\"num\">%s</td>"
			      "<td class=\"num\">%s</td></tr>\n",
			      g->practice_items[p], st->n, t.mean, t.median, t.sd, t.min, t.max);
	}
	strbuf_puts(b, "</tbody>\n</table>\n</section>\n");
}

/* The change since the baseline, over the shared items only: its own
 * section, so that it is never read as a change of the scores above. */
static void html_comparison(struct strbuf *b, const struct group_report_input *in)
{
	const struct group *g = in->g;
	const struct catalogue *c = g->cat;
	if (!group_baseline_shown(in->baseline, in->min_group))
		return;
	strbuf_puts(b, "<section>\n<h2>Verandering sinds de nulmeting</h2>\n");
	if (!g->n_common) {
		strbuf_puts(b, "<p>De metingen hebben geen vragen gemeen, dus er is geen "
			       "verandering te berekenen.</p>\n</section>\n");
		return;
	}
	strbuf_printf(b,
		      "<p class=\"legend\">Alleen over de %zu %s die beide metingen delen, dus "
		      "los van de scores hierboven. In de grafiek is de donkere streep het "
		      "gemiddelde nu over die vragen, het rode driehoekje het gemiddelde bij de "
		      "nulmeting.</p>\n",
		      g->n_common, vragen(g->n_common));
	bool any = false;
	for (size_t p = 0; p < c->n_practices; p++) {
		const struct group_stat *now, *bs;
		if (!group_compared(in->g, in->baseline, in->min_group, p, &now, &bs))
			continue;
		if (!any)
			strbuf_puts(b,
				    "<table>\n<thead><tr><th>Praktijk</th><th>Nulmeting en nu</th>"
				    "<th class=\"num\">gedeelde vragen</th>"
				    "<th class=\"num\">nulmeting</th><th class=\"num\">nu</th>"
				    "<th class=\"num\">verandering</th></tr></thead>\n<tbody>\n");
		any = true;
		char bm[16], nm[16], diff[16];
		format_tenths(bm, sizeof(bm), bs->mean);
		format_tenths(nm, sizeof(nm), now->mean);
		report_change_text(diff, sizeof(diff), now, bs);
		strbuf_puts(b, "<tr><th scope=\"row\">");
		html_escape(b, c->practices[p].name);
		strbuf_puts(b, "</th><td>");
		html_practice_svg(b, now, bs);
		strbuf_printf(b,
			      "</td><td class=\"num\">%zu</td><td class=\"num\">%s</td>"
			      "<td class=\"num\">%s</td><td class=\"num\">%s</td></tr>\n",
			      g->compared_items[p], bm, nm, diff);
	}
	if (any)
		strbuf_puts(b, "</tbody>\n</table>\n");
	else
		strbuf_puts(b, "<p>Geen praktijk is over de gedeelde vragen in beide metingen "
			       "gemeten.</p>\n");
	strbuf_puts(b, "</section>\n");
}

static void html_profile(struct strbuf *b, const struct group *g)
{
	const struct group_profile *gp = &g->profile;
	const struct profile *pf = g->q->profile;
	if (!gp->present || !pf || gp->participants == 0)
		return;
	strbuf_printf(b,
		      "<section>\n<h2>Weerstandsprofiel van de groep</h2>\n<p class=\"legend\">"
		      "%zu %s, %zu situaties samen. Score per aanpak: (meest - minst "
		      "waarschijnlijk) / situaties, van -1 tot +1. Voorkeur: bij hoeveel "
		      "deelnemers het hun voorkeursaanpak is.</p>\n<table>\n<thead><tr>"
		      "<th>Aanpak</th><th></th><th class=\"num\">score</th><th class=\"num\">"
		      "meest</th><th class=\"num\">minst</th><th class=\"num\">voorkeur</th>"
		      "</tr></thead>\n<tbody>\n",
		      gp->participants, plural(gp->participants, "deelnemer", "deelnemers"),
		      gp->scenarios);
	for (size_t k = 0; k < N_APPROACHES; k++) {
		double v = group_approach_score(gp, k);
		char num[16], x[16], w[16];
		report_signed_number(num, sizeof(num), v);
		format_tenths(x, sizeof(x), v < 0 ? 100 + v * 100 : 100);
		format_tenths(w, sizeof(w), fabs(v) * 100);
		strbuf_puts(b, "<tr><th scope=\"row\">");
		html_escape(b, pf->approaches[k].name);
		strbuf_printf(
		    b,
		    "</th><td><svg width=\"200\" height=\"16\" viewBox=\"0 0 200 16\" "
		    "aria-hidden=\"true\"><rect x=\"0\" y=\"6\" width=\"200\" height=\"4\" "
		    "fill=\"#e3e3e3\" /><rect x=\"%s\" y=\"2\" width=\"%s\" height=\"12\" "
		    "fill=\"%s\" /><rect x=\"99.5\" y=\"0\" width=\"1\" height=\"16\" "
		    "fill=\"#111\" /></svg></td><td class=\"num\">%s</td><td class=\"num\">"
		    "%zu</td><td class=\"num\">%zu</td><td class=\"num\">%zu</td></tr>\n",
		    x, w, v < 0 ? "#b36b00" : "#174a7c", num, gp->most[k], gp->least[k],
		    gp->preferred[k]);
	}
	strbuf_printf(b,
		      "</tbody>\n</table>\n<p>Keuze past bij de situatie: %ld%% van de "
		      "situaties.</p>\n",
		      group_percent(gp->fit_n, gp->scenarios));
	if (gp->first_n) {
		shares(b, "<p>Eerste stap: ", pf->steps, gp->first, N_WSTEPS, gp->first_n,
		       html_escape);
		strbuf_puts(b, "</p>\n");
	}
	if (gp->source_n) {
		shares(b, "<p>Gezochte bron van weerstand: ", pf->sources, gp->source, N_WSOURCES,
		       gp->source_n, html_escape);
		strbuf_puts(b, "</p>\n");
	}
	strbuf_puts(b, "</section>\n");
}

static void html_items(struct strbuf *b, const struct group_report_input *in)
{
	const struct group *g = in->g;
	strbuf_puts(b, "<section>\n<h2>Antwoorden per vraag</h2>\n<p class=\"legend\">Aantal "
		       "deelnemers per antwoord; de balk toont de verdeling van links (eerste "
		       "antwoord) naar rechts.");
	if (group_baseline_shown(in->baseline, in->min_group) && g->n_common)
		strbuf_puts(b, " Bij de vragen die ook in de nulmeting stonden, staan de aantallen "
			       "van de nulmeting ernaast, met hun eigen balk eronder.");
	strbuf_puts(b, "</p>\n");
	for (size_t i = 0; i < g->q->n_items; i++) {
		const struct item *it = &g->q->items[i];
		const struct group_item *gi = &g->items[i];
		size_t j = group_base_item(in->g, in->baseline, in->min_group, i);
		const struct group_item *bi = j != GROUP_NO_ITEM ? &in->baseline->items[j] : NULL;
		strbuf_printf(b, "<div class=\"item\">\n<h3>%s ", it->id);
		html_escape(b, it->type == ITEM_SCENARIO && it->title ? it->title : it->text);
		strbuf_puts(b, "</h3>\n");
		if (it->type == ITEM_OPEN) {
			strbuf_printf(b, "<p>%zu beantwoord, %zu gedeeld met de groep",
				      gi->answered, gi->shared);
			if (bi)
				strbuf_printf(b, " (nulmeting: %zu beantwoord, %zu gedeeld)",
					      bi->answered, bi->shared);
			strbuf_puts(b, ".</p>\n</div>\n");
			continue;
		}
		struct dist_entry d[MAX_DIST], e[MAX_DIST];
		size_t n = item_dist(g, i, d, MAX_DIST);
		size_t m = bi ? item_dist(in->baseline, j, e, MAX_DIST) : 0;
		if (bi && m != n)
			bi = NULL;
		bool scen = it->type == ITEM_SCENARIO;
		if (!scen) {
			html_dist_svg(b, d, n, gi->answered);
			if (bi)
				html_dist_svg(b, e, m, bi->answered);
		}
		strbuf_puts(b, "<table class=\"dist\">\n<tbody>\n");
		if (scen)
			strbuf_printf(b,
				      "<tr><th>Reactie</th><th class=\"num\">meest</th>"
				      "<th class=\"num\">minst</th>%s</tr>\n",
				      bi ? "<th class=\"num\">nulmeting meest</th><th "
					   "class=\"num\">nulmeting minst</th>"
					 : "");
		else if (bi)
			strbuf_puts(b, "<tr><th>Antwoord</th><th class=\"num\">aantal</th>"
				       "<th class=\"num\">nulmeting</th></tr>\n");
		for (size_t k = 0; k < n; k++) {
			strbuf_puts(b, "<tr><td>");
			if (!scen)
				html_swatch(b, k);
			html_escape(b, d[k].label);
			strbuf_printf(b, "</td><td class=\"num\">%zu</td>", d[k].count);
			if (scen)
				strbuf_printf(b, "<td class=\"num\">%zu</td>", d[k].least);
			if (bi)
				strbuf_printf(b, "<td class=\"num\">%zu</td>", e[k].count);
			if (bi && scen)
				strbuf_printf(b, "<td class=\"num\">%zu</td>", e[k].least);
			strbuf_puts(b, "</tr>\n");
		}
		strbuf_printf(b, "<tr><td>geen antwoord</td><td class=\"num\">%zu</td>%s",
			      gi->missing, scen ? "<td></td>" : "");
		if (bi)
			strbuf_printf(b, "<td class=\"num\">%zu</td>%s", bi->missing,
				      scen ? "<td></td>" : "");
		strbuf_puts(b, "</tr>\n</tbody>\n</table>\n</div>\n");
	}
	strbuf_puts(b, "</section>\n");
}

static void html_shared(struct strbuf *b, const struct group *g)
{
	if (!g->n_shared)
		return;
	strbuf_printf(b, "<section>\n<h2>Gedeelde antwoorden</h2>\n<p class=\"legend\">%s</p>\n",
		      g->names ? "Met naam, omdat daarom gevraagd is (--names)."
			       : "Zonder naam en op alfabet, niet in de volgorde van de "
				 "bestanden.");
	size_t last = (size_t)-1;
	for (size_t k = 0; k < g->n_shared; k++) {
		const struct group_shared *e = &g->shared[k];
		if (e->item != last) {
			strbuf_puts(b, "<h3>");
			html_escape(b, g->q->items[e->item].text);
			strbuf_puts(b, "</h3>\n");
			last = e->item;
		}
		strbuf_puts(b, "<blockquote>");
		html_escape(b, e->text);
		if (e->who) {
			strbuf_puts(b, " (");
			html_escape(b, e->who);
			strbuf_puts(b, ")");
		}
		strbuf_puts(b, "</blockquote>\n");
	}
	strbuf_puts(b, "</section>\n");
}

static void render_html(struct strbuf *b, const struct group_report_input *in)
{
	const struct group *g = in->g;
	html_header(b, in);
	if (in->baseline && group_suppressed(in->baseline, in->min_group))
		html_suppressed(b, in->baseline, in->min_group, "de nulmeting");
	if (group_suppressed(g, in->min_group)) {
		html_suppressed(b, g, in->min_group, "groepscijfers");
	} else {
		html_practices(b, in);
		html_comparison(b, in);
		html_profile(b, g);
		html_items(b, in);
		html_shared(b, g);
	}
	strbuf_puts(b, "</main>\n</body>\n</html>\n");
}

/* ---------------------------------------------------------------- JSON */

/* Every figure with at most one decimal, as the other formats show it. */
static cJSON *stat_json(const struct group_stat *st)
{
	cJSON *o = cJSON_CreateObject();
	if (!o)
		return NULL;
	cJSON_AddNumberToObject(o, "n", (double)st->n);
	static const char *const keys[] = {"mean", "median", "sd", "min", "max"};
	const double v[] = {st->mean, st->median, st->sd, st->min, st->max};
	for (size_t i = 0; i < 5; i++)
		if (st->n)
			rpt_json_number(o, keys[i], v[i]);
		else
			cJSON_AddNullToObject(o, keys[i]); /* nobody measured */
	return o;
}

static cJSON *counts_json(const size_t *v, size_t n)
{
	cJSON *a = cJSON_CreateArray();
	for (size_t k = 0; a && k < n; k++)
		cJSON_AddItemToArray(a, cJSON_CreateNumber((double)v[k]));
	return a;
}

static cJSON *group_head_json(const struct group *g)
{
	cJSON *o = cJSON_CreateObject();
	if (!o)
		return NULL;
	cJSON_AddStringToObject(o, "id", g->q->id);
	cJSON_AddStringToObject(o, "version", g->q->version);
	cJSON_AddStringToObject(o, "title", g->q->title);
	cJSON_AddNumberToObject(o, "participants", (double)g->n);
	cJSON_AddNumberToObject(o, "finished", (double)g->finished);
	return o;
}

/* answered, missing and the distribution (or shared) of item i of g */
static void item_figures_json(cJSON *o, const struct group *g, size_t i)
{
	const struct item *it = &g->q->items[i];
	const struct group_item *gi = &g->items[i];
	cJSON_AddNumberToObject(o, "answered", (double)gi->answered);
	cJSON_AddNumberToObject(o, "missing", (double)gi->missing);
	if (it->type == ITEM_OPEN) {
		cJSON_AddNumberToObject(o, "shared", (double)gi->shared);
		return;
	}
	{
		struct dist_entry d[MAX_DIST];
		size_t n = item_dist(g, i, d, MAX_DIST);
		cJSON *dist = cJSON_AddArrayToObject(o, "distribution");
		for (size_t k = 0; dist && k < n; k++) {
			cJSON *e = cJSON_CreateObject();
			if (!e || !cJSON_AddItemToArray(dist, e)) {
				cJSON_Delete(e);
				break;
			}
			char vb[24];
			const char *value;
			if (it->type == ITEM_LIKERT)
				value = k == CONTENT_SCALE_POINTS ? "na"
								  : label_of(vb, sizeof(vb), k + 1);
			else
				value = it->options[k].value;
			cJSON_AddStringToObject(e, "value", value);
			cJSON_AddStringToObject(e, "label", d[k].label);
			if (it->type == ITEM_SCENARIO) {
				cJSON_AddNumberToObject(e, "most", (double)d[k].count);
				cJSON_AddNumberToObject(e, "least", (double)d[k].least);
			} else {
				cJSON_AddNumberToObject(e, "count", (double)d[k].count);
			}
		}
	}
}

static void items_json(cJSON *root, const struct group_report_input *in)
{
	const struct group *g = in->g;
	cJSON *items = cJSON_AddArrayToObject(root, "items");
	for (size_t i = 0; items && i < g->q->n_items; i++) {
		const struct item *it = &g->q->items[i];
		cJSON *o = cJSON_CreateObject();
		if (!o || !cJSON_AddItemToArray(items, o)) {
			cJSON_Delete(o);
			return;
		}
		static const char *const types[] = {"likert", "choice", "open", "scenario"};
		cJSON_AddStringToObject(o, "id", it->id);
		cJSON_AddStringToObject(o, "type", types[it->type]);
		item_figures_json(o, g, i);
		size_t j = group_base_item(in->g, in->baseline, in->min_group, i);
		cJSON *bo = j != GROUP_NO_ITEM ? cJSON_AddObjectToObject(o, "baseline") : NULL;
		if (bo)
			item_figures_json(bo, in->baseline, j);
	}
}

static void profile_json(cJSON *root, const struct group *g)
{
	const struct group_profile *gp = &g->profile;
	if (!gp->present || gp->participants == 0)
		return;
	cJSON *o = cJSON_AddObjectToObject(root, "profile");
	if (!o)
		return;
	cJSON_AddNumberToObject(o, "participants", (double)gp->participants);
	cJSON_AddNumberToObject(o, "scenarios", (double)gp->scenarios);
	cJSON *ap = cJSON_AddObjectToObject(o, "approaches");
	for (size_t k = 0; ap && k < N_APPROACHES; k++) {
		cJSON *e = cJSON_AddObjectToObject(ap, content_approach_id(k));
		if (!e)
			break;
		rpt_json_number(e, "score", group_approach_score(gp, k));
		cJSON_AddNumberToObject(e, "most", (double)gp->most[k]);
		cJSON_AddNumberToObject(e, "least", (double)gp->least[k]);
		cJSON_AddNumberToObject(e, "preferred", (double)gp->preferred[k]);
	}
	cJSON_AddNumberToObject(o, "fit", (double)group_percent(gp->fit_n, gp->scenarios));
	cJSON_AddItemToObject(o, "first", counts_json(gp->first, N_WSTEPS));
	cJSON_AddItemToObject(o, "sources", counts_json(gp->source, N_WSOURCES));
}

static char *render_json(const struct group_report_input *in, size_t *len)
{
	const struct group *g = in->g;
	cJSON *root = cJSON_CreateObject();
	if (!root)
		return NULL;
	cJSON_AddStringToObject(root, "format", "spiegel-group/2");
	cJSON_AddItemToObject(root, "questionnaire", group_head_json(g));
	cJSON_AddNumberToObject(root, "participants", (double)g->n);
	cJSON_AddNumberToObject(root, "skipped", (double)in->skipped);
	cJSON *why = cJSON_AddObjectToObject(root, "skipped_because");
	if (why) {
		cJSON_AddNumberToObject(why, "other", (double)in->why.other);
		cJSON_AddNumberToObject(why, "duplicate", (double)in->why.duplicate);
		cJSON_AddNumberToObject(why, "invalid", (double)in->why.invalid);
		cJSON_AddNumberToObject(why, "unreadable", (double)in->why.unreadable);
		cJSON_AddNumberToObject(why, "unvisited", (double)in->why.unvisited);
	}
	cJSON_AddNumberToObject(root, "min_group", (double)in->min_group);
	bool hide = group_suppressed(g, in->min_group);
	cJSON_AddBoolToObject(root, "suppressed", hide);
	bool base = group_baseline_shown(in->baseline, in->min_group);
	if (in->baseline) {
		cJSON *bo = group_head_json(in->baseline);
		if (bo) {
			cJSON_AddBoolToObject(bo, "suppressed", !base);
			cJSON_AddNumberToObject(bo, "common_items", (double)g->n_common);
		}
		cJSON_AddItemToObject(root, "baseline", bo);
	}
	if (!hide) {
		cJSON *pr = cJSON_AddArrayToObject(root, "practices");
		for (size_t p = 0; pr && p < g->cat->n_practices; p++) {
			const struct group_stat *st = &g->practices[p];
			if (!st->n)
				continue;
			cJSON *o = stat_json(st);
			if (!o || !cJSON_AddItemToArray(pr, o)) {
				cJSON_Delete(o);
				break;
			}
			cJSON_AddStringToObject(o, "id", g->cat->practices[p].id);
			cJSON_AddStringToObject(o, "name", g->cat->practices[p].name);
			cJSON_AddNumberToObject(o, "items", (double)g->practice_items[p]);
		}
		/* the change since the baseline: over the shared items only, apart
		 * from the practices' own figures */
		cJSON *cmp = base ? cJSON_AddArrayToObject(root, "comparison") : NULL;
		for (size_t p = 0; cmp && p < g->cat->n_practices; p++) {
			const struct group_stat *now, *bs;
			if (!group_compared(in->g, in->baseline, in->min_group, p, &now, &bs))
				continue;
			cJSON *o = cJSON_CreateObject();
			if (!o || !cJSON_AddItemToArray(cmp, o)) {
				cJSON_Delete(o);
				break;
			}
			cJSON_AddStringToObject(o, "id", g->cat->practices[p].id);
			cJSON_AddStringToObject(o, "name", g->cat->practices[p].name);
			cJSON_AddNumberToObject(o, "items", (double)g->compared_items[p]);
			cJSON_AddItemToObject(o, "baseline", stat_json(bs));
			cJSON_AddItemToObject(o, "now", stat_json(now));
			rpt_json_number(o, "change", (double)group_change_tenths(now, bs) / 10.0);
		}
		cJSON *qa = cJSON_AddArrayToObject(root, "qualities");
		for (size_t k = 0; qa && k < g->cat->n_qualities; k++) {
			cJSON *o = stat_json(&g->qualities[k]);
			if (!o || !cJSON_AddItemToArray(qa, o)) {
				cJSON_Delete(o);
				break;
			}
			cJSON_AddStringToObject(o, "id", g->cat->qualities[k].id);
			cJSON_AddStringToObject(o, "name", g->cat->qualities[k].name);
		}
		profile_json(root, g);
		items_json(root, in);
		cJSON *sh = cJSON_AddArrayToObject(root, "shared");
		for (size_t k = 0; sh && k < g->n_shared; k++) {
			cJSON *o = cJSON_CreateObject();
			if (!o || !cJSON_AddItemToArray(sh, o)) {
				cJSON_Delete(o);
				break;
			}
			cJSON_AddStringToObject(o, "item", g->q->items[g->shared[k].item].id);
			cJSON_AddStringToObject(o, "text", g->shared[k].text);
			if (g->shared[k].who)
				cJSON_AddStringToObject(o, "participant", g->shared[k].who);
		}
	}
	return rpt_json_finish(root, len);
}

char *report_group(enum report_format f, const struct group_report_input *in, size_t *len)
{
	if (f == REPORT_CSV)
		return NULL;
	if (f == REPORT_JSON)
		return render_json(in, len);
	struct strbuf b;
	strbuf_init(&b);
	if (f == REPORT_TEXT)
		render_text(&b, in);
	else if (f == REPORT_MARKDOWN)
		render_markdown(&b, in);
	else
		render_html(&b, in);
	return rpt_finish(&b, len);
}

/* ----------------------------------------------------------------- CSV */

/* A field, quoted when it holds a comma, quote, CR or LF (RFC 4180). */
static void csv_field(struct strbuf *b, const char *s, bool last)
{
	/* a spreadsheet runs a cell that starts like a formula: make it text
	 * (no field spiegel writes itself starts this way, only names) */
	char guarded[SESSION_MAX_NAME + 8];
	if (*s && strchr("=+-@\t\r", *s)) {
		snprintf(guarded, sizeof(guarded), "'%s", s);
		s = guarded;
	}
	if (strpbrk(s, ",\"\r\n")) {
		strbuf_puts(b, "\"");
		for (; *s; s++) {
			if (*s == '"')
				strbuf_puts(b, "\"");
			strbuf_append(b, s, 1);
		}
		strbuf_puts(b, "\"");
	} else {
		strbuf_puts(b, s);
	}
	strbuf_puts(b, last ? "\r\n" : ",");
}

char *report_csv_header(size_t *len)
{
	struct strbuf b;
	strbuf_init(&b);
	strbuf_puts(
	    &b,
	    "deelnemer,meting,paar,vragenlijst,versie,soort,item,antwoord,minst,waarde,vragen\r\n");
	return rpt_finish(&b, len);
}

/* The practice rows of one participant: soort "praktijk" (the own score,
 * over every item) or "praktijk-gedeeld" (over the items shared with the
 * other measurement). */
static bool csv_practices(struct strbuf *b, const struct group *g, const struct session *s,
			  const char *const lead[3], bool shared)
{
	struct score_result r;
	if (!group_score(g->cat, g->q, shared ? g->other : NULL, s, &r))
		return false;
	for (size_t p = 0; p < r.n_practices; p++) {
		if (!r.practices[p].has_score)
			continue;
		char val[16], items[24];
		format_tenths(val, sizeof(val), r.practices[p].score);
		/* the answered items the score rests on */
		snprintf(items, sizeof(items), "%zu", r.practices[p].answered);
		for (size_t k = 0; k < 3; k++)
			csv_field(b, lead[k], false);
		csv_field(b, g->q->id, false);
		csv_field(b, g->q->version, false);
		csv_field(b, shared ? "praktijk-gedeeld" : "praktijk", false);
		csv_field(b, g->cat->practices[p].id, false);
		csv_field(b, "", false);
		csv_field(b, "", false);
		csv_field(b, val, false);
		csv_field(b, items, true);
	}
	score_finish(&r);
	return true;
}

char *report_csv_rows(const struct group *g, const struct session *s, const char *label,
		      const char *meting, const char *paar, size_t *len)
{
	const char *const lead[3] = {label, meting, paar};
	struct strbuf b;
	strbuf_init(&b);
	static const char *const kinds[] = {"likert", "keuze", "open", "scenario"};
	for (size_t i = 0; i < g->q->n_items; i++) {
		const struct item *it = &g->q->items[i];
		if (it->type == ITEM_OPEN)
			continue;
		struct answer a = session_get(s, it->id);
		char val[24] = "", num[24] = "";
		const char *ans = "", *least = "";
		if (a.kind == ANSWER_VALUE) {
			snprintf(val, sizeof(val), "%d", score_item_value(it, a));
			ans = label_of(num, sizeof(num), (size_t)a.value);
		} else if (a.kind == ANSWER_NA)
			ans = "nvt";
		else if (a.kind == ANSWER_CHOICE)
			ans = a.text;
		else if (a.kind == ANSWER_SCENARIO) {
			ans = a.text;
			least = a.least ? a.least : "";
			int v = score_item_value(it, a);
			if (v)
				snprintf(val, sizeof(val), "%d", v);
		}
		for (size_t k = 0; k < 3; k++)
			csv_field(&b, lead[k], false);
		csv_field(&b, g->q->id, false);
		csv_field(&b, g->q->version, false);
		csv_field(&b, kinds[it->type], false);
		csv_field(&b, it->id, false);
		csv_field(&b, ans, false);
		csv_field(&b, least, false);
		csv_field(&b, val, false);
		csv_field(&b, "", true);
	}
	if (!csv_practices(&b, g, s, lead, false) ||
	    (g->other && !csv_practices(&b, g, s, lead, true))) {
		strbuf_finish(&b);
		return NULL;
	}
	return rpt_finish(&b, len);
}
