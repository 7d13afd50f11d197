/* Output files (-o of every command, the intervisie export): what they may
 * replace and how they are written. See store_write_output in store.h. */
#include "spiegel/store.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "store_internal.h"
#include "util.h"

/* What of a spiegel file the format names: "spiegel-<kind>/N". */
#define SNIFF_BYTES 65536

void store_inputs_init(struct store_inputs *in)
{
	memset(in, 0, sizeof(*in));
}

void store_inputs_finish(struct store_inputs *in)
{
	free(in->v);
	store_inputs_init(in);
}

void store_inputs_watch(struct store_inputs *in, const char *output)
{
	struct stat sb;
	in->watching = true;
	in->hit = false;
	in->target_there = output && stat(output, &sb) == 0;
	if (in->target_there)
		in->target = (struct store_file_id){sb.st_dev, sb.st_ino};
}

/* Appends id to the list of inputs; false (and in->failed) without memory. */
static bool push_id(struct store_inputs *in, struct store_file_id id)
{
	if (!ARRAY_ROOM(in->v, in->n, in->cap, 16)) {
		in->failed = true;
		return false;
	}
	in->v[in->n++] = id;
	return true;
}

bool store_inputs_add(struct store_inputs *in, const char *path)
{
	struct stat sb;
	if (in->watching && !in->target_there)
		return true; /* nothing to watch for */
	if (stat(path, &sb) != 0)
		return true; /* not read either */
	if (in->watching) {
		in->hit |= sb.st_dev == in->target.dev && sb.st_ino == in->target.ino;
		return true;
	}
	for (size_t i = 0; i < in->n; i++)
		if (in->v[i].dev == sb.st_dev && in->v[i].ino == sb.st_ino)
			return true;
	return push_id(in, (struct store_file_id){sb.st_dev, sb.st_ino});
}

bool store_inputs_add_id(struct store_inputs *in, struct store_file_id id)
{
	if (in->watching) {
		in->hit |= in->target_there && id.dev == in->target.dev && id.ino == in->target.ino;
		return true;
	}
	if (in->n && in->v[in->n - 1].dev == id.dev && in->v[in->n - 1].ino == id.ino)
		return true;
	return push_id(in, id);
}

/* Whether the output, now sb, was read; with a watch also when it is not
 * the file the watch began with (it changed while the inputs were read). */
static bool is_input(const struct store_inputs *in, const struct stat *sb, bool *changed)
{
	*changed = false;
	if (in && in->watching) {
		*changed = !in->target_there || sb->st_dev != in->target.dev ||
			   sb->st_ino != in->target.ino;
		return in->hit;
	}
	for (size_t i = 0; in && i < in->n; i++)
		if (in->v[i].dev == sb->st_dev && in->v[i].ino == sb->st_ino)
			return true;
	return false;
}

static char *dir_of(const char *path)
{
	const char *slash = strrchr(path, '/');
	return slash ? strndup(path, (size_t)(slash - path) + (slash == path)) : strdup(".");
}

/* Whether the directory holding path is one of spiegel's own data
 * directories (compared as device and inode: links and other spellings of
 * the same directory count). */
static bool in_data_dir(const struct store_output_rules *r, const char *path, const char **which)
{
	char *dir = dir_of(path);
	struct stat ds;
	bool hit = false;
	if (dir && stat(dir, &ds) == 0) {
		for (size_t i = 0; i < r->n_dirs && !hit; i++) {
			struct stat s;
			if (r->data_dirs[i] && stat(r->data_dirs[i], &s) == 0 &&
			    s.st_dev == ds.st_dev && s.st_ino == ds.st_ino) {
				hit = true;
				*which = r->data_dirs[i];
			}
		}
	}
	free(dir);
	return hit;
}

/* The kind of spiegel file at path ("session", "handin", ...) from its
 * "format", into kind; false when it is not one (or cannot be read). */
static bool sniff_format(const char *path, char *kind, size_t size)
{
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
	if (fd < 0)
		return false;
	char *buf = malloc(SNIFF_BYTES + 1);
	size_t n = 0;
	while (buf && n < SNIFF_BYTES) {
		ssize_t r = read(fd, buf + n, SNIFF_BYTES - n);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		n += (size_t)r;
	}
	close(fd);
	if (!buf)
		return false;
	buf[n] = '\0';
	bool found = false;
	for (char *p = buf; !found && (p = strstr(p, "\"format\"")); p++) {
		const char *q = p + 8;
		q += strspn(q, " \t\r\n");
		if (*q != ':')
			continue;
		q++;
		q += strspn(q, " \t\r\n");
		if (strncmp(q, "\"spiegel-", 9) != 0)
			continue;
		q += 9;
		size_t k = strcspn(q, "/\"");
		if (q[k] == '/' && k > 0 && k < size) {
			memcpy(kind, q, k);
			kind[k] = '\0';
			found = true;
		}
	}
	free(buf);
	return found;
}

/* What the user calls a spiegel file of this kind, when an output may not
 * replace it; NULL when it may. */
