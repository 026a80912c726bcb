# datetime's text forms: fromisoformat (the forms Python 3.11 accepts and rejects),
# isoformat with timespec, isocalendar/fromisocalendar, strftime directives and strptime.
from datetime import date, datetime, time, timedelta, timezone


def attempt(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as exc:
        print(label, "->", type(exc).__name__ + ":", exc)


for text in ["2024-03-05", "20240305", "2024-W10", "2024W10", "2024-W10-2", "2024W102",
             "2020-W53-7", "2024-W53", "2024-W00", "2024-W10-8", "2024-W1-1", "2024W10-2",
             "2024-W102", "2024-3-5", "2024-03", "2024", "24-03-05", "2024-13-01",
             "2024-02-30", "0000-01-01", "2024/03/05", "\uff12\uff10\uff12\uff14-03-05",
             "2024-03-05 ", "", "9999-12-31", "20240305xx", "2024W102xx"]:
    attempt("date %r" % text, lambda: date.fromisoformat(text))
attempt("date int", lambda: date.fromisoformat(20240305))

for text in ["12", "12:30", "1230", "12:30:45", "123045", "12:30:45.1", "12:30:45.123456789",
             "12:30:45,5", "12:30:45.", "12:30.5", "12.5", "12:30:45Z", "12:30:45z",
             "12:30:45+01", "12:30:45+0130", "12:30:45+01:30", "12:30:45-01:30:15",
             "12:30:45+01:30:15.5", "12:30:45+00:00", "12:30:45-00:00", "T12:30", "24:00",
             "12:60", "12:30:60", "12:3", "1:30", "12:30:45+1", "12:30:45+24:00",
             "12:30:45+01:30:", "12:30+01", "12+01", "12:3045", "1230:45", "12:30:45 ", "x",
             # CPython 3.11's reader is lenient in places: digits straight after the seconds
             # of the basic form are a fraction, a ':' may introduce one, and a stray
             # character before an offset is ignored
             "12345678", "1234567", "1234567Z", "12:34:56:7", "123Z", "03W+1000", "12:"]:
    attempt("time %r" % text, lambda: time.fromisoformat(text))

for text in ["2024-03-05T12:30", "2024-03-05 12:30", "2024-03-05x12:30", "2024-03-0512:30",
             "20240305T123045.5Z", "2024-W10-2T10", "2024W102T10", "2024-W10T10", "2024W10T10",
             "2024-03-05T", "2024-03-05T25", "2024-03-05T12:30:45.123456+05:30",
             "2024-03-05T12", "2024-03-05T12:30:45+0530", "2024-03-05\u00e412:30",
             "2024-03-05T12:30:45.1234567", "2024-03-05T12Z", "2024-03-05T12-0130", "2024030",
             "2024-0305", "2024W10210:30", "2024W1021030"]:
    attempt("datetime %r" % text, lambda: datetime.fromisoformat(text))

moment = datetime(2024, 3, 5, 7, 8, 9, 12345, tzinfo=timezone(timedelta(hours=-3, seconds=-5)))
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(spec, moment.isoformat(timespec=spec), moment.time().isoformat(spec),
          moment.replace(microsecond=0).isoformat(" ", spec))
attempt("bad timespec", lambda: moment.isoformat(timespec="days"))
attempt("bad sep", lambda: moment.isoformat(sep="--"))
print(datetime(1, 1, 1).isoformat(), date(12, 3, 4).isoformat(), str(time(0, 0, 0, 5)))
for value in [moment, moment.date(), moment.timetz(), datetime(2024, 3, 5)]:
    print(repr(type(value).fromisoformat(value.isoformat())) == repr(value))

for year, month, day in [(2024, 1, 1), (2023, 1, 1), (2021, 1, 3), (2020, 12, 31), (2026, 12, 28),
                         (2027, 1, 1), (1, 1, 1), (9999, 12, 31), (2004, 12, 27)]:
    cal = date(year, month, day).isocalendar()
    print(cal, tuple(cal), cal.year, cal.week, cal.weekday, date.fromisocalendar(*cal))
attempt("week 53 of 2024", lambda: date.fromisocalendar(2024, 53, 1))
attempt("week 53 of 2020", lambda: date.fromisocalendar(2020, 53, 1))
attempt("week 0", lambda: date.fromisocalendar(2024, 0, 1))
attempt("day 8", lambda: date.fromisocalendar(2024, 1, 8))
attempt("year 0", lambda: date.fromisocalendar(0, 1, 1))
attempt("past max", lambda: date.fromisocalendar(9999, 52, 7))

plain = datetime(2024, 3, 5, 17, 8, 9, 42)
for fmt in ["%a %A %b %B %d %e %j %m %y %Y %C %G %g %V %u %w %U %W", "%H %I %k %l %M %S %f %p",
            "%c | %x | %X | %D | %F | %T | %R | %r", "%-d %-m %_H %05d %^a %#B %10A", "%%f %%z %%%Y",
            "%z|%Z|%-z|%#Z|%8Z", "", "no directives", "%"]:
    print(repr(fmt), repr(plain.strftime(fmt)), repr(moment.strftime(fmt)))
print(date(999, 2, 3).strftime("%Y %y %C %j %f %z %Z"), time(13, 5).strftime("%Y-%m-%d %I %p %f"))
print(f"{plain:%Y/%m/%d}", f"{plain.date():%b %d}", f"{time(1, 2):%H.%M}", format(plain, ""))
attempt("strftime int", lambda: plain.strftime(5))

for text, fmt in [("2024-03-05 07:08:09.5", "%Y-%m-%d %H:%M:%S.%f"), ("5 mar 2024", "%d %b %Y"),
                  ("Tuesday March 05 24", "%A %B %d %y"), ("07:08 PM", "%I:%M %p"),
                  ("12:00 am", "%I:%M %p"), ("2024-065", "%Y-%j"), ("2024 9 2", "%Y %W %w"),
                  ("2024 9 2", "%Y %U %w"), ("2024 0 0", "%Y %U %w"), ("2024-W10-2", "%G-W%V-%u"),
                  ("+0530", "%z"), ("-01:30:15.25", "%z"), ("Z", "%z"), ("2024 UTC +0100", "%Y %Z %z"),
                  ("Tue Mar  5 07:08:09 2024", "%c"), ("03/05/24", "%x"), ("2024  3", "%Y %m"),
                  ("2024%", "%Y%%"), ("02-29", "%m-%d"), ("2024 99", "%Y %y"), ("70", "%y"),
                  ("69", "%y"), ("68", "%y"), ("2024111", "%Y%m%d"), ("2024-13-01", "%Y-%m-%d"),
                  ("2024-01-01 x", "%Y-%m-%d"), ("x", "%Q"), ("x", "%"), ("12", "%I %p"),
                  ("10 1", "%V %u"), ("2024 10", "%G %V"), ("+01:0030", "%z"), ("2024 366", "%Y %j"),
                  ("2023 366", "%Y %j"), ("61", "%S"), ("", ""), ("11 11 2016", "%U %V %Y"),
                  ("2016 2016", "%Y %G"), ("16 2016 5", "%y %G %j"), ("2016 5", "%G %j"),
                  ("2016 11 1 5", "%G %V %u %j"), ("2016 2016 11 1", "%Y %G %V %u")]:
    attempt("strptime %r %r" % (text, fmt), lambda: datetime.strptime(text, fmt))
attempt("strptime int", lambda: datetime.strptime(2024, "%Y"))
attempt("strptime fmt int", lambda: datetime.strptime("2024", 5))
