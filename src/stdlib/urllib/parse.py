"""Parse URLs into components, join them, and quote/unquote their parts.

urlsplit/urlparse and urlunsplit/urlunparse, urljoin, urldefrag, quote/quote_plus/unquote/
unquote_plus, urlencode and parse_qs/parse_qsl, with the results, quirks and error messages of
CPython 3.11's urllib.parse. Written for pygil from the documented behaviour.

Every function takes str or ASCII bytes. Bytes arguments are decoded, handled as text, and
the results encoded back, so the rules live in one place.
"""

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag",
           "urlsplit", "urlunsplit", "urlencode", "parse_qs",
           "parse_qsl", "quote", "quote_plus", "quote_from_bytes",
           "unquote", "unquote_plus", "unquote_to_bytes",
           "DefragResult", "ParseResult", "SplitResult",
           "DefragResultBytes", "ParseResultBytes", "SplitResultBytes"]

# Which schemes take part in relative resolution, have a //netloc, and have ;params. These
# are public, documented lists that programs may extend.
uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap',
                 'wais', 'file', 'https', 'shttp', 'mms',
                 'prospero', 'rtsp', 'rtspu', 'sftp',
                 'svn', 'svn+ssh', 'ws', 'wss']

uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet',
               'imap', 'wais', 'file', 'mms', 'https', 'shttp',
               'snews', 'prospero', 'rtsp', 'rtspu', 'rsync',
               'svn', 'svn+ssh', 'sftp', 'nfs', 'git', 'git+ssh',
               'ws', 'wss']

uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap',
               'https', 'shttp', 'rtsp', 'rtspu', 'sip', 'sips',
               'mms', 'sftp', 'tel']

scheme_chars = ('abcdefghijklmnopqrstuvwxyz'
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                '0123456789'
                '+-.')


# ---- text and bytes ----------------------------------------------------------------------

def _same_text(value):
    return value


def _back_to_bytes(value):
    # str, and every result type below, know how to encode themselves
    return value.encode('ascii', 'strict')


def _as_text(*values):
    """values as str, plus the function that turns a result back into the caller's kind.
    The first value decides the kind; a non-empty value of the other kind is an error."""
    text_given = isinstance(values[0], str)
    for value in values[1:]:
        if value and isinstance(value, str) != text_given:
            raise TypeError("Cannot mix str and non-str arguments")
    if text_given:
        return values + (_same_text,)
    decoded = tuple(value.decode('ascii', 'strict') if value else '' for value in values)
    return decoded + (_back_to_bytes,)


def _unpack(components, count):
    """components as a tuple of count strings; the wrong number fails with the message
    CPython's urlunsplit/urlunparse give (they count one value more than they take)."""
    values = tuple(components)
    if len(values) < count:
        raise ValueError(f"not enough values to unpack (expected {count + 1}, "
                         f"got {len(values) + 1})")
    if len(values) > count:
        raise ValueError(f"too many values to unpack (expected {count + 1})")
    return values


# ---- result types ------------------------------------------------------------------------

_NETLOC_MARKS = {True: ('@', ':', '[', ']'), False: (b'@', b':', b'[', b']')}


def _netloc_pieces(netloc):
    """(username, password, host, port text) of a netloc, None for each absent piece.
    Works on str and bytes alike."""
    at_sign, colon, opening, closing = _NETLOC_MARKS[isinstance(netloc, str)]
    userinfo, at, hostport = netloc.rpartition(at_sign)
    username = password = None
    if at:
        username, has_password, secret = userinfo.partition(colon)
        if has_password:
            password = secret
    if opening in hostport:
        # [IPv6 literal]:port
        host, _, after = hostport.partition(opening)[2].partition(closing)
        port = after.partition(colon)[2]
    else:
        host, _, port = hostport.partition(colon)
    return username, password, host, port or None


