"""Dates, times and durations.

    date(2024, 1, 5)                       a day of the (proleptic Gregorian) calendar
    time(12, 30)                           a time of day
    datetime(2024, 1, 5, 12, 30)           both
    timedelta(days=1, hours=2)             a duration: days, seconds, microseconds
    timezone(timedelta(hours=1))           a fixed offset from UTC (timezone.utc)

A datetime or time is "naive" without a tzinfo and "aware" with one. Naive values are taken
to be local time where it matters (timestamp(), astimezone()).

How it is built:
- A date is counted as an ordinal: day 1 is 0001-01-01. Adding a timedelta, subtracting two
  dates, weekday() all go through ordinals.
- A timedelta is kept as (days, seconds, microseconds) with 0 <= seconds < 86400 and
  0 <= microseconds < 10**6; only days may be negative. The constructor adds everything up
  in exact integer arithmetic (floats by their exact fractions) and rounds the microseconds
  half to even once, at the end.
- strftime() and strptime() are written here for the C locale (English names), with the
  directives of the C library on Linux.
- The current time comes from the `time` module: time.time(), time.localtime(),
  time.gmtime().

This module was written for pygil from the documented behaviour of CPython 3.11's datetime.
"""

import time as _time
import math as _math
import sys as _sys

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR",
           "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059   # date.max.toordinal()

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_total = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_total)
    _total += _dim
del _total, _dim

_MONTH_NAMES = [None, "January", "February", "March", "April", "May", "June", "July",
                "August", "September", "October", "November", "December"]
_MONTH_ABBRS = [None] + [name[:3] for name in _MONTH_NAMES[1:]]
_DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_DAY_ABBRS = [name[:3] for name in _DAY_NAMES]

_US_PER_SECOND = 1000000
_US_PER_DAY = 86400 * _US_PER_SECOND


# ---------------------------------------------------------------------------------------------
# Calendar arithmetic

def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_year(year):
    """Days in the years before `year` (from year 1)."""
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd2ord(year, month, day):
    """The ordinal of a date: 0001-01-01 is 1."""
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ord2ymd(n):
    """(year, month, day) of ordinal n."""
    # An estimate from the average year length, then corrected (it is off by at most one).
    year = (n * 400) // 146097 + 1
    while _days_before_year(year) >= n:
        year -= 1
    while _days_before_year(year + 1) < n:
        year += 1
    day_of_year = n - _days_before_year(year)     # 1-based
    month = min(12, day_of_year // 29 + 1)
    while _days_before_month(year, month) >= day_of_year:
        month -= 1
    return year, month, day_of_year - _days_before_month(year, month)


def _iso_week1_monday(year):
    """The ordinal of the Monday of ISO week 1 (the week with the year's first Thursday)."""
    first_day = _ymd2ord(year, 1, 1)
    first_weekday = (first_day + 6) % 7     # Monday is 0
    week1_monday = first_day - first_weekday
    if first_weekday > 3:   # Jan 1 is Friday..Sunday: week 1 starts the next Monday
        week1_monday += 7
    return week1_monday


def _isocalendar(year, month, day):
    today = _ymd2ord(year, month, day)
    week1_monday = _iso_week1_monday(year)
    week, weekday = divmod(today - week1_monday, 7)
    if week < 0:
        year -= 1
        week, weekday = divmod(today - _iso_week1_monday(year), 7)
    elif week >= 52 and today >= _iso_week1_monday(year + 1):
        year += 1
        week = 0
    return year, week + 1, weekday + 1


def _isocalendar_to_ymd(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("Year is out of range: %d" % (year,))
    if not 0 < week < 53:
        out_of_range = True
        if week == 53:
            # A year has 53 weeks when it starts on a Thursday, or on a Wednesday in a
            # leap year.
            first_weekday = _ymd2ord(year, 1, 1) % 7
            if first_weekday == 4 or (first_weekday == 3 and _is_leap(year)):
                out_of_range = False
        if out_of_range:
            raise ValueError("Invalid week: %d" % (week,))
    if not 0 < day < 8:
        raise ValueError("Invalid day: %d (range is [1, 7])" % (day,))
    ordinal = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
    return _ord2ymd(ordinal)


# ---------------------------------------------------------------------------------------------
# Argument checks

def _index(value):
    """value as an int, the way C functions take integer arguments."""
    if isinstance(value, int):
        return int(value)
    index = getattr(type(value), '__index__', None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % (type(value).__name__,))
    return index(value)


def _check_date_fields(year, month, day):
    year = _index(year)
    month = _index(month)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % (year,))
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _index(hour)
    minute = _index(minute)
    second = _index(second)
    microsecond = _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _check_tzinfo_arg(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % (type(tz).__name__,))


def _check_utc_offset(name, offset):
    """A utcoffset()/dst() result must be None or a timedelta of less than a day."""
    if offset is None:
        return
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(offset).__name__))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                         "and timedelta(hours=24).")


def _ask_tzinfo(tzinfo, method, arg):
    """tzinfo.utcoffset/dst/tzname(arg) for a time (arg None) or a datetime (arg itself),
    checked as CPython checks what a tzinfo returns; None for a naive value."""
    if tzinfo is None:
        return None
    answer = getattr(tzinfo, method)(arg)
    if method == "tzname":
        _check_tzname(answer)
    else:
        _check_utc_offset(method, answer)
    return answer


def _missing(name, position):
    raise TypeError("function missing required argument '%s' (pos %d)" % (name, position))


_NOT_GIVEN = object()


# The names of our types in messages, as CPython's C types call themselves.
def _tp_name(obj):
    t = type(obj)
    if t in _OWN_TYPES:
        return 'datetime.' + t.__name__
    return t.__name__


def _refuse(op, left, right, reflected=False):
    """The error of an arithmetic operator for operands it does not support.

    Raised here, with the C type names in the message, when the other operand is a
    built-in type (which would refuse too) -- or, for a reflected operation, one of ours.
    Otherwise NotImplemented gives the other operand its turn."""
    other = left if reflected else right
    if type(other).__module__ == 'builtins' or (reflected and isinstance(other, _OWN_BASES)):
        raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'"
                        % (op, _tp_name(left), _tp_name(right)))
    return NotImplemented


def _refuse_compare(op, left, right):
    if type(right).__module__ == 'builtins':
        raise TypeError("'%s' not supported between instances of '%s' and '%s'"
                        % (op, _tp_name(left), _tp_name(right)))
    return NotImplemented


def _cmp(x, y):
    return 0 if x == y else (1 if x > y else -1)


def _divide_and_round(a, b):
    """a / b rounded half to even, for ints."""
    q, r = divmod(a, b)
    # round up if r/b > 1/2, or r/b == 1/2 and q is odd
    r *= 2
    greater_than_half = r > b if b > 0 else r < b
    if greater_than_half or (r == b and q % 2 == 1):
        q += 1
    return q


def _format_offset(off, sep=':'):
    """'+HH:MM' (with :SS and .ffffff when needed) for a timedelta offset, '' for None."""
    if off is None:
        return ''
    if off.days < 0:
        sign = '-'
        off = -off
    else:
        sign = '+'
    hh, rest = divmod(off, timedelta(hours=1))
    mm, rest = divmod(rest, timedelta(minutes=1))
    s = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if rest.seconds or rest.microseconds:
        s += '%s%02d' % (sep, rest.seconds)
        if rest.microseconds:
            s += '.%06d' % rest.microseconds
    return s


def _format_time(hh, mm, ss, us, timespec='auto'):
    specs = {
        'hours': '%02d',
        'minutes': '%02d:%02d',
        'seconds': '%02d:%02d:%02d',
        'milliseconds': '%02d:%02d:%02d.%03d',
        'microseconds': '%02d:%02d:%02d.%06d',
    }
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    elif timespec == 'milliseconds':
        us //= 1000
    try:
        fmt = specs[timespec]
    except KeyError:
        raise ValueError('Unknown timespec value')
    return fmt % (hh, mm, ss, us)[:fmt.count('%')]


