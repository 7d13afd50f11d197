/* spiegel group: a group report of session and hand-in files (or folders
 * of them), for coaches and trainers; on the full screen with --tui. */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <sys/random.h>
#include <unistd.h>

#include "cli.h"
#include "spiegel/group.h"
#include "spiegel/group_run.h"
#include "spiegel/report.h"
#include "tui/tui.h"

/* ----------------------------------------------------------------- group */

/* Randomness for the CSV's orders (the core takes it as a seed). */
static uint64_t random_seed(void)
{
	uint64_t seed = 0;
	if (getentropy(&seed, sizeof(seed)) != 0) {
		struct timespec ts;
		clock_gettime(CLOCK_REALTIME, &ts);
		seed = (uint64_t)ts.tv_nsec ^ ((uint64_t)ts.tv_sec << 20) ^ (uint64_t)getpid();
	}
	return seed;
}

/* Which questionnaire counts when the files belong to several. */
static void choose_note(const struct group_run_measure *m)
{
	if (m->given || m->kinds <= 1 || !m->q)
		return;
	fprintf(stderr,
		"spiegel: de bestanden horen bij %zu vragenlijsten; %s telt (de meeste "
		"bestanden). Kies een andere met -q ID, of vergelijk met een nulmeting via "
		"--baseline ID.\n",
		m->kinds, m->q->id);
}

static void print_skips(const struct group_run *run)
{
	for (size_t i = 0; i < diag_count(&run->msgs); i++)
		cli_warn("overgeslagen: %s", diag_msg(&run->msgs, i));
}

/* The files that did not count, in the words the report uses, and where
 * the reasons were given. */
static void print_skipped(FILE *f, const struct group_run *run)
{
	char *why = report_group_skipped(run->skipped, &run->why);
	if (why && *why)
		fprintf(f, "%s Zie de meldingen hierboven.\n", why);
	free(why);
}

/* "5 deelnemers" or why a measurement shows only its count. */
static void count_text(char *buf, size_t size, size_t n, size_t min, const char *rows)
{
	if (n < min)
		snprintf(buf, size, "%s%zu %s, te weinig (minimaal %zu)", rows, n,
			 n == 1 ? "deelnemer" : "deelnemers", min);
	else
		snprintf(buf, size, "%s%zu %s", rows, n, n == 1 ? "deelnemer" : "deelnemers");
}

static void report_written(const struct opts *o, const struct group_run *run)
{
	char now[96], base[128] = "";
	count_text(now, sizeof(now), run->now.g->n, o->min_group, "");
	if (run->base.g) {
		count_text(base + 2, sizeof(base) - 2, run->base.g->n, o->min_group, "nulmeting: ");
		memcpy(base, "; ", 2);
	}
	cli_printf("Groepsrapport geschreven: %s (%s%s)\n", o->output, now, base);
	print_skipped(stdout, run);
}

/* After the CSV: how many participants' rows it holds, per measurement,
 * how many were paired across the measurements and why others were not,
 * and which files did not count. To stdout with -o FILE, else (the CSV is
 * on stdout) to stderr. */
static void csv_written(const struct opts *o, const struct group_run *run,
			const struct group_run_csv_out *out)
{
	bool to_file = o->output && strcmp(o->output, "-") != 0;
	FILE *f = to_file ? stdout : stderr;
	size_t min = o->min_group;
	size_t counted[2] = {run->now.g->n, run->base.g ? run->base.g->n : 0};
	char now[128], base[160] = "";
	if (counted[0] < min)
		snprintf(now, sizeof(now), "geen rijen van deze meting: %zu %s, minimaal %zu",
			 counted[0], counted[0] == 1 ? "deelnemer" : "deelnemers", min);
	else
		count_text(now, sizeof(now), out->written[GROUP_NOW], 0, "rijen van ");
	if (run->base.g && counted[1] < min)
		snprintf(base, sizeof(base), "; geen rijen van de nulmeting: %zu %s, minimaal %zu",
			 counted[1], counted[1] == 1 ? "deelnemer" : "deelnemers", min);
	else if (run->base.g)
		snprintf(base, sizeof(base), "; nulmeting: rijen van %zu %s",
			 out->written[GROUP_BASE],
			 out->written[GROUP_BASE] == 1 ? "deelnemer" : "deelnemers");
	if (to_file)
		cli_printf("CSV geschreven: %s (%s%s)\n", o->output, now, base);
	else
		fprintf(f, "spiegel: CSV: %s%s\n", now, base);
	if (out->two) {
		const struct group_pair_counts *pc = &out->pc;
		fprintf(f,
			"%s%zu %s in beide metingen onder dezelfde letter (kolom paar: ja), "
			"gekoppeld op hun code.",
			to_file ? "" : "spiegel: ", pc->paired,
			pc->paired == 1 ? "deelnemer staat" : "deelnemers staan");
		if (pc->unpaired[0] || pc->unpaired[1])
			fprintf(
			    f,
			    " Niet gekoppeld (paar: nee, een eigen letter per meting): %zu van "
			    "nu en %zu van de nulmeting, van wie %zu zonder code en %zu met een "
			    "code die twee bestanden dragen; de anderen hebben een code die maar "
			    "in één meting voorkomt.",
			    pc->unpaired[0], pc->unpaired[1], pc->no_alias[0] + pc->no_alias[1],
			    pc->ambiguous[0] + pc->ambiguous[1]);
		fputs("\n", f);
	}
	if (to_file)
		print_skipped(f, run);
}

