/* Shared code of the fuzz harnesses: see fuzz.h and fuzz/README.md. */
#include "fuzz.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#include "jsonio.h" /* src/core: the strict reader, to check the JSON report */
#include "spiegel/report.h"
#include "spiegel/score.h"

#ifndef FUZZ_CONTENT_DIR
#error "FUZZ_CONTENT_DIR must name the bundled content directory"
#endif

#define EPS 1e-6

/* ---- a private directory for inputs that must be files ---- */

static char tmpdir[PATH_MAX];
static char tmppath[PATH_MAX];

static void remove_tmpdir(void)
{
	if (tmpdir[0])
		rmdir(tmpdir);
}

void fuzz_fail(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fputs("spiegel-fuzz: invariant broken: ", stderr);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
	fflush(stderr);
	remove_tmpdir(); /* the input file is already gone; a crash leaves both */
	abort();
}

/* ---- bundled content ---- */

static struct content *bundled;

const char *fuzz_content_dir(void)
{
	const char *e = getenv("SPIEGEL_FUZZ_CONTENT_DIR");
	return e && *e ? e : FUZZ_CONTENT_DIR;
}

static void free_bundled(void)
{
	content_destroy(bundled);
	bundled = NULL;
}

const struct content *fuzz_content(void)
{
	if (bundled)
		return bundled;
	struct diag d;
	diag_init(&d);
	bundled = content_load_dir(fuzz_content_dir(), &d);
	if (!bundled || diag_count(&d) || !content_find(bundled, "visie")) {
		for (size_t i = 0; i < diag_count(&d); i++)
			fprintf(stderr, "%s\n", diag_msg(&d, i));
		fprintf(stderr, "spiegel-fuzz: the bundled content in %s does not load cleanly\n",
			fuzz_content_dir());
		exit(2); /* a setup problem, not a finding */
	}
	diag_finish(&d);
	atexit(free_bundled);
	return bundled;
}