def _struct_time(fields):
    struct_time = getattr(_time, 'struct_time', None)
    if struct_time is None:
        return tuple(fields)
    return struct_time(fields)


# ---------------------------------------------------------------------------------------------
# strftime

def _weekday_of(year, month, day):
    return (_ymd2ord(year, month, day) + 6) % 7


class _TimeFields:
    """Everything strftime can show, gathered from a date, time or datetime."""

    def __init__(self, year, month, day, hour, minute, second, microsecond, offset, zone,
                 timestamp):
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.microsecond = microsecond
        self.weekday = _weekday_of(year, month, day)      # Monday 0
        self.yday = _days_before_month(year, month) + day  # 1-based
        self.offset = offset
        self.zone = zone
        self.timestamp = timestamp


def _fields_for(obj):
    if isinstance(obj, datetime):
        return _TimeFields(obj.year, obj.month, obj.day, obj.hour, obj.minute, obj.second,
                           obj.microsecond, obj.utcoffset(), obj.tzname(), obj._epoch_seconds)
    if isinstance(obj, date):
        return _TimeFields(obj.year, obj.month, obj.day, 0, 0, 0, 0, None, None,
                           lambda: datetime(obj.year, obj.month, obj.day)._epoch_seconds())
    # a time: shown on 1900-01-01
    return _TimeFields(1900, 1, 1, obj.hour, obj.minute, obj.second, obj.microsecond,
                       obj.utcoffset(), obj.tzname(),
                       lambda: datetime(1900, 1, 1, obj.hour, obj.minute,
                                        obj.second)._epoch_seconds())


# (kind, value) for each directive: 'num' values are zero-padded to the given width, 'text'
# values are names, 'compound' values are formats expanded recursively.
def _directive(t, ch):
    if ch == 'a':
        return 'text', _DAY_ABBRS[t.weekday], 0
    if ch == 'A':
        return 'text', _DAY_NAMES[t.weekday], 0
    if ch in 'bh':
        return 'text', _MONTH_ABBRS[t.month], 0
    if ch == 'B':
        return 'text', _MONTH_NAMES[t.month], 0
    if ch == 'p':
        return 'text', 'AM' if t.hour < 12 else 'PM', 0
    if ch == 'P':
        return 'lower', 'am' if t.hour < 12 else 'pm', 0
    if ch == 'd':
        return 'num', t.day, 2
    if ch == 'e':
        return 'space', t.day, 2
    if ch == 'm':
        return 'num', t.month, 2
    if ch == 'y':
        return 'num', t.year % 100, 2
    if ch == 'Y':
        return 'num', t.year, 1
    if ch == 'C':
        return 'num', t.year // 100, 1
    if ch == 'H':
        return 'num', t.hour, 2
    if ch == 'k':
        return 'space', t.hour, 2
    if ch == 'I':
        return 'num', t.hour % 12 or 12, 2
    if ch == 'l':
        return 'space', t.hour % 12 or 12, 2
    if ch == 'M':
        return 'num', t.minute, 2
    if ch == 'S':
        return 'num', t.second, 2
    if ch == 'f':
        return 'num', t.microsecond, 6
    if ch == 'j':
        return 'num', t.yday, 3
    if ch == 'w':
        return 'num', (t.weekday + 1) % 7, 1
    if ch == 'u':
        return 'num', t.weekday + 1, 1
    if ch == 'U':
        sunday_based = (t.weekday + 1) % 7
        return 'num', (t.yday - 1 + 7 - sunday_based) // 7, 2
    if ch == 'W':
        return 'num', (t.yday - 1 + 7 - t.weekday) // 7, 2
    if ch in 'GgV':
        iso_year, iso_week, _ = _isocalendar(t.year, t.month, t.day)
        if ch == 'G':
            return 'num', iso_year, 1
        if ch == 'g':
            return 'num', iso_year % 100, 2
        return 'num', iso_week, 2
    if ch == 'z':
        return 'text', _format_offset(t.offset, ''), 0
    if ch == 'Z':
        return 'text', t.zone or '', 0
    if ch == 's':
        return 'num', t.timestamp(), 1
    if ch == 'c':
        return 'compound', '%a %b %e %H:%M:%S %Y', 0
    if ch in 'xD':
        return 'compound', '%m/%d/%y', 0
    if ch in 'XT':
        return 'compound', '%H:%M:%S', 0
    if ch == 'F':
        return 'compound', '%Y-%m-%d', 0
    if ch == 'R':
        return 'compound', '%H:%M', 0
    if ch == 'r':
        return 'compound', '%I:%M:%S %p', 0
    if ch == 'n':
        return 'text', '\n', 0
    if ch == 't':
        return 'text', '\t', 0
    if ch == '%':
        return 'text', '%', 0
    return None


# The directives glibc accepts after %E and after %O.
_MODIFIED = {'E': 'cCxXyY%', 'O': 'deHImMSuUVwWyBbh%'}


def _strftime(obj, fmt):
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % (type(fmt).__name__,))
    return _expand(_fields_for(obj), fmt)


def _expand(t, fmt):
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        if ch != '%' or i + 1 >= n:
            out.append(ch)
            i += 1
            continue
        # %[flags][width]directive
        j = i + 1
        flags = ''
        while j < n and fmt[j] in '-_0^#':
            flags += fmt[j]
            j += 1
        width_text = ''
        while j < n and fmt[j].isdigit():
            width_text += fmt[j]
            j += 1
        if j >= n:
            out.append(fmt[i:])
            break
        # glibc's E and O modifiers (alternative era/digits) change nothing in the C locale
        if fmt[j] in 'EO' and j + 1 < n and fmt[j + 1] in _MODIFIED[fmt[j]]:
            j += 1
        found = _directive(t, fmt[j])
        if found is None:
            # unknown directives are copied as they are
            out.append(fmt[i:j + 1])
            i = j + 1
            continue
        kind, value, width = found
        if kind == 'compound':
            text = _expand(t, value)
        elif kind in ('num', 'space'):
            pad = ' ' if kind == 'space' else '0'
            # the last padding flag wins; '-' drops the directive's own padding, but an
            # explicit width still pads (with spaces, as glibc does)
            pad_flags = [f for f in flags if f in '-_0']
            last = pad_flags[-1] if pad_flags else ''
            if last == '-':
                width = 0
                pad = ' '
            elif last == '_':
                pad = ' '
            elif last == '0':
                pad = '0'
            if width_text:
                width = int(width_text)
            digits = str(abs(value))
            text = ('-' if value < 0 else '') + digits.rjust(
                width - (value < 0), pad) if width else str(value)
        else:
            text = value
            if width_text:
                text = text.rjust(int(width_text), '0' if '0' in flags else ' ')
        if '#' in flags and fmt[j] == 'p':
            text = text.lower()   # glibc's '#' swaps case: AM/PM become am/pm
        elif '^' in flags or ('#' in flags and kind in ('text', 'lower')):
            text = text.upper()
        out.append(text)
        i = j + 1
    return ''.join(out)


# ---------------------------------------------------------------------------------------------
# strptime

_NAME_LISTS = {
    'a': [name.lower() for name in _DAY_ABBRS],
    'A': [name.lower() for name in _DAY_NAMES],
    'b': [name.lower() for name in _MONTH_ABBRS[1:]],
    'B': [name.lower() for name in _MONTH_NAMES[1:]],
    'p': ['am', 'pm'],
}

