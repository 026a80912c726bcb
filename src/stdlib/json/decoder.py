"""JSON decoding: JSONDecoder and JSONDecodeError (the scanning itself is native)."""

import _pygil_json

__all__ = ['JSONDecoder', 'JSONDecodeError']


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the position of the failure.

    msg: the unformatted error message; doc: the JSON document being parsed;
    pos: where parsing failed; lineno, colno: the line and column of pos.
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder.

    Decodes objects to dict, arrays to list, strings to str, numbers to int or float,
    true/false/null to True/False/None, and NaN/Infinity/-Infinity to floats.
    """

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float
        self.parse_int = parse_int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s, _w=None):
        """Return the Python representation of ``s`` (a str holding a JSON document)."""
        return _pygil_json.scan(s, JSONDecodeError, self.object_hook, self.object_pairs_hook,
                                self.parse_float, self.parse_int, self.parse_constant,
                                self.strict, 0, True)[0]

    def raw_decode(self, s, idx=0):
        """Decode a JSON document that starts at s[idx]; return (value, index where it ended)."""
        if idx < 0 or idx > len(s):
            raise JSONDecodeError("Expecting value", s, idx)
        return _pygil_json.scan(s, JSONDecodeError, self.object_hook, self.object_pairs_hook,
                                self.parse_float, self.parse_int, self.parse_constant,
                                self.strict, idx, False)
