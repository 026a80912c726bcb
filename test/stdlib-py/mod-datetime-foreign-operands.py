from datetime import timedelta, date, datetime, time, timezone
for a, b in [(1, timedelta(1)), (timedelta(1), 1), ("x", date(2020,1,1)), (date(2020,1,1), datetime(2020,1,1)), (time(1), 3.0), (timezone.utc, 1)]:
    for op in ['<', '>=']:
        try: print(eval(f"a {op} b"))
        except TypeError as e: print(e)
print(timedelta(1) == 1, date(2020,1,1) == datetime(2020,1,1))
cases = [
    lambda: timedelta(1) + 1, lambda: 1 + timedelta(1), lambda: date(2020, 1, 1) - 1,
    lambda: timedelta(1) / "x", lambda: "x" / timedelta(1), lambda: datetime(2020, 1, 1) + datetime(2020, 1, 1),
    lambda: timedelta(1) ** 2, lambda: divmod(timedelta(1), 2.5), lambda: timedelta(1) % 2, lambda: time(1) + timedelta(1),
    lambda: timezone.utc + timedelta(1), lambda: [1] * timedelta(1), lambda: timedelta(1) * [1],
]
for case in cases:
    try:
        print(case())
    except TypeError as e:
        print("TypeError:", e)
class Meters:
    def __init__(self, n): self.n = n
    def __radd__(self, other): return "radd %s" % type(other).__name__
    def __gt__(self, other): return "reflected gt"
print(timedelta(1) + Meters(3), date(2020, 1, 1) + Meters(1), timedelta(1) < Meters(2))
