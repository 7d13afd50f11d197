/* spiegel intervisie GROEP verslag|bijeenkomsten|groepsbeeld: a group's
 * meetings without the screens. GROEP is the id of a saved group or the path
 * of a group file. The meeting report goes to stdout or -o (markdown or
 * HTML); for the group only what the group agreed to share, with --coach
 * all. groepsbeeld keeps the group's practice means in a meeting and shows
 * them next to the meeting before; delen shows or sets what the group
 * agreed to share. Both save at once, under the group's lock. */
#define _GNU_SOURCE
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"
#include "host.h"
#include "plain_meeting.h"
#include "spiegel/intervisie.h"
#include "spiegel/meeting.h"
#include "spiegel/meeting_kit.h"

/* The group named by arg: a path (with a '/' or ending in .json) or the
 * id of a group in the store. Its path in *path (malloc'd). */
static struct intervisie *open_group(const struct opts *o, const char *arg, char **path,
				     struct diag *d)
{
	size_t n = strlen(arg);
	*path = NULL;
	if (strchr(arg, '/') || (n > 5 && strcmp(arg + n - 5, ".json") == 0)) {
		*path = strdup(arg);
	} else {
		struct store st;
		if (!open_store(o, &st))
			return NULL;
		char *dir = NULL;
		if (intervisie_dir(&st, &dir, d)) {
			*path = intervisie_path(dir, arg);
			if (!*path)
				diag_add(d,
					 "\"%s\" is geen groeps-id of pad naar een groepsbestand",
					 arg);
		}
		free(dir);
		store_finish(&st);
		if (!*path)
			return NULL;
	}
	if (!*path) {
		diag_add(d, "onvoldoende geheugen");
		return NULL;
	}
	return intervisie_load(*path, d);
}

/* "N" (1 to the number of meetings) or, without, the last meeting. */
static bool meeting_number(const struct intervisie *iv, int n, const char *const *args, size_t *i,
			   struct diag *d)
{
	if (!iv->n_meetings) {
		diag_add(d, "groep \"%s\" heeft nog geen bijeenkomsten", iv->name);
		return false;
	}
	if (n < 3) {
		*i = iv->n_meetings - 1;
		return true;
	}
	return cli_meeting_number(iv, args[2], i, d);
}

static int report(const struct opts *o, const struct intervisie *iv, const char *path, int n,
		  const char *const *args, const struct meeting_kit *kit,
		  const struct catalogue *cat, struct diag *d)
{
	enum meeting_report_format f = MEETING_MARKDOWN;
	if (o->format && strcmp(o->format, "html") == 0)
		f = MEETING_HTML;
	else if (o->format && strcmp(o->format, "markdown") != 0 && strcmp(o->format, "md") != 0)
		return usage_error("--format bij een verslag is markdown of html: ", o->format);
	size_t i;
	if (!meeting_number(iv, n, args, &i, d))
		return EXIT_DATA;
	size_t len;
	char *text = meeting_report(f, iv, i, kit, cat, !o->coach, &len);
	struct store_inputs read;
	store_inputs_init(&read);
	int status = EXIT_DATA;
	if (!text || !store_inputs_add(&read, path))
		diag_add(d, "onvoldoende geheugen");
	else
		status = write_output(o, text, len, &read, false, d);
	store_inputs_finish(&read);
	free(text);
	return status;
}

static int list_meetings(const struct intervisie *iv, const struct meeting_kit *kit)
{
	cli_printf("%s: %zu %s\n", iv->name, iv->n_meetings,
		   iv->n_meetings == 1 ? "bijeenkomst" : "bijeenkomsten");
	for (size_t i = 0; i < iv->n_meetings; i++) {
		const struct meeting *m = &iv->meetings[i];
		const struct meeting_method *me = meeting_kit_method(kit, m->method);
		size_t due, answered, steps = 0;
		meeting_followup_count(iv, i, &due, &answered);
		for (size_t p = 0; p < iv->n_participants; p++)
			steps += meeting_find_step(m, iv->participants[p].alias) != NULL;
		char date[40];
		meeting_date_text(date, sizeof(date), m->date);
		cli_printf("%3zu  %s  %s; volgende stappen: %zu van %zu", i + 1, date,
			   me ? me->name : m->method, steps, iv->n_participants);
		if (due)
			cli_printf("; terugblik: %zu van %zu", answered, due);
		if (me && m->phase < me->n_phases)
			cli_printf("; bij fase %zu van %zu", m->phase + 1, me->n_phases);
		cli_printf("\n");
	}
	return EXIT_OK;
}

