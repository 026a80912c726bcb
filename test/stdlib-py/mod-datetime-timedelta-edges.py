# timedelta: normalisation of negative and fractional arguments, repr/str, arithmetic with
# ints and floats (round half to even), division and modulo, comparisons, bounds and errors.
from datetime import timedelta


def attempt(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as exc:
        print(label, "->", type(exc).__name__ + ":", exc)


for args, kwargs in [((), {}), ((-1,), {}), ((0, -1), {}), ((0, 0, -1), {}),
                     ((1, 86400), {}), ((0, 0, 1000000),  {}), ((-1, 86399, 999999), {}),
                     ((), {"hours": -25, "minutes": 30}), ((), {"weeks": 1.5, "days": -0.25}),
                     ((), {"milliseconds": 1.0005}), ((), {"microseconds": 0.5}),
                     ((), {"microseconds": 1.5}), ((), {"microseconds": -0.5}),
                     ((), {"microseconds": -1.5}), ((), {"seconds": 0.0000025}),
                     ((-1,), {"seconds": 3.5, "microseconds": -0.5}),
                     ((), {"days": 1e-6, "hours": 1e-3}), ((), {"minutes": -1e-9})]:
    td = timedelta(*args, **kwargs)
    print(args, kwargs, repr(td), str(td), td.days, td.seconds, td.microseconds,
          td.total_seconds(), bool(td))

d = timedelta(days=3, hours=5, microseconds=7)
n = -d
print(repr(n), str(n), abs(n) == d, +d is not d, -(-d) == d)
print(str(timedelta(-2)), str(timedelta(2)), str(timedelta(-1, 1)), str(timedelta(microseconds=-1)))
print(d * 3, 3 * d, d * -1, d * 0.5, 0.1 * d, d * 2.5, d * True)
print(timedelta(microseconds=5) / 2, timedelta(microseconds=7) / 2, timedelta(microseconds=-5) / 2,
      timedelta(microseconds=-7) / 2, timedelta(microseconds=3) / 2.0, timedelta(microseconds=1) / 4)
print(timedelta(microseconds=5) // 2, timedelta(microseconds=-5) // 2, timedelta(1) / timedelta(hours=7))
print(timedelta(hours=10) // timedelta(hours=3), timedelta(hours=10) % timedelta(hours=3),
      divmod(timedelta(hours=10), timedelta(hours=3)), divmod(timedelta(hours=-10), timedelta(hours=3)),
      timedelta(hours=-10) % timedelta(hours=3), timedelta(hours=10) // timedelta(hours=-3))
print(timedelta(seconds=1) / timedelta(microseconds=3), timedelta(0) / timedelta(1))
print(sorted([timedelta(1), timedelta(-1), timedelta(0), timedelta(seconds=-1)]))
print(timedelta(1) == timedelta(hours=24), timedelta(1) != timedelta(hours=24), timedelta(1) == 1,
      timedelta(0) == 0, timedelta(1) > timedelta(0), timedelta(1) <= timedelta(hours=24))
print(hash(timedelta(1)) == hash(timedelta(hours=24)), len({timedelta(1), timedelta(seconds=86400)}))
print(repr(timedelta.min), repr(timedelta.max), repr(timedelta.resolution))
print(str(timedelta.min), str(timedelta.max))

attempt("max + resolution", lambda: timedelta.max + timedelta.resolution)
attempt("min - resolution", lambda: timedelta.min - timedelta.resolution)
attempt("-min", lambda: -timedelta.min)
attempt("min * 2", lambda: timedelta.min * 2)
attempt("days=1e9", lambda: timedelta(days=1e9))
attempt("days=10**9", lambda: timedelta(days=10**9))
attempt("nan", lambda: timedelta(seconds=float("nan")))
attempt("inf", lambda: timedelta(hours=float("inf")))
attempt("str days", lambda: timedelta(days="1"))
attempt("str minutes", lambda: timedelta(minutes="1"))
attempt("// 0", lambda: timedelta(1) // 0)
attempt("/ 0", lambda: timedelta(1) / 0)
attempt("/ 0.0", lambda: timedelta(1) / 0.0)
attempt("/ zero td", lambda: timedelta(1) / timedelta(0))
attempt("// zero td", lambda: timedelta(1) // timedelta(0))
attempt("% zero td", lambda: timedelta(1) % timedelta(0))
attempt("divmod zero td", lambda: divmod(timedelta(1), timedelta(0)))
attempt("+ int", lambda: timedelta(1) + 1)
attempt("int +", lambda: 1 + timedelta(1))
attempt("- int", lambda: timedelta(1) - 1)
attempt("// float", lambda: timedelta(1) // 1.5)
attempt("% int", lambda: timedelta(1) % 2)
attempt("divmod int", lambda: divmod(timedelta(1), 2))
attempt("pow", lambda: timedelta(1) ** 2)
attempt("int /", lambda: 1 / timedelta(1))
attempt("< int", lambda: timedelta(1) < 1)
attempt("< None", lambda: timedelta(1) <= None)
attempt("* str", lambda: timedelta(1) * "ab")
attempt("format spec", lambda: format(timedelta(1), "x"))
print(format(timedelta(hours=1), ""), f"{timedelta(minutes=90)}")


class Span(timedelta):
    pass


s = Span(hours=1)
print(repr(s), type(s + s).__name__, type(s * 2).__name__, type(-s).__name__, s == timedelta(hours=1))
attempt("subclass + int", lambda: s + 1)