class _HostFields:
    """The username, password, hostname and port properties of split/parse results."""

    __slots__ = ()

    @property
    def username(self):
        return _netloc_pieces(self.netloc)[0]

    @property
    def password(self):
        return _netloc_pieces(self.netloc)[1]

    @property
    def hostname(self):
        host = _netloc_pieces(self.netloc)[2]
        if not host:
            return None
        # an IPv6 zone id ("%eth0") keeps its case
        address, percent, zone = host.partition('%' if isinstance(host, str) else b'%')
        return address.lower() + percent + zone

    @property
    def port(self):
        text = _netloc_pieces(self.netloc)[3]
        if text is None:
            return None
        if not (text.isdigit() and text.isascii()):
            raise ValueError(f"Port could not be cast to integer value as {text!r}")
        number = int(text)
        if number > 65535:
            raise ValueError("Port out of range 0-65535")
        return number


def _result_type(name, fields, rebuild, extra_base=None):
    """A tuple subclass with named fields (like a namedtuple) for one kind of result;
    rebuild(result) gives its geturl()."""

    # __new__ gets the real signature so that wrong calls fail with Python's own messages
    source = f"def __new__(_cls, {', '.join(fields)}):\n" \
             f"    return _tuple_new(_cls, ({', '.join(fields)},))\n"
    scope = {'_tuple_new': tuple.__new__}
    exec(source, scope)
    __new__ = scope['__new__']
    __new__.__qualname__ = f'{name}.__new__'

    def __repr__(self):
        shown = ', '.join(f'{field}={value!r}' for field, value in zip(fields, self))
        return f'{type(self).__name__}({shown})'

    def _replace(self, **changes):
        values = [changes.pop(field, value) for field, value in zip(fields, self)]
        if changes:
            raise ValueError(f'Got unexpected field names: {list(changes)!r}')
        return type(self)(*values)

    def _asdict(self):
        return dict(zip(fields, self))

    @classmethod
    def _make(cls, iterable):
        return cls(*iterable)

    def __getnewargs__(self):
        return tuple(self)

    def geturl(self):
        return rebuild(self)

    namespace = {
        '__slots__': (), '__new__': __new__, '__repr__': __repr__, '_replace': _replace,
        '_asdict': _asdict, '_make': _make, '_fields': tuple(fields),
        '__getnewargs__': __getnewargs__, 'geturl': geturl, '__module__': 'urllib.parse',
    }
    for position, field in enumerate(fields):
        namespace[field] = property(lambda self, position=position: self[position])
    bases = (tuple,) if extra_base is None else (extra_base, tuple)
    return type(name, bases, namespace)


def _defragged_url(result):
    if not result.fragment:
        return result.url
    return result.url + ('#' if isinstance(result.url, str) else b'#') + result.fragment


_SPLIT_FIELDS = ('scheme', 'netloc', 'path', 'query', 'fragment')
_PARSE_FIELDS = ('scheme', 'netloc', 'path', 'params', 'query', 'fragment')

DefragResult = _result_type('DefragResult', ('url', 'fragment'), _defragged_url)
SplitResult = _result_type('SplitResult', _SPLIT_FIELDS, lambda r: urlunsplit(r), _HostFields)
ParseResult = _result_type('ParseResult', _PARSE_FIELDS, lambda r: urlunparse(r), _HostFields)
DefragResultBytes = _result_type('DefragResultBytes', ('url', 'fragment'), _defragged_url)
SplitResultBytes = _result_type('SplitResultBytes', _SPLIT_FIELDS, lambda r: urlunsplit(r),
                                _HostFields)
ParseResultBytes = _result_type('ParseResultBytes', _PARSE_FIELDS, lambda r: urlunparse(r),
                                _HostFields)


def _pair_up(text_type, bytes_type):
    """Give each result type the encode()/decode() that converts it into the other."""
    def encode(self, encoding='ascii', errors='strict'):
        return bytes_type(*(value.encode(encoding, errors) for value in self))

    def decode(self, encoding='ascii', errors='strict'):
        return text_type(*(value.decode(encoding, errors) for value in self))
    text_type.encode = encode
    bytes_type.decode = decode


_pair_up(DefragResult, DefragResultBytes)
_pair_up(SplitResult, SplitResultBytes)
_pair_up(ParseResult, ParseResultBytes)


