/* spiegel intervisie GROEP verslag|bijeenkomsten|groepsbeeld: a group's
 * meetings without the screens. GROEP is the id of a saved group or the path
 * of a group file. The meeting report goes to stdout or -o (markdown or
 * HTML); for the group only what the group agreed to share, with --coach
 * all. groepsbeeld keeps the group's practice means in a meeting (saved at
 * once, under the group's lock) and shows them next to the meeting before. */
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
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
	char *end;
	long v = strtol(args[2], &end, 10);
	if (*end || end == args[2] || v < 1 || (size_t)v > iv->n_meetings) {
		diag_add(d, "bijeenkomst \"%s\" bestaat niet; de groep heeft er %zu", args[2],
			 iv->n_meetings);
		return false;
	}
	*i = (size_t)v - 1;
	return true;
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
		char date[16];
		snprintf(date, sizeof(date), "%s", m->date);
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

/* Keep the group view in meeting N (or the last) and save, under the
 * group's editing lock. */
static int keep_view(struct intervisie *iv, const char *path, int n, const char *const *args,
		     const struct content *c, struct diag *d)
{
	size_t i;
	const struct questionnaire *q = content_find(c, iv->questionnaire);
	if (!q) {
		diag_add(d, "%s: vragenlijst \"%s\" staat niet in de inhoud", path,
			 iv->questionnaire);
		return EXIT_DATA;
	}
	if (!meeting_number(iv, n, args, &i, d) || !intervisie_validate(iv, q, d))
		return EXIT_DATA;
	char *copy = strdup(path);
	char host[256] = "";
	gethostname(host, sizeof(host) - 1);
	int fd = copy ? intervisie_lock(dirname(copy), iv->id, host, (long)getpid(), d) : -1;
	free(copy);
	if (fd < 0)
		return EXIT_DATA;
	int status = EXIT_DATA;
	char *text = NULL;
	if (!meeting_keep_view(iv, i, c->catalogue, q) ||
	    !(text = meeting_view_text(iv, i, c->catalogue)))
		diag_add(d, "onvoldoende geheugen");
	else if (intervisie_save(iv, path, cli_io(), time(NULL), d))
		status = EXIT_OK;
	store_unlock(fd);
	if (status == EXIT_OK)
		cli_printf("Groepsbeeld bewaard bij bijeenkomst %zu.\n%s", i + 1,
			   *text ? text : "Nog geen praktijk met een score.\n");
	free(text);
	return status;
}

int cmd_intervisie_cli(const struct opts *o, int n, const char *const *args)
{
	const char *what = args[1];
	bool is_report = strcmp(what, "verslag") == 0;
	bool is_view = strcmp(what, "groepsbeeld") == 0;
	if (!is_report && !is_view && strcmp(what, "bijeenkomsten") != 0)
		return usage_error("'intervisie GROEP' kent verslag [N], groepsbeeld [N] en "
				   "bijeenkomsten, niet: ",
				   what);
	if ((!is_report && !is_view && n > 2) || n > 3)
		return usage_error(is_report || is_view
				       ? "na verslag of groepsbeeld hoogstens één nummer van een "
					 "bijeenkomst"
				       : "'intervisie GROEP bijeenkomsten' heeft geen argumenten",
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
	if (iv && meeting_validate(iv, kit, raw->catalogue, path, &d))
		status = is_report ? report(o, iv, path, n, args, kit, c->catalogue, &d)
			 : is_view ? keep_view(iv, path, n, args, c, &d)
				   : list_meetings(iv, kit);
	print_diag(&d);
	diag_finish(&d);
	intervisie_destroy(iv);
	meeting_kit_destroy(kit);
	content_destroy(c);
	content_destroy(raw);
	free(path);
	return status;
}
