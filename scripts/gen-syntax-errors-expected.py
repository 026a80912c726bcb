"""Expected stderr and exit status for the syntax-error corpus, produced by python3 itself.

For each test/syntax-errors/NAME.py, runs `python3 NAME.py` from inside that directory, as the
test runs pygil, and writes NAME.stderr and NAME.exit. CPython 3.11 names the script by its
absolute path ("/…/test/syntax-errors/NAME.py") even when given a relative one; the directory
part is stored as $DIR so the files do not depend on where the repository lives.
Every file must fail to compile: one that runs is a mistake in the corpus.

Run from the repository root: python3 scripts/gen-syntax-errors-expected.py
"""
import os
import subprocess
import sys

assert sys.version_info[:2] == (3, 11), "generate with CPython 3.11"
DIR = "test/syntax-errors"


def main():
    bad = []
    for name in sorted(os.listdir(DIR)):
        if not name.endswith(".py"):
            continue
        # -I: no site or user environment can change what is printed; PYTHONIOENCODING so the
        # report's bytes are UTF-8 whatever the locale.
        env = dict(os.environ, PYTHONIOENCODING="utf-8")
        proc = subprocess.run([sys.executable, "-I", name], cwd=DIR, capture_output=True, env=env)
        stderr = proc.stderr.decode("utf-8").replace(os.path.abspath(DIR) + os.sep, "$DIR/")
        if proc.returncode == 0 or not any(k in stderr for k in ("SyntaxError", "IndentationError", "TabError")):
            bad.append(name)
        with open(os.path.join(DIR, name[:-3] + ".stderr"), "w", encoding="utf-8", newline="") as f:
            f.write(stderr)
        with open(os.path.join(DIR, name[:-3] + ".exit"), "w") as f:
            f.write(f"{proc.returncode}\n")
    if bad:
        raise SystemExit("not a syntax error: " + ", ".join(bad))


main()
