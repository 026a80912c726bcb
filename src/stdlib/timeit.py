"""Measure how long small pieces of code take.

    >>> import timeit
    >>> timeit.timeit("sorted(data)", setup="data = list(range(100))", number=10000)
    0.0281...

    $ python -m timeit -s "data = list(range(100))" "sorted(data)"
    10000 loops, best of 5: 2.68 usec per loop

A Timer runs its statement `number` times in a loop and returns the total time in seconds
(from time.perf_counter()). The statement and the setup code may be strings (compiled into
a small function, so the loop itself costs almost nothing) or callables. Garbage collection
is switched off while timing. repeat() does it several times: the minimum is the figure to
trust, the others are slowed down by whatever else the machine was doing.

This module was written for pygil from the documented behaviour of CPython 3.11's timeit.
"""

import sys
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_globals = globals

# The function a Timer compiles: {setup} runs once, {stmt} in the loop. (The "pass" after
# {stmt} keeps the loop valid whatever the statement ends with.)
template = """
def inner(_it, _timer{init}):
    {setup}
    _t0 = _timer()
    for _i in _it:
        {stmt}
        pass
    _t1 = _timer()
    return _t1 - _t0
"""


def reindent(src, indent):
    """src with every line after the first indented by `indent` spaces."""
    return src.replace("\n", "\n" + " " * indent)


class Timer:
    """Times a statement.

    Timer(stmt='pass', setup='pass', timer=default_timer, globals=None): stmt and setup
    are strings of Python code (several lines allowed) or callables without arguments;
    globals is the namespace the code runs in (a new one by default)."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        local_ns = {}
        global_ns = _globals() if globals is None else globals
        init = ''
        if isinstance(setup, str):
            # Check the setup alone first: an error in it is reported as its own.
            compile(setup, dummy_src_name, "exec")
            stmtprefix = setup + '\n'
            setup = reindent(setup, 4)
        elif callable(setup):
            local_ns['_setup'] = setup
            init += ', _setup=_setup'
            stmtprefix = ''
            setup = '_setup()'
        else:
            raise ValueError("setup is neither a string nor callable")
        if isinstance(stmt, str):
            # The statement compiled after the setup, at module level: a `return` or a
            # `yield` in it is an error here, not a change to the timing function.
            compile(stmtprefix + stmt, dummy_src_name, "exec")
            stmt = reindent(stmt, 8)
        elif callable(stmt):
            local_ns['_stmt'] = stmt
            init += ', _stmt=_stmt'
            stmt = '_stmt()'
        else:
            raise ValueError("stmt is neither a string nor callable")
        src = template.format(stmt=stmt, setup=setup, init=init)
        self.src = src      # shown by print_exc()
        code = compile(src, dummy_src_name, "exec")
        exec(code, global_ns, local_ns)
        self.inner = local_ns["inner"]

    def print_exc(self, file=None):
        """Print the traceback of the exception being handled, showing the lines of the
        timed source (call it in an except block around timeit() or repeat())."""
        try:
            import linecache
            import traceback
        except ImportError:
            import _thread
            exc = sys.exc_info()
            print(_thread._format_exception(*exc), end='', file=file or sys.stderr)
            return
        if self.src is not None:
            linecache.cache[dummy_src_name] = (len(self.src), None, self.src.split("\n"),
                                               dummy_src_name)
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """The time in seconds (a float) that running the statement `number` times took
        (the setup runs once before)."""
        it = range(number)
        try:
            import gc
            gcold = gc.isenabled()
            gc.disable()
        except ImportError:
            gc = None
            gcold = False
        try:
            timing = self.inner(it, self.timer)
        finally:
            if gcold:
                gc.enable()
        return timing

    def repeat(self, repeat=default_repeat, number=default_number):
        """A list of `repeat` timeit(number) results. Take the min(): the larger values
        measure the interference of other processes, not the code."""
        r = []
        for i in range(repeat):
            t = self.timeit(number)
            r.append(t)
        return r

    def autorange(self, callback=None):
        """Find how many loops take at least 0.2 seconds, trying 1, 2, 5, 10, 20, 50 ...:
        returns (number, time taken). callback(number, time_taken) sees each try."""
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            i *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number,
           globals=None):
    """Timer(stmt, setup, timer, globals).timeit(number)"""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).repeat(repeat, number)"""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


