/* The feedback page of the results: what others see beside the leader's
 * own answers, from the answer files of a feedback round in a folder. The
 * report is the core's (report_feedback, text), built by the command line
 * (tui_args.feedback): this screen only asks for the folder and shows it. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "actions.h"
#include "app.h"
#include "spiegel/feedback.h"
#include "tui/term.h"
#include "tui/widget/doc.h"
#include "tui/widget/put.h"

bool feedback_page_available(const struct app *a)
{
	return a->args && a->args->feedback && a->m.q && feedback_available(a->m.q);
}

void feedback_page_forget(struct app *a)
{
	free(a->fb_text);
	free(a->fb_msgs);
	a->fb_text = a->fb_msgs = NULL;
	a->fb_scroll = 0;
}

void feedback_page_open(struct app *a)
{
	if (!a->fb_dir.on && !field_init(&a->fb_dir, "", 4096)) {
		app_set_status(a, true, "Onvoldoende geheugen.");
		return;
	}
	a->fb_typing = a->fb_text == NULL;
	app_go(a, &q_feedback_screen);
}

/* Read the folder: the report, and what the files said. */
static void show(struct app *a)
{
	char *dir = textedit_text(&a->fb_dir.ed);
	if (!dir || !*dir) {
		app_set_status(a, false, "Typ eerst de map met de antwoordbestanden.");
		free(dir);
		return;
	}
	/* the report reads the session from its file */
	if (!app_save(a)) {
		free(dir);
		return;
	}
	feedback_page_forget(a);
	struct diag d;
	diag_init(&d);
	a->fb_text = a->args->feedback(a->args->feedback_ctx, a->m.path, dir, &d);
	size_t len = 0;
	for (size_t i = 0; i < diag_count(&d); i++)
		len += strlen(diag_msg(&d, i)) + 1;
	if (len && (a->fb_msgs = malloc(len + 1))) {
		a->fb_msgs[0] = '\0';
		for (size_t i = 0; i < diag_count(&d); i++) {
			strcat(a->fb_msgs, diag_msg(&d, i));
			strcat(a->fb_msgs, "\n");
		}
	}
	diag_finish(&d);
	free(dir);
	if (a->fb_text) {
		a->fb_typing = false;
		app_set_status(a, false, "Met m kies je een andere map.");
	} else {
		app_set_status(a, true, "Geen feedback te tonen uit deze map; zie de meldingen.");
	}
}

/* The report's lines as rows (its layout kept; a line wider than the
 * screen wraps), then what the files said. */
static void build_page(const struct app *a, struct doc *d)
{
	d->width = COLS - 2;
	if (!a->fb_text && !a->fb_msgs) {
		doc_text(d,
			 "Wie je uitnodigde met spiegel invite, stuurt een antwoordbestand terug. "
			 "Zet die bestanden samen in een map en typ hierboven die map; spiegel "
			 "leest alle antwoordbestanden erin en zet ze naast je eigen antwoorden.",
			 A_NORMAL, 0);
		char line[160];
		snprintf(line, sizeof(line),
			 "Cijfers van anderen toont spiegel pas vanaf %d antwoorden, en nooit per "
			 "persoon.",
			 FEEDBACK_MIN_OBSERVERS);
		doc_text(d, line, A_DIM, 0);
		return;
	}
	for (const char *p = a->fb_text; p && *p;) {
		const char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) : strlen(p);
		char *line = strndup(p, n);
		if (line && *line)
			doc_text(d, line, A_NORMAL, 0);
		else
			doc_blank(d);
		free(line);
		p = nl ? nl + 1 : p + n;
	}
	if (a->fb_msgs) {
		doc_blank(d);
		doc_text(d, "Meldingen", A_BOLD | A_UNDERLINE, 0);
		for (const char *p = a->fb_msgs; *p;) {
			const char *nl = strchr(p, '\n');
			size_t n = nl ? (size_t)(nl - p) : strlen(p);
			char *line = strndup(p, n);
			if (line)
				doc_hanging(d, "- ", line, A_DIM, 0);
			free(line);
			p = nl ? nl + 1 : p + n;
		}
	}
}

/* Line 2: the folder; the page from line 4 to the status. */
static int page_rows(const struct app *a)
{
	return app_bottom(a, LINES - 2) - 4;
}

static void feedback_resize(void *st)
{
	struct app *a = st;
	field_settle(&a->fb_dir, COLS - 8);
	struct doc d = {0};
	build_page(a, &d);
	a->fb_scroll = doc_clamp(d.n, a->fb_scroll, page_rows(a));
	doc_free(&d);
}

static void feedback_draw(const void *st)
{
	const struct app *a = st;
	app_frame_session(a, "Feedback van anderen");
	struct doc d = {0};
	build_page(a, &d);
	/* the field, when typing, comes after */
	doc_draw_view(&d, 4, a->fb_scroll, page_rows(a));
	doc_free(&d);
	tui_put(2, 1, 5, "Map:", A_BOLD);
	/* last, so that the cursor is left in the field while typing */
	field_draw_line(&a->fb_dir, 2, 7, a->fb_typing);
}

static enum tui_result feedback_handle(void *st, int act, int key)
{
	struct app *a = st;
	switch (act) {
	case Q_FB_SHOW:
		show(a);
		return TUI_HANDLED;
	case Q_FB_TYPE:
	case Q_FB_EDIT:
		field_key(&a->fb_dir, key, FIELD_CLEAR);
		return TUI_HANDLED;
	case Q_FB_BACK:
		if (a->fb_text)
			a->fb_typing = false;
		else
			tui_back(&a->shell, a, &q_results_screen);
		return TUI_HANDLED;
	case Q_FB_DIR:
		a->fb_typing = true;
		return TUI_HANDLED;
	case Q_SCROLL:
		a->fb_scroll = q_scroll_key(a->fb_scroll, key);
		return TUI_HANDLED;
	default:
		return TUI_IGNORED;
	}
}

static const int *feedback_keymap(const void *st)
{
	const struct app *a = st;
	return a->fb_typing ? q_keys_feedback_dir : q_keys_feedback;
}

const struct tui_screen q_feedback_screen = {
    TUI_SCREEN("feedback", feedback, keymap, handle, resize, draw)};
