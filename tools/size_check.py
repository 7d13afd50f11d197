#!/usr/bin/env python3
"""Size and layering rules for C sources (doc/architecture.md):

  size_check.py [--max-file N] [--max-function N] [--skip FILE]... DIR...

- no file in DIR over --max-file lines (default 700);
- no function over --max-function lines (default 100), counted from the
  first line of its signature to its closing brace (the .clang-format style
  puts a function's braces alone in column 0);
- no include circle among the files of DIR... and include/ (a header that
  includes, directly or not, a file that includes it back);
- --skip FILE (a path as given, e.g. src/tui/intervisie.c): not measured
  (a file waiting for its split), though its includes still count.

Prints every breach and exits 1 when there is one; with --list, prints
every function over 60 lines too, longest first.
"""
import os
import re
import sys


def functions(path):
    """(name, first line, length) for every function defined in path."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    out = []
    i = 0
    while i < len(lines):
        if lines[i] == "{":
            # the signature: back to the line after a blank, a '}', a ';',
            # a comment end or a preprocessor line
            j = i - 1
            while j > 0 and lines[j - 1].strip() and not re.match(
                    r"^(}|#|.*;\s*$|.*\*/\s*$|\s*/\*|\s*\*)", lines[j - 1]):
                j -= 1
            m = re.search(r"(\w+)\s*\(", " ".join(lines[j:i]))
            k = i + 1
            while k < len(lines) and lines[k] != "}":
                k += 1
            if m and not lines[j].startswith(("struct", "enum", "union", "static const", "const")) \
                    or (m and "(" in lines[j]):
                out.append((m.group(1), j + 1, k - j + 1))
            i = k
        i += 1
    return out


def includes(path):
    with open(path, encoding="utf-8") as f:
        return re.findall(r'^#include\s+"([^"]+)"', f.read(), re.M)


def main(argv):
    max_file, max_fn, listing, dirs, skip = 700, 100, False, [], set()
    it = iter(argv)
    for a in it:
        if a == "--max-file":
            max_file = int(next(it))
        elif a == "--max-function":
            max_fn = int(next(it))
        elif a == "--skip":
            skip.add(os.path.normpath(next(it)))
        elif a == "--list":
            listing = True
        else:
            dirs.append(a)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    files = []
    for d in dirs:
        for n in sorted(os.listdir(d)):
            if n.endswith((".c", ".h")):
                files.append(os.path.join(d, n))
    bad = []
    long_fns = []
    for p in files:
        if os.path.normpath(p) in skip or os.path.relpath(p, root) in skip:
            continue
        with open(p, encoding="utf-8") as f:
            n = f.read().count("\n")
        if n > max_file:
            bad.append("%s: %d lines (at most %d)" % (p, n, max_file))
        if p.endswith(".c"):
            for name, line, length in functions(p):
                if length > max_fn:
                    bad.append("%s:%d: %s is %d lines (at most %d)" % (p, line, name, length,
                                                                     max_fn))
                if length > 60:
                    long_fns.append((length, "%s:%d %s" % (p, line, name)))
    # the include graph: the files of dirs and of include/
    graph = {}
    def resolve(src, inc):
        for base in (os.path.dirname(src), os.path.join(root, "include"), root,
                     os.path.join(root, "src")):
            q = os.path.normpath(os.path.join(base, inc))
            if os.path.exists(q):
                return q
        return None
    todo = [os.path.normpath(os.path.abspath(p)) for p in files]
    while todo:
        p = todo.pop()
        if p in graph:
            continue
        graph[p] = [q for q in (resolve(p, i) for i in includes(p)) if q]
        todo.extend(graph[p])
    state = {}
    def visit(p, stack):
        state[p] = 1
        stack.append(p)
        for q in graph.get(p, []):
            if state.get(q) == 1:
                cyc = stack[stack.index(q):] + [q]
                bad.append("include circle: " + " -> ".join(os.path.relpath(c, root) for c in cyc))
            elif q not in state:
                visit(q, stack)
        stack.pop()
        state[p] = 2
    for p in sorted(graph):
        if p not in state:
            visit(p, [])
    if listing:
        for length, where in sorted(long_fns, reverse=True):
            print("%4d %s" % (length, where))
    for b in bad:
        print(b)
    print("%d files, %d breaches" % (len(files), len(bad)))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
