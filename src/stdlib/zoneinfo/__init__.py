"""IANA time zones (PEP 615): ZoneInfo('Europe/Paris') is a datetime.tzinfo read from the
system's compiled TZif files (TZPATH), following PEP 495 for the repeated and skipped local
times around transitions (fold). Times past the last recorded transition follow the
POSIX TZ rule stored at the end of the file."""

import os
import bisect
from datetime import tzinfo, timedelta, datetime

__all__ = ['ZoneInfo', 'reset_tzpath', 'available_timezones', 'TZPATH',
           'ZoneInfoNotFoundError', 'InvalidTZPathWarning']

_DEFAULT_TZPATH = ('/usr/share/zoneinfo', '/usr/lib/zoneinfo', '/usr/share/lib/zoneinfo',
                   '/etc/zoneinfo')


class ZoneInfoNotFoundError(KeyError):
    """No time zone file for the key on TZPATH."""


# where CPython defines them (tracebacks name the exception by module)
ZoneInfoNotFoundError.__module__ = 'zoneinfo._common'


class InvalidTZPathWarning(RuntimeWarning):
    """PYTHONTZPATH holds a relative path (which is then ignored)."""


InvalidTZPathWarning.__module__ = 'zoneinfo._tzpath'


def _parse_tzpath(env_var):
    if not env_var:
        return ()
    raw = env_var.split(os.pathsep)
    new = tuple(p for p in raw if os.path.isabs(p))
    if len(new) != len(raw):
        import warnings
        warnings.warn("Invalid paths specified in PYTHONTZPATH environment variable. "
                      "Paths should be absolute but found the following relative paths:"
                      + "\n    " + "\n    ".join(p for p in raw if not os.path.isabs(p)),
                      InvalidTZPathWarning)
    return new


TZPATH = ()


def reset_tzpath(to=None):
    """Set TZPATH from `to` (absolute paths), or from PYTHONTZPATH / the default."""
    global TZPATH
    if to is not None:
        if isinstance(to, (str, bytes)):
            raise TypeError(f"tzpaths must be a list or tuple, not {type(to)}: {to!r}")
        if not all(map(os.path.isabs, to)):
            raise ValueError(
                "Paths should be absolute but found the following relative paths:"
                + "\n    " + "\n    ".join(p for p in to if not os.path.isabs(p)))
        TZPATH = tuple(to)
    else:
        env = os.environ.get('PYTHONTZPATH', None)
        TZPATH = _parse_tzpath(env) if env is not None else _DEFAULT_TZPATH
    ZoneInfo.clear_cache()


def _validate_key(key):
    if os.path.isabs(key):
        raise ValueError(f"ZoneInfo keys may not be absolute paths, got: {key}")
    normalized = os.path.normpath(key)
    if len(normalized) != len(key):
        raise ValueError(f"ZoneInfo keys must be normalized relative paths, got: {key}")
    if normalized.startswith('..' + os.sep) or normalized == '..':
        raise ValueError(f"ZoneInfo keys must refer to subdirectories of TZPATH, got: {key}")


def _find_tzfile(key):
    _validate_key(key)
    for base in TZPATH:
        path = os.path.join(base, key)
        if os.path.isfile(path):
            return path
    return None


def available_timezones():
    """The keys of every time zone file on TZPATH."""
    zones = set()
    for root_dir in TZPATH:
        if not os.path.exists(root_dir):
            continue
        for root, dirnames, files in os.walk(root_dir):
            if root == root_dir:
                # right/ (with leap seconds) and posix/ repeat the zones under other keys
                if 'right' in dirnames:
                    dirnames.remove('right')
                if 'posix' in dirnames:
                    dirnames.remove('posix')
            for name in files:
                path = os.path.join(root, name)
                key = os.path.relpath(path, start=root_dir)
                if os.sep != '/':
                    key = key.replace(os.sep, '/')
                if not key or key in zones:
                    continue
                try:
                    with open(path, 'rb') as f:
                        if f.read(4) == b'TZif':
                            zones.add(key)
                except OSError:
                    continue
    zones.discard('posixrules')
    return zones


# ------------------------------------------------------------------------ TZif files

def _read_counts(data, pos):
    if data[pos:pos + 4] != b'TZif':
        raise ValueError("Invalid TZif file: magic not found")
    version = data[pos + 4]
    version = int(chr(version)) if version else 1
    counts = [int.from_bytes(data[pos + 20 + 4 * i:pos + 24 + 4 * i], 'big') for i in range(6)]
    return version, counts