_USAGE = """\
python -m timeit [options] [statement ...]: time a statement and print the best time per
loop, e.g. "10000 loops, best of 5: 2.68 usec per loop".

  -n N, --number=N   run the statement N times per measurement (by default: the first of
                     1, 2, 5, 10, 20, 50 ... loops that takes at least 0.2 seconds)
  -r N, --repeat=N   measure N times and report the best (default 5)
  -s S, --setup=S    run S once before timing (default 'pass'); may be repeated
  -p, --process      measure CPU time (time.process_time) instead of wall time
  -u U, --unit=U     show times in U: nsec, usec, msec or sec
  -v, --verbose      also print the raw times; twice for more digits
  -h, --help         print this help
  --                 end of options (for a statement starting with -)

Several statement arguments are joined as lines; quote an argument with leading spaces to
indent it.
"""


def main(args=None, *, _wrap_timer=None):
    """The command line: python -m timeit [options] [statement ...]; prints e.g.
    "10000 loops, best of 5: 2.68 usec per loop". Returns 0, or 1 after an error in the
    timed code, or 2 after a bad option."""
    if args is None:
        args = sys.argv[1:]
    number = 0     # 0: find one with autorange()
    timer = default_timer
    setup = []
    repeat_count = default_repeat
    verbose = 0
    time_unit = None
    units = {"nsec": 1e-9, "usec": 1e-6, "msec": 1e-3, "sec": 1.0}
    precision = 3
    stmt_lines = []
    i = 0

    def option_value(name):
        nonlocal i
        if '=' in args[i] and args[i].startswith('--'):
            return args[i].split('=', 1)[1]
        if len(args[i]) > 2 and not args[i].startswith('--'):
            return args[i][2:]
        i += 1
        if i >= len(args):
            print("option %s requires argument" % name, file=sys.stderr)
            print("use -h/--help for command line help", file=sys.stderr)
            raise SystemExit(2)
        return args[i]

    while i < len(args):
        arg = args[i]
        if arg == '--':
            stmt_lines.extend(args[i + 1:])
            break
        if not arg.startswith('-') or arg == '-':
            stmt_lines.extend(args[i:])
            break
        if arg.startswith(('-n', '--number')):
            number = int(option_value(arg[:2] if not arg.startswith('--') else '--number'))
        elif arg.startswith(('-s', '--setup')):
            setup.append(option_value('-s'))
        elif arg.startswith(('-u', '--unit')):
            time_unit = option_value('-u')
            if time_unit not in units:
                print("Unrecognized unit. Please select nsec, usec, msec, or sec.",
                      file=sys.stderr)
                return 2
        elif arg.startswith(('-r', '--repeat')):
            repeat_count = int(option_value('-r'))
            if repeat_count <= 0:
                repeat_count = 1
        elif arg in ('-p', '--process'):
            timer = time.process_time
        elif arg in ('-v', '--verbose'):
            if verbose:
                precision += 1
            verbose += 1
        elif arg in ('-h', '--help'):
            print(_USAGE, end=' ')
            return 0
        else:
            print("option %s not recognized" % arg, file=sys.stderr)
            print("use -h/--help for command line help", file=sys.stderr)
            return 2
        i += 1

    stmt = "\n".join(stmt_lines) or "pass"
    setup = "\n".join(setup) or "pass"

    # The statement may import modules of the current directory.
    import os
    sys.path.insert(0, os.curdir)
    if _wrap_timer is not None:
        timer = _wrap_timer(timer)

    t = Timer(stmt, setup, timer)
    if number == 0:
        # enough loops for at least 0.2 seconds
        callback = None
        if verbose:
            def callback(number, time_taken):
                msg = "{num} loop{s} -> {secs:.{prec}g} secs"
                plural = (number != 1)
                print(msg.format(num=number, s='s' if plural else '', secs=time_taken,
                                 prec=precision))
        try:
            number, _ = t.autorange(callback)
        except Exception:
            t.print_exc()
            return 1
        if verbose:
            print()

    try:
        raw_timings = t.repeat(repeat_count, number)
    except Exception:
        t.print_exc()
        return 1

    def format_time(dt):
        unit = time_unit
        if unit is not None:
            scale = units[unit]
        else:
            scales = [(scale, unit) for unit, scale in units.items()]
            scales.sort(reverse=True)
            for scale, unit in scales:
                if dt >= scale:
                    break
        return "%.*g %s" % (precision, dt / scale, unit)

    if verbose:
        print("raw times: %s" % ", ".join(map(format_time, raw_timings)))
        print()
    timings = [dt / number for dt in raw_timings]

    best = min(timings)
    print("%d loop%s, best of %d: %s per loop"
          % (number, 's' if number != 1 else '', repeat_count, format_time(best)))

    best = min(timings)
    worst = max(timings)
    if worst >= best * 4:
        import warnings
        warnings.warn_explicit("The test results are likely unreliable. "
                               "The worst time (%s) was more than four times "
                               "slower than the best time (%s)."
                               % (format_time(worst), format_time(best)),
                               UserWarning, '', 0)
    return None


if __name__ == "__main__":
    sys.exit(main())
