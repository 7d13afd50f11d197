#ifndef SPIEGEL_CORE_SCORE_INTERNAL_H
#define SPIEGEL_CORE_SCORE_INTERNAL_H

/* score_compute over answers already found by item (session_view): for the
 * modules that score many sessions (group.c); not a public header. */

#include "session_answers.h"
#include "spiegel/score.h"

/* The option of it with this value, or NULL. */
const struct choice_option *score_option_of(const struct item *it, const char *value);

/* The weerstand profile of the answers in view into p (score_profile.c):
 * tallies, figures, preferences and (with rules) the matching rules, the
 * per-section figures in the caller's arrays (q->n_sections each) or, with
 * score_profile, in arrays p owns (score_finish frees them; false on OOM). */
void score_profile_into(const struct questionnaire *q, const struct session_answer *const *view,
			struct profile_result *p, double *sec_score, bool *has_sec,
			long long *sec_sum, size_t *sec_n, bool rules);
bool score_profile(const struct questionnaire *q, const struct session_answer *const *view,
		   struct profile_result *p);

/* score_compute with view[i] the answer to item i of q (NULL: none) and s
 * the session whose chosen focus counts (NULL: none). */
bool score_compute_view(const struct catalogue *c, const struct questionnaire *q,
			const struct session *s, const struct session_answer *const *view,
			struct score_result *r);

/* The figures of score_compute that a group adds up, for many sessions in
 * turn without allocating: the practice and quality scores and the
 * weerstand profile's tallies and preferences (no focus, steps or matched
 * rules), into r, whose arrays live in t (made for c and q) until the next
 * call; r is not to be passed to score_finish. */
struct score_scratch;
struct score_scratch *score_scratch_create(const struct catalogue *c,
					   const struct questionnaire *q);
void score_scratch_destroy(struct score_scratch *t);
void score_figures(const struct catalogue *c, const struct questionnaire *q,
		   const struct session_answer *const *view, struct score_scratch *t,
		   struct score_result *r);

#endif
