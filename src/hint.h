#ifndef SPIEGEL_HINT_H
#define SPIEGEL_HINT_H

/* The command a hint tells the user to type ("Ga later verder met: spiegel
 * resume ID"), so that it works for whoever reads it: "spiegel" when that
 * name on PATH is this very program, else the program as it was started
 * ("./build/spiegel"), and with --data-dir and --content-dir when they were
 * given (without them the hint would look in other directories). Shell
 * state, set once by main before a command runs; no curses, nothing
 * printed. */

#include <stdbool.h>
#include <stddef.h>

/* argv0 as main got it; data_dir and content_dir the options (NULL when
 * not given); commands the names of main.c's command table (the words
 * hint_rewrite recognises after "spiegel "). The strings must outlive
 * every hint. */
void hint_init(const char *argv0, const char *data_dir, const char *content_dir,
	       const char *const *commands, size_t n_commands);
/* "spiegel", or how to start this one again, quoted for a POSIX shell
 * where needed; "spiegel" before hint_init. */
const char *hint_spiegel(void);
/* The program part of hint_spiegel() alone (for "spiegel --help", which
 * needs no directories); valid until the next hint_init. */
const char *hint_program(void);
/* msg with every "spiegel COMMAND" (COMMAND a command of the table, the
 * word spiegel not part of a longer word) written as hint_spiegel() says
 * it: for the messages of the core, which name commands as "spiegel
 * list". malloc'd; NULL on OOM. */
char *hint_rewrite(const char *msg);
/* Whether path names this very program (a file on PATH, say): the same
 * file as /proc/self/exe. */
bool hint_is_self(const char *path);

#endif