# For numeric directives: (fewest digits, most digits, smallest, largest value).
_NUMBER_RANGES = {
    'd': (1, 2, 1, 31), 'm': (1, 2, 1, 12), 'H': (1, 2, 0, 23), 'I': (1, 2, 1, 12),
    'M': (1, 2, 0, 59), 'S': (1, 2, 0, 61), 'j': (1, 3, 1, 366), 'U': (1, 2, 0, 53),
    'W': (1, 2, 0, 53), 'V': (1, 2, 1, 53), 'w': (1, 1, 0, 6), 'u': (1, 1, 1, 7),
    'y': (2, 2, 0, 99), 'Y': (4, 4, 0, 9999), 'G': (4, 4, 0, 9999), 'f': (1, 6, 0, 999999),
}

_DIRECTIVES = set(_NUMBER_RANGES) | set(_NAME_LISTS) | set('zZcxX%')


def _strptime_tokens(fmt):
    """The format as a list of ('lit', text), ('space', None) and ('dir', letter)."""
    tokens = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        if ch == '%':
            if i + 1 >= n:
                raise ValueError("stray %% in format '%s'" % fmt)
            directive = fmt[i + 1]
            if directive not in _DIRECTIVES:
                raise ValueError("'%s' is a bad directive in format '%s'" % (directive, fmt))
            if directive == 'c':
                tokens.extend(_strptime_tokens('%a %b %d %H:%M:%S %Y'))
            elif directive == 'x':
                tokens.extend(_strptime_tokens('%m/%d/%y'))
            elif directive == 'X':
                tokens.extend(_strptime_tokens('%H:%M:%S'))
            elif directive == '%':
                tokens.append(('lit', '%'))
            else:
                tokens.append(('dir', directive))
            i += 2
        elif ch.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            tokens.append(('space', None))
        else:
            tokens.append(('lit', ch))
            i += 1
    return tokens


def _candidates(kind, arg, text, pos):
    """The ways token (kind, arg) can match text at pos, longest first: (end, value)."""
    n = len(text)
    if kind == 'lit':
        if text[pos:pos + len(arg)].lower() == arg.lower():
            return [(pos + len(arg), None)]
        return []
    if kind == 'space':
        end = pos
        while end < n and text[end].isspace():
            end += 1
        return [(end, None)] if end > pos else []
    if arg in _NAME_LISTS:
        found = []
        lowered = text[pos:].lower()
        for index, name in enumerate(_NAME_LISTS[arg]):
            if lowered.startswith(name):
                found.append((pos + len(name), index))
        found.sort(key=lambda item: -item[0])
        return found
    if arg in _NUMBER_RANGES:
        fewest, most, low, high = _NUMBER_RANGES[arg]
        found = []
        start = pos
        # %d accepts a space before a single digit (as %e writes it)
        if arg == 'd' and pos < n and text[pos] == ' ':
            start = pos + 1
            most = 1
        for length in range(most, fewest - 1, -1):
            digits = text[start:start + length]
            if len(digits) == length and digits.isdigit() and digits.isascii():
                value = int(digits)
                if arg == 'f':
                    value = int(digits + '0' * (6 - length))
                if low <= value <= high or arg == 'f':
                    found.append((start + length, value))
        return found
    if arg == 'z':
        return _tz_candidates(text, pos)
    if arg == 'Z':
        zones = {'utc', 'gmt'}
        for zone in getattr(_time, 'tzname', ()):
            zones.add(zone.lower())
        found = []
        lowered = text[pos:].lower()
        for zone in zones:
            if zone and lowered.startswith(zone):
                found.append((pos + len(zone), text[pos:pos + len(zone)]))
        found.sort(key=lambda item: -item[0])
        return found
    return []


def _tz_candidates(text, pos):
    # Z, or +HHMM[SS[.ffffff]] / +HH:MM[:SS[.ffffff]]
    if text[pos:pos + 1] == 'Z':
        return [(pos + 1, 0)]
    if text[pos:pos + 1] not in ('+', '-'):
        return []
    sign = -1 if text[pos] == '-' else 1
    i = pos + 1

    def two_digits(at):
        piece = text[at:at + 2]
        return int(piece) if len(piece) == 2 and piece.isdigit() else None

    hours = two_digits(i)
    if hours is None:
        return []
    i += 2
    colon = text[i:i + 1] == ':'
    if colon:
        i += 1
    minutes = two_digits(i)
    if minutes is None or minutes > 59:
        return []
    i += 2
    seconds = 0
    micro = 0
    if (text[i:i + 1] == ':') == colon:
        j = i + 1 if colon else i
        sec = two_digits(j)
        if sec is not None and sec <= 59:
            seconds = sec
            i = j + 2
            if text[i:i + 1] == '.':
                k = i + 1
                while k < len(text) and text[k].isdigit() and k - i <= 6:
                    k += 1
                if k > i + 1:
                    micro = int(text[i + 1:k].ljust(6, '0'))
                    i = k
    total = sign * ((hours * 60 + minutes) * 60 + seconds)
    return [(i, (total, sign * micro))]


def _match_tokens(tokens, text):
    """Values of the directives, if the tokens match text from the start (backtracking),
    and where the match ends; (None, None) when they do not."""
    results = {}

    def match(index, pos):
        if index == len(tokens):
            return pos
        kind, arg = tokens[index]
        for end, value in _candidates(kind, arg, text, pos):
            found = match(index + 1, end)
            if found is not None:
                if kind == 'dir':
                    results[arg] = value
                return found
        return None

    end = match(0, 0)
    if end is None:
        return None, None
    return results, end


def _julian_from_week(year, week, weekday, week_starts_monday):
    """The day of the year (1-based, may be <= 0) of a weekday (Monday 0) in a week of %U
    (weeks start on Sunday) or %W (on Monday) numbering: week 1 starts on the year's first
    Sunday (Monday); the days before it are week 0."""
    first_weekday = _weekday_of(year, 1, 1)
    if not week_starts_monday:
        # count days from Sunday instead of Monday
        first_weekday = (first_weekday + 1) % 7
        weekday = (weekday + 1) % 7
    if week == 0:
        return 1 + weekday - first_weekday
    week0_length = (7 - first_weekday) % 7
    return 1 + week0_length + 7 * (week - 1) + weekday


