"""Reading the ISO 8601 forms that the fromisoformat() constructors of datetime accept.

The functions return plain numbers; datetime builds (and range-checks) the objects. Text that
does not have an accepted shape raises Malformed, which the callers turn into
"Invalid isoformat string"."""

import _pygil_datetime_calendar as _cal


class Malformed(ValueError):
    pass


def _number(text, start, width):
    """The unsigned decimal of exactly `width` ASCII digits at text[start:]."""
    piece = text[start:start + width]
    if len(piece) != width or not (piece.isascii() and piece.isdigit()):
        raise Malformed
    return int(piece)


def date_length(text):
    """How many leading characters of a datetime string its date takes, judged from the
    separators: YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D] or YYYYWww[D]."""
    extended = text[4:5] == '-'
    week_at = 5 if extended else 4
    if text[week_at:week_at + 1] != 'W':
        return 10 if extended else 8
    if extended:
        return 10 if text[8:9] == '-' else 8
    # YYYYWwwD only when no digit follows the D: a digit there means D was a (digit)
    # separator and the time starts after it, as CPython 3.11 reads it.
    return 8 if _is_digit(text[7:8]) and not _is_digit(text[8:9]) else 7


def _is_digit(ch):
    return len(ch) == 1 and ch.isascii() and ch.isdigit()


def parse_date(text):
    """(year, month, day) of a whole date string."""
    if len(text) not in (7, 8, 10):
        raise Malformed
    year = _number(text, 0, 4)
    extended = text[4] == '-'
    if len(text) == 10 and not extended:
        text = text[:8]     # CPython 3.11 reads a basic date and ignores two more characters
    rest = text[5:] if extended else text[4:]
    if rest.startswith('W'):
        return _week_date(year, rest[1:], extended)
    if extended:
        if len(rest) != 5 or rest[2] != '-':
            raise Malformed
        return year, _number(rest, 0, 2), _number(rest, 3, 2)
    if len(rest) != 4:
        raise Malformed
    return year, _number(rest, 0, 2), _number(rest, 2, 2)


def _week_date(year, rest, extended):
    # rest follows the 'W': "ww", then optionally "-d" (extended) or "d" (basic)
    week = _number(rest, 0, 2)
    tail = rest[2:]
    if extended and tail:
        if tail[0] != '-':
            raise Malformed
        tail = tail[1:]
        if not tail:
            raise Malformed
    if len(tail) > 1:
        raise Malformed
    weekday = _number(tail, 0, 1) if tail else 1
    try:
        ordinal = _cal.from_iso_week_date(year, week, weekday)
    except ValueError:
        raise Malformed from None
    return _cal.from_ordinal(ordinal)


def _clock(text, lenient):
    """[hours, minutes, seconds, microseconds] of HH[:MM[:SS]] or HH[MM[SS]], where a
    fraction (after '.' or ',', or straight after the seconds of the basic form, or after a
    further ':' in the extended form) may follow any group; digits beyond microseconds are
    dropped. Like CPython, a lone character left at the end, or anything left after the
    fraction, is forgiven when an offset follows (lenient) and refused otherwise."""
    fields = [0, 0, 0, 0]
    pos = 0
    colons = False
    for index in range(3):
        fields[index] = _number(text, pos, 2)
        pos += 2
        if pos >= len(text):
            return fields
        mark = text[pos]
        pos += 1
        if index == 0:
            colons = mark == ':'
        if pos >= len(text):
            if lenient:
                return fields
            raise Malformed
        if colons and mark == ':':
            continue
        if mark in '.,':
            break
        if colons:
            raise Malformed
        pos -= 1            # the basic form has no separators: the mark starts the next group
    count = min(len(text) - pos, 6)
    fields[3] = _number(text, pos, count) * 10 ** (6 - count)
    pos += count
    while pos < len(text) and text[pos].isascii() and text[pos].isdigit():
        pos += 1
    if pos < len(text) and not lenient:
        raise Malformed
    return fields


def parse_time(text):
    """(hour, minute, second, microsecond, offset in microseconds or None)."""
    marker = len(text)
    for index, ch in enumerate(text):
        if ch in '+-Z':
            marker = index
            break
    zone = text[marker:]
    fields = _clock(text[:marker], bool(zone))
    if not zone:
        return fields[0], fields[1], fields[2], fields[3], None
    if zone == 'Z':
        return fields[0], fields[1], fields[2], fields[3], 0
    if zone[0] == 'Z':
        raise Malformed
    hours, minutes, seconds, micros = _clock(zone[1:], False)
    offset = ((hours * 60 + minutes) * 60 + seconds) * 1000000 + micros
    if zone[0] == '-':
        offset = -offset
    return fields[0], fields[1], fields[2], fields[3], offset


def split_datetime(text):
    """(date text, time text or None): any one character may separate the two."""
    cut = date_length(text)
    if len(text) <= cut:
        return text, None
    clock = text[cut + 1:]
    if not clock:
        raise Malformed
    return text[:cut], clock
