/* How large a session of a questionnaire can become, against what
 * session_load reads (SESSION_MAX_FILE): spiegel check's rule, so that no
 * questionnaire that passes it makes sessions spiegel cannot read back. */
#include "spiegel/session.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* The longest option value of it (the second longest with skip). */
static const char *longest_value(const struct item *it, const char *skip)
{
	const char *best = NULL;
	for (size_t k = 0; k < it->n_options; k++) {
		const char *v = it->options[k].value;
		if (v != skip && (!best || strlen(v) > strlen(best)))
			best = v;
	}
	return best;
}

size_t session_max_json(const struct questionnaire *q)
{
	/* built and printed for real, so that the bound follows the format;
	 * '"' is the character that takes the most room in JSON (\") */
	char *text = malloc(CONTENT_MAX_OPEN_TEXT + 1), *name = malloc(SESSION_MAX_NAME + 1);
	struct session *s = NULL;
	size_t len = SIZE_MAX;
	if (!text || !name)
		goto out;
	memset(text, '"', CONTENT_MAX_OPEN_TEXT);
	text[CONTENT_MAX_OPEN_TEXT] = '\0';
	memset(name, '"', SESSION_MAX_NAME);
	name[SESSION_MAX_NAME] = '\0';
	s = session_create("00000000-000000-000000", q, name, 0);
	if (!s)
		goto out;
	s->finished = true;
	const char *longest_id = NULL, *open = NULL;
	for (size_t i = 0; i < q->n_items; i++) {
		const struct item *it = &q->items[i];
		struct answer a = {ANSWER_VALUE, CONTENT_SCALE_POINTS, NULL, NULL};
		if (it->type == ITEM_OPEN) {
			a = (struct answer){ANSWER_TEXT, 0, text, NULL};
			open = it->id;
		} else if (it->type == ITEM_CHOICE && it->n_options) {
			a = (struct answer){ANSWER_CHOICE, 0, longest_value(it, NULL), NULL};
		} else if (it->type == ITEM_SCENARIO && it->n_options > 1) {
			const char *most = longest_value(it, NULL);
			a = (struct answer){ANSWER_SCENARIO, 0, most, longest_value(it, most)};
		}
		if (!session_set(s, it->id, a))
			goto out;
		if (a.kind == ANSWER_TEXT)
			session_set_shared(s, it->id, true);
		if (!longest_id || strlen(it->id) > strlen(longest_id))
			longest_id = it->id;
	}
	/* and a position and a draft (set after the answers, which drop it) */
	if ((longest_id && !session_set_position(s, longest_id)) ||
	    (open && !session_set_draft(s, open, text)))
		goto out;
	char *json = session_to_json(s, &len);
	free(json);
	if (!json)
		len = SIZE_MAX;
out:
	session_destroy(s);
	free(text);
	free(name);
	return len;
}

bool session_check_fits(const struct questionnaire *q, struct diag *d)
{
	size_t n = session_max_json(q);
	if (n <= SESSION_MAX_FILE)
		return true;
	if (n == SIZE_MAX)
		diag_add(d, "%s: onvoldoende geheugen", q->path);
	else
		diag_add(d,
			 "%s: een sessie van deze vragenlijst kan %zu bytes worden, meer dan "
			 "spiegel leest (%u); gebruik minder open vragen",
			 q->path, n, SESSION_MAX_FILE);
	return false;
}