def _strptime(data_string, fmt):
    """(year, month, day, hour, minute, second, microsecond, offset seconds, offset
    microseconds, zone name) parsed from data_string."""
    for index, arg in enumerate([data_string, fmt]):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument %d must be str, not %s"
                            % (index + 1, type(arg).__name__))
    tokens = _strptime_tokens(fmt)
    # The longest match is what a regular expression anchored at the start would find; the
    # rest of the text must be empty.
    found, end = _match_tokens(tokens, data_string)
    if found is None:
        raise ValueError("time data %r does not match format %r" % (data_string, fmt))
    if end != len(data_string):
        raise ValueError("unconverted data remains: %s" % data_string[end:])

    year = None
    month = day = 1
    hour = minute = second = fraction = 0
    gmtoff = None
    gmtoff_fraction = 0
    zone = None
    weekday = julian = None
    week_of_year = None
    week_of_year_start = None
    iso_year = iso_week = None
    if 'y' in found:
        year = found['y']
        year += 2000 if year <= 68 else 1900
    if 'Y' in found:
        year = found['Y']
    if 'G' in found:
        iso_year = found['G']
    if 'm' in found:
        month = found['m']
    if 'B' in found:
        month = found['B'] + 1
    if 'b' in found:
        month = found['b'] + 1
    if 'd' in found:
        day = found['d']
    if 'H' in found:
        hour = found['H']
    if 'I' in found:
        hour = found['I']
        ampm = found.get('p', 0)
        if ampm == 0:       # AM: 12 is midnight
            if hour == 12:
                hour = 0
        elif hour != 12:    # PM
            hour += 12
    if 'M' in found:
        minute = found['M']
    if 'S' in found:
        second = found['S']
    if 'f' in found:
        fraction = found['f']
    if 'A' in found:
        weekday = found['A']
    if 'a' in found:
        weekday = found['a']
    if 'w' in found:
        weekday = (found['w'] - 1) % 7
    if 'u' in found:
        weekday = found['u'] - 1
    if 'j' in found:
        julian = found['j']
    if 'U' in found:
        week_of_year = found['U']
        week_of_year_start = 6
    if 'W' in found:
        week_of_year = found['W']
        week_of_year_start = 0
    if 'V' in found:
        iso_week = found['V']
    if 'z' in found:
        gmtoff, gmtoff_fraction = found['z'] if found['z'] != 0 else (0, 0)
    if 'Z' in found:
        zone = found['Z']

    if iso_year is not None:
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO "
                             "year directive '%G'. Use '%Y' instead.")
        elif iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week "
                             "directive '%V' and a weekday directive ('%A', '%a', '%w', "
                             "or '%u').")
    elif iso_week is not None:
        if year is None or weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year "
                             "directive '%G' and a weekday directive ('%A', '%a', '%w', "
                             "or '%u').")
        else:
            raise ValueError("ISO week directive '%V' is incompatible with the year "
                             "directive '%Y'. Use the ISO year '%G' instead.")

    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904     # a leap year, so that the date can be checked; 1900 again below
        leap_year_fix = True
    elif year is None:
        year = 1900

    if julian is None and weekday is not None:
        if week_of_year is not None:
            julian = _julian_from_week(year, week_of_year, weekday,
                                       week_starts_monday=week_of_year_start == 0)
        elif iso_year is not None and iso_week is not None:
            year, month, day = _isocalendar_to_ymd(iso_year, iso_week, weekday + 1)
            julian = _days_before_month(year, month) + day
        if julian is not None and julian <= 0:
            # a day of week 0 that falls in the previous year
            year -= 1
            julian += 366 if _is_leap(year) else 365
    if julian is not None:
        ordinal = _ymd2ord(year, 1, 1) + julian - 1
        year, month, day = _ord2ymd(ordinal)
    if leap_year_fix:
        year = 1900
    return (year, month, day, hour, minute, second, fraction, gmtoff, gmtoff_fraction, zone)


# ---------------------------------------------------------------------------------------------
# fromisoformat

def _parse_isoformat_date(dtstr):
    # YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D], YYYYWww[D]
    if len(dtstr) < 7 or not dtstr[:4].isdigit():
        raise ValueError
    year = int(dtstr[:4])
    has_sep = dtstr[4] == '-'
    pos = 5 if has_sep else 4
    if dtstr[pos:pos + 1] == 'W':
        pos += 1
        week_text = dtstr[pos:pos + 2]
        if len(week_text) != 2 or not week_text.isdigit():
            raise ValueError
        pos += 2
        day = 1
        if pos < len(dtstr):
            if has_sep:
                if dtstr[pos] != '-':
                    raise ValueError
                pos += 1
            day_text = dtstr[pos:pos + 1]
            if not day_text.isdigit():
                raise ValueError
            day = int(day_text)
            pos += 1
        if pos != len(dtstr):
            raise ValueError
        return list(_isocalendar_to_ymd(year, int(week_text), day))
    month_text = dtstr[pos:pos + 2]
    pos += 2
    if has_sep:
        if dtstr[pos:pos + 1] != '-':
            raise ValueError
        pos += 1
    day_text = dtstr[pos:pos + 2]
    pos += 2
    if (len(month_text) != 2 or not month_text.isdigit() or len(day_text) != 2
            or not day_text.isdigit() or pos != len(dtstr)):
        raise ValueError
    return [year, int(month_text), int(day_text)]


def _isodate_length(dtstr):
    """How many characters of dtstr (a datetime string) are the date."""
    if len(dtstr) >= 5 and dtstr[4] == '-':
        if len(dtstr) > 5 and dtstr[5] == 'W':
            return 10 if len(dtstr) > 8 and dtstr[8] == '-' else 8
        return 10
    if len(dtstr) >= 5 and dtstr[4] == 'W':
        return 8 if len(dtstr) > 7 and dtstr[7].isdigit() else 7
    return 8


def _parse_hh_mm_ss_ff(tstr):
    # HH[:MM[:SS[.fff...]]] or HH[MM[SS[.fff...]]]; returns [hh, mm, ss, us]
    components = [0, 0, 0, 0]
    pos = 0
    length = len(tstr)
    has_sep = None
    parsed = 0
    while parsed < 3:
        piece = tstr[pos:pos + 2]
        if len(piece) != 2 or not piece.isdigit():
            raise ValueError
        components[parsed] = int(piece)
        parsed += 1
        pos += 2
        if pos >= length or parsed == 3 or tstr[pos] in '.,':
            break
        if has_sep is None:
            has_sep = tstr[pos] == ':'
        if has_sep:
            if tstr[pos] != ':':
                raise ValueError
            pos += 1
    if pos < length:
        # a fraction, after the seconds only; digits beyond microseconds are dropped
        if tstr[pos] not in '.,' or parsed < 3:
            raise ValueError
        digits = tstr[pos + 1:]
        if not digits or not digits.isdigit():
            raise ValueError
        digits = digits[:6]
        components[3] = int(digits + '0' * (6 - len(digits)))
    return components


def _parse_isoformat_time(tstr):
    # time, then an optional Z or +HH[:MM[:SS[.ffffff]]]
    tz_pos = len(tstr)
    for index, ch in enumerate(tstr):
        if ch in '+-Z':
            tz_pos = index
            break
    time_comps = _parse_hh_mm_ss_ff(tstr[:tz_pos])
    tzi = None
    if tz_pos < len(tstr):
        tzstr = tstr[tz_pos:]
        if tzstr == 'Z':
            tzi = timezone.utc
        else:
            if tzstr[0] == 'Z':
                raise ValueError
            sign = -1 if tzstr[0] == '-' else 1
            hh, mm, ss, us = _parse_hh_mm_ss_ff(tzstr[1:])
            offset = timedelta(hours=hh, minutes=mm, seconds=ss, microseconds=us)
            tzi = timezone.utc if not offset else timezone(sign * offset)
    time_comps.append(tzi)
    return time_comps


# ---------------------------------------------------------------------------------------------
# timedelta

_TIMEDELTA_UNITS = (
    ('days', _US_PER_DAY), ('seconds', _US_PER_SECOND), ('microseconds', 1),
    ('milliseconds', 1000), ('minutes', 60 * _US_PER_SECOND),
    ('hours', 3600 * _US_PER_SECOND), ('weeks', 7 * _US_PER_DAY),
)


