/* Reading answer files back for spiegel feedback and report --feedback
 * (cmd_feedback.c): every *.json under the paths, the round they belong
 * to, its questionnaire and form version, and the set the core counts.
 * Every file that does not count is reported with its reason. */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cmd_feedback.h"

char *rounds_dir(const struct store *st)
{
	struct diag d;
	diag_init(&d);
	char *dir = store_subdir(st, "feedback", &d);
	print_diag(&d);
	diag_finish(&d);
	return dir;
}

char *round_path(const char *dir, const char *id)
{
	char *p = NULL;
	if (asprintf(&p, "%s/%s.json", dir, id) < 0)
		return NULL;
	return p;
}

#define WALK_MAX_DEPTH 8

static void skip(struct fb_run *run, size_t *count, const char *path, const char *why)
{
	(*count)++;
	diag_add(&run->msgs, "overgeslagen: %s%s%s", path, why ? ": " : "", why ? why : "");
}

static void visit(struct fb_run *run, const char *path)
{
	run->failed |= !store_inputs_add(&run->inputs, path);
	struct diag d;
	diag_init(&d);
	struct feedback_response *r = feedback_response_load(path, &d);
	if (!r) {
		run->why.unreadable++;
		for (size_t i = 0; i < diag_count(&d); i++)
			diag_add(&run->msgs, "overgeslagen: %s", diag_msg(&d, i));
		if (diag_count(&d) == 0)
			diag_add(&run->msgs, "overgeslagen: %s: onleesbaar", path);
	} else {
		if (run->n == run->cap) {
			size_t cap = run->cap ? 2 * run->cap : 32;
			struct loaded *nf = realloc(run->files, cap * sizeof(*nf));
			if (nf) {
				run->files = nf;
				run->cap = cap;
			}
		}
		char *copy = run->n < run->cap ? strdup(path) : NULL;
		if (!copy) {
			run->failed = true;
			feedback_response_destroy(r);
		} else {
			run->files[run->n++] = (struct loaded){copy, r};
		}
	}
	diag_finish(&d);
}

static bool json_name(const char *name)
{
	size_t n = strlen(name);
	return name[0] != '.' && n > 5 && strcmp(name + n - 5, ".json") == 0;
}

static int by_name(const struct dirent **a, const struct dirent **b)
{
	return strcmp((*a)->d_name, (*b)->d_name);
}

/* Every *.json under path, in name order; folders to WALK_MAX_DEPTH; links
 * to files followed, links to folders not (as spiegel group). */
void walk(struct fb_run *run, const char *path, int depth)
{
	struct stat sb;
	if ((depth == 0 ? stat(path, &sb) : lstat(path, &sb)) != 0) {
		skip(run, &run->why.unvisited, path, strerror(errno));
		return;
	}
	if (S_ISLNK(sb.st_mode)) {
		struct stat tb;
		if (stat(path, &tb) == 0 && S_ISREG(tb.st_mode))
			visit(run, path);
		else
			skip(run, &run->why.unvisited, path,
			     "symbolische koppeling naar een map of naar niets; niet gevolgd");
		return;
	}
	if (S_ISREG(sb.st_mode)) {
		visit(run, path);
		return;
	}
	if (!S_ISDIR(sb.st_mode)) {
		skip(run, &run->why.unvisited, path, "geen gewoon bestand of map");
		return;
	}
	if (depth > WALK_MAX_DEPTH) {
		skip(run, &run->why.unvisited, path, "te diep genest (meer dan 8 mappen diep)");
		return;
	}
	struct dirent **list;
	int n = scandir(path, &list, NULL, by_name);
	if (n < 0) {
		skip(run, &run->why.unvisited, path, strerror(errno));
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
				skip(run, &run->why.unvisited, name, "het pad is te lang");
			else if (lstat(child, &cb) != 0)
				skip(run, &run->why.unvisited, child, strerror(errno));
			else if (S_ISDIR(cb.st_mode) || json_name(name))
				walk(run, child, depth + 1);
		}
		free(list[i]);
	}
	free(list);
}

void run_finish(struct fb_run *run)
{
	for (size_t i = 0; i < run->n; i++) {
		free(run->files[i].path);
		feedback_response_destroy(run->files[i].r);
	}
	free(run->files);
	store_inputs_finish(&run->inputs);
	diag_finish(&run->msgs);
}

void run_init(struct fb_run *run)
{
	memset(run, 0, sizeof(*run));
	store_inputs_init(&run->inputs);
	diag_init(&run->msgs);
}

/* The round: --round, or the one most files belong to (a tie is not
 * broken: the user chooses). NULL with a message. */
