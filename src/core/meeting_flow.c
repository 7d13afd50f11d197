/* A meeting in motion: the phase timer, the phases, the follow-up of
 * earlier steps and the group view kept per meeting. Pure state: the time
 * is passed in. */
#include "spiegel/meeting.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "meeting_internal.h"

/* ---- the timer ---- */

void meeting_timer_start(struct meeting_timer *t, time_t now)
{
	if (t->running)
		return;
	t->running = true;
	t->since = (long long)now;
}

void meeting_timer_pause(struct meeting_timer *t, time_t now)
{
	if (!t->running)
		return;
	t->banked = meeting_timer_elapsed(t, now);
	t->running = false;
	t->since = 0;
}

void meeting_timer_reset(struct meeting_timer *t)
{
	memset(t, 0, sizeof(*t));
}

long long meeting_timer_elapsed(const struct meeting_timer *t, time_t now)
{
	long long s = t->banked < 0 ? 0 : t->banked;
	if (t->running && (long long)now > t->since)
		s += (long long)now - t->since;
	return s > MEETING_MAX_SECONDS ? MEETING_MAX_SECONDS : s;
}

void meeting_timer_text(const struct meeting_timer *t, time_t now, unsigned minutes, char *buf,
			size_t size)
{
	long long s = meeting_timer_elapsed(t, now);
	int len;
	if (minutes)
		len = snprintf(buf, size, "%02lld:%02lld van %02u:00", s / 60, s % 60, minutes);
	else
		len = snprintf(buf, size, "%02lld:%02lld", s / 60, s % 60);
	if (len < 0 || (size_t)len >= size)
		return;
	long long over = minutes ? s - (long long)minutes * 60 : 0;
	if (over >= 60)
		snprintf(buf + len, size - (size_t)len, " · %lld min over de tijd%s", over / 60,
			 t->running ? "" : " (gepauzeerd)");
	else if (!t->running)
		snprintf(buf + len, size - (size_t)len, " (gepauzeerd)");
}

/* ---- phases ---- */

bool meeting_phase_next(struct meeting *m, size_t n_phases, time_t now)
{
	if (m->phase >= n_phases)
		return false;
	bool running = m->timer.running;
	m->phase++;
	meeting_timer_reset(&m->timer);
	if (running && m->phase < n_phases)
		meeting_timer_start(&m->timer, now);
	return true;
}

bool meeting_phase_back(struct meeting *m, time_t now)
{
	if (m->phase == 0)
		return false;
	bool running = m->timer.running;
	m->phase--;
	meeting_timer_reset(&m->timer);
	if (running)
		meeting_timer_start(&m->timer, now);
	return true;
}

/* ---- follow-up ---- */

static const char *const fu_ids[N_FOLLOWUP] = {"gedaan", "deels", "nog_niet"};
static const char *const fu_names[N_FOLLOWUP] = {"gedaan", "deels", "nog niet"};

const char *meeting_followup_id(enum followup_status s)
{
	return (unsigned)s < N_FOLLOWUP ? fu_ids[s] : NULL;
}

const char *meeting_followup_name(enum followup_status s)
{
	return (unsigned)s < N_FOLLOWUP ? fu_names[s] : NULL;
}

int meeting_followup_find(const char *id)
{
	for (int i = 0; i < N_FOLLOWUP; i++)
		if (id && strcmp(id, fu_ids[i]) == 0)
			return i;
	return -1;
}

static const struct meeting_followup *find_followup(const struct meeting *m, const char *alias)
{
	for (size_t k = 0; k < m->n_followups; k++)
		if (strcmp(m->followups[k].alias, alias) == 0)
			return &m->followups[k];
	return NULL;
}

struct meeting_due meeting_due(const struct intervisie *iv, size_t i, const char *alias)
{
	struct meeting_due due = {false, 0, NULL, NULL};
	if (i >= iv->n_meetings || !alias)
		return due;
	for (size_t j = i; j-- > 0;) {
		const struct meeting_step *s = meeting_find_step(&iv->meetings[j], alias);
		if (!s)
			continue;
		/* looked back on in a meeting between j and i already */
		for (size_t k = j + 1; k < i; k++) {
			const struct meeting_followup *f = find_followup(&iv->meetings[k], alias);
			if (f && f->from == j + 1)
				return due;
		}
		due.found = true;
		due.from = j + 1;
		due.step = s;
		const struct meeting_followup *f = find_followup(&iv->meetings[i], alias);
		due.done = f && f->from == j + 1 ? f : NULL;
		return due;
	}
	return due;
}

