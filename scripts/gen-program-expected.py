"""Runs every test/programs/*.py under CPython 3.11 and writes NAME.expected.json next to it:
{"stdout": ..., "stderr": ..., "status": N}. The programs' directory is written as <DIR> in
both outputs (tracebacks show absolute paths). test/vm.test.ts compares pygil against these.

Run: python3 scripts/gen-program-expected.py [NAME ...]
"""
import json
import os
import subprocess
import sys

assert sys.version_info[:2] == (3, 11), "generate with CPython 3.11"

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(os.path.dirname(HERE), "test", "programs")


def run(name):
    path = os.path.join(PROGRAMS, name + ".py")
    stdin = ""
    stdin_path = os.path.join(PROGRAMS, name + ".stdin")
    if os.path.exists(stdin_path):
        with open(stdin_path, encoding="utf-8") as f:
            stdin = f.read()
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1")
    p = subprocess.run([sys.executable, path], cwd=PROGRAMS, input=stdin, capture_output=True, text=True, env=env, timeout=120)
    norm = lambda s: s.replace(PROGRAMS, "<DIR>")
    out = {"stdout": norm(p.stdout), "stderr": norm(p.stderr), "status": p.returncode}
    with open(os.path.join(PROGRAMS, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write("\n")


def main():
    names = sys.argv[1:] or sorted(n[:-3] for n in os.listdir(PROGRAMS) if n.endswith(".py"))
    for n in names:
        run(n)
        print("ok", n)


main()
