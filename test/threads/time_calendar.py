# env: TZ=UTC
# time's calendar functions: struct_time, gmtime/localtime/mktime, strftime, strptime,
# asctime/ctime, with CPython's errors.
import time

print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)
t = time.localtime(0)
print(t, t.tm_zone, t.tm_gmtoff, len(t), t[:3], t.tm_year, t.tm_yday)
for seq in ((1, 2, 3), tuple(range(12))):
    try:
        time.struct_time(seq)
    except TypeError as e:
        print(e)
s = time.struct_time(tuple(range(11)))
print(s, s.tm_zone, s.tm_gmtoff)
s = time.struct_time(tuple(range(9)))
print(s, s.tm_zone, s.tm_gmtoff, isinstance(s, tuple))
print(time.asctime(time.gmtime(0)), "|", time.ctime(1e9), "|", time.tzname, time.timezone, time.altzone, time.daylight)
print(repr(time.strftime("%a %A %b %B %c %d %e %H %I %j %m %M %p %S %U %w %W %x %X %y %Y %z %Z %% %D %T %F %R %C %g %G %V %u %h %n|%t|%s %k %l %P %f %Q", time.gmtime(1e9))))
print(time.strftime("%Y %5Y %-d %_d %0e %Ey %Od %+ %^a %#b", time.gmtime(0)))
print(time.strftime("%Y-%m-%d", (2020, 0, 0, 0, 0, 0, 0, 0, 0)))
for tup in [(2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 0, 0, 0, 0, 1), (2020, 1, 1, 0, 0, 62, 0, 1, 0),
            (2020, 1, 1, 0, 0, 0, 7, 1, 0), (2020, 1, 1, 0, 0, 0, -1, 1, 0), (2020, 1, 1, 0, 0, 0, 0, 367, 0),
            (2020, 1, 1, 24, 0, 0, 0, 1, 0), (2020, 1, 1, 0, 60, 0, 0, 1, 0), (2020, 1, 32, 0, 0, 0, 0, 1, 0),
            (2020, 1, 1, 0, 0, 0, -7, 0, 0), ("a", 1, 1, 0, 0, 0, 0, 1, 0), (2020.0, 1, 1, 0, 0, 0, 0, 1, 0), 5, [2020] * 9]:
    try:
        print(time.strftime("%Y %a %j", tup))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for f, args in [(time.strftime, (5,)), (time.mktime, (5,)), (time.asctime, ((2020, 1, 1, 0, 0, 0, 0, 1),)),
                (time.asctime, ((2020, 0, 1, 0, 0, 0, 0, 1, 0),)), (time.gmtime, ("x",)), (time.gmtime, (1e20,)),
                (time.gmtime, (float("nan"),)), (time.localtime, (1, 2))]:
    try:
        print(f(*args))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(time.mktime((2020, 1, 1, 0, 0, 0, 0, 1, -1)), time.mktime(time.localtime(1e9)), time.mktime((2020, 14, 40, 25, 0, 0, 0, 0, 0)))
print(time.gmtime(-1e10), time.gmtime(1.9), time.gmtime(-1.5)[:6])
print(time.gmtime(0).tm_zone, time.strftime("%Z|%z", time.gmtime(0)))
for y in range(2000, 2030, 3):
    for md in [(1, 1), (1, 3), (12, 29), (12, 31), (6, 15)]:
        tt = time.strptime(f"{y}-{md[0]}-{md[1]}", "%Y-%m-%d")
        print(time.strftime("%G-%V-%u %U %W %j %a", tt), end=" | ")
    print()
print(time.strptime("2020-03-04 05:06:07", "%Y-%m-%d %H:%M:%S"))
print(time.strptime("Mon Jan  5 12:00:00 2015"))
print(time.strptime("10:30 PM", "%I:%M %p"), time.strptime("2021 45", "%Y %j"))
print(time.strptime("Feb 29", "%b %d"))
print(time.strptime("12 UTC", "%H %Z"))
print(time.strptime("99 july 4 +0130", "%y %B %d %z").tm_gmtoff)
for data, fmt in [("2020-03-04x", "%Y-%m-%d"), ("20x20", "%Y"), ("2020", "%Q"), ("2020", "%Y%"), ("2021-02-29", "%Y-%m-%d")]:
    try:
        time.strptime(data, fmt)
    except ValueError as e:
        print("ValueError", e)
