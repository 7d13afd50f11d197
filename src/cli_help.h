#ifndef SPIEGEL_CLI_HELP_H
#define SPIEGEL_CLI_HELP_H

/* spiegel --help and spiegel COMMAND --help, from one table: per command
 * its usage, what it does, its options and an example. main.c takes from
 * the same table which options a command accepts, so that the help names
 * exactly what works. doc/spiegel.1 has the same sections
 * (test/plain/help_man.py checks both against main.c's option tables). */

#include <stdbool.h>
#include <stdio.h>

/* One option as the help writes it. */
struct help_opt {
	const char *names; /* "-o, --output BESTAND": the spellings, then the argument */
	const char *text;
};

#define HELP_MAX_OPTS 8

struct cmd_help {
	const char *name;
	const char *group;    /* the heading of spiegel --help it is listed under */
	const char *usage[4]; /* after "spiegel ", one per form; NULL ends */
	const char *summary;  /* its line in spiegel --help */
	const char *text;     /* what it does; paragraphs end in "\n\n" */
	struct help_opt opts[HELP_MAX_OPTS];
	const char *example[3]; /* whole commands; NULL ends */
};

/* The help of command name, or NULL. */
const struct cmd_help *cli_help_find(const char *name);
/* Whether command name (NULL: no command, the start screen) takes the
 * option spelt long ("format") or short ("o"); the general options
 * (cli_help_general) go with every command. */
bool cli_help_accepts(const char *name, const char *option);
/* The commands that take option (as cli_help_accepts), as "'report' en
 * 'feedback'", into buf; "" when none does. */
void cli_help_owners(const char *option, char *buf, size_t size);
/* spiegel --help on f. */
void cli_help_general(FILE *f);
/* spiegel COMMAND --help on f. */
void cli_help_command(const struct cmd_help *h, FILE *f);

#endif
