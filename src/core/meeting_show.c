/* What the meeting screens show that is not a plain field of the model:
 * today's date, dates as a coach types them, a step in a few words, the
 * catalogue steps that fit the casus, a method's minutes. */
#include "spiegel/meeting.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "meeting_internal.h"

void meeting_today(time_t now, char *buf, size_t size)
{
	struct tm tm;
	if (!size)
		return;
	buf[0] = '\0';
	if (!localtime_r(&now, &tm))
		return;
	char iso[32];
	snprintf(iso, sizeof(iso), "%04d-%02d-%02d", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
	if (meeting_date_ok(iso))
		snprintf(buf, size, "%s", iso);
}

static const char *const month_names[] = {"januari",   "februari", "maart",    "april",
					  "mei",       "juni",	   "juli",     "augustus",
					  "september", "oktober",  "november", "december"};

/* A month by name: in full or its first three letters (any case); 0 for
 * none. */
static int month_of(const char *s, size_t n)
{
	for (int m = 0; m < 12; m++) {
		size_t full = strlen(month_names[m]);
		if ((n == full || n == 3) && n <= full && strncasecmp(s, month_names[m], n) == 0)
			return m + 1;
	}
	return 0;
}

/* Digits at *p (1 to max of them) as a number; -1 for none. */
static int number(const char **p, int max)
{
	int v = 0, k = 0;
	while (k < max && isdigit((unsigned char)**p)) {
		v = v * 10 + (**p - '0');
		(*p)++;
		k++;
	}
	return k ? v : -1;
}

bool meeting_date_parse(const char *typed, char *iso, size_t size)
{
	if (!typed || size < MEETING_DATE_LEN + 1)
		return false;
	const char *p = typed;
	while (*p == ' ')
		p++;
	char out[32];
	int first = number(&p, 4);
	int y = -1, m = -1, dd = -1;
	if (first >= 1000 && *p == '-') {
		/* 2026-12-01 */
		p++;
		y = first;
		m = number(&p, 2);
		if (*p++ != '-')
			return false;
		dd = number(&p, 2);
	} else if (first >= 1 && first <= 31 && (*p == '-' || *p == '/' || *p == '.')) {
		/* 1-12-2026, 1/12/2026, 1.12.2026 */
		char sep = *p++;
		dd = first;
		m = number(&p, 2);
		if (*p++ != sep)
			return false;
		y = number(&p, 4);
	} else if (first >= 1 && first <= 31 && *p == ' ') {
		/* 1 december 2026, 1 dec 2026 */
		while (*p == ' ')
			p++;
		const char *w = p;
		while (isalpha((unsigned char)*p))
			p++;
		dd = first;
		m = month_of(w, (size_t)(p - w));
		if (*p == '.')
			p++;
		while (*p == ' ')
			p++;
		y = number(&p, 4);
	}
	while (*p == ' ')
		p++;
	if (*p || y < 1000 || m < 1 || dd < 1)
		return false;
	snprintf(out, sizeof(out), "%04d-%02d-%02d", y, m, dd);
	if (!meeting_date_ok(out))
		return false;
	snprintf(iso, size, "%s", out);
	return true;
}

static const struct next_step *catalogue_step(const struct catalogue *cat, const char *id)
{
	for (size_t p = 0; cat && id && p < cat->n_practices; p++)
		for (size_t k = 0; k < cat->practices[p].n_steps; k++)
			if (strcmp(cat->practices[p].steps[k].id, id) == 0)
				return &cat->practices[p].steps[k];
	return NULL;
}

const char *meeting_step_title(const struct meeting_step *s, const struct catalogue *cat)
{
	if (!s)
		return "";
	if (!s->step)
		return s->text;
	const struct next_step *ns = catalogue_step(cat, s->step);
	return ns ? ns->title : s->step;
}

size_t meeting_step_options(const struct meeting *m, const struct meeting_kit *kit,
			    const struct catalogue *cat, const struct next_step **out, size_t max)
{
	size_t n = 0;
	bool seen[64] = {false};
	for (size_t t = 0; m && kit && cat && t < m->n_tags; t++) {
		const struct meeting_card *c = meeting_kit_card(kit, m->tags[t]);
		if (!c || c->practice >= cat->n_practices ||
		    (c->practice < 64 && seen[c->practice]))
			continue;
		if (c->practice < 64)
			seen[c->practice] = true;
		const struct practice *pr = &cat->practices[c->practice];
		for (size_t k = 0; k < pr->n_steps && n < max; k++)
			out[n++] = &pr->steps[k];
	}
	return n;
}

unsigned meeting_method_minutes(const struct meeting_method *me)
{
	unsigned sum = 0;
	for (size_t p = 0; me && p < me->n_phases; p++)
		sum += me->phases[p].minutes;
	return sum;
}