# ---- checking a netloc -------------------------------------------------------------------

def _is_ipv4(text):
    pieces = text.split('.')
    return len(pieces) == 4 and all(
        0 < len(p) <= 3 and p.isascii() and p.isdigit() and (p == '0' or p[0] != '0')
        and int(p) <= 255 for p in pieces)


def _is_ipv6(text):
    address, percent, zone = text.partition('%')
    if percent and (not zone or '%' in zone):
        return False
    groups_needed = 8
    if '.' in address.rpartition(':')[2]:
        # an IPv4 address written in the last two groups
        head, _, dotted = address.rpartition(':')
        if not _is_ipv4(dotted):
            return False
        address = head + ':'
        groups_needed = 6
        if address == ':':
            return False
        if not address.endswith('::'):
            address = address[:-1]
    if address.count('::') > 1:
        return False
    halves = address.split('::')
    groups = [g for half in halves for g in (half.split(':') if half else [])]
    if any(not (0 < len(g) <= 4) or any(c not in _HEX_DIGITS for c in g) for g in groups):
        return False
    if len(halves) == 2:
        return len(groups) < groups_needed
    return len(groups) == groups_needed


def _check_bracketed_host(host):
    """What may stand between [ and ] in a netloc: an IPv6 address or an IPvFuture."""
    if host.startswith('v'):
        version, dot, rest = host[1:].partition('.')
        if not (version and dot and rest and all(c in _HEX_DIGITS for c in version)):
            raise ValueError("IPvFuture address is invalid")
        return
    if _is_ipv4(host):
        raise ValueError("An IPv4 address cannot be in brackets")
    if not _is_ipv6(host):
        raise ValueError(f"{host!r} does not appear to be an IPv4 or IPv6 address")


def _check_normalized_netloc(netloc):
    # a non-ASCII netloc must not gain URL delimiters under NFKC normalization
    if netloc.isascii():
        return
    import unicodedata
    plain = ''.join(c for c in netloc if c not in '@:#?')
    normalized = unicodedata.normalize('NFKC', plain)
    if normalized != plain and any(c in normalized for c in '/?#@:'):
        raise ValueError(f"netloc '{netloc}' contains invalid characters under NFKC "
                         f"normalization")


# ---- splitting ---------------------------------------------------------------------------

# C0 controls and space are stripped from the ends of a URL; tab, CR and LF are removed
# wherever they are (as the WHATWG URL standard asks)
_ENDS_STRIPPED = ''.join(chr(code) for code in range(0x21))
def _without_tabs_and_newlines(text):
    for unwanted in '\t\r\n':
        if unwanted in text:
            text = text.replace(unwanted, '')
    return text


_HEX_DIGITS = '0123456789abcdefABCDEF'


def _leading_scheme(url):
    """(scheme in lower case, rest) when url begins with 'scheme:'; else (None, url)."""
    name, colon, rest = url.partition(':')
    # (strip() leaves nothing when every character is a scheme character)
    if (colon and name and name[0].isascii() and name[0].isalpha()
            and not name.strip(scheme_chars)):
        return name.lower(), rest
    return None, url


def _cut_at_first(text, stops):
    """(text before the first of the characters stops, the rest from it on)."""
    end = len(text)
    for stop in stops:
        found = text.find(stop, 0, end)
        if found >= 0:
            end = found
    return text[:end], text[end:]


def urlsplit(url, scheme='', allow_fragments=True):
    """Split a URL into five parts, scheme://netloc/path?query#fragment, as a SplitResult.
    scheme is the default when the URL names none; with allow_fragments false a '#' stays
    in the path or query."""
    url, scheme, back = _as_text(url, scheme)
    url = _without_tabs_and_newlines(url.lstrip(_ENDS_STRIPPED))
    scheme = _without_tabs_and_newlines(scheme.strip(_ENDS_STRIPPED))
    named, rest = _leading_scheme(url)
    if named is not None:
        scheme = named
    netloc = ''
    if rest.startswith('//'):
        netloc, rest = _cut_at_first(rest[2:], '/?#')
        if ('[' in netloc) != (']' in netloc):
            raise ValueError("Invalid IPv6 URL")
        if '[' in netloc:
            _check_bracketed_host(netloc.partition('[')[2].partition(']')[0])
    fragment = query = ''
    if allow_fragments:
        rest, _, fragment = rest.partition('#')
    rest, _, query = rest.partition('?')
    _check_normalized_netloc(netloc)
    return back(SplitResult(scheme, netloc, rest, query, fragment))


