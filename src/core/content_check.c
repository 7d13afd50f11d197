/* The mechanical rules of spiegel check that go beyond loading
 * (doc/content-format.md, "What spiegel check enforces"). */
#include "spiegel/feedback.h"
#include "content_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static bool blank(const char *s)
{
	for (; s && *s; s++)
		if (*s != ' ' && *s != '\t' && *s != '\n')
			return false;
	return true;
}

/* "hoofdstuk 10, ..." -> 10; "Inleiding ..." -> 0; anything else -> -1. */
static int chapter_number(const char *s)
{
	if (!s)
		return -1;
	if (strncasecmp(s, "inleiding", 9) == 0)
		return 0;
	if (strncasecmp(s, "hoofdstuk ", 10) != 0)
		return -1;
	return atoi(s + 10) > 0 ? atoi(s + 10) : -1;
}

/* What the source says about itself agrees with the entry its lines lie
 * in: the same authors, the same chapter. */
static bool check_source(const struct source_ref *s, const char *path, const char *where,
			 struct diag *d)
{
	const struct bib_entry *e = s->entry;
	if (!e)
		return true;
	bool ok = true;
	if (s->authors && e->authors && strcmp(s->authors, e->authors) != 0) {
		diag_add(d,
			 "%s: %s: bron noemt de auteurs \"%s\", maar de regels %s liggen in %s "
			 "(%s)",
			 path, where, s->authors, s->lines ? s->lines : "?", e->id, e->authors);
		ok = false;
	}
	int said = chapter_number(s->chapter), is = e->chapter ? chapter_number(e->chapter) : 0;
	if (said >= 0 && e->in && said != is) {
		diag_add(d, "%s: %s: bron noemt \"%s\", maar de regels %s liggen in %s (%s)", path,
			 where, s->chapter, s->lines ? s->lines : "?", e->id,
			 e->chapter ? e->chapter : e->title);
		ok = false;
	}
	return ok;
}

static bool check_sources(const struct questionnaire *q, struct diag *d)
{
	bool ok = true;
	char w[96];
	for (size_t i = 0; i < q->n_items; i++) {
		snprintf(w, sizeof(w), "item %s", q->items[i].id);
		ok &= check_source(&q->items[i].source, q->path, w, d);
	}
	const struct profile *pf = q->profile;
	for (size_t i = 0; pf && i < pf->n_steps_lib; i++) {
		snprintf(w, sizeof(w), "profile: stap %s", pf->steps_lib[i].id);
		ok &= check_source(&pf->steps_lib[i].source, q->path, w, d);
	}
	for (size_t i = 0; pf && i < pf->n_rules; i++) {
		snprintf(w, sizeof(w), "profile: regel %s", pf->rules[i].id);
		ok &= check_source(&pf->rules[i].source, q->path, w, d);
	}
	return ok;
}

/* Every question that is scored says why it matters. */
static bool check_help(const struct questionnaire *q, struct diag *d)
{
	bool ok = true;
	for (size_t i = 0; i < q->n_items; i++) {
		const struct item *it = &q->items[i];
		if ((it->type == ITEM_LIKERT || it->type == ITEM_SCENARIO) && blank(it->help)) {
			diag_add(
			    d,
			    "%s: item %s: geen uitleg (\"help\"): zeg waarom de vraag ertoe doet",
			    q->path, it->id);
			ok = false;
		}
	}
	return ok;
}

/* The keys of the situations: every approach that can fit fits somewhere,
 * and no approach is the only fitting one in more than
 * CONTENT_MAX_SOLE_KEY_PCT percent of them. */
static bool check_keys(const struct questionnaire *q, const struct profile *pf, struct diag *d)
{
	size_t n = 0, fitting[N_APPROACHES] = {0}, sole[N_APPROACHES] = {0};
	for (size_t i = 0; i < q->n_items; i++) {
		const struct item *it = &q->items[i];
		if (it->type != ITEM_SCENARIO)
			continue;
		n++;
		int count = 0, last = -1;
		for (int k = 0; k < N_APPROACHES; k++)
			if (it->fitting & (1u << k)) {
				fitting[k]++;
				count++;
				last = k;
			}
		if (count == 1)
			sole[last]++;
	}
	if (n == 0)
		return true;
	bool ok = true;
	for (int k = 0; k < N_APPROACHES; k++) {
		const char *name = pf->approaches[k].name ? pf->approaches[k].name : "?";
		if (k != APPROACH_EROMHEEN && fitting[k] == 0) {
			diag_add(d,
				 "%s: aanpak %s past in geen enkele situatie (\"fitting\"); elke "
				 "aanpak behalve eromheen hoort ergens te passen",
				 q->path, name);
			ok = false;
		}
		if (sole[k] * 100 > CONTENT_MAX_SOLE_KEY_PCT * n) {
			diag_add(d,
				 "%s: aanpak %s is in %zu van de %zu situaties de enige passende; "
				 "hoogstens %zu",
				 q->path, name, sole[k], n, CONTENT_MAX_SOLE_KEY_PCT * n / 100);
			ok = false;
		}
	}
	return ok;
}

