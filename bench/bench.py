#!/usr/bin/env python3
"""spiegel's benchmark suite: spiegel next to its floors and peers, one table.

Every figure is a median over --runs measured rounds after --warmup rounds
that are thrown away. Within a section the programs take turns (round
robin, a different one first each round), so a noisy neighbour slows all of
them alike and the ratios of one run stay comparable. A ratio is always
median / median of its reference in the same run; a target is a limit on a
ratio (never on a time) and gets PASS or MISS.

    python3 bench/bench.py --spiegel build-bench/spiegel --bin build-bench/bench \
        --content content --work build-bench/work [--runs 20]
    python3 bench/bench.py --smoke ...   (2 runs, small data: checks the harness)

See bench/README.md. Python standard library only.
"""

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen  # noqa: E402
from ptyterm import PtyError, PtyProgram  # noqa: E402

FORMATS = ("text", "markdown", "html", "csv", "json")
HERE = os.path.dirname(os.path.abspath(__file__))


class BenchError(Exception):
    pass


def log(msg):
    print(msg, file=sys.stderr, flush=True)


# -- running things --------------------------------------------------------

class Runner:
    def __init__(self, a):
        self.a = a
        self.exec_rss = os.path.join(a.bin, "exec-rss")
        home = os.path.join(a.work, "home")
        os.makedirs(home, exist_ok=True)
        self.env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": home,
            "SPIEGEL_DATA_DIR": os.path.join(home, "data"),
            "TERM": "xterm-256color",
            "LC_ALL": "C.UTF-8",
            "LANG": "C.UTF-8",
        }

    def batch(self, argv, cwd=None, out="/dev/null", want=0):
        """Run argv to completion: (wall ns, peak RSS KiB, CPU ns)."""
        cmd = [self.exec_rss, "-o", out, "--"] + argv
        r = subprocess.run(cmd, env=self.env, cwd=cwd, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True)
        if r.returncode != 0:
            raise BenchError("exec-rss failed: %s" % r.stderr.strip())
        wall, rss, status, cpu = (int(x) for x in r.stdout.split())
        if status != want:
            raise BenchError("%s exited with %d (expected %d)"
                             % (" ".join(argv[:6]), status, want))
        return wall, rss, cpu

    def capture(self, argv, cwd=None):
        """Run argv once, not timed: its stdout."""
        r = subprocess.run(argv, env=self.env, cwd=cwd, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True)
        if r.returncode != 0:
            raise BenchError("%s failed (%d): %s"
                             % (" ".join(argv[:6]), r.returncode, r.stderr.strip()[:500]))
        return r.stdout

    def pty(self, argv, cwd=None):
        return PtyProgram(argv, self.env, cwd=cwd)


def rounds(members, runs, warmup, measure):
    """Call measure(member) for every member, round robin, warmup + runs
    times; returns {name: [result of each measured round]}."""
    out = {m[0]: [] for m in members}
    for r in range(warmup + runs):
        k = r % len(members)
        for m in members[k:] + members[:k]:
            v = measure(m)
            if r >= warmup:
                out[m[0]].append(v)
    return out


# -- figures and the table -------------------------------------------------

class Figure:
    """The median of one measurement over the rounds; with cpu, the median
    of the CPU time the program used for it too."""

    def __init__(self, name, samples, unit, cpu=None):
        self.name, self.samples, self.unit = name, samples, unit
        self.median = statistics.median(samples)
        self.cpu = None
        if cpu and None not in cpu:
            self.cpu_samples = cpu
            self.cpu = statistics.median(cpu)

    def spread(self):
        """Interquartile range relative to the median, in percent."""
        if len(self.samples) < 2 or not self.median:
            return 0.0
        q = statistics.quantiles(self.samples, n=4, method="inclusive")
        return 100.0 * (q[2] - q[0]) / self.median


def figures(res, unit, wall=0, cpu=None):
    """{name: Figure} from rounds() results: field wall of every sample,
    and field cpu for the CPU time."""
    return {k: Figure(k, [x[wall] for x in v], unit,
                      [x[cpu] for x in v] if cpu is not None else None)
            for k, v in res.items()}


