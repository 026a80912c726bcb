"""Review aid for the project's rule that no code is copied from CPython: for each Python
module in src/stdlib that has a namesake in CPython's Lib, how many of its (non-blank,
non-comment) lines stand in runs of 12 or more consecutive lines identical, up to spacing, to
CPython's file. API declarations and messages must match CPython, so some overlap is expected;
a large share means the file reads as a copy and must be written again from the documentation.

Run: python3 scripts/cpython-overlap.py [--min-share 0.25]
     python3 scripts/cpython-overlap.py --runs src/stdlib/FILE.py   (our line ranges of those runs)
"""
import os
import sys
import sysconfig

LIB = sysconfig.get_paths()["stdlib"]
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(HERE, "src", "stdlib")
RUN = 12


def numbered_lines_of(path):
    out = []
    with open(path, encoding="utf-8", errors="ignore") as f:
        for number, text in enumerate(f, 1):
            t = " ".join(text.split())
            if t and not t.startswith("#"):
                out.append((t, number))
    return out


def lines_of(path):
    return [t for t, _ in numbered_lines_of(path)]


def runs_of(ours, theirs):
    """(first, last) indexes into ours of each run of RUN or more lines found in theirs."""
    where = {}
    for j, t in enumerate(theirs):
        where.setdefault(t, []).append(j)
    runs = []
    prev = {}
    for i, t in enumerate(ours + ["\0"]):
        cur = {j: prev.get(j - 1, 0) + 1 for j in where.get(t, ())}
        runs += [(i - k, i - 1) for j, k in prev.items() if j + 1 not in cur and k >= RUN]
        prev = cur
    return runs


def lines_in_runs(ours, theirs):
    covered = set()
    for first, last in runs_of(ours, theirs):
        covered.update(range(first, last + 1))
    return len(covered)


def main():
    if "--runs" in sys.argv:
        path = sys.argv[sys.argv.index("--runs") + 1]
        ours = numbered_lines_of(path)
        theirs = lines_of(os.path.join(LIB, os.path.relpath(path, SRC)))
        for first, last in sorted(set(runs_of([t for t, _ in ours], theirs))):
            print(f"{path}:{ours[first][1]}-{ours[last][1]}")
        return
    min_share = float(sys.argv[sys.argv.index("--min-share") + 1]) if "--min-share" in sys.argv else 0.0
    rows = []
    for root, _, files in os.walk(SRC):
        for name in files:
            if not name.endswith(".py"):
                continue
            path = os.path.join(root, name)
            rel = os.path.relpath(path, SRC)
            theirs = os.path.join(LIB, rel)
            if not os.path.exists(theirs):
                continue
            ours = lines_of(path)
            if not ours:
                continue
            n = lines_in_runs(ours, lines_of(theirs))
            rows.append((n / len(ours), n, len(ours), rel))
    for share, n, total, rel in sorted(rows, reverse=True):
        if share >= min_share:
            print(f"{share:5.0%} {n:5}/{total:<5} src/stdlib/{rel}")


main()
