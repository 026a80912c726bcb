"""The JSON decoder of pygil: JSONDecoder and JSONDecodeError.

The character-level work (strings, numbers, nesting) is done by the native
scanner in _pygil_json; this module keeps the Python-facing API and the
error type that the scanner raises.
"""

import _pygil_json

__all__ = ['JSONDecoder', 'JSONDecodeError']


class JSONDecodeError(ValueError):
    """A ValueError that also remembers where in the document parsing failed.

    msg is the bare message, doc the text being parsed, pos the character
    index of the problem; lineno and colno are 1-based and derived from pos.
    """

    def __init__(self, msg, doc, pos):
        # Lines start after each '\n'; the column counts from that start.
        before = doc[:pos]
        line_start = before.rfind('\n') + 1
        lineno = before.count('\n') + 1
        colno = pos - line_start + 1
        ValueError.__init__(
            self, f'{msg}: line {lineno} column {colno} (char {pos})')
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        # Rebuild from the three constructor arguments, not from args.
        return type(self), (self.msg, self.doc, self.pos)


# The values JSON writes as bare words outside the standard.
_SPECIAL_FLOATS = {
    'NaN': float('nan'),
    'Infinity': float('inf'),
    '-Infinity': float('-inf'),
}


class JSONDecoder(object):
    """Turns JSON text into Python objects.

    object      -> dict      array  -> list     string -> str
    number      -> int/float true   -> True     false  -> False
    null        -> None      NaN, Infinity, -Infinity -> float
    """

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.object_pairs_hook = object_pairs_hook
        self.parse_float = float if parse_float is None else parse_float
        self.parse_int = int if parse_int is None else parse_int
        self.parse_constant = (_SPECIAL_FLOATS.__getitem__
                               if parse_constant is None else parse_constant)
        self.strict = strict
        # Remember which hooks the user really gave: the scanner's built-in
        # number and constant handling is used when a hook is left at None.
        self._float_hook = parse_float
        self._int_hook = parse_int
        self._constant_hook = parse_constant

    def _scan(self, s, idx, whole):
        return _pygil_json.scan(
            s, JSONDecodeError, self.object_hook, self.object_pairs_hook,
            self._float_hook, self._int_hook, self._constant_hook,
            self.strict, idx, whole)

    def decode(self, s, _w=None):
        """Return the Python object for the whole JSON document s.

        Whitespace may surround the value; anything else after it raises
        JSONDecodeError("Extra data").
        """
        value, _end = self._scan(s, 0, True)
        return value

    def raw_decode(self, s, idx=0):
        """Decode one JSON value that starts exactly at s[idx].

        Returns (value, end), end being the index just past the value, so
        text may follow it.  Leading whitespace is not skipped.
        """
        return self._scan(s, idx, False)