class Table:
    COLUMNS = [("figure", 36, "<"), ("median", 9, ">"), ("spread", 6, ">"), ("cpu", 9, ">"),
               ("ratio", 6, ">"), ("cpu", 6, ">"), ("reference", 34, "<"), ("target", 7, "<"),
               ("result", 6, "<"), ("cpu", 4, "<"), ("note", 0, "<")]

    def __init__(self):
        self.lines = []  # ("head", text) | ("row", cells)
        self.figures = []
        self.targets = []  # dicts: what, ratio, cpu_ratio, limit, ok, cpu_ok

    def section(self, text):
        self.lines.append(("head", text))

    def figure(self, fig, note=""):
        self.figures.append(fig)
        cells = [""] * len(self.COLUMNS)
        cells[0], cells[1] = fig.name, fmt_value(fig.median, fig.unit)
        cells[2] = "%.0f %%" % fig.spread()
        cells[3] = fmt_value(fig.cpu, "ns") if fig.cpu is not None else ""
        cells[10] = note
        self.lines.append(("row", cells))
        return fig

    def ratio(self, fig, ref, ref_name=None, limit=None, what=None, value=None, cpu=True):
        """fig / ref (or value) with its reference and a target (ratio <=
        limit; a limit below 1 means "at least 1/limit times faster"), for
        the wall time and, where both have one and cpu is true, the CPU
        time. On the figure's own line if that has no ratio yet."""
        r = value if value is not None else fig.median / ref.median
        rc = None
        if cpu and value is None and fig.cpu and ref.cpu:
            rc = fig.cpu / ref.cpu
        kind, cells = self.lines[-1]
        if not (kind == "row" and cells[0] == fig.name and cells[4] == ""):
            cells = [""] * len(self.COLUMNS)
            self.lines.append(("row", cells))
        cells[4], cells[6] = "%.2f" % r, ref_name or ref.name
        cells[5] = "%.2f" % rc if rc is not None else ""
        if limit is not None:
            ok = r <= limit
            cok = None if rc is None else rc <= limit
            cells[7] = "<= %.2f" % limit
            cells[8] = "PASS" if ok else "MISS"
            cells[9] = "" if cok is None else "PASS" if cok else "MISS"
            self.targets.append({"what": what or "%s / %s" % (fig.name, ref_name or ref.name),
                                 "ratio": r, "cpu_ratio": rc, "limit": limit, "ok": ok,
                                 "cpu_ok": cok})
        return r

    def render(self):
        def line(cells):
            parts = []
            for c, (_, w, al) in zip(cells, self.COLUMNS):
                parts.append(c.ljust(w) if al == "<" else c.rjust(w))
            return " ".join(parts).rstrip()

        out = [line([c[0] for c in self.COLUMNS])]
        for kind, v in self.lines:
            if kind == "head":
                out.append("")
                out.append(v)
            else:
                out.append(line(v))
        return "\n".join(out)


def fmt_value(v, unit):
    if unit == "ns":
        ms = v / 1e6
        return ("%.3f ms" if ms < 1 else "%.2f ms" if ms < 100 else "%.0f ms") % ms
    if unit == "KiB":
        return "%.1f MiB" % (v / 1024)
    if unit == "files/s":
        return "%.0f /s" % v
    return "%g %s" % (v, unit)


def thousands(n):
    return "{:,}".format(n)


# -- the sections ----------------------------------------------------------

