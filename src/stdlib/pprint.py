"""pprint: pretty-printing of Python data structures (pygil's own version).

Written from the documented behaviour of CPython 3.11's pprint module.

How it works, in two layers:

* "flat" layer: `PrettyPrinter._safe_repr` builds the one-line repr of an
  object, noticing recursion and the depth limit on the way.
* "layout" layer: `PrettyPrinter._format` writes the flat repr when it fits
  in the space left on the line; otherwise it asks a layout function (chosen
  from the object's type) to spread the container over several lines.

`indent` is the column where the object starts; `allowance` is how many
characters must still fit after the object on its last line (closing
brackets and commas written by the callers).
"""

import re as _re
import sys as _sys
import types as _types
import collections as _collections
import dataclasses as _dataclasses

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


# ---------------------------------------------------------------- functions

def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Pretty-print a Python object to a stream [default is sys.stdout]."""
    printer = PrettyPrinter(stream=stream, indent=indent, width=width,
                            depth=depth, compact=compact,
                            sort_dicts=sort_dicts,
                            underscore_numbers=underscore_numbers)
    printer.pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """Format a Python object into a pretty-printed representation."""
    return PrettyPrinter(indent=indent, width=width, depth=depth,
                         compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """Pretty-print a Python object"""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def _flat(object):
    # (repr, readable, recursive) with default settings and no depth limit
    return PrettyPrinter()._safe_repr(object, {}, None, 0)


def saferepr(object):
    """Version of repr() which can handle recursive data structures."""
    return _flat(object)[0]


def isreadable(object):
    """Determine if saferepr(object) is readable by eval()."""
    return _flat(object)[1]


def isrecursive(object):
    """Determine if object requires a recursive representation."""
    return _flat(object)[2]


# ------------------------------------------------------------------ helpers

class _SafeKey:
    """Sort key that never raises: values that cannot be compared with `<`
    (say 1 and 'a') are ordered by their type name, then by id."""

    __slots__ = ['obj']

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            mine = (str(type(self.obj)), id(self.obj))
            theirs = (str(type(other.obj)), id(other.obj))
            return mine < theirs


def _safe_tuple(pair):
    # key for sorting (key, value) pairs of a dict
    return _SafeKey(pair[0]), _SafeKey(pair[1])


def _recursion(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


class _Output:
    """Cheap string builder with a `write` method, used by pformat()."""

    def __init__(self):
        self.pieces = []

    def write(self, text):
        self.pieces.append(text)

    def getvalue(self):
        return "".join(self.pieces)


def _bytes_chunks(data, width, allowance):
    """Cut `data` into groups of 4 bytes and join neighbours while their repr
    fits in `width`; the group at the end must also leave room for
    `allowance`. Yields the repr of each line."""
    line = b""
    last_start = (len(data) // 4) * 4
    for start in range(0, len(data), 4):
        group = data[start:start + 4]
        if start == last_start:
            width -= allowance
        if len(repr(line + group)) > width and line:
            yield repr(line)
            line = group
        else:
            line = line + group
    if line:
        yield repr(line)


def _has_generated_repr(object):
    """True for dataclass instances whose __repr__ was made by @dataclass
    (a hand-written __repr__ must be respected)."""
    if isinstance(object, type) or not _dataclasses.is_dataclass(object):
        return False
    if not object.__dataclass_params__.repr:
        return False
    method = type(object).__repr__
    inner = getattr(method, "__wrapped__", None)
    if inner is None:
        return False
    return ("__create_fn__" in getattr(inner, "__qualname__", "")
            or getattr(inner, "__module__", None) == "dataclasses")


_SCALARS = (str, bytes, bytearray, float, complex, bool, type(None))


# ------------------------------------------------------------ the printer

class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        """Handle pretty printing operations onto a stream using a set of
        configured parameters.
        """
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._indent_per_level = indent
        self._width = width
        self._depth = depth
        # the stream is chosen now, like CPython (a later change of
        # sys.stdout does not affect an existing printer)
        self._stream = stream if stream is not None else _sys.stdout
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    # --- public API

    def pprint(self, object):
        if self._stream is not None:
            self._format(object, self._stream, 0, 0, {}, 0)
            self._stream.write("\n")

    def pformat(self, object):
        out = _Output()
        self._format(object, out, 0, 0, {}, 0)
        return out.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        readable, recursive = self.format(object, {}, 0, 0)[1:]
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """Format object for a specific context, returning a string
        and flags indicating whether the representation is 'readable'
        and whether the object represents a recursive construct.
        """
        return self._safe_repr(object, context, maxlevels, level)

    # --- layout layer

    def _format(self, object, stream, indent, allowance, context, level):
        key = id(object)
        if key in context:
            # we are inside this very object already
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        flat = self._repr(object, context, level)
        if len(flat) > self._width - indent - allowance:
            layout = self._layout_for(object)
            if layout is not None:
                context[key] = 1
                layout(self, object, stream, indent, allowance, context,
                       level + 1)
                del context[key]
                return
        stream.write(flat)

    def _layout_for(self, object):
        # Only objects whose repr is the stock one of a known type get a
        # multi-line layout; a subclass with its own __repr__ keeps it.
        own_repr = type(object).__repr__
        for cls_repr, layout in _LAYOUTS:
            if own_repr == cls_repr:
                return layout
        if _has_generated_repr(object):
            return PrettyPrinter._pprint_dataclass
        return None

    def _repr(self, object, context, level):
        text, readable, recursive = self.format(object, context.copy(),
                                                self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    def _write_sequence(self, items, stream, indent, allowance, context,
                        level):
        """Items of a list/tuple/set, one per line; with compact=True as
        many as fit on each line. The brackets are written by the caller."""
        step = self._indent_per_level
        indent += step
        if step > 1:
            stream.write(' ' * (step - 1))
        newline = ',\n' + ' ' * indent
        items = list(items)
        room = self._width - indent + 1       # free columns on this line
        separator = ''
        for position, item in enumerate(items):
            last = position == len(items) - 1
            if last:
                room -= allowance
            if self._compact:
                text = self._repr(item, context, level)
                need = len(text) + 2          # the item and its ", "
                if need > room:
                    # start a new line (unless this is the first item)
                    room = self._width - indent + 1
                    if last:
                        room -= allowance
                    if separator:
                        separator = newline
                if need <= room:
                    room -= need
                    stream.write(separator + text)
                    separator = ', '
                    continue
            stream.write(separator)
            separator = newline
            self._format(item, stream, indent, allowance if last else 1,
                         context, level)

    def _write_pairs(self, pairs, stream, indent, allowance, context, level):
        """`key: value` lines of a dict; the braces come from the caller."""
        indent += self._indent_per_level
        newline = ',\n' + ' ' * indent
        pairs = list(pairs)
        for position, (key, value) in enumerate(pairs):
            last = position == len(pairs) - 1
            key_text = self._repr(key, context, level)
            stream.write(key_text + ': ')
            self._format(value, stream, indent + len(key_text) + 2,
                         allowance if last else 1, context, level)
            if not last:
                stream.write(newline)

    def _write_fields(self, pairs, stream, indent, allowance, context, level):
        """`name=value` lines of a namespace or dataclass."""
        newline = ',\n' + ' ' * indent
        pairs = list(pairs)
        for position, (name, value) in enumerate(pairs):
            last = position == len(pairs) - 1
            stream.write(name + '=')
            if id(value) in context:
                stream.write('...')
            else:
                self._format(value, stream, indent + len(name) + 1,
                             allowance if last else 1, context, level)
            if not last:
                stream.write(newline)

    def _dict_pairs(self, mapping):
        if self._sort_dicts:
            return sorted(mapping.items(), key=_safe_tuple)
        return mapping.items()

    # --- one layout per type

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        stream.write('{')
        if self._indent_per_level > 1:
            stream.write(' ' * (self._indent_per_level - 1))
        if len(object):
            self._write_pairs(self._dict_pairs(object), stream, indent,
                              allowance + 1, context, level)
        stream.write('}')

    def _pprint_ordered_dict(self, object, stream, indent, allowance,
                             context, level):
        if not len(object):
            stream.write(repr(object))
            return
        # shown as Name([(key, value), ...]) in insertion order
        name = type(object).__name__
        stream.write(name + '(')
        self._format(list(object.items()), stream, indent + len(name) + 1,
                     allowance + 1, context, level)
        stream.write(')')

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write('[')
        self._write_sequence(object, stream, indent, allowance + 1,
                             context, level)
        stream.write(']')

    def _pprint_tuple(self, object, stream, indent, allowance, context,
                      level):
        closer = ',)' if len(object) == 1 else ')'
        stream.write('(')
        self._write_sequence(object, stream, indent, allowance + len(closer),
                             context, level)
        stream.write(closer)

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        kind = type(object)
        if kind is set:
            opener, closer = '{', '}'
        else:
            # frozenset({...}) and subclasses: the name shifts the items
            opener, closer = kind.__name__ + '({', '})'
            indent += len(kind.__name__) + 1
        stream.write(opener)
        self._write_sequence(sorted(object, key=_SafeKey), stream, indent,
                             allowance + len(closer), context, level)
        stream.write(closer)

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        # At the top level the pieces are wrapped in parentheses so the
        # output stays a valid expression.
        top = level == 1
        if top:
            indent += 1
            allowance += 1
        width = self._width - indent
        pieces = []
        lines = object.splitlines(True)
        for number, line in enumerate(lines):
            last_line = number == len(lines) - 1
            limit = width - allowance if last_line else width
            if len(repr(line)) <= limit:
                pieces.append(repr(line))
                continue
            # too long: break after runs of whitespace, keeping words whole
            words = _re.findall(r'\S*\s*', line)[:-1]
            current = ''
            for index, word in enumerate(words):
                limit = width
                if last_line and index == len(words) - 1:
                    limit -= allowance
                if len(repr(current + word)) > limit and current:
                    pieces.append(repr(current))
                    current = word
                else:
                    current += word
            if current:
                pieces.append(repr(current))
        if len(pieces) == 1:
            stream.write(pieces[0])
            return
        if top:
            stream.write('(')
        stream.write(('\n' + ' ' * indent).join(pieces))
        if top:
            stream.write(')')

    def _pprint_bytes(self, object, stream, indent, allowance, context,
                      level):
        if len(object) <= 4:
            stream.write(repr(object))
            return
        top = level == 1
        if top:
            indent += 1
            allowance += 1
            stream.write('(')
        chunks = _bytes_chunks(object, self._width - indent, allowance)
        stream.write(('\n' + ' ' * indent).join(chunks))
        if top:
            stream.write(')')

    def _pprint_bytearray(self, object, stream, indent, allowance, context,
                          level):
        stream.write('bytearray(')
        self._pprint_bytes(bytes(object), stream, indent + len('bytearray('),
                           allowance + 1, context, level + 1)
        stream.write(')')

    def _pprint_mappingproxy(self, object, stream, indent, allowance,
                             context, level):
        stream.write('mappingproxy(')
        self._format(object.copy(), stream, indent + len('mappingproxy('),
                     allowance + 1, context, level)
        stream.write(')')

    def _pprint_simplenamespace(self, object, stream, indent, allowance,
                                context, level):
        if type(object) is _types.SimpleNamespace:
            name = 'namespace'           # what its repr calls itself
        else:
            name = type(object).__name__
        stream.write(name + '(')
        self._write_fields(object.__dict__.items(), stream,
                           indent + len(name) + 1, allowance, context, level)
        stream.write(')')

    def _pprint_dataclass(self, object, stream, indent, allowance, context,
                          level):
        name = type(object).__name__
        shown = [(f.name, getattr(object, f.name))
                 for f in _dataclasses.fields(object) if f.repr]
        stream.write(name + '(')
        self._write_fields(shown, stream, indent + len(name) + 1, allowance,
                           context, level)
        stream.write(')')

    def _pprint_default_dict(self, object, stream, indent, allowance,
                             context, level):
        if not len(object):
            stream.write(repr(object))
            return
        # defaultdict(factory,
        #             {...})
        name = type(object).__name__
        factory = self._repr(object.default_factory, context, level)
        indent += len(name) + 1
        stream.write(name + '(' + factory + ',\n' + ' ' * indent)
        self._pprint_dict(object, stream, indent, allowance + 1, context,
                          level)
        stream.write(')')

    def _pprint_counter(self, object, stream, indent, allowance, context,
                        level):
        if not len(object):
            stream.write(repr(object))
            return
        # most common first, as Counter's own repr does
        name = type(object).__name__
        stream.write(name + '({')
        if self._indent_per_level > 1:
            stream.write(' ' * (self._indent_per_level - 1))
        self._write_pairs(object.most_common(), stream,
                          indent + len(name) + 1, allowance + 2, context,
                          level)
        stream.write('})')

    def _pprint_chain_map(self, object, stream, indent, allowance, context,
                          level):
        maps = object.maps
        if not maps or (len(maps) == 1 and not maps[0]):
            stream.write(repr(object))
            return
        name = type(object).__name__
        indent += len(name) + 1
        stream.write(name + '(')
        for position, mapping in enumerate(maps):
            if position == len(maps) - 1:
                self._format(mapping, stream, indent, allowance + 1, context,
                             level)
                stream.write(')')
            else:
                self._format(mapping, stream, indent, 1, context, level)
                stream.write(',\n' + ' ' * indent)

    def _pprint_deque(self, object, stream, indent, allowance, context,
                      level):
        if not len(object):
            stream.write(repr(object))
            return
        name = type(object).__name__
        indent += len(name) + 1
        stream.write(name + '([')
        if object.maxlen is None:
            self._write_sequence(object, stream, indent, allowance + 2,
                                 context, level)
            stream.write('])')
        else:
            # maxlen goes on a line of its own after the items
            self._write_sequence(object, stream, indent, 2, context, level)
            limit = self._repr(object.maxlen, context, level)
            stream.write('],\n' + ' ' * indent + 'maxlen=' + limit + ')')

    def _pprint_user_dict(self, object, stream, indent, allowance, context,
                          level):
        # UserDict/UserList/UserString look exactly like what they wrap
        self._format(object.data, stream, indent, allowance, context,
                     level - 1)

    _pprint_user_list = _pprint_user_dict
    _pprint_user_string = _pprint_user_dict

    # --- flat layer

    def _safe_repr(self, object, context, maxlevels, level):
        """Return (repr, readable, recursive) for a one-line repr."""
        kind = type(object)
        if kind in _SCALARS:
            return repr(object), True, False
        own_repr = getattr(kind, '__repr__', None)

        if issubclass(kind, int) and own_repr == int.__repr__:
            if self._underscore_numbers:
                return format(object, '_d'), True, False
            return repr(object), True, False

        if issubclass(kind, dict) and own_repr == dict.__repr__:
            if not object:
                return '{}', True, False
            return self._flat_container(
                object, '{%s}', self._dict_pairs(object), True,
                context, maxlevels, level)

        if issubclass(kind, list) and own_repr == list.__repr__:
            if not object:
                return '[]', True, False
            return self._flat_container(object, '[%s]', object, False,
                                        context, maxlevels, level)

        if issubclass(kind, tuple) and own_repr == tuple.__repr__:
            if not object:
                return '()', True, False
            template = '(%s,)' if len(object) == 1 else '(%s)'
            return self._flat_container(object, template, object, False,
                                        context, maxlevels, level)

        # anything else: its own repr; '<...>' reprs can't be eval()'d
        text = repr(object)
        return text, bool(text) and not text.startswith('<'), False

    def _flat_container(self, object, template, entries, pairs, context,
                        maxlevels, level):
        """Join the flat reprs of a dict's pairs or a list/tuple's items."""
        key = id(object)
        if maxlevels and level >= maxlevels:
            # depth limit reached: show "..." instead of the contents
            return template % '...', False, key in context
        if key in context:
            return _recursion(object), False, True
        context[key] = 1
        readable, recursive = True, False
        parts = []
        for entry in entries:
            values = entry if pairs else (entry,)
            texts = []
            for value in values:
                text, ok, loops = self.format(value, context, maxlevels,
                                              level + 1)
                texts.append(text)
                readable = readable and ok
                recursive = recursive or loops
            parts.append(': '.join(texts))
        del context[key]
        return template % ', '.join(parts), readable, recursive


# Which layout goes with which stock __repr__ (see _layout_for).
_LAYOUTS = [
    (dict.__repr__, PrettyPrinter._pprint_dict),
    (list.__repr__, PrettyPrinter._pprint_list),
    (tuple.__repr__, PrettyPrinter._pprint_tuple),
    (str.__repr__, PrettyPrinter._pprint_str),
    (set.__repr__, PrettyPrinter._pprint_set),
    (frozenset.__repr__, PrettyPrinter._pprint_set),
    (bytes.__repr__, PrettyPrinter._pprint_bytes),
    (bytearray.__repr__, PrettyPrinter._pprint_bytearray),
    (_types.MappingProxyType.__repr__, PrettyPrinter._pprint_mappingproxy),
    (_types.SimpleNamespace.__repr__, PrettyPrinter._pprint_simplenamespace),
    (_collections.OrderedDict.__repr__, PrettyPrinter._pprint_ordered_dict),
    (_collections.defaultdict.__repr__, PrettyPrinter._pprint_default_dict),
    (_collections.Counter.__repr__, PrettyPrinter._pprint_counter),
    (_collections.ChainMap.__repr__, PrettyPrinter._pprint_chain_map),
    (_collections.deque.__repr__, PrettyPrinter._pprint_deque),
    (_collections.UserDict.__repr__, PrettyPrinter._pprint_user_dict),
    (_collections.UserList.__repr__, PrettyPrinter._pprint_user_list),
    (_collections.UserString.__repr__, PrettyPrinter._pprint_user_string),
]
