/* Commands for coaches and trainers and for growth over time: export (a
 * hand-in file), group (group reports) and compare (one person's change). */
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

/* ---------------------------------------------------------------- export */

static bool same_file(const char *a, const char *b)
{
	struct stat x, y;
	return stat(a, &x) == 0 && stat(b, &y) == 0 && x.st_dev == y.st_dev && x.st_ino == y.st_ino;
}

int cmd_export(const struct opts *o, const char *arg)
{
	if (o->alias && (!session_name_ok(o->alias) || !*o->alias))
		return usage_error("de code bij --alias is leeg, te lang, geen geldige UTF-8 of "
				   "bevat een stuurteken",
				   "");
	struct content *c = load_content(o);
	struct store st;
	if (!c || !open_store(o, &st)) {
		content_destroy(c);
		return EXIT_DATA;
	}
	int status = EXIT_DATA;
	struct diag d;
	diag_init(&d);
	char *path = store_find_session(&st, arg, &d);
	const struct questionnaire *q = NULL;
	struct session *s = path ? load_session(c, path, &q) : NULL;
	if (s && o->output && strcmp(o->output, "-") != 0 && same_file(o->output, path)) {
		diag_add(&d, "%s: dat is de sessie zelf; kies een ander bestand bij -o", o->output);
	} else if (s) {
		struct session_export_info info;
		size_t len;
		char *json = session_export(s, o->alias, time(NULL), &len, &info);
		if (!json)
			diag_add(&d, "onvoldoende geheugen");
		else
			status = write_output(o->output, json, len, &d);
		free(json);
		if (status == EXIT_OK) {
			const char *who = o->alias ? o->alias : s->participant;
			struct content *v = localize_content(c, session_sector(s, q, &st, c));
			const struct questionnaire *vq = v ? content_find(v, q->id) : NULL;
			char *title = strdup(vq ? vq->title : q->title);
			FILE *msg = o->output && strcmp(o->output, "-") != 0 ? stdout : stderr;
			if (msg == stdout)
				fprintf(msg, "Inleverbestand geschreven: %s\n", o->output);
			fprintf(msg, "Het bevat je antwoorden op \"%s\" (%zu van %zu vragen%s).\n",
				title ? title : q->id, session_count_answered(s, q), q->n_items,
				s->finished ? "" : "; de vragenlijst is nog niet af");
			free(title);
			content_destroy(v);
			fprintf(msg,
				"Open antwoorden: %zu gedeeld en meegenomen, %zu privé en "
				"weggelaten.\n",
				info.shared, info.withheld);
			fprintf(msg, "Niet meegenomen: waar je was gebleven en tekst die je nog "
				     "aan het typen was.\n");
			if (*who)
				fprintf(msg, "Je staat erin als \"%s\"%s.\n", who,
					o->alias ? ""
						 : " (de naam van je sessie; kies een code met "
						   "--alias CODE)");
			else
				fprintf(msg, "Er staat geen naam in; geef een code mee met --alias "
					     "CODE als je trainer dat vraagt.\n");
		}
	}
	print_diag(&d);
	diag_finish(&d);
	session_destroy(s);
	free(path);
	store_finish(&st);
	content_destroy(c);
	return status;
}

/* --------------------------------------------------------------- compare */