def section_first_frame(run, a, t, data):
    """First frames (and VmHWM) of the start screen, the question screen and
    their floors and peers, in the pty."""
    sp, content = a.spiegel, a.content
    dialog = a.peers["dialog"]
    empty = data["empty"]
    qdirs = tempfile.mkdtemp(prefix="q-", dir=a.work)
    counter = [0]

    def start_screen(d, unfinished, finished):
        def pred(s):
            lines = s.lines()
            return (lines[-1].endswith("q stoppen") and s.contains("5  Stoppen")
                    and s.contains("nog niet af is  (%d)" % unfinished)
                    and s.contains("resultaten bekijken  (%d)" % finished))
        return ([sp, "--data-dir", d, "--content-dir", content], pred, "q", None)

    def question_screen():
        def argv():
            counter[0] += 1
            d = os.path.join(qdirs, str(counter[0]))
            return [sp, "--data-dir", d, "--content-dir", content, "start", "visie"]
        pred = lambda s: s.contains("vraag 1 van %d" % data["visie_n"]) and \
            "overzicht" in s.lines()[-1]
        return (argv, pred, "q", None)

    box_pred = lambda s: s.contains("q stoppen") and s.lines()[-1].endswith("┘")
    menu_pred = lambda s: s.contains("q stoppen") and s.contains("5  helemaal")
    members = [
        ("floor-box", [os.path.join(a.bin, "floor-box")], box_pred, "q", None),
        ("dialog --yesno", [dialog, "--title", "spiegel", "--yesno",
                            "Wil je een vragenlijst beginnen?", "8", "50"],
         lambda s: s.contains("< Yes >") and s.contains("No  >"), None, None),
        ("spiegel start screen", ) + start_screen(empty, 0, 0),
    ]
    for n in a.sessions:
        d, unf, fin = data["sessions"][n]
        members.append(("spiegel start screen, %s sessions" % thousands(n),)
                       + start_screen(d, unf, fin))
    members += [
        ("floor-menu", [os.path.join(a.bin, "floor-menu")], menu_pred, "q", None),
        ("dialog --menu", [dialog, "--menu", "Hoe vaak doe je dit?", "15", "50", "5",
                           "1", "helemaal niet", "2", "een beetje", "3", "deels",
                           "4", "grotendeels", "5", "helemaal"],
         lambda s: s.contains("Cancel>") and s.contains("5  helemaal"), None, None),
        ("spiegel question screen",) + question_screen(),
    ]

    def measure(m):
        name, argv, pred, quit_key, _ = m
        if callable(argv):
            argv = argv()
        with run.pty(argv) as p:
            ns = p.wait_drawn(pred, quiet=a.quiet)
            hwm, cpu = p.vm_hwm_kib(), p.cpu_ns()
            p.close(quit_key)
        return ns, hwm, cpu

    res = rounds(members, a.runs, a.warmup, measure)
    shutil.rmtree(qdirs, ignore_errors=True)
    F = figures(res, "ns", 0, 2)
    M = figures(res, "KiB", 1)

    t.section("first frame: spawn to the screen fully drawn, 80x24 pty")
    box = t.figure(F["floor-box"], "bare ncurses: box and title")
    dy = t.figure(F["dialog --yesno"])
    t.ratio(dy, box)
    ss = t.figure(F["spiegel start screen"], "empty data dir")
    t.ratio(ss, box, limit=1.5, what="first frame / bare ncurses floor")
    t.ratio(ss, dy, limit=1.0, what="first frame / dialog")
    base = None
    for n in a.sessions:
        f = t.figure(F["spiegel start screen, %s sessions" % thousands(n)])
        if base is None:
            base = f
            t.ratio(f, ss)
        else:
            t.ratio(f, base, limit=3.0,
                    what="start screen, %s / %s sessions" % (thousands(n),
                                                             thousands(a.sessions[0])))
    fm = t.figure(F["floor-menu"], "bare ncurses menu")
    t.ratio(fm, box)
    t.figure(F["dialog --menu"])
    qs = t.figure(F["spiegel question screen"], "spiegel start visie")
    t.ratio(qs, fm)

    t.section("peak memory (VmHWM) with the screen drawn")
    mbox = t.figure(M["floor-box"])
    mfm = t.figure(M["floor-menu"])
    mdm = t.figure(M["dialog --menu"])
    t.ratio(mdm, mfm)
    mss = t.figure(M["spiegel start screen"])
    t.ratio(mss, mbox)
    mq = t.figure(M["spiegel question screen"])
    t.ratio(mq, mfm)
    t.ratio(mq, mdm)
    for n in a.sessions:
        t.figure(M["spiegel start screen, %s sessions" % thousands(n)])
    return F, M