const char *choose_round(const struct opts *o, struct fb_run *run)
{
	if (o->round) {
		for (size_t i = 0; i < run->n; i++)
			if (strcmp(run->files[i].r->round, o->round) == 0)
				return o->round;
		diag_add(&run->msgs, "geen antwoordbestanden van ronde %s gevonden", o->round);
		return NULL;
	}
	const char *best = NULL;
	size_t best_n = 0, kinds = 0;
	bool tie = false;
	for (size_t i = 0; i < run->n; i++) {
		const char *id = run->files[i].r->round;
		bool seen = false;
		for (size_t j = 0; j < i && !seen; j++)
			seen = strcmp(run->files[j].r->round, id) == 0;
		if (seen)
			continue;
		kinds++;
		size_t c = 0;
		for (size_t j = i; j < run->n; j++)
			c += strcmp(run->files[j].r->round, id) == 0;
		if (c > best_n) {
			best = id;
			best_n = c;
			tie = false;
		} else if (c == best_n) {
			tie = true;
		}
	}
	if (!best) {
		diag_add(&run->msgs, "geen bruikbare antwoordbestanden gevonden");
		return NULL;
	}
	if (tie) {
		diag_add(
		    &run->msgs,
		    "de bestanden horen bij %zu rondes, die even vaak voorkomen; kies er een met "
		    "--round RONDE",
		    kinds);
		for (size_t i = 0; i < run->n; i++)
			diag_add(&run->msgs, "  %s: ronde %s", run->files[i].path,
				 run->files[i].r->round);
		return NULL;
	}
	if (kinds > 1)
		diag_add(&run->msgs,
			 "de bestanden horen bij %zu rondes; ronde %s telt (de meeste bestanden). "
			 "Kies een andere met --round RONDE.",
			 kinds, best);
	return best;
}

/* The questionnaire id of a form version "<id>/<version>/<hash>". */
static void form_questionnaire(const char *form, char *id, size_t size, char *version, size_t vsize)
{
	const char *a = strchr(form, '/'), *b = a ? strchr(a + 1, '/') : NULL;
	snprintf(id, size, "%.*s", a ? (int)(a - form) : 0, form);
	snprintf(version, vsize, "%.*s", b ? (int)(b - a - 1) : 0, a ? a + 1 : "");
}

/* The round, its questionnaire and the form version files must have. */
bool find_round(const struct opts *o, const struct store *st, struct fb_run *run, const char *id,
		struct fb_ctx *x)
{
	snprintf(x->round_id, sizeof(x->round_id), "%s", id);
	char *dir = store_subdir(st, "feedback", &run->msgs);
	char *path = dir ? round_path(dir, id) : NULL;
	free(dir);
	if (!path)
		return false;
	struct diag d;
	diag_init(&d);
	if (access(path, F_OK) == 0 && !(x->round = feedback_round_load(path, &run->msgs))) {
		diag_finish(&d);
		free(path);
		return false;
	}
	free(path);
	char qid[64] = "", ver[64] = "";
	if (x->round) {
		snprintf(qid, sizeof(qid), "%s", x->round->questionnaire);
		snprintf(ver, sizeof(ver), "%s", x->round->version);
	} else {
		for (size_t i = 0; i < run->n && !qid[0]; i++)
			if (strcmp(run->files[i].r->round, id) == 0)
				form_questionnaire(run->files[i].r->form, qid, sizeof(qid), ver,
						   sizeof(ver));
		diag_add(&run->msgs,
			 "ronde %s staat niet in je datamap (is ze op een andere computer "
			 "gemaakt?); de vragenlijst komt uit de antwoordbestanden",
			 id);
	}
	const struct questionnaire *rq = content_find(x->raw, qid);
	bool ok = rq && strcmp(rq->version, ver) == 0 && feedback_available(rq);
	if (!ok) {
		diag_add(&run->msgs,
			 "ronde %s hoort bij vragenlijst %s versie %s, die hier niet (meer) "
			 "beschikbaar is",
			 id, qid, ver);
		diag_finish(&d);
		return false;
	}
	feedback_form_version(rq, x->form, sizeof(x->form));
	if (x->round && strcmp(x->round->form, x->form) != 0) {
		diag_add(&run->msgs,
			 "de vragen voor anderen in %s zijn veranderd sinds de uitnodiging "
			 "(formulier %s, nu %s); deze antwoorden kan spiegel niet meer tellen",
			 qid, x->round->form, x->form);
		diag_finish(&d);
		return false;
	}
	x->view = localize_content(x->raw, x->round ? x->round->sector : SECTOR_ALGEMEEN);
	x->q = x->view ? content_find(x->view, qid) : NULL;
	diag_finish(&d);
	(void)o;
	return x->q != NULL;
}

/* Add the files of the round to a set; every other file reported. */
struct feedback_set *collect(struct fb_run *run, const struct fb_ctx *x)
{
	struct feedback_set *fs =
	    feedback_set_create(x->view->catalogue, x->q, x->round_id, x->form);
	for (size_t i = 0; fs && i < run->n; i++) {
		struct diag d;
		diag_init(&d);
		enum feedback_add_result res =
		    feedback_set_add(fs, run->files[i].r, run->files[i].path, &d);
		run->why.other_round += res == FEEDBACK_OTHER_ROUND;
		run->why.other_form += res == FEEDBACK_OTHER_FORM;
		run->why.duplicate += res == FEEDBACK_DUPLICATE;
		run->why.invalid += res == FEEDBACK_INVALID;
		run->failed |= res == FEEDBACK_NOMEM;
		for (size_t k = 0; k < diag_count(&d); k++)
			diag_add(&run->msgs, "overgeslagen: %s", diag_msg(&d, k));
		diag_finish(&d);
	}
	if (!fs)
		run->failed = true;
	return fs;
}
