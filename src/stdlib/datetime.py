"""Dates, times, durations and fixed-offset time zones (timedelta, date, time, datetime,
tzinfo, timezone), written for pygil from the documented behaviour of CPython 3.11.

How the values are held:
- timedelta: one integer, the whole duration in microseconds. days/seconds/microseconds
  are derived from it, so normalisation is a divmod away.
- date: its day number (0001-01-01 is day 1) and its (year, month, day).
- time: microseconds since midnight, a tzinfo and the fold bit.
- datetime: a date plus the fields of a time.
Calendar arithmetic lives in _pygil_datetime_calendar, the ISO 8601 reader in
_pygil_datetime_iso and strptime in _pygil_datetime_strptime. strftime hands the format to
time.strftime once the directives only datetime knows (%f, %z, %Z) are filled in.
"""

import _pygil_types
import time as _time
import _pygil_datetime_calendar as _cal
import _pygil_datetime_iso as _iso

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR",
           "MAXYEAR", "UTC")

MINYEAR = _cal.MIN_YEAR
MAXYEAR = _cal.MAX_YEAR

_SECOND = 10 ** 6                 # microseconds
_MINUTE = 60 * _SECOND
_HOUR = 60 * _MINUTE
_DAY = 24 * _HOUR
_MAX_DAYS = 999999999             # timedelta's bound on |days|
_EPOCH_DAY = _cal.to_ordinal(1970, 1, 1)


# ---------------------------------------------------------------------------------------------
# Shared helpers: argument conversion, error messages, rounding, text of offsets

def _as_int(value):
    """An integer argument as C functions take one: ints, bools and __index__ types."""
    if type(value) is int:
        return value
    if isinstance(value, int):
        return int(value)
    converter = getattr(type(value), '__index__', None)
    if converter is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__)
    return converter(value)


def _type_label(obj):
    """How CPython's messages name the type of obj: our own classes as 'datetime.NAME'."""
    kind = type(obj)
    if kind in _PUBLIC_TYPES:
        return 'datetime.' + kind.__name__
    return kind.__name__


def _operand_error(symbol, left, right):
    return TypeError("unsupported operand type(s) for %s: '%s' and '%s'"
                     % (symbol, _type_label(left), _type_label(right)))


def _decline(symbol, mine, other):
    """For an operation `mine SYMBOL other` that we do not support: the other operand gets
    its reflected turn, and the interpreter's TypeError names both types (ours carry their
    C names, 'datetime.timedelta' ..., through set_c_name below)."""
    return NotImplemented


def _not_ordered(symbol, mine, other):
    """As _decline, for an ordering comparison."""
    return NotImplemented


def _add_ordering(cls):
    """Gives cls <, <=, >, >= from its method _order_keys(other), which answers a pair of
    comparable keys, or None when other is not something it orders against."""
    def comparison(symbol, test):
        def compare(self, other):
            keys = self._order_keys(other)
            if keys is None:
                return _not_ordered(symbol, self, other)
            return test(keys[0], keys[1])
        return compare
    for name, symbol, test in (('__lt__', '<', lambda a, b: a < b),
                               ('__le__', '<=', lambda a, b: a <= b),
                               ('__gt__', '>', lambda a, b: a > b),
                               ('__ge__', '>=', lambda a, b: a >= b)):
        method = comparison(symbol, test)
        method.__name__ = name
        method.__qualname__ = cls.__name__ + '.' + name
        setattr(cls, name, method)
    return cls


def _div_round_even(numerator, denominator):
    """numerator / denominator rounded to an integer, ties to even, in exact arithmetic."""
    if denominator < 0:
        numerator, denominator = -numerator, -denominator
    quotient, remainder = divmod(numerator, denominator)
    twice = 2 * remainder
    if twice > denominator or (twice == denominator and quotient % 2 == 1):
        quotient += 1
    return quotient


def _offset_text(micros, separator=':'):
    """'+HH:MM', then ':SS' and '.ffffff' only when not zero, for an offset in microseconds."""
    sign = '-' if micros < 0 else '+'
    hours, rest = divmod(abs(micros), _HOUR)
    minutes, rest = divmod(rest, _MINUTE)
    seconds, fraction = divmod(rest, _SECOND)
    text = '%s%02d%s%02d' % (sign, hours, separator, minutes)
    if seconds or fraction:
        text += '%s%02d' % (separator, seconds)
        if fraction:
            text += '.%06d' % fraction
    return text


_TIMESPECS = {
    'hours': lambda h, m, s, us: '%02d' % h,
    'minutes': lambda h, m, s, us: '%02d:%02d' % (h, m),
    'seconds': lambda h, m, s, us: '%02d:%02d:%02d' % (h, m, s),
    'milliseconds': lambda h, m, s, us: '%02d:%02d:%02d.%03d' % (h, m, s, us // 1000),
    'microseconds': lambda h, m, s, us: '%02d:%02d:%02d.%06d' % (h, m, s, us),
}


def _clock_text(clock, timespec):
    """The isoformat() text of microseconds since midnight."""
    if timespec == 'auto':
        timespec = 'microseconds' if clock % _SECOND else 'seconds'
    writer = _TIMESPECS.get(timespec) if isinstance(timespec, str) else None
    if writer is None:
        raise ValueError('Unknown timespec value')
    return writer(*_split_clock(clock))


def _split_clock(clock):
    """(hour, minute, second, microsecond) of microseconds since midnight."""
    hour, rest = divmod(clock, _HOUR)
    minute, rest = divmod(rest, _MINUTE)
    second, micro = divmod(rest, _SECOND)
    return hour, minute, second, micro


def _clock_from_fields(hour, minute, second, microsecond):
    """Microseconds since midnight of checked time fields."""
    hour, minute = _as_int(hour), _as_int(minute)
    second, microsecond = _as_int(second), _as_int(microsecond)
    for value, top, name in ((hour, 23, 'hour'), (minute, 59, 'minute'),
                             (second, 59, 'second'), (microsecond, 999999, 'microsecond')):
        if not 0 <= value <= top:
            raise ValueError('%s must be in 0..%d' % (name, top))
    return hour * _HOUR + minute * _MINUTE + second * _SECOND + microsecond


def _checked_fold(fold):
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return int(fold)


def _checked_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)
    return tz


