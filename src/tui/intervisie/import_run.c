/* Reading answers into the group: one file for the chosen participant, or
 * a folder, each file for the participant with its code. */
#define _GNU_SOURCE
#include <dirent.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "app.h"
#include "import.h"
#include "tui/text.h"

/* The names in dh that start with base (directories and .json files):
 * how many, their longest common prefix, the first, and a list. */
struct matches {
	size_t n;
	char *lcp, *first;
	bool first_dir;
	char list[240];
};

static void match_add(struct matches *m, const char *nm, bool dir)
{
	size_t len = strlen(nm);
	if (m->n == 0) {
		m->lcp = strdup(nm);
		m->first = strdup(nm);
		m->first_dir = dir;
	} else if (m->lcp) {
		size_t k = 0;
		while (m->lcp[k] && m->lcp[k] == nm[k])
			k++;
		m->lcp[k] = '\0';
	}
	if (strlen(m->list) + len + 4 < sizeof(m->list))
		snprintf(m->list + strlen(m->list), sizeof(m->list) - strlen(m->list), "%s%s%s",
			 m->n ? ", " : "", nm, dir ? "/" : "");
	m->n++;
}

static void find_matches(DIR *dh, const char *base, struct matches *m)
{
	size_t blen = strlen(base);
	struct dirent *de;
	while (dh && (de = readdir(dh))) {
		const char *nm = de->d_name;
		if (strncmp(nm, base, blen) != 0 || strcmp(nm, ".") == 0 || strcmp(nm, "..") == 0 ||
		    (nm[0] == '.' && base[0] != '.'))
			continue;
		struct stat sb;
		bool dir = fstatat(dirfd(dh), nm, &sb, 0) == 0 && S_ISDIR(sb.st_mode);
		size_t len = strlen(nm);
		if (!dir && (len < 5 || strcmp(nm + len - 5, ".json") != 0))
			continue;
		match_add(m, nm, dir);
	}
}

void iv_complete_path(struct iv_app *a, struct field *f)
{
	char *typed = text_narrow(f->ed.buf, f->ed.len);
	if (!typed)
		return;
	const char *slash = strrchr(typed, '/');
	char *dirpart = slash ? strndup(typed, (size_t)(slash - typed) + 1) : strdup("");
	const char *base = slash ? slash + 1 : typed;
	size_t blen = strlen(base);
	char *lookup = dirpart && dirpart[0] ? iv_expand_path(dirpart) : strdup(".");
	DIR *dh = lookup ? opendir(lookup) : NULL;
	struct matches m = {0};
	find_matches(dh, base, &m);
	if (dh)
		closedir(dh);
	if (m.n == 0) {
		iv_set_status(a, true, "Geen map of .json-bestand dat begint met \"%s\".", typed);
	} else if (m.lcp && dirpart) {
		/* cut the common prefix at a character boundary */
		size_t k = strlen(m.lcp);
		while (k > blen && ((unsigned char)m.first[k] & 0xC0) == 0x80)
			k--;
		m.lcp[k] = '\0';
		char *text = text_fmt("%s%s%s", dirpart, m.lcp, m.n == 1 && m.first_dir ? "/" : "");
		if (text)
			field_init(f, text, PATH_MAX);
		free(text);
		if (m.n > 1)
			iv_set_status(a, false, "Mogelijk: %s%s", m.list,
				      strlen(m.list) + 40 >= sizeof(m.list) ? ", …" : "");
		else
			a->status[0] = '\0';
	}
	free(m.lcp);
	free(m.first);
	free(lookup);
	free(dirpart);
	free(typed);
}

void iv_import_drop(struct iv_app *a)
{
	session_destroy(a->ipending);
	a->ipending = NULL;
	free(a->ipending_path);
	a->ipending_path = NULL;
	intervisie_bulk_finish(&a->bulk);
	a->ibulk = false;
	a->iconfirm = false;
}

void iv_ilog_clear(struct iv_app *a)
{
	for (int i = 0; i < a->n_ilog; i++)
		free(a->ilog[i]);
	free(a->ilog);
	a->ilog = NULL;
	a->n_ilog = a->ilog_scroll = 0;
}

static void ilog_add(struct iv_app *a, char *line)
{
	char **nl = line ? realloc(a->ilog, (size_t)(a->n_ilog + 1) * sizeof(*nl)) : NULL;
	if (!nl) {
		free(line);
		return;
	}
	a->ilog = nl;
	a->ilog[a->n_ilog++] = line;
}

/* ", waarvan 1 open (gedeeld); 1 privé open antwoord niet ingelezen" */
static void import_extra(const struct intervisie_import_info *info, char *buf, size_t size)
{
	buf[0] = '\0';
	if (info->shared)
		snprintf(buf, size, ", waarvan %zu open (gedeeld)", info->shared);
	if (info->withheld)
		snprintf(buf + strlen(buf), size - strlen(buf),
			 "; %zu privé open %s niet ingelezen", info->withheld,
			 info->withheld == 1 ? "antwoord" : "antwoorden");
}

/* Import the checked file of a->ipending for participant a->ip. */
static void import_pending(struct iv_app *a)
{
	struct diag d;
	diag_init(&d);
	struct intervisie_import_info info;
	const char *alias = a->iv->participants[a->ip].alias;
	if (intervisie_import_session(a->iv, a->ip, a->q, a->ipending, &info, &d)) {
		if (iv_save(a)) {
			char extra[160];
			import_extra(&info, extra, sizeof(extra));
			iv_set_status(a, false, "Ingelezen voor %s: %zu %s%s.", alias, info.answers,
				      info.answers == 1 ? "antwoord" : "antwoorden", extra);
		}
		field_init(&a->ipath, "", PATH_MAX);
	} else {
		iv_status_diag(a, &d, "het bestand kan niet worden ingelezen");
	}
	diag_finish(&d);
	iv_import_drop(a);
}

