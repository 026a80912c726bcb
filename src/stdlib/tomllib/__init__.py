"""Parse TOML 1.0 (https://toml.io) into Python objects: tables become dicts, arrays lists,
and dates/times datetime objects.

    >>> import tomllib
    >>> tomllib.loads('title = "TOML"\\n[owner]\\nname = "Tom"\\n')
    {'title': 'TOML', 'owner': {'name': 'Tom'}}

Error messages end with the position, "(at line L, column C)", as CPython's do; their wording
follows CPython's for the usual mistakes.
"""

from datetime import date, datetime, time, timedelta, timezone

__all__ = ("loads", "load", "TOMLDecodeError")


class TOMLDecodeError(ValueError):
    """An error while decoding TOML."""


TOMLDecodeError.__module__ = 'tomllib'


def load(fp, /, *, parse_float=float):
    """Parse a TOML file opened in binary mode."""
    b = fp.read()
    try:
        s = b.decode()
    except AttributeError:
        raise TypeError("File must be opened in binary mode, e.g. use "
                        "`open('foo.toml', 'rb')`") from None
    return loads(s, parse_float=parse_float)


def loads(s, /, *, parse_float=float):
    """Parse a TOML document from a string."""
    s = s.replace("\r\n", "\n")      # bytes fail here, as in CPython
    return _Parser(s, parse_float).document()


_BARE_KEY_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")
_WS = frozenset(" \t")
_ESCAPES = {"\\b": "\b", "\\t": "\t", "\\n": "\n", "\\f": "\f", "\\r": "\r", '\\"': '"',
            "\\\\": "\\"}
# Control characters TOML forbids in strings and comments (tab is allowed).
_ILLEGAL = frozenset(chr(i) for i in range(32) if i != 9) | {"\x7f"}


