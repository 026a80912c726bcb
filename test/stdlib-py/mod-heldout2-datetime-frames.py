# datetime is C code in CPython: an error raised inside it leaves only the program's frames
# in the traceback (names and count printed, so that extra frames would show).
import datetime
import traceback


def frames(action):
    try:
        action()
    except Exception as e:
        summary = traceback.extract_tb(e.__traceback__)
        print(type(e).__name__, "|", e, "|", [f.name for f in summary])


def next_birthday(born, year):
    return born.replace(year=year)


frames(lambda: next_birthday(datetime.date(2000, 2, 29), 2025))
frames(lambda: datetime.date(2023, 2, 29))
frames(lambda: datetime.date.fromisoformat("2023-02-30"))
frames(lambda: datetime.datetime(2020, 1, 1) - 5)
frames(lambda: datetime.timedelta(days=1) / 0)
frames(lambda: datetime.time(25))
frames(lambda: format(datetime.date(2020, 1, 1), 5))


class Zone(datetime.tzinfo):
    def utcoffset(self, d):
        return 1 / 0


frames(lambda: datetime.datetime(2020, 1, 1, tzinfo=Zone()).utcoffset())
datetime.date(2024, 1, 1).replace(month=13)
