#!/usr/bin/env python3
"""Instruction counts (valgrind --tool=callgrind) of the cases of make bench.

Counted instructions do not depend on the load of the machine: where the
wall-time table of bench.py is noisy, these ratios are not. Every case leaves
its callgrind file in WORK/prof/ for callgrind_annotate. Per key and per
answer figures are the difference between a run with 50 keys and one without,
divided by 50.

    python3 bench/profile.py --spiegel build-bench/spiegel --bin build-bench/bench \
        --content content --work build-bench/work

Python standard library only; needs valgrind.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench  # noqa: E402
import gen  # noqa: E402
from ptyterm import PtyProgram  # noqa: E402

KEYS = 50


def total(path):
    """The instruction count in a callgrind file."""
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            if line.startswith("summary:") or line.startswith("totals:"):
                return int(line.split()[1])
    raise RuntimeError("no total in %s" % path)


def callgrind(out, argv):
    return [shutil.which("valgrind"), "--tool=callgrind", "--callgrind-out-file=" + out] + argv


def batch(env, out, argv, cwd=None):
    subprocess.run(callgrind(out, argv), env=env, cwd=cwd, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, check=True)
    return total(out)


def screen(env, out, argv, pred, keys=(), keypred=None):
    p = PtyProgram(callgrind(out, argv), env)
    p.wait_drawn(pred, quiet=0.3, timeout=300)
    for k in keys:
        p.press(k, keypred or (lambda s: True), quiet=0.1, timeout=120)
    p.close("q", timeout=120)
    return total(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--spiegel", required=True)
    ap.add_argument("--bin", required=True)
    ap.add_argument("--content", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--handins", type=int, default=1000)
    a = ap.parse_args()
    for k in ("spiegel", "bin", "content", "work"):
        setattr(a, k, os.path.abspath(getattr(a, k)))
    if not shutil.which("valgrind"):
        sys.exit("profile: valgrind is not installed")
    prof = os.path.join(a.work, "prof")
    os.makedirs(prof, exist_ok=True)
    data = os.path.join(a.work, "data")
    h = gen.handins(a.content, os.path.join(data, "handins-%d" % a.handins), a.handins)
    s10 = gen.sessions(a.content, os.path.join(data, "sessions-10"), 10)
    s1000 = gen.sessions(a.content, os.path.join(data, "sessions-1000"), 1000)
    empty = os.path.join(data, "empty")
    os.makedirs(os.path.join(empty, "sessions"), mode=0o700, exist_ok=True)
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": a.work,
           "TERM": "xterm-256color", "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
    sp, c, b = a.spiegel, a.content, a.bin
    rows = []

    def row(name, n, ref=None, note=""):
        """A row; its reference is another row's return value."""
        rows.append((name, n, ref, note))
        print("profile: %-40s %14s" % (name, "{:,}".format(n)), file=sys.stderr)
        return (name, n)

    def out(name):
        return os.path.join(prof, "cg." + re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-"))

    # commands
    ver = row("spiegel --version", batch(env, out("version"), [sp, "--version"]))
    row("spiegel list", batch(env, out("list"), [sp, "--content-dir", c, "list"]), ver)
    row("spiegel check", batch(env, out("check"), [sp, "--content-dir", c, "check"]), ver)
    l10 = row("spiegel list --sessions, 10", batch(env, out("list-sessions-10"), [
        sp, "--data-dir", s10[0], "--content-dir", c, "list", "--sessions"]), ver)
    row("spiegel list --sessions, 1,000", batch(env, out("list-sessions-1000"), [
        sp, "--data-dir", s1000[0], "--content-dir", c, "list", "--sessions"]), l10)
    # group
    fl = row("floor-json, %d hand-ins" % a.handins,
             batch(env, out("floor-json"), [os.path.join(b, "floor-json"), h]))
    for f in bench.FORMATS:
        row("spiegel group --format %s" % f, batch(env, out("group-" + f), [
            sp, "--content-dir", c, "group", "--format", f, h]), fl)
    # screens
    start = lambda s: s.lines()[-1].endswith("q stoppen")  # noqa: E731
    box = row("floor-box: first frame", screen(env, out("floor-box"), [
        os.path.join(b, "floor-box")], lambda s: s.contains("q stoppen")))
    se = row("spiegel start screen", screen(env, out("start-empty"), [
        sp, "--data-dir", empty, "--content-dir", c], start), box)
    s_10 = row("spiegel start screen, 10 sessions", screen(env, out("start-10"), [
        sp, "--data-dir", s10[0], "--content-dir", c], start), se)
    row("spiegel start screen, 1,000 sessions", screen(env, out("start-1000"), [
        sp, "--data-dir", s1000[0], "--content-dir", c], start), s_10)
    menu = lambda s: s.contains("5  helemaal")  # noqa: E731
    keys = ["down", "up"] * (KEYS // 2)
    m0 = screen(env, out("floor-menu"), [os.path.join(b, "floor-menu")], menu)
    m1 = screen(env, out("floor-menu-keys"), [os.path.join(b, "floor-menu")], menu, keys)
    menu0 = row("floor-menu: first frame", m0, box)
    fk = row("floor-menu: per key", (m1 - m0) // KEYS)
    tmp = tempfile.mkdtemp(prefix="prof-", dir=a.work)
    q1 = lambda s: bench.question_no(s)[0] == 1  # noqa: E731
    qargv = lambda d: [sp, "--data-dir", os.path.join(tmp, d), "--content-dir", c,  # noqa
                       "start", "visie"]
    q0 = screen(env, out("question"), qargv("a"), q1)
    row("spiegel question screen", q0, menu0)
    q50 = screen(env, out("question-keys"), qargv("b"), q1, keys)
    row("spiegel question: per arrow key", (q50 - q0) // KEYS, fk)
    answers = ["1"] * 4  # the first four questions of visie are choices
    qa = screen(env, out("question-answers"), qargv("c"), q1, answers)
    row("spiegel question: per answer", (qa - q0) // len(answers), fk,
        "save and next question; the fsync is not counted here")
    shutil.rmtree(tmp, ignore_errors=True)

    print("instructions (callgrind), ratio = instructions / instructions of the reference")
    for name, n, ref, note in rows:
        ratio = "" if ref is None else "%8.2f  %s" % (n / ref[1], ref[0])
        print("%-40s %14s %s%s" % (name, "{:,}".format(n), ratio,
                                   ("  (" + note + ")") if note else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
