"""Runs every test/io-programs/*.py under CPython 3.11 and writes NAME.expected.json next to it:
{"stdout": ..., "stderr": ..., "status": N}. Each program runs in a fresh temporary directory
(its cwd, written as <TMP>), with NAME.stdin (if present) on standard input and the address of
the test HTTP server (test/http-server.mjs, started here) in $BASE (written as <BASE>; its
host:port as <HOST>). The programs' directory is written as <DIR>.
test/io-programs.test.ts runs pygil the same way and compares.

Run: python3 scripts/gen-io-expected.py [NAME ...]
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

assert sys.version_info[:2] == (3, 11), "generate with CPython 3.11"

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PROGRAMS = os.path.join(ROOT, "test", "io-programs")


def start_server():
    p = subprocess.Popen(["node", os.path.join(ROOT, "test", "http-server.mjs")], stdout=subprocess.PIPE, text=True)
    line = p.stdout.readline().split()
    assert line[0] == "PORT", line
    return p, f"http://127.0.0.1:{line[1]}"


def normalize(text, tmp, base):
    for real in {tmp, os.path.realpath(tmp)}:
        text = text.replace(real, "<TMP>")
    return text.replace(PROGRAMS, "<DIR>").replace(base, "<BASE>").replace(base[len("http://"):], "<HOST>")


def run(name, base):
    path = os.path.join(PROGRAMS, name + ".py")
    stdin = ""
    stdin_path = os.path.join(PROGRAMS, name + ".stdin")
    if os.path.exists(stdin_path):
        with open(stdin_path, encoding="utf-8", newline="") as f:
            stdin = f.read()
    tmp = tempfile.mkdtemp(prefix="io-expected-")
    try:
        env = dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1", BASE=base)
        p = subprocess.run([sys.executable, path], cwd=tmp, input=stdin.encode("utf-8"), capture_output=True, env=env, timeout=120)
        out = {
            "stdout": normalize(p.stdout.decode("utf-8", "surrogateescape"), tmp, base),
            "stderr": normalize(p.stderr.decode("utf-8", "surrogateescape"), tmp, base),
            "status": p.returncode,
        }
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    with open(os.path.join(PROGRAMS, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write("\n")


def main():
    names = sys.argv[1:] or sorted(n[:-3] for n in os.listdir(PROGRAMS) if n.endswith(".py"))
    server, base = start_server()
    try:
        for n in names:
            run(n, base)
            print("ok", n)
    finally:
        server.kill()


main()