static bool to_sink(void *ctx, const char *data, size_t len)
{
	return store_sink_write(ctx, data, len);
}

/* The CSV, written as it is made (called again for a new attempt). */
struct csv_job {
	const struct opts *o;
	struct group_run *run;
	uint64_t seed;
	struct group_run_csv_out res;
};

static bool produce_csv(void *ctx, struct store_sink *out)
{
	struct csv_job *j = ctx;
	return group_run_csv(j->run, j->o->min_group, j->o->names, j->seed, to_sink, out, &j->res);
}

/* The CSV: the header and every participant's rows, written like every
 * other output (atomically, never over an input). */
static int write_csv(const struct opts *o, struct group_run *run)
{
	size_t min = o->min_group;
	bool hide_now = run->now.g->n < min, hide_base = run->base.g && run->base.g->n < min;
	if (hide_now || hide_base)
		fprintf(stderr,
			"spiegel: te weinig deelnemers (minimaal %zu, zie --min-group): de rijen "
			"van %s blijven weg\n",
			min,
			hide_now && hide_base ? "beide metingen"
			: hide_now	      ? "deze meting"
					      : "de nulmeting");
	struct csv_job j = {.o = o, .run = run, .seed = random_seed()};
	struct diag d;
	diag_init(&d);
	int status = write_output_stream(o, produce_csv, &j, &run->inputs, &d);
	if (status != EXIT_OK && !diag_count(&d) && !ferror(stdout))
		diag_add(&d, "de CSV is niet geschreven: onvoldoende geheugen");
	print_diag(&d);
	diag_finish(&d);
	if (status == EXIT_OK)
		csv_written(o, run, &j.res);
	return status;
}

/* A group report, written as it is made. */
struct report_job {
	enum report_format f;
	const struct group_report_input *in;
};

static bool produce_report(void *ctx, struct store_sink *out)
{
	const struct report_job *j = ctx;
	return report_group_write(j->f, j->in, to_sink, out);
}

/* The options checked, the questionnaires given: the arguments of the run,
 * or a usage error (status in *status). */
static bool group_args(const struct opts *o, const struct content *c, int n,
		       const char *const *paths, struct group_run_args *a, const char ***base_paths,
		       int *status)
{
	memset(a, 0, sizeof(*a));
	a->c = c;
	a->paths = paths;
	a->n_paths = (size_t)n;
	a->names = o->names;
	const char *base_q = NULL;
	for (size_t i = 0; i < o->n_baseline; i++) {
		if (access(o->baseline[i], F_OK) == 0)
			continue;
		if (base_q || !content_find(c, o->baseline[i])) {
			*status =
			    usage_error("--baseline is geen bestaand pad en geen vragenlijst: ",
					o->baseline[i]);
			return false;
		}
		base_q = o->baseline[i];
	}
	if (o->questionnaire && !(a->q = content_find(c, o->questionnaire))) {
		*status = usage_error("onbekende vragenlijst bij -q: ", o->questionnaire);
		return false;
	}
	if (base_q)
		a->base_q = content_find(c, base_q);
	*base_paths = calloc(o->n_baseline + 1, sizeof(**base_paths));
	if (!*base_paths) {
		fprintf(stderr, "spiegel: onvoldoende geheugen\n");
		*status = EXIT_DATA;
		return false;
	}
	for (size_t i = 0; i < o->n_baseline; i++)
		if (o->baseline[i] != base_q)
			(*base_paths)[a->n_base_paths++] = o->baseline[i];
	a->base_paths = *base_paths;
	return true;
}

