"""datetime.strptime's reading of text by a format, for the C locale.

The format becomes a list of pieces (literal text, a run of whitespace, a directive). Each piece
offers the ways it can match at a position, in the order a CPython-style pattern would try them,
and a depth-first search takes the first combination that reaches the end of the format.
Matching ignores case. _resolve then turns the values read into a date and time."""

import time as _time
import _pygil_datetime_calendar as _cal

# Numeric directives: the (digits, smallest, largest) alternatives, tried in this order.
_NUMERIC = {
    'd': ((2, 1, 31), (1, 1, 9)),
    'm': ((2, 1, 12), (1, 1, 9)),
    'y': ((2, 0, 99),),
    'Y': ((4, 0, 9999),),
    'G': ((4, 0, 9999),),
    'H': ((2, 0, 23), (1, 0, 9)),
    'I': ((2, 1, 12), (1, 1, 9)),
    'M': ((2, 0, 59), (1, 0, 9)),
    'S': ((2, 0, 61), (1, 0, 9)),
    'f': ((6, 0, 999999), (5, 0, 99999), (4, 0, 9999), (3, 0, 999), (2, 0, 99), (1, 0, 9)),
    'j': ((3, 1, 366), (2, 1, 99), (1, 1, 9)),
    'U': ((2, 0, 53), (1, 0, 9)),
    'W': ((2, 0, 53), (1, 0, 9)),
    'V': ((2, 1, 53), (1, 0, 9)),
    'w': ((1, 0, 6),),
    'u': ((1, 1, 7),),
}

_NAMES = {
    'a': tuple(name[:3] for name in _cal.DAY_NAMES),
    'A': _cal.DAY_NAMES,
    'b': tuple(name[:3] for name in _cal.MONTH_NAMES),
    'B': _cal.MONTH_NAMES,
    'p': ('AM', 'PM'),
}

# Directives that stand for a whole C-locale format.
_COMPOSITE = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}

_KNOWN = set(_NUMERIC) | set(_NAMES) | set(_COMPOSITE) | {'z', 'Z', '%'}


def _pieces(fmt, whole=None):
    """The format as ('text', str), ('space', None) and ('field', letter) pieces."""
    whole = fmt if whole is None else whole
    pieces = []
    i = 0
    while i < len(fmt):
        ch = fmt[i]
        if ch.isspace():
            while i < len(fmt) and fmt[i].isspace():
                i += 1
            pieces.append(('space', None))
            continue
        if ch != '%':
            pieces.append(('text', ch))
            i += 1
            continue
        if i + 1 == len(fmt):
            raise ValueError("stray %% in format '%s'" % whole)
        letter = fmt[i + 1]
        if letter not in _KNOWN:
            raise ValueError("'%s' is a bad directive in format '%s'" % (letter, whole))
        if letter == '%':
            pieces.append(('text', '%'))
        elif letter in _COMPOSITE:
            pieces.extend(_pieces(_COMPOSITE[letter], whole))
        else:
            pieces.append(('field', letter))
        i += 2
    return pieces


def _digits_at(text, pos, count):
    piece = text[pos:pos + count]
    if len(piece) == count and piece.isdecimal():
        return int(piece)
    return None


def _numeric_options(letter, text, pos):
    options = []
    for count, low, high in _NUMERIC[letter]:
        value = _digits_at(text, pos, count)
        if value is not None and low <= value <= high:
            if letter == 'f':
                value *= 10 ** (6 - count)
            options.append((pos + count, value))
    if letter == 'd' and text[pos:pos + 1] == ' ':
        # a day written as %e writes it: space and one digit
        value = _digits_at(text, pos + 1, 1)
        if value:
            options.append((pos + 2, value))
    return options


def _name_options(names, text, pos, values=None):
    """Matches of any of the names (longest first), each with its index or value."""
    options = []
    lowered = text[pos:].lower()
    for index, name in enumerate(names):
        if name and lowered.startswith(name.lower()):
            options.append((pos + len(name), index if values is None else values[index]))
    options.sort(key=lambda option: -option[0])
    return options


def _zone_name_options(text, pos):
    names = ['utc', 'gmt'] + [name.lower() for name in getattr(_time, 'tzname', ())]
    return _name_options(names, text, pos, [text[pos:pos + len(name)] for name in names])


