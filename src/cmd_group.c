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
#include "spiegel/report.h"
#include "tui/tui.h"

/* ----------------------------------------------------------------- group */

#define WALK_MAX_DEPTH 8

static bool is_json_name(const char *name)
{
	size_t n = strlen(name);
	return name[0] != '.' && n > 5 && strcmp(name + n - 5, ".json") == 0;
}

static int by_name(const struct dirent **a, const struct dirent **b)
{
	return strcmp((*a)->d_name, (*b)->d_name);
}

struct measurement {
	const struct questionnaire *q;
	size_t *votes; /* PASS_CHOOSE: files per questionnaire of the content */
	struct group *g;
};

/* PASS_LIST: the files the CSV takes, so that they can be written in a
 * random order (never the order of the file names, which may name the
 * participant) */
struct listed {
	char *path;
	bool base; /* a --baseline path */
};

enum pass { PASS_CHOOSE, PASS_COUNT, PASS_LIST, PASS_CSV };

struct run {
	const struct opts *o;
	const struct content *c; /* the texts in use (loaded, then localised) */
	struct content *loaded;	 /* as loaded; owned */
	const char *base_q;	 /* --baseline with a questionnaire id */
	bool base_paths;	 /* walking the --baseline paths */
	enum pass pass;
	struct measurement now, base;
	size_t skipped;
	struct group_skips why;
	/* CSV */
	struct group_pairs *pairs;
	bool two; /* rows of two measurements are written */
	struct listed *list;
	size_t n_list, cap_list;
	size_t written[2]; /* participants whose rows were written */
	FILE *out;
	bool failed;		    /* out of memory or a write error */
	struct store_inputs inputs; /* every file read: never an output */
};

static bool list_add(struct run *r, const char *path)
{
	if (r->n_list == r->cap_list) {
		size_t cap = r->cap_list ? r->cap_list * 2 : 64;
		struct listed *nl = realloc(r->list, cap * sizeof(*nl));
		if (!nl)
			return false;
		r->list = nl;
		r->cap_list = cap;
	}
	char *copy = strdup(path);
	if (!copy)
		return false;
	r->list[r->n_list++] = (struct listed){copy, r->base_paths};
	return true;
}

static void list_clear(struct run *r)
{
	for (size_t i = 0; i < r->n_list; i++)
		free(r->list[i].path);
	free(r->list);
	r->list = NULL;
	r->n_list = r->cap_list = 0;
}

static struct measurement *measurement_of(struct run *r, const struct session *s)
{
	if (r->base_paths ||
	    (r->base_q && s->questionnaire && strcmp(s->questionnaire, r->base_q) == 0))
		return &r->base;
	return &r->now;
}