QUESTION_RE = re.compile(r"vraag (\d+) van (\d+)")


def question_no(screen):
    m = QUESTION_RE.search(screen.lines()[0])
    return (int(m.group(1)), int(m.group(2))) if m else (None, None)


def marker_row(screen):
    for i, line in enumerate(screen.lines()):
        if "▸" in line:
            return i
    return None


def next_question(p, types, quiet):
    """From question K to K+1 on spiegel's question screen: a digit on a
    likert or choice question (returns its (wall, cpu)), or, on an open
    question, an answer typed and Enter (not a figure: returns None)."""
    k = question_no(p.screen)[0]
    pred = lambda s: question_no(s)[0] == k + 1 and s.lines()[-1] != ""  # noqa: E731
    if types[k - 1] == "open":
        for ch in "Mijn antwoord":
            os.write(p.master, ch.encode())
        p.press("enter", pred, quiet=quiet)
        return None
    return p.press("1", pred, quiet=quiet)


class Answering:
    """A spiegel on `start visie` that answers question after question
    (a digit: saved with fsync, next question drawn); open questions are
    passed with a typed answer and Enter, not measured. A new session starts
    before the last question."""

    def __init__(self, run, a, types, qdirs):
        self.run, self.a, self.types, self.qdirs = run, a, types, qdirs
        self.p = None
        self.k = 0

    def _spawn(self):
        if self.p:
            self.p.close("q")
        self.k += 1
        d = os.path.join(self.qdirs, "answer-%d" % self.k)
        self.p = self.run.pty([self.a.spiegel, "--data-dir", d, "--content-dir",
                               self.a.content, "start", "visie"])
        self.p.wait_drawn(lambda s: question_no(s)[0] == 1, quiet=self.a.quiet)

    def press(self):
        """One measured answer: ns from the digit to the next question drawn."""
        while True:
            if self.p is None:
                self._spawn()
            k, n = question_no(self.p.screen)
            if k is None or k >= n - 1:
                self._spawn()
                continue
            r = next_question(self.p, self.types, self.a.quiet)
            if r is not None:
                return r

    def close(self):
        if self.p:
            self.p.close("q")


class Save:
    """floor-save: one durable save of a session-sized file as spiegel does
    it (write, fsync, rename, fsync of the directory), or one answer-sized
    record appended with fdatasync; timed inside the process."""

    def __init__(self, run, a, folder, mode):
        size = "2048" if mode == "replace" else "128"
        self.argv = [os.path.join(a.bin, "floor-save"), folder, size, mode]
        self.run = run
        os.makedirs(folder, mode=0o700, exist_ok=True)

    def press(self):
        out = self.run.capture(self.argv).split()
        if len(out) != 2 or out[0] != "ns":
            raise BenchError("floor-save: %s" % out)
        return int(out[1]), None


class Arrows:
    """A program showing a menu-like question; arrow keys move the marker
    (down, then up, and so on). check: whether the marker row can be read
    from the text (spiegel and the floor draw one; dialog uses colour)."""

    def __init__(self, p, options, check=True):
        self.p, self.options, self.check = p, options, check
        self.i = 0
        self.down = True

    def press(self):
        if self.down and self.i == self.options - 1:
            self.down = False
        elif not self.down and self.i == 0:
            self.down = True
        before = marker_row(self.p.screen)
        want = None if before is None else before + (1 if self.down else -1)
        pred = (lambda s: marker_row(s) == want) if self.check else (lambda s: True)
        ns = self.p.press("down" if self.down else "up", pred, quiet=self.p.quiet)
        self.i += 1 if self.down else -1
        return ns