def _offset_options(text, pos):
    """%z: Z, or a sign, hours, optional colon, minutes, then optionally [:]seconds with
    an optional fraction of up to six digits. Values are the matched text."""
    if text[pos:pos + 1] == 'Z':
        return [(pos + 1, 'Z')]
    if text[pos:pos + 1] not in ('+', '-') or _digits_at(text, pos + 1, 2) is None:
        return []
    end = pos + 3
    if text[end:end + 1] == ':':
        end += 1
    minutes = _digits_at(text, end, 2)
    if minutes is None or minutes > 59:
        return []
    end += 2
    options = [(end, text[pos:end])]
    seconds_at = end + 1 if text[end:end + 1] == ':' else end
    seconds = _digits_at(text, seconds_at, 2)
    if seconds is not None and seconds <= 59:
        end = seconds_at + 2
        options.insert(0, (end, text[pos:end]))
        if text[end:end + 1] == '.':
            count = 0
            while count < 6 and _digits_at(text, end + 1 + count, 1) is not None:
                count += 1
            if count:
                options.insert(0, (end + 1 + count, text[pos:end + 1 + count]))
    return options


def _options(piece, text, pos):
    kind, arg = piece
    if kind == 'text':
        return [(pos + 1, None)] if text[pos:pos + 1].lower() == arg.lower() else []
    if kind == 'space':
        end = pos
        while end < len(text) and text[end].isspace():
            end += 1
        return [(stop, None) for stop in range(end, pos, -1)]
    if arg in _NUMERIC:
        return _numeric_options(arg, text, pos)
    if arg in _NAMES:
        return _name_options(_NAMES[arg], text, pos)
    if arg == 'z':
        return _offset_options(text, pos)
    return _zone_name_options(text, pos)


def _search(pieces, text):
    """[(letter, value), ...] in format order and where the match ends, or None. Depth-first
    over the pieces' options, keeping one iterator of untried options per piece."""
    if not pieces:
        return [], 0
    chosen = []
    pending = [iter(_options(pieces[0], text, 0))]
    while pending:
        depth = len(pending) - 1
        option = next(pending[-1], None)
        if option is None:
            pending.pop()
            continue
        end, value = option
        del chosen[depth:]
        chosen.append(value)
        if depth + 1 == len(pieces):
            return [(piece[1], value) for piece, value in zip(pieces, chosen)
                    if piece[0] == 'field'], end
        pending.append(iter(_options(pieces[depth + 1], text, end)))
    return None


def _offset_value(matched):
    """(seconds, microseconds) east of UTC of a %z match."""
    if matched == 'Z':
        return 0, 0
    body = matched[1:]
    if body[2:3] == ':':
        body = body[:2] + body[3:]
        if len(body) > 4:
            if body[4] != ':':
                raise ValueError("Inconsistent use of : in %s" % matched)
            body = body[:4] + body[5:]
    hours, minutes = int(body[0:2]), int(body[2:4])
    seconds = int(body[4:6]) if len(body) > 4 else 0
    micros = int(body[7:].ljust(6, '0')) if len(body) > 7 else 0
    total = (hours * 60 + minutes) * 60 + seconds
    if matched[0] == '-':
        return -total, -micros
    return total, micros


class _Reading:
    """What the directives said, before it is resolved into a date."""

    def __init__(self):
        self.year = None
        self.month = 1
        self.day = 1
        self.hour = self.minute = self.second = self.microsecond = 0
        self.hour12 = None
        self.afternoon = False
        self.day_of_year = None
        self.weekday = None             # Monday 0
        self.week = None                # (week number, True when weeks start on Monday)
        self.iso_year = self.iso_week = None
        self.offset = None              # (seconds, microseconds)
        self.zone = None


def _take(reading, letter, value):
    if letter == 'Y':
        reading.year = value
    elif letter == 'y':
        reading.year = value + (1900 if value >= 69 else 2000)
    elif letter == 'm':
        reading.month = value
    elif letter in 'bB':
        reading.month = value + 1
    elif letter == 'd':
        reading.day = value
    elif letter == 'H':
        reading.hour, reading.hour12 = value, None
    elif letter == 'I':
        reading.hour12 = value
    elif letter == 'p':
        reading.afternoon = value == 1
    elif letter == 'M':
        reading.minute = value
    elif letter == 'S':
        reading.second = value
    elif letter == 'f':
        reading.microsecond = value
    elif letter in 'aA':
        reading.weekday = value
    elif letter == 'w':
        reading.weekday = (value + 6) % 7
    elif letter == 'u':
        reading.weekday = value - 1
    elif letter == 'j':
        reading.day_of_year = value
    elif letter in 'UW':
        reading.week = (value, letter == 'W')
    elif letter == 'G':
        reading.iso_year = value
    elif letter == 'V':
        reading.iso_week = value
    elif letter == 'z':
        reading.offset = _offset_value(value)
    elif letter == 'Z':
        reading.zone = value


