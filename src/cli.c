/* Helpers every command shares: the content and the data directory found
 * and opened, sessions loaded, messages printed, the terminal checked. */
#define _GNU_SOURCE
#include <langinfo.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "config.h"
#include "spiegel/intervisie.h"
#include "spiegel/plan.h"
#include "tui/term.h"

void print_diag(const struct diag *d)
{
	for (size_t i = 0; i < diag_count(d); i++)
		cli_warn("%s", diag_msg(d, i));
}

/* The content installed next to this binary (SPIEGEL_CONTENT_REL from
 * its directory), when it is there: a prefix that was moved, a DESTDIR. */
static const char *content_beside_binary(void)
{
	static char dir[PATH_MAX + 64];
	static bool tried;
	if (tried)
		return dir[0] ? dir : NULL;
	tried = true;
	if (!SPIEGEL_CONTENT_REL[0])
		return NULL;
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (n <= 0)
		return NULL;
	exe[n] = '\0';
	char *slash = strrchr(exe, '/');
	if (!slash)
		return NULL;
	*slash = '\0';
	char path[PATH_MAX + 96];
	snprintf(path, sizeof(path), "%s/%s/practices.json", exe, SPIEGEL_CONTENT_REL);
	struct stat sb;
	if (stat(path, &sb) != 0 || !S_ISREG(sb.st_mode))
		return NULL;
	snprintf(dir, sizeof(dir), "%s/%s", exe, SPIEGEL_CONTENT_REL);
	return dir;
}

const char *cli_content_dir(const struct opts *o)
{
	if (o->content_dir)
		return o->content_dir;
	const char *env = getenv("SPIEGEL_CONTENT_DIR");
	if (env && *env)
		return env;
	const char *beside = content_beside_binary();
	return beside ? beside : SPIEGEL_CONTENT_DIR;
}

struct content *load_content_clean(const struct opts *o, bool *clean)
{
	struct diag d;
	diag_init(&d);
	struct content *c = content_load_dir(cli_content_dir(o), &d);
	if (c && diag_count(&d))
		fprintf(stderr, "spiegel: sommige vragenlijsten zijn overgeslagen; zie spiegel "
				"check\n");
	print_diag(&d);
	*clean = c && !diag_count(&d);
	diag_finish(&d);
	return c;
}

struct content *load_content(const struct opts *o)
{
	bool clean;
	return load_content_clean(o, &clean);
}

struct content *localize_content(const struct content *raw, enum sector s)
{
	struct content *v = raw ? content_localize(raw, s) : NULL;
	if (raw && !v)
		fprintf(stderr, "spiegel: onvoldoende geheugen\n");
	return v;
}

/* Temp files of interrupted saves: sessions, voornemens and groups (the
 * folders are not made for it). */
static void clean_temp(const struct store *st)
{
	store_clean_temp(st);
	char *dir = NULL;
	if (asprintf(&dir, "%s/plans", st->root) >= 0) {
		plan_clean_temp(dir);
		free(dir);
	}
	if (asprintf(&dir, "%s/intervisie", st->root) >= 0) {
		intervisie_clean_temp(dir);
		free(dir);
	}
}

bool open_store(const struct opts *o, struct store *st)
{
	struct diag d;
	diag_init(&d);
	char *root = store_resolve_root(o->data_dir, getenv("SPIEGEL_DATA_DIR"),
					getenv("XDG_DATA_HOME"), getenv("HOME"), &d);
	bool ok = root && store_open(st, root, cli_io(), &d);
	free(root);
	if (ok)
		clean_temp(st);
	print_diag(&d);
	diag_finish(&d);
	return ok;
}

bool cli_open(const struct opts *o, struct content **c, struct store *st)
{
	*c = load_content(o);
	if (*c && open_store(o, st))
		return true;
	content_destroy(*c);
	*c = NULL;
	return false;
}

/* Load a session and its questionnaire; prints problems. */
struct session *load_session(const struct content *c, const char *path,
			     const struct questionnaire **q)
{
	struct diag d;
	diag_init(&d);
	struct session *s = session_load(path, &d);
	*q = NULL;
	if (s) {
		*q = content_find(c, s->questionnaire);
		if (!*q)
			diag_add(&d, "%s: vragenlijst \"%s\" is niet beschikbaar", path,
				 s->questionnaire);
		else if (!session_validate(s, *q, &d))
			*q = NULL;
	}
	print_diag(&d);
	diag_finish(&d);
	if (!*q) {
		session_destroy(s);
		return NULL;
	}
	return s;
}

int cli_check_terminal(void)
{
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		fprintf(stderr, "spiegel: dit is geen terminal. Gebruik --plain om spiegel regel "
				"voor regel te gebruiken.\n");
		return EXIT_DATA;
	}
	if (!tui_utf8_locale()) {
		fprintf(stderr,
			/* ASCII only: this terminal would garble anything else */
			"spiegel: de taalinstelling is geen UTF-8 (%s), dus letters met "
			"accenten zouden verminkt worden. Start met bijvoorbeeld "
			"LANG=nl_NL.UTF-8 of C.UTF-8, of gebruik --plain.\n",
			nl_langinfo(CODESET));
		return EXIT_DATA;
	}
	return EXIT_OK;
}

bool cli_meeting_number(const struct intervisie *iv, const char *arg, size_t *i, struct diag *d)
{
	char *end;
	long v = strtol(arg, &end, 10);
	if (*end || end == arg || v < 1 || (size_t)v > iv->n_meetings) {
		diag_add(d, "bijeenkomst \"%s\" bestaat niet; de groep heeft er %zu", arg,
			 iv->n_meetings);
		return false;
	}
	*i = (size_t)v - 1;
	return true;
}
