# datetime: constructing dates, times, datetimes and timedeltas; reprs, str, validation.
import datetime
from datetime import date, time, datetime as dt, timedelta, timezone, MINYEAR, MAXYEAR

d = date(2024, 1, 5)
print(repr(d), d, d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.isocalendar())
print(d.ctime(), d.isoformat(), d.toordinal(), date.fromordinal(d.toordinal()), d.timetuple())
print(d.replace(day=31), d.replace(year=2023, month=12), date.fromisoformat("2023-12-25"), date.fromisocalendar(2024, 10, 3))
t = time(14, 30, 15, 250)
print(repr(t), t, t.hour, t.minute, t.second, t.microsecond, repr(time()), time(9).isoformat("minutes"))
moment = dt(2024, 1, 5, 14, 30)
print(repr(moment), moment, moment.date(), moment.time(), moment.isoformat(), moment.isoformat(" ", "seconds"))
print(dt.combine(d, t), repr(dt(2024, 2, 29)), dt.fromisoformat("2024-01-05T14:30:15.500+02:00"))
delta = timedelta(days=1, hours=2, minutes=3, seconds=4, milliseconds=5)
print(repr(delta), delta, delta.days, delta.seconds, delta.microseconds, delta.total_seconds())
print(repr(timedelta()), str(timedelta(hours=-1)), repr(timedelta(weeks=2)), str(timedelta(seconds=59.9999999)), timedelta(minutes=1.5))
print(date.min, date.max, dt.min, dt.max, time.min, time.max, timedelta.min, timedelta.max, timedelta.resolution, MINYEAR, MAXYEAR)
print(datetime.UTC, timezone.utc, repr(timezone(timedelta(hours=-5), "EST")), str(timezone(timedelta(hours=5, minutes=30))))

for bad in ("date(2024, 2, 30)", "date(2024, 13, 1)", "date(0, 1, 1)", "date(2024.0, 1, 1)", "date('2024', 1, 1)",
            "time(24)", "time(12, 60)", "time(12, 0, 60)", "time(0, 0, 0, 10**6)", "dt(2024)", "date(2024, 1)",
            "timedelta(days=10**9)", "timedelta('1')", "timezone(timedelta(hours=24))", "timezone(3)",
            "date.fromisoformat('2024/01/05')", "dt(2024, 1, 1, tzinfo='UTC')", "time(fold=2)"):
    try:
        print(bad, "->", eval(bad))
    except Exception as e:
        print(bad, "->", type(e).__name__ + ":", e)

birthdays = {date(2000, 5, 17): "ann", date(1999, 1, 2): "bob"}
for day in sorted(birthdays):
    print(day.strftime("%d %B %Y"), birthdays[day])
print(date(2024, 12, 30).isocalendar(), date(2021, 1, 3).isocalendar().week, date(2020, 12, 31).isocalendar()[0])
print(hash(dt(2024, 1, 1)) == hash(dt(2024, 1, 1, 0, 0, 0)), dt(2024, 1, 1) == date(2024, 1, 1), d == date(2024, 1, 5))
print(d > date(2023, 12, 31), t < time(15), moment >= dt(2024, 1, 5, 14, 30), max(d, date(2030, 1, 1)))