static void visit(struct run *r, const char *path)
{
	struct diag d;
	diag_init(&d);
	r->failed |= !store_inputs_add(&r->inputs, path);
	struct session *s = session_load(path, &d);
	struct measurement *m = s ? measurement_of(r, s) : NULL;
	switch (r->pass) {
	case PASS_CHOOSE:
		for (size_t i = 0; s && i < r->c->n_qs; i++)
			if (strcmp(r->c->qs[i]->id, s->questionnaire) == 0 &&
			    strcmp(r->c->qs[i]->version, s->version) == 0)
				m->votes[i]++;
		break;
	case PASS_COUNT:
		if (!s) {
			r->skipped++;
			r->why.unreadable++;
			cli_warn("overgeslagen: %s", diag_count(&d) ? diag_msg(&d, 0) : path);
		} else if (!m->g) {
			r->skipped++;
			r->why.other++;
			cli_warn("overgeslagen: %s: vragenlijst %s is hier niet beschikbaar", path,
				 s->questionnaire);
		} else {
			enum group_add_result res = group_add(m->g, s, path, &d);
			if (res != GROUP_ADDED) {
				r->skipped++;
				r->why.other += res == GROUP_OTHER;
				r->why.duplicate += res == GROUP_DUPLICATE;
				r->why.invalid += res == GROUP_INVALID;
				for (size_t i = 0; i < diag_count(&d); i++)
					cli_warn("overgeslagen: %s", diag_msg(&d, i));
			}
			r->failed |= res == GROUP_NOMEM;
		}
		break;
	case PASS_LIST:
		/* the files that count, exactly as in the report; each one's
		 * alias noted for pairing the two measurements */
		if (s && m->g && group_add(m->g, s, path, &d) == GROUP_ADDED)
			r->failed |=
			    !list_add(r, path) ||
			    !group_pairs_note(r->pairs, m == &r->base ? GROUP_BASE : GROUP_NOW,
					      s->participant);
		break;
	case PASS_CSV:
		if (s && m->g && group_add(m->g, s, path, &d) == GROUP_ADDED) {
			enum group_measurement gm = m == &r->base ? GROUP_BASE : GROUP_NOW;
			char letter[48], named[SESSION_MAX_NAME + 56];
			bool paired;
			group_pairs_label(r->pairs, gm, s->participant, letter, sizeof(letter),
					  &paired);
			/* with names, the letter too: two people may share a name
			 * or have none */
			snprintf(named, sizeof(named), "%s (%s)", s->participant, letter);
			size_t len;
			char *rows = report_csv_rows(m->g, s, r->o->names ? named : letter,
						     gm == GROUP_BASE ? "nulmeting" : "nu",
						     !r->two  ? ""
						     : paired ? "ja"
							      : "nee",
						     &len);
			if (!rows || fwrite(rows, 1, len, r->out) != len)
				r->failed = true;
			free(rows);
			r->written[gm]++;
		}
		break;
	}
	session_destroy(s);
	diag_finish(&d);
}

/* A path that cannot be read as part of the group: reported (once, in the
 * counting pass) and counted as skipped, so that the figures never silently
 * leave someone out. */
static void walk_problem(struct run *r, const char *path, const char *why)
{
	if (r->pass != PASS_COUNT)
		return;
	r->skipped++;
	r->why.unvisited++;
	cli_warn("overgeslagen: %s: %s", path, why);
}

/* Visit every *.json file under path in name order, folders recursively.
 * A path named on the command line is followed if it is a link; inside
 * folders, links to files are followed and links to folders are not (no
 * loops). Only the names of one folder are held at a time. */
static void walk(struct run *r, const char *path, int depth)
{
	struct stat sb;
	if ((depth == 0 ? stat(path, &sb) : lstat(path, &sb)) != 0) {
		walk_problem(r, path, strerror(errno));
		return;
	}
	if (S_ISLNK(sb.st_mode)) {
		struct stat tb;
		if (stat(path, &tb) == 0 && S_ISREG(tb.st_mode))
			visit(r, path);
		else
			walk_problem(
			    r, path,
			    "symbolische koppeling naar een map of naar niets; niet gevolgd");
		return;
	}
	if (S_ISREG(sb.st_mode)) {
		visit(r, path);
		return;
	}
	if (!S_ISDIR(sb.st_mode)) {
		walk_problem(r, path, "geen gewoon bestand of map");
		return;
	}
	if (depth > WALK_MAX_DEPTH) {
		walk_problem(r, path, "te diep genest (meer dan 8 mappen diep)");
		return;
	}
	struct dirent **list;
	int n = scandir(path, &list, NULL, by_name);
	if (n < 0) {
		walk_problem(r, path, strerror(errno));
		return;
	}
	for (int i = 0; i < n; i++) {
		const char *name = list[i]->d_name;
		if (name[0] != '.') {
			char child[PATH_MAX];
			int m = snprintf(child, sizeof(child), "%s%s%s", path,
					 path[strlen(path) - 1] == '/' ? "" : "/", name);
			struct stat cb;
			if (m < 0 || (size_t)m >= sizeof(child))
				walk_problem(r, name, "het pad is te lang");
			else if (lstat(child, &cb) != 0)
				walk_problem(r, child, strerror(errno));
			else if (S_ISDIR(cb.st_mode) || is_json_name(name))
				walk(r, child, depth + 1);
			else if (S_ISLNK(cb.st_mode) && stat(child, &cb) == 0 &&
				 S_ISDIR(cb.st_mode))
				walk_problem(r, child,
					     "symbolische koppeling naar een map; niet gevolgd");
		}
		free(list[i]);
	}
	free(list);
}

