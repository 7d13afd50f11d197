#!/usr/bin/env python3
"""Per-command help and the man page against the code (issue 13).

The commands are main.c's table, the options main.c's OPTIONS table. Checks:
every command has its own `spiegel COMMAND --help` (usage, text, options,
an example) and an entry in doc/spiegel.1 (OVERZICHT and OPDRACHTEN);
every option the code knows is in a --help and in the man page; every
option a command's --help names is in that command's man entry; an option
a command's help does not name is refused for that command; and
`man -l doc/spiegel.1` renders without a warning.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

SPIEGEL = os.environ["SPIEGEL"]
SRC = os.environ["SRCDIR"]
errors = []


def bad(msg):
    errors.append(msg)


def run(*args, cwd=None):
    env = dict(os.environ, LC_ALL="C.UTF-8")
    p = subprocess.run([SPIEGEL, *args], capture_output=True, text=True, env=env,
                       stdin=subprocess.DEVNULL, cwd=cwd, timeout=60)
    return p.returncode, p.stdout, p.stderr


main_c = open(os.path.join(SRC, "src/main.c"), encoding="utf-8").read()
table = main_c[main_c.index("} commands[] = {"):]
table = table[:table.index("};")]
commands = re.findall(r'^\s*\{"([a-z]+)",', table, re.M)
opts = main_c[main_c.index("#define OPTIONS(X)"):]
opts = opts[:opts.index("\n\n")]
fields = re.findall(r"X\(([a-z_]+)\)", opts)
opts_short = main_c[main_c.index("#define SHORT_OPTIONS(X)"):]
opts_short = opts_short[:opts_short.index("\n\n")]
shorts = re.findall(r"X\([a-z_]+, '(.)'\)", opts_short)
# what an option takes follows from its field's type in struct opts (cli.h)
cli_h = open(os.path.join(SRC, "src/cli.h"), encoding="utf-8").read()
struct = re.sub(r"/\*.*?\*/", "", cli_h[cli_h.index("struct opts {"):], flags=re.S)
struct = struct[:struct.index("};")]
switches = {n.strip() for decl in re.findall(r"^\s*bool ([^;]+);", struct, re.M)
            for n in decl.split(",")}
long_opts = [(f.replace("_", "-"), "SWITCH" if f in switches else "VALUE") for f in fields]
takes_value = {n for n, kind in long_opts if kind != "SWITCH"}
long_names = [n for n, _ in long_opts]
if len(commands) < 10 or len(long_names) < 15 or len(shorts) < 4:
    sys.exit(f"could not read main.c's tables: {commands} {long_names} {shorts}")

man_path = os.path.join(SRC, "doc/spiegel.1")
man = open(man_path, encoding="utf-8").read()
man_plain = man.replace("\\-", "-")

# the man page renders without warnings
if shutil.which("man"):
    p = subprocess.run(["man", "--warnings", "-E", "UTF-8", "-l", man_path], capture_output=True,
                       text=True, env=dict(os.environ, MANWIDTH="80", MAN_KEEP_FORMATTING="0"))
    if p.returncode != 0 or p.stderr.strip():
        bad(f"man -l doc/spiegel.1: status {p.returncode}, warnings:\n{p.stderr}")
else:
    print("help_man: man not installed, rendering not checked")

# the general help: every command, once
st, general, err = run("--help")
if st != 0 or err:
    bad(f"spiegel --help: status {st}, stderr {err!r}")
listed = re.findall(r"^  ([a-z]+)\b", general, re.M)
if sorted(listed) != sorted(commands):
    bad(f"spiegel --help lists {listed}, main.c has {commands}")
general_opts = set(re.findall(r"--([a-z][a-z-]*)",
                              general.split("\nOpties:\n", 1)[1].split("\n\n", 1)[0]))


def section(text, name):
    m = re.search(r"^\.SH " + name + r"\n(.*?)(?=^\.SH )", text, re.M | re.S)
    return m.group(1) if m else ""


synopsis = section(man_plain, "OVERZICHT")
commands_man = section(man_plain, "OPDRACHTEN")
options_man = section(man_plain, "OPTIES")
entry_re = re.compile(r'^\.TP\n\.B[IR]? "?([a-z]+)\b', re.M)
entries = {}
starts = [(m.start(), m.group(1)) for m in entry_re.finditer(commands_man)]
ends = [m.start() for m in re.finditer(r"^\.SS ", commands_man, re.M)]
for i, (pos, name) in enumerate(starts):
    end = starts[i + 1][0] if i + 1 < len(starts) else len(commands_man)
    end = min([e for e in ends if e > pos] + [end])
    entries[name] = entries.get(name, "") + commands_man[pos:end]

helps = {}
for c in commands:
    st, out, err = run(c, "--help")
    helps[c] = out
    if st != 0 or err:
        bad(f"spiegel {c} --help: status {st}, stderr {err!r}")
        continue
    if not out.startswith(f"Gebruik: spiegel {c}"):
        bad(f"spiegel {c} --help does not start with its usage:\n{out[:200]}")
    if out == general:
        bad(f"spiegel {c} --help is the general help")
    if not re.search(r"^Voorbeeld(en)?:\n  \S*spiegel " + c + r"\b", out, re.M):
        bad(f"spiegel {c} --help has no example of {c}")
    st2, out2, _ = run("--help", c)
    if out2 != out:
        bad(f"spiegel --help {c} differs from spiegel {c} --help")
    if not re.search(r"^\.B[IR]? " + c + r"\b", synopsis, re.M):
        bad(f"doc/spiegel.1, OVERZICHT: no {c}")
    if c not in entries:
        bad(f"doc/spiegel.1, OPDRACHTEN: no entry for {c}")
        continue
    own = set()
    if "\nOpties:\n" in out:
        block = out.split("\nOpties:\n", 1)[1].split("\n\n", 1)[0]
        own = set(re.findall(r"^  (?:-[a-z], )?--([a-z][a-z-]*)", block, re.M))
    for o in sorted(own):
        if not re.search(r"--" + o + r"\b", entries[c]):
            bad(f"doc/spiegel.1: option --{o} of {c} is not in the entry of {c}")
    # an option neither the command nor the general options take is refused
    for o in long_names:
        if o in own or o in general_opts:
            continue
        with tempfile.TemporaryDirectory() as d:
            args = ["--data-dir", d, c, "--" + o] + (["5"] if o in takes_value else [])
            st3, _, err3 = run(*args, cwd=d)
        if st3 != 2 or ("niet bij '" + c + "'") not in err3:
            bad(f"spiegel {c} --{o}: status {st3}, expected 2 and 'niet bij {c}' ({err3.strip()})")

all_help = general + "".join(helps.values())
for o in long_names:
    if not re.search(r"--" + o + r"\b", all_help):
        bad(f"option --{o} (main.c) is in no --help")
    if not re.search(r"--" + o + r"\b", man_plain):
        bad(f"option --{o} (main.c) is not in doc/spiegel.1")
for o in sorted(general_opts):
    if not re.search(r"^\.B[IR]? -(?:[a-zA-Z]\b.*)?-" + o + r"\b", options_man, re.M):
        bad(f"doc/spiegel.1, OPTIES: general option --{o} has no entry")
for s in shorts:
    if not re.search(r"(^|[\s,])-" + s + r"\b", all_help, re.M):
        bad(f"short option -{s} is in no --help")
    if not re.search(r"(^|[\s\"])-" + s + r"\b", man_plain, re.M):
        bad(f"short option -{s} is not in doc/spiegel.1")

if errors:
    for e in errors:
        print("FAIL (help_man):", e, file=sys.stderr)
    sys.exit(1)
print(f"help_man: ok ({len(commands)} commands, {len(long_names)} options)")