class timedelta:
    """A duration: the difference between two dates or datetimes.

    timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
    weeks=0) -- any of them may be a float or negative. It is stored as days, seconds
    (0..86399) and microseconds (0..999999); only days may be negative."""

    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
                weeks=0):
        # Everything in microseconds, exactly: ints as they are, floats as the fraction
        # numerator / 2**k they are. One rounding (half to even) at the end.
        numerator = 0
        denominator = 1
        values = (days, seconds, microseconds, milliseconds, minutes, hours, weeks)
        for (name, factor), value in zip(_TIMEDELTA_UNITS, values):
            if isinstance(value, int):
                numerator += int(value) * factor * denominator
            elif isinstance(value, float):
                if value != value:
                    raise ValueError("cannot convert float NaN to integer")
                if value in (float('inf'), float('-inf')):
                    raise OverflowError("cannot convert float infinity to integer")
                num, den = value.as_integer_ratio()
                if den > denominator:
                    numerator *= den // denominator
                    denominator = den
                numerator += num * factor * (denominator // den)
            else:
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (name, type(value).__name__))
        total = _divide_and_round(numerator, denominator)
        return cls._from_microseconds(total)

    @classmethod
    def _from_microseconds(cls, total):
        d, rest = divmod(total, _US_PER_DAY)
        s, us = divmod(rest, _US_PER_SECOND)
        if abs(d) > 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
        self = object.__new__(cls)
        self._days = d
        self._seconds = s
        self._microseconds = us
        self._hashcode = -1
        return self

    def _to_microseconds(self):
        return (self._days * 86400 + self._seconds) * _US_PER_SECOND + self._microseconds

    def __repr__(self):
        args = []
        if self._days:
            args.append("days=%d" % self._days)
        if self._seconds:
            args.append("seconds=%d" % self._seconds)
        if self._microseconds:
            args.append("microseconds=%d" % self._microseconds)
        if not args:
            args.append('0')
        return "%s(%s)" % (_tp_name(self), ', '.join(args))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            plural = "s" if abs(self._days) != 1 else ""
            s = ("%d day%s, " % (self._days, plural)) + s
        if self._microseconds:
            s = s + ".%06d" % self._microseconds
        return s

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % (type(fmt).__name__,))
        if fmt:
            raise TypeError("unsupported format string passed to %s.__format__"
                            % (_tp_name(self),))
        return str(self)

    def total_seconds(self):
        """The duration in seconds, as a float."""
        return self._to_microseconds() / 10**6

    @property
    def days(self):
        """Number of days (may be negative)."""
        return self._days

    @property
    def seconds(self):
        """Number of seconds (0 to 86399)."""
        return self._seconds

    @property
    def microseconds(self):
        """Number of microseconds (0 to 999999)."""
        return self._microseconds

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(
                self._to_microseconds() + other._to_microseconds())
        return _refuse('+', self, other)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return other.__add__(self)
        return _refuse('+', other, self, reflected=True)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(
                self._to_microseconds() - other._to_microseconds())
        return _refuse('-', self, other)

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return _refuse('-', other, self, reflected=True)

    def __neg__(self):
        return timedelta._from_microseconds(-self._to_microseconds())

    def __pos__(self):
        return self

    def __abs__(self):
        if self._days < 0:
            return -self
        return self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_microseconds(self._to_microseconds() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_microseconds(
                _divide_and_round(self._to_microseconds() * a, b))
        if isinstance(other, (str, list, tuple, bytes, bytearray)):
            raise TypeError("can't multiply sequence by non-int of type '%s'"
                            % (_tp_name(self),))
        return _refuse('*', self, other)

    def __rmul__(self, other):
        if isinstance(other, (int, float)):
            return self.__mul__(other)
        return _refuse('*', other, self, reflected=True)

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            divisor = other._to_microseconds()
            if divisor == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return self._to_microseconds() // divisor
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_microseconds(self._to_microseconds() // other)
        return _refuse('//', self, other)

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            divisor = other._to_microseconds()
            if divisor == 0:
                raise ZeroDivisionError("division by zero")
            return self._to_microseconds() / divisor
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_microseconds(
                _divide_and_round(self._to_microseconds(), other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            if a == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_microseconds(
                _divide_and_round(b * self._to_microseconds(), a))
        return _refuse('/', self, other)

    def __mod__(self, other):
        if isinstance(other, timedelta):
            divisor = other._to_microseconds()
            if divisor == 0:
                raise ZeroDivisionError("integer modulo by zero")
            return timedelta._from_microseconds(self._to_microseconds() % divisor)
        return _refuse('%', self, other)

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            divisor = other._to_microseconds()
            if divisor == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            q, r = divmod(self._to_microseconds(), divisor)
            return q, timedelta._from_microseconds(r)
        return _refuse('divmod()', self, other)

    # Comparisons of timedelta objects with other.

    def _cmp(self, other):
        return _cmp(self._to_microseconds(), other._to_microseconds())

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) == 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) <= 0
        return _refuse_compare('<=', self, other)

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) < 0
        return _refuse_compare('<', self, other)

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) >= 0
        return _refuse_compare('>=', self, other)

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) > 0
        return _refuse_compare('>', self, other)

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __bool__(self):
        return (self._days != 0 or self._seconds != 0 or self._microseconds != 0)

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------------------------------------
# date

class date:
    """A date of the Gregorian calendar, extended back to year 1: date(year, month, day)."""

    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year=_NOT_GIVEN, month=_NOT_GIVEN, day=_NOT_GIVEN):
        if year is _NOT_GIVEN:
            _missing('year', 1)
        if month is _NOT_GIVEN:
            _missing('month', 2)
        if day is _NOT_GIVEN:
            _missing('day', 3)
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    # Additional constructors

    @classmethod
    def fromtimestamp(cls, t):
        """The local date of a POSIX timestamp (as time.time() returns)."""
        y, m, d, hh, mm, ss, weekday, jday, dst = _time.localtime(_timestamp_seconds(t))
        return cls(y, m, d)

    @classmethod
    def today(cls):
        """Today's date (local time)."""
        t = _time.time()
        return cls.fromtimestamp(t)

    @classmethod
    def fromordinal(cls, n):
        """The date with ordinal n (date(1, 1, 1) has ordinal 1)."""
        n = _index(n)
        if not 1 <= n <= _MAXORDINAL:
            raise ValueError("ordinal must be >= 1")
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        """A date from the formats date.isoformat() writes: 2024-01-05 (and 20240105,
        2024-W01-5)."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(date_string) not in (7, 8, 10):
            raise ValueError('Invalid isoformat string: %r' % (date_string,))
        try:
            fields = _parse_isoformat_date(date_string)
        except (ValueError, IndexError):
            raise ValueError('Invalid isoformat string: %r' % (date_string,)) from None
        return cls(*fields)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """The date of an ISO calendar (year, week, weekday), inverse of isocalendar()."""
        return cls(*_isocalendar_to_ymd(year, week, day))

    # Conversions to string

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_tp_name(self), self._year, self._month, self._day)

    def ctime(self):
        """Like time.ctime(): 'Fri Jan  5 00:00:00 2024'."""
        weekday = self.toordinal() % 7 or 7
        return "%s %s %2d 00:00:00 %04d" % (
            _DAY_ABBRS[weekday - 1], _MONTH_ABBRS[self._month], self._day, self._year)

    def strftime(self, fmt):
        """The date formatted: %Y year, %m month, %d day, %A weekday name ... (see the
        time.strftime documentation)."""
        return _strftime(self, fmt)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def isoformat(self):
        """'YYYY-MM-DD'"""
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    # Read-only field accessors

    @property
    def year(self):
        """year (1-9999)"""
        return self._year

    @property
    def month(self):
        """month (1-12)"""
        return self._month

    @property
    def day(self):
        """day (1-31)"""
        return self._day

    # Standard conversions, __eq__, __le__, __lt__, __ge__, __gt__, __hash__ (and helpers)

    def timetuple(self):
        """Return local time tuple compatible with time.localtime()."""
        return _struct_time((self._year, self._month, self._day, 0, 0, 0, self.weekday(),
                             _days_before_month(self._year, self._month) + self._day, -1))

    def toordinal(self):
        """The day number: date(1, 1, 1).toordinal() is 1."""
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        """The same date with the given fields changed."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    def _cmp(self, other):
        return _cmp((self._year, self._month, self._day),
                    (other._year, other._month, other._day))

    def __eq__(self, other):
        # (a datetime is never equal to a date: datetime.__eq__ answers that)
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) == 0
        return NotImplemented

    def _order(self, op, other):
        if isinstance(other, datetime):
            raise TypeError("can't compare %s to %s" % (_tp_name(other), _tp_name(self)))
        if isinstance(other, date):
            return self._cmp(other)
        return None

    def __le__(self, other):
        c = self._order('<=', other)
        return _refuse_compare('<=', self, other) if c is None else c <= 0

    def __lt__(self, other):
        c = self._order('<', other)
        return _refuse_compare('<', self, other) if c is None else c < 0

    def __ge__(self, other):
        c = self._order('>=', other)
        return _refuse_compare('>=', self, other) if c is None else c >= 0

    def __gt__(self, other):
        c = self._order('>', other)
        return _refuse_compare('>', self, other) if c is None else c > 0

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._year, self._month, self._day))
        return self._hashcode

    # Computations

    def __add__(self, other):
        """date + timedelta: the whole days of the timedelta are added."""
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _MAXORDINAL:
                return type(self).fromordinal(o)
            raise OverflowError("date value out of range")
        return _refuse('+', self, other)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self.__add__(other)
        return _refuse('+', other, self, reflected=True)

    def __sub__(self, other):
        """date - timedelta, or date - date (a timedelta of whole days)."""
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            days1 = self.toordinal()
            days2 = other.toordinal()
            return timedelta(days1 - days2)
        return _refuse('-', self, other)

    def __rsub__(self, other):
        return _refuse('-', other, self, reflected=True)

    def weekday(self):
        """Monday is 0 and Sunday is 6."""
        return (self.toordinal() + 6) % 7

    # Day-of-the-week and week-of-the-year, according to ISO

    def isoweekday(self):
        """Monday is 1 and Sunday is 7."""
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        """(ISO year, ISO week number, ISO weekday) as a named tuple.

        ISO weeks start on Monday; week 1 is the week with the year's first Thursday, so
        the first days of January may belong to the previous ISO year."""
        return _IsoCalendarDate(*_isocalendar(self._year, self._month, self._day))

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day))