static void walk_all(struct run *r, int n, const char *const *paths)
{
	r->base_paths = true;
	for (size_t i = 0; i < r->o->n_baseline; i++)
		if (r->o->baseline[i] != r->base_q)
			walk(r, r->o->baseline[i], 0);
	r->base_paths = false;
	for (int i = 0; i < n; i++)
		walk(r, paths[i], 0);
}

/* Unless given, the questionnaire of a measurement is the one most of its
 * files belong to; the others are reported and skipped. */
static void choose(struct measurement *m, const struct content *c)
{
	size_t kinds = 0, best = 0;
	const struct questionnaire *pick = NULL;
	for (size_t i = 0; i < c->n_qs; i++) {
		kinds += m->votes[i] > 0;
		if (m->votes[i] > best) {
			best = m->votes[i];
			pick = c->qs[i];
		}
	}
	if (m->q)
		return; /* given (-q or --baseline ID) */
	m->q = pick;
	if (kinds > 1 && best)
		fprintf(stderr,
			"spiegel: de bestanden horen bij %zu vragenlijsten; %s telt (de meeste "
			"bestanden). Kies een andere met -q ID, of vergelijk met een nulmeting via "
			"--baseline ID.\n",
			kinds, m->q->id);
}

/* The other measurement of a: b when they share items (all of them when it
 * is the same questionnaire), so that they can be compared. */
static const struct questionnaire *common_with(const struct questionnaire *a,
					       const struct questionnaire *b)
{
	if (!b)
		return NULL;
	if (a == b)
		return b;
	for (size_t i = 0; i < a->n_items; i++) {
		const struct item *other = content_find_item(b, a->items[i].id);
		if (other && content_items_same(other, &a->items[i]))
			return b;
	}
	return NULL;
}

static bool make_groups(struct run *r)
{
	const struct catalogue *cat = r->c->catalogue;
	group_destroy(r->now.g);
	group_destroy(r->base.g);
	r->base.g = NULL;
	r->now.g = group_create(cat, r->now.q, common_with(r->now.q, r->base.q));
	if (r->base.q)
		r->base.g = group_create(cat, r->base.q, common_with(r->base.q, r->now.q));
	if (!r->now.g || (r->base.q && !r->base.g))
		return false;
	r->now.g->names = r->base.g ? (r->base.g->names = r->o->names) : r->o->names;
	return true;
}

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

/* The rows: the same files again, adding to fresh groups so that
 * duplicates and other questionnaires are skipped exactly as in the
 * report; first to list them and note their aliases (PASS_LIST), then, in
 * a random order, to write their rows (PASS_CSV). */