def _check_iso_directives(r):
    """CPython's refusals of ISO week directives mixed with others (a %Y or %y year makes
    %G a plain no-op; %U or %W make %V one)."""
    weekday_names = "a weekday directive ('%A', '%a', '%w', or '%u')."
    if r.iso_year is not None and r.year is None:
        if r.iso_week is None or r.weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week "
                             "directive '%V' and " + weekday_names)
        if r.day_of_year is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year "
                             "directive '%G'. Use '%Y' instead.")
    elif r.iso_week is not None and r.week is None:
        if r.weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year "
                             "directive '%G' and " + weekday_names)
        raise ValueError("ISO week directive '%V' is incompatible with the year directive "
                         "'%Y'. Use the ISO year '%G' instead.")


def _week_day_ordinal(year, week, weekday, monday_first):
    """The ordinal of a weekday in a %W (weeks from Monday) or %U (from Sunday) week of
    year. Week 1 starts on the year's first such day; week 0 is the week holding January 1st
    (the same as week 1 when the year starts on that day)."""
    jan1 = _cal.to_ordinal(year, 1, 1)
    shift = 0 if monday_first else 1
    jan1_place = (_cal.weekday(jan1) + shift) % 7
    place = (weekday + shift) % 7
    if week == 0:
        return jan1 - jan1_place + place
    first_week_start = jan1 + (7 - jan1_place) % 7
    return first_week_start + 7 * (week - 1) + place


def _in_range(year):
    """year, when a date can be built in it (the calendar arithmetic starts from one)."""
    if not _cal.MIN_YEAR <= year <= _cal.MAX_YEAR:
        raise ValueError("year %d is out of range" % year)
    return year


def _resolve(r):
    """(year, month, day, hour, minute, second, microsecond) of a reading."""
    _check_iso_directives(r)
    hour = r.hour
    if r.hour12 is not None:
        hour = r.hour12 % 12 + (12 if r.afternoon else 0)
    # Without a year, 1900; but a February 29th is read in a leap year, then put back.
    year = r.year
    feb29_without_year = year is None and (r.month, r.day) == (2, 29)
    if year is None:
        year = 1904 if feb29_without_year else 1900
    month, day = r.month, r.day
    ordinal = None
    if r.day_of_year is not None:
        ordinal = _cal.to_ordinal(_in_range(year), 1, 1) + r.day_of_year - 1
    elif r.weekday is not None and r.week is not None:
        ordinal = _week_day_ordinal(_in_range(year), r.week[0], r.weekday, r.week[1])
    elif r.weekday is not None and r.iso_year is not None and r.iso_week is not None:
        monday1 = _cal.from_iso_week_date(_in_range(r.iso_year), 1, 1)
        ordinal = monday1 + 7 * (r.iso_week - 1) + r.weekday
    if ordinal is not None:
        year, month, day = _cal.from_ordinal(ordinal)
    if feb29_without_year:
        year = 1900
    return year, month, day, hour, r.minute, r.second, r.microsecond


# Formats already split into pieces; programs tend to reuse a handful.
_compiled = {}


def parse(data, fmt):
    """(year, month, day, hour, minute, second, microsecond, offset, zone name): offset is
    None or (seconds, microseconds) east of UTC."""
    for position, arg in enumerate((data, fmt), 1):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument %d must be str, not %s"
                            % (position, 'None' if arg is None else type(arg).__name__))
    pieces = _compiled.get(fmt)
    if pieces is None:
        if len(_compiled) >= 64:
            _compiled.clear()
        pieces = _compiled[fmt] = _pieces(fmt)
    match = _search(pieces, data)
    if match is None:
        raise ValueError("time data %r does not match format %r" % (data, fmt))
    values, end = match
    if end != len(data):
        raise ValueError("unconverted data remains: %s" % data[end:])
    reading = _Reading()
    for letter, value in values:
        _take(reading, letter, value)
    return _resolve(reading) + (reading.offset, reading.zone)