/* Each of the four steps rests on enough likert items and can lead to a
 * next step of its own (a rule with a condition on that step). */
static bool check_steps(const struct questionnaire *q, const struct profile *pf, struct diag *d)
{
	bool ok = true;
	for (int k = 0; k < STEP_ARGUMENTEREN; k++) {
		size_t items = 0, rules = 0;
		for (size_t i = 0; i < q->n_items; i++)
			items += q->items[i].type == ITEM_LIKERT && q->items[i].step == k;
		for (size_t r = 0; r < pf->n_rules; r++)
			for (size_t c = 0; c < pf->rules[r].n_when; c++) {
				const struct condition *w = &pf->rules[r].when[c];
				rules +=
				    (w->measure == MEASURE_STEP || w->measure == MEASURE_FIRST) &&
				    w->arg == k;
			}
		const char *name = pf->steps[k].name ? pf->steps[k].name : content_step_id(k);
		if (items < CONTENT_MIN_STEP_ITEMS) {
			diag_add(d, "%s: stap %s: %zu likert-%s met \"step\"; minstens %d nodig",
				 q->path, name, items, items == 1 ? "vraag" : "vragen",
				 CONTENT_MIN_STEP_ITEMS);
			ok = false;
		}
		if (rules == 0) {
			diag_add(d,
				 "%s: stap %s: geen regel in \"profile\" met een voorwaarde op "
				 "step.%s of first.%s, dus geen eigen volgende stap",
				 q->path, name, content_step_id(k), content_step_id(k));
			ok = false;
		}
	}
	return ok;
}

/* Texts with limits stay within them in every sector. */
static bool check_lengths(const struct catalogue *c, const struct questionnaire *q, struct diag *d)
{
	bool ok = true;
	for (size_t i = 0; i < q->n_items; i++) {
		const struct item *it = &q->items[i];
		if (!it->title || !strchr(it->title, '{'))
			continue;
		for (int s = 0; s < N_SECTORS; s++) {
			char *t = content_subst(c, (enum sector)s, it->title);
			if (t && strlen(t) > CONTENT_ID_MAX) {
				diag_add(d,
					 "%s: item %s: \"title\" is voor %s langer dan %d tekens",
					 q->path, it->id, content_sector_id((enum sector)s),
					 CONTENT_ID_MAX);
				ok = false;
			}
			free(t);
		}
	}
	return ok;
}

bool content_check_rules(const struct catalogue *c, const struct questionnaire *q, struct diag *d)
{
	bool ok = check_help(q, d);
	ok &= check_sources(q, d);
	if (q->profile) {
		ok &= check_keys(q, q->profile, d);
		ok &= check_steps(q, q->profile, d);
	}
	if (c)
		ok &= check_lengths(c, q, d);
	ok &= feedback_check_observer(q, d);
	return ok;
}

bool content_check_catalogue(const struct catalogue *c, const struct questionnaire *const *qs,
			     size_t n, struct diag *d)
{
	bool ok = true;
	char w[96];
	for (size_t p = 0; p < c->n_practices; p++) {
		const struct practice *pr = &c->practices[p];
		ok &= check_source(&pr->source, c->path, pr->id, d);
		for (size_t l = 0; l < c->n_levels; l++)
			if (!content_step_nth(pr, NULL, (int)l, 0)) {
				diag_add(
				    d,
				    "%s: praktijk %s: geen volgende stap voor niveau %s die in "
				    "elke vragenlijst past",
				    c->path, pr->id, c->levels[l].id);
				ok = false;
			}
		for (size_t i = 0; i < pr->n_steps; i++) {
			const struct next_step *st = &pr->steps[i];
			snprintf(w, sizeof(w), "stap %s", st->id);
			ok &= check_source(&st->source, c->path, w, d);
			for (size_t k = 0; k < st->n_questionnaires; k++) {
				bool found = false;
				for (size_t j = 0; j < n && !found; j++)
					found = strcmp(qs[j]->id, st->questionnaires[k]) == 0;
				if (!found) {
					diag_add(
					    d,
					    "%s: stap %s: \"questionnaires\" noemt \"%s\", maar "
					    "die vragenlijst bestaat niet",
					    c->path, st->id, st->questionnaires[k]);
					ok = false;
				}
			}
		}
	}
	return ok;
}

