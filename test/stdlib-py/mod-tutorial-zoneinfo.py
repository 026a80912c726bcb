# zoneinfo: IANA zones from the system's TZif files, DST transitions and fold, converting meeting times
import zoneinfo
from zoneinfo import ZoneInfo
from datetime import datetime, timedelta, timezone
for k in ['Mars/Olympus', '../etc/passwd', '/etc/localtime', '', 'America/', 'America']:
    try: zoneinfo.ZoneInfo(k)
    except Exception as e: print(type(e).__name__, repr(str(e)), type(e).__mro__[1].__name__)
z = ZoneInfo('America/New_York'); print(repr(z), str(z), z.key, z is ZoneInfo('America/New_York'), ZoneInfo.no_cache('America/New_York') is z)
tz = zoneinfo.available_timezones()
print(len(tz), sorted(tz)[:5], "UTC" in tz, "posixrules" in tz, "Europe/Paris" in tz)
print(datetime(2024,3,10,2,30,tzinfo=z).utcoffset(), datetime(2024,3,10,2,30,fold=1,tzinfo=z).utcoffset(), datetime(2024,11,3,1,30,tzinfo=z).utcoffset(), datetime(2024,11,3,1,30,fold=1,tzinfo=z).utcoffset())
print(datetime(2050,7,1,tzinfo=z).tzname(), datetime(2050,7,1,tzinfo=z).dst(), datetime(1800,1,1,tzinfo=z).utcoffset(), datetime(1800,1,1,tzinfo=z).tzname())
print(datetime(2024,11,3,5,30,tzinfo=timezone.utc).astimezone(z), datetime(2024,11,3,6,30,tzinfo=timezone.utc).astimezone(z).fold)
lh = ZoneInfo('Australia/Lord_Howe'); print(lh.utcoffset(datetime(2024,1,1)), lh.dst(datetime(2024,1,1)), lh.tzname(datetime(2024,7,1)))
for key in ["Europe/London", "Europe/Paris", "Asia/Tokyo", "Asia/Kolkata", "Australia/Sydney", "America/Los_Angeles", "America/Sao_Paulo", "Pacific/Auckland", "UTC", "Etc/GMT+5", "Africa/Casablanca", "Asia/Kathmandu", "America/St_Johns", "Europe/Dublin", "Europe/Moscow"]:
    zz = ZoneInfo(key)
    for dt in [datetime(1950, 6, 1, 12), datetime(2000, 1, 15, 12), datetime(2024, 7, 4, 9, 30), datetime(2024, 12, 25, 18), datetime(2040, 3, 30, 3, 30), datetime(2040, 10, 15, 1, 45)]:
        a = dt.replace(tzinfo=zz)
        print(key, a.isoformat(), a.tzname(), a.dst(), a.astimezone(timezone.utc).isoformat())
    u = datetime(2031, 3, 30, 0, 0, tzinfo=timezone.utc)
    for h in range(0, 48, 7):
        loc = (u + timedelta(hours=h)).astimezone(zz)
        print("  ", loc.isoformat(), loc.tzname(), loc.fold)
meeting = datetime(2024, 5, 1, 15, 0, tzinfo=ZoneInfo("Europe/Berlin"))
for city in ["America/New_York", "Asia/Tokyo", "Australia/Sydney", "America/Chicago"]:
    print(f"{city:20} {meeting.astimezone(ZoneInfo(city)):%Y-%m-%d %H:%M %Z (%z)}")
d1 = datetime(2024, 3, 9, 12, tzinfo=z); d2 = d1 + timedelta(days=1)
print(d2, d2 - d1, d2.astimezone(timezone.utc) - d1.astimezone(timezone.utc))
print(datetime.now(ZoneInfo("UTC")).tzinfo, datetime(2024, 1, 1, tzinfo=ZoneInfo("UTC")).utcoffset())
print(datetime.fromisoformat("2024-06-01T12:00:00+02:00").astimezone(ZoneInfo("Europe/London")))
import zoneinfo
print(zoneinfo.InvalidTZPathWarning.__mro__[1:3])
try: zoneinfo.reset_tzpath(['rel/path'])
except Exception as e: print(type(e).__name__, e)
try: zoneinfo.reset_tzpath('abc')
except Exception as e: print(type(e).__name__, e)
zoneinfo.reset_tzpath(["/nonexistent"])
try: zoneinfo.ZoneInfo("Europe/Rome")
except zoneinfo.ZoneInfoNotFoundError as e: print("not found", e)
zoneinfo.reset_tzpath()
print(zoneinfo.TZPATH, zoneinfo.ZoneInfo("Europe/Rome"))
print(zoneinfo.ZoneInfoNotFoundError, zoneinfo.InvalidTZPathWarning)
