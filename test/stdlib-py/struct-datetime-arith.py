# datetime: arithmetic with dates, datetimes and timedeltas.
from datetime import date, datetime, timedelta, time, timezone

start = date(2024, 1, 31)
print(start + timedelta(days=1), start - timedelta(weeks=5), start + timedelta(hours=30), start - date(2023, 1, 31))
deadline = datetime(2024, 3, 1, 9, 0)
now = datetime(2024, 2, 27, 17, 45, 30)
left = deadline - now
print(left, left.days, left.seconds // 3600, (left.seconds // 60) % 60, left.total_seconds())
print(now + timedelta(days=2, hours=15, minutes=14, seconds=30) == deadline)
print(timedelta(hours=1) * 3, 2.5 * timedelta(minutes=10), timedelta(days=1) / 4, timedelta(days=1) // 7)
print(timedelta(hours=1) / timedelta(minutes=7), timedelta(hours=1) // timedelta(minutes=7), timedelta(hours=1) % timedelta(minutes=7))
print(divmod(timedelta(hours=5), timedelta(hours=2)), -timedelta(minutes=5), abs(timedelta(minutes=-5)), +timedelta(1))
print(timedelta(days=1) - timedelta(seconds=1), timedelta(seconds=-1) * 2, timedelta(microseconds=1) / 3)
print(sum([timedelta(minutes=m) for m in (15, 30, 45)], timedelta()), timedelta(hours=1) > timedelta(minutes=59))
print(timedelta(seconds=1.5) * 0.1, timedelta(microseconds=5) / 2, timedelta(microseconds=7) / 2, timedelta(hours=1) / 7.5)
print(bool(timedelta()), bool(timedelta(microseconds=1)), timedelta(1) == timedelta(hours=24), timedelta(1) == 1)

week = [date(2024, 1, 1) + timedelta(days=i) for i in range(7)]
print([d.strftime("%a %d") for d in week])
print((date(2024, 12, 25) - date(2024, 1, 1)).days, date(2024, 3, 1) - timedelta(days=1))
age = date(2024, 6, 1) - date(2000, 6, 2)
print(age.days // 365, age)

utc = datetime(2024, 1, 5, 12, 0, tzinfo=timezone.utc)
tokyo = utc.astimezone(timezone(timedelta(hours=9), "JST"))
print(tokyo, tokyo.tzname(), tokyo == utc, tokyo - utc, utc.utcoffset(), tokyo.utcoffset())
print(repr(utc + timedelta(hours=1)), (tokyo + timedelta(days=1)).isoformat())

for bad in ("date(2024, 1, 1) + 1", "date(2024, 1, 1) - 1", "1 + date(2024, 1, 1)", "timedelta(1) + 1",
            "datetime(2024, 1, 1) + date(2024, 1, 1)", "date(2024, 1, 1) < 5", "timedelta(1) < 1",
            "date(2024, 1, 1) < datetime(2024, 1, 1)", "datetime(2024, 1, 1) - utc",
            "datetime(2024, 1, 1) < utc", "datetime(2024, 1, 1) == utc", "timedelta(1) / 0",
            "timedelta(1) // timedelta(0)", "date.max + timedelta(1)", "datetime.min - timedelta(1)",
            "time(1) + timedelta(1)", "timedelta.max + timedelta(1)", "timedelta(1) * 1.5j"):
    try:
        print(bad, "->", eval(bad))
    except Exception as e:
        print(bad, "->", type(e).__name__ + ":", e)