int cmd_compare(const struct opts *o, const char *old_arg, const char *new_arg)
{
	enum report_format f = REPORT_TEXT;
	if (o->format && (!report_format_parse(o->format, &f)))
		return usage_error("onbekend formaat (kies text, markdown of json): ", o->format);
	struct content *c = load_content(o);
	struct store st;
	if (!c || !open_store(o, &st)) {
		content_destroy(c);
		return EXIT_DATA;
	}
	int status = EXIT_DATA;
	struct diag d;
	diag_init(&d);
	char *p_old = store_find_session(&st, old_arg, &d);
	char *p_new = p_old ? store_find_session(&st, new_arg, &d) : NULL;
	const struct questionnaire *q_old = NULL, *q_new = NULL;
	struct session *s_old = p_new ? load_session(c, p_old, &q_old) : NULL;
	struct session *s_new = s_old ? load_session(c, p_new, &q_new) : NULL;
	/* one person's sessions: the texts in the newer session's sector */
	struct content *v =
	    s_new ? localize_content(c, session_sector(s_new, q_new, &st, c)) : NULL;
	if (s_new && v) {
		q_old = content_find(v, q_old->id);
		q_new = content_find(v, q_new->id);
	}
	if (s_new && v && q_old && q_new) {
		size_t common = 0;
		for (size_t i = 0; i < q_new->n_items; i++) {
			const struct item *ot = content_find_item(q_old, q_new->items[i].id);
			common += ot && content_items_same(ot, &q_new->items[i]);
		}
		if (common == 0) {
			diag_add(&d,
				 "%s en %s hebben geen vragen gemeen; vergelijk sessies van "
				 "dezelfde vragenlijst",
				 q_old->id, q_new->id);
		} else {
			struct compare_input in = {v->catalogue, q_old, q_new, s_old, s_new};
			size_t len;
			char *text = report_compare(f, &in, &len);
			if (!text)
				diag_add(&d, "onvoldoende geheugen");
			else
				status = write_output(o->output, text, len, &d);
			free(text);
		}
	}
	print_diag(&d);
	diag_finish(&d);
	session_destroy(s_old);
	session_destroy(s_new);
	free(p_old);
	free(p_new);
	content_destroy(v);
	store_finish(&st);
	content_destroy(c);
	return status;
}

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
	/* CSV letters: participant i (in reading order) gets letter
	 * (i * mul + add) mod total, a permutation that changes every run, so
	 * that letters do not follow the file names */
	size_t total, mul, add;
	size_t *votes; /* PASS_CHOOSE: files per questionnaire of the content */
	struct group *g;
	size_t next_label;
};

enum pass { PASS_CHOOSE, PASS_COUNT, PASS_CSV };

