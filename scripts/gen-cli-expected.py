#!/usr/bin/env python3
"""Runs python3 (3.11) on each command line of test/cli.test.ts and records what it printed and
its exit status in test/cli/expected.json; the test runs pygil with the same arguments (in
test/cli/fixtures, with the same stdin) and expects the same.

python3 names itself in some messages ("/usr/bin/python3: can't open file ...", "usage:
/usr/bin/python3 [option] ..."); those become "pygil". The fixtures directory becomes <DIR>.

Usage: python3 scripts/gen-cli-expected.py
"""
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(ROOT, "test", "cli", "fixtures")
OUT = os.path.join(ROOT, "test", "cli", "expected.json")

# (name, argv after the program name, stdin or None)
CASES = [
    ("script with args", ["hello.py", "a", "-u", "b"], None),
    ("script after --", ["--", "hello.py", "z"], None),
    ("script after options", ["-u", "-B", "-E", "-s", "hello.py", "-c", "x"], None),
    ("-c argv", ["-c", "import sys; print(sys.argv)", "a", "-u", "b"], None),
    ("-c in a cluster", ["-uc", "import sys; print(sys.argv)", "x"], None),
    ("-c glued", ["-cprint('glued')"], None),
    ("-c traceback", ["-c", "x = 1\n1/0"], None),
    ("-c syntax error", ["-c", "print(1"], None),
    ("-c sys.exit(4)", ["-c", "import sys; sys.exit(4)"], None),
    ("-c sys.exit(str)", ["-c", "import sys; print('out'); sys.exit('message')"], None),
    ("-c raise SystemExit(None)", ["-c", "raise SystemExit(None)"], None),
    ("-c exit()", ["-c", "exit(5)"], None),
    ("-c sys.path[0]", ["-c", "import sys; print(repr(sys.path[0]))"], None),
    ("-c __name__", ["-c", "print(__name__)"], None),
    ("-c has no __file__", ["-c", "print('__file__' in globals())"], None),
    ("stdin's __file__", [], "print(__file__)\n"),
    ("SyntaxWarning on every run", ["-c", "x = 1; print(x is 1)"], None),
    ("exit repr", ["-c", "print(exit, quit, sep='\\n')"], None),
    ("traceback in script", ["err.py"], None),
    ("SystemExit(3) in script", ["se.py"], None),
    ("sys.exit(message)", ["bye.py"], None),
    ("syntax error in script", ["syn.py"], None),
    ("input() from stdin", ["inp.py"], "world\n"),
    ("input() at EOF", ["inp.py"], ""),
    ("-x", ["-x", "firstline.py"], None),
    ("missing script", ["nonexistent.py"], None),
    ("missing script, relative path kept", ["./sub/../nonexistent.py"], None),
    ("directory with __main__", ["pkg", "y"], None),
    ("directory without __main__", ["nomain"], None),
    ("program from stdin", [], "import sys\nprint('from stdin', sys.argv)\n"),
    ("program from stdin with -", ["-", "a", "b"], "import sys\nprint(sys.argv)\n"),
    ("stdin traceback", [], "x = 1\nraise ValueError('bad')\n"),
    ("stdin syntax error", [], "print('a')\nprint(1 +)\n"),
    ("-m package", ["-m", "pkg", "a"], None),
    ("-m submodule", ["-m", "pkg.mod", "x"], None),
    ("-m glued", ["-mpkg.mod"], None),
    ("-m missing", ["-m", "nonexistent"], None),
    ("-m missing submodule", ["-m", "pkg.nonexistent"], None),
    ("-m missing parent", ["-m", "nonpkg.x"], None),
    ("-m helper module argv[0]", ["-m", "pkg.helper"], None),
    ("-i after script", ["-i", "hello.py"], "print('in repl', __name__)\n"),
    ("-i after traceback", ["-i", "err.py"], "print(x)\n"),
    ("-i after SystemExit", ["-i", "se.py"], "print('after')\n"),
    ("-i after -c", ["-i", "-c", "y = 7"], "y * 6\n"),
    ("-q -i REPL from stdin", ["-q", "-i"], "1 + 1\ndef f():\n    return 3\n\nf()\n_ * 2\nNone\n"),
    ("-q -i REPL error then more", ["-q", "-i"], "1/0\nprint('still here')\nundefined_name\n"),
    ("-q -i REPL exit()", ["-q", "-i"], "print('x')\nexit(7)\nprint('not reached')\n"),
    ("-V", ["-V"], None),
    ("--version", ["--version"], None),
    ("-W and -X", ["-W", "error", "-Wignore", "-X", "opt", "-Xfoo=bar", "-c", "import sys; print(sys.warnoptions, sys._xoptions)"], None),
    ("sys.flags", ["-i", "-B", "-sS", "-q", "-O", "-c", "import sys; f = sys.flags; print(f.interactive, f.inspect, f.dont_write_bytecode, f.no_user_site, f.no_site, f.quiet, f.optimize, f.safe_path)"], ""),
    ("sys.flags -I", ["-I", "-c", "import sys; f = sys.flags; print(f.isolated, f.ignore_environment, f.no_user_site, f.safe_path)"], None),
    ("harmless flags", ["-b", "-B", "-d", "-E", "-I", "-O", "-q", "-R", "-s", "-S", "-u", "-c", "print('ok')"], None),
    ("unknown option", ["-z"], None),
    ("unknown option in a cluster", ["-uz"], None),
    ("unknown long option", ["--frobnicate"], None),
    ("-c without argument", ["-c"], None),
    ("-m without argument", ["-m"], None),
    ("-W without argument", ["-W"], None),
    ("-X without argument", ["-X"], None),
]


def normalize(text: str) -> str:
    text = text.replace(FIXTURES, "<DIR>")
    # python3 names itself by its path
    text = re.sub(r"(?m)^\S*python3?(\.\d+)?: ", "pygil: ", text)
    text = re.sub(r"(?m)^usage: \S+ ", "usage: pygil ", text)
    return text.replace("Try `python -h'", "Try `pygil -h'")


def main() -> None:
    if sys.version_info[:2] != (3, 11):
        sys.exit("run this with CPython 3.11")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    results = []
    for name, args, stdin in CASES:
        p = subprocess.run(
            [sys.executable, *args],
            cwd=FIXTURES,
            input=(stdin if stdin is not None else "").encode(),
            capture_output=True,
            env=env,
        )
        results.append({
            "name": name,
            "args": args,
            "stdin": stdin,
            "stdout": normalize(p.stdout.decode()),
            "stderr": normalize(p.stderr.decode()),
            "status": p.returncode,
        })
    with open(OUT, "w") as f:
        json.dump(results, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"wrote {len(results)} cases to {os.path.relpath(OUT, ROOT)}")


if __name__ == "__main__":
    main()