def _load_tzif(data):
    """(transition times, index of the ttinfo after each, ttinfos [(utoff, isdst, abbr)],
    POSIX TZ string or None) from the bytes of a TZif file."""
    version, (isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt) = _read_counts(data, 0)
    pos = 44
    time_size = 4
    if version >= 2:
        # skip the 32-bit block; the 64-bit one follows with a header of its own
        pos += timecnt * 5 + typecnt * 6 + charcnt + leapcnt * 8 + isstdcnt + isutcnt
        version, (isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt) = _read_counts(data, pos)
        pos += 44
        time_size = 8
    trans = [int.from_bytes(data[pos + i * time_size:pos + (i + 1) * time_size], 'big',
                            signed=True) for i in range(timecnt)]
    pos += timecnt * time_size
    idx = list(data[pos:pos + timecnt])
    pos += timecnt
    raw_types = []
    for i in range(typecnt):
        chunk = data[pos + 6 * i:pos + 6 * i + 6]
        raw_types.append((int.from_bytes(chunk[:4], 'big', signed=True), chunk[4], chunk[5]))
    pos += typecnt * 6
    chars = data[pos:pos + charcnt]
    pos += charcnt + leapcnt * (time_size + 4) + isstdcnt + isutcnt
    types = []
    for utoff, isdst, abbrind in raw_types:
        end = chars.find(b'\x00', abbrind)
        types.append((utoff, isdst, chars[abbrind:end if end >= 0 else None].decode()))
    tz_str = None
    if version >= 2:
        footer = data[pos:]
        if footer.startswith(b'\n'):
            end = footer.find(b'\n', 1)
            text = footer[1:end].decode()
            tz_str = text or None
    return trans, idx, types, tz_str


class _TTInfo:
    __slots__ = ('utcoff', 'dstoff', 'tzname')

    def __init__(self, utcoff, dstoff, tzname):
        self.utcoff = utcoff
        self.dstoff = dstoff
        self.tzname = tzname

    def __eq__(self, other):
        return (self.utcoff, self.dstoff, self.tzname) == \
            (other.utcoff, other.dstoff, other.tzname)


def _dst_offsets(trans_idx, types):
    """The DST part of each ttinfo's offset, which TZif files do not record: a DST type's
    offset less the offset of the standard time next to it (before it, else after it)."""
    dstoffs = [0] * len(types)
    dst_types = {i for i, t in enumerate(types) if t[1]}
    for n, i in enumerate(trans_idx):
        if i not in dst_types or dstoffs[i]:
            continue
        std = None
        if n > 0 and not types[trans_idx[n - 1]][1]:
            std = types[trans_idx[n - 1]][0]
        elif n + 1 < len(trans_idx) and not types[trans_idx[n + 1]][1]:
            std = types[trans_idx[n + 1]][0]
        if std is not None and types[i][0] != std:
            dstoffs[i] = types[i][0] - std
    for i in dst_types:
        if not dstoffs[i]:
            dstoffs[i] = 3600       # no standard neighbour: assume an hour
    return dstoffs


# --------------------------------------------------------------------- POSIX TZ rules

def _parse_offset(text, pos):
    """[+-]hh[:mm[:ss]] at pos → (seconds, next pos)."""
    sign = 1
    if pos < len(text) and text[pos] in '+-':
        sign = -1 if text[pos] == '-' else 1
        pos += 1
    parts = []
    while True:
        start = pos
        while pos < len(text) and text[pos].isdigit():
            pos += 1
        if start == pos:
            raise ValueError(f"Invalid TZ string offset: {text}")
        parts.append(int(text[start:pos]))
        if len(parts) < 3 and pos < len(text) and text[pos] == ':':
            pos += 1
            continue
        break
    while len(parts) < 3:
        parts.append(0)
    return sign * (parts[0] * 3600 + parts[1] * 60 + parts[2]), pos


def _parse_name(text, pos):
    if text[pos] == '<':
        end = text.index('>', pos)
        return text[pos + 1:end], end + 1
    start = pos
    while pos < len(text) and text[pos].isalpha():
        pos += 1
    return text[start:pos], pos


def _days_in_month(year, month):
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 31 if month in (1, 3, 5, 7, 8, 10, 12) else 30