static const char *protected_kind(const char *kind, bool handin)
{
	static const struct {
		const char *kind, *name;
	} kinds[] = {
	    {"session", "een sessie"},
	    {"handin", "een inleverbestand"},
	    {"intervisie", "een intervisiegroep"},
	    {"plan", "een voornemen"},
	    {"portfolio-marks", "je keuze voor het portfolio"},
	    {"questionnaire", "een vragenlijst"},
	    {"practices", "de catalogus van praktijken"},
	    {"round", "een feedbackronde"},
	    {"feedback", "een antwoordbestand van een feedbackformulier"},
	    {"form", "een feedbackformulier"},
	};
	if (handin && strcmp(kind, "handin") == 0)
		return NULL;
	for (size_t i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
		if (strcmp(kind, kinds[i].kind) == 0)
			return kinds[i].name;
	return NULL; /* a report or another output */
}

/* Write into a character device or FIFO as it is: never created, truncated
 * or replaced. */
static bool sink_direct(struct store_sink *out, const void *data, size_t len)
{
	return store_write_all(out->io, out->fd, data, len, out->path, out->d);
}

static bool write_direct(const struct store_io *io, const char *path, store_produce_fn produce,
			 void *ctx, struct diag *d)
{
	int fd;
	do
		fd = io->openat(io->ctx, AT_FDCWD, path, O_WRONLY | O_NOCTTY | O_CLOEXEC, 0);
	while (fd < 0 && errno == EINTR);
	if (fd < 0) {
		diag_add(d, "%s: kan niet worden geopend om in te schrijven (%s)", path,
			 strerror(errno));
		return false;
	}
	struct stat sb;
	if (fstat(fd, &sb) != 0 || !(S_ISCHR(sb.st_mode) || S_ISFIFO(sb.st_mode))) {
		diag_add(d, "%s: veranderde terwijl spiegel het opende; niets geschreven", path);
		io->close(io->ctx, fd);
		return false;
	}
	struct store_sink sink = {sink_direct, io, fd, path, d, NULL};
	bool ok = produce(ctx, &sink);
	if (io->close(io->ctx, fd) != 0 && errno != EINTR && ok) {
		diag_add(d, "%s: sluiten mislukt (%s)", path, strerror(errno));
		ok = false;
	}
	return ok;
}

static bool refuse_input(const char *path, struct diag *d)
{
	diag_add(d,
		 "%s: deze opdracht leest dit bestand zelf; spiegel overschrijft het niet: "
		 "kies een ander bestand",
		 path);
	return false;
}

bool store_write_output(const struct store_io *io, const char *path, const void *data, size_t len,
			const struct store_output_rules *r, struct diag *d)
{
	struct store_buffer b = {data, len};
	return store_write_output_stream(io, path, store_produce_buffer, &b, r, d);
}

bool store_write_output_stream(const struct store_io *io, const char *path,
			       store_produce_fn produce, void *ctx,
			       const struct store_output_rules *r, struct diag *d)
{
	static const struct store_output_rules none;
	if (!r)
		r = &none;
	const char *which = NULL;
	struct stat ls, sb;
	if (!*path) {
		diag_add(d, "geen bestandsnaam voor de uitvoer");
		return false;
	}
	if (lstat(path, &ls) != 0) {
		if (errno != ENOENT) {
			diag_add(d, "%s: kan niet worden bekeken (%s)", path, strerror(errno));
			return false;
		}
		/* a new file */
		if (in_data_dir(r, path, &which)) {
			diag_add(d,
				 "%s: ligt in de map met spiegels eigen gegevens (%s); kies een "
				 "andere map",
				 path, which);
			return false;
		}
		return store_write_file_stream(io, path, produce, ctx, d);
	}
	if (stat(path, &sb) != 0) {
		diag_add(d, "%s: is een symbolische koppeling naar iets dat niet bestaat", path);
		return false;
	}
	if (S_ISDIR(sb.st_mode)) {
		diag_add(d, "%s: is een map; geef de naam van een bestand", path);
		return false;
	}
	bool changed;
	if (is_input(r->inputs, &sb, &changed))
		return refuse_input(path, d);
	if (changed) {
		diag_add(d, "%s: veranderde terwijl spiegel de bestanden las; niets geschreven",
			 path);
		return false;
	}
	if (S_ISCHR(sb.st_mode) || S_ISFIFO(sb.st_mode))
		return write_direct(io, path, produce, ctx, d);
	if (S_ISBLK(sb.st_mode)) {
		diag_add(d, "%s: is een schijf (een blokapparaat); daar schrijft spiegel niet in",
			 path);
		return false;
	}
	if (!S_ISREG(sb.st_mode)) {
		diag_add(d,
			 "%s: is geen gewoon bestand (een socket?); daar schrijft spiegel niet in",
			 path);
		return false;
	}
	/* a regular file, maybe through links: replaced where it really is,
	 * so that a link to it stays a link */
	char *real = realpath(path, NULL);
	if (!real) {
		diag_add(d, "%s: kan niet worden gevolgd (%s)", path, strerror(errno));
		return false;
	}
	bool ok = false;
	char kind[32];
	const char *name;
	if (in_data_dir(r, real, &which)) {
		diag_add(d,
			 "%s: ligt in de map met spiegels eigen gegevens (%s); kies een andere map",
			 path, which);
	} else if (sniff_format(real, kind, sizeof(kind)) &&
		   (name = protected_kind(kind, r->handin))) {
		diag_add(d,
			 "%s: is %s van spiegel; een uitvoer overschrijft dat nooit: kies een "
			 "ander bestand",
			 path, name);
	} else {
		ok = store_write_file_stream(io, real, produce, ctx, d);
	}
	free(real);
	return ok;
}
