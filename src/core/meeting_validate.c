/* A loaded group's meetings checked against the content: the kit's
 * methods, cards and questions, and the catalogue's next steps. */
#include <stdio.h>
#include <string.h>

#include "meeting_internal.h"

static bool catalogue_has_step(const struct catalogue *cat, const char *id)
{
	for (size_t p = 0; p < cat->n_practices; p++)
		for (size_t s = 0; s < cat->practices[p].n_steps; s++)
			if (strcmp(cat->practices[p].steps[s].id, id) == 0)
				return true;
	return false;
}

static bool validate_one(const struct intervisie *iv, size_t i, const struct meeting_kit *kit,
			 const struct catalogue *cat, const char *name, struct diag *d)
{
	const struct meeting *m = &iv->meetings[i];
	char label[96], w[4200];
	mtg_label(iv, i, label, sizeof(label));
	snprintf(w, sizeof(w), "%s: %s", name, label);
	bool ok = true;
	const struct meeting_method *me = meeting_kit_method(kit, m->method);
	if (!me) {
		diag_add(d, "%s: onbekende methode \"%s\"", w, m->method);
		ok = false;
	} else if (m->phase > me->n_phases) {
		diag_add(d, "%s: fase %zu bestaat niet in %s (%zu fasen)", w, m->phase + 1,
			 me->name, me->n_phases);
		ok = false;
	}
	for (size_t t = 0; t < m->n_tags; t++)
		if (!meeting_kit_card(kit, m->tags[t])) {
			diag_add(d, "%s: geen gesprekskaart \"%s\"", w, m->tags[t]);
			ok = false;
		}
	for (size_t a = 0; a < m->n_asked; a++) {
		const struct meeting_card *c = meeting_kit_card(kit, m->asked[a].card);
		if (!meeting_card_question(c, m->asked[a].question)) {
			diag_add(d, "%s: gesprekskaart \"%s\" heeft geen vraag %u", w,
				 m->asked[a].card, m->asked[a].question);
			ok = false;
		}
	}
	for (size_t s = 0; s < m->n_steps; s++)
		if (m->steps[s].step && cat && !catalogue_has_step(cat, m->steps[s].step)) {
			diag_add(d, "%s: stap van %s: \"%s\" staat niet in de catalogus", w,
				 m->steps[s].alias, m->steps[s].step);
			ok = false;
		}
	return ok;
}

bool meeting_validate(const struct intervisie *iv, const struct meeting_kit *kit,
		      const struct catalogue *cat, const char *name, struct diag *d)
{
	bool ok = true;
	for (size_t i = 0; i < iv->n_meetings; i++)
		ok &= validate_one(iv, i, kit, cat, name, d);
	return ok;
}