def _peel_params(path):
    """(path, params): ;params belong to the last path segment only."""
    cut = path.find(';', max(path.rfind('/'), 0))
    if cut < 0:
        return path, ''
    return path[:cut], path[cut + 1:]


def urlparse(url, scheme='', allow_fragments=True):
    """Split a URL into six parts, scheme://netloc/path;params?query#fragment, as a
    ParseResult."""
    url, scheme, back = _as_text(url, scheme)
    split = urlsplit(url, scheme, allow_fragments)
    path, params = split.path, ''
    if split.scheme in uses_params and ';' in path:
        path, params = _peel_params(path)
    return back(ParseResult(split.scheme, split.netloc, path, params, split.query,
                            split.fragment))


def urlunsplit(components):
    """Build a URL from the five parts urlsplit() returns (any 5-item iterable)."""
    *pieces, back = _as_text(*_unpack(components, 5))
    scheme, netloc, path, query, fragment = pieces
    if netloc or (scheme and scheme in uses_netloc and not path.startswith('//')):
        if path and not path.startswith('/'):
            path = '/' + path
        path = '//' + (netloc or '') + path
    url = (scheme + ':' if scheme else '') + path
    if query:
        url += '?' + query
    if fragment:
        url += '#' + fragment
    return back(url)


def urlunparse(components):
    """Build a URL from the six parts urlparse() returns (any 6-item iterable)."""
    *pieces, back = _as_text(*_unpack(components, 6))
    scheme, netloc, path, params, query, fragment = pieces
    if params:
        path = path + ';' + params
    return back(urlunsplit((scheme, netloc, path, query, fragment)))


def urldefrag(url):
    """(url without its fragment, the fragment) as a DefragResult."""
    url, back = _as_text(url)
    if '#' not in url:
        return back(DefragResult(url, ''))
    parts = urlparse(url)
    return back(DefragResult(urlunparse(parts._replace(fragment='')), parts.fragment))


# ---- joining -----------------------------------------------------------------------------

def _resolve_dots(segments):
    """Apply '.' and '..' segments; '..' above the top is dropped, and a path ending in a
    dot segment ends with a slash."""
    kept = []
    for segment in segments:
        if segment == '..':
            if kept:
                kept.pop()
        elif segment != '.':
            kept.append(segment)
    if segments and segments[-1] in ('.', '..'):
        kept.append('')
    return kept


def _merged_path(base_path, path):
    """path (non-empty) resolved against base_path, both without params or query."""
    if path.startswith('/'):
        segments = path.split('/')
    else:
        directory = base_path.split('/')
        if directory[-1]:
            directory.pop()             # the base's last segment names a file
        segments = directory + path.split('/')
        # empty segments inside a relative merge are dropped (a//b reads as a/b)
        segments = segments[:1] + [s for s in segments[1:-1] if s] + segments[-1:]
    return '/'.join(_resolve_dots(segments)) or '/'


def urljoin(base, url, allow_fragments=True):
    """The absolute URL that url, relative to base, stands for (RFC 3986 resolution, with
    CPython's handling of schemes that do not take relative references)."""
    if not base:
        return url
    if not url:
        return base
    base, url, back = _as_text(base, url)
    b = urlparse(base, '', allow_fragments)
    r = urlparse(url, b.scheme, allow_fragments)
    if r.scheme != b.scheme or r.scheme not in uses_relative:
        return back(url)
    if r.scheme in uses_netloc and r.netloc:
        return back(urlunparse(r))
    netloc = b.netloc if r.scheme in uses_netloc else r.netloc
    if not r.path and not r.params:
        joined = (r.scheme, netloc, b.path, b.params, r.query or b.query, r.fragment)
    else:
        joined = (r.scheme, netloc, _merged_path(b.path, r.path), r.params, r.query,
                  r.fragment)
    return back(urlunparse(joined))


