# datetime: user-defined tzinfo subclasses, utcoffset/dst/tzname, astimezone, fromutc.
from datetime import datetime, timedelta, tzinfo, timezone, time


class FixedOffset(tzinfo):
    def __init__(self, hours, name):
        self.offset = timedelta(hours=hours)
        self.name = name

    def utcoffset(self, dt):
        return self.offset

    def dst(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return self.name

    def __repr__(self):
        return f"FixedOffset({self.name})"


class SimpleDST(tzinfo):
    """+1 hour, with summer time (+2) from April to September."""

    def utcoffset(self, dt):
        return timedelta(hours=1) + self.dst(dt)

    def dst(self, dt):
        if dt is not None and 4 <= dt.month <= 9:
            return timedelta(hours=1)
        return timedelta(0)

    def tzname(self, dt):
        return "CEST" if self.dst(dt) else "CET"


paris = SimpleDST()
winter = datetime(2024, 1, 15, 12, 0, tzinfo=paris)
summer = datetime(2024, 7, 15, 12, 0, tzinfo=paris)
for moment in (winter, summer):
    print(moment, moment.tzname(), moment.utcoffset(), moment.dst(), moment.astimezone(timezone.utc), moment.timetuple().tm_isdst)
print(summer - winter, summer.astimezone(timezone.utc) - winter.astimezone(timezone.utc))
ny = FixedOffset(-5, "EST")
print(repr(winter.astimezone(ny)), winter.astimezone(ny).strftime("%H:%M %Z %z"))
print(datetime(2024, 1, 1, tzinfo=ny) == datetime(2024, 1, 1, 5, tzinfo=timezone.utc))
print(hash(datetime(2024, 1, 1, tzinfo=ny)) == hash(datetime(2024, 1, 1, 5, tzinfo=timezone.utc)))
print(time(12, tzinfo=ny), time(12, tzinfo=ny).utcoffset(), time(12, tzinfo=ny) == time(17, tzinfo=timezone.utc))
print(datetime.fromtimestamp(0, ny), datetime(2024, 1, 1, tzinfo=ny).utctimetuple())
print(timezone.utc.fromutc(datetime(2024, 1, 1, tzinfo=timezone.utc)), ny.fromutc(datetime(2024, 1, 1, 12, tzinfo=ny)))


class Broken(tzinfo):
    def utcoffset(self, dt):
        return 5


class NotImplementedTz(tzinfo):
    pass


for make in (lambda: datetime(2024, 1, 1, tzinfo=Broken()).utcoffset(),
             lambda: datetime(2024, 1, 1, tzinfo=NotImplementedTz()).utcoffset(),
             lambda: datetime(2024, 1, 1, tzinfo=NotImplementedTz()).tzname(),
             lambda: timezone.utc.fromutc(datetime(2024, 1, 1)),
             lambda: timezone.utc.utcoffset(5),
             lambda: datetime(2024, 1, 1).astimezone(5)):
    try:
        print(make())
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(timezone(timedelta(0)) is timezone.utc, timezone(timedelta(0), "UTC") == timezone.utc, timezone.min, timezone.max)
print(sorted([timezone(timedelta(hours=h)) for h in (3, -2)], key=lambda z: z.utcoffset(None)))
