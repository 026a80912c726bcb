# env: TZ=Europe/Berlin
# Local time in a zone with daylight saving time.
import time

print(time.tzname, time.timezone, time.altzone, time.daylight)
for s in (0, 1e9, 1.6e9, 1.7e9):
    t = time.localtime(s)
    print(t, t.tm_zone, t.tm_gmtoff, time.mktime(t), time.ctime(s))
    print(time.strftime("%Z %z %c", t))
print(time.mktime((2001, 7, 1, 0, 0, 0, 0, 1, -1)), time.mktime((2001, 7, 1, 0, 0, 0, 0, 1, 0)), time.mktime((2001, 1, 1, 0, 0, 0, 0, 1, 1)))
print(time.mktime((2001, 3, 25, 2, 30, 0, 0, 1, -1)), time.mktime((2001, 10, 28, 2, 30, 0, 0, 1, -1)))
print(time.strftime("%Z|%z", (2001, 1, 1, 0, 0, 0, 0, 1, 1)))
print(time.strptime("12 CET", "%H %Z"), time.strptime("12 CEST", "%H %Z").tm_isdst)
