/* The command the hints name (hint.h). */
#define _GNU_SOURCE
#include "hint.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char *command;		    /* hint_spiegel(), malloc'd; NULL: "spiegel" */
static size_t program_len;	    /* how much of command is the program */
static const char *const *commands; /* the command table's names */
static size_t n_commands;
static struct {
	const char *argv0, *data_dir, *content_dir;
	bool pending; /* command not made from these yet */
} given;

bool hint_is_self(const char *path)
{
	struct stat a, b;
	return stat(path, &a) == 0 && stat("/proc/self/exe", &b) == 0 && a.st_dev == b.st_dev &&
	       a.st_ino == b.st_ino;
}

/* The first executable "spiegel" on PATH is this program. */
static bool path_finds_self(void)
{
	const char *p = getenv("PATH");
	if (!p || !*p)
		return false;
	for (;;) {
		const char *end = strchr(p, ':');
		int n = (int)(end ? (size_t)(end - p) : strlen(p));
		char file[PATH_MAX];
		/* an empty entry is the current directory */
		if (snprintf(file, sizeof(file), "%.*s/spiegel", n ? n : 1, n ? p : ".") <
		    (int)sizeof(file)) {
			struct stat sb;
			if (stat(file, &sb) == 0 && S_ISREG(sb.st_mode) && access(file, X_OK) == 0)
				return hint_is_self(file);
		}
		if (!end)
			return false;
		p = end + 1;
	}
}

/* s as one word for a POSIX shell: as it is when that is safe, else in
 * single quotes. */
static void put_quoted(FILE *f, const char *s)
{
	bool plain = *s != '\0';
	for (const char *c = s; *c; c++)
		if (!strchr(
			"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_@%+=:,./-",
			*c))
			plain = false;
	if (plain) {
		fputs(s, f);
		return;
	}
	fputc('\'', f);
	for (const char *c = s; *c; c++)
		if (*c == '\'')
			fputs("'\\''", f);
		else
			fputc(*c, f);
	fputc('\'', f);
}

void hint_init(const char *argv0, const char *data_dir, const char *content_dir,
	       const char *const *names, size_t n_names)
{
	commands = names;
	n_commands = n_names;
	free(command);
	command = NULL;
	given.argv0 = argv0;
	given.data_dir = data_dir;
	given.content_dir = content_dir;
	given.pending = true;
}

/* The command from what hint_init was given, made when a hint first needs
 * it (looking through PATH costs a stat per entry: not for a run that
 * shows no hint). */
static void settle(void)
{
	if (!given.pending)
		return;
	given.pending = false;
	const char *argv0 = given.argv0;
	/* a name without a slash was found on PATH by the shell that ran it */
	bool as_typed = argv0 && *argv0 && !strchr(argv0, '/');
	if (!given.data_dir && !given.content_dir &&
	    (!argv0 || !*argv0 || path_finds_self() || (as_typed && strcmp(argv0, "spiegel") == 0)))
		return;
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	if (!f)
		return;
	if (!argv0 || !*argv0 || (!as_typed && path_finds_self()))
		fputs("spiegel", f);
	else
		put_quoted(f, argv0);
	fflush(f);
	program_len = len;
	if (given.data_dir) {
		fputs(" --data-dir ", f);
		put_quoted(f, given.data_dir);
	}
	if (given.content_dir) {
		fputs(" --content-dir ", f);
		put_quoted(f, given.content_dir);
	}
	if (fclose(f) == 0)
		command = buf;
	else
		free(buf);
}

const char *hint_spiegel(void)
{
	settle();
	return command ? command : "spiegel";
}

const char *hint_program(void)
{
	static char program[PATH_MAX];
	settle();
	if (!command)
		return "spiegel";
	snprintf(program, sizeof(program), "%.*s", (int)program_len, command);
	return program;
}

/* The command of the table that starts at s, as a whole word: its
 * length, or 0. */
static size_t command_at(const char *s)
{
	for (size_t i = 0; i < n_commands; i++) {
		size_t n = strlen(commands[i]);
		if (strncmp(s, commands[i], n) != 0)
			continue; /* s may be shorter than n: s[n] only after this */
		char after = s[n];
		if (!(after == '-' || after == '_' || (after >= 'a' && after <= 'z') ||
		      (after >= '0' && after <= '9')))
			return n;
	}
	return 0;
}

/* Whether a "spiegel COMMAND" to rewrite starts at s (msg: the text it
 * is in): the word spiegel not part of a longer word, then a command. */
static bool site_at(const char *msg, const char *s)
{
	static const char word[] = "spiegel ";
	const size_t wn = sizeof(word) - 1;
	char before = s == msg ? ' ' : s[-1];
	bool starts = !(before == '/' || before == '-' || before == '_' || before == '.' ||
			(before >= 'a' && before <= 'z') || (before >= 'A' && before <= 'Z') ||
			(before >= '0' && before <= '9'));
	return starts && strncmp(s, word, wn) == 0 && command_at(s + wn);
}

/* Whether msg has a site to rewrite at all (without making the command:
 * that looks through PATH). */
static bool has_site(const char *msg)
{
	for (const char *s = strstr(msg, "spiegel "); s; s = strstr(s + 1, "spiegel "))
		if (site_at(msg, s))
			return true;
	return false;
}

char *hint_rewrite(const char *msg)
{
	static const char word[] = "spiegel ";
	const size_t wn = sizeof(word) - 1;
	if (!has_site(msg))
		return strdup(msg);
	settle();
	if (!command)
		return strdup(msg);
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	if (!f)
		return NULL;
	for (const char *s = msg; *s;) {
		if (site_at(msg, s)) {
			fputs(command, f);
			fputc(' ', f);
			s += wn;
			continue;
		}
		fputc(*s++, f);
	}
	if (fclose(f) != 0) {
		free(buf);
		return NULL;
	}
	return buf;
}