def _day_number_of(year, month, day):
    """The day number of checked date fields."""
    year, month, day = _as_int(year), _as_int(month), _as_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _cal.month_length(year, month):
        raise ValueError('day is out of range for month')
    return _cal.to_ordinal(year, month, day), (year, month, day)


def _required(value, name, position):
    if value is _ABSENT:
        raise TypeError("function missing required argument '%s' (pos %d)" % (name, position))


_ABSENT = object()


def _updated(current, changes):
    """current's values where changes holds _ABSENT, the changes elsewhere (for replace())."""
    return [old if new is _ABSENT else new for old, new in zip(current, changes)]


def _check_offset(answer, method):
    """Refuses a tzinfo's utcoffset()/dst() answer that CPython would refuse."""
    if answer is None:
        return
    if not isinstance(answer, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (method, type(answer).__name__))
    if not -_DAY < answer._micros < _DAY:
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                         "and timedelta(hours=24).")


def _zone_name(answer):
    if answer is not None and not isinstance(answer, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                        % type(answer).__name__)
    return answer


def _ask_zone(zone, method, argument):
    """zone.METHOD(argument) for a time (argument None) or datetime (itself), checked as
    CPython checks the answer; None when naive."""
    if zone is None:
        return None
    answer = getattr(zone, method)(argument)
    if method == 'tzname':
        return _zone_name(answer)
    _check_offset(answer, method)
    return answer


def _format_with(obj, fmt):
    """strftime of a date, time or datetime: %f, %z and %Z are filled in here, the rest is
    time.strftime's business."""
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
    pieces = []
    copied_to = 0
    at = fmt.find('%')
    while at != -1 and at + 1 < len(fmt):
        end = at + 1
        while end < len(fmt) and fmt[end] in '-_0^#':
            end += 1
        width_start = end
        while end < len(fmt) and fmt[end].isdigit():
            end += 1
        width = int(fmt[width_start:end] or 0)
        if fmt[end:end + 1] in ('E', 'O'):
            end += 1
        letter = fmt[end:end + 1]
        plain = end == at + 1
        if letter in ('f', 'z', 'Z') and (plain or letter != 'f'):
            # With flags C's strftime would see timetuple(), which has neither zone name
            # nor offset: %Z is just its padding and %z (DST unknown) nothing at all.
            if plain:
                text = _extension_text(obj, letter)
            else:
                text = ' ' * width if letter == 'Z' else ''
            pieces.append(fmt[copied_to:at])
            pieces.append(text.replace('%', '%%'))
            copied_to = end + 1
        at = fmt.find('%', max(at + 2, end + 1) if letter else len(fmt))
    pieces.append(fmt[copied_to:])
    return _time.strftime(''.join(pieces), obj._strftime_tuple())


def _extension_text(obj, letter):
    if letter == 'f':
        return '%06d' % getattr(obj, 'microsecond', 0)
    if isinstance(obj, (time, datetime)):
        if letter == 'z':
            offset = obj.utcoffset()
            return '' if offset is None else _offset_text(offset._micros, '')
        return obj.tzname() or ''
    return ''


def _format_spec(obj, spec):
    if not isinstance(spec, str):
        raise TypeError("__format__() argument 1 must be str, not %s" % type(spec).__name__)
    return obj.strftime(spec) if spec else str(obj)


# ---------------------------------------------------------------------------------------------
# timedelta

# In the order CPython takes the arguments (which decides which bad one is reported).
_DURATION_UNITS = (('microseconds', 1), ('milliseconds', 1000), ('seconds', _SECOND),
                   ('minutes', _MINUTE), ('hours', _HOUR), ('days', _DAY),
                   ('weeks', 7 * _DAY))


