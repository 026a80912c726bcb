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
        """Encode ``o``, yielding the text in pieces (here: one piece)."""
        yield self.encode(o)
