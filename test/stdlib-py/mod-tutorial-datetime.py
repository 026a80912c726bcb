# datetime walkthrough: dates, times, deltas, timezones, formatting and parsing
from datetime import date, time, datetime, timedelta, timezone

d = date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday())
print(d.isocalendar(), d.isocalendar().week, d.isoformat(), d.ctime())
print(d + timedelta(days=1), d - date(2024, 1, 1), (d - date(2023, 2, 28)).days)
print(d.replace(year=2025, day=28), d.toordinal(), date.fromordinal(738000))
print(date.fromisoformat("2023-12-25"), date(2023, 12, 25).strftime("%A %d %B %Y"))
print(date.min, date.max, date(2020, 1, 1) < date(2020, 1, 2))
print(date.fromisocalendar(2024, 1, 1), d.timetuple().tm_yday)

t = time(14, 30, 15, 500)
print(t, repr(t), t.isoformat(), t.isoformat("minutes"), t.replace(hour=9))
print(time(9), time(23, 59, 59, 999999), time.fromisoformat("08:15:30"))
print(t.strftime("%I:%M %p"), time(0, 0).strftime("%I %p"))

dt = datetime(2023, 7, 4, 18, 5, 9)
print(dt, repr(dt), dt.date(), dt.time(), dt.isoformat(), dt.isoformat(sep=" "))
print(dt.strftime("%Y-%m-%d %H:%M:%S"), dt.strftime("%a %b %d %y"), dt.strftime("%j %U %W %w"))
print(dt.strftime("%c | %x | %X"), dt.strftime("%%literal %B %-d" if False else "%%literal %B"))
print(dt.strftime("%G-W%V-%u"), dt.strftime("%e").strip() if False else dt.strftime("%d"))
print(datetime.strptime("2021-03-14 01:59:26", "%Y-%m-%d %H:%M:%S"))
print(datetime.strptime("14/Mar/2021:15:09", "%d/%b/%Y:%H:%M"))
print(datetime.strptime("Sunday, March 14 2021 3PM", "%A, %B %d %Y %I%p"))
print(datetime.strptime("2021-073", "%Y-%j"), datetime.strptime("210314", "%y%m%d"))
print(datetime.strptime("12:30:45.123", "%H:%M:%S.%f"))
try:
    datetime.strptime("2021-13-01", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)
try:
    datetime.strptime("2021-01-01 extra", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)
print(datetime.fromisoformat("2023-07-04T18:05:09"), datetime.fromisoformat("2023-07-04 18:05:09.250000+02:00"))
print(dt.replace(minute=0, second=0), dt + timedelta(hours=30), dt - timedelta(weeks=1))
print(dt.timetuple()[:6], dt.weekday(), dt.toordinal())
later = datetime(2023, 12, 25, 8, 0)
gap = later - dt
print(gap, repr(gap), gap.days, gap.seconds, gap.total_seconds())

print(timedelta(days=1, hours=2, minutes=3, seconds=4, milliseconds=5))
print(timedelta(seconds=-1), repr(timedelta(seconds=-1)), timedelta(days=-1, hours=3))
print(timedelta(hours=36), timedelta(minutes=90) / timedelta(minutes=30), timedelta(hours=1) * 2.5)
print(timedelta(days=7) // 2, timedelta(days=7) % timedelta(days=2), abs(timedelta(hours=-5)))
print(timedelta(microseconds=1), repr(timedelta()), repr(timedelta(weeks=2, seconds=1)))
print(divmod(timedelta(hours=25), timedelta(hours=24)), timedelta.max, timedelta.min, timedelta.resolution)
print(-timedelta(days=1, seconds=1), timedelta(seconds=3661).total_seconds())

utc = timezone.utc
cest = timezone(timedelta(hours=2))
ist = timezone(timedelta(hours=5, minutes=30), "IST")
print(utc, cest, ist, repr(cest), repr(ist), repr(utc))
aware = datetime(2024, 6, 1, 12, 0, tzinfo=utc)
print(aware, aware.astimezone(cest), aware.astimezone(ist).isoformat())
print(aware.utcoffset(), aware.tzname(), aware.astimezone(cest).tzname(), aware.timestamp())
print(aware == aware.astimezone(ist), aware.strftime("%Y-%m-%d %H:%M %Z %z"))
print(datetime(2024, 6, 1, 14, 0, tzinfo=cest) - aware)
print(datetime.fromtimestamp(0, tz=utc), datetime.fromtimestamp(1700000000, utc))
print(datetime(2024, 6, 1, tzinfo=timezone(timedelta(hours=-8))).isoformat())
print(timezone(-timedelta(hours=3, minutes=30)), cest.utcoffset(None))
try:
    datetime(2024, 1, 1) < aware
except TypeError as e:
    print("TypeError:", e)
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
birthday = date(1990, 5, 17)
today = date(2024, 3, 10)
age = today.year - birthday.year - ((today.month, today.day) < (birthday.month, birthday.day))
print("age", age)
next_bd = birthday.replace(year=today.year)
if next_bd < today:
    next_bd = next_bd.replace(year=today.year + 1)
print("days until birthday", (next_bd - today).days)
print(sorted([date(2020, 5, 1), date(2019, 1, 1), date(2020, 1, 1)]))
print(datetime.combine(date(2020, 1, 1), time(12, 30)), f"{dt:%H:%M}", format(d, "%d.%m.%Y"))
print(str(datetime(2020, 1, 1, 0, 0, 0, 1)), datetime(2020, 1, 1).isoformat(timespec="milliseconds"))
print(hash(date(2020, 1, 1)) == hash(date(2020, 1, 1)), date(2020, 1, 1) == datetime(2020, 1, 1))