static void csv_rows(struct run *r, int n, const char *const *paths, bool hide_now, bool hide_base)
{
	size_t n_now = r->now.g->n, n_base = r->base.g ? r->base.g->n : 0;
	r->two = r->base.g && !hide_now && !hide_base;
	r->pairs = group_pairs_create(r->two);
	bool fine = r->pairs != NULL;
	for (int pass = PASS_LIST; fine && !r->failed && pass <= PASS_CSV; pass++) {
		r->pass = (enum pass)pass;
		if (!make_groups(r)) {
			fine = false;
			break;
		}
		struct group *keep_now = r->now.g, *keep_base = r->base.g;
		if (hide_now)
			r->now.g = NULL;
		if (hide_base)
			r->base.g = NULL;
		if (pass == PASS_LIST) {
			walk_all(r, n, paths);
		} else {
			size_t *perm = calloc(r->n_list ? r->n_list : 1, sizeof(*perm));
			fine = perm != NULL;
			if (perm)
				group_permutation(perm, r->n_list, random_seed());
			for (size_t i = 0; fine && i < r->n_list; i++) {
				r->base_paths = r->list[perm[i]].base;
				visit(r, r->list[perm[i]].path);
			}
			r->base_paths = false;
			free(perm);
		}
		r->now.g = keep_now;
		r->base.g = keep_base;
		if (pass == PASS_LIST && fine && !r->failed)
			fine = group_pairs_finish(r->pairs, random_seed());
	}
	r->failed |= !fine;
	if (!r->failed && r->written[GROUP_NOW] + r->written[GROUP_BASE] !=
			      (hide_now ? 0 : n_now) + (hide_base ? 0 : n_base))
		fprintf(stderr, "spiegel: let op: de bestanden veranderden tijdens het "
				"lezen\n");
}

/* CSV is built in memory as the sessions are read, then written like every
 * other output (write_output: atomically, never over an input). */
static int write_csv(struct run *r, int n, const char *const *paths)
{
	char *csv = NULL;
	size_t csv_len = 0;
	if (!(r->out = open_memstream(&csv, &csv_len))) {
		cli_warn("onvoldoende geheugen");
		return EXIT_DATA;
	}
	size_t len;
	char *head = report_csv_header(&len);
	r->failed |= !head || fwrite(head, 1, len, r->out) != len;
	free(head);
	size_t min = r->o->min_group;
	bool hide_now = r->now.g->n < min, hide_base = r->base.g && r->base.g->n < min;
	if (hide_now || hide_base)
		fprintf(stderr,
			"spiegel: te weinig deelnemers (minimaal %zu, zie --min-group): de rijen "
			"van %s blijven weg\n",
			min,
			hide_now && hide_base ? "beide metingen"
			: hide_now	      ? "deze meting"
					      : "de nulmeting");
	csv_rows(r, n, paths, hide_now, hide_base);
	r->failed |= fclose(r->out) != 0;
	r->out = NULL;
	int status = EXIT_DATA;
	struct diag d;
	diag_init(&d);
	if (r->failed || !csv)
		diag_add(&d, "de CSV is niet geschreven: onvoldoende geheugen");
	else
		status = write_output(r->o, csv, csv_len, &r->inputs, false, &d);
	print_diag(&d);
	diag_finish(&d);
	free(csv);
	return status;
}

/* The files that did not count, in the words the report uses, and where
 * the reasons were given. */
