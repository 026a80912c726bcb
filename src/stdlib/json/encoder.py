"""JSON encoding: JSONEncoder. encode() is done natively in one go; iterencode() is
written here, as it must hand out the text in the same pieces CPython's does (json.dump
writes each piece separately, so a failing dump leaves the same partial output)."""

import _pygil_json

__all__ = ['JSONEncoder']

encode_basestring = _pygil_json.encode_basestring
encode_basestring_ascii = _pygil_json.encode_basestring_ascii
py_encode_basestring = encode_basestring
py_encode_basestring_ascii = encode_basestring_ascii

INFINITY = float('inf')


class JSONEncoder(object):
    """Turns Python values into JSON text.

    dict becomes an object, list and tuple an array, str a string, int and float a
    number, True/False/None true/false/null. For anything else default() is called,
    which a subclass (or the default= argument) can make return one of those.
    """

    # the separators without indent; with indent, item_separator turns into ','
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
        if separators is None:
            if indent is not None:
                # lines already end after each item: no space needed before them
                self.item_separator = ','
        else:
            self.item_separator, self.key_separator = separators
        if default is not None:
            self.default = default

    def default(self, o):
        """What to encode in place of o, which JSON has no form for. This one refuses:
        it raises TypeError."""
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        """The JSON text of o, as one string."""
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = int(indent)
        return _pygil_json.encode(o, self.skipkeys, self.ensure_ascii, self.check_circular,
                                  self.allow_nan, self.sort_keys, indent,
                                  self.item_separator, self.key_separator, self.default)

    def iterencode(self, o, _one_shot=False):
        """The JSON text of o, yielded piece by piece, e.g. '[1', ', 2', ']'."""
        return _PieceWriter(self).pieces(o, 0)


def _float_text(value, allow_nan):
    """A float as JSON writes it: its repr, or NaN/Infinity/-Infinity when allowed."""
    if value != value:
        name = 'NaN'
    elif value == INFINITY:
        name = 'Infinity'
    elif value == -INFINITY:
        name = '-Infinity'
    else:
        return float.__repr__(value)
    if allow_nan:
        return name
    raise ValueError('Out of range float values are not JSON compliant: ' + repr(value))


class _PieceWriter:
    """One iterencode() call: the encoder's settings and the ids of the containers
    being written (to catch a container that holds itself)."""

    def __init__(self, encoder):
        self.quote = encode_basestring_ascii if encoder.ensure_ascii else encode_basestring
        indent = encoder.indent
        # a number of spaces, or the string to indent with
        self.indent = indent if indent is None or isinstance(indent, str) else ' ' * indent
        self.item_separator = encoder.item_separator
        self.key_separator = encoder.key_separator
        self.sort_keys = encoder.sort_keys
        self.skipkeys = encoder.skipkeys
        self.allow_nan = encoder.allow_nan
        self.default = encoder.default
        self.open_ids = {} if encoder.check_circular else None

    def atom(self, o):
        """The whole text of a string, None, bool, int or float; None for other values."""
        if isinstance(o, str):
            return self.quote(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return _float_text(o, self.allow_nan)
        return None

    def pieces(self, o, depth):
        text = self.atom(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from self.array(o, depth)
        elif isinstance(o, dict):
            yield from self.object(o, depth)
        else:
            self.enter(o)
            yield from self.pieces(self.default(o), depth)
            self.leave(o)

    def enter(self, o):
        if self.open_ids is not None:
            if id(o) in self.open_ids:
                raise ValueError('Circular reference detected')
            self.open_ids[id(o)] = o

    def leave(self, o):
        if self.open_ids is not None:
            del self.open_ids[id(o)]

    def line_break(self, depth):
        """What starts a line at depth ('' without indent)."""
        return '' if self.indent is None else '\n' + self.indent * depth

    def array(self, seq, depth):
        if not seq:
            yield '[]'
            return
        self.enter(seq)
        inner = self.line_break(depth + 1)
        # an item's text is joined to what comes before it unless it is a container
        lead = '[' + inner
        for item in seq:
            text = self.atom(item)
            if text is not None:
                yield lead + text
            else:
                yield lead
                yield from self.pieces(item, depth + 1)
            lead = self.item_separator + inner
        if self.indent is not None:
            yield self.line_break(depth)
        yield ']'
        self.leave(seq)

    def object(self, mapping, depth):
        if not mapping:
            yield '{}'
            return
        self.enter(mapping)
        inner = self.line_break(depth + 1)
        yield '{'
        if self.indent is not None:
            yield inner
        entries = sorted(mapping.items()) if self.sort_keys else mapping.items()
        written = 0
        for key, value in entries:
            name = self.key_name(key)
            if name is None:
                continue
            if written:
                yield self.item_separator + inner
            written += 1
            yield self.quote(name)
            yield self.key_separator
            text = self.atom(value)
            if text is not None:
                yield text
            else:
                yield from self.pieces(value, depth + 1)
        if self.indent is not None:
            yield self.line_break(depth)
        yield '}'
        self.leave(mapping)

    def key_name(self, key):
        """The string an object key is written as; None to leave the entry out
        (skipkeys), TypeError for a key JSON cannot name."""
        if isinstance(key, str):
            return key
        if isinstance(key, (bool, int, float)) or key is None:
            # str, int, float and the three constants: written as their JSON text
            return self.atom(key)
        if self.skipkeys:
            return None
        raise TypeError('keys must be str, int, float, bool or None, '
                        f'not {key.__class__.__name__}')
