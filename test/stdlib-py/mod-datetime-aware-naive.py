# date/time/datetime with and without tzinfo: comparisons and subtraction across naive and
# aware values, timezone's repr/str/bounds, hashes of equal aware values, replace(), fold,
# copy/deepcopy, date range overflow, a tzinfo subclass with DST, and subclasses.
import copy
from datetime import date, datetime, time, timedelta, timezone, tzinfo, UTC, MINYEAR, MAXYEAR


def attempt(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as exc:
        print(label, "->", type(exc).__name__ + ":", exc)


plus2 = timezone(timedelta(hours=2))
minus5 = timezone(timedelta(hours=-5), "EST")
a = datetime(2024, 3, 5, 12, 0, tzinfo=timezone.utc)
b = datetime(2024, 3, 5, 14, 0, tzinfo=plus2)
c = datetime(2024, 3, 5, 7, 0, tzinfo=minus5)
naive = datetime(2024, 3, 5, 12, 0)
print(a == b == c, a != b, hash(a) == hash(b) == hash(c), len({a, b, c}), b - c, c - a, a - naive.replace(tzinfo=UTC))
print(a < b + timedelta(microseconds=1), sorted([c + timedelta(minutes=1), a, b - timedelta(hours=1)]))
print(a == naive, naive == a, a != naive, {a: 1}.get(naive), date(2024, 3, 5) == naive, naive == date(2024, 3, 5))
attempt("aware < naive", lambda: a < naive)
attempt("naive - aware", lambda: naive - a)
attempt("date < datetime", lambda: date(2024, 1, 1) < naive)
attempt("datetime >= date", lambda: naive >= date(2024, 1, 1))
attempt("datetime - date", lambda: naive - date(2024, 1, 1))
attempt("date - datetime", lambda: date(2024, 1, 1) - naive)
attempt("date + date", lambda: date(2024, 1, 1) + date(2024, 1, 1))
attempt("time + timedelta", lambda: time(1) + timedelta(hours=1))
attempt("date < int", lambda: date(2024, 1, 1) < 5)
print(date(2024, 3, 1) - date(2023, 3, 1), date(2024, 3, 1) + timedelta(days=1, hours=23),
      date(2024, 3, 1) - timedelta(hours=1), timedelta(days=2) + date(2024, 2, 28))

t1 = time(12, 0, tzinfo=timezone.utc)
t2 = time(14, 0, tzinfo=plus2)
print(t1 == t2, hash(t1) == hash(t2), t1 < time(13, tzinfo=plus2), time(1) == time(1, tzinfo=UTC))
attempt("naive time < aware", lambda: time(1) < time(1, tzinfo=UTC))
print(time(0, tzinfo=UTC) < time(23, tzinfo=timezone(timedelta(hours=-1))), bool(time(0)), bool(time(0, tzinfo=plus2)))

for tz in [timezone.utc, UTC, plus2, minus5, timezone(timedelta(0), "UTC"), timezone(-timedelta(minutes=90)),
           timezone(timedelta(seconds=3601)), timezone(timedelta(hours=-1, seconds=-1, microseconds=-5)),
           timezone.min, timezone.max]:
    print(repr(tz), str(tz), tz.utcoffset(None), tz.tzname(None), tz.dst(None), tz.utcoffset(a))
print(timezone.utc is UTC, timezone(timedelta(0)) is UTC, timezone(timedelta(0), "x") == UTC,
      hash(timezone(timedelta(hours=2), "x")) == hash(plus2), plus2 == 2)
attempt("24h", lambda: timezone(timedelta(hours=24)))
attempt("-24h", lambda: timezone(-timedelta(hours=24)))
attempt("just under 24h", lambda: timezone(timedelta(hours=24, microseconds=-1)))
attempt("offset int", lambda: timezone(3600))
attempt("name int", lambda: timezone(timedelta(0), 5))
attempt("name None", lambda: timezone(timedelta(0), None))
attempt("utcoffset(int)", lambda: plus2.utcoffset(5))
attempt("fromutc naive", lambda: plus2.fromutc(naive))
attempt("fromutc int", lambda: plus2.fromutc(5))
print(plus2.fromutc(naive.replace(tzinfo=plus2)))


class Bermuda(tzinfo):
    """Atlantic time with US daylight saving rules for 2024 (second Sunday of March to
    first Sunday of November, at 02:00 local)."""

    def utcoffset(self, dt):
        return timedelta(hours=-4) + self.dst(dt)

    def dst(self, dt):
        if dt is None:
            return timedelta(0)
        start = datetime(dt.year, 3, 10, 2)
        end = datetime(dt.year, 11, 3, 1)
        wall = dt.replace(tzinfo=None)
        if start <= wall < end:
            return timedelta(hours=1)
        if end <= wall < end + timedelta(hours=1):
            return timedelta(hours=0 if dt.fold else 1)
        return timedelta(0)

    def tzname(self, dt):
        return "ADT" if self.dst(dt) else "AST"

    def __repr__(self):
        return "Bermuda()"


bermuda = Bermuda()
for month, day, hour in [(1, 15, 12), (3, 10, 1), (3, 10, 3), (7, 1, 12), (11, 3, 0), (11, 3, 1), (11, 3, 2)]:
    wall = datetime(2024, month, day, hour, 30, tzinfo=bermuda)
    print(wall, wall.tzname(), wall.dst(), wall.utcoffset(), wall.astimezone(UTC), wall.timetuple().tm_isdst)
first = datetime(2024, 11, 3, 1, 30, tzinfo=bermuda)
second = first.replace(fold=1)
print(repr(second), first == second, first.astimezone(UTC), second.astimezone(UTC),
      first.astimezone(UTC) == first, second.astimezone(UTC) == second, hash(first) == hash(second))
for minutes in range(0, 181, 30):
    utc = datetime(2024, 11, 3, 4, tzinfo=UTC) + timedelta(minutes=minutes)
    local = utc.astimezone(bermuda)
    print(utc.time(), local, local.fold, local.tzname())
print(datetime(2024, 7, 1, 12, tzinfo=bermuda).astimezone(plus2), a.astimezone(a.tzinfo) is a)
print(datetime(2024, 3, 5, 12, tzinfo=bermuda).utctimetuple()[:6], a.utctimetuple().tm_isdst)

print(a.replace(tzinfo=None), a.replace(hour=23, tzinfo=plus2), naive.replace(year=2023, fold=1).fold)
print(date(2024, 2, 29).replace(day=1), time(1, 2, tzinfo=UTC).replace(tzinfo=None), repr(time(5).replace(fold=1)))
attempt("replace Feb 29 2023", lambda: date(2024, 2, 29).replace(year=2023))
attempt("replace month None", lambda: date(2024, 2, 29).replace(month=None))
attempt("replace hour 24", lambda: naive.replace(hour=24))
attempt("replace tzinfo str", lambda: naive.replace(tzinfo="UTC"))
attempt("fold 2", lambda: time(1, fold=2))

for value in [a, c, naive, second, date(2024, 3, 5), t2, time(1, fold=1), timedelta(-1, 5), plus2, UTC, minus5]:
    shallow, deep = copy.copy(value), copy.deepcopy(value)
    print(repr(deep), shallow == value, deep == value, type(deep).__name__,
          getattr(deep, "fold", None), deep.tzinfo is value.tzinfo if hasattr(value, "tzinfo") else "-")
print(copy.deepcopy(UTC) is UTC, copy.deepcopy(a).tzinfo is UTC)

print(MINYEAR, MAXYEAR, date.min, date.max, datetime.min, datetime.max, time.min, time.max)
attempt("date.max + 1 day", lambda: date.max + timedelta(days=1))
attempt("date.min - 1 day", lambda: date.min - timedelta(days=1))
attempt("datetime.max + 1us", lambda: datetime.max + timedelta(microseconds=1))
attempt("datetime.min - 1us", lambda: datetime.min - timedelta.resolution)
attempt("datetime.max - datetime.min", lambda: datetime.max - datetime.min)
attempt("min aware astimezone", lambda: datetime.min.replace(tzinfo=plus2).astimezone(UTC))
attempt("max aware utctimetuple", lambda: datetime.max.replace(tzinfo=minus5).utctimetuple())
attempt("fromordinal 0", lambda: date.fromordinal(0))
attempt("fromordinal max+1", lambda: date.fromordinal(date.max.toordinal() + 1))
attempt("year 10000", lambda: date(10000, 1, 1))
attempt("year 0", lambda: datetime(0, 1, 1))
attempt("month 13", lambda: date(2024, 13, 1))
attempt("day 32", lambda: date(2024, 1, 32))
attempt("Feb 29 2100", lambda: date(2100, 2, 29))
attempt("float year", lambda: date(2024.0, 1, 1))
attempt("missing day", lambda: date(2024, 1))
attempt("hour 24", lambda: datetime(2024, 1, 1, 24))
attempt("second 60", lambda: time(0, 0, 60))
attempt("microsecond 1e6", lambda: time(0, 0, 0, 1000000))
attempt("bad tzinfo", lambda: datetime(2024, 1, 1, tzinfo=1))
print(date(2000, 2, 29).toordinal(), date.fromordinal(730179), date(2024, 3, 5).weekday(),
      date(2024, 3, 5).isoweekday(), date(2024, 3, 5).ctime(), datetime(2024, 3, 5, 17, 8, 9).ctime())
print(datetime.combine(date(2024, 3, 5), time(1, 2, tzinfo=plus2)), datetime.combine(date(2024, 3, 5), t2, tzinfo=None),
      datetime.combine(datetime(2024, 3, 5, 9), time(1)), naive.date(), repr(second.time()), repr(second.timetz()))
attempt("combine int", lambda: datetime.combine(5, time(1)))
print(datetime.fromtimestamp(1e9, UTC), datetime.fromtimestamp(-1.5, plus2), datetime.utcfromtimestamp(1.0000005),
      datetime.fromtimestamp(1.9999999, UTC), a.timestamp(), b.timestamp(), datetime(1970, 1, 1, tzinfo=minus5).timestamp())
attempt("fromtimestamp str", lambda: datetime.fromtimestamp("1"))


class Stamp(datetime):
    def label(self):
        return "stamp " + self.isoformat()


class Day(date):
    pass


s = Stamp(2024, 3, 5, 1, 2, tzinfo=UTC)
print(repr(s), type(s + timedelta(days=1)).__name__, type(s - timedelta(1)).__name__, type(s - s).__name__,
      type(s.replace(day=6)).__name__, type(s.astimezone(plus2)).__name__, (s + timedelta(1)).label())
print(repr(Day(2024, 3, 5)), type(Day(2024, 3, 5) + timedelta(1)).__name__, type(Day.fromordinal(5)).__name__,
      type(Day.today()).__name__, type(Stamp.fromisoformat("2024-03-05")).__name__, type(Stamp.now()).__name__)