static void print_skipped(FILE *f, const struct run *r)
{
	char *why = report_group_skipped(r->skipped, &r->why);
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

static void report_written(const struct run *r)
{
	char now[96], base[128] = "";
	count_text(now, sizeof(now), r->now.g->n, r->o->min_group, "");
	if (r->base.g) {
		count_text(base + 2, sizeof(base) - 2, r->base.g->n, r->o->min_group,
			   "nulmeting: ");
		memcpy(base, "; ", 2);
	}
	cli_printf("Groepsrapport geschreven: %s (%s%s)\n", r->o->output, now, base);
	print_skipped(stdout, r);
}

/* After the CSV: how many participants' rows it holds, per measurement,
 * how many were paired across the measurements and why others were not,
 * and which files did not count. To stdout with -o FILE, else (the CSV is
 * on stdout) to stderr. */
static void csv_written(const struct run *r, const size_t counted[2])
{
	bool to_file = r->o->output && strcmp(r->o->output, "-") != 0;
	FILE *f = to_file ? stdout : stderr;
	size_t min = r->o->min_group;
	char now[128], base[160] = "";
	if (counted[0] < min)
		snprintf(now, sizeof(now), "geen rijen van deze meting: %zu %s, minimaal %zu",
			 counted[0], counted[0] == 1 ? "deelnemer" : "deelnemers", min);
	else
		count_text(now, sizeof(now), r->written[GROUP_NOW], 0, "rijen van ");
	if (r->base.g && counted[1] < min)
		snprintf(base, sizeof(base), "; geen rijen van de nulmeting: %zu %s, minimaal %zu",
			 counted[1], counted[1] == 1 ? "deelnemer" : "deelnemers", min);
	else if (r->base.g)
		snprintf(base, sizeof(base), "; nulmeting: rijen van %zu %s",
			 r->written[GROUP_BASE],
			 r->written[GROUP_BASE] == 1 ? "deelnemer" : "deelnemers");
	if (to_file)
		cli_printf("CSV geschreven: %s (%s%s)\n", r->o->output, now, base);
	else
		fprintf(f, "spiegel: CSV: %s%s\n", now, base);
	if (r->two) {
		struct group_pair_counts pc;
		group_pairs_counts(r->pairs, &pc);
		fprintf(f,
			"%s%zu %s in beide metingen onder dezelfde letter (kolom paar: ja), "
			"gekoppeld op hun code.",
			to_file ? "" : "spiegel: ", pc.paired,
			pc.paired == 1 ? "deelnemer staat" : "deelnemers staan");
		if (pc.unpaired[0] || pc.unpaired[1])
			fprintf(
			    f,
			    " Niet gekoppeld (paar: nee, een eigen letter per meting): %zu van "
			    "nu en %zu van de nulmeting, van wie %zu zonder code en %zu met een "
			    "code die twee bestanden dragen; de anderen hebben een code die maar "
			    "in één meting voorkomt.",
			    pc.unpaired[0], pc.unpaired[1], pc.no_alias[0] + pc.no_alias[1],
			    pc.ambiguous[0] + pc.ambiguous[1]);
		fputs("\n", f);
	}
	if (to_file)
		print_skipped(f, r);
}

/* The options checked and the measurements set up: a usage error or
 * EXIT_DATA, else -1. */
static int group_setup(struct run *r, int n, const char *const *paths, enum report_format *f)
{
	const struct opts *o = r->o;
	*f = REPORT_TEXT;
	if (o->format && !report_group_format_parse(o->format, f))
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
	if (!(r->c = r->loaded = load_content(o)))
		return EXIT_DATA;
	for (size_t i = 0; i < o->n_baseline; i++) {
		if (access(o->baseline[i], F_OK) == 0)
			continue;
		if (r->base_q || !content_find(r->c, o->baseline[i]))
			return usage_error("--baseline is geen bestaand pad en geen vragenlijst: ",
					   o->baseline[i]);
		r->base_q = o->baseline[i];
	}
	if (o->questionnaire && !(r->now.q = content_find(r->c, o->questionnaire)))
		return usage_error("onbekende vragenlijst bij -q: ", o->questionnaire);
	if (r->base_q)
		r->base.q = content_find(r->c, r->base_q);
	r->now.votes = calloc(r->c->n_qs + 1, sizeof(size_t));
	r->base.votes = calloc(r->c->n_qs + 1, sizeof(size_t));
	if (!r->now.votes || !r->base.votes) {
		fprintf(stderr, "spiegel: onvoldoende geheugen\n");
		return EXIT_DATA;
	}
	return -1;
}

/* Every file read into its group (now, and the baseline): false with the
 * reason said. */
static bool group_read(struct run *r, int n, const char *const *paths)
{
	const struct opts *o = r->o;
	r->pass = PASS_CHOOSE;
	walk_all(r, n, paths);
	choose(&r->now, r->c);
	choose(&r->base, r->c);
	if (!r->now.q) {
		/* say why, file by file */
		r->pass = PASS_COUNT;
		walk_all(r, n, paths);
		fprintf(stderr, "spiegel: geen bruikbare sessie- of inleverbestanden gevonden\n");
		return false;
	}
	if (o->n_baseline && !r->base.q) {
		fprintf(stderr,
			"spiegel: geen bestanden voor de nulmeting gevonden (--baseline)\n");
		return false;
	}
	if (!make_groups(r)) {
		fprintf(stderr, "spiegel: onvoldoende geheugen\n");
		return false;
	}
	if (r->base.q && !r->now.g->other)
		fprintf(stderr,
			"spiegel: %s en %s delen geen vragen; er is geen verandering sinds de "
			"nulmeting te berekenen\n",
			r->base.q->id, r->now.q->id);
	r->pass = PASS_COUNT;
	walk_all(r, n, paths);
	if (r->failed) {
		fprintf(stderr, "spiegel: onvoldoende geheugen\n");
		return false;
	}
	group_finish(r->now.g);
	if (r->base.g)
		group_finish(r->base.g);
	if (r->now.g->n == 0) {
		fprintf(stderr, "spiegel: geen bruikbare sessie- of inleverbestanden gevonden\n");
		return false;
	}
	return true;
}

/* The wording: the group's own sector only when everyone shares it and
 * the group is large enough to show anything; else algemeen. The texts
 * of both groups are those of *view then. */
static bool group_localize(struct run *r, struct content **view)
{
	enum sector sec = SECTOR_ALGEMEEN, bsec;
	if (!group_sector(r->now.g, r->o->min_group, &sec) ||
	    (r->base.g && (!group_sector(r->base.g, r->o->min_group, &bsec) || bsec != sec)))
		sec = SECTOR_ALGEMEEN;
	*view = localize_content(r->c, sec);
	if (!*view || !group_use_content(r->now.g, *view) ||
	    (r->base.g && !group_use_content(r->base.g, *view)))
		return false;
	r->c = *view;
	r->now.q = r->now.g->q;
	if (r->base.g)
		r->base.q = r->base.g->q;
	return true;
}

/* The report in format f (or the projection view), to -o or stdout. */
static int group_write(struct run *r, enum report_format f, int n, const char *const *paths)
{
	const struct opts *o = r->o;
	int status = EXIT_DATA;
	if (o->tui)
		return tui_projection(r->now.g, r->base.g, o->min_group);
	if (f == REPORT_CSV) {
		size_t counted[2] = {r->now.g->n, r->base.g ? r->base.g->n : 0};
		status = write_csv(r, n, paths);
		if (status == EXIT_OK)
			csv_written(r, counted);
		return status;
	}
	struct group_report_input in = {r->now.g, r->base.g, o->min_group, r->skipped, r->why};
	size_t len;
	char *text = report_group(f, &in, &len);
	struct diag d;
	diag_init(&d);
	if (!text)
		diag_add(&d, "onvoldoende geheugen");
	else
		status = write_output(o, text, len, &r->inputs, false, &d);
	print_diag(&d);
	diag_finish(&d);
	free(text);
	if (status == EXIT_OK && o->output && strcmp(o->output, "-") != 0)
		report_written(r);
	return status;
}

int cmd_group(const struct opts *o, int n, const char *const *paths)
{
	struct run r;
	memset(&r, 0, sizeof(r));
	r.o = o;
	enum report_format f;
	struct content *view = NULL;
	int status = group_setup(&r, n, paths, &f);
	if (status < 0) {
		status = EXIT_DATA;
		if (group_read(&r, n, paths) && group_localize(&r, &view))
			status = group_write(&r, f, n, paths);
	}
	group_pairs_destroy(r.pairs);
	list_clear(&r);
	store_inputs_finish(&r.inputs);
	free(r.now.votes);
	free(r.base.votes);
	group_destroy(r.now.g);
	group_destroy(r.base.g);
	content_destroy(view);
	content_destroy(r.loaded);
	return status;
}