/* The files read: what the messages say, and whether there is a group to
 * report on. */
static bool group_read_ok(const struct group_run *run)
{
	choose_note(&run->now);
	choose_note(&run->base);
	switch (run->state) {
	case GROUP_RUN_NOMEM:
		print_skips(run);
		fprintf(stderr, "spiegel: onvoldoende geheugen\n");
		return false;
	case GROUP_RUN_NO_FILES:
		print_skips(run);
		fprintf(stderr, "spiegel: geen bruikbare sessie- of inleverbestanden gevonden\n");
		return false;
	case GROUP_RUN_NO_BASELINE:
		fprintf(stderr,
			"spiegel: geen bestanden voor de nulmeting gevonden (--baseline)\n");
		return false;
	case GROUP_RUN_OK:
		break;
	}
	if (run->base.q && !run->now.g->other)
		fprintf(stderr,
			"spiegel: %s en %s delen geen vragen; er is geen verandering sinds de "
			"nulmeting te berekenen\n",
			run->base.q->id, run->now.q->id);
	print_skips(run);
	if (run->now.g->n == 0) {
		fprintf(stderr, "spiegel: geen bruikbare sessie- of inleverbestanden gevonden\n");
		return false;
	}
	return true;
}

/* The report in format f (or the projection view), to -o or stdout. */
static int group_write(const struct opts *o, struct group_run *run, enum report_format f)
{
	if (o->tui)
		return tui_projection(run->now.g, run->base.g, o->min_group);
	if (f == REPORT_CSV)
		return write_csv(o, run);
	struct group_report_input in = {run->now.g, run->base.g, o->min_group, run->skipped,
					run->why};
	struct report_job j = {f, &in};
	struct diag d;
	diag_init(&d);
	int status = write_output_stream(o, produce_report, &j, &run->inputs, &d);
	if (status != EXIT_OK && !diag_count(&d) && !ferror(stdout))
		diag_add(&d, "onvoldoende geheugen");
	print_diag(&d);
	diag_finish(&d);
	if (status == EXIT_OK && o->output && strcmp(o->output, "-") != 0)
		report_written(o, run);
	return status;
}

int cmd_group(const struct opts *o, int n, const char *const *paths)
{
	enum report_format f = REPORT_TEXT;
	if (o->format && !report_group_format_parse(o->format, &f))
		return usage_error("onbekend formaat (kies text, markdown, html, csv of json): ",
				   o->format);
	if (o->tui && (o->format || o->output))
		return usage_error("--tui toont het rapport op het scherm; laat --format en -o weg",
				   "");
	for (int i = 0; i < n; i++)
		if (access(paths[i], F_OK) != 0) {
			cli_warn("%s: bestaat niet", paths[i]);
			return EXIT_DATA;
		}
	struct content *c = load_content(o), *view = NULL;
	if (!c)
		return EXIT_DATA;
	int status = EXIT_DATA;
	struct group_run_args a;
	const char **base_paths = NULL;
	if (!group_args(o, c, n, paths, &a, &base_paths, &status)) {
		content_destroy(c);
		return status;
	}
	status = EXIT_DATA;
	a.rows = !o->tui && f == REPORT_CSV;
	/* never over an input: the output is watched while the files are read */
	a.output = o->output && strcmp(o->output, "-") != 0 ? o->output : NULL;
	a.seed = random_seed();
	/* the CSV's rows beyond what is kept in memory (unnamed, private) */
	FILE *spill = a.rows ? tmpfile() : NULL;
	a.spill = spill;
	struct group_run *run = group_run_read(&a);
	if (!run) {
		fprintf(stderr, "spiegel: onvoldoende geheugen\n");
		goto done;
	}
	if (!group_read_ok(run))
		goto done;
	/* the wording: the group's own sector only when everyone shares it and
	 * the group is large enough to show anything; else algemeen */
	enum sector sec = SECTOR_ALGEMEEN, bsec;
	if (!group_sector(run->now.g, o->min_group, &sec) ||
	    (run->base.g && (!group_sector(run->base.g, o->min_group, &bsec) || bsec != sec)))
		sec = SECTOR_ALGEMEEN;
	view = localize_content(c, sec);
	if (!view || !group_use_content(run->now.g, view) ||
	    (run->base.g && !group_use_content(run->base.g, view)))
		goto done;
	status = group_write(o, run, f);
done:
	group_run_destroy(run);
	if (spill)
		fclose(spill);
	free(base_paths);
	content_destroy(view);
	content_destroy(c);
	return status;
}