class _Rule:
    """When a DST period starts or ends in a year: a day (Mm.w.d, Jn or n) and a local
    time of day in seconds."""

    def __init__(self, spec):
        day, _, time = spec.partition('/')
        self.seconds = _parse_offset(time, 0)[0] if time else 7200
        if day.startswith('M'):
            m, w, d = (int(x) for x in day[1:].split('.'))
            self.kind, self.args = 'M', (m, w, d)
        elif day.startswith('J'):
            self.kind, self.args = 'J', (int(day[1:]),)
        else:
            self.kind, self.args = 'n', (int(day),)

    def year_seconds(self, year):
        """Seconds from the year's start (local) to this moment of the year."""
        leap = _days_in_month(year, 2) == 29
        if self.kind == 'J':
            n = self.args[0]            # 1..365, February 29 never counted
            day = n - 1 + (1 if leap and n > 59 else 0)
        elif self.kind == 'n':
            day = self.args[0]
        else:
            m, w, d = self.args
            first = datetime(year, m, 1)
            # weekday of the 1st with Sunday as 0
            first_wd = (first.weekday() + 1) % 7
            mday = 1 + (d - first_wd) % 7 + (w - 1) * 7
            if mday > _days_in_month(year, m):
                mday -= 7
            day = (first.toordinal() - datetime(year, 1, 1).toordinal()) + mday - 1
        return day * 86400 + self.seconds


class _TZStr:
    """A POSIX TZ string such as 'EST5EDT,M3.2.0,M11.1.0' (offsets there count west)."""

    def __init__(self, text):
        pos = 0
        self.std_abbr, pos = _parse_name(text, pos)
        off, pos = _parse_offset(text, pos)
        self.std_off = -off
        self.dst_abbr = None
        if pos >= len(text):
            return
        self.dst_abbr, pos = _parse_name(text, pos)
        self.dst_off = self.std_off + 3600
        if pos < len(text) and text[pos] != ',':
            off, pos = _parse_offset(text, pos)
            self.dst_off = -off
        if pos >= len(text) or text[pos] != ',':
            raise ValueError(f"Invalid TZ string: {text}")
        start, end = text[pos + 1:].split(',')
        self.start = _Rule(start)
        self.end = _Rule(end)
        self.std = _TTInfo(self.std_off, 0, self.std_abbr)
        self.dst = _TTInfo(self.dst_off, self.dst_off - self.std_off, self.dst_abbr)

    def transitions(self, year):
        """(DST start, DST end) that year, in seconds since the epoch, local wall time as
        it reads just before each (standard time at the start, DST at the end)."""
        base = (datetime(year, 1, 1).toordinal() - _EPOCH_ORDINAL) * 86400
        return base + self.start.year_seconds(year), base + self.end.year_seconds(year)

    def find_local(self, ts, year, fold):
        if self.dst_abbr is None:
            return _TTInfo(self.std_off, 0, self.std_abbr)
        start, end = self.transitions(year)
        delta = self.dst_off - self.std_off
        if fold:
            start_f, end_f = start, end - delta
        else:
            start_f, end_f = start + delta, end
        if start < end:
            isdst = start_f <= ts < end_f
        else:
            isdst = not (end_f <= ts < start_f)
        return self.dst if isdst else self.std

    def find_utc(self, ts):
        """(ttinfo, fold) for a UTC moment."""
        if self.dst_abbr is None:
            return _TTInfo(self.std_off, 0, self.std_abbr), False
        year = _year_of(ts + self.std_off)
        start, end = self.transitions(year)
        start_utc = start - self.std_off
        end_utc = end - self.dst_off
        if start_utc < end_utc:
            isdst = start_utc <= ts < end_utc
        else:
            isdst = not (end_utc <= ts < start_utc)
        delta = self.dst_off - self.std_off
        fold = False
        if not isdst and 0 <= ts - end_utc < delta:
            fold = True     # the hour after DST ends reads like its last hour
        return (self.dst if isdst else self.std), fold


_EPOCH_ORDINAL = datetime(1970, 1, 1).toordinal()