bool content_check_questionnaire(const struct questionnaire *q, struct diag *d)
{
	bool ok = true;
	for (size_t si = 0; si < q->n_sections; si++) {
		const struct section *sec = &q->sections[si];
		size_t likert = 0, reverse = 0;
		for (size_t i = 0; i < sec->n_items; i++) {
			const struct item *it = &q->items[sec->first_item + i];
			if (it->type == ITEM_LIKERT) {
				likert++;
				reverse += it->reverse;
			}
		}
		if (likert == 0)
			continue;
		if (likert < CONTENT_MIN_DIMENSION) {
			diag_add(
			    d,
			    "%s: sectie %s: %zu likert-vragen; een dimensie heeft er minstens %d",
			    q->path, sec->id, likert, CONTENT_MIN_DIMENSION);
			ok = false;
		}
		if (reverse == 0) {
			diag_add(
			    d, "%s: sectie %s: geen omgekeerd gescoorde vraag (\"reverse\": true)",
			    q->path, sec->id);
			ok = false;
		}
	}
	return ok;
}

bool content_check_coverage(const struct catalogue *c, const struct questionnaire *q,
			    struct diag *d)
{
	bool ok = true;
	for (size_t i = 0; i < q->n_primary; i++) {
		size_t p = q->primary[i], items;
		unsigned milli;
		content_full_coverage(q, p, &milli, &items);
		if (!content_coverage_enough(c, milli, items)) {
			diag_add(d,
				 "%s: praktijk %s staat in \"practices\", maar de vragen dekken "
				 "haar niet genoeg: gewicht %u.%03u over %zu %s, minstens %u.%03u "
				 "over %d nodig",
				 q->path, c->practices[p].id, milli / 1000, milli % 1000, items,
				 items == 1 ? "vraag" : "vragen", c->min_weight_milli / 1000,
				 c->min_weight_milli % 1000, c->min_items);
			ok = false;
		}
	}
	return ok;
}

bool content_check_set(const struct catalogue *c, const struct questionnaire *const *qs, size_t n,
		       struct diag *d)
{
	bool ok = true;
	for (size_t a = 0; a < n; a++) {
		ok &= content_check_questionnaire(qs[a], d);
		ok &= content_check_rules(c, qs[a], d);
		if (c)
			ok &= content_check_coverage(c, qs[a], d);
	}
	if (c)
		ok &= content_check_catalogue(c, qs, n, d);
	if (c && n > 0) {
		for (size_t p = 0; p < c->n_practices; p++) {
			size_t reach = 0;
			for (size_t a = 0; a < n; a++)
				for (size_t i = 0; i < qs[a]->n_items; i++)
					for (size_t k = 0; k < qs[a]->items[i].n_weights; k++)
						reach += qs[a]->items[i].weights[k].practice == p;
			if (reach < CONTENT_MIN_REACH) {
				diag_add(d, "%s: praktijk %s: maar %zu %s erop, minstens %d nodig",
					 c->path, c->practices[p].id, reach,
					 reach == 1 ? "vraag weegt" : "vragen wegen",
					 CONTENT_MIN_REACH);
				ok = false;
			}
		}
	}
	for (size_t a = 0; a < n; a++) {
		for (size_t b = a + 1; b < n; b++) {
			if (strcmp(qs[a]->id, qs[b]->id) == 0) {
				diag_add(d, "%s: vragenlijst-id \"%s\" komt ook voor in %s",
					 qs[b]->path, qs[b]->id, qs[a]->path);
				ok = false;
			}
			for (size_t i = 0; i < qs[a]->n_items; i++)
				for (size_t j = 0; j < qs[b]->n_items; j++)
					if (strcmp(qs[a]->items[i].id, qs[b]->items[j].id) == 0 &&
					    !content_items_same(&qs[a]->items[i],
								&qs[b]->items[j])) {
						diag_add(d,
							 "%s: item %s: id komt ook voor in %s, "
							 "met een andere vraag (een gedeeld item "
							 "moet overal gelijk zijn)",
							 qs[b]->path, qs[b]->items[j].id,
							 qs[a]->path);
						ok = false;
					}
		}
	}
	return ok;
}
