/* spiegel intervisie GROEP bijeenkomst [N]: the meeting screens
 * (src/tui/meeting/). GROEP is the id of a saved group or the path of a
 * group file; the group is locked while the screens run and saved after
 * every change. The clock is the system's, or SPIEGEL_NOW for tests: unix
 * seconds, or the path of a file holding them (read again each time, so
 * that a test moves the time on). */
#include <errno.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"
#include "host.h"
#include "spiegel/intervisie.h"
#include "spiegel/meeting.h"
#include "spiegel/meeting_kit.h"
#include "tui/tui.h"

time_t cli_now(void)
{
	const char *env = getenv("SPIEGEL_NOW");
	if (!env || !*env)
		return time(NULL);
	char buf[32] = "";
	if (env[0] == '/') {
		FILE *f = fopen(env, "r");
		if (f) {
			if (!fgets(buf, sizeof(buf), f))
				buf[0] = '\0';
			fclose(f);
		}
		env = buf;
	}
	char *end;
	errno = 0;
	long long v = strtoll(env, &end, 10);
	return errno || end == env || v < 0 ? time(NULL) : (time_t)v;
}

/* The group's path: a path (with a '/' or ending in .json) or the id of a
 * group in the store's directory (*dir). malloc'd; NULL with a message. */
static char *group_path(const struct store *st, const char *arg, char **dir, struct diag *d)
{
	size_t n = strlen(arg);
	*dir = NULL;
	if (strchr(arg, '/') || (n > 5 && strcmp(arg + n - 5, ".json") == 0)) {
		char *copy = strdup(arg);
		*dir = copy ? strdup(dirname(copy)) : NULL;
		free(copy);
		char *p = *dir ? strdup(arg) : NULL;
		if (!p)
			diag_add(d, "onvoldoende geheugen");
		return p;
	}
	if (!intervisie_dir(st, dir, d))
		return NULL;
	char *p = intervisie_path(*dir, arg);
	if (!p)
		diag_add(d, "\"%s\" is geen groeps-id of pad naar een groepsbestand", arg);
	return p;
}

/* "N" (1 to the number of meetings) or, without, -1: the list. */
static bool meeting_arg(const struct intervisie *iv, int n, const char *const *args, int *i,
			struct diag *d)
{
	*i = -1;
	if (n < 3)
		return true;
	size_t k;
	if (!cli_meeting_number(iv, args[2], &k, d))
		return false;
	*i = (int)k;
	return true;
}

static time_t clock_now(void *ctx)
{
	(void)ctx;
	return cli_now();
}

static int run(const struct opts *o, struct store *st, int n, const char *const *args,
	       const struct meeting_kit *kit, const struct content *raw, const struct content *c,
	       struct diag *d)
{
	char *dir = NULL;
	char *path = group_path(st, args[0], &dir, d);
	struct intervisie *iv = path ? intervisie_load(path, d) : NULL;
	int status = EXIT_DATA, which;
	if (!iv || !meeting_validate(iv, kit, raw->catalogue, path, d) ||
	    !meeting_arg(iv, n, args, &which, d))
		goto out;
	struct host_owner me;
	host_owner(&me);
	int fd = intervisie_lock(dir, iv->id, me.host, me.pid, d);
	if (fd < 0)
		goto out;
	struct tui_meeting_args a = {.iv = iv,
				     .path = path,
				     .io = st->io,
				     .kit = kit,
				     .cat = c->catalogue,
				     .meeting = which,
				     .now = clock_now};
	status = tui_meeting(&a) == 0 ? EXIT_OK : EXIT_DATA;
	store_unlock(fd);
	(void)o;
out:
	intervisie_destroy(iv);
	free(path);
	free(dir);
	return status;
}

int cmd_meeting(const struct opts *o, int n, const char *const *args)
{
	if (o->coach || o->output || o->format)
		return usage_error("--coach, -o en --format horen bij 'intervisie GROEP verslag'",
				   "");
	int status = cli_check_terminal();
	if (status != EXIT_OK)
		return status;
	struct diag d;
	diag_init(&d);
	status = EXIT_DATA;
	struct store st;
	struct content *raw = load_content(o);
	/* a group's view: the texts for no sector in particular */
	struct content *c = raw ? localize_content(raw, SECTOR_ALGEMEEN) : NULL;
	struct meeting_kit *kit = c ? meeting_kit_load_dir(raw->dir, raw->catalogue, &d) : NULL;
	if (kit && open_store(o, &st)) {
		status = run(o, &st, n, args, kit, raw, c, &d);
		store_finish(&st);
	}
	print_diag(&d);
	diag_finish(&d);
	meeting_kit_destroy(kit);
	content_destroy(c);
	content_destroy(raw);
	return status;
}