def _year_of(ts):
    return datetime.fromordinal(_EPOCH_ORDINAL + ts // 86400).year


def _local_seconds(dt):
    return ((dt.toordinal() - _EPOCH_ORDINAL) * 86400 + dt.hour * 3600 + dt.minute * 60
            + dt.second)


# ----------------------------------------------------------------------------- ZoneInfo

class ZoneInfo(tzinfo):
    """The time zone named by an IANA key, e.g. ZoneInfo('America/New_York'). The same key
    gives the same object (no_cache() makes a fresh one)."""

    _cache = {}

    def __new__(cls, key):
        instance = cls._cache.get(key)
        if instance is None:
            instance = cls._new_instance(key)
            cls._cache[key] = instance
        return instance

    @classmethod
    def no_cache(cls, key):
        return cls._new_instance(key)

    @classmethod
    def _new_instance(cls, key):
        path = _find_tzfile(key)
        if path is None:
            raise ZoneInfoNotFoundError(f"No time zone found with key {key}")
        with open(path, 'rb') as f:
            data = f.read()
        self = object.__new__(cls)
        self._key = key
        self._file_repr = None
        self._load(data)
        return self

    @classmethod
    def from_file(cls, fobj, /, key=None):
        self = object.__new__(cls)
        self._key = key
        self._file_repr = repr(fobj)
        self._load(fobj.read())
        return self

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        if only_keys is None:
            cls._cache.clear()
        else:
            for key in only_keys:
                cls._cache.pop(key, None)

    @property
    def key(self):
        return self._key

    def _load(self, data):
        trans, idx, types, tz_str = _load_tzif(data)
        dstoffs = _dst_offsets(idx, types)
        self._ttinfos = [_TTInfo(t[0], dstoffs[i], t[2]) for i, t in enumerate(types)]
        self._trans_utc = trans
        self._trans_ttinfo = [self._ttinfos[i] for i in idx]
        # before the first transition: the first standard-time type (else the first type)
        before = None
        for i, t in enumerate(types):
            if not t[1]:
                before = self._ttinfos[i]
                break
        if before is None and self._ttinfos:
            before = self._ttinfos[0]
        self._tti_before = before
        self._tz_str = _TZStr(tz_str) if tz_str else None
        # Local wall times of the transitions: fold=0 takes the later of the offsets on
        # either side (an ambiguous time reads as the earlier period, a skipped one as the
        # period before), fold=1 the smaller.
        wall0, wall1 = [], []
        prev = before.utcoff if before is not None else 0
        for t, tti in zip(trans, self._trans_ttinfo):
            a, b = prev, tti.utcoff
            wall0.append(t + max(a, b))
            wall1.append(t + min(a, b))
            prev = b
        self._trans_local = (wall0, wall1)
        if not trans and self._tz_str is None and before is not None:
            self._fixed = before
        else:
            self._fixed = None

    def _find_trans(self, dt):
        if dt is None:
            if self._fixed is not None:
                return self._fixed
            return None
        if self._fixed is not None:
            return self._fixed
        ts = _local_seconds(dt)
        wall = self._trans_local[dt.fold]
        i = bisect.bisect_right(wall, ts)
        if i == 0:
            return self._tti_before
        if i == len(wall) and self._tz_str is not None:
            return self._tz_str.find_local(ts, dt.year, dt.fold)
        return self._trans_ttinfo[i - 1]

    def utcoffset(self, dt):
        tti = self._find_trans(dt)
        return None if tti is None else timedelta(seconds=tti.utcoff)

    def dst(self, dt):
        tti = self._find_trans(dt)
        return None if tti is None else timedelta(seconds=tti.dstoff)

    def tzname(self, dt):
        tti = self._find_trans(dt)
        return None if tti is None else tti.tzname

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        ts = _local_seconds(dt)
        trans = self._trans_utc
        fold = False
        if self._fixed is not None:
            tti = self._fixed
        else:
            i = bisect.bisect_right(trans, ts)
            if i == 0:
                tti = self._tti_before
            elif i == len(trans) and self._tz_str is not None:
                tti, fold = self._tz_str.find_utc(ts)
            else:
                tti = self._trans_ttinfo[i - 1]
                prev = self._trans_ttinfo[i - 2].utcoff if i >= 2 else self._tti_before.utcoff
                shift = prev - tti.utcoff
                # a moment within `shift` after a backward transition: its local time
                # was read once already, this is the second time (fold=1)
                if shift > 0 and ts - trans[i - 1] < shift:
                    fold = True
        result = dt + timedelta(seconds=tti.utcoff)
        if fold:
            result = result.replace(fold=1)
        return result

    def __str__(self):
        if self._key is not None:
            return f"{self._key}"
        return repr(self)

    def __repr__(self):
        if self._key is not None:
            return f"{self.__class__.__module__}.{self.__class__.__qualname__}(key={self._key!r})"
        return f"{self.__class__.__module__}.{self.__class__.__qualname__}.from_file({self._file_repr})"

    def __reduce__(self):
        return (self.__class__._unpickle, (self._key, True))

    @classmethod
    def _unpickle(cls, key, from_cache, /):
        return cls(key) if from_cache else cls.no_cache(key)

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._cache = {}


ZoneInfo.__module__ = 'zoneinfo'
reset_tzpath()