def _round_spare(spare, whole):
    """The float spare rounded to an integer; a tie goes where whole + result is even."""
    below = int(spare // 1)
    above_by = spare - below
    if above_by > 0.5 or (above_by == 0.5 and (whole + below) % 2 == 1):
        return below + 1
    return below


_SEQUENCE_TYPES = (str, bytes, bytearray, list, tuple)


def _duration(micros, cls=None):
    """A timedelta of a number of microseconds, refusing more days than timedelta holds."""
    days = micros // _DAY
    if not -2 ** 31 <= days < 2 ** 31:      # CPython holds the days in a C int first
        raise OverflowError("Python int too large to convert to C int")
    if not -_MAX_DAYS <= days <= _MAX_DAYS:
        raise OverflowError("days=%d; must have magnitude <= %d" % (days, _MAX_DAYS))
    made = object.__new__(cls or timedelta)
    made._micros = micros
    return made


@_add_ordering
class timedelta:
    """A duration. timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0,
    hours=0, weeks=0): any argument may be negative or a float. It is normalised to days,
    seconds (0..86399) and microseconds (0..999999), so only days can be negative."""

    __slots__ = ('_micros',)

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
                weeks=0):
        # Integer parts add up exactly. The fractional microseconds of float arguments are
        # found and summed in double precision, as CPython's C code does, and rounded half to
        # even (taking the integer total's parity into account) only at the end.
        whole = 0
        spare = 0.0
        amounts = {'days': days, 'seconds': seconds, 'microseconds': microseconds,
                   'milliseconds': milliseconds, 'minutes': minutes, 'hours': hours,
                   'weeks': weeks}
        for unit, scale in _DURATION_UNITS:
            amount = amounts[unit]
            if isinstance(amount, int):
                whole += int(amount) * scale
            elif isinstance(amount, float):
                if amount != amount:
                    raise ValueError("cannot convert float NaN to integer")
                if amount in (float('inf'), float('-inf')):
                    raise OverflowError("cannot convert float infinity to integer")
                integral = int(amount)
                whole += integral * scale
                scaled = (amount - integral) * scale
                integral = int(scaled)
                whole += integral
                spare += scaled - integral
            else:
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (unit, type(amount).__name__))
        return _duration(whole + _round_spare(spare, whole), cls)

    @property
    def days(self):
        """Number of days."""
        return self._micros // _DAY

    @property
    def seconds(self):
        """Number of seconds (>= 0 and less than 1 day)."""
        return self._micros % _DAY // _SECOND

    @property
    def microseconds(self):
        """Number of microseconds (>= 0 and less than 1 second)."""
        return self._micros % _SECOND

    def total_seconds(self):
        """Total seconds in the duration."""
        return self._micros / _SECOND

    def __repr__(self):
        parts = ['%s=%d' % (name, value) for name, value in
                 (('days', self.days), ('seconds', self.seconds),
                  ('microseconds', self.microseconds)) if value]
        return '%s(%s)' % (_type_label(self), ', '.join(parts) or '0')

    def __str__(self):
        days, rest = divmod(self._micros, _DAY)
        hours, minutes, seconds, micros = _split_clock(rest)
        text = '%d:%02d:%02d' % (hours, minutes, seconds)
        if micros:
            text += '.%06d' % micros
        if days:
            text = '%d day%s, %s' % (days, '' if abs(days) == 1 else 's', text)
        return text

    def __format__(self, spec):
        if not isinstance(spec, str):
            raise TypeError("__format__() argument 1 must be str, not %s"
                            % type(spec).__name__)
        if spec:
            raise TypeError("unsupported format string passed to %s.__format__"
                            % _type_label(self))
        return str(self)

    def __bool__(self):
        return self._micros != 0

    def __hash__(self):
        return hash(('timedelta', self._micros))

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._micros == other._micros
        return NotImplemented

    def _order_keys(self, other):
        if isinstance(other, timedelta):
            return self._micros, other._micros
        return None

    def __pos__(self):
        return _duration(self._micros)

    def __neg__(self):
        return _duration(-self._micros)

    def __abs__(self):
        return _duration(abs(self._micros))

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _duration(self._micros + other._micros)
        if isinstance(other, date):
            return NotImplemented       # date.__radd__ adds
        return _decline('+', self, other)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return _duration(other._micros + self._micros)
        raise _operand_error('+', other, self)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _duration(self._micros - other._micros)
        return _decline('-', self, other)

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _duration(other._micros - self._micros)
        raise _operand_error('-', other, self)

    def _scaled(self, factor):
        if isinstance(factor, int):
            return _duration(self._micros * factor)
        if isinstance(factor, float):
            top, bottom = factor.as_integer_ratio()
            return _duration(_div_round_even(self._micros * top, bottom))
        return None

    def __mul__(self, other):
        product = self._scaled(other)
        if product is not None:
            return product
        if isinstance(other, _SEQUENCE_TYPES):
            raise TypeError("can't multiply sequence by non-int of type '%s'"
                            % _type_label(self))
        return _decline('*', self, other)

    def __rmul__(self, other):
        product = self._scaled(other)
        if product is not None:
            return product
        if isinstance(other, _SEQUENCE_TYPES):
            raise TypeError("can't multiply sequence by non-int of type '%s'"
                            % _type_label(self))
        raise _operand_error('*', other, self)

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._micros / other._micros
        if isinstance(other, int):
            return _duration(_div_round_even(self._micros, other))
        if isinstance(other, float):
            top, bottom = other.as_integer_ratio()
            return _duration(_div_round_even(self._micros * bottom, top))
        return _decline('/', self, other)

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._micros // other._micros
        if isinstance(other, int):
            return _duration(self._micros // other)
        return _decline('//', self, other)

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _duration(self._micros % other._micros)
        return _decline('%', self, other)

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            quotient, remainder = divmod(self._micros, other._micros)
            return quotient, _duration(remainder)
        return _decline('divmod()', self, other)

    def __rtruediv__(self, other):
        raise _operand_error('/', other, self)

    def __rfloordiv__(self, other):
        raise _operand_error('//', other, self)

    def __rmod__(self, other):
        raise _operand_error('%', other, self)

    def __rdivmod__(self, other):
        raise _operand_error('divmod()', other, self)

    def __pow__(self, other, modulo=None):
        return _decline('** or pow()', self, other)

    def __rpow__(self, other):
        raise _operand_error('** or pow()', other, self)

    def __reduce__(self):
        return type(self), (self.days, self.seconds, self.microseconds)


timedelta.min = _duration(-_MAX_DAYS * _DAY)
timedelta.max = _duration((_MAX_DAYS + 1) * _DAY - 1)
timedelta.resolution = _duration(1)


# ---------------------------------------------------------------------------------------------
# date

def _plain_date(day_number, ymd):
    made = object.__new__(date)
    made._day_number = day_number
    made._ymd = ymd
    return made


def _date_like(original, day_number):
    """A date of original's class on another day; subclasses go through their constructor."""
    if not 1 <= day_number <= _cal.MAX_ORDINAL:
        raise OverflowError("date value out of range")
    ymd = _cal.from_ordinal(day_number)
    if type(original) is date:
        return _plain_date(day_number, ymd)
    return type(original)(*ymd)


def _seconds_of_timestamp(t):
    """A POSIX timestamp argument as (whole seconds, microseconds), rounded half to even."""
    if isinstance(t, int):
        return int(t), 0
    if not isinstance(t, float):
        converter = getattr(type(t), '__float__', None)
        if converter is None:
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(t).__name__)
        t = converter(t)
    if t != t:
        raise ValueError("Invalid value NaN (not a number)")
    if t in (float('inf'), float('-inf')) or abs(t) > 1e18:
        raise OverflowError("timestamp out of range for platform time_t")
    top, bottom = t.as_integer_ratio()
    return divmod(_div_round_even(top * _SECOND, bottom), _SECOND)