def section_keys(run, a, t, data):
    """Keystroke to redraw and answer to next question, all programs open at
    once and taking turns key by key."""
    qdirs = tempfile.mkdtemp(prefix="k-", dir=a.work)
    progs = []
    answering = None
    try:
        fm = run.pty([os.path.join(a.bin, "floor-menu")])
        progs.append((fm, "q"))
        fm.wait_drawn(lambda s: s.contains("5  helemaal"), quiet=a.quiet)
        dm = run.pty([a.peers["dialog"], "--menu", "Hoe vaak doe je dit?", "15", "50", "5",
                      "1", "helemaal niet", "2", "een beetje", "3", "deels",
                      "4", "grotendeels", "5", "helemaal"])
        progs.append((dm, None))
        dm.wait_drawn(lambda s: s.contains("Cancel>"), quiet=a.quiet)
        sp = run.pty([a.spiegel, "--data-dir", os.path.join(qdirs, "arrows"),
                      "--content-dir", a.content, "start", "visie"])
        progs.append((sp, "q"))
        sp.wait_drawn(lambda s: question_no(s)[0] == 1, quiet=a.quiet)
        # on to the first likert question (the first few are choices)
        while data["visie_types"][question_no(sp.screen)[0] - 1] != "likert":
            next_question(sp, data["visie_types"], a.quiet)
        likert_options = sum(1 for line in sp.screen.lines()
                             if re.match(r"^\s*▸?\d\s", line))
        for p, _ in progs:
            p.quiet = a.quiet
        answering = Answering(run, a, data["visie_types"], qdirs)
        # keys first, then what writes to the disk: a flush in progress (the
        # journal, writeback) would otherwise land in the next key's figure
        keys = [
            ("floor-menu", Arrows(fm, 5)),
            ("dialog --menu", Arrows(dm, 5, check=False)),
            ("spiegel question", Arrows(sp, likert_options)),
        ]
        saves = [
            ("spiegel answer", answering),
            ("floor-save", Save(run, a, os.path.join(qdirs, "save"), "replace")),
            ("floor-save append", Save(run, a, os.path.join(qdirs, "save"), "append")),
        ]
        res = rounds(keys, a.runs, a.warmup, lambda m: m[1].press())
        res.update(rounds(saves, a.runs, a.warmup, lambda m: m[1].press()))
    finally:
        if answering:
            answering.close()
        for p, quit_key in progs:
            p.close(quit_key)
        shutil.rmtree(qdirs, ignore_errors=True)

    K = figures(res, "ns", 0, 1)
    t.section("keystroke to redraw (arrow key on a question) and answer to next question")
    fmk = t.figure(K["floor-menu"], "bare ncurses menu")
    dmk = t.figure(K["dialog --menu"])
    t.ratio(dmk, fmk)
    sq = t.figure(K["spiegel question"], "likert question of visie")
    t.ratio(sq, fmk, limit=1.5, what="keystroke redraw / floor menu")
    t.ratio(sq, dmk)
    sa = t.figure(K["spiegel answer"], "digit: durable save, next question")
    t.ratio(sa, fmk, "floor-menu (keystroke)", limit=10.0, cpu=False,
            what="answer to next question / floor menu redraw")
    fs = t.figure(K["floor-save"], "write+fsync+rename+fsync dir, 2 KiB")
    t.ratio(fs, fmk, "floor-menu (keystroke)", cpu=False)
    t.ratio(sa, fs, "floor-save + floor-menu", value=sa.median / (fs.median + fmk.median))
    fa = t.figure(K["floor-save append"], "128 B appended, fdatasync (a journal)")
    t.ratio(fa, fmk, "floor-menu (keystroke)", cpu=False)


def section_commands(run, a, t, data):
    """Content load, check and the session list: whole commands."""
    sp, content = a.spiegel, a.content
    members = [
        ("spiegel --version", [sp, "--version"]),
        ("spiegel list", [sp, "--content-dir", content, "list"]),
        ("spiegel check", [sp, "--content-dir", content, "check"]),
    ]
    for n in a.sessions:
        d = data["sessions"][n][0]
        members.append(("spiegel list --sessions, %s" % thousands(n),
                        [sp, "--data-dir", d, "--content-dir", content, "list", "--sessions"]))
    res = rounds(members, a.runs, a.warmup, lambda m: run.batch(m[1]))
    W = figures(res, "ns", 0, 2)
    t.section("commands: content load, check, session list")
    v = t.figure(W["spiegel --version"], "process start, no content")
    t.ratio(t.figure(W["spiegel list"], "content load: every questionnaire"), v)
    t.ratio(t.figure(W["spiegel check"], "strict check of all content"), v)
    base = None
    for n in a.sessions:
        f = t.figure(W["spiegel list --sessions, %s" % thousands(n)])
        if base is None:
            base = f
            t.ratio(f, v)
        else:
            t.ratio(f, base)