# ---- percent-encoding --------------------------------------------------------------------

_UNRESERVED = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~')


def _decode_escapes(data):
    """bytes with each valid %XX escape replaced by its byte."""
    if b'%' not in data:
        return data
    escapes = _escape_bytes()
    head, *after_percents = data.split(b'%')
    out = [head]
    for piece in after_percents:
        byte = escapes.get(piece[:2])
        # not an escape: the '%' stays
        out.append(b'%' + piece if byte is None else byte + piece[2:])
    return b''.join(out)


_ESCAPE_BYTES = {}


def _escape_bytes():
    """{two hex digits as bytes: the one byte they stand for}, made on first use."""
    if not _ESCAPE_BYTES:
        for high in _HEX_DIGITS:
            for low in _HEX_DIGITS:
                _ESCAPE_BYTES[(high + low).encode('ascii')] = bytes((int(high + low, 16),))
    return _ESCAPE_BYTES


def unquote_to_bytes(string):
    """Replace %xx escapes by the bytes they stand for: 'abc%20def' -> b'abc def'."""
    if not isinstance(string, (str, bytes, bytearray)):
        raise AttributeError(f"'{type(string).__name__}' object has no attribute 'split'")
    if not string:
        return b''
    if isinstance(string, str):
        string = string.encode('utf-8')
    return _decode_escapes(bytes(string))


def unquote(string, encoding='utf-8', errors='replace'):
    """Replace %xx escapes by their characters; consecutive escapes are decoded together
    (as UTF-8 by default, invalid sequences replaced)."""
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        return string
    encoding = 'utf-8' if encoding is None else encoding
    errors = 'replace' if errors is None else errors
    if string.isascii():
        return _decode_escapes(string.encode('ascii')).decode(encoding, errors)
    # escapes are decoded within runs of ASCII text; other characters are kept as they are
    out = []
    run_start = 0
    for index in range(len(string) + 1):
        at_end = index == len(string)
        if at_end or not string[index].isascii():
            run = string[run_start:index]
            if '%' in run:
                run = _decode_escapes(run.encode('ascii')).decode(encoding, errors)
            out.append(run)
            if not at_end:
                out.append(string[index])
            run_start = index + 1
    return ''.join(out)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """unquote() for form values: plus signs stand for spaces."""
    return unquote(string.replace('+', ' '), encoding, errors)


_QUOTE_TABLES = {}      # safe bytes -> what each of the 256 byte values becomes


def _quote_table(safe):
    table = _QUOTE_TABLES.get(safe)
    if table is None:
        keep = _UNRESERVED.union(code for code in safe if code < 128)
        table = [chr(code) if code in keep else '%%%02X' % code for code in range(256)]
        _QUOTE_TABLES[safe] = table
    return table


