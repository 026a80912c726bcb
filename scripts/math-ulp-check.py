#!/usr/bin/env python3
"""Counts, per math function, the seeded random arguments where pygil's result differs from
CPython's in repr (usually by the last bit).

    python3 scripts/math-ulp-check.py              # compare python3 with `node dist/cli.js`
    python3 scripts/math-ulp-check.py -n 3000 -v   # -v prints the first differing lines
    python3 scripts/math-ulp-check.py --why        # also: which side is correctly rounded (mpmath)
    python3 scripts/math-ulp-check.py --wide       # arguments of every magnitude instead

The same file, run with `--emit`, prints one line per call (function, argument, repr of the
result) under whichever interpreter runs it; the driver runs it under both and compares.
"""
import math
import os
import random
import subprocess
import sys

ONE_ARG = [
    "acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "cos", "cosh", "erf", "erfc",
    "exp", "exp2", "expm1", "gamma", "lgamma", "log", "log10", "log1p", "log2", "sin", "sinh",
    "sqrt", "tan", "tanh",
]
TWO_ARG = ["pow", "**", "atan2", "hypot", "fmod", "remainder", "dist", "fsum", "prod"]

# the argument mixes: narrow and wide, positive and signed; with --wide, magnitudes spread
# log-uniformly over 2^-80 .. 2^80 and 2^-1070 .. 2^1020 instead
WIDE = "--wide" in sys.argv


def one_arg_values(rng, count):
    draws = [
        lambda: rng.uniform(-5, 5), lambda: rng.uniform(-700, 700), lambda: rng.uniform(0, 1),
        lambda: rng.uniform(-1, 1), lambda: rng.uniform(0.5, 30),
    ]
    if WIDE:
        # ldexp, not 2.0 ** y: the C library's pow is not always correctly rounded
        draws = [
            lambda: rng.choice((-1, 1)) * math.ldexp(rng.uniform(1, 2), rng.randint(-80, 80)),
            lambda: math.ldexp(rng.uniform(1, 2), rng.randint(-80, 80)),
            lambda: math.ldexp(rng.uniform(1, 2), rng.randint(-1070, 1020)),
            lambda: 1 + rng.uniform(-2 ** -20, 2 ** -20),
        ]
    return [draws[i % len(draws)]() for i in range(count)]


def two_arg_values(rng, count):
    pairs = []
    for i in range(count):
        kind = i % 4
        if kind == 0:
            pairs.append((rng.uniform(0, 10), rng.uniform(-30, 30)))
        elif kind == 1:
            pairs.append((rng.uniform(0.9, 1.1), rng.uniform(-5000, 5000)))
        elif kind == 2:
            pairs.append((rng.uniform(-1e3, 1e3), rng.uniform(-1e3, 1e3)))
        else:
            pairs.append((rng.uniform(1e-5, 1e5), rng.uniform(-3, 3)))
    return pairs


def call(name, args):
    try:
        if name == "**":
            return repr(args[0] ** args[1])
        if name == "dist":
            return repr(math.dist(args, (args[1], args[0])))
        if name == "fsum":
            return repr(math.fsum([args[0], args[1], -args[0] * 0.5, 1e100, -1e100]))
        if name == "prod":
            return repr(math.prod(args))
        return repr(getattr(math, name)(*args))
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        return type(e).__name__


def emit(count):
    for name in ONE_ARG:
        rng = random.Random("one:" + name)
        for x in one_arg_values(rng, count):
            print(name, repr(x), call(name, (x,)))
    for name in TWO_ARG:
        rng = random.Random("two:" + name)
        for x, y in two_arg_values(rng, count):
            print(name, repr(x), repr(y), call(name, (x, y)))


# mpmath names for the "--why" column: the exact value, rounded once, is the correct answer
MPMATH_NAMES = {"gamma": "gamma", "lgamma": "loggamma", "**": "power", "pow": "power",
                "exp2": None, "log10": "log10", "atan2": "atan2"}


def correctly_rounded(name, args):
    """The correctly rounded result by mpmath at 300 bits, or None when not known."""
    try:
        import mpmath
    except ImportError:
        return None
    mpmath.mp.prec = 300
    margs = [mpmath.mpf(a) for a in args]
    try:
        if name == "exp2":
            value = mpmath.power(2, margs[0])
        elif name == "cbrt":
            value = mpmath.sign(margs[0]) * mpmath.cbrt(abs(margs[0]))
        elif name == "log2":
            value = mpmath.log(margs[0], 2)
        elif name == "lgamma":
            value = mpmath.log(abs(mpmath.gamma(margs[0])))
        else:
            value = getattr(mpmath, MPMATH_NAMES.get(name) or name)(*margs)
        if isinstance(value, mpmath.mpc):
            return None
        if value != 0 and abs(value) < mpmath.mpf(2) ** -1022:
            # float() would round to 53 bits first: round once to the subnormal grid instead
            units = float(mpmath.nint(value * mpmath.mpf(2) ** 1074))
            return repr(math.copysign(units * 2.0 ** -1074, value))
        return repr(float(value))
    except (ValueError, ZeroDivisionError, AttributeError, TypeError):
        return None


def run(cmd):
    return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.splitlines()


def main():
    args = sys.argv[1:]
    count = 3000
    if "-n" in args:
        count = int(args[args.index("-n") + 1])
    if "--emit" in args:
        emit(count)
        return
    verbose = "-v" in args
    why = "--why" in args
    here = os.path.abspath(__file__)
    root = os.path.dirname(os.path.dirname(here))
    flags = ["--emit", "-n", str(count)] + (["--wide"] if WIDE else [])
    expected = run([sys.executable, here] + flags)
    actual = run(["node", os.path.join(root, "dist", "cli.js"), here] + flags)
    if len(expected) != len(actual):
        print(f"line counts differ: python3 {len(expected)}, pygil {len(actual)}")
    totals, diffs, shown, cpython_off = {}, {}, {}, {}
    for want, got in zip(expected, actual):
        name = want.split(" ", 1)[0]
        totals[name] = totals.get(name, 0) + 1
        if want != got:
            diffs[name] = diffs.get(name, 0) + 1
            if why and name in ONE_ARG + ["pow", "**", "atan2"]:
                fields = want.split(" ")
                exact = correctly_rounded(name, [float(a) for a in fields[1:-1]])
                if exact is not None and exact != fields[-1]:
                    cpython_off[name] = cpython_off.get(name, 0) + 1
            if verbose and shown.get(name, 0) < 3:
                shown[name] = shown.get(name, 0) + 1
                print("  python3:", want, "\n  pygil:  ", got)
    note = "  (of which python3 not correctly rounded)" if why else ""
    print(f"{'function':<10} {'differ':>6} / calls{note}")
    for name in ONE_ARG + TWO_ARG:
        off = f"  ({cpython_off.get(name, 0)})" if why else ""
        print(f"{name:<10} {diffs.get(name, 0):>6} / {totals.get(name, 0)}{off}")
    print(f"{'total':<10} {sum(diffs.values()):>6} / {sum(totals.values())}")


if __name__ == "__main__":
    main()