class _IsoCalendarDate(tuple):
    """(year, week, weekday), also as attributes."""

    def __new__(cls, year, week, weekday, /):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return ('%s(year=%d, week=%d, weekday=%d)'
                % ('datetime.IsoCalendarDate', self[0], self[1], self[2]))


_IsoCalendarDate.__name__ = 'IsoCalendarDate'
_IsoCalendarDate.__qualname__ = 'IsoCalendarDate'

date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


# ---------------------------------------------------------------------------------------------
# tzinfo and timezone

class tzinfo:
    """The abstract base class of time zone information: subclasses define utcoffset(),
    dst() and tzname() for a given datetime."""

    __slots__ = ()

    def tzname(self, dt):
        """The name of the time zone at dt, such as 'CET'."""
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        """The offset from UTC at dt: a timedelta, positive east of UTC."""
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        """The daylight saving time adjustment at dt (included in utcoffset())."""
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        """dt (a UTC time, labelled with this tzinfo) converted to this time zone."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        dtoff = dt.utcoffset()
        if dtoff is None:
            raise ValueError("fromutc() requires a non-None utcoffset() result")
        dtdst = dt.dst()
        if dtdst is None:
            raise ValueError("fromutc() requires a non-None dst() result")
        delta = dtoff - dtdst
        if delta:
            dt += delta
            dtdst = dt.dst()
            if dtdst is None:
                raise ValueError("fromutc(): dt.dst gave inconsistent results; cannot "
                                 "convert")
        return dt + dtdst

    def __reduce__(self):
        getinitargs = getattr(self, "__getinitargs__", None)
        args = getinitargs() if getinitargs else ()
        return (type(self), args, getattr(self, '__dict__', None))


class timezone(tzinfo):
    """A fixed offset from UTC: timezone(timedelta(hours=1)), or with a name,
    timezone(timedelta(hours=1), 'CET'). timezone.utc is UTC."""

    __slots__ = ('_offset', '_name')

    _Omitted = object()

    def __new__(cls, offset, name=_Omitted):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % (type(offset).__name__,))
        if name is cls._Omitted:
            if not offset:
                return cls.utc
            name = None
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s"
                            % ('None' if name is None else type(name).__name__,))
        if not cls._minoffset <= offset <= cls._maxoffset:
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24), not %r."
                             % (offset,))
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        return (type(self), self.__getinitargs__())

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is self.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return "%s(%r)" % ('datetime.timezone', self._offset)
        return "%s(%r, %r)" % ('datetime.timezone', self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return self._offset
        raise TypeError("utcoffset(dt) argument must be a datetime instance or None, not %s"
                        % (type(dt).__name__,))

    def tzname(self, dt):
        if isinstance(dt, datetime) or dt is None:
            if self._name is None:
                return self._name_from_offset(self._offset)
            return self._name
        raise TypeError("tzname(dt) argument must be a datetime instance or None, not %s"
                        % (type(dt).__name__,))

    def dst(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return None
        raise TypeError("dst(dt) argument must be a datetime instance or None, not %s"
                        % (type(dt).__name__,))

    def fromutc(self, dt):
        if isinstance(dt, datetime):
            if dt.tzinfo is not self:
                raise ValueError("fromutc: dt.tzinfo is not self")
            return dt + self._offset
        raise TypeError("fromutc() argument must be a datetime instance or None")

    _maxoffset = timedelta(hours=24, microseconds=-1)
    _minoffset = -_maxoffset

    @staticmethod
    def _name_from_offset(delta):
        if not delta:
            return 'UTC'
        return 'UTC' + _format_offset(delta)


timezone.utc = timezone._create(timedelta(0))
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
UTC = timezone.utc


# ---------------------------------------------------------------------------------------------
# time

class time:
    """A time of day: time(hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *,
    fold=0)."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_hashcode',
                 '_fold')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    @property
    def hour(self):
        """hour (0-23)"""
        return self._hour

    @property
    def minute(self):
        """minute (0-59)"""
        return self._minute

    @property
    def second(self):
        """second (0-59)"""
        return self._second

    @property
    def microsecond(self):
        """microsecond (0-999999)"""
        return self._microsecond

    @property
    def tzinfo(self):
        """timezone info object"""
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    # Comparisons of time objects with other.

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp(other, allow_mixed=True) == 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other) <= 0
        return _refuse_compare('<=', self, other)

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other) < 0
        return _refuse_compare('<', self, other)

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other) >= 0
        return _refuse_compare('>=', self, other)

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other) > 0
        return _refuse_compare('>', self, other)

    def _cmp(self, other, allow_mixed=False):
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            base_compare = myoff == otoff
        if base_compare:
            return _cmp((self._hour, self._minute, self._second, self._microsecond),
                        (other._hour, other._minute, other._second, other._microsecond))
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2  # arbitrary non-zero value
            raise TypeError("can't compare offset-naive and offset-aware times")
        myhhmm = self._hour * 60 + self._minute - myoff // timedelta(minutes=1)
        othhmm = other._hour * 60 + other._minute - otoff // timedelta(minutes=1)
        return _cmp((myhhmm, self._second, self._microsecond),
                    (othhmm, other._second, other._microsecond))

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self.fold else self
            tzoff = t.utcoffset()
            if not tzoff:  # zero or None
                self._hashcode = hash((t._hour, t._minute, t._second, t._microsecond))
            else:
                h, m = divmod(timedelta(hours=self.hour, minutes=self.minute) - tzoff,
                              timedelta(hours=1))
                m //= timedelta(minutes=1)
                if 0 <= h < 24:
                    self._hashcode = hash(time(h, m, self.second, self.microsecond))
                else:
                    self._hashcode = hash((h, m, self.second, self.microsecond))
        return self._hashcode

    # Conversion to string

    def __repr__(self):
        if self._microsecond != 0:
            s = ", %d, %d" % (self._second, self._microsecond)
        elif self._second != 0:
            s = ", %d" % self._second
        else:
            s = ""
        s = "%s(%d, %d%s)" % (_tp_name(self), self._hour, self._minute, s)
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r" % self._tzinfo + ")"
        if self._fold:
            s = s[:-1] + ", fold=1)"
        return s

    def isoformat(self, timespec='auto'):
        """'HH:MM:SS.ffffff+HH:MM', without the fraction when it is 0 and without the offset
        when naive. timespec: 'hours', 'minutes', 'seconds', 'milliseconds',
        'microseconds' or 'auto'."""
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        tz = self._tzstr()
        if tz:
            s += tz
        return s

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, time_string):
        """A time from the formats time.isoformat() writes."""
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        text = time_string[1:] if time_string.startswith('T') else time_string
        try:
            return cls(*_parse_isoformat_time(text))
        except Exception:
            raise ValueError('Invalid isoformat string: %r' % (time_string,)) from None

    def strftime(self, fmt):
        """The time formatted (on the date 1900-01-01): %H hour, %M minute ..."""
        return _strftime(self, fmt)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    # Timezone functions

    def utcoffset(self):
        """The tzinfo's utcoffset(None), or None when naive."""
        return _ask_tzinfo(self._tzinfo, "utcoffset", None)

    def tzname(self):
        """The tzinfo's tzname(None), or None when naive."""
        return _ask_tzinfo(self._tzinfo, "tzname", None)

    def dst(self):
        """The tzinfo's dst(None), or None when naive."""
        return _ask_tzinfo(self._tzinfo, "dst", None)

    def _tzstr(self):
        return _format_offset(self.utcoffset())

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True,
                *, fold=None):
        """The same time with the given fields changed."""
        if hour is None:
            hour = self.hour
        if minute is None:
            minute = self.minute
        if second is None:
            second = self.second
        if microsecond is None:
            microsecond = self.microsecond
        if tzinfo is True:
            tzinfo = self.tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    def __reduce__(self):
        args = (self._hour, self._minute, self._second, self._microsecond)
        if self._tzinfo is not None:
            args += (self._tzinfo,)
        return (type(self), args)