/* The files of the folder that fit (or were read in, done), those that
 * do not, and the participants without a file. */
static void bulk_lines(struct iv_app *a, bool done, bool *has)
{
	const struct intervisie_bulk *b = &a->bulk;
	for (size_t i = 0; i < b->n; i++) {
		const struct intervisie_bulk_entry *e = &b->v[i];
		if (has && e->participant >= 0)
			has[e->participant] = true;
		if (!e->s)
			continue;
		char extra[160];
		import_extra(&e->info, extra, sizeof(extra));
		ilog_add(a, text_fmt("%s %s ← %s: %zu %s%s", done ? "✓" : "→",
				     a->iv->participants[e->participant].alias, e->name,
				     e->info.answers,
				     e->info.answers == 1 ? "antwoord" : "antwoorden", extra));
	}
	for (size_t i = 0; i < b->n; i++) {
		const struct intervisie_bulk_entry *e = &b->v[i];
		if (e->s)
			continue;
		if (e->participant >= 0)
			ilog_add(a,
				 text_fmt("✗ %s (%s): %s", e->name,
					  a->iv->participants[e->participant].alias, e->problem));
		else
			ilog_add(a, text_fmt("✗ %s: %s", e->name, e->problem));
	}
}

void iv_bulk_log(struct iv_app *a, bool done)
{
	iv_ilog_clear(a);
	bool *has = calloc(a->iv->n_participants, sizeof(*has));
	bulk_lines(a, done, has);
	for (size_t k = 0; has && k < a->iv->n_participants; k++)
		if (!has[k])
			ilog_add(a, text_fmt("· %s: geen bestand in de map",
					     a->iv->participants[k].alias));
	if (a->bulk.more)
		ilog_add(a, text_fmt("… %zu bestanden niet bekeken (meer dan %d in de map)",
				     a->bulk.more, INTERVISIE_BULK_MAX));
	free(has);
}

static void bulk_apply(struct iv_app *a)
{
	struct diag d;
	diag_init(&d);
	size_t ready = a->bulk.ready, skipped = a->bulk.n - ready;
	if (intervisie_bulk_apply(a->iv, a->q, &a->bulk, &d)) {
		if (iv_save(a))
			iv_set_status(
			    a, false,
			    "Ingelezen uit de map: %zu %s, elk bij de deelnemer met die code"
			    "%s%zu %s niet (zie de lijst).",
			    ready, ready == 1 ? "bestand" : "bestanden", skipped ? "; " : ". ",
			    skipped, skipped == 1 ? "bestand" : "bestanden");
		iv_bulk_log(a, true);
		field_init(&a->ipath, "", PATH_MAX);
	} else {
		iv_status_diag(a, &d, "de map kan niet worden ingelezen");
	}
	diag_finish(&d);
	iv_import_drop(a);
}

void iv_import_confirmed(struct iv_app *a)
{
	if (a->ibulk)
		bulk_apply(a);
	else
		import_pending(a);
}

static void import_folder(struct iv_app *a, const char *path, struct diag *d)
{
	if (!intervisie_bulk_plan(a->iv, a->q, path, &a->bulk, d)) {
		iv_status_diag(a, d, "de map kan niet worden gelezen");
	} else if (a->bulk.ready == 0) {
		iv_bulk_log(a, false);
		iv_set_status(a, true,
			      "Niets ingelezen: geen bestand in deze map hoort bij een deelnemer "
			      "van de groep (op code), of het past niet (zie de lijst).");
		intervisie_bulk_finish(&a->bulk);
	} else if (a->bulk.replacing) {
		iv_bulk_log(a, false);
		a->ibulk = a->iconfirm = true;
	} else {
		bulk_apply(a);
	}
}

static void import_file(struct iv_app *a, const char *path, struct diag *d)
{
	struct session *s = session_load(path, d);
	struct intervisie_import_info info;
	if (!s) {
		iv_status_diag(a, d, "het bestand kan niet worden gelezen");
	} else if (!intervisie_import_check(a->iv, a->q, s, path, &info, d)) {
		iv_status_diag(a, d, "het bestand past niet bij deze groep");
		session_destroy(s);
	} else {
		a->ipending = s;
		a->ipending_path = strdup(path);
		a->ipinfo = info;
		if (session_count_answered(a->iv->participants[a->ip].answers, a->q) > 0)
			a->iconfirm = true;
		else
			import_pending(a);
	}
}

void iv_import_start(struct iv_app *a)
{
	char *typed = textedit_text(&a->ipath.ed);
	char *path = typed && typed[0] ? iv_expand_path(typed) : NULL;
	free(typed);
	iv_import_drop(a);
	if (!path) {
		iv_set_status(a, true,
			      "Typ het pad van een sessie- of inleverbestand (.json), of van een "
			      "map met inleverbestanden.");
		return;
	}
	struct diag d;
	diag_init(&d);
	struct stat sb;
	if (stat(path, &sb) == 0 && S_ISDIR(sb.st_mode))
		import_folder(a, path, &d);
	else
		import_file(a, path, &d);
	diag_finish(&d);
	free(path);
}
