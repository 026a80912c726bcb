# datetime: the current date and time, timestamps and time zones (values checked, not
# printed, since they change).
import time
from datetime import date, datetime, timedelta, timezone

now = datetime.now()
today = date.today()
utcnow = datetime.utcnow()
aware = datetime.now(timezone.utc)
print(type(now).__name__, type(today).__name__, now.tzinfo, aware.tzinfo)
print(abs(now.date() - today) <= timedelta(days=1), abs(aware.replace(tzinfo=None) - utcnow) < timedelta(seconds=5))
print(abs(now.timestamp() - time.time()) < 5, abs(aware.timestamp() - time.time()) < 5)
print(datetime.fromtimestamp(0, timezone.utc), datetime.utcfromtimestamp(86400 * 365), repr(datetime.fromtimestamp(1.5, timezone.utc)))
print(datetime.fromtimestamp(1700000000.123456, timezone.utc), datetime.fromtimestamp(-1.25, timezone.utc))
print(datetime(2024, 1, 5, 12, tzinfo=timezone.utc).timestamp(), datetime(1970, 1, 1, tzinfo=timezone.utc).timestamp())
t = time.time()
print(abs(datetime.fromtimestamp(t).timestamp() - t) < 1e-5, datetime.fromtimestamp(t).date() == date.fromtimestamp(t))
local = now.astimezone()
print(local.tzinfo is not None, local.replace(tzinfo=None) == now, local.utcoffset() == local.tzinfo.utcoffset(local))
print(aware.astimezone(timezone(timedelta(hours=2))).utcoffset(), (aware.astimezone(timezone(timedelta(hours=2))) - aware))
start = datetime.now()
elapsed = datetime.now() - start
print(elapsed >= timedelta(0), elapsed < timedelta(seconds=5), isinstance(elapsed.total_seconds(), float))
print(date.today().year >= 2024, now.year == today.year or now.month == 1)
