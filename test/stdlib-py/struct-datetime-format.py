# datetime: strftime, format(), f-strings and strptime.
from datetime import date, datetime, time, timezone, timedelta

moment = datetime(2024, 3, 9, 7, 5, 3, 42)
for fmt in ("%Y-%m-%d %H:%M:%S", "%d/%m/%y", "%A %d %B %Y", "%a %b %e", "%I:%M %p", "%j %U %W",
            "%G-W%V-%u", "%c", "%x", "%X", "%f", "%%Y", "%D %F %T %R %r", "%C %g %k %l %w %y", "%-d/%-m %_H",
            "%z|%Z|", "%s"[:0] + "plain text", "%Q %E", "%10Y|%^a|%#B"):
    print(repr(fmt), "->", repr(moment.strftime(fmt)))
aware = moment.replace(tzinfo=timezone(timedelta(hours=-3, minutes=-30)))
print(aware.strftime("%H:%M %z %Z"), datetime(2024, 1, 1, tzinfo=timezone.utc).strftime("%z %Z"))
print(f"{moment:%H:%M}", f"{moment.date():%d.%m.%Y}", f"{time(8, 15):%I:%M %p}", format(moment, ""), f"{moment}")
print(date(999, 1, 1).strftime("%Y %y %C"), date(5, 6, 7).isoformat(), time(23, 59).strftime("%Y-%m-%d"))

samples = [
    ("2024-03-09 07:05:03", "%Y-%m-%d %H:%M:%S"),
    ("9 March 2024", "%d %B %Y"),
    ("Sat, 09 Mar 24", "%a, %d %b %y"),
    ("07:05 pm", "%I:%M %p"),
    ("12:00 AM", "%I:%M %p"),
    ("2024-069", "%Y-%j"),
    ("2024-03-09T07:05:03.5+0200", "%Y-%m-%dT%H:%M:%S.%f%z"),
    ("2024-03-09 07:05 Z", "%Y-%m-%d %H:%M %z"),
    ("2024 10 6", "%Y %W %w"),
    ("2024 10 6", "%Y %U %w"),
    ("2024-W10-6", "%G-W%V-%u"),
    ("1/2/03", "%m/%d/%y"),
    ("  2024", " %Y"),
    ("20240309", "%Y%m%d"),
    ("Sat Mar  9 07:05:03 2024", "%c"),
    ("70", "%y"),
    ("68", "%y"),
]
for text, fmt in samples:
    print(repr(text), repr(fmt), "->", repr(datetime.strptime(text, fmt)))

for text, fmt in [("2024-13-01", "%Y-%m-%d"), ("2024-01-01 extra", "%Y-%m-%d"), ("x", "%Q"), ("x", "%"),
                  ("2023-02-29", "%Y-%m-%d"), ("02-29", "%m-%d"), ("25:00", "%H:%M"), (2024, "%Y"),
                  ("2024", 5), ("12", "%I %p")]:
    try:
        print(datetime.strptime(text, fmt))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

for text in ["2024-03-09", "20240309", "2024-W10-6", "2024-03-09T07", "2024-03-09T0705", "2024-03-09 07:05:03,25",
             "2024-03-09T07:05:03.1234567", "2024-03-09T07:05Z", "2024-03-09T07:05+05:30", "2024-03-09T25:00",
             "2024-3-9", "2024-03-09T", "2024-W54"]:
    try:
        print(text, "->", repr(datetime.fromisoformat(text)))
    except ValueError as e:
        print(text, "->", "ValueError:", e)
print(repr(time.fromisoformat("07:05:03.25")), repr(time.fromisoformat("T0705")), repr(date.fromisoformat("2024-W01-1")))
