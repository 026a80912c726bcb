"""Size-limited reprs, for debuggers and help screens.

Written for pygil from the documented behaviour of reprlib in Python 3.11.
A Repr object holds limits (how many items, characters or digits to show
and how deep to descend); anything cut away is replaced by its fillvalue.
"""

import builtins
from _thread import get_ident

__all__ = ["Repr", "repr", "recursive_repr"]


def recursive_repr(fillvalue='...'):
    """Decorator for __repr__ methods: a call that re-enters itself for the
    same object in the same thread returns fillvalue instead of looping."""

    def decorate(method):
        busy = set()        # (object id, thread id) pairs being shown now

        def wrapper(self):
            token = (id(self), get_ident())
            if token in busy:
                return fillvalue
            busy.add(token)
            try:
                return method(self)
            finally:
                busy.discard(token)

        # Copied by hand: functools itself imports this module.
        for attr in ('__module__', '__doc__', '__name__', '__qualname__'):
            setattr(wrapper, attr, getattr(method, attr))
        wrapper.__annotations__ = getattr(method, '__annotations__', {})
        return wrapper

    return decorate


def _in_order(items):
    """Items sorted when they can be (sets and dicts read better that way),
    else in their own order."""
    try:
        return sorted(items)
    except Exception:
        return list(items)


class Repr:
    """Limits and per-type methods for size-limited reprs. A method named
    repr_<type name> handles that type; everything else goes through
    repr_instance."""

    def __init__(self):
        self.fillvalue = '...'
        self.maxlevel = 6           # nesting depth
        self.maxtuple = 6           # items per container type ...
        self.maxlist = 6
        self.maxarray = 5
        self.maxdict = 4
        self.maxset = 6
        self.maxfrozenset = 6
        self.maxdeque = 6
        self.maxstring = 30         # characters of a str's repr
        self.maxlong = 40           # characters of an int's repr
        self.maxother = 30          # characters of any other repr

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        # Type names may hold spaces (e.g. 'dict_keys' is fine, but some
        # extension types are not); a method name cannot.
        name = '_'.join(type(x).__name__.split())
        handler = getattr(self, 'repr_' + name, None)
        if handler is None:
            return self.repr_instance(x, level)
        return handler(x, level)

    # -- helpers -----------------------------------------------------------

    def _shorten(self, text, limit):
        """Keep the start and end of text, fillvalue in the middle, when it
        is longer than limit (the 3 stands for the usual '...')."""
        if len(text) <= limit:
            return text
        head = max(0, (limit - 3) // 2)
        tail = max(0, limit - 3 - head)
        return text[:head] + self.fillvalue + text[len(text) - tail:]

    def _items(self, items, level, limit, opening, closing, one_trail=''):
        """opening + the first `limit` item reprs + closing; fillvalue marks
        items left out, or the whole content once the level runs out."""
        if level <= 0:
            return opening + self.fillvalue + closing
        items = list(items)
        parts = [self.repr1(item, level - 1) for item in items[:limit]]
        if len(items) > limit:
            parts.append(self.fillvalue)
        if len(items) == 1 and one_trail:
            closing = one_trail + closing       # (x,) for one-tuples
        return opening + ', '.join(parts) + closing

    # -- containers --------------------------------------------------------

    def repr_tuple(self, x, level):
        return self._items(x, level, self.maxtuple, '(', ')', ',')

    def repr_list(self, x, level):
        return self._items(x, level, self.maxlist, '[', ']')

    def repr_array(self, x, level):
        if len(x) == 0:
            return "array('%s')" % x.typecode
        return self._items(x, level, self.maxarray,
                           "array('%s', [" % x.typecode, '])')

    def repr_set(self, x, level):
        if len(x) == 0:
            return 'set()'
        return self._items(_in_order(x), level, self.maxset, '{', '}')

    def repr_frozenset(self, x, level):
        if len(x) == 0:
            return 'frozenset()'
        return self._items(_in_order(x), level, self.maxfrozenset,
                           'frozenset({', '})')

    def repr_deque(self, x, level):
        return self._items(x, level, self.maxdeque, 'deque([', '])')

    def repr_dict(self, x, level):
        if len(x) == 0:
            return '{}'
        if level <= 0:
            return '{' + self.fillvalue + '}'
        keys = _in_order(x)
        parts = ['%s: %s' % (self.repr1(k, level - 1), self.repr1(x[k], level - 1))
                 for k in keys[:self.maxdict]]
        if len(keys) > self.maxdict:
            parts.append(self.fillvalue)
        return '{' + ', '.join(parts) + '}'

    # -- scalars -----------------------------------------------------------

    def repr_str(self, x, level):
        limit = self.maxstring
        shown = builtins.repr(x[:limit])
        if len(shown) <= limit:
            return shown
        # Take the repr of the kept ends of the string (so quotes and escapes
        # stay valid), then cut that repr to size around the fillvalue.
        head = max(0, (limit - 3) // 2)
        tail = max(0, limit - 3 - head)
        shown = builtins.repr(x[:head] + x[len(x) - tail:])
        return shown[:head] + self.fillvalue + shown[len(shown) - tail:]

    def repr_int(self, x, level):
        return self._shorten(builtins.repr(x), self.maxlong)

    def repr_instance(self, x, level):
        try:
            text = builtins.repr(x)
        except Exception:
            # A broken __repr__ should not break the caller's display.
            return '<%s instance at %#x>' % (x.__class__.__name__, id(x))
        return self._shorten(text, self.maxother)


aRepr = Repr()
repr = aRepr.repr
