#ifndef SPIEGEL_MEETING_KIT_H
#define SPIEGEL_MEETING_KIT_H

/*
 * The meeting kit (doc/content-format.md, "Meeting kit"): the intervisie
 * methods and the prompt cards a coach uses in a meeting, from
 * <content>/intervisie/kit.json ("spiegel-meeting-kit/1").
 *
 * A method has phases, each with suggested minutes and one to three short
 * questions; methods are general knowledge (their source is the
 * bibliography's "algemeen" entry). A prompt card belongs to a
 * questionnaire dimension ("VIS.A1") or a practice ("visie"): two or three
 * open questions, one deepening question on values or beliefs, and a
 * source resolved against the catalogue's bibliography, shown as a full
 * reference (content_source_format).
 *
 * Loaded whole or not at all; the kit owns all its memory.
 */

#include <stdbool.h>
#include <stddef.h>

#include "spiegel/content.h"
#include "spiegel/diag.h"

#define MEETING_KIT_FILE "intervisie/kit.json"
#define MEETING_KIT_MAX_FILE (1024u * 1024u)
#define MEETING_MAX_PHASES 8
#define MEETING_MAX_PHASE_QUESTIONS 3
#define MEETING_MAX_CARD_QUESTIONS 3

struct meeting_phase {
	const char *id, *title;
	unsigned minutes; /* suggested, 1-60 */
	const char *questions[MEETING_MAX_PHASE_QUESTIONS];
	size_t n_questions;
};

struct meeting_method {
	const char *id, *name, *summary, *fits;
	struct source_ref source;
	struct meeting_phase phases[MEETING_MAX_PHASES];
	size_t n_phases;
};

enum card_kind { CARD_DIMENSION, CARD_PRACTICE };

struct meeting_card {
	const char *id, *title;
	enum card_kind kind;
	size_t practice; /* the catalogue practice it belongs to */
	const char *questions[MEETING_MAX_CARD_QUESTIONS];
	size_t n_questions; /* 2 or 3 */
	const char *deepening;
	struct source_ref source;
};

struct meeting_kit_impl;
struct meeting_kit {
	const char *path, *version;
	const char *note; /* what the coach reads about the methods' origin */
	const struct meeting_method *methods;
	size_t n_methods;
	const struct meeting_card *cards;
	size_t n_cards;
	struct meeting_kit_impl *impl;
};

/* Load and validate the kit file path against the catalogue (practices,
 * bibliography, placeholders). NULL with messages naming the file and the
 * place. */
struct meeting_kit *meeting_kit_load(const char *path, const struct catalogue *cat, struct diag *d);
struct meeting_kit *meeting_kit_parse(const char *name, const char *text, size_t len,
				      const struct catalogue *cat, struct diag *d);
/* <dir>/intervisie/kit.json; missing is an error too (the kit ships with
 * the content). */
struct meeting_kit *meeting_kit_load_dir(const char *dir, const struct catalogue *cat,
					 struct diag *d);
void meeting_kit_destroy(struct meeting_kit *k);

const struct meeting_method *meeting_kit_method(const struct meeting_kit *k, const char *id);
const struct meeting_card *meeting_kit_card(const struct meeting_kit *k, const char *id);
/* The text of question q (1-based) of card: an open question, or the
 * deepening question for n_questions + 1; NULL out of range. */
const char *meeting_card_question(const struct meeting_card *c, unsigned q);

/*
 * The rules of `spiegel check` for the kit (content that loads, but should
 * be better): every practice of the catalogue has a card; every method the
 * issue names is there (incidentmethode, roddelmethode, balint, socratisch,
 * kernkwadranten, alact, waarderend, vijfstappen); methods cite the
 * bibliography's general-knowledge entry; cards cite a seed source, not
 * general knowledge; questions end in '?'; a method's minutes add up to at
 * most 120. Each finding is one message; true when there are none.
 */
bool meeting_kit_check(const struct meeting_kit *k, const struct catalogue *cat, struct diag *d);

#endif