struct run {
	const struct opts *o;
	const struct content *c;
	const char *base_q; /* --baseline with a questionnaire id */
	bool base_paths;    /* walking the --baseline paths */
	enum pass pass;
	struct measurement now, base;
	size_t skipped;
	FILE *out;
	bool failed; /* out of memory or a write error */
};

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
			fprintf(stderr, "spiegel: overgeslagen: %s\n",
				diag_count(&d) ? diag_msg(&d, 0) : path);
		} else if (!m->g) {
			r->skipped++;
			fprintf(stderr,
				"spiegel: overgeslagen: %s: vragenlijst %s is hier niet "
				"beschikbaar\n",
				path, s->questionnaire);
		} else {
			enum group_add_result res = group_add(m->g, s, path, &d);
			if (res != GROUP_ADDED) {
				r->skipped++;
				for (size_t i = 0; i < diag_count(&d); i++)
					fprintf(stderr, "spiegel: overgeslagen: %s\n",
						diag_msg(&d, i));
			}
			r->failed |= res == GROUP_NOMEM;
		}
		break;
	case PASS_CSV:
		if (s && m->g && group_add(m->g, s, path, &d) == GROUP_ADDED) {
			size_t i = m->next_label++;
			char letter[16], named[SESSION_MAX_NAME + 24];
			group_label(m->total ? (i * m->mul + m->add) % m->total : i, letter,
				    sizeof(letter));
			/* with names, the letter too: two people may share a name
			 * or have none */
			snprintf(named, sizeof(named), "%s (%s)", s->participant, letter);
			size_t len;
			char *rows = report_csv_rows(m->g, s, r->o->names ? named : letter,
						     m == &r->base ? "nulmeting" : "nu", &len);
			if (!rows || fwrite(rows, 1, len, r->out) != len)
				r->failed = true;
			free(rows);
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
	fprintf(stderr, "spiegel: overgeslagen: %s: %s\n", path, why);
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

/* The restriction for comparing a with b: b when they share items. */
static const struct questionnaire *common_with(const struct questionnaire *a,
					       const struct questionnaire *b)
{
	if (!b || a == b)
		return NULL;
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
	r->now.next_label = r->base.next_label = 0;
	r->now.g = group_create(cat, r->now.q, common_with(r->now.q, r->base.q));
	if (r->base.q)
		r->base.g = group_create(cat, r->base.q, common_with(r->base.q, r->now.q));
	if (!r->now.g || (r->base.q && !r->base.g))
		return false;
	r->now.g->names = r->base.g ? (r->base.g->names = r->o->names) : r->o->names;
	return true;
}

/* The temporary CSV file while it is being written: removed if a signal
 * stops spiegel, so that no partial rows stay behind. */
static char *volatile csv_tmp;

static void csv_signal(int sig)
{
	if (csv_tmp)
		unlink(csv_tmp);
	signal(sig, SIG_DFL);
	raise(sig);
}

static void csv_guard(char *tmp)
{
	static const int sigs[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
	csv_tmp = tmp;
	for (size_t i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++)
		signal(sigs[i], tmp ? csv_signal : SIG_DFL);
}

static size_t gcd(size_t a, size_t b)
{
	while (b) {
		size_t t = a % b;
		a = b;
		b = t;
	}
	return a;
}

/* A fresh letter permutation for a measurement of total participants. */
static void shuffle_letters(struct measurement *m, size_t total)
{
	size_t rnd[2] = {0, 0};
	if (getentropy(rnd, sizeof(rnd)) != 0) {
		rnd[0] = (size_t)time(NULL);
		rnd[1] = (size_t)getpid();
	}
	m->total = total;
	m->mul = total > 1 ? 1 + rnd[0] % (total - 1) : 1;
	while (total > 1 && gcd(m->mul, total) != 1)
		m->mul = m->mul % (total - 1) + 1;
	m->add = total ? rnd[1] % total : 0;
}

/* fsync the directory holding path, so that a rename into it is durable. */
static bool sync_dir_of(const char *path)
{
	const char *slash = strrchr(path, '/');
	char *dir = slash ? strndup(path, (size_t)(slash - path) + (slash == path)) : strdup(".");
	int fd = dir ? open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC) : -1;
	bool ok = fd >= 0 && fsync(fd) == 0;
	if (fd >= 0)
		close(fd);
	free(dir);
	return ok;
}

/* CSV goes straight to its file as the sessions are read: to a temporary
 * file next to the target, renamed into place when complete. */
static int write_csv(struct run *r, int n, const char *const *paths)
{
	const char *output = r->o->output && strcmp(r->o->output, "-") != 0 ? r->o->output : NULL;
	char *tmp = NULL;
	if (output) {
		if (asprintf(&tmp, "%s.XXXXXX", output) < 0)
			return EXIT_DATA;
		csv_guard(tmp);
		int fd = mkstemp(tmp);
		if (fd < 0 || !(r->out = fdopen(fd, "w"))) {
			csv_guard(NULL);
			fprintf(stderr, "spiegel: %s: kan niet schrijven: %s\n", output,
				strerror(errno));
			if (fd >= 0) {
				close(fd);
				unlink(tmp);
			}
			free(tmp);
			return EXIT_DATA;
		}
	} else {
		r->out = stdout;
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
	/* the same files again, adding to fresh groups so that duplicates and
	 * other questionnaires are skipped exactly as in the report */
	size_t n_now = r->now.g->n, n_base = r->base.g ? r->base.g->n : 0;
	r->pass = PASS_CSV;
	shuffle_letters(&r->now, n_now);
	shuffle_letters(&r->base, n_base);
	if (!make_groups(r)) {
		r->failed = true;
	} else {
		struct group *keep_now = r->now.g, *keep_base = r->base.g;
		if (hide_now)
			r->now.g = NULL;
		if (hide_base)
			r->base.g = NULL;
		walk_all(r, n, paths);
		r->now.g = keep_now;
		r->base.g = keep_base;
		if (r->now.g->n + (r->base.g ? r->base.g->n : 0) !=
		    (hide_now ? 0 : n_now) + (hide_base ? 0 : n_base))
			fprintf(stderr, "spiegel: let op: de bestanden veranderden tijdens het "
					"lezen\n");
	}
	int status = EXIT_OK;
	if (output) {
		bool ok = !r->failed && fflush(r->out) == 0 && fsync(fileno(r->out)) == 0;
		int err = errno;
		ok = fclose(r->out) == 0 && ok;
		if (ok && rename(tmp, output) != 0) {
			err = errno;
			ok = false;
		}
		if (!ok) {
			if (r->failed)
				fprintf(stderr,
					"spiegel: %s: niet geschreven (onvoldoende geheugen of "
					"een schrijffout)\n",
					output);
			else
				fprintf(stderr, "spiegel: %s: kan niet schrijven: %s\n", output,
					strerror(err));
			unlink(tmp);
			status = EXIT_DATA;
		} else if (!sync_dir_of(output)) {
			fprintf(stderr,
				"spiegel: %s: geschreven, maar de map kon niet worden "
				"vastgelegd op schijf (fsync)\n",
				output);
			status = EXIT_DATA;
		}
		csv_guard(NULL);
	} else if (r->failed || fflush(stdout) != 0) {
		fprintf(stderr, "spiegel: kan de CSV niet schrijven\n");
		status = EXIT_DATA;
	}
	free(tmp);
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
			fprintf(stderr, "spiegel: %s: bestaat niet\n", paths[i]);
			return EXIT_DATA;
		}
	struct content *c = load_content(o), *view = NULL;
	if (!c)
		return EXIT_DATA;
	struct run r;
	memset(&r, 0, sizeof(r));
	r.o = o;
	r.c = c;
	int status = EXIT_DATA;
	for (size_t i = 0; i < o->n_baseline; i++) {
		if (access(o->baseline[i], F_OK) == 0)
			continue;
		if (r.base_q || !content_find(c, o->baseline[i])) {
			content_destroy(c);
			return usage_error("--baseline is geen bestaand pad en geen vragenlijst: ",
					   o->baseline[i]);
		}
		r.base_q = o->baseline[i];
	}
	if (o->questionnaire && !(r.now.q = content_find(c, o->questionnaire))) {
		content_destroy(c);
		return usage_error("onbekende vragenlijst bij -q: ", o->questionnaire);
	}
	if (r.base_q)
		r.base.q = content_find(c, r.base_q);
	r.now.votes = calloc(c->n_qs + 1, sizeof(size_t));
	r.base.votes = calloc(c->n_qs + 1, sizeof(size_t));
	if (!r.now.votes || !r.base.votes) {
		fprintf(stderr, "spiegel: onvoldoende geheugen\n");
		goto done;
	}
	r.pass = PASS_CHOOSE;
	walk_all(&r, n, paths);
	choose(&r.now, c);
	choose(&r.base, c);
	if (!r.now.q) {
		/* say why, file by file */
		r.pass = PASS_COUNT;
		walk_all(&r, n, paths);
		fprintf(stderr, "spiegel: geen bruikbare sessie- of inleverbestanden gevonden\n");
		goto done;
	}
	if (o->n_baseline && !r.base.q) {
		fprintf(stderr,
			"spiegel: geen bestanden voor de nulmeting gevonden (--baseline)\n");
		goto done;
	}
	if (!make_groups(&r)) {
		fprintf(stderr, "spiegel: onvoldoende geheugen\n");
		goto done;
	}
	if (r.base.q && r.now.q != r.base.q && !r.now.g->common)
		fprintf(stderr,
			"spiegel: %s en %s delen geen vragen; de praktijkscores worden over alle "
			"vragen van elke lijst vergeleken\n",
			r.base.q->id, r.now.q->id);
	r.pass = PASS_COUNT;
	walk_all(&r, n, paths);
	if (r.failed) {
		fprintf(stderr, "spiegel: onvoldoende geheugen\n");
		goto done;
	}
	group_finish(r.now.g);
	if (r.base.g)
		group_finish(r.base.g);
	if (r.now.g->n == 0) {
		fprintf(stderr, "spiegel: geen bruikbare sessie- of inleverbestanden gevonden\n");
		goto done;
	}
	/* the wording: the group's own sector only when everyone shares it and
	 * the group is large enough to show anything; else algemeen */
	enum sector sec = SECTOR_ALGEMEEN, bsec;
	if (!group_sector(r.now.g, o->min_group, &sec) ||
	    (r.base.g && (!group_sector(r.base.g, o->min_group, &bsec) || bsec != sec)))
		sec = SECTOR_ALGEMEEN;
	view = localize_content(c, sec);
	if (!view || !group_use_content(r.now.g, view) ||
	    (r.base.g && !group_use_content(r.base.g, view)))
		goto done;
	r.c = view;
	r.now.q = r.now.g->q;
	if (r.base.g)
		r.base.q = r.base.g->q;
	if (o->tui) {
		status = tui_projection(r.now.g, r.base.g, o->min_group);
	} else if (f == REPORT_CSV) {
		status = write_csv(&r, n, paths);
	} else {
		struct group_report_input in = {r.now.g, r.base.g, o->min_group, r.skipped};
		size_t len;
		char *text = report_group(f, &in, &len);
		struct diag d;
		diag_init(&d);
		if (!text)
			diag_add(&d, "onvoldoende geheugen");
		else
			status = write_output(o->output, text, len, &d);
		print_diag(&d);
		diag_finish(&d);
		free(text);
	}
	if (status == EXIT_OK && o->output && strcmp(o->output, "-") != 0)
		printf("Groepsrapport geschreven: %s (%zu deelnemers%s)\n", o->output, r.now.g->n,
		       r.skipped ? ", bestanden overgeslagen: zie hierboven" : "");
done:
	free(r.now.votes);
	free(r.base.votes);
	group_destroy(r.now.g);
	group_destroy(r.base.g);
	content_destroy(view);
	content_destroy(c);
	return status;
}
