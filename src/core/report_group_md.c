/* The group report as markdown. */
#include "spiegel/report.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report_group_internal.h"

static void practices_md(struct strbuf *b, const struct group_report_input *in)
{
	const struct group *g = in->g;
	const struct catalogue *c = g->cat;
	strbuf_puts(b, "\n## Leiderschapspraktijken\n\nScore 0-100 per deelnemer; n is het aantal "
		       "deelnemers met een score, vragen het aantal vragen waarop de praktijk "
		       "rust; sd is de standaardafwijking (spreiding).\n\n");
	strbuf_puts(b, "| Praktijk | vragen | n | gemiddelde | mediaan | sd | min | max |\n");
	strbuf_puts(b, "|---|---:|---:|---:|---:|---:|---:|---:|\n");
	struct practice_row r = {0};
	for (; grp_practice_row(g, &r); r.p++) {
		strbuf_puts(b, "| ");
		rpt_md_escape(b, c->practices[r.p].name);
		strbuf_printf(b, " | %zu | %zu | %s | %s | %s | %s | %s |\n",
			      g->practice_items[r.p], r.st->n, r.t.mean, r.t.median, r.t.sd,
			      r.t.min, r.t.max);
	}
}

static void profile_md(struct strbuf *b, const struct group *g)
{
	if (!group_profile_shown(g))
		return;
	const struct group_profile *gp = &g->profile;
	const struct profile *pf = g->q->profile;
	strbuf_puts(b, "\n## Weerstandsprofiel van de groep\n\n");
	grp_profile_count(b, g);
	strbuf_puts(b, ". Score per aanpak: (meest - minst waarschijnlijk) / situaties, van -1 "
		       "tot +1. Voorkeur: bij hoeveel deelnemers het hun voorkeursaanpak is.\n\n");
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
	grp_profile_shares(b, g, "\n", "\n", rpt_md_escape);
}

static void items_md(struct strbuf *b, const struct group_report_input *in)
{
	const struct group *g = in->g;
	strbuf_puts(b, "\n## Antwoorden per vraag\n\nAantal deelnemers per antwoord");
	strbuf_puts(b, group_baseline_shown(in->baseline, in->min_group) && g->n_common
			   ? "; bij de vragen die ook in de nulmeting stonden, ook de aantallen "
			     "van de nulmeting.\n"
			   : ".\n");
	struct item_view v;
	for (size_t i = 0; i < g->q->n_items; i++) {
		grp_item_view(in, i, &v);
		const struct group_item *gi = v.gi, *bi = v.bi;
		strbuf_printf(b, "\n**%s** ", v.it->id);
		rpt_md_escape(b, v.title);
		strbuf_puts(b, "\n\n");
		if (v.it->type == ITEM_OPEN) {
			strbuf_printf(b, "%zu beantwoord, %zu gedeeld met de groep", gi->answered,
				      gi->shared);
			if (bi)
				strbuf_printf(b, " (nulmeting: %zu beantwoord, %zu gedeeld)",
					      bi->answered, bi->shared);
			strbuf_puts(b, ".\n");
			continue;
		}
		bool scen = v.scen;
		if (scen)
			strbuf_puts(b,
				    bi ? "| Reactie | meest | minst | nulmeting meest | nulmeting "
					 "minst |\n|---|---:|---:|---:|---:|\n"
				       : "| Reactie | meest | minst |\n|---|---:|---:|\n");
		else
			strbuf_puts(b, bi ? "| Antwoord | aantal | nulmeting |\n|---|---:|---:|\n"
					  : "| Antwoord | aantal |\n|---|---:|\n");
		for (size_t k = 0; k < v.n; k++) {
			strbuf_puts(b, "| ");
			rpt_md_escape(b, v.d[k].label);
			if (scen)
				strbuf_printf(b, " | %zu | %zu |", v.d[k].count, v.d[k].least);
			else
				strbuf_printf(b, " | %zu |", v.d[k].count);
			if (bi && scen)
				strbuf_printf(b, " %zu | %zu |", v.e[k].count, v.e[k].least);
			else if (bi)
				strbuf_printf(b, " %zu |", v.e[k].count);
			strbuf_puts(b, "\n");
		}
		strbuf_printf(b, "| geen antwoord | %zu |%s", gi->missing, scen ? " |" : "");
		if (bi)
			strbuf_printf(b, " %zu |%s", bi->missing, scen ? " |" : "");
		strbuf_puts(b, "\n");
	}
}

static void change_row_md(struct strbuf *b, const struct group *g, const struct change_row *r)
{
	strbuf_puts(b, "| ");
	rpt_md_escape(b, g->cat->practices[r->p].name);
	strbuf_printf(b, " | %zu | %s | %s | %s |\n", g->compared_items[r->p], r->base_mean,
		      r->now_mean, r->change);
}

static const struct change_format change_md = {
    .heading = "\n## Verandering sinds de nulmeting\n\n",
    .no_common = "De metingen hebben geen vragen gemeen, dus er is geen verandering te "
		 "berekenen.\n",
    .legend_head = "Alleen over de ",
    .legend_tail = " die beide metingen delen, dus los van de scores hierboven. Gedeelde "
		   "vragen: hoeveel daarvan bij de praktijk horen; verandering: het gemiddelde "
		   "nu min het gemiddelde bij de nulmeting.\n\n",
    .table_head = "| Praktijk | gedeelde vragen | nulmeting | nu | verandering "
		  "|\n|---|---:|---:|---:|---:|\n",
    .table_end = "",
    .no_rows = "Geen praktijk is over de gedeelde vragen in beide metingen gemeten.\n",
    .end = "",
    .row = change_row_md,
};

void grp_render_markdown(struct strbuf *b, const struct group_report_input *in)
{
	const struct group *g = in->g;
	grp_header(b, in, true);
	if (in->baseline && group_suppressed(in->baseline, in->min_group))
		grp_suppressed(b, in->baseline, in->min_group, "de nulmeting", true);
	if (group_suppressed(g, in->min_group)) {
		grp_suppressed(b, g, in->min_group, "groepscijfers", true);
		return;
	}
	practices_md(b, in);
	grp_change_section(b, in, &change_md);
	profile_md(b, g);
	items_md(b, in);
	grp_shared(b, g, true);
}