static const char *get_tmpdir(void)
{
	if (tmpdir[0])
		return tmpdir;
	const char *base = getenv("SPIEGEL_FUZZ_TMPDIR");
	struct stat st;
	if (!base || !*base)
		base = stat("/dev/shm", &st) == 0 && S_ISDIR(st.st_mode) &&
			       access("/dev/shm", W_OK) == 0
			   ? "/dev/shm"
			   : (getenv("TMPDIR") && *getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
	snprintf(tmpdir, sizeof(tmpdir), "%s/spiegel-fuzz-XXXXXX", base);
	if (!mkdtemp(tmpdir)) {
		fprintf(stderr, "spiegel-fuzz: mkdtemp %s: %s\n", tmpdir, strerror(errno));
		exit(2);
	}
	atexit(remove_tmpdir);
	return tmpdir;
}

const char *fuzz_write_file(const char *name, const uint8_t *data, size_t size)
{
	const char *dir = get_tmpdir();
	if (strlen(dir) + strlen(name) + 2 > sizeof(tmppath)) {
		fprintf(stderr, "spiegel-fuzz: temporary path too long\n");
		exit(2);
	}
	memcpy(tmppath, dir, strlen(dir));
	tmppath[strlen(dir)] = '/';
	memcpy(tmppath + strlen(dir) + 1, name, strlen(name) + 1);
	int fd = open(tmppath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	if (fd < 0) {
		fprintf(stderr, "spiegel-fuzz: %s: %s\n", tmppath, strerror(errno));
		exit(2);
	}
	size_t off = 0;
	while (off < size) {
		ssize_t w = write(fd, data + off, size - off);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0) {
			fprintf(stderr, "spiegel-fuzz: write %s: %s\n", tmppath, strerror(errno));
			exit(2);
		}
		off += (size_t)w;
	}
	close(fd);
	return tmppath;
}

void fuzz_remove_file(const char *path)
{
	unlink(path);
}

/* ---- text checks ---- */

bool fuzz_utf8_ok(const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;
	while (i < n) {
		unsigned c = s[i], len, cp, min;
		if (c < 0x80) {
			i++;
			continue;
		}
		if (c >= 0xC2 && c <= 0xDF) {
			len = 2;
			cp = c & 0x1F;
			min = 0x80;
		} else if (c >= 0xE0 && c <= 0xEF) {
			len = 3;
			cp = c & 0x0F;
			min = 0x800;
		} else if (c >= 0xF0 && c <= 0xF4) {
			len = 4;
			cp = c & 0x07;
			min = 0x10000;
		} else {
			return false;
		}
		if (n - i < len)
			return false;
		for (unsigned k = 1; k < len; k++) {
			if ((s[i + k] & 0xC0) != 0x80)
				return false;
			cp = cp << 6 | (s[i + k] & 0x3F);
		}
		if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
			return false;
		i += len;
	}
	return true;
}

static void check_length(const char *what, const char *s, size_t n)
{
	if (!s)
		fuzz_fail("%s: NULL", what);
	if (strlen(s) != n)
		fuzz_fail("%s: length %zu but a NUL at %zu", what, n, strlen(s));
}

void fuzz_check_text(const char *what, const char *s, size_t n)
{
	check_length(what, s, n);
	if (!fuzz_utf8_ok(s, n))
		fuzz_fail("%s: invalid UTF-8 in output:\n%.*s", what, (int)(n > 4000 ? 4000 : n),
			  s);
}

bool fuzz_strict(void)
{
	static int strict = -1;
	if (strict < 0) {
		/* strict by default since findings F1-F4 are fixed;
		 * SPIEGEL_FUZZ_STRICT=0 relaxes the checks again */
		const char *e = getenv("SPIEGEL_FUZZ_STRICT");
		strict = !(e && strcmp(e, "0") == 0);
	}
	return strict;
}

void fuzz_check_diag(const char *what, bool ok, const struct diag *d)
{
	if (!ok && diag_count(d) == 0)
		fuzz_fail("%s failed without a message", what);
	for (size_t i = 0; i < diag_count(d); i++) {
		const char *m = diag_msg(d, i);
		if (!m || !*m)
			fuzz_fail("%s: empty diag message %zu", what, i);
		/* finding (fixed) F1 (fuzz/README.md): messages can hold broken UTF-8 */
		if (fuzz_strict() && !fuzz_utf8_ok(m, strlen(m)))
			fuzz_fail("%s: diag message %zu is not valid UTF-8: %s", what, i, m);
	}
}

/* ---- sessions ---- */

static const char *const open_texts[] = {
    "Ik deed het zo.",
    "Eerlijkheid woog het zwaarst:\nwe spraken het uit,\tsamen.",
    "Caf\xc3\xa9-overleg met \xe2\x80\x98ouders\xe2\x80\x99 \xe2\x80\x94 heel "
    "langwoordzonderspatiesdatnietopeenregelpastmaarwelgeknipmoetworden "
    "\xf0\x9f\x98\x80 ok",
};

struct session *fuzz_synthetic_session(const struct questionnaire *q, unsigned variant)
{
	char id[32];
	snprintf(id, sizeof(id), "fuzz-%u", variant);
	struct session *s =
	    session_create(id, q, variant % 2 ? "Zo\xc3\xab \xc3\x85ngstr\xc3\xb6m" : "",
			   (time_t)1767225600 + (time_t)variant);
	if (!s)
		fuzz_fail("session_create failed for questionnaire %s", q->id);
	for (size_t i = 0; i < q->n_items; i++) {
		const struct item *it = &q->items[i];
		size_t k = i + variant;
		if (variant == 2 && i % 3 == 0)
			continue; /* leave gaps */
		struct answer a = {.kind = ANSWER_NONE};
		/* if/else, not switch: item types added later are skipped */
		if (it->type == ITEM_LIKERT) {
			if (it->na && k % 7 == 0) {
				a.kind = ANSWER_NA;
			} else {
				a.kind = ANSWER_VALUE;
				a.value = (int)(k % CONTENT_SCALE_POINTS) + 1;
			}
		} else if (it->type == ITEM_CHOICE && it->n_options > 0) {
			a.kind = ANSWER_CHOICE;
			a.text = it->options[k % it->n_options].value;
		} else if (it->type == ITEM_OPEN) {
			a.kind = ANSWER_TEXT;
			a.text = open_texts[k % (sizeof(open_texts) / sizeof(open_texts[0]))];
		} else if (it->type == ITEM_SCENARIO && it->n_options > 0) {
			a.kind = ANSWER_SCENARIO;
			a.text = it->options[k % it->n_options].value;
			/* variant 1: now and then only the most likely choice so far */
			if (it->n_options > 1 && !(variant == 1 && k % 4 == 0))
				a.least = it->options[(k + 1 + variant) % it->n_options].value;
			if (a.least && strcmp(a.least, a.text) == 0)
				a.least = NULL;
		} else {
			continue;
		}
		if (!session_set(s, it->id, a))
			fuzz_fail("session_set refused a fitting answer to item %s", it->id);
	}
	if (q->n_items && !session_set_position(s, q->items[q->n_items - 1].id))
		fuzz_fail("session_set_position failed");
	for (size_t i = 0; variant == 2 && i < q->n_items; i++)
		if (q->items[i].type == ITEM_OPEN &&
		    session_get(s, q->items[i].id).kind == ANSWER_NONE) {
			if (!session_set_draft(s, q->items[i].id, open_texts[2]))
				fuzz_fail("session_set_draft failed");
			break;
		}
	s->finished = variant % 2 == 0;
	struct diag d;
	diag_init(&d);
	if (!session_validate(s, q, &d))
		fuzz_fail("a session built from questionnaire %s does not validate: %s", q->id,
			  diag_count(&d) ? diag_msg(&d, 0) : "(no message)");
	diag_finish(&d);
	return s;
}

/* Finding F2 (fixed): session_set checks the length of a text before NFC, and
 * NFC can make it longer; what is saved then is refused on load. */
static bool grown_by_nfc(const struct session *s)
{
	for (size_t i = 0; i < s->n_answers; i++)
		if (s->answers[i].text && strlen(s->answers[i].text) > CONTENT_MAX_OPEN_TEXT)
			return true;
	return s->draft_text && strlen(s->draft_text) > CONTENT_MAX_OPEN_TEXT;
}

void fuzz_roundtrip(const struct session *s)
{
	size_t n1 = 0, n2 = 0;
	char *j1 = session_to_json(s, &n1);
	if (!j1)
		fuzz_fail("session_to_json returned NULL");
	fuzz_check_text("session_to_json", j1, n1);
	struct diag d;
	diag_init(&d);
	struct session *s2 = session_parse("roundtrip.json", j1, n1, &d);
	if (!s2 && !fuzz_strict() && grown_by_nfc(s)) {
		/* finding (fixed) F2 (fuzz/README.md) */
		diag_finish(&d);
		free(j1);
		return;
	}
	if (!s2)
		fuzz_fail("a saved session does not load again: %s\n--- saved text ---\n%.2000s",
			  diag_count(&d) ? diag_msg(&d, 0) : "(no message)", j1);
	diag_finish(&d);
	char *j2 = session_to_json(s2, &n2);
	if (!j2)
		fuzz_fail("session_to_json returned NULL on the reloaded session");
	if (n1 != n2 || memcmp(j1, j2, n1) != 0)
		fuzz_fail("a session changes when saved and loaded again:\n%s\n---\n%s", j1, j2);
	free(j1);
	free(j2);
	session_destroy(s2);
}

/* ---- score and report ---- */

static bool in_focus(const struct score_result *r, size_t p)
{
	return score_is_focus(r, p);
}

/* A practice or quality figure follows the coverage rule (doc/scoring.md). */
static void check_figure(const struct catalogue *cat, const struct practice_score *ps,
			 const char *what, size_t p, bool level)
{
	bool full = content_coverage_enough(cat, ps->full_milli, ps->full_items);
	bool now = content_coverage_enough(cat, ps->weight_milli, ps->answered);
	enum score_coverage want = ps->full_items == 0 ? COVERAGE_NONE
				   : !full	       ? COVERAGE_LOW
				   : !now	       ? COVERAGE_SHORT
						       : COVERAGE_ENOUGH;
	if (ps->coverage != want || ps->has_score != (want == COVERAGE_ENOUGH) ||
	    ps->answered > ps->full_items || ps->weight_milli > ps->full_milli)
		fuzz_fail("score: %s %zu coverage %d (want %d), %zu of %zu items", what, p,
			  ps->coverage, want, ps->answered, ps->full_items);
	if (!ps->has_score) {
		if (ps->level != -1 || ps->tenths != 0)
			fuzz_fail("score: %s %zu has a level or score but no coverage", what, p);
		return;
	}
	if (ps->tenths < 0 || ps->tenths > 1000 || ps->score != (double)ps->tenths / 10.0 ||
	    !(ps->mean >= 1 - EPS && ps->mean <= CONTENT_SCALE_POINTS + EPS))
		fuzz_fail("score: %s %zu out of range (tenths %ld, mean %g)", what, p, ps->tenths,
			  ps->mean);
	/* the rounding is exact: within half a tenth of the exact score */
	if (fabs((ps->mean - 1.0) * 250.0 - (double)ps->tenths) > 0.5 + 1e-6)
		fuzz_fail("score: %s %zu tenths %ld for mean %.12g", what, p, ps->tenths, ps->mean);
	if (!level) {
		if (ps->level != -1)
			fuzz_fail("score: %s %zu has a level", what, p);
		return;
	}
	if (ps->level < 0 || (size_t)ps->level >= cat->n_levels)
		fuzz_fail("score: %s %zu level %d of %zu", what, p, ps->level, cat->n_levels);
	size_t l = (size_t)ps->level;
	if (cat->levels[l].min > ps->score + 1e-9 ||
	    (l + 1 < cat->n_levels && cat->levels[l + 1].min <= ps->score + 1e-9))
		fuzz_fail("score: %s %zu score %g got level %zu", what, p, ps->score, l);
}

static void check_score(const struct catalogue *cat, const struct score_result *r)
{
	if (r->n_practices != cat->n_practices || r->n_qualities != cat->n_qualities)
		fuzz_fail("score: %zu practices, catalogue has %zu", r->n_practices,
			  cat->n_practices);
	for (size_t p = 0; p < r->n_practices; p++)
		check_figure(cat, &r->practices[p], "practice", p, true);
	for (size_t k = 0; k < r->n_qualities; k++)
		check_figure(cat, &r->qualities[k], "quality", k, false);
	if (r->n_focus > SCORE_MAX_FOCUS || r->n_steps > SCORE_MAX_STEPS ||
	    r->n_tied > r->n_candidates || r->n_ignored > SCORE_MAX_FOCUS)
		fuzz_fail("score: %zu focus practices, %zu steps", r->n_focus, r->n_steps);
	size_t cand = 0;
	for (size_t p = 0; p < r->n_practices; p++) {
		bool want = r->practices[p].primary && r->practices[p].has_score;
		if (want != score_is_candidate(r, p))
			fuzz_fail("score: practice %zu candidate %d", p, want);
		cand += want;
	}
	if (cand != r->n_candidates)
		fuzz_fail("score: %zu candidates listed, %zu expected", r->n_candidates, cand);
	if ((r->focus_how == FOCUS_UNCLEAR || r->focus_how == FOCUS_NONE) != (r->n_focus == 0) ||
	    (r->focus_how == FOCUS_NONE) != (r->n_candidates == 0) ||
	    (r->focus_how == FOCUS_UNCLEAR) != (r->unclear != UNCLEAR_NONE))
		fuzz_fail("score: focus state %d with %zu focus practices", r->focus_how,
			  r->n_focus);
	long worst_focus = -1, lowest = 1 << 20;
	for (size_t f = 0; f < r->n_focus; f++) {
		size_t p = r->focus[f];
		if (p >= r->n_practices)
			fuzz_fail("score: focus %zu out of range", p);
		for (size_t g = 0; g < f; g++)
			if (r->focus[g] == p)
				fuzz_fail("score: practice %zu in focus twice", p);
		if (!score_is_candidate(r, p))
			fuzz_fail("score: focus practice %zu is not a candidate", p);
		if (r->practices[p].tenths > worst_focus)
			worst_focus = r->practices[p].tenths;
	}
	for (size_t i = 0; i < r->n_candidates; i++)
		if (r->practices[r->candidates[i]].tenths < lowest)
			lowest = r->practices[r->candidates[i]].tenths;
	/* the lowest: no candidate outside the focus below or tied with it */
	for (size_t i = 0; r->focus_how == FOCUS_LOWEST && i < r->n_candidates; i++) {
		size_t p = r->candidates[i];
		if (!in_focus(r, p) && r->practices[p].tenths <= worst_focus)
			fuzz_fail("score: practice %zu (tenths %ld) lies below or on the focus", p,
				  r->practices[p].tenths);
	}
	for (size_t i = 0; i < r->n_tied; i++)
		if (r->practices[r->tied[i]].tenths != r->practices[r->tied[0]].tenths ||
		    in_focus(r, r->tied[i]))
			fuzz_fail("score: tied practice %zu", r->tied[i]);
	/* no "laagste" claim without a clear low point (a tie names the shared
	 * lowest score, which is true) */
	char *ft = report_focus_text(cat, r);
	if (!ft)
		fuzz_fail("report_focus_text returned NULL");
	if (r->focus_how == FOCUS_UNCLEAR && r->unclear != UNCLEAR_TIE && strstr(ft, "laagste"))
		fuzz_fail("score: a 'laagste' claim without a clear low point: %s", ft);
	free(ft);
	if (r->focus_how == FOCUS_UNCLEAR && r->unclear == UNCLEAR_TIE &&
	    (r->n_tied <= SCORE_MAX_FOCUS || r->practices[r->tied[0]].tenths != lowest))
		fuzz_fail("score: a tie of %zu at the lowest score", r->n_tied);
	for (size_t i = 0; i < r->n_steps; i++) {
		const struct step_ref *sr = &r->steps[i];
		if (!sr->step || !sr->step->id || !sr->step->title || !sr->step->text)
			fuzz_fail("score: next step %zu is incomplete", i);
		for (size_t j = 0; j < i; j++)
			if (r->steps[j].step == sr->step)
				fuzz_fail("score: next step %s twice", sr->step->id);
		if (sr->practice < -1 || sr->practice >= (int)cat->n_practices)
			fuzz_fail("score: next step %zu names practice %d", i, sr->practice);
		if (sr->rule) {
			bool matched = false;
			for (size_t k = 0; k < r->profile.n_rules; k++)
				matched |= r->profile.rules[k] == sr->rule;
			if (!matched || sr->rule->step != sr->step ||
			    sr->rule->practice != sr->practice)
				fuzz_fail("score: next step %zu from rule %s", i, sr->rule->id);
			continue;
		}
		const struct practice *pr =
		    sr->practice >= 0 ? &cat->practices[sr->practice] : NULL;
		if (!pr || !in_focus(r, (size_t)sr->practice) || sr->step < pr->steps ||
		    sr->step >= pr->steps + pr->n_steps)
			fuzz_fail("score: next step %zu is not a step of a focus practice", i);
		int level = r->practices[sr->practice].level;
		if (level < 0 || !(sr->step->levels & (1u << level)))
			fuzz_fail("score: next step %zu does not suit level %d", i, level);
	}
}

static void check_profile(const struct questionnaire *q, const struct profile_result *p)
{
	const struct profile *pf = q->profile;
	if (p->present != (pf != NULL))
		fuzz_fail("profile: present %d, questionnaire profile %p", p->present,
			  (const void *)pf);
	if (!pf)
		return;
	if (p->scenarios > q->n_items || p->fit_n > p->scenarios || p->breadth > N_APPROACHES ||
	    p->n_preferred > 2 || p->n_rules > SCORE_MAX_RULES || p->n_sections != q->n_sections ||
	    p->first_n > q->n_items || p->source_n > q->n_items || p->sourcehit_n > p->source_n)
		fuzz_fail("profile: counts out of range");
	size_t most = 0, least = 0;
	for (int k = 0; k < N_APPROACHES; k++) {
		most += p->most[k];
		least += p->least[k];
		if (!(p->approach[k] >= -1 - EPS && p->approach[k] <= 1 + EPS) ||
		    p->missed[k] > p->scenarios)
			fuzz_fail("profile: approach %d out of range (%g)", k, p->approach[k]);
	}
	if (most != p->scenarios || least > p->scenarios)
		fuzz_fail("profile: %zu most / %zu least for %zu scenarios", most, least,
			  p->scenarios);
	for (size_t i = 0; i < p->n_preferred; i++)
		if (p->preferred[i] >= N_APPROACHES)
			fuzz_fail("profile: preferred approach %zu", p->preferred[i]);
	for (size_t i = 0; i < p->n_rules; i++)
		if (p->rules[i] < pf->rules || p->rules[i] >= pf->rules + pf->n_rules)
			fuzz_fail("profile: matched rule %zu is not one of the questionnaire", i);
	for (int k = 0; k < STEP_ARGUMENTEREN; k++)
		if (p->has_step[k] && !(p->step_score[k] >= -EPS && p->step_score[k] <= 100 + EPS))
			fuzz_fail("profile: step score %d is %g", k, p->step_score[k]);
	for (size_t k = 0; k < p->n_sections; k++)
		if (p->has_section[k] &&
		    !(p->section_score[k] >= -EPS && p->section_score[k] <= 100 + EPS))
			fuzz_fail("profile: section score %zu is %g", k, p->section_score[k]);
	char *sum = report_profile_summary(q, p);
	if (!sum)
		fuzz_fail("report_profile_summary returned NULL");
	fuzz_check_text("report_profile_summary", sum, strlen(sum));
	free(sum);
}
void fuzz_score_and_report(const struct catalogue *cat, const struct questionnaire *q,
			   const struct session *s, bool fuzzed_catalogue)
{
	/* finding (fixed) F4: catalogue text cut in fixed buffers can end the
	 * report in half a character */
	bool relaxed = fuzzed_catalogue && !fuzz_strict();
	struct score_result r;
	if (!score_compute(cat, q, s, &r))
		fuzz_fail("score_compute failed");
	check_score(cat, &r);
	check_profile(q, &r.profile);
	struct report_input in = {cat, q, s, &r, NULL};
	static const struct {
		enum report_format f;
		const char *name;
	} formats[] = {{REPORT_TEXT, "text report"},
		       {REPORT_MARKDOWN, "markdown report"},
		       {REPORT_JSON, "JSON report"}};
	for (size_t i = 0; i < sizeof(formats) / sizeof(formats[0]); i++) {
		size_t len = (size_t)-1;
		char *out = report_render(formats[i].f, &in, &len);
		if (!out)
			fuzz_fail("%s: report_render returned NULL", formats[i].name);
		if (relaxed)
			check_length(formats[i].name, out, len);
		else
			fuzz_check_text(formats[i].name, out, len);
		if (formats[i].f == REPORT_JSON && relaxed) {
			cJSON *root = cJSON_ParseWithLength(out, len);
			if (!root)
				fuzz_fail("the JSON report does not parse");
			cJSON_Delete(root);
		} else if (formats[i].f == REPORT_JSON) {
			struct diag d;
			diag_init(&d);
			cJSON *root = jsonio_parse("report.json", out, len, &d);
			if (!root)
				fuzz_fail("the JSON report does not parse: %s",
					  diag_count(&d) ? diag_msg(&d, 0) : "?");
			const cJSON *fmt = cJSON_GetObjectItemCaseSensitive(root, "format");
			if (!cJSON_IsString(fmt) ||
			    strcmp(fmt->valuestring, "spiegel-report/1") != 0)
				fuzz_fail("the JSON report has no format spiegel-report/1");
			cJSON_Delete(root);
			diag_finish(&d);
		}
		free(out);
	}
	/* what the item screens and plain mode show for each answer */
	for (size_t i = 0; i < q->n_items; i++) {
		const struct item *it = &q->items[i];
		struct answer a = session_get(s, it->id);
		char buf[128];
		const char *label = report_answer_label(it, a, buf, sizeof(buf));
		if (!label)
			fuzz_fail("report_answer_label returned NULL for item %s", it->id);
		fuzz_check_text("report_answer_label", label, strlen(label));
		if (a.kind == ANSWER_TEXT) {
			static const int widths[] = {1, 12, 40, 78};
			for (size_t w = 0; w < sizeof(widths) / sizeof(widths[0]); w++) {
				char *wrapped = report_wrap(a.text, widths[w], "    > ");
				if (!wrapped)
					fuzz_fail("report_wrap returned NULL");
				fuzz_check_text("report_wrap", wrapped, strlen(wrapped));
				free(wrapped);
			}
		}
	}
	for (size_t i = 0; i < r.n_steps; i++) {
		const char *origin = report_step_origin(cat, &r.steps[i]);
		if (!origin)
			fuzz_fail("report_step_origin returned NULL");
		fuzz_check_text("report_step_origin", origin, strlen(origin));
	}
	size_t first = session_first_unanswered(s, q), answered = session_count_answered(s, q);
	if (first > q->n_items || answered > q->n_items ||
	    (first == q->n_items && answered != q->n_items))
		fuzz_fail("first unanswered %zu, answered %zu of %zu", first, answered, q->n_items);
	score_finish(&r);
}

/* ---- loaded content ---- */

static void check_source(const char *what, const struct source_ref *src)
{
	char buf[512]; /* as the callers in report.c and the TUI */
	content_source_format(src, buf, sizeof(buf));
	if (fuzz_strict()) /* finding (fixed) F4 */
		fuzz_check_text(what, buf, strlen(buf));
}

void fuzz_check_catalogue(const struct catalogue *cat)
{
	if (cat->n_levels < 1 || cat->n_levels > 8 || cat->levels[0].min != 0)
		fuzz_fail("catalogue: %zu levels", cat->n_levels);
	for (size_t l = 0; l < cat->n_levels; l++) {
		if (!cat->levels[l].id || !cat->levels[l].name ||
		    content_level_index(cat, cat->levels[l].id) != (int)l)
			fuzz_fail("catalogue: level %zu", l);
		if (l > 0 && !(cat->levels[l].min > cat->levels[l - 1].min))
			fuzz_fail("catalogue: levels not ascending at %zu", l);
	}
	if (cat->min_items < 1 || cat->min_items > 50 || cat->min_weight_milli < 1 ||
	    cat->min_weight_milli > 50000 || !cat->version)
		fuzz_fail("catalogue: coverage %u over %d", cat->min_weight_milli, cat->min_items);
	if (cat->n_practices == 0)
		fuzz_fail("catalogue: no practices");
	for (size_t p = 0; p < cat->n_practices; p++) {
		const struct practice *pr = &cat->practices[p];
		if (!pr->id || !pr->name || !pr->domain || !pr->description ||
		    content_practice_index(cat, pr->id) != (int)p || pr->n_steps == 0)
			fuzz_fail("catalogue: practice %zu", p);
		check_source("catalogue: practice source", &pr->source);
		for (size_t k = 0; k < pr->n_steps; k++) {
			const struct next_step *st = &pr->steps[k];
			if (!st->id || !st->title || !st->text || st->levels == 0 ||
			    (cat->n_levels < 32 && st->levels >= 1u << cat->n_levels))
				fuzz_fail("catalogue: practice %zu step %zu", p, k);
			check_source("catalogue: step source", &st->source);
		}
	}
}

static void check_profile_def(const struct catalogue *cat, const struct questionnaire *q);

void fuzz_check_questionnaire(const struct catalogue *cat, const struct questionnaire *q)
{
	if (!q->id || !q->version || !q->title || !q->intro || q->n_sections == 0)
		fuzz_fail("questionnaire: header");
	size_t next = 0;
	for (size_t si = 0; si < q->n_sections; si++) {
		const struct section *sec = &q->sections[si];
		if (!sec->id || !sec->title || sec->first_item != next || sec->n_items == 0 ||
		    sec->n_prompts > 3)
			fuzz_fail("questionnaire: section %zu", si);
		for (size_t k = 0; k < sec->n_prompts; k++)
			if (!sec->prompts[k])
				fuzz_fail("questionnaire: section %zu prompt %zu", si, k);
		next += sec->n_items;
	}
	if (next != q->n_items)
		fuzz_fail("questionnaire: sections cover %zu of %zu items", next, q->n_items);
	check_profile_def(cat, q);
	for (size_t i = 0; i < q->n_items; i++) {
		const struct item *it = &q->items[i];
		if (!it->id || !it->text || content_item_index(q, it->id) != (int)i ||
		    content_find_item(q, it->id) != it || it->section >= q->n_sections ||
		    i < q->sections[it->section].first_item ||
		    i >= q->sections[it->section].first_item + q->sections[it->section].n_items)
			fuzz_fail("questionnaire: item %zu", i);
		check_source("questionnaire: item source", &it->source);
		if (it->type == ITEM_LIKERT) {
			if (!it->scale || it->n_weights == 0)
				fuzz_fail("questionnaire: likert item %s", it->id);
			for (int k = 0; k < CONTENT_SCALE_POINTS; k++)
				if (!it->scale[k])
					fuzz_fail("questionnaire: item %s scale label %d", it->id,
						  k);
			double sum = 0;
			for (size_t k = 0; k < it->n_weights; k++) {
				if (it->weights[k].practice >= cat->n_practices ||
				    !(it->weights[k].w > 0 && it->weights[k].w <= 1))
					fuzz_fail("questionnaire: item %s weight %zu", it->id, k);
				sum += it->weights[k].w;
			}
			if (fabs(sum - 1) > 0.001 + EPS)
				fuzz_fail("questionnaire: item %s weights sum to %g", it->id, sum);
		} else if (it->type == ITEM_SCENARIO) {
			unsigned seen = 0;
			if (!it->title || it->n_options != N_APPROACHES)
				fuzz_fail("questionnaire: scenario %s", it->id);
			for (size_t k = 0; k < it->n_options; k++) {
				int key = it->options[k].key;
				if (!it->options[k].value || !it->options[k].label || key < 0 ||
				    key >= N_APPROACHES || (seen & 1u << key))
					fuzz_fail("questionnaire: scenario %s option %zu", it->id,
						  k);
				seen |= 1u << key;
			}
			if (it->fitting >= 1u << N_APPROACHES || it->cued >= 1u << N_WSOURCES)
				fuzz_fail("questionnaire: scenario %s fitting/cued", it->id);
		}
		if (it->type == ITEM_CHOICE && it->followup != FOLLOWUP_NONE) {
			if (it->follows >= i || q->items[it->follows].type != ITEM_SCENARIO)
				fuzz_fail("questionnaire: follow-up %s follows %zu", it->id,
					  it->follows);
			int limit = it->followup == FOLLOWUP_STEP ? N_WSTEPS : N_WSOURCES;
			for (size_t k = 0; k < it->n_options; k++)
				if (it->options[k].key < 0 || it->options[k].key >= limit)
					fuzz_fail("questionnaire: follow-up %s option %zu key %d",
						  it->id, k, it->options[k].key);
		}
		if (it->type == ITEM_CHOICE) {
			if (it->n_options < 2 || it->n_options > 9)
				fuzz_fail("questionnaire: item %s has %zu options", it->id,
					  it->n_options);
			for (size_t k = 0; k < it->n_options; k++) {
				if (!it->options[k].value || !it->options[k].label)
					fuzz_fail("questionnaire: item %s option %zu", it->id, k);
				for (size_t j = 0; j < k; j++)
					if (strcmp(it->options[j].value, it->options[k].value) == 0)
						fuzz_fail("questionnaire: item %s duplicate option",
							  it->id);
			}
		}
	}
}

static void check_named(const char *what, const struct named *v, size_t n)
{
	if (!v)
		fuzz_fail("profile: no %s", what);
	for (size_t k = 0; k < n; k++)
		if (!v[k].id || !v[k].name)
			fuzz_fail("profile: %s %zu", what, k);
}

static void check_profile_def(const struct catalogue *cat, const struct questionnaire *q)
{
	const struct profile *pf = q->profile;
	bool scenarios = false;
	for (size_t i = 0; i < q->n_items; i++)
		scenarios |= q->items[i].type == ITEM_SCENARIO;
	if (scenarios != (pf != NULL))
		fuzz_fail("questionnaire: scenarios %d but profile %p", scenarios,
			  (const void *)pf);
	if (!pf)
		return;
	check_named("approaches", pf->approaches, N_APPROACHES);
	check_named("steps", pf->steps, N_WSTEPS);
	check_named("sources", pf->sources, N_WSOURCES);
	for (size_t i = 0; i < pf->n_rules; i++) {
		const struct profile_rule *r = &pf->rules[i];
		if (!r->id || !r->text || !r->step || r->n_when == 0 || r->practice < -1 ||
		    r->practice >= (int)cat->n_practices)
			fuzz_fail("profile: rule %zu", i);
		if (r->practice >= 0) {
			const struct practice *pr = &cat->practices[r->practice];
			if (r->step < pr->steps || r->step >= pr->steps + pr->n_steps)
				fuzz_fail("profile: rule %s step is not of its practice", r->id);
		} else if (r->step < pf->steps_lib || r->step >= pf->steps_lib + pf->n_steps_lib) {
			fuzz_fail("profile: rule %s step is not in the profile", r->id);
		}
		for (size_t k = 0; k < r->n_when; k++)
			if (r->when[k].measure == MEASURE_SECTION &&
			    (r->when[k].arg < 0 || (size_t)r->when[k].arg >= q->n_sections))
				fuzz_fail("profile: rule %s section measure %d", r->id,
					  r->when[k].arg);
		check_source("profile: rule source", &r->source);
	}
	for (size_t i = 0; i < pf->n_steps_lib; i++) {
		if (!pf->steps_lib[i].id || !pf->steps_lib[i].title || !pf->steps_lib[i].text)
			fuzz_fail("profile: step %zu", i);
		check_source("profile: step source", &pf->steps_lib[i].source);
	}
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fuzz_content();
	get_tmpdir();
	return 0;
}

char *fuzz_text(const uint8_t *data, size_t size, size_t max)
{
	if (size > max)
		return NULL;
	char *text = malloc(size + 1);
	if (!text)
		return NULL;
	memcpy(text, data, size);
	text[size] = '\0';
	return text;
}
