#ifndef SPIEGEL_FUZZ_H
#define SPIEGEL_FUZZ_H

/*
 * Shared code of the fuzz harnesses (see fuzz/README.md).
 *
 * Each harness is one fuzz_<name>.c that defines LLVMFuzzerTestOneInput. It
 * is linked either with libFuzzer (clang -fsanitize=fuzzer: `make fuzz`) or
 * with replay.c, a plain main() that feeds it files (any compiler: the corpus
 * replay in `make test`). A harness reports a broken invariant with
 * fuzz_fail(), which aborts: libFuzzer then saves the input as a crash, and
 * the replay test fails.
 */

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "spiegel/content.h"
#include "spiegel/diag.h"
#include "spiegel/session.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

/* The input as a text: an exact-size copy with the NUL the parsers need
 * after it, so that ASan sees any read past the end. NULL when size is
 * over max (the loaders refuse such files) or on OOM. Caller frees. */
char *fuzz_text(const uint8_t *data, size_t size, size_t max);

/* Print a message with the harness name and abort(). */
_Noreturn void fuzz_fail(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* The bundled content (content/, or $SPIEGEL_FUZZ_CONTENT_DIR), loaded once.
 * Aborts if it does not load cleanly. */
const struct content *fuzz_content(void);
/* The directory the bundled content was loaded from. */
const char *fuzz_content_dir(void);

/* Write data to <private temp dir>/<name> and return the path (valid until
 * the next call). The caller unlinks it with fuzz_remove_file(). */
const char *fuzz_write_file(const char *name, const uint8_t *data, size_t size);
void fuzz_remove_file(const char *path);

/* An independent UTF-8 check (not the core's own validator). */
bool fuzz_utf8_ok(const char *s, size_t n);
/* Abort unless s[0..n) is valid UTF-8 without NUL bytes. */
void fuzz_check_text(const char *what, const char *s, size_t n);

/* SPIEGEL_FUZZ_STRICT=1 in the environment turns on the checks that open
 * findings still break (see fuzz/README.md), so that they do not stop every
 * run at the first input. */
bool fuzz_strict(void);

/* A failed load or validation must say why: abort when ok is false and the
 * diag holds no message. In strict mode every message must also be valid
 * UTF-8 (it is printed on the terminal). */
void fuzz_check_diag(const char *what, bool ok, const struct diag *d);

/* A session that answers the items of q in a pattern chosen by variant. It
 * must validate against q. Caller destroys it. */
struct session *fuzz_synthetic_session(const struct questionnaire *q, unsigned variant);

/* Serialise s, parse it again and serialise once more: the parse must succeed
 * and both texts must be equal (what spiegel saves, it can load again). */
void fuzz_roundtrip(const struct session *s);

/* The path of a session file after loading: score, render the report in all
 * formats and check the results (score ranges, focus and next steps, UTF-8,
 * the JSON report parses with the strict reader). s must validate against q,
 * q must be loaded against cat. fuzzed_catalogue: cat comes from the fuzz
 * input (relaxes the UTF-8 checks for open finding F4 unless strict). */
void fuzz_score_and_report(const struct catalogue *cat, const struct questionnaire *q,
			   const struct session *s, bool fuzzed_catalogue);

/* Structural invariants of a loaded catalogue / questionnaire. */
void fuzz_check_catalogue(const struct catalogue *cat);
void fuzz_check_questionnaire(const struct catalogue *cat, const struct questionnaire *q);

#endif
