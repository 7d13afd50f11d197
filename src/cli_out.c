/* The command line's output: messages and text from files neutralised on
 * their way to the terminal, output files written under the rules of
 * store_write_output, stdout errors reported, descriptors 0-2 kept off
 * spiegel's files. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <unistd.h>

#include "cli.h"
#include "hint.h"

/* The kernel's randomness, for the core's temp file names and ids. */
static bool os_random(void *ctx, void *buf, size_t n)
{
	size_t got = 0;
	while (got < n) {
		ssize_t r = getrandom((char *)buf + got, n - got, 0);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			return false;
		got += (size_t)r;
	}
	return true;
}

const struct store_io *cli_io(void)
{
	static struct store_io io;
	if (!io.random_bytes) {
		io = store_io_posix;
		io.random_bytes = os_random;
	}
	return &io;
}

/* One line of text for a terminal: what came from a file or a file name is
 * neutralised (diag_neutral), never written raw; a command it names is
 * written as the user can run it (hint_rewrite). */
static void put_neutral(FILE *f, enum diag_mode mode, const char *fmt, va_list ap)
{
	char *raw = NULL;
	if (vasprintf(&raw, fmt, ap) < 0)
		return;
	char *s = hint_rewrite(raw);
	free(raw);
	if (!s)
		return;
	size_t len = strlen(s);
	char *safe = diag_neutral(s, len, mode, &len);
	free(s);
	/* a write that fails says why at once (the reason is gone by the
	 * time stdout is closed) */
	if (safe && fwrite(safe, 1, len, f) != len && f == stdout)
		cli_stdout_failed(errno);
	free(safe);
}

void cli_warn(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fputs("spiegel: ", stderr);
	put_neutral(stderr, DIAG_LINE, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
}

void cli_printf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	put_neutral(stdout, DIAG_TEXT, fmt, ap);
	va_end(ap);
}

int usage_error(const char *what, const char *arg)
{
	cli_warn("%s%s", what, arg);
	fprintf(stderr, "Zie '%s --help'.\n", hint_program());
	return EXIT_USAGE;
}

/* stdout could not be written (full disk, a closed pipe): said once. */
static bool stdout_reported;

void cli_stdout_failed(int err)
{
	if (!stdout_reported)
		fprintf(stderr, "spiegel: kan niet naar de uitvoer schrijven (%s)\n",
			strerror(err ? err : EIO));
	stdout_reported = true;
}

/* At the end of every command: what is still buffered is written, and a
 * write that failed on the way (a full disk, a closed pipe) makes the exit
 * status 1 with a message, for every command. */
int cli_finish_stdout(int status)
{
	bool bad = ferror(stdout);
	int err = bad ? EIO : 0;
	if (fflush(stdout) != 0) {
		bad = true;
		err = errno;
	}
	if (fclose(stdout) != 0 && !bad) {
		bad = true;
		err = errno;
	}
	if (bad)
		cli_stdout_failed(err);
	return bad && status == EXIT_OK ? EXIT_DATA : status;
}

/* File descriptors 0-2 closed at start would be taken by the first files
 * spiegel opens (a lock file, a CSV), and messages would land in them: they
 * are opened on /dev/null first. */
bool cli_standard_fds(void)
{
	for (int fd = 0; fd <= 2; fd++) {
		if (fcntl(fd, F_GETFD) != -1 || errno != EBADF)
			continue;
		int n = open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY);
		if (n != fd) {
			if (n >= 0)
				close(n);
			return false;
		}
	}
	return true;
}

static bool sink_stdout(struct store_sink *out, const void *data, size_t len)
{
	return fwrite(data, 1, len, stdout) == len;
}

/* spiegel's own data directories, also when this command did not open
 * them (group): no -o of any command writes into one. One list for every
 * writer (store_write_output and store_write_output_stream). */
static const char *const data_subdirs[] = {"sessions", "intervisie", "feedback", "plans"};
#define N_DATA_SUBDIRS (sizeof(data_subdirs) / sizeof(data_subdirs[0]))

/* dirs[] the data directories under spiegel's root; all NULL when there is
 * no root or memory ran out (then only the other output rules hold). */
static void data_dirs(const struct opts *o, char *dirs[N_DATA_SUBDIRS])
{
	struct diag ignore;
	diag_init(&ignore);
	char *root = store_resolve_root(o->data_dir, getenv("SPIEGEL_DATA_DIR"),
					getenv("XDG_DATA_HOME"), getenv("HOME"), &ignore);
	diag_finish(&ignore);
	bool ok = root != NULL;
	for (size_t i = 0; i < N_DATA_SUBDIRS; i++) {
		dirs[i] = NULL;
		if (ok && asprintf(&dirs[i], "%s/%s", root, data_subdirs[i]) < 0) {
			dirs[i] = NULL;
			ok = false;
		}
	}
	if (!ok)
		for (size_t i = 0; i < N_DATA_SUBDIRS; i++) {
			free(dirs[i]);
			dirs[i] = NULL;
		}
	free(root);
}

static void data_dirs_free(char *dirs[N_DATA_SUBDIRS])
{
	for (size_t i = 0; i < N_DATA_SUBDIRS; i++)
		free(dirs[i]);
}

/* Whether -o names a file (not stdout). */
static bool to_file(const struct opts *o)
{
	return o->output && strcmp(o->output, "-") != 0;
}

/* The file of -o under rules (its inputs, whether it is a hand-in) and
 * spiegel's own data directories: text[len] or, with produce, what
 * produce writes. One for both writers below. */
static int write_file(const struct opts *o, struct store_output_rules rules, const char *text,
		      size_t len, store_produce_fn produce, void *ctx, struct diag *d)
{
	char *dirs[N_DATA_SUBDIRS];
	data_dirs(o, dirs);
	rules.data_dirs = (const char *const *)dirs;
	rules.n_dirs = N_DATA_SUBDIRS;
	bool ok = produce ? store_write_output_stream(cli_io(), o->output, produce, ctx, &rules, d)
			  : store_write_output(cli_io(), o->output, text, len, &rules, d);
	data_dirs_free(dirs);
	return ok ? EXIT_OK : EXIT_DATA;
}

int write_output_stream(const struct opts *o, store_produce_fn produce, void *ctx,
			const struct store_inputs *in, struct diag *d)
{
	if (to_file(o))
		return write_file(o, (struct store_output_rules){.inputs = in}, NULL, 0, produce,
				  ctx, d);
	struct store_sink out = {.write = sink_stdout};
	if (produce(ctx, &out) && fflush(stdout) == 0)
		return EXIT_OK;
	if (ferror(stdout)) {
		cli_stdout_failed(errno);
		return EXIT_DATA;
	}
	diag_add(d, "onvoldoende geheugen");
	return EXIT_DATA;
}

int write_output(const struct opts *o, const char *text, size_t len, const struct store_inputs *in,
		 bool handin, struct diag *d)
{
	if (to_file(o))
		return write_file(o, (struct store_output_rules){.inputs = in, .handin = handin},
				  text, len, NULL, NULL, d);
	if (fwrite(text, 1, len, stdout) == len && fflush(stdout) == 0)
		return EXIT_OK;
	cli_stdout_failed(errno);
	return EXIT_DATA;
}