/* The group's editing lock (intervisie_lock in the file's directory), held
 * by this process; -1 with a message naming who holds it. */
static int lock_group(const char *path, const char *id, struct diag *d)
{
	char *copy = strdup(path);
	struct host_owner me;
	host_owner(&me);
	int fd = copy ? intervisie_lock(dirname(copy), id, me.host, me.pid, d) : -1;
	if (!copy)
		diag_add(d, "onvoldoende geheugen");
	free(copy);
	return fd;
}

/* A command that changes the group: the group's editing lock taken, the
 * file read again under it (what another spiegel saved before stays), the
 * change made by fn, and saved at once. */
struct change {
	int n;
	const char *const *args;
	const struct content *c;
	char *said; /* what to print after a good save, malloc'd */
};

static int locked_change(struct intervisie **ivp, const char *path,
			 bool (*fn)(struct intervisie *, struct change *, struct diag *),
			 struct change *ch, struct diag *d)
{
	int fd = lock_group(path, (*ivp)->id, d);
	if (fd < 0)
		return EXIT_DATA;
	int status = EXIT_DATA;
	struct intervisie *fresh = intervisie_load(path, d);
	if (fresh) {
		intervisie_destroy(*ivp);
		*ivp = fresh;
		if (fn(fresh, ch, d) && intervisie_save(fresh, path, cli_io(), time(NULL), d))
			status = EXIT_OK;
	}
	store_unlock(fd);
	if (status == EXIT_OK && ch->said)
		cli_printf("%s", ch->said);
	return status;
}

/* groepsbeeld [N]: the group view kept in meeting N (or the last). */
static bool keep_view(struct intervisie *iv, struct change *ch, struct diag *d)
{
	size_t i;
	const struct questionnaire *q = content_find(ch->c, iv->questionnaire);
	if (!q) {
		diag_add(d, "vragenlijst \"%s\" van de groep staat niet in de inhoud",
			 iv->questionnaire);
		return false;
	}
	if (!meeting_number(iv, ch->n, ch->args, &i, d) || !intervisie_validate(iv, q, d))
		return false;
	char *text = NULL;
	if (!meeting_keep_view(iv, i, ch->c->catalogue, q) ||
	    !(text = meeting_view_text(iv, i, ch->c->catalogue)) ||
	    asprintf(&ch->said, "Groepsbeeld bewaard bij bijeenkomst %zu.\n%s", i + 1,
		     *text ? text : "Nog geen praktijk met een score.\n") < 0) {
		ch->said = NULL;
		free(text);
		diag_add(d, "onvoldoende geheugen");
		return false;
	}
	free(text);
	return true;
}

/* delen [THEMA,THEMA|geen]: what the group agreed to share; without an
 * argument only shown. */
static bool consent(struct intervisie *iv, struct change *ch, struct diag *d)
{
	if (ch->n >= 3) {
		bool want[N_MEETING_THEMES] = {false};
		if (strcmp(ch->args[2], "geen") != 0) {
			char *list = strdup(ch->args[2]);
			if (!list) {
				diag_add(d, "onvoldoende geheugen");
				return false;
			}
			bool ok = true;
			for (char *save = NULL, *t = strtok_r(list, ",", &save); t;
			     t = strtok_r(NULL, ",", &save)) {
				int k = meeting_theme_find(t);
				if (k < 0) {
					diag_add(
					    d,
					    "onbekend thema \"%s\"; kies uit casus, vragen, "
					    "inzicht, stappen, terugblik, groepsbeeld (of geen)",
					    t);
					ok = false;
				} else {
					want[k] = true;
				}
			}
			free(list);
			if (!ok)
				return false;
		}
		for (int k = 0; k < N_MEETING_THEMES; k++)
			meeting_set_consent(iv, (enum meeting_theme)k, want[k]);
	}
	struct strbuf_lite {
		char buf[1024];
		size_t len;
	} out = {"", 0};
	out.len += (size_t)snprintf(out.buf, sizeof(out.buf), "In het verslag voor de groep:\n");
	for (int k = 0; k < N_MEETING_THEMES && out.len < sizeof(out.buf); k++)
		out.len += (size_t)snprintf(out.buf + out.len, sizeof(out.buf) - out.len,
					    "  %-12s %s\n", meeting_theme_id((enum meeting_theme)k),
					    iv->consent.shared[k] ? "gedeeld" : "alleen de coach");
	if (!(ch->said = strdup(out.buf))) {
		diag_add(d, "onvoldoende geheugen");
		return false;
	}
	return true;
}

