#!/usr/bin/env python3
"""Rewrite content JSON files in the one canonical layout (2-space indent,
UTF-8, key order kept, final newline), so that edits by script or by hand
merge cleanly. Usage: tools/content-fmt.py [FILE...] (default: content/*.json
and content/intervisie/*.json);
--check only reports files that are not canonical (exit 1)."""
import glob
import json
import sys


def canonical(text):
    return json.dumps(json.loads(text), ensure_ascii=False, indent=2) + "\n"


def main(argv):
    check = "--check" in argv
    files = [a for a in argv if a != "--check"] or sorted(
        glob.glob("content/*.json") + glob.glob("content/intervisie/*.json"))
    bad = 0
    for f in files:
        with open(f, encoding="utf-8") as fh:
            text = fh.read()
        out = canonical(text)
        if out != text:
            if check:
                print(f"{f}: not in canonical layout (tools/content-fmt.py {f})")
                bad += 1
            else:
                with open(f, "w", encoding="utf-8") as fh:
                    fh.write(out)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
