"""timeit: measure how long a small piece of code takes.

The code to time (and its setup) may be a string of Python source or a
callable. Strings are pasted into the body of a small generated function,
so the timed loop pays no per-call overhead; callables are simply called.
Run `python -m timeit -h` for the command line.
"""

import gc
import itertools
import sys
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

# Name under which the generated source is compiled and shown in tracebacks.
dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

# Without a globals argument the code runs in this module's namespace.
_module_namespace = globals


def _code_lines(code, name, arg_name, prefix=""):
    """Source lines for `code` (one stmt/setup argument), plus the function
    parameter needed to reach it when it is a callable."""
    if isinstance(code, str):
        # Compile on its own first: a stray 'return' or 'break' must be an
        # error even though the generated function would accept it. The
        # statement is checked after the setup text (`prefix`), so its
        # error line numbers count the setup's lines too.
        compile(prefix + code, dummy_src_name, "exec")
        return code.split("\n"), None
    if callable(code):
        return [arg_name + "()"], arg_name
    raise ValueError(name + " is neither a string nor callable")


def _build_source(setup_lines, stmt_lines, params):
    """The text of the generated function `inner(_it, _timer, ...)`.

    Line 1 is blank and the function starts on line 2, so the setup begins
    on line 3 and the statement three lines after the end of the setup
    (the line numbers tracebacks show for "<timeit-src>")."""
    head = "def inner(_it, _timer" + "".join(", %s=%s" % (p, p) for p in params) + "):"
    out = ["", head]
    out += ["    " + line for line in setup_lines]
    out.append("    _t0 = _timer()")
    out.append("    for _i in _it:")
    out += ["        " + line for line in stmt_lines]
    # Keeps the loop body valid even if the statement is only a comment.
    out.append("        pass")
    out.append("    _t1 = _timer()")
    out.append("    return _t1 - _t0")
    return "\n".join(out) + "\n"


class Timer:
    """Time the execution of `stmt`, after running `setup` once.

    Both may be strings of code or callables without arguments. `timer` is
    the clock to read; `globals` is the namespace the code runs in."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        namespace = _module_namespace() if globals is None else globals
        helpers = {}  # callables handed to the generated function
        # The setup is checked before the statement, as CPython does.
        setup_lines, setup_param = _code_lines(setup, "setup", "_setup")
        prefix = setup + "\n" if isinstance(setup, str) else ""
        stmt_lines, stmt_param = _code_lines(stmt, "stmt", "_stmt", prefix)
        params = []
        if setup_param:
            helpers[setup_param] = setup
            params.append(setup_param)
        if stmt_param:
            helpers[stmt_param] = stmt
            params.append(stmt_param)
        self.src = _build_source(setup_lines, stmt_lines, params)
        code = compile(self.src, dummy_src_name, "exec")
        exec(code, namespace, helpers)
        self.inner = helpers["inner"]

    def print_exc(self, file=None):
        """Print the current exception's traceback, with the lines of the
        generated source shown where it passed through them."""
        import linecache
        import traceback
        if self.src is not None:
            # mtime None: linecache keeps hand-made entries on checkcache().
            linecache.cache[dummy_src_name] = (
                len(self.src), None, self.src.split("\n"), dummy_src_name)
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Run the statement `number` times; return the seconds taken as a float."""
        # itertools.repeat is the cheapest iterator there is to loop over.
        loops = itertools.repeat(None, number)
        # A collection in the middle of the loop would distort the result.
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return self.inner(loops, self.timer)
        finally:
            if was_enabled:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        """Call timeit(number) `repeat` times; return the list of results."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """Find a loop count (1, 2, 5, 10, 20, 50, ...) whose run takes at
        least 0.2 seconds; return (number, time_taken)."""
        power = 1
        while True:
            for factor in (1, 2, 5):
                number = power * factor
                taken = self.timeit(number)
                if callback:
                    callback(number, taken)
                if taken >= 0.2:
                    return number, taken
            power *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer,
           number=default_number, globals=None):
    """Shortcut for Timer(stmt, setup, timer, globals).timeit(number)."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer,
           repeat=default_repeat, number=default_number, globals=None):
    """Shortcut for Timer(stmt, setup, timer, globals).repeat(repeat, number)."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


# What `-h` prints (the same text CPython's command line shows).
_HELP = """\
Tool for measuring execution time of small code snippets.

This module avoids a number of common traps for measuring execution
times.  See also Tim Peters' introduction to the Algorithms chapter in
the Python Cookbook, published by O'Reilly.

Library usage: see the Timer class.

Command line usage:
    python timeit.py [-n N] [-r N] [-s S] [-p] [-h] [--] [statement]