static const struct sub {
	const char *name;
	int max; /* operands after GROEP, the name included */
	bool changes;
	const char *usage;
} subs[] = {
    {"bijeenkomsten", 1, false, "'intervisie GROEP bijeenkomsten' heeft geen argumenten"},
    {"verslag", 2, false, "na verslag hoogstens één nummer van een bijeenkomst"},
    {"groepsbeeld", 2, true, "na groepsbeeld hoogstens één nummer van een bijeenkomst"},
    {"delen", 2, true, "na delen één lijst van thema's, zoals casus,stappen (of geen)"},
    {"bijeenkomst", 2, true, "na bijeenkomst hoogstens één nummer van een bijeenkomst"},
};

/* bijeenkomst [N] --plain: a new meeting or meeting N, line by line, under
 * the group's lock for the whole walk. */
static int walk(struct intervisie **ivp, const char *path, int n, const char *const *args,
		const struct meeting_kit *kit, const struct catalogue *cat, struct diag *d)
{
	int fd = lock_group(path, (*ivp)->id, d);
	if (fd < 0)
		return EXIT_DATA;
	int status = EXIT_DATA;
	struct intervisie *fresh = intervisie_load(path, d);
	size_t i = fresh ? fresh->n_meetings : 0;
	if (fresh && (n < 3 || meeting_number(fresh, n, args, &i, d))) {
		intervisie_destroy(*ivp);
		*ivp = fresh;
		fresh = NULL;
		status = plain_meeting(*ivp, i, path, kit, cat, stdin, stdout);
	}
	intervisie_destroy(fresh);
	store_unlock(fd);
	return status;
}

int cmd_intervisie_cli(const struct opts *o, int n, const char *const *args)
{
	const struct sub *sub = NULL;
	for (size_t k = 0; k < sizeof(subs) / sizeof(subs[0]); k++)
		if (strcmp(args[1], subs[k].name) == 0)
			sub = &subs[k];
	if (!sub)
		return usage_error(
		    "'intervisie GROEP' kent bijeenkomsten, bijeenkomst [N] --plain, "
		    "verslag [N], groepsbeeld [N] en delen [THEMA,...], niet: ",
		    args[1]);
	if (n - 1 > sub->max)
		return usage_error(sub->usage, "");
	bool is_report = sub == &subs[1];
	bool is_walk = sub == &subs[4];
	if (is_walk && !o->plain)
		return usage_error("de schermen voor een bijeenkomst komen nog; gebruik "
				   "'intervisie GROEP bijeenkomst --plain'",
				   "");
	if (!is_report && (o->coach || o->output || o->format))
		return usage_error("--coach, -o en --format horen bij 'intervisie GROEP verslag'",
				   "");
	struct diag d;
	diag_init(&d);
	int status = EXIT_DATA;
	char *path = NULL;
	struct content *raw = load_content(o);
	/* a group's view: the texts for no sector in particular */
	struct content *c = raw ? localize_content(raw, SECTOR_ALGEMEEN) : NULL;
	struct meeting_kit *kit = raw ? meeting_kit_load_dir(raw->dir, raw->catalogue, &d) : NULL;
	struct intervisie *iv = kit && c ? open_group(o, args[0], &path, &d) : NULL;
	struct change ch = {n, args, c, NULL};
	if (iv && meeting_validate(iv, kit, raw->catalogue, path, &d)) {
		if (is_report)
			status = report(o, iv, path, n, args, kit, c->catalogue, &d);
		else if (is_walk)
			status = walk(&iv, path, n, args, kit, c->catalogue, &d);
		else if (sub == &subs[3] && n < 3) /* delen: only shown */
			status = consent(iv, &ch, &d) && (cli_printf("%s", ch.said), true)
				     ? EXIT_OK
				     : EXIT_DATA;
		else if (sub->changes)
			status = locked_change(&iv, path, sub == &subs[2] ? keep_view : consent,
					       &ch, &d);
		else
			status = list_meetings(iv, kit);
	}
	print_diag(&d);
	diag_finish(&d);
	free(ch.said);
	intervisie_destroy(iv);
	meeting_kit_destroy(kit);
	content_destroy(c);
	content_destroy(raw);
	free(path);
	return status;
}
