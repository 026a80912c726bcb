r"""JSON (JavaScript Object Notation) <https://json.org> encoder and decoder.

    >>> import json
    >>> json.dumps({'a': [1, 2.5, None, True]})
    '{"a": [1, 2.5, null, true]}'
    >>> json.loads('{"a": [1, 2.5, null, true]}')
    {'a': [1, 2.5, None, True]}

dumps/dump turn Python objects into JSON text, loads/load do the reverse.
"""

__version__ = '2.0.9'
__all__ = [
    'dump', 'dumps', 'load', 'loads',
    'JSONDecoder', 'JSONDecodeError', 'JSONEncoder',
]

from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder


# Calls that use no options at all share these two ready-made objects.
_plain_encoder = JSONEncoder()
_plain_decoder = JSONDecoder()


def _pick_encoder(cls, skipkeys, ensure_ascii, check_circular, allow_nan,
                  indent, separators, default, sort_keys, kw):
    """The encoder dumps/dump should use for these keyword arguments."""
    all_defaults = (not skipkeys and ensure_ascii and check_circular
                    and allow_nan and cls is None and indent is None
                    and separators is None and default is None
                    and not sort_keys and not kw)
    if all_defaults:
        return _plain_encoder
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan,
               indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """Return obj as a JSON formatted str.

    See JSONEncoder for what each keyword does; cls picks a JSONEncoder
    subclass, and extra keywords are passed on to it.
    """
    encoder = _pick_encoder(cls, skipkeys, ensure_ascii, check_circular,
                            allow_nan, indent, separators, default,
                            sort_keys, kw)
    return encoder.encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Write obj as JSON text to fp, a file-like object with .write(str).

    Takes the same keywords as dumps.
    """
    encoder = _pick_encoder(cls, skipkeys, ensure_ascii, check_circular,
                            allow_nan, indent, separators, default,
                            sort_keys, kw)
    # Write piece by piece: if encoding fails half-way, what was already
    # produced is in fp, as CPython does.
    for piece in encoder.iterencode(obj):
        fp.write(piece)


# Byte order marks, longest first: the UTF-32-LE mark begins with the
# UTF-16-LE one, so it has to be tried before it.
_BOMS = (
    (b'\x00\x00\xfe\xff', 'utf-32'),
    (b'\xff\xfe\x00\x00', 'utf-32'),
    (b'\xef\xbb\xbf', 'utf-8-sig'),
    (b'\xfe\xff', 'utf-16'),
    (b'\xff\xfe', 'utf-16'),
)


def detect_encoding(b):
    """Guess the Unicode encoding of JSON bytes (RFC 8259 / RFC 4627).

    A byte order mark decides if there is one.  Otherwise the text starts
    with an ASCII character, so the places of the zero bytes around it tell
    UTF-16 and UTF-32 and their byte order apart.
    """
    for mark, name in _BOMS:
        if b.startswith(mark):
            return name
    n = len(b)
    if n >= 4:
        zero = [byte == 0 for byte in b[:4]]
        if zero[0]:
            # 00 xx: big endian; 00 00 00 xx is four bytes wide.
            return 'utf-32-be' if zero[1] else 'utf-16-be'
        if zero[1]:
            # xx 00: little endian; xx 00 00 00 is four bytes wide.
            return 'utf-32-le' if zero[2] and zero[3] else 'utf-16-le'
    elif n == 2:
        if b[0] == 0:
            return 'utf-16-be'
        if b[1] == 0:
            return 'utf-16-le'
    return 'utf-8'


def loads(s, *, cls=None, object_hook=None, parse_float=None,
          parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Parse s (str, bytes or bytearray holding one JSON document).

    object_hook gets every decoded dict and its result replaces it;
    object_pairs_hook gets the list of (key, value) pairs instead and wins
    over object_hook.  parse_float, parse_int and parse_constant receive the
    source text of numbers and of NaN/Infinity/-Infinity.  cls picks a
    JSONDecoder subclass; extra keywords are passed on to it.
    """
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError(
                "Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    elif isinstance(s, (bytes, bytearray)):
        s = s.decode(detect_encoding(s), 'surrogatepass')
    else:
        raise TypeError('the JSON object must be str, bytes or bytearray, '
                        f'not {type(s).__name__}')

    hooks = {
        'object_hook': object_hook,
        'parse_float': parse_float,
        'parse_int': parse_int,
        'parse_constant': parse_constant,
        'object_pairs_hook': object_pairs_hook,
    }
    # Only hooks that were given are passed, so a subclass of JSONDecoder
    # with a narrower __init__ still works.
    for name, hook in hooks.items():
        if hook is not None:
            kw[name] = hook
    if cls is None and not kw:
        return _plain_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    return cls(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None,
         parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Read all of fp (anything with .read()) and parse it like loads."""
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)