class _Parser:
    def __init__(self, src, parse_float):
        self.src = src
        self.pos = 0
        self.parse_float = parse_float
        self.root = {}
        # tables made by a [header] or by defining their keys (may not be redefined),
        # inline tables and arrays (frozen), arrays of tables
        self.explicit = set()
        self.frozen = set()
        self.aot = set()
        self.implicit_dotted = set()

    # -- errors and positions

    def error(self, msg, pos=None):
        pos = self.pos if pos is None else pos
        if pos >= len(self.src):
            return TOMLDecodeError(f"{msg} (at end of document)")
        line = self.src.count("\n", 0, pos) + 1
        if line == 1:
            col = pos + 1
        else:
            col = pos - self.src.rindex("\n", 0, pos)
        return TOMLDecodeError(f"{msg} (at line {line}, column {col})")

    def peek(self):
        return self.src[self.pos] if self.pos < len(self.src) else ""

    def skip_ws(self):
        while self.pos < len(self.src) and self.src[self.pos] in _WS:
            self.pos += 1

    def skip_comment(self):
        if self.peek() == "#":
            self.pos += 1
            while self.pos < len(self.src) and self.src[self.pos] != "\n":
                if self.src[self.pos] in _ILLEGAL:
                    raise self.error("Found invalid character " + repr(self.src[self.pos]))
                self.pos += 1

    def skip_ws_comments_newlines(self):
        while True:
            self.skip_ws()
            self.skip_comment()
            if self.peek() == "\n":
                self.pos += 1
                continue
            return

    # -- document

    def document(self):
        current = ()        # key path of the table new key/values go into
        while True:
            self.skip_ws_comments_newlines()
            if self.pos >= len(self.src):
                return self.root
            ch = self.peek()
            if ch == "[":
                if self.src.startswith("[[", self.pos):
                    current = self.array_table_header()
                else:
                    current = self.table_header()
            elif ch in _BARE_KEY_CHARS or ch in "\"'":
                self.key_value(current)
            else:
                raise self.error("Invalid statement")
            self.skip_ws()
            self.skip_comment()
            ch = self.peek()
            if ch not in ("", "\n"):
                raise self.error("Expected newline or end of document after a statement")

    def table_header(self):
        self.pos += 1
        self.skip_ws()
        key = self.key()
        self.skip_ws()
        if key in self.explicit or any(key[:i] in self.frozen for i in range(1, len(key) + 1)):
            raise self.error(f"Cannot declare {key} twice")
        self.open_table(key, for_header=True)
        self.explicit.add(key)
        if self.peek() != "]":
            raise self.error("Expected ']' at the end of a table declaration")
        self.pos += 1
        return key

    def array_table_header(self):
        self.pos += 2
        self.skip_ws()
        key = self.key()
        self.skip_ws()
        if key in self.frozen:
            raise self.error(f"Cannot mutate immutable namespace {key}")
        parent = self.open_table(key[:-1], for_header=True)
        last = key[-1]
        if last in parent:
            arr = parent[last]
            if key not in self.aot or not isinstance(arr, list):
                raise self.error(f"Cannot mutate immutable namespace {key}")
        else:
            arr = parent[last] = []
            self.aot.add(key)
        arr.append({})
        if not self.src.startswith("]]", self.pos):
            raise self.error("Expected ']]' at the end of an array declaration")
        self.pos += 2
        # a fresh table: the names declared under the previous element are free again
        self.explicit = {k for k in self.explicit if k[:len(key)] != key}
        self.implicit_dotted = {k for k in self.implicit_dotted if k[:len(key)] != key}
        return key

    def open_table(self, key, for_header=False):
        """The dict at key path, made as needed (the last element of an array of tables)."""
        d = self.root
        for i, part in enumerate(key):
            sub = key[:i + 1]
            if part not in d:
                d[part] = {}
            v = d[part]
            if isinstance(v, list):
                if sub not in self.aot:
                    raise self.error(f"Cannot mutate immutable namespace {sub}")
                v = v[-1]
            elif not isinstance(v, dict):
                raise self.error(f"Cannot overwrite a value")
            if sub in self.frozen:
                raise self.error(f"Cannot mutate immutable namespace {sub}")
            d = v
        return d

    def key_value(self, current):
        key = self.key()
        self.skip_ws()
        if self.peek() != "=":
            raise self.error("Expected '=' after a key in a key/value pair")
        self.pos += 1
        self.skip_ws()
        value = self.value()
        key_pos = self.pos       # conflicts are reported after the value, as CPython does
        full = current + key
        for i in range(len(key) - 1):
            sub = current + key[:i + 1]
            if sub in self.explicit:
                raise self.error(f"Cannot redefine namespace {sub}", key_pos)
        table = self.open_table(current)
        for i, part in enumerate(key[:-1]):
            sub = current + key[:i + 1]
            if sub in self.frozen:
                raise self.error(f"Cannot mutate immutable namespace {sub}", key_pos)
            if part not in table:
                table[part] = {}
                self.implicit_dotted.add(sub)
            table = table[part]
            if not isinstance(table, dict):
                raise self.error("Cannot overwrite a value", key_pos)
        if key[-1] in table:
            raise self.error("Cannot overwrite a value", key_pos)
        table[key[-1]] = value
        if isinstance(value, (dict, list)):
            self.freeze(full, value)

    def freeze(self, path, value):
        self.frozen.add(path)

    # -- keys

    def key(self):
        parts = [self.simple_key()]
        while True:
            save = self.pos
            self.skip_ws()
            if self.peek() != ".":
                self.pos = save
                return tuple(parts)
            self.pos += 1
            self.skip_ws()
            parts.append(self.simple_key())

    def simple_key(self):
        ch = self.peek()
        if ch == '"':
            return self.basic_string()
        if ch == "'":
            return self.literal_string()
        start = self.pos
        while self.pos < len(self.src) and self.src[self.pos] in _BARE_KEY_CHARS:
            self.pos += 1
        if start == self.pos:
            raise self.error("Invalid initial character for a key part")
        return self.src[start:self.pos]

    # -- values

    def value(self):
        src = self.src
        ch = self.peek()
        if ch == '"':
            if src.startswith('"""', self.pos):
                return self.multiline_basic()
            return self.basic_string()
        if ch == "'":
            if src.startswith("'''", self.pos):
                return self.multiline_literal()
            return self.literal_string()
        if ch == "t" and src.startswith("true", self.pos):
            self.pos += 4
            return True
        if ch == "f" and src.startswith("false", self.pos):
            self.pos += 5
            return False
        if ch == "[":
            return self.array()
        if ch == "{":
            return self.inline_table()
        dt = self.datetime_value()
        if dt is not None:
            return dt
        return self.number()

    def basic_string(self):
        self.pos += 1
        out = []
        src = self.src
        while True:
            if self.pos >= len(src):
                raise self.error("Unterminated string")
            ch = src[self.pos]
            if ch == '"':
                self.pos += 1
                return "".join(out)
            if ch == "\\":
                out.append(self.escape())
                continue
            if ch in _ILLEGAL:
                raise self.error(f"Illegal character {ch!r}")
            out.append(ch)
            self.pos += 1

    def escape(self):
        src = self.src
        two = src[self.pos:self.pos + 2]
        if two in _ESCAPES:
            self.pos += 2
            return _ESCAPES[two]
        if two in ("\\u", "\\U"):
            n = 4 if two == "\\u" else 8
            hexpart = src[self.pos + 2:self.pos + 2 + n]
            if len(hexpart) != n or not all(c in "0123456789abcdefABCDEF" for c in hexpart):
                raise self.error("Invalid hex value", self.pos + 2)
            code = int(hexpart, 16)
            if 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
                raise self.error("Escaped character is not a Unicode scalar value")
            self.pos += 2 + n
            return chr(code)
        raise self.error("Unescaped '\\' in a string", self.pos + 2)

    def literal_string(self):
        self.pos += 1
        start = self.pos
        src = self.src
        while True:
            if self.pos >= len(src):
                raise self.error('Expected "\'"')
            ch = src[self.pos]
            if ch == "'":
                self.pos += 1
                return src[start:self.pos - 1]
            if ch in _ILLEGAL:
                raise self.error(f"Found invalid character {ch!r}")
            self.pos += 1

    def multiline_basic(self):
        self.pos += 3
        src = self.src
        if src.startswith("\n", self.pos):
            self.pos += 1
        out = []
        while True:
            if self.pos >= len(src):
                raise self.error("Unterminated string")
            if src.startswith('"""', self.pos):
                # up to two more quotes belong to the string
                end = self.pos + 3
                extra = 0
                while extra < 2 and end + extra < len(src) and src[end + extra] == '"':
                    extra += 1
                out.append('"' * extra)
                self.pos = end + extra
                return "".join(out)
            ch = src[self.pos]
            if ch == "\\":
                # a backslash at the end of a line drops the newline and the leading
                # whitespace of what follows
                j = self.pos + 1
                while j < len(src) and src[j] in _WS:
                    j += 1
                if j < len(src) and src[j] == "\n":
                    while j < len(src) and (src[j] in _WS or src[j] == "\n"):
                        j += 1
                    self.pos = j
                    continue
                out.append(self.escape())
                continue
            if ch in _ILLEGAL and ch != "\n":
                raise self.error(f"Illegal character {ch!r}")
            out.append(ch)
            self.pos += 1

    def multiline_literal(self):
        self.pos += 3
        src = self.src
        if src.startswith("\n", self.pos):
            self.pos += 1
        start = self.pos
        while True:
            if self.pos >= len(src):
                raise self.error('Expected "\'\'\'"')
            if src.startswith("'''", self.pos):
                end = self.pos + 3
                extra = 0
                while extra < 2 and end + extra < len(src) and src[end + extra] == "'":
                    extra += 1
                text = src[start:self.pos] + "'" * extra
                self.pos = end + extra
                return text
            ch = src[self.pos]
            if ch in _ILLEGAL and ch != "\n":
                raise self.error(f"Found invalid character {ch!r}")
            self.pos += 1

    def array(self):
        self.pos += 1
        out = []
        while True:
            self.skip_ws_comments_newlines()
            if self.peek() == "]":
                self.pos += 1
                return out
            out.append(self.value())
            self.skip_ws_comments_newlines()
            ch = self.peek()
            if ch == ",":
                self.pos += 1
                continue
            if ch == "]":
                self.pos += 1
                return out
            raise self.error("Unclosed array")

    def inline_table(self):
        self.pos += 1
        table = {}
        defined = set()
        frozen = set()
        self.skip_ws()
        if self.peek() == "}":
            self.pos += 1
            return table
        while True:
            key = self.key()
            self.skip_ws()
            if self.peek() != "=":
                raise self.error("Expected '=' after a key in a key/value pair")
            self.pos += 1
            self.skip_ws()
            value = self.value()
            key_pos = self.pos
            d = table
            for i, part in enumerate(key[:-1]):
                if key[:i + 1] in frozen:
                    raise self.error(f"Cannot mutate immutable namespace {key[:i + 1]}", key_pos)
                if part not in d:
                    d[part] = {}
                d = d[part]
                if not isinstance(d, dict):
                    raise self.error("Cannot overwrite a value", key_pos)
            if key[-1] in d:
                raise self.error("Cannot overwrite a value", key_pos)
            d[key[-1]] = value
            if isinstance(value, (dict, list)):
                frozen.add(key)
            defined.add(key)
            self.skip_ws()
            ch = self.peek()
            if ch == "}":
                self.pos += 1
                return table
            if ch != ",":
                raise self.error("Unclosed inline table")
            self.pos += 1
            self.skip_ws()

    # -- numbers and dates

    def datetime_value(self):
        """A date, time or datetime when the text has that form (month 01-12, hour 00-23,
        ...); None otherwise, and the text is then read as a number."""
        src = self.src
        p = self.pos
        start = p
        d = _match_date(src, p)
        if d is None:
            t = _match_time(src, p)
            if t is None:
                return None
            end, parts = t
            self.pos = end
            return self._make_time(parts, start)
        p, (year, month, day) = d
        sep = src[p:p + 1]
        t = _match_time(src, p + 1) if sep in ("T", "t", " ") else None
        try:
            day_value = date(year, month, day)
        except ValueError:
            raise self.error("Invalid date or datetime", start) from None
        if t is None:
            self.pos = p
            return day_value
        p, tparts = t
        tval = self._make_time(tparts, start)
        tz = None
        ch = src[p:p + 1]
        if ch in ("Z", "z"):
            tz = timezone.utc
            p += 1
        elif ch in ("+", "-"):
            off = _match_hm(src, p + 1)
            if off is not None:
                sign = 1 if ch == "+" else -1
                tz = timezone(sign * timedelta(hours=off[0], minutes=off[1]))
                p += 6
        self.pos = p
        return datetime(year, month, day, tval.hour, tval.minute, tval.second,
                        tval.microsecond, tzinfo=tz)

    def _make_time(self, parts, start):
        hour, minute, second, frac = parts
        micro = int(frac[:6].ljust(6, "0")) if frac else 0
        try:
            return time(hour, minute, second, micro)
        except ValueError:
            raise self.error("Invalid date or datetime", start) from None

    def number(self):
        src = self.src
        start = self.pos
        p = start
        for special in ("+inf", "-inf", "+nan", "-nan", "inf", "nan"):
            if src.startswith(special, p):
                self.pos = p + len(special)
                return self.parse_float(special)
        if src[p:p + 2] in ("0x", "0o", "0b"):
            base = {"x": 16, "o": 8, "b": 2}[src[p + 1]]
            digits = {16: "0123456789abcdefABCDEF", 8: "01234567", 2: "01"}[base]
            end = _digits(src, p + 2, digits)
            if end > p + 2:
                self.pos = end
                return int(src[p + 2:end].replace("_", ""), base)
        # [+-]?(0|[1-9](_?[0-9])*) (.[0-9](_?[0-9])*)? ([eE][+-]?[0-9](_?[0-9])*)?
        q = p
        if src[q:q + 1] in ("+", "-"):
            q += 1
        if src[q:q + 1] == "0":
            q += 1
        elif src[q:q + 1].isdigit():
            q = _digits(src, q, "0123456789")
        else:
            raise self.error("Invalid value", start)
        is_float = False
        if src[q:q + 1] == "." and src[q + 1:q + 2].isdigit():
            q = _digits(src, q + 1, "0123456789")
            is_float = True
        if src[q:q + 1] in ("e", "E"):
            r = q + 1
            if src[r:r + 1] in ("+", "-"):
                r += 1
            if src[r:r + 1].isdigit():
                q = _digits(src, r, "0123456789")
                is_float = True
        text = src[p:q].replace("_", "")
        self.pos = q
        if is_float:
            return self.parse_float(text)
        return int(text)


