/* The start screen: the coach's groups, and a new one. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "actions.h"
#include "app.h"
#include "tui/text.h"
#include "tui/widget/doc.h"
#include "tui/widget/put.h"
#include "spiegel/report.h"

/* "2026-11-22T08:15:00Z" as local "2026-11-22 09:15". */
static void local_time(const char *utc, char *buf, size_t size)
{
	struct tm tm;
	memset(&tm, 0, sizeof(tm));
	if (sscanf(utc, "%4d-%2d-%2dT%2d:%2d:%2dZ", &tm.tm_year, &tm.tm_mon, &tm.tm_mday,
		   &tm.tm_hour, &tm.tm_min, &tm.tm_sec) != 6) {
		snprintf(buf, size, "%s", utc);
		return;
	}
	tm.tm_year -= 1900;
	tm.tm_mon -= 1;
	time_t t = timegm(&tm);
	struct tm lt;
	char day[16], hm[8], dutch[40];
	if (t == (time_t)-1 || !localtime_r(&t, &lt) ||
	    strftime(day, sizeof(day), "%Y-%m-%d", &lt) == 0 ||
	    strftime(hm, sizeof(hm), "%H:%M", &lt) == 0) {
		snprintf(buf, size, "%s", utc);
		return;
	}
	/* for people: "23 november 2026 10:40" */
	report_date(dutch, sizeof(dutch), day);
	snprintf(buf, size, "%s %s", dutch, hm);
}

void iv_start_fill(struct iv_app *a)
{
	list_clear(&a->list);
	list_push(&a->list, strdup("＋ Nieuwe groep"), strdup("(naam, vragenlijst, deelnemers)"),
		  NULL);
	struct intervisie_entry *e = NULL;
	size_t n = 0, bad = 0;
	struct diag d;
	diag_init(&d);
	if (intervisie_list(a->dir, &e, &n, &bad, &d)) {
		for (size_t i = 0; i < n; i++) {
			const struct questionnaire *q =
			    content_find(a->content, e[i].questionnaire);
			char when[64];
			local_time(e[i].updated, when, sizeof(when));
			list_push(&a->list, strdup(e[i].name),
				  text_fmt("%s · %zu %s · bijgewerkt %s",
					   q ? q->title : e[i].questionnaire, e[i].participants,
					   e[i].participants == 1 ? "deelnemer" : "deelnemers",
					   when),
				  strdup(e[i].id));
		}
		intervisie_list_free(e, n);
	}
	if (bad)
		iv_set_status(a, true, "%zu groepsbestand(en) konden niet worden gelezen: %s", bad,
			      diag_count(&d) ? diag_msg(&d, 0) : "");
	diag_finish(&d);
	a->list.sel = a->list.n > 1 ? 1 : 0;
}

static void start_enter(void *st)
{
	iv_start_fill(st);
}

/* The introduction (rows h of it shown) and the line the list starts at. */
static int start_layout(const struct iv_app *a, struct doc *d, int *h)
{
	d->width = COLS - 2;
	doc_text(d,
		 "Leg een intervisiegroep vast: per deelnemer de antwoorden (ingevuld of "
		 "ingelezen), de groep naast elkaar per praktijk, en je notities en "
		 "afspraken. Alles wordt meteen opgeslagen.",
		 A_NORMAL, 0);
	int bottom = iv_bottom(a);
	*h = d->n < bottom - 7 ? d->n : bottom - 7;
	if (*h < 0)
		*h = 0;
	int top = 2 + *h + (*h ? 1 : 0);
	return top + (a->list.n > 1 ? 1 : 0);
}

static void start_resize(void *st)
{
	struct iv_app *a = st;
	struct doc d = {0};
	int h, top = start_layout(a, &d, &h);
	doc_free(&d);
	list_settle(&a->list, iv_bottom(a) - top);
}

static void start_draw(const void *st)
{
	const struct iv_app *a = st;
	iv_frame(a, "spiegel · intervisie", "voor de coach");
	struct doc d = {0};
	int h, top = start_layout(a, &d, &h);
	doc_draw(&d, 2, 0, h);
	doc_free(&d);
	if (a->list.n > 1)
		tui_put(top - 1, 1, COLS - 2, "Je groepen:", A_BOLD);
	list_draw(&a->list, top, 3);
	iv_status(a);
}

static enum tui_result start_handle(void *st, int act, int key)
{
	struct iv_app *a = st;
	switch (act) {
	case IV_LIST:
	case IV_LIST_ENDS:
		return list_key(&a->list, key);
	case IV_NEW:
		iv_go(a, &iv_new_screen);
		return TUI_HANDLED;
	case IV_OPEN:
		if (!a->list.n)
			return TUI_IGNORED;
		if (!a->list.v[a->list.sel].key)
			iv_go(a, &iv_new_screen);
		else
			iv_open_group(a, a->list.v[a->list.sel].key);
		return TUI_HANDLED;
	default:
		return TUI_IGNORED;
	}
}

static const int *start_keymap(const void *st)
{
	(void)st;
	return iv_keys_start;
}

const struct tui_screen iv_start_screen = {
    TUI_SCREEN("start", start, enter, keymap, handle, resize, draw)};