def section_group(run, a, t, data, n):
    folder = data["handins"][n]
    files = sorted(f for f in os.listdir(folder) if f.endswith(".json"))
    size = sum(os.path.getsize(os.path.join(folder, f)) for f in files)
    py, jq = a.peers["python3"], a.peers["jq"]
    jq_prog = ('reduce inputs as $d ([0, 0]; [.[0] + 1, .[1] + '
               '([$d.answers[] | .value // empty] | add // 0)]) '
               '| "files \\(.[0]) sum \\(.[1])"')
    members = [
        ("floor-json", [os.path.join(a.bin, "floor-json"), folder]),
        ("python3 json", [py, os.path.join(HERE, "peer_json.py"), folder]),
        ("jq", [jq, "-n", "-r", jq_prog] + files),
    ]
    for f in FORMATS:
        members.append(("spiegel group --format %s" % f,
                        [a.spiegel, "--content-dir", a.content, "group", "--format", f, folder]))
    # the same answer from every reader, and spiegel counts every file
    seen = {}
    for name, argv in members[:3]:
        out = run.capture(argv, cwd=folder if name == "jq" else None).split()
        seen[name] = out
    if len({tuple(v) for v in seen.values()}) != 1 or seen["floor-json"][1] != str(n):
        raise BenchError("floor and peers disagree over %d hand-ins: %s" % (n, seen))
    g = json.loads(run.capture(members[3 + FORMATS.index("json")][1]))
    if g.get("participants") != n:
        raise BenchError("spiegel group counted %s of %d hand-ins" % (g.get("participants"), n))

    res = rounds(members, a.runs, a.warmup,
                 lambda m: run.batch(m[1], cwd=folder if m[0] == "jq" else None))
    W = figures(res, "ns", 0, 2)
    M = figures(res, "KiB", 1)
    t.section("group over %s hand-ins (%.1f MB); note: files per second (wall time)"
              % (thousands(n), size / 1e6))
    last = n == a.sizes[-1]

    def rate(f):
        return "%s files/s" % thousands(int(round(n / (f.median / 1e9))))

    fl = t.figure(W["floor-json"], rate(W["floor-json"]) + "; cJSON read-parse-sum")
    pyf = t.figure(W["python3 json"], rate(W["python3 json"]))
    t.ratio(pyf, fl)
    jqf = t.figure(W["jq"], rate(W["jq"]))
    t.ratio(jqf, fl)
    for f in FORMATS:
        s = t.figure(W["spiegel group --format %s" % f], rate(W["spiegel group --format %s" % f]))
        if last:
            t.ratio(s, fl, limit=2.0, what="group %s, %s files / cJSON floor" % (f, thousands(n)))
            t.ratio(s, pyf, limit=1 / 3, what="group %s, %s files / python3 json (3x faster)"
                    % (f, thousands(n)))
        else:
            t.ratio(s, fl)
            t.ratio(s, pyf)
        t.ratio(s, jqf)
    t.section("group over %s hand-ins: peak memory (maximum RSS = VmHWM at exit)"
              % thousands(n))
    mfl = t.figure(M["floor-json"])
    t.ratio(t.figure(M["python3 json"]), mfl)
    t.ratio(t.figure(M["jq"]), mfl)
    for f in FORMATS:
        k = "spiegel group --format %s" % f
        m = t.figure(M[k])
        t.ratio(m, mfl)
        first = data.setdefault("group_mem_first", {})
        if n == a.sizes[0]:
            first[f] = m
        elif last:
            t.ratio(m, first[f], "the same, %s files" % thousands(a.sizes[0]), limit=1.2,
                    what="group %s peak memory, %s / %s files" % (f, thousands(n),
                                                                  thousands(a.sizes[0])))


# -- machine and data ------------------------------------------------------