Options:
  -n/--number N: how many times to execute 'statement' (default: see below)
  -r/--repeat N: how many times to repeat the timer (default 5)
  -s/--setup S: statement to be executed once initially (default 'pass').
                Execution time of this setup statement is NOT timed.
  -p/--process: use time.process_time() (default is time.perf_counter())
  -v/--verbose: print raw timing results; repeat for more digits precision
  -u/--unit: set the output time unit (nsec, usec, msec, or sec)
  -h/--help: print this usage message and exit
  --: separate options from statement, use when statement starts with -
  statement: statement to be timed (default 'pass')

A multi-line statement may be given by specifying each line as a
separate argument; indented lines are possible by enclosing an
argument in quotes and using leading spaces.  Multiple -s options are
treated similarly.

If -n is not given, a suitable number of loops is calculated by trying
increasing numbers from the sequence 1, 2, 5, 10, 20, 50, ... until the
total time is at least 0.2 seconds.

Note: there is a certain baseline overhead associated with executing a
pass statement.  It differs between versions.  The code here doesn't try
to hide it, but you should be aware of it.  The baseline overhead can be
measured by invoking the program without arguments.

Classes:

    Timer

Functions:

    timeit(string, string) -> float
    repeat(string, string) -> list
    default_timer() -> float

"""

# Seconds per unit, largest first (the automatic choice takes the first that fits).
_UNITS = [("sec", 1.0), ("msec", 1e-3), ("usec", 1e-6), ("nsec", 1e-9)]


def main(args=None, *, _wrap_timer=None):
    """The command line: `python -m timeit [options] [statement ...]`.

    Returns 2 on a usage error, 1 if the timed code raised, else None.
    `_wrap_timer` lets tests replace the clock."""
    import getopt
    import os
    if args is None:
        args = sys.argv[1:]
    try:
        opts, statements = getopt.getopt(
            args, "n:u:s:r:pvh",
            ["number=", "setup=", "repeat=", "process", "verbose", "unit=", "help"])
    except getopt.error as err:
        print(err)
        print("use -h/--help for command line help")
        return 2

    timer = default_timer
    number = 0  # 0: let autorange pick
    setup_parts = []
    repeat_count = default_repeat
    verbosity = 0
    unit = None
    digits = 3
    for flag, value in opts:
        if flag in ("-n", "--number"):
            number = int(value)
        elif flag in ("-s", "--setup"):
            setup_parts.append(value)
        elif flag in ("-u", "--unit"):
            if value not in dict(_UNITS):
                print("Unrecognized unit. Please select nsec, usec, msec, or sec.",
                      file=sys.stderr)
                return 2
            unit = value
        elif flag in ("-r", "--repeat"):
            repeat_count = max(int(value), 1)
        elif flag in ("-p", "--process"):
            timer = time.process_time
        elif flag in ("-v", "--verbose"):
            # Each extra -v shows one more significant digit.
            if verbosity:
                digits += 1
            verbosity += 1
        elif flag in ("-h", "--help"):
            print(_HELP, end=" ")
            return 0

    stmt = "\n".join(statements) or "pass"
    setup = "\n".join(setup_parts) or "pass"

    # Let the statement import modules from the current directory.
    sys.path.insert(0, os.curdir)
    if _wrap_timer is not None:
        timer = _wrap_timer(timer)

    t = Timer(stmt, setup, timer)

    if number == 0:
        report = None
        if verbosity:
            def report(loops, seconds):
                plural = "" if loops == 1 else "s"
                print("{} loop{} -> {:.{}g} secs".format(loops, plural, seconds, digits))
        try:
            number, _ = t.autorange(report)
        except:
            t.print_exc()
            return 1
        if verbosity:
            print()

    try:
        raw = t.repeat(repeat_count, number)
    except:
        t.print_exc()
        return 1

    def show(seconds):
        if unit is not None:
            name, size = unit, dict(_UNITS)[unit]
        else:
            # The biggest unit the value reaches; tiny values end in nsec.
            for name, size in _UNITS:
                if seconds >= size:
                    break
        return "%.*g %s" % (digits, seconds / size, name)

    if verbosity:
        print("raw times: " + ", ".join(show(s) for s in raw))
        print()
    per_loop = [s / number for s in raw]
    best = min(per_loop)
    print("%d loop%s, best of %d: %s per loop"
          % (number, "" if number == 1 else "s", repeat_count, show(best)))

    worst = max(per_loop)
    if worst >= best * 4:
        import warnings
        warnings.warn_explicit(
            "The test results are likely unreliable. The worst time (%s) was "
            "more than four times slower than the best time (%s)."
            % (show(worst), show(best)),
            UserWarning, "", 0)
    return None


if __name__ == "__main__":
    sys.exit(main())
