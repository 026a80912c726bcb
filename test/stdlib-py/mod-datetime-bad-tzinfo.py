# What a tzinfo returns is checked by time and datetime alike (and by timezone's constructor)
import datetime as d


class Bad(d.tzinfo):
    def utcoffset(self, dt):
        return 5

    def tzname(self, dt):
        return 3

    def dst(self, dt):
        return d.timedelta(hours=30)


class Good(d.tzinfo):
    def utcoffset(self, dt):
        return d.timedelta(hours=-3, minutes=-30)

    def tzname(self, dt):
        return "NST" if dt is None else "NST@%d" % dt.year

    def dst(self, dt):
        return None


for method in ('utcoffset', 'tzname', 'dst'):
    for value in (d.time(1, tzinfo=Bad()), d.datetime(2020, 1, 1, tzinfo=Bad())):
        try:
            getattr(value, method)()
        except Exception as e:
            print(method, type(value).__name__, type(e).__name__, e)
for value in (d.time(1, tzinfo=Good()), d.datetime(2020, 1, 1, tzinfo=Good()), d.time(2), d.datetime(2021, 5, 6)):
    print(value, value.utcoffset(), value.tzname(), value.dst())
try:
    d.timezone(d.timedelta(hours=30))
except ValueError as e:
    print(e)