def _check_tzname(name):
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                        % type(name).__name__)


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------------------------------------
# datetime

def _timestamp_seconds(t):
    if isinstance(t, (int, float)):
        return t
    raise TypeError("'%s' object cannot be interpreted as an integer" % (type(t).__name__,))


class datetime(date):
    """A date and a time: datetime(year, month, day[, hour[, minute[, second[,
    microsecond[, tzinfo]]]]], *, fold=0)."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year=_NOT_GIVEN, month=_NOT_GIVEN, day=_NOT_GIVEN, hour=0, minute=0,
                second=0, microsecond=0, tzinfo=None, *, fold=0):
        if year is _NOT_GIVEN:
            _missing('year', 1)
        if month is _NOT_GIVEN:
            _missing('month', 2)
        if day is _NOT_GIVEN:
            _missing('day', 3)
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    # Read-only field accessors
    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    @classmethod
    def _fromtimestamp(cls, t, utc, tz):
        t = _timestamp_seconds(t)
        frac, t = _math.modf(t)
        us = round(frac * 1e6)
        if us >= 1000000:
            t += 1
            us -= 1000000
        elif us < 0:
            t -= 1
            us += 1000000
        t = int(t)
        converter = _time.gmtime if utc else _time.localtime
        y, m, d, hh, mm, ss, weekday, jday, dst = converter(t)[:9]
        ss = min(ss, 59)    # clamp out leap seconds if the platform has them
        return cls(y, m, d, hh, mm, ss, us, tz)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """The local date and time of a POSIX timestamp; with tz, the time in that time
        zone (an aware datetime)."""
        _check_tzinfo_arg(tz)
        result = cls._fromtimestamp(t, tz is not None, tz)
        if tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def utcfromtimestamp(cls, t):
        """The UTC date and time of a POSIX timestamp, as a naive datetime."""
        return cls._fromtimestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        """The current local date and time; with tz, the current time in that time zone."""
        t = _time.time()
        return cls.fromtimestamp(t, tz)

    @classmethod
    def utcnow(cls):
        """The current UTC date and time, as a naive datetime."""
        t = _time.time()
        return cls.utcfromtimestamp(t)

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """The datetime of a date and a time (with the time's tzinfo, or the one given)."""
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % (type(date).__name__,))
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % (type(time).__name__,))
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """A datetime from the formats datetime.isoformat() writes
        (2024-01-05T12:30:00+01:00, and shorter forms)."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(date_string) < 7:
            raise ValueError('Invalid isoformat string: %r' % (date_string,))
        try:
            separator = _isodate_length(date_string)
            date_components = _parse_isoformat_date(date_string[:separator])
        except ValueError:
            raise ValueError('Invalid isoformat string: %r' % (date_string,)) from None
        tstr = date_string[separator + 1:]
        if tstr:
            try:
                time_components = _parse_isoformat_time(tstr)
            except (ValueError, IndexError):
                raise ValueError('Invalid isoformat string: %r' % (date_string,)) from None
        elif len(date_string) > separator:
            raise ValueError('Invalid isoformat string: %r' % (date_string,))
        else:
            time_components = [0, 0, 0, 0, None]
        return cls(*(date_components + time_components))

    @classmethod
    def strptime(cls, date_string, format):
        """The datetime that format (see strftime) reads from date_string, e.g.
        datetime.strptime('2024-01-05', '%Y-%m-%d')."""
        (year, month, day, hour, minute, second, fraction, gmtoff, gmtoff_fraction,
         zone) = _strptime(date_string, format)
        tz = None
        if gmtoff is not None:
            tzdelta = timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
            if zone:
                tz = timezone(tzdelta, zone)
            else:
                tz = timezone(tzdelta)
        return cls(year, month, day, hour, minute, second, fraction, tz)

    def timetuple(self):
        """Return local time tuple compatible with time.localtime()."""
        dst = self.dst()
        if dst is None:
            dst = -1
        elif dst:
            dst = 1
        else:
            dst = 0
        return _struct_time((self._year, self._month, self._day, self._hour, self._minute,
                             self._second, self.weekday(),
                             _days_before_month(self._year, self._month) + self._day, dst))

    def _epoch_seconds(self):
        """Seconds since the epoch (an int), naive datetimes taken as local time."""
        if self._tzinfo is None:
            return self._local_to_epoch()
        return (self - _EPOCH) // timedelta(0, 1)

    def _local_to_epoch(self):
        # Find u such that localtime(u) shows this date and time. The offset from UTC at a
        # guess gives a better guess; two rounds settle it (except in DST gaps).
        epoch = datetime(1970, 1, 1)
        t = (self.replace(tzinfo=None, microsecond=0) - epoch) // timedelta(0, 1)

        def local(u):
            y, m, d, hh, mm, ss = _time.localtime(u)[:6]
            return (datetime(y, m, d, hh, mm, ss) - epoch) // timedelta(0, 1)

        u1 = t - (local(t) - t)
        t1 = local(u1)
        if t1 == t:
            # For an ambiguous time (a clock set back), fold=1 is the later one.
            u2 = u1 + (local(u1 + 86400) - (u1 + 86400)) - (t1 - u1)
            if self._fold and u2 != u1 and local(u2 + (t - local(u2))) == t:
                return u2 + (t - local(u2))
            return u1
        u2 = u1 + (t - t1)
        if local(u2) == t:
            return u2
        # in a gap (clocks set forward): fold chooses which side's offset applies
        return max(u1, u2) if self._fold else min(u1, u2)

    def timestamp(self):
        """POSIX timestamp (seconds since 1970-01-01 UTC) as a float."""
        if self._tzinfo is None:
            s = self._local_to_epoch()
            return s + self.microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def utctimetuple(self):
        """Return UTC time tuple compatible with time.gmtime()."""
        offset = self.utcoffset()
        if offset:
            self -= offset
        y, m, d = self.year, self.month, self.day
        hh, mm, ss = self.hour, self.minute, self.second
        return _struct_time((y, m, d, hh, mm, ss, _weekday_of(y, m, d),
                             _days_before_month(y, m) + d, 0))

    def date(self):
        """The date part."""
        return date(self._year, self._month, self._day)

    def time(self):
        """The time part, without tzinfo."""
        return time(self.hour, self.minute, self.second, self.microsecond, fold=self.fold)

    def timetz(self):
        """The time part, with tzinfo."""
        return time(self.hour, self.minute, self.second, self.microsecond, self._tzinfo,
                    fold=self.fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        """The same datetime with the given fields changed (tzinfo=None makes it naive)."""
        if year is None:
            year = self.year
        if month is None:
            month = self.month
        if day is None:
            day = self.day
        if hour is None:
            hour = self.hour
        if minute is None:
            minute = self.minute
        if second is None:
            second = self.second
        if microsecond is None:
            microsecond = self.microsecond
        if tzinfo is True:
            tzinfo = self.tzinfo
        if fold is None:
            fold = self.fold
        return type(self)(year, month, day, hour, minute, second, microsecond, tzinfo,
                          fold=fold)

    def _local_timezone(self):
        if self.tzinfo is None:
            ts = self._local_to_epoch()
        else:
            ts = (self - _EPOCH) // timedelta(seconds=1)
        localtm = _time.localtime(ts)
        local = datetime(*localtm[:6])
        gmtoff = getattr(localtm, 'tm_gmtoff', None)
        zone = getattr(localtm, 'tm_zone', None)
        if gmtoff is None:
            utc = datetime(*_time.gmtime(ts)[:6])
            gmtoff = (local - utc) // timedelta(seconds=1)
        offset = timedelta(seconds=gmtoff)
        if zone:
            return timezone(offset, zone)
        return timezone(offset)

    def astimezone(self, tz=None):
        """The same moment in time zone tz (default: the local time zone), as an aware
        datetime. A naive datetime is taken to be local time."""
        _check_tzinfo_arg(tz)
        if tz is None:
            tz = self._local_timezone()

        mytz = self.tzinfo
        if mytz is None:
            mytz = self._local_timezone()
            myoffset = mytz.utcoffset(self)
        else:
            myoffset = mytz.utcoffset(self)
            if myoffset is None:
                mytz = self.replace(tzinfo=None)._local_timezone()
                myoffset = mytz.utcoffset(self)

        if tz is mytz:
            return self

        # Convert self to UTC, and attach the new time zone object.
        utc = (self - myoffset).replace(tzinfo=tz)

        # Convert from UTC to tz's local time.
        return tz.fromutc(utc)

    # Ways to produce a string.

    def ctime(self):
        """Like time.ctime(): 'Fri Jan  5 12:30:00 2024'."""
        weekday = self.toordinal() % 7 or 7
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAY_ABBRS[weekday - 1], _MONTH_ABBRS[self._month], self._day, self._hour,
            self._minute, self._second, self._year)

    def isoformat(self, sep='T', timespec='auto'):
        """'YYYY-MM-DDTHH:MM:SS.ffffff+HH:MM' (the fraction only when not 0, the offset
        only when aware). sep separates date and time; timespec as for time.isoformat()."""
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not %s"
                            % (type(sep).__name__,))
        s = ("%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep) +
             _format_time(self._hour, self._minute, self._second, self._microsecond,
                          timespec))
        off = self.utcoffset()
        tz = _format_offset(off)
        if tz:
            s += tz
        return s

    def __repr__(self):
        fields = [self._year, self._month, self._day,  # These are never zero
                  self._hour, self._minute, self._second, self._microsecond]
        if fields[-1] == 0:
            del fields[-1]
        if fields[-1] == 0:
            del fields[-1]
        s = "%s(%s)" % (_tp_name(self), ", ".join(map(str, fields)))
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r" % self._tzinfo + ")"
        if self._fold:
            s = s[:-1] + ", fold=1)"
        return s

    def __str__(self):
        """The isoformat() with a space between date and time."""
        return self.isoformat(sep=' ')

    def utcoffset(self):
        """The tzinfo's utcoffset(self), or None when naive."""
        return _ask_tzinfo(self._tzinfo, "utcoffset", self)

    def tzname(self):
        """The tzinfo's tzname(self), or None when naive."""
        return _ask_tzinfo(self._tzinfo, "tzname", self)

    def dst(self):
        """The tzinfo's dst(self), or None when naive."""
        return _ask_tzinfo(self._tzinfo, "dst", self)

    # Comparisons of datetime objects with other.

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, allow_mixed=True) == 0
        if not isinstance(other, date):
            return NotImplemented
        return False

    def _order(self, op, other):
        if isinstance(other, datetime):
            return self._cmp(other)
        if isinstance(other, date):
            raise TypeError("can't compare %s to %s" % (_tp_name(self), _tp_name(other)))
        return None

    def _cmp(self, other, allow_mixed=False):
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            # Assume that allow_mixed means that we are called from __eq__
            if allow_mixed:
                if myoff != self.replace(fold=not self.fold).utcoffset():
                    return 2
                if otoff != other.replace(fold=not other.fold).utcoffset():
                    return 2
            base_compare = myoff == otoff

        if base_compare:
            return _cmp((self._year, self._month, self._day, self._hour, self._minute,
                         self._second, self._microsecond),
                        (other._year, other._month, other._day, other._hour, other._minute,
                         other._second, other._microsecond))
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2  # arbitrary non-zero value
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        diff = self - other     # this will take offsets into account
        if diff.days < 0:
            return -1
        return diff and 1 or 0

    def __add__(self, other):
        """datetime + timedelta"""
        if not isinstance(other, timedelta):
            return _refuse('+', self, other)
        delta = timedelta(self.toordinal(), hours=self._hour, minutes=self._minute,
                          seconds=self._second, microseconds=self._microsecond)
        delta += other
        hour, rem = divmod(delta.seconds, 3600)
        minute, second = divmod(rem, 60)
        if 0 < delta.days <= _MAXORDINAL:
            y, m, d = _ord2ymd(delta.days)
            return type(self).combine(date(y, m, d),
                                      time(hour, minute, second, delta.microseconds,
                                           tzinfo=self._tzinfo))
        raise OverflowError("date value out of range")

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self.__add__(other)
        return _refuse('+', other, self, reflected=True)

    def __sub__(self, other):
        """datetime - timedelta, or datetime - datetime (a timedelta)."""
        if not isinstance(other, datetime):
            if isinstance(other, timedelta):
                return self + -other
            return _refuse('-', self, other)

        days1 = self.toordinal()
        days2 = other.toordinal()
        secs1 = self._second + self._minute * 60 + self._hour * 3600
        secs2 = other._second + other._minute * 60 + other._hour * 3600
        base = timedelta(days1 - days2, secs1 - secs2,
                         self._microsecond - other._microsecond)
        if self._tzinfo is other._tzinfo:
            return base
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        if myoff == otoff:
            return base
        if myoff is None or otoff is None:
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        return base + otoff - myoff

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self.fold else self
            tzoff = t.utcoffset()
            if tzoff is None:
                self._hashcode = hash((t._year, t._month, t._day, t._hour, t._minute,
                                       t._second, t._microsecond))
            else:
                days = _ymd2ord(self.year, self.month, self.day)
                seconds = self.hour * 3600 + self.minute * 60 + self.second
                self._hashcode = hash(timedelta(days, seconds, self.microsecond) - tzoff)
        return self._hashcode

    def __reduce__(self):
        args = (self._year, self._month, self._day, self._hour, self._minute, self._second,
                self._microsecond)
        if self._tzinfo is not None:
            args += (self._tzinfo,)
        return (type(self), args)


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)

_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)

_date_class = date
_time_class = time

_OWN_TYPES = (timedelta, date, datetime, time, timezone, tzinfo)
_OWN_BASES = (timedelta, date, time, tzinfo)
