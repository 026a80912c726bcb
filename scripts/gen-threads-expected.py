"""Runs every test/threads/*.py under CPython 3.11 and writes NAME.expected.json next to it:
{"stdout": ..., "stderr": ..., "status": N}. A first line "# env: K=V ..." sets environment
variables for the run (TZ …); a program whose first line is "# expected: by hand" behaves
differently in CPython on purpose and keeps its hand-written expectation. Normalization, applied by test/threads.test.ts to pygil's output
too: the programs' directory becomes <DIR>, hex addresses become 0x?.

Run: python3 scripts/gen-threads-expected.py [NAME ...]
"""
import json
import os
import re
import subprocess
import sys

assert sys.version_info[:2] == (3, 11), "generate with CPython 3.11"

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(os.path.dirname(HERE), "test", "threads")


def env_of(path):
    with open(path, encoding="utf-8") as f:
        first = f.readline()
        if first.startswith("# expected: by hand"):
            first = f.readline()
    env = {"TZ": "UTC"}
    if first.startswith("# env:"):
        for pair in first[len("# env:"):].split():
            k, v = pair.split("=", 1)
            env[k] = v
    return env


STDLIB_FRAME = re.compile(r'^  File ".*?(?:/threading\.py|/queue\.py|/concurrent/futures/[A-Za-z_]+\.py)", line \d+, in .*$')


def normalize(s):
    """Directory → <DIR>, addresses → 0x?, traceback frames inside threading/queue/futures
    dropped (their paths and line numbers differ between CPython's files and pygil's)."""
    lines = s.replace(PROGRAMS + os.sep, "<DIR>/").split("\n")
    out = []
    i = 0
    while i < len(lines):
        if STDLIB_FRAME.match(lines[i]):
            while i + 1 < len(lines) and lines[i + 1].startswith("    "):
                i += 1
        else:
            out.append(lines[i])
        i += 1
    return re.sub(r"0x[0-9a-fA-F]+", "0x?", "\n".join(out))


def run(name):
    path = os.path.join(PROGRAMS, name + ".py")
    with open(path, encoding="utf-8") as f:
        if f.readline().startswith("# expected: by hand"):
            print("by hand", name)
            return False
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1", **env_of(path))
    p = subprocess.run([sys.executable, path], cwd=PROGRAMS, capture_output=True, text=True, env=env, timeout=120)
    out = {"stdout": normalize(p.stdout), "stderr": normalize(p.stderr), "status": p.returncode}
    with open(os.path.join(PROGRAMS, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write("\n")


def main():
    names = sys.argv[1:] or sorted(n[:-3] for n in os.listdir(PROGRAMS) if n.endswith(".py"))
    for n in names:
        if run(n) is not False:
            print("ok", n)


main()