def _digits(src, p, allowed):
    """End of a run of digits (from allowed) with single underscores between them."""
    if p >= len(src) or src[p] not in allowed:
        return p
    p += 1
    while p < len(src):
        if src[p] in allowed:
            p += 1
        elif src[p] == "_" and p + 1 < len(src) and src[p + 1] in allowed:
            p += 2
        else:
            break
    return p


def _two(src, p, low, high):
    text = src[p:p + 2]
    if len(text) == 2 and text.isdigit() and text.isascii() and low <= int(text) <= high:
        return int(text)
    return None


def _match_date(src, p):
    year = src[p:p + 4]
    if not (len(year) == 4 and year.isdigit() and year.isascii()) or src[p + 4:p + 5] != "-":
        return None
    month = _two(src, p + 5, 1, 12)
    if month is None or src[p + 7:p + 8] != "-":
        return None
    day = _two(src, p + 8, 1, 31)
    if day is None:
        return None
    return p + 10, (int(year), month, day)


def _match_time(src, p):
    hour = _two(src, p, 0, 23)
    if hour is None or src[p + 2:p + 3] != ":":
        return None
    minute = _two(src, p + 3, 0, 59)
    if minute is None or src[p + 5:p + 6] != ":":
        return None
    second = _two(src, p + 6, 0, 59)
    if second is None:
        return None
    p += 8
    frac = ""
    if src[p:p + 1] == "." and src[p + 1:p + 2].isdigit():
        q = p + 1
        while q < len(src) and src[q].isdigit():
            q += 1
        frac = src[p + 1:q]
        p = q
    return p, (hour, minute, second, frac)


def _match_hm(src, p):
    hour = _two(src, p, 0, 23)
    if hour is None or src[p + 2:p + 3] != ":":
        return None
    minute = _two(src, p + 3, 0, 59)
    if minute is None:
        return None
    return hour, minute