def machine():
    info = {"cpu": "?", "cpus": os.cpu_count(), "usable_cpus": len(os.sched_getaffinity(0)),
            "kernel": platform.release(), "python": platform.python_version()}
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    info["cpu"] = line.split(":", 1)[1].strip()
                    break
        with open("/proc/meminfo") as f:
            kib = int(f.readline().split(":")[1].split()[0])
            info["mem"] = "%.1f GiB" % (kib / 2**20)
    except OSError:
        pass
    return info


def filesystem(path):
    """The type and device of the file system holding path."""
    best = ("?", "?", "")
    try:
        with open("/proc/self/mountinfo") as f:
            for line in f:
                left, right = line.split(" - ", 1)
                mnt = left.split()[4]
                if (path == mnt or path.startswith(mnt.rstrip("/") + "/")) and \
                        len(mnt) >= len(best[2]):
                    fstype, dev = right.split()[:2]
                    best = (fstype, dev, mnt)
    except (OSError, ValueError, IndexError):
        pass
    return "%s (%s)" % best[:2]


def loadavg():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def version(argv):
    try:
        r = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                           timeout=10)
        return r.stdout.strip().splitlines()[0]
    except (OSError, IndexError, subprocess.TimeoutExpired):
        return "?"


def prepare_data(run, a):
    d = os.path.join(a.work, "data")
    os.makedirs(d, exist_ok=True)
    data = {"handins": {}, "sessions": {}}
    for n in a.sizes:
        log("bench: hand-ins, %d files" % n)
        data["handins"][n] = gen.handins(a.content, os.path.join(d, "handins-%d" % n), n)
    for n in a.sessions:
        log("bench: data dir with %d sessions" % n)
        data["sessions"][n] = gen.sessions(a.content, os.path.join(d, "sessions-%d" % n), n)
        out = run.capture([a.spiegel, "--data-dir", data["sessions"][n][0], "--content-dir",
                           a.content, "list", "--sessions"])
        if out.count("\n") != n or "onleesbaar" in out:
            raise BenchError("spiegel does not read the generated sessions:\n" + out[:2000])
    empty = os.path.join(d, "empty")
    os.makedirs(os.path.join(empty, "sessions"), mode=0o700, exist_ok=True)
    os.chmod(empty, 0o700)
    data["empty"] = empty
    with open(os.path.join(a.content, "visie.json"), encoding="utf-8") as f:
        q = json.load(f)
    data["visie_types"] = [i["type"] for s in q["sections"] for i in s["items"]]
    data["visie_n"] = len(data["visie_types"])
    return data


