"""JSON encoding: JSONEncoder (the writing itself is native)."""

import _pygil_json

__all__ = ['JSONEncoder']

encode_basestring = _pygil_json.encode_basestring
encode_basestring_ascii = _pygil_json.encode_basestring_ascii
py_encode_basestring = encode_basestring
py_encode_basestring_ascii = encode_basestring_ascii


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures.

    dict → object, list and tuple → array, str → string, int and float → number,
    True/False → true/false, None → null. Subclass it and override default() to
    serialize other objects.
    """

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable object for ``o``, or raise TypeError (the default)."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return a JSON string representation of a Python data structure."""
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = int(indent)
        return _pygil_json.encode(o, self.skipkeys, self.ensure_ascii, self.check_circular,
                                  self.allow_nan, self.sort_keys, indent,
                                  self.item_separator, self.key_separator, self.default)

    def iterencode(self, o, _one_shot=False):
        """Encode ``o``, yielding the text in the pieces CPython's pure-Python encoder
        yields (json.dump writes each one), e.g. '[1', ', 2', ']'."""
        if self.check_circular:
            markers = {}
        else:
            markers = None
        if self.ensure_ascii:
            _encoder = encode_basestring_ascii
        else:
            _encoder = encode_basestring
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        return _iterencode(o, 0, markers, self.default, _encoder, indent,
                           self.key_separator, self.item_separator, self.sort_keys,
                           self.skipkeys, self.allow_nan)


def _floatstr(o, allow_nan):
    if o != o:
        text = 'NaN'
    elif o == float('inf'):
        text = 'Infinity'
    elif o == -float('inf'):
        text = '-Infinity'
    else:
        return float.__repr__(o)
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant: " + repr(o))
    return text


def _scalar(o, allow_nan):
    """The JSON text of None, a bool, an int or a float; None for anything else."""
    if o is None:
        return 'null'
    if o is True:
        return 'true'
    if o is False:
        return 'false'
    if isinstance(o, int):
        return int.__repr__(o)
    if isinstance(o, float):
        return _floatstr(o, allow_nan)
    return None


def _iterencode(o, level, markers, default, encoder, indent, key_sep, item_sep, sort_keys,
                skipkeys, allow_nan):
    args = (markers, default, encoder, indent, key_sep, item_sep, sort_keys, skipkeys,
            allow_nan)
    if isinstance(o, str):
        yield encoder(o)
        return
    text = _scalar(o, allow_nan)
    if text is not None:
        yield text
    elif isinstance(o, (list, tuple)):
        yield from _iterencode_list(o, level, *args)
    elif isinstance(o, dict):
        yield from _iterencode_dict(o, level, *args)
    else:
        if markers is not None:
            marker = id(o)
            if marker in markers:
                raise ValueError("Circular reference detected")
            markers[marker] = o
        o = default(o)
        yield from _iterencode(o, level, *args)
        if markers is not None:
            del markers[marker]


def _iterencode_list(lst, level, markers, default, encoder, indent, key_sep, item_sep,
                     sort_keys, skipkeys, allow_nan):
    if not lst:
        yield '[]'
        return
    if markers is not None:
        marker = id(lst)
        if marker in markers:
            raise ValueError("Circular reference detected")
        markers[marker] = lst
    buf = '['
    if indent is not None:
        level += 1
        newline_indent = '\n' + indent * level
        separator = item_sep + newline_indent
        buf += newline_indent
    else:
        newline_indent = None
        separator = item_sep
    args = (markers, default, encoder, indent, key_sep, item_sep, sort_keys, skipkeys,
            allow_nan)
    first = True
    for value in lst:
        if first:
            first = False
        else:
            buf = separator
        if isinstance(value, str):
            yield buf + encoder(value)
            continue
        text = _scalar(value, allow_nan)
        if text is not None:
            yield buf + text
            continue
        yield buf
        yield from _iterencode(value, level, *args)
    if newline_indent is not None:
        level -= 1
        yield '\n' + indent * level
    yield ']'
    if markers is not None:
        del markers[marker]


def _iterencode_dict(dct, level, markers, default, encoder, indent, key_sep, item_sep,
                     sort_keys, skipkeys, allow_nan):
    if not dct:
        yield '{}'
        return
    if markers is not None:
        marker = id(dct)
        if marker in markers:
            raise ValueError("Circular reference detected")
        markers[marker] = dct
    yield '{'
    if indent is not None:
        level += 1
        newline_indent = '\n' + indent * level
        item_separator = item_sep + newline_indent
        yield newline_indent
    else:
        newline_indent = None
        item_separator = item_sep
    args = (markers, default, encoder, indent, key_sep, item_sep, sort_keys, skipkeys,
            allow_nan)
    first = True
    items = sorted(dct.items()) if sort_keys else dct.items()
    for key, value in items:
        if isinstance(key, str):
            pass
        elif isinstance(key, float):
            key = _floatstr(key, allow_nan)
        elif key is True:
            key = 'true'
        elif key is False:
            key = 'false'
        elif key is None:
            key = 'null'
        elif isinstance(key, int):
            key = int.__repr__(key)
        elif skipkeys:
            continue
        else:
            raise TypeError(f'keys must be str, int, float, bool or None, '
                            f'not {key.__class__.__name__}')
        if first:
            first = False
        else:
            yield item_separator
        yield encoder(key)
        yield key_sep
        if isinstance(value, str):
            yield encoder(value)
            continue
        text = _scalar(value, allow_nan)
        if text is not None:
            yield text
        else:
            yield from _iterencode(value, level, *args)
    if newline_indent is not None:
        level -= 1
        yield '\n' + indent * level
    yield '}'
    if markers is not None:
        del markers[marker]