def quote_from_bytes(bs, safe='/'):
    """Percent-encode bytes: letters, digits, '_.-~' and the ASCII characters of safe stay."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ''
    safe = safe.encode('ascii', 'ignore') if isinstance(safe, str) else bytes(safe)
    return ''.join(map(_quote_table(safe).__getitem__, bs))


def quote(string, safe='/', encoding=None, errors=None):
    """Percent-encode a str (encoded first, UTF-8 by default) or bytes for use in a URL;
    letters, digits, '_.-~' and the characters of safe are left as they are."""
    if isinstance(string, str):
        if not string:
            return string
        data = string.encode('utf-8' if encoding is None else encoding,
                             'strict' if errors is None else errors)
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
        data = string
    return quote_from_bytes(data, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """quote() for form values: spaces become plus signs (and '/' is not safe by default)."""
    space = ' ' if isinstance(string, str) else b' '
    if space not in string:
        return quote(string, safe, encoding, errors)
    safe_with_space = safe + (' ' if isinstance(safe, str) else b' ')
    return quote(string, safe_with_space, encoding, errors).replace(' ', '+')


# ---- query strings -----------------------------------------------------------------------

def urlencode(query, doseq=False, safe='', encoding=None, errors=None, quote_via=quote_plus):
    """A mapping or a sequence of pairs as an application/x-www-form-urlencoded string.
    With doseq true, a sequence value gives one name=value pair per item."""
    if hasattr(query, 'items'):
        pairs = query.items()
    else:
        problem = None
        try:
            if len(query) and not isinstance(query[0], tuple):
                problem = TypeError()
        except TypeError as error:
            problem = error
        if problem is not None:
            raise TypeError("not a valid non-string sequence or mapping object") from problem
        pairs = query

    def encoded(value):
        if isinstance(value, bytes):
            return quote_via(value, safe)
        return quote_via(str(value), safe, encoding, errors)

    fields = []
    for name, value in pairs:
        name = encoded(name)
        if not doseq or isinstance(value, (str, bytes)):
            fields.append(name + '=' + encoded(value))
            continue
        try:
            len(value)
        except TypeError:
            fields.append(name + '=' + encoded(value))
        else:
            fields.extend(name + '=' + encoded(item) for item in value)
    return '&'.join(fields)


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False,
              encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    """A query string as a list of (name, value) pairs, in order. Blank values are dropped
    unless keep_blank_values; malformed fields are skipped unless strict_parsing."""
    qs, back = _as_text(qs)
    separator = _as_text(separator)[0]
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    if not qs:
        return []
    if max_num_fields is not None and max_num_fields < qs.count(separator) + 1:
        raise ValueError('Max number of fields exceeded')
    found = []
    for field in qs.split(separator):
        if not field and not strict_parsing:
            continue
        name, equals, value = field.partition('=')
        if not equals:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (field,))
            if not keep_blank_values:
                continue
        if value or keep_blank_values:
            found.append((back(unquote_plus(name, encoding, errors)),
                          back(unquote_plus(value, encoding, errors))))
    return found


def parse_qs(qs, keep_blank_values=False, strict_parsing=False,
             encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    """A query string as a dict from each name to the list of its values."""
    grouped = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, encoding=encoding,
                                 errors=errors, max_num_fields=max_num_fields,
                                 separator=separator):
        grouped.setdefault(name, []).append(value)
    return grouped


# ---- helpers of the old urllib API (the private ones serve urllib.request) -------------

def unwrap(url):
    """'<URL:scheme://host/path>' (either wrapping optional) -> 'scheme://host/path'."""
    url = str(url).strip()
    if url.startswith('<') and url.endswith('>'):
        url = url[1:-1].strip()
    if url.startswith('URL:'):
        url = url[4:].strip()
    return url


def _splittag(url):
    """(url, fragment) split at the last '#'; fragment None without one."""
    head, hash_sign, tag = url.rpartition('#')
    return (head, tag) if hash_sign else (url, None)


def _splittype(url):
    """(scheme in lower case, rest), or (None, url) when url names no scheme."""
    scheme, rest = _leading_scheme(url)
    return (scheme, rest) if scheme is not None else (None, url)


def _splithost(url):
    """('host', '/path') for '//host/path'; (None, url) for anything else."""
    if not url.startswith('//'):
        return None, url
    host, rest = _cut_at_first(url[2:], '/?#')
    if rest and not rest.startswith('/'):
        rest = '/' + rest
    return host, rest


def _deprecated_alias(helper):
    """The public name of a helper, deprecated since 3.8 (it warns, then calls helper)."""
    public = helper.__name__[1:]

    def alias(url):
        import warnings
        warnings.warn(f"urllib.parse.{public}() is deprecated as of 3.8, use "
                      f"urllib.parse.urlparse() instead", DeprecationWarning, stacklevel=2)
        return helper(url)
    alias.__name__ = alias.__qualname__ = public
    return alias


splittag = _deprecated_alias(_splittag)
splittype = _deprecated_alias(_splittype)
splithost = _deprecated_alias(_splithost)