bool meeting_set_followup(struct intervisie *iv, size_t i, const char *alias,
			  enum followup_status status, const char *what, struct diag *d)
{
	int p = alias ? intervisie_find_participant(iv, alias) : -1;
	if (i >= iv->n_meetings || p < 0 || (unsigned)status >= N_FOLLOWUP) {
		diag_add(d, "terugblik: onbekende bijeenkomst, deelnemer of stand");
		return false;
	}
	alias = iv->participants[p].alias;
	struct meeting_due due = meeting_due(iv, i, alias);
	if (!due.found) {
		diag_add(d, "terugblik: %s heeft geen stap van een eerdere bijeenkomst", alias);
		return false;
	}
	char label[96];
	snprintf(label, sizeof(label), "terugblik van %s", alias);
	utf8_trim(label);
	char *t = mtg_text(what, label, d);
	if (!t)
		return false;
	struct meeting *m = &iv->meetings[i];
	for (size_t k = 0; k < m->n_followups; k++)
		if (strcmp(m->followups[k].alias, alias) == 0) {
			free(m->followups[k].what);
			m->followups[k].what = t;
			m->followups[k].from = due.from;
			m->followups[k].status = status;
			return true;
		}
	char *a = strdup(alias);
	struct meeting_followup *nf =
	    m->n_followups < MEETING_MAX_STEPS
		? realloc(m->followups, (m->n_followups + 1) * sizeof(*nf))
		: NULL;
	if (nf)
		m->followups = nf;
	if (!a || !nf) {
		free(a);
		free(t);
		diag_add(d, "onvoldoende geheugen");
		return false;
	}
	m->followups[m->n_followups++] = (struct meeting_followup){a, due.from, status, t};
	return true;
}

void meeting_followup_count(const struct intervisie *iv, size_t i, size_t *due, size_t *answered)
{
	*due = *answered = 0;
	for (size_t p = 0; p < iv->n_participants; p++) {
		struct meeting_due du = meeting_due(iv, i, iv->participants[p].alias);
		*due += du.found;
		*answered += du.found && du.done;
	}
}

/* ---- the group view ---- */

bool meeting_keep_view(struct intervisie *iv, size_t i, const struct catalogue *cat,
		       const struct questionnaire *q)
{
	if (i >= iv->n_meetings)
		return false;
	struct intervisie_scores sc;
	if (!intervisie_scores_compute(iv, cat, q, &sc))
		return false;
	size_t n = 0;
	for (size_t p = 0; p < sc.n_practices; p++)
		n += sc.has_mean[p];
	struct meeting_mean *v = n ? calloc(n, sizeof(*v)) : NULL;
	bool ok = !n || v;
	size_t k = 0;
	for (size_t p = 0; ok && p < sc.n_practices; p++) {
		if (!sc.has_mean[p])
			continue;
		v[k].practice = strdup(cat->practices[p].id);
		/* tenths as the reports round: halves away from zero */
		v[k].tenths = lround(sc.mean[p] * 10.0);
		v[k].n = sc.n[p];
		ok = v[k++].practice != NULL;
	}
	intervisie_scores_finish(&sc);
	if (!ok) {
		for (size_t j = 0; j < k; j++)
			free(v[j].practice);
		free(v);
		return false;
	}
	struct meeting *m = &iv->meetings[i];
	for (size_t j = 0; j < m->n_view; j++)
		free(m->view[j].practice);
	free(m->view);
	m->view = v;
	m->n_view = n;
	return true;
}

void meeting_compare_view(const struct intervisie *iv, size_t i, struct meeting_change *out,
			  size_t max, size_t *n, size_t *prev)
{
	*n = 0;
	*prev = 0;
	if (i >= iv->n_meetings || !iv->meetings[i].n_view)
		return;
	size_t j = i;
	while (j-- > 0 && !iv->meetings[j].n_view)
		;
	if (j >= i) /* wrapped: no earlier view */
		return;
	*prev = j + 1;
	const struct meeting *a = &iv->meetings[j], *b = &iv->meetings[i];
	for (size_t y = 0; y < b->n_view && *n < max; y++)
		for (size_t x = 0; x < a->n_view; x++)
			if (strcmp(a->view[x].practice, b->view[y].practice) == 0) {
				out[(*n)++] = (struct meeting_change){
				    b->view[y].practice, a->view[x].tenths, b->view[y].tenths,
				    b->view[y].tenths - a->view[x].tenths};
				break;
			}
}

/* ---- labels ---- */

void mtg_dutch_date(char *buf, size_t size, const char *iso)
{
	static const char *const months[] = {"januari",	  "februari", "maart",	  "april",
					     "mei",	  "juni",     "juli",	  "augustus",
					     "september", "oktober",  "november", "december"};
	if (meeting_date_ok(iso))
		snprintf(buf, size, "%d %s %.4s", atoi(iso + 8), months[atoi(iso + 5) - 1], iso);
	else
		snprintf(buf, size, "%s", iso ? iso : "");
}

void meeting_date_text(char *buf, size_t size, const char *iso)
{
	mtg_dutch_date(buf, size, iso);
}

void mtg_label(const struct intervisie *iv, size_t i, char *buf, size_t size)
{
	char date[40];
	mtg_dutch_date(date, sizeof(date), i < iv->n_meetings ? iv->meetings[i].date : "");
	snprintf(buf, size, "bijeenkomst %zu (%s)", i + 1, date);
}