def _local_fields(seconds):
    """(year, month, day, hour, minute, second) of local time at a POSIX second."""
    try:
        fields = _time.localtime(seconds)
    except (OverflowError, OSError, ValueError):
        raise OverflowError("timestamp out of range for platform time_t") from None
    return tuple(fields[:6])


class date:
    """A day of the Gregorian calendar, extended back to year 1: date(year, month, day)."""

    __slots__ = ('_day_number', '_ymd')

    def __new__(cls, year=_ABSENT, month=_ABSENT, day=_ABSENT):
        _required(year, 'year', 1)
        _required(month, 'month', 2)
        _required(day, 'day', 3)
        made = object.__new__(cls)
        made._day_number, made._ymd = _day_number_of(year, month, day)
        return made

    @classmethod
    def fromtimestamp(cls, t):
        """The local date of a POSIX timestamp, such as time.time() returns."""
        seconds, _ = _seconds_of_timestamp(t)
        return cls(*_local_fields(seconds)[:3])

    @classmethod
    def today(cls):
        """Today's local date (for datetime: the local date and time now)."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """The date of a day number (date(1, 1, 1) is day 1)."""
        n = _as_int(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        return cls(*_cal.from_ordinal(n))

    @classmethod
    def fromisoformat(cls, date_string):
        """A date from YYYY-MM-DD, YYYYMMDD, YYYY-Www-D and the other ISO 8601 forms of a
        calendar or week date."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            fields = _iso.parse_date(date_string)
        except _iso.Malformed:
            raise ValueError('Invalid isoformat string: %r' % (date_string,)) from None
        return cls(*fields)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """The date of an ISO year, week number and weekday (the inverse of isocalendar())."""
        day_number = _cal.from_iso_week_date(_as_int(year), _as_int(week), _as_int(day))
        return cls(*_cal.from_ordinal(day_number))

    @property
    def year(self):
        return self._ymd[0]

    @property
    def month(self):
        return self._ymd[1]

    @property
    def day(self):
        return self._ymd[2]

    def toordinal(self):
        """The day number: date(1, 1, 1) is 1."""
        return self._day_number

    def weekday(self):
        """Monday is 0 and Sunday is 6."""
        return _cal.weekday(self._day_number)

    def isoweekday(self):
        """Monday is 1 and Sunday is 7."""
        return _cal.weekday(self._day_number) + 1

    def isocalendar(self):
        """The ISO 8601 (year, week, weekday) as a named tuple; week 1 is the week holding
        the year's first Thursday."""
        return _IsoCalendarDate(*_cal.iso_week_date(self._day_number))

    def timetuple(self):
        """The date as a time.struct_time (at midnight, DST unknown)."""
        year, month, day = self._ymd
        return _time.struct_time((year, month, day, 0, 0, 0, self.weekday(),
                                  _cal.day_of_year(year, month, day), -1))

    def replace(self, year=_ABSENT, month=_ABSENT, day=_ABSENT):
        """The same date with the given fields changed."""
        return type(self)(*_updated(self._ymd, (year, month, day)))

    def isoformat(self):
        """'YYYY-MM-DD'"""
        return '%04d-%02d-%02d' % self._ymd

    __str__ = isoformat

    def __repr__(self):
        return '%s(%d, %d, %d)' % ((_type_label(self),) + self._ymd)

    def ctime(self):
        """In the form of time.ctime(): 'Sat Jan  1 00:00:00 2000'."""
        return self._ctime_with('00:00:00')

    def _ctime_with(self, clock):
        year, month, day = self._ymd
        return '%s %s %2d %s %04d' % (_cal.DAY_NAMES[self.weekday()][:3],
                                      _cal.MONTH_NAMES[month - 1][:3], day, clock, year)

    def _strftime_tuple(self):
        return self.timetuple()

    def strftime(self, fmt):
        """The date formatted by the directives of time.strftime()."""
        return _format_with(self, fmt)

    def __format__(self, spec):
        return _format_spec(self, spec)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._day_number == other._day_number
        return NotImplemented

    def __hash__(self):
        return hash(('date', self._day_number))

    def _order_keys(self, other):
        if isinstance(other, datetime):
            raise TypeError("can't compare %s to %s" % (_type_label(other), _type_label(self)))
        if isinstance(other, date):
            return self._day_number, other._day_number
        return None

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _date_like(self, self._day_number + other.days)
        return _decline('+', self, other)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self + other
        raise _operand_error('+', other, self)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _date_like(self, self._day_number - other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return _duration((self._day_number - other._day_number) * _DAY)
        return _decline('-', self, other)

    def __rsub__(self, other):
        raise _operand_error('-', other, self)

    def __reduce__(self):
        return type(self), self._ymd


_add_ordering(date)


class _IsoCalendarDate(tuple):
    """(year, week, weekday) of the ISO calendar, also readable by those names."""

    def __new__(cls, year, week, weekday, /):
        return tuple.__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return 'datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)' % tuple(self)

    def __reduce__(self):
        # unpickles as a plain tuple, as CPython's does
        return tuple, (tuple(self),)


_IsoCalendarDate.__name__ = _IsoCalendarDate.__qualname__ = 'IsoCalendarDate'

date.min = _plain_date(1, (1, 1, 1))
date.max = _plain_date(_cal.MAX_ORDINAL, (MAXYEAR, 12, 31))
date.resolution = _duration(_DAY)


# ---------------------------------------------------------------------------------------------
# tzinfo and timezone

class tzinfo:
    """Abstract base class for time zone info objects: subclasses say what utcoffset(),
    dst() and tzname() are at a given datetime."""

    __slots__ = ()

    def tzname(self, dt):
        """The name of the time zone at dt, e.g. 'CET'."""
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        """The offset from UTC at dt, positive east of UTC, DST included."""
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        """The daylight saving part of utcoffset(dt)."""
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        """dt, a UTC time labelled with this tzinfo, as local time of this zone."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tz is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        total = dt.utcoffset()
        if total is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        saving = dt.dst()
        if saving is None:
            raise ValueError("fromutc: non-None dst() result required")
        # Shift by the standard offset first, then by the saving in force at that moment.
        standard_time = dt + (total - saving)
        saving = standard_time.dst()
        if saving is None:
            raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return standard_time + saving

    def __reduce__(self):
        initargs = getattr(self, '__getinitargs__', None)
        return type(self), (initargs() if initargs else ()), getattr(self, '__dict__', None)


_LARGEST_OFFSET = _DAY - 1


def _plain_timezone(micros, name):
    made = tzinfo.__new__(timezone)
    made._offset = _duration(micros)
    made._name = name
    return made


class timezone(tzinfo):
    """A fixed offset from UTC: timezone(offset[, name]), offset a timedelta strictly
    between -24 and 24 hours."""

    __slots__ = ('_offset', '_name')

    def __new__(cls, offset, name=_ABSENT):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % type(offset).__name__)
        if name is _ABSENT:
            name = None
            if not offset:
                return cls.utc
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s"
                            % ('None' if name is None else type(name).__name__))
        if not -_LARGEST_OFFSET <= offset._micros <= _LARGEST_OFFSET:
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24)"
                             " and timedelta(hours=24), not %r." % (offset,))
        made = tzinfo.__new__(cls)
        made._offset = offset
        made._name = name
        return made

    def _check_argument(self, dt, method):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("%s(dt) argument must be a datetime instance or None, not %s"
                            % (method, type(dt).__name__))

    def utcoffset(self, dt):
        self._check_argument(dt, 'utcoffset')
        return self._offset

    def dst(self, dt):
        self._check_argument(dt, 'dst')
        return None

    def tzname(self, dt):
        self._check_argument(dt, 'tzname')
        if self._name is not None:
            return self._name
        micros = self._offset._micros
        return 'UTC' + _offset_text(micros) if micros else 'UTC'

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tz is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    # Equal offsets are equal zones, whatever their names.
    def __eq__(self, other):
        return self._offset == other._offset if isinstance(other, timezone) else NotImplemented

    def __hash__(self):
        return hash(('timezone', self._offset._micros))

    def __repr__(self):
        if self is timezone.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return 'datetime.timezone(%r)' % (self._offset,)
        return 'datetime.timezone(%r, %r)' % (self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def __getinitargs__(self):
        return (self._offset,) if self._name is None else (self._offset, self._name)

    def __reduce__(self):
        return type(self), self.__getinitargs__()


timezone.utc = _plain_timezone(0, None)
timezone.min = _plain_timezone(-(23 * _HOUR + 59 * _MINUTE), None)
timezone.max = _plain_timezone(23 * _HOUR + 59 * _MINUTE, None)
UTC = timezone.utc


# ---------------------------------------------------------------------------------------------
# time

def _field_repr(label, shown_fields, tz, fold, fold_first):
    """'label(a, b, ...)' plus tzinfo= and fold= in the order CPython writes them."""
    extras = []
    if tz is not None:
        extras.append('tzinfo=%r' % (tz,))
    if fold:
        extras.insert(0 if fold_first else len(extras), 'fold=1')
    return '%s(%s)' % (label, ', '.join([str(value) for value in shown_fields] + extras))


def _unpickle_folded(cls, args):
    return cls(*args, fold=1)


def _pickled(obj, args):
    if obj._fold:
        return _unpickle_folded, (type(obj), args)
    return type(obj), args


@_add_ordering
class time:
    """A time of day: time(hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *,
    fold=0). fold=1 marks the second of two equal wall times (when clocks go back)."""

    __slots__ = ('_clock', '_tz', '_fold')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        made = object.__new__(cls)
        made._clock = _clock_from_fields(hour, minute, second, microsecond)
        made._tz = _checked_tzinfo(tzinfo)
        made._fold = _checked_fold(fold)
        return made

    @classmethod
    def fromisoformat(cls, time_string):
        """A time from HH[:MM[:SS[.fff]]][+HH:MM] and the other ISO 8601 time forms."""
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        text = time_string[1:] if time_string[:1] == 'T' else time_string
        try:
            hour, minute, second, micro, offset = _iso.parse_time(text)
        except _iso.Malformed:
            raise ValueError('Invalid isoformat string: %r' % (time_string,)) from None
        return cls(hour, minute, second, micro, _zone_of_offset(offset))

    hour = property(lambda self: self._clock // _HOUR, doc="hour (0-23)")
    minute = property(lambda self: self._clock // _MINUTE % 60, doc="minute (0-59)")
    second = property(lambda self: self._clock // _SECOND % 60, doc="second (0-59)")
    microsecond = property(lambda self: self._clock % _SECOND, doc="microsecond (0-999999)")
    tzinfo = property(lambda self: self._tz, doc="timezone info object")
    fold = property(lambda self: self._fold)

    def utcoffset(self):
        """The tzinfo's utcoffset(None); None for a naive time."""
        return _ask_zone(self._tz, 'utcoffset', None)

    def dst(self):
        """The tzinfo's dst(None); None for a naive time."""
        return _ask_zone(self._tz, 'dst', None)

    def tzname(self):
        """The tzinfo's tzname(None); None for a naive time."""
        return _ask_zone(self._tz, 'tzname', None)

    def _utc_clock(self):
        """Microseconds since midnight UTC (may leave 0..1 day), None when naive."""
        offset = self.utcoffset()
        return None if offset is None else self._clock - offset._micros

    def __eq__(self, other):
        if not isinstance(other, time):
            return NotImplemented
        if self._tz is other._tz:
            return self._clock == other._clock
        mine, theirs = self._utc_clock(), other._utc_clock()
        if (mine is None) != (theirs is None):
            return False
        if mine is None:
            return self._clock == other._clock
        return mine == theirs

    def _order_keys(self, other):
        if not isinstance(other, time):
            return None
        if self._tz is other._tz:
            return self._clock, other._clock
        mine, theirs = self._utc_clock(), other._utc_clock()
        if (mine is None) != (theirs is None):
            raise TypeError("can't compare offset-naive and offset-aware times")
        if mine is None:
            return self._clock, other._clock
        return mine, theirs

    def __hash__(self):
        utc = self._utc_clock()
        return hash(('time', self._clock if utc is None else utc))

    def isoformat(self, timespec='auto'):
        """'HH:MM:SS.ffffff+HH:MM' (no fraction when it is 0, no offset when naive);
        timespec: 'auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds'."""
        text = _clock_text(self._clock, timespec)
        offset = self.utcoffset()
        if offset is not None:
            text += _offset_text(offset._micros)
        return text

    __str__ = isoformat

    def __repr__(self):
        hour, minute, second, micro = _split_clock(self._clock)
        shown = [hour, minute] + ([second, micro] if micro else [second] if second else [])
        return _field_repr(_type_label(self), shown, self._tz, self._fold, False)

    def _strftime_tuple(self):
        hour, minute, second, _ = _split_clock(self._clock)
        return (1900, 1, 1, hour, minute, second, 0, 1, -1)

    def strftime(self, fmt):
        """The time formatted by time.strftime() directives, on the date 1900-01-01."""
        return _format_with(self, fmt)

    def __format__(self, spec):
        return _format_spec(self, spec)

    def replace(self, hour=_ABSENT, minute=_ABSENT, second=_ABSENT, microsecond=_ABSENT,
                tzinfo=True, *, fold=_ABSENT):
        """The same time with the given fields changed (tzinfo=None makes it naive)."""
        fields = _updated(_split_clock(self._clock), (hour, minute, second, microsecond))
        return type(self)(*fields, self._tz if tzinfo is True else tzinfo,
                          fold=self._fold if fold is _ABSENT else fold)

    def __reduce__(self):
        args = _split_clock(self._clock) + ((self._tz,) if self._tz is not None else ())
        return _pickled(self, args)


time.min = time(0)
time.max = time(23, 59, 59, 999999)
time.resolution = _duration(1)


def _zone_of_offset(offset_micros):
    if offset_micros is None:
        return None
    return timezone(_duration(offset_micros))


# ---------------------------------------------------------------------------------------------
# datetime

def _split_instant(micros):
    """(day number, microseconds since midnight) of microseconds counted from day 0."""
    return divmod(micros, _DAY)


def _epoch_seconds_to_day(seconds):
    return divmod(seconds, 86400)


def _local_offset_at(seconds):
    """The local UTC offset, in seconds, at a POSIX second."""
    year, month, day, hour, minute, second = _local_fields(seconds)
    local = (_cal.to_ordinal(year, month, day) - _EPOCH_DAY) * 86400 \
        + hour * 3600 + minute * 60 + second
    return local - seconds


def _local_zone_at(seconds):
    """The system's zone at a POSIX second as a fixed timezone, named when the name is
    known."""
    try:
        fields = _time.localtime(seconds)
    except (OverflowError, OSError, ValueError):
        raise OverflowError("timestamp out of range for platform time_t") from None
    offset = getattr(fields, 'tm_gmtoff', None)
    if offset is None:
        offset = _local_offset_at(seconds)
    name = getattr(fields, 'tm_zone', None)
    delta = timedelta(seconds=offset)
    return timezone(delta, name) if name else timezone(delta)


def _instants_of_local(wall):
    """The POSIX seconds at which local time reads `wall` (its seconds as if it were UTC),
    earliest first: none in a gap, two when clocks went back. Offsets a day before and after
    bracket any one transition."""
    found = []
    for probe in (wall - 86400, wall + 86400):
        candidate = wall - _local_offset_at(probe)
        if candidate not in found and candidate + _local_offset_at(candidate) == wall:
            found.append(candidate)
    return sorted(found)


def _local_to_posix(wall, fold):
    """POSIX seconds of a naive local wall time, fold choosing between two readings, and in
    a gap the offset from before the gap (fold=0) or after it (fold=1)."""
    instants = _instants_of_local(wall)
    if instants:
        return instants[-1] if fold and len(instants) > 1 else instants[0]
    before = wall - _local_offset_at(wall - 86400)
    after = wall - _local_offset_at(wall + 86400)
    return after if fold else before


def _build_datetime(cls, day_number, clock, tz, fold=0):
    """A datetime of class cls; subclasses go through their constructor."""
    if not 1 <= day_number <= _cal.MAX_ORDINAL:
        raise OverflowError("date value out of range")
    ymd = _cal.from_ordinal(day_number)
    if cls is datetime:
        made = object.__new__(datetime)
        made._day_number, made._ymd = day_number, ymd
        made._clock, made._tz, made._fold = clock, tz, fold
        return made
    if fold:
        return cls(*(ymd + _split_clock(clock)), tz, fold=fold)
    return cls(*(ymd + _split_clock(clock)), tz)


class datetime(date):
    """A date with a time of day: datetime(year, month, day[, hour[, minute[, second[,
    microsecond[, tzinfo]]]]], *, fold=0)."""

    __slots__ = ('_clock', '_tz', '_fold')

    def __new__(cls, year=_ABSENT, month=_ABSENT, day=_ABSENT, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        _required(year, 'year', 1)
        _required(month, 'month', 2)
        _required(day, 'day', 3)
        made = object.__new__(cls)
        made._day_number, made._ymd = _day_number_of(year, month, day)
        made._clock = _clock_from_fields(hour, minute, second, microsecond)
        made._tz = _checked_tzinfo(tzinfo)
        made._fold = _checked_fold(fold)
        return made

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    def _instant(self):
        """Microseconds from day 0 of the wall time shown."""
        return self._day_number * _DAY + self._clock

    # -- constructors from the clock

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """The local date and time of a POSIX timestamp; given tz, that zone's time."""
        _checked_tzinfo(tz)
        seconds, micro = _seconds_of_timestamp(t)
        if tz is not None:
            days, rest = _epoch_seconds_to_day(seconds)
            utc = _build_datetime(cls, _EPOCH_DAY + days, rest * _SECOND + micro, tz)
            return tz.fromutc(utc)
        fields = _local_fields(seconds)
        wall = (_cal.to_ordinal(*fields[:3]) - _EPOCH_DAY) * 86400 \
            + fields[3] * 3600 + fields[4] * 60 + fields[5]
        # fold=1 when the same wall time was already shown under a larger offset
        earlier_offset = _local_offset_at(seconds - 86400)
        shift = earlier_offset - (wall - seconds)
        fold = 0
        if shift > 0 and seconds - shift + _local_offset_at(seconds - shift) == wall:
            fold = 1
        return _build_datetime(cls, _cal.to_ordinal(*fields[:3]),
                               (fields[3] * 3600 + fields[4] * 60 + fields[5]) * _SECOND
                               + micro, None, fold)

    @classmethod
    def utcfromtimestamp(cls, t):
        """The UTC date and time of a POSIX timestamp, naive."""
        seconds, micro = _seconds_of_timestamp(t)
        days, rest = _epoch_seconds_to_day(seconds)
        return _build_datetime(cls, _EPOCH_DAY + days, rest * _SECOND + micro, None)

    @classmethod
    def now(cls, tz=None):
        """The current local date and time; given tz, the current time in that zone."""
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        """The current UTC date and time, naive."""
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """The datetime of a date and a time; the time's tzinfo unless one is given."""
        if not isinstance(date, _date_type):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % type(date).__name__)
        if not isinstance(time, _time_type):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % type(time).__name__)
        tz = time._tz if tzinfo is True else _checked_tzinfo(tzinfo)
        return _build_datetime(cls, date._day_number, time._clock, tz, time._fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """A datetime from an ISO 8601 date, then optionally one separator character and a
        time as time.fromisoformat() reads it."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            date_text, time_text = _iso.split_datetime(date_string)
            ymd = _iso.parse_date(date_text)
            clock = _iso.parse_time(time_text) if time_text is not None else (0, 0, 0, 0, None)
        except _iso.Malformed:
            raise ValueError('Invalid isoformat string: %r' % (date_string,)) from None
        return cls(*ymd, *clock[:4], _zone_of_offset(clock[4]))

    @classmethod
    def strptime(cls, date_string, format):
        """The datetime that date_string shows in the given format (directives as for
        strftime), e.g. datetime.strptime('2024-01-05', '%Y-%m-%d')."""
        import _pygil_datetime_strptime
        fields = _pygil_datetime_strptime.parse(date_string, format)
        offset, zone = fields[7], fields[8]
        tz = None
        if offset is not None:
            delta = timedelta(seconds=offset[0], microseconds=offset[1])
            tz = timezone(delta, zone) if zone else timezone(delta)
        return cls(*fields[:7], tz)

    # -- parts and conversions

    def date(self):
        """The date part."""
        return _plain_date(self._day_number, self._ymd)

    def time(self):
        """The time part, naive."""
        return time(*_split_clock(self._clock), fold=self._fold)

    def timetz(self):
        """The time part with this datetime's tzinfo."""
        return time(*_split_clock(self._clock), self._tz, fold=self._fold)

    def utcoffset(self):
        """The tzinfo's utcoffset(self); None for a naive datetime."""
        return _ask_zone(self._tz, 'utcoffset', self)

    def dst(self):
        """The tzinfo's dst(self); None for a naive datetime."""
        return _ask_zone(self._tz, 'dst', self)

    def tzname(self):
        """The tzinfo's tzname(self); None for a naive datetime."""
        return _ask_zone(self._tz, 'tzname', self)

    def _offset_or_none(self):
        offset = self.utcoffset()
        return None if offset is None else offset._micros

    def timetuple(self):
        """The datetime as a time.struct_time; tm_isdst from dst() (-1 when unknown)."""
        saving = self.dst()
        flag = -1 if saving is None else (1 if saving else 0)
        year, month, day = self._ymd
        hour, minute, second, _ = _split_clock(self._clock)
        return _time.struct_time((year, month, day, hour, minute, second, self.weekday(),
                                  _cal.day_of_year(year, month, day), flag))

    def utctimetuple(self):
        """timetuple() of the same moment in UTC (of the naive value as it is)."""
        offset = self._offset_or_none() or 0
        day_number, clock = _split_instant(self._instant() - offset)
        if not 1 <= day_number <= _cal.MAX_ORDINAL:
            raise OverflowError("date value out of range")
        year, month, day = _cal.from_ordinal(day_number)
        hour, minute, second, _ = _split_clock(clock)
        return _time.struct_time((year, month, day, hour, minute, second,
                                  _cal.weekday(day_number),
                                  _cal.day_of_year(year, month, day), 0))

    def _posix_micros(self):
        """Microseconds since the POSIX epoch; a naive datetime is local time."""
        offset = self._offset_or_none()
        if offset is None:
            wall = (self._day_number - _EPOCH_DAY) * 86400 + self._clock // _SECOND
            return _local_to_posix(wall, self._fold) * _SECOND + self._clock % _SECOND
        return self._instant() - offset - _EPOCH_DAY * _DAY

    def timestamp(self):
        """POSIX timestamp as a float."""
        offset = self._offset_or_none()
        if offset is None:
            wall = (self._day_number - _EPOCH_DAY) * 86400 + self._clock // _SECOND
            return _local_to_posix(wall, self._fold) + self.microsecond / 1e6
        return (self._instant() - offset - _EPOCH_DAY * _DAY) / _SECOND

    def astimezone(self, tz=None):
        """The same moment as an aware datetime in tz (by default the system's zone as it
        stands at that moment); a naive datetime is taken as local time."""
        _checked_tzinfo(tz)
        if tz is not None and tz is self._tz:
            return self
        offset = self._offset_or_none()
        if offset is None:
            offset = _local_offset_at(self._posix_micros() // _SECOND) * _SECOND
        day_number, clock = _split_instant(self._instant() - offset)
        if tz is None:
            tz = _local_zone_at((day_number - _EPOCH_DAY) * 86400 + clock // _SECOND)
        return tz.fromutc(_build_datetime(type(self), day_number, clock, tz))

    def replace(self, year=_ABSENT, month=_ABSENT, day=_ABSENT, hour=_ABSENT, minute=_ABSENT,
                second=_ABSENT, microsecond=_ABSENT, tzinfo=True, *, fold=_ABSENT):
        """The same datetime with the given fields changed (tzinfo=None makes it naive)."""
        fields = _updated(self._ymd + _split_clock(self._clock),
                          (year, month, day, hour, minute, second, microsecond))
        return type(self)(*fields, self._tz if tzinfo is True else tzinfo,
                          fold=self._fold if fold is _ABSENT else fold)

    # -- text

    def isoformat(self, sep='T', timespec='auto'):
        """'YYYY-MM-DDTHH:MM:SS.ffffff+HH:MM' (no fraction when 0, no offset when naive);
        sep is one character, timespec as for time.isoformat()."""
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not %s"
                            % type(sep).__name__)
        text = '%04d-%02d-%02d' % self._ymd + sep + _clock_text(self._clock, timespec)
        offset = self._offset_or_none()
        if offset is not None:
            text += _offset_text(offset)
        return text

    def __str__(self):
        return self.isoformat(' ')

    def __repr__(self):
        hour, minute, second, micro = _split_clock(self._clock)
        shown = list(self._ymd) + [hour, minute] + (
            [second, micro] if micro else [second] if second else [])
        return _field_repr(_type_label(self), shown, self._tz, self._fold, True)

    def ctime(self):
        """In the form of time.ctime(): 'Sat Jan  1 13:04:05 2000'."""
        return self._ctime_with('%02d:%02d:%02d' % _split_clock(self._clock)[:3])

    # -- comparison and hashing

    def _offset_depends_on_fold(self):
        flipped = self.replace(fold=1 - self._fold)
        return flipped._offset_or_none() != self._offset_or_none()

    def __eq__(self, other):
        if isinstance(other, datetime):
            if self._tz is other._tz:
                return self._instant() == other._instant()
            mine, theirs = self._offset_or_none(), other._offset_or_none()
            if (mine is None) != (theirs is None):
                return False
            if mine is None:
                return self._instant() == other._instant()
            # two readings of an ambiguous wall time never equal a time in another zone
            if self._offset_depends_on_fold() or other._offset_depends_on_fold():
                return False
            return self._instant() - mine == other._instant() - theirs
        if isinstance(other, date):
            return False
        return NotImplemented

    def _order_keys(self, other):
        if not isinstance(other, date):
            return None
        if not isinstance(other, datetime):
            raise TypeError("can't compare %s to %s" % (_type_label(self), _type_label(other)))
        if self._tz is other._tz:
            return self._instant(), other._instant()
        mine, theirs = self._offset_or_none(), other._offset_or_none()
        if (mine is None) != (theirs is None):
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        if mine is None:
            return self._instant(), other._instant()
        return self._instant() - mine, other._instant() - theirs

    def __hash__(self):
        plain = self.replace(fold=0) if self._fold else self
        offset = plain._offset_or_none()
        if offset is None:
            return hash(('datetime', self._instant()))
        return hash(('datetime', self._instant() - offset))

    # -- arithmetic

    def __add__(self, other):
        if isinstance(other, timedelta):
            day_number, clock = _split_instant(self._instant() + other._micros)
            return _build_datetime(type(self), day_number, clock, self._tz)
        return _decline('+', self, other)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            day_number, clock = _split_instant(self._instant() - other._micros)
            return _build_datetime(type(self), day_number, clock, self._tz)
        if not isinstance(other, datetime):
            return _decline('-', self, other)
        difference = self._instant() - other._instant()
        if self._tz is not other._tz:
            mine, theirs = self._offset_or_none(), other._offset_or_none()
            if (mine is None) != (theirs is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if mine is not None:
                difference += theirs - mine
        return _duration(difference)

    def __reduce__(self):
        args = self._ymd + _split_clock(self._clock) + (
            (self._tz,) if self._tz is not None else ())
        return _pickled(self, args)


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(MAXYEAR, 12, 31, 23, 59, 59, 999999)
datetime.resolution = _duration(1)

_date_type = date
_time_type = time
_PUBLIC_TYPES = (timedelta, date, time, datetime, tzinfo, timezone)
for _cls in _PUBLIC_TYPES:
    _pygil_types.set_c_name(_cls, 'datetime.' + _cls.__name__)
# CPython's datetime is C code (_datetime): no frame of this module shows in a traceback
_pygil_types.hide_frames(*[_v for _v in list(globals().values())
                           if callable(_v) and getattr(_v, '__module__', None) == __name__])
