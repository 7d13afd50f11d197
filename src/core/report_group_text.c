/* The group report as plain text (78 columns). */
#include "spiegel/report.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report_group_internal.h"

static void practices_text(struct strbuf *b, const struct group_report_input *in)
{
	const struct group *g = in->g;
	const struct catalogue *c = g->cat;
	strbuf_puts(b, "\nLeiderschapspraktijken (score 0-100 per deelnemer)\n");
	strbuf_puts(b, "  gem. = gemiddelde, sd = standaardafwijking (spreiding)\n");
	bool any = false;
	struct practice_row r = {0};
	for (; grp_practice_row(g, &r); r.p++) {
		any = true;
		strbuf_printf(b, "\n  %s\n    ", c->practices[r.p].name);
		rpt_plain_bar(b, r.st->mean);
		strbuf_printf(b, " gem. %s  mediaan %s  sd %s\n", r.t.mean, r.t.median, r.t.sd);
		strbuf_printf(b, "    %*s min %s  max %s  (%zu %s, %zu %s)\n", BAR_WIDTH, "",
			      r.t.min, r.t.max, r.st->n,
			      grp_plural(r.st->n, "deelnemer", "deelnemers"),
			      g->practice_items[r.p], rpt_vragen(g->practice_items[r.p]));
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
	struct change_row r = {0};
	for (; grp_change_row(in, &r); r.p++) {
		if (!any) {
			strbuf_puts(b,
				    "\nVerandering sinds de nulmeting (gemiddelde score 0-100)\n");
			strbuf_printf(
			    b,
			    "  Alleen over de %zu %s die beide metingen delen, dus los van "
			    "de\n  scores hierboven: nulmeting -> nu, en het verschil.\n",
			    g->n_common, rpt_vragen(g->n_common));
		}
		any = true;
		char name[400];
		snprintf(name, sizeof(name), "%s (%zu %s)", c->practices[r.p].name,
			 g->compared_items[r.p], rpt_vragen(g->compared_items[r.p]));
		utf8_trim(name);
		strbuf_puts(b, "  ");
		rpt_pad_to(b, name, 44);
		strbuf_printf(b, " %5s -> %5s  %6s\n", r.base_mean, r.now_mean, r.change);
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
	size_t n = grp_item_dist(g, i, d, MAX_DIST);
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
	if (!group_profile_shown(g))
		return;
	const struct group_profile *gp = &g->profile;
	const struct profile *pf = g->q->profile;
	strbuf_puts(b, "\nWeerstandsprofiel van de groep (");
	grp_profile_count(b, g);
	strbuf_puts(b, ")\n"
		       "  per aanpak: (meest - minst waarschijnlijk) / situaties, van -1 tot +1,\n"
		       "  dan hoe vaak meest / minst waarschijnlijk gekozen, en bij hoeveel\n"
		       "  deelnemers het hun voorkeursaanpak is\n");
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
			grp_shares(&u, "Eerste stap: ", pf->steps, gp->first, N_WSTEPS, gp->first_n,
				   grp_put_plain);
		if (pass == 1 && gp->source_n)
			grp_shares(&u, "Gezochte bron van weerstand: ", pf->sources, gp->source,
				   N_WSOURCES, gp->source_n, grp_put_plain);
		char *line = strbuf_steal(&u, NULL);
		if (line && *line)
			rpt_wrap_into(b, line, 78, "  ");
		free(line);
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
			grp_stat_text(st, &t);
			strbuf_printf(&l, "%s: gem. %s, mediaan %s (%zu %s).", c->qualities[k].name,
				      t.mean, t.median, st->n,
				      grp_plural(st->n, "deelnemer", "deelnemers"));
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

void grp_render_text(struct strbuf *b, const struct group_report_input *in)
{
	const struct group *g = in->g;
	/* the header wrapped at 78 columns, like the rest of the text report */
	struct strbuf h;
	strbuf_init(&h);
	grp_header(&h, in, false);
	if (in->baseline && group_suppressed(in->baseline, in->min_group))
		grp_suppressed(&h, in->baseline, in->min_group, "de nulmeting", false);
	bool hide = group_suppressed(g, in->min_group);
	if (hide)
		grp_suppressed(&h, g, in->min_group, "groepscijfers", false);
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
	grp_shared(b, g, false);
}