def find_peers(a):
    peers = {"dialog": shutil.which("dialog"), "jq": shutil.which("jq"),
             "python3": "/usr/bin/python3" if os.path.exists("/usr/bin/python3")
             else shutil.which("python3")}
    missing = [k for k, v in peers.items() if not v]
    if missing:
        raise BenchError("not installed: %s (make bench installs them)" % ", ".join(missing))
    return peers


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--spiegel", required=True)
    ap.add_argument("--bin", required=True, help="folder with floor-* and exec-rss")
    ap.add_argument("--content", required=True)
    ap.add_argument("--work", required=True, help="folder for data and results")
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--warmup", type=int, default=3)
    ap.add_argument("--quiet", type=float, default=0.03,
                    help="seconds without output after which a screen counts as drawn")
    ap.add_argument("--sizes", default="1000,10000", help="hand-in counts for group")
    ap.add_argument("--sessions", default="10,1000", help="session counts of the data dirs")
    ap.add_argument("--smoke", action="store_true",
                    help="2 runs, 1 warm-up, small data: checks the harness, asserts no time")
    a = ap.parse_args()
    if a.smoke:
        a.runs, a.warmup, a.quiet, a.sizes, a.sessions = 2, 1, 0.02, "20,60", "3,30"
    a.sizes = [int(x) for x in a.sizes.split(",")]
    a.sessions = [int(x) for x in a.sessions.split(",")]
    if a.runs < 1 or len(a.sizes) < 2 or len(a.sessions) < 2:
        ap.error("need --runs >= 1 and two sizes and two session counts")
    for k in ("spiegel", "bin", "content", "work"):
        setattr(a, k, os.path.abspath(getattr(a, k)))
    os.makedirs(a.work, exist_ok=True)
    try:
        a.peers = find_peers(a)
    except BenchError as e:
        log("bench: %s" % e)
        return 77 if a.smoke else 1  # meson: a skipped test
    try:
        run = Runner(a)
        data = prepare_data(run, a)
        info = machine()
        load0, t0 = loadavg(), time.monotonic()
        t = Table()
        log("bench: first frames")
        section_first_frame(run, a, t, data)
        log("bench: keystrokes")
        section_keys(run, a, t, data)
        log("bench: commands")
        section_commands(run, a, t, data)
        for n in a.sizes:
            log("bench: group over %d hand-ins" % n)
            section_group(run, a, t, data, n)
        load1, secs = loadavg(), time.monotonic() - t0
    except (BenchError, PtyError, OSError) as e:
        log("bench: %s" % e)
        return 1

    spreads = sorted((f.spread(), f.name) for f in t.figures if f.unit == "ns")
    header = [
        "spiegel bench: %d runs after %d warm-up rounds, medians; ratio = median / median "
        "of the reference in this run" % (a.runs, a.warmup),
        "cpu: the CPU time of the measured program alone, with its own ratio and verdict; "
        "the targets are judged on the wall time (result)",
        "machine: %s, %d CPUs (%d usable), %s memory, kernel %s; data on %s" % (
            info["cpu"], info["cpus"], info["usable_cpus"], info.get("mem", "?"),
            info["kernel"], filesystem(a.work)),
        "load average %s at the start, %s at the end; %.0f s; spread (IQR / median) of the "
        "times: median %.0f %%, worst %.0f %% (%s)" % (
            load0, load1, secs, statistics.median(s for s, _ in spreads), spreads[-1][0],
            spreads[-1][1]),
        "%s; %s; %s; %s; python3 %s; TERM=xterm-256color, 80x24" % (
            version([a.spiegel, "--version"]), version([a.peers["dialog"], "--version"]),
            version([a.peers["jq"], "--version"]), version(["ncursesw6-config", "--version"])
            if shutil.which("ncursesw6-config") else "ncurses", version(
                [a.peers["python3"], "--version"]).split()[-1]),
    ]
    missed = [x for x in t.targets if not x["ok"]]
    cpu_missed = [x for x in t.targets if x["cpu_ok"] is False]
    footer = ["", "targets: %d of %d met (wall time); by CPU time %d of %d%s" % (
        len(t.targets) - len(missed), len(t.targets),
        sum(1 for x in t.targets if x["cpu_ok"]), sum(1 for x in t.targets
                                                       if x["cpu_ok"] is not None),
        "; MISS:" if missed else "")]
    footer += ["  %s: %.2f > %.2f%s" % (
        x["what"], x["ratio"], x["limit"],
        "" if x["cpu_ratio"] is None else " (cpu %.2f: %s)" % (
            x["cpu_ratio"], "PASS" if x["cpu_ok"] else "MISS")) for x in missed]
    footer += ["  %s: cpu %.2f > %.2f (wall PASS)" % (x["what"], x["cpu_ratio"], x["limit"])
               for x in cpu_missed if x["ok"]]
    text = "\n".join(header) + "\n\n" + t.render() + "\n" + "\n".join(footer) + "\n"
    print(text, end="")
    with open(os.path.join(a.work, "bench-table.txt"), "w", encoding="utf-8") as f:
        f.write(text)
    with open(os.path.join(a.work, "bench-results.json"), "w", encoding="utf-8") as f:
        json.dump({"machine": info, "load": [load0, load1], "runs": a.runs,
                   "warmup": a.warmup, "targets": t.targets,
                   "figures": [{"name": x.name, "unit": x.unit, "median": x.median,
                                "samples": x.samples, "cpu_median": x.cpu,
                                "cpu_samples": getattr(x, "cpu_samples", None)}
                               for x in t.figures]}, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
