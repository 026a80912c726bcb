"""Container datatypes beyond dict, list, set and tuple.

* namedtuple   a function making tuple subclasses whose fields have names
* deque        a list-like sequence with fast appends and pops on either end
* ChainMap     one view of several mappings, searched in order
* Counter      a dict that counts hashable things
* OrderedDict  a dict that can move its keys to either end, and compares in order
* defaultdict  a dict that calls a factory to make the values of missing keys
* UserDict, UserList, UserString   wrappers that are easy to subclass

This module was written for pygil from the documented behaviour of CPython 3.11's
collections (same reprs, errors and orders). The abstract base classes are in
collections.abc.
"""

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString',
           'defaultdict', 'deque', 'namedtuple']

import sys as _sys
from _thread import allocate_lock as _allocate_lock
from itertools import chain as _chain, repeat as _repeat, starmap as _starmap
from keyword import iskeyword as _iskeyword
from reprlib import recursive_repr as _recursive_repr
from collections import abc as _abc

try:
    _GenericAlias = type(list[int])
except TypeError:
    _GenericAlias = None


def _class_getitem(cls, item):
    if _GenericAlias is None:
        return cls
    return _GenericAlias(cls, item)


def _as_index(value):
    if isinstance(value, int):
        return int(value)
    method = getattr(type(value), '__index__', None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__)
    return method(value)


# ===================================================================================== deque

class deque:
    """A list-like sequence optimized for data accesses near its endpoints.

    The items live in two lists: `_left` holds the left part of the deque in reverse order
    (its last item is the deque's first) and `_right` the right part in order. Appending or
    popping at either end is a list append or pop; when one side runs empty, half of the
    other side moves over, so each operation costs O(1) on average.

    Threads: as in CPython, append, appendleft, pop and popleft may be called from several
    threads without a lock of the caller's. The two lists are never replaced, only changed
    in place; an unbounded append is one list append; everything else holds `_lock`, so a
    thread switch in the middle of it cannot lose or duplicate an item.
    """

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            maxlen = int(maxlen)
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        self._left = []
        self._right = []
        self._state = 0             # bumped by each change of shape; iterators check it
        self._lock = _allocate_lock()
        self.extend(iterable)

    # -- the two lists

    # (The helpers below run with _lock held. Items move between the lists by slices taken
    # from the front of one and put at the front of the other, while unlocked appends only
    # ever add at the ends.)

    def _move_to_left(self):
        # _left is empty: give it the left half of _right.
        right = self._right
        half = (len(right) + 1) // 2
        moved = right[:half]
        del right[:half]
        moved.reverse()
        self._left[0:0] = moved

    def _move_to_right(self):
        left = self._left
        half = (len(left) + 1) // 2
        moved = left[:half]
        del left[:half]
        moved.reverse()
        self._right[0:0] = moved

    def _take_left(self):
        if not self._left:
            self._move_to_left()
        return self._left.pop()

    def _take_right(self):
        if not self._right:
            self._move_to_right()
        return self._right.pop()

    def _set_items(self, items):
        self._state += 1
        del self._left[:]
        self._right[:] = items

    def _position(self, index):
        """(list, position in it) of the item at a valid deque index."""
        left = self._left
        if index < len(left):
            return left, len(left) - 1 - index
        return self._right, index - len(left)

    def _check_index(self, index):
        if not isinstance(index, int):
            if not hasattr(type(index), '__index__'):
                raise TypeError('sequence index must be integer, not %r' % type(index).__name__)
            index = _as_index(index)
        size = len(self._left) + len(self._right)
        if index < 0:
            index += size
        if index < 0 or index >= size:
            raise IndexError('deque index out of range')
        return index

    # -- adding and removing at the ends

    def append(self, x, /):
        """Add an element to the right side of the deque."""
        self._state += 1
        if self._maxlen is None:            # the common case, first
            self._right.append(x)
            return
        with self._lock:
            if self._maxlen == 0:
                return
            self._right.append(x)
            if len(self._left) + len(self._right) > self._maxlen:
                self._take_left()

    def appendleft(self, x, /):
        """Add an element to the left side of the deque."""
        self._state += 1
        if self._maxlen is None:
            self._left.append(x)
            return
        with self._lock:
            if self._maxlen == 0:
                return
            self._left.append(x)
            if len(self._left) + len(self._right) > self._maxlen:
                self._take_right()

    def pop(self):
        """Remove and return the rightmost element."""
        lock = self._lock
        lock.acquire()              # (cheaper than `with` on these hot paths)
        try:
            right = self._right
            if not right:
                if not self._left:
                    raise IndexError('pop from an empty deque')
                self._move_to_right()
            self._state += 1
            return right.pop()
        finally:
            lock.release()

    def popleft(self):
        """Remove and return the leftmost element."""
        lock = self._lock
        lock.acquire()
        try:
            left = self._left
            if not left:
                if not self._right:
                    raise IndexError('pop from an empty deque')
                self._move_to_left()
            self._state += 1
            return left.pop()
        finally:
            lock.release()

    def extend(self, iterable, /):
        """Extend the right side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        for item in iterable:
            self.append(item)

    def extendleft(self, iterable, /):
        """Extend the left side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        for item in iterable:
            self.appendleft(item)

    def clear(self):
        """Remove all elements from the deque."""
        with self._lock:
            self._set_items([])

    # -- the middle

    def insert(self, index, x, /):
        """Insert value before index."""
        index = _as_index(index)
        size = len(self)
        if self._maxlen is not None and size >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        if index < 0:
            index = max(0, index + size)
        index = min(index, size)
        with self._lock:
            items = self._items()
            items.insert(index, x)
            self._set_items(items)

    def _items(self):
        return self._left[::-1] + self._right

    def remove(self, value, /):
        """Remove first occurrence of value."""
        for position, item in enumerate(self):
            if item is value or item == value:
                del self[position]
                return
        raise ValueError('%r is not in deque' % (value,))

    def index(self, value, start=0, stop=_sys.maxsize, /):
        """Return first index of value.

        Raises ValueError if the value is not present."""
        size = len(self)
        start = _as_index(start)
        stop = _as_index(stop)
        if start < 0:
            start = max(0, start + size)
        if stop < 0:
            stop = max(0, stop + size)
        stop = min(stop, size)
        for position in range(start, stop):
            item = self[position]
            if item is value or item == value:
                return position
        raise ValueError('%r is not in deque' % (value,))

    def count(self, value, /):
        """Return number of occurrences of value."""
        total = 0
        for item in self:
            if item is value or item == value:
                total += 1
        return total

    def reverse(self):
        """Reverse *IN PLACE*."""
        with self._lock:
            items = self._items()
            items.reverse()
            del self._left[:]
            self._right[:] = items

    def rotate(self, n=1, /):
        """Rotate the deque n steps to the right (default n=1).  If n is negative, rotates
        left."""
        n = _as_index(n)
        size = len(self)
        if size <= 1:
            return
        with self._lock:
            self._state += 1
            n %= size
            if n > size // 2:
                n -= size
            for _ in range(n):
                item = self._take_right()
                self._left.append(item)
            for _ in range(-n):
                item = self._take_left()
                self._right.append(item)

    # -- the sequence protocol

    def __len__(self):
        return len(self._left) + len(self._right)

    def __bool__(self):
        return bool(self._left) or bool(self._right)

    def __getitem__(self, index):
        index = self._check_index(index)
        items, position = self._position(index)
        return items[position]

    def __setitem__(self, index, value):
        index = self._check_index(index)
        items, position = self._position(index)
        items[position] = value

    def __delitem__(self, index):
        with self._lock:
            index = self._check_index(index)
            self._state += 1
            items, position = self._position(index)
            del items[position]

    def __iter__(self):
        return _deque_iterator(self, False)

    def __reversed__(self):
        return _deque_iterator(self, True)

    def __contains__(self, value):
        for item in self:
            if item is value or item == value:
                return True
        return False

    # -- operators

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque'
                            % type(other).__name__)
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        result = self.copy()
        result *= n
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        n = _as_index(n)
        if n <= 0:
            self.clear()
        elif n > 1:
            items = list(self)
            for _ in range(n - 1):
                self.extend(items)
        return self

    def _compare(self, other, op):
        if not isinstance(other, deque):
            return NotImplemented
        return op(list(self), list(other))

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    __hash__ = None

    # -- the rest

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    def copy(self):
        """Return a shallow copy of a deque."""
        if type(self) is deque:
            twin = deque((), self._maxlen)
            twin._right[:] = self._items()
            return twin
        if self._maxlen is None:
            return type(self)(self)
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def __reduce__(self):
        state = getattr(self, '__dict__', None) or None
        if state is not None:
            state = {key: value for key, value in state.items()
                     if key not in ('_maxlen', '_left', '_right', '_state', '_lock')} or None
        args = () if self._maxlen is None else ((), self._maxlen)
        return type(self), args, state, iter(list(self))

    @_recursive_repr('[...]')
    def __repr__(self):
        if self._maxlen is None:
            return '%s(%r)' % (type(self).__name__, list(self))
        return '%s(%r, maxlen=%d)' % (type(self).__name__, list(self), self._maxlen)

    __class_getitem__ = classmethod(_class_getitem)


class _deque_iterator:
    """Walks a deque by index; fails once the deque changes shape under it."""

    def __init__(self, source, backwards):
        self._deque = source
        self._state = source._state
        self._remaining = len(source)
        self._backwards = backwards
        self._index = len(source) - 1 if backwards else 0

    def __iter__(self):
        return self

    def __next__(self):
        source = self._deque
        # a change of shape is reported first, also once the walk is over (as CPython)
        if source._state != self._state:
            self._remaining = 0
            raise RuntimeError('deque mutated during iteration')
        if self._remaining == 0:
            raise StopIteration
        items, position = source._position(self._index)
        item = items[position]
        self._index += -1 if self._backwards else 1
        self._remaining -= 1
        return item

    def __length_hint__(self):
        return self._remaining


_abc.MutableSequence.register(deque)


# =============================================================================== defaultdict

class defaultdict(dict):
    """A dict that makes the value of a missing key: d[key] calls default_factory()
    (e.g. list, int), stores the result under key and returns it. Only d[key] does this,
    not d.get(key) or `key in d`. The other arguments are those of dict()."""

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        """Called by d[key] for a missing key: store and return default_factory()."""
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        return '%s(%s, %s)' % (type(self).__name__, _factory_repr(self.default_factory),
                               dict.__repr__(self))

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        args = () if self.default_factory is None else (self.default_factory,)
        return type(self), args, None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self.default_factory, other)
        result.update(self)
        return result

    def __ior__(self, other):
        dict.update(self, other)
        return self

    __class_getitem__ = classmethod(_class_getitem)


@_recursive_repr('...')
def _factory_repr(factory):
    return repr(factory)


# ============================================================================== OrderedDict

class OrderedDict(dict):
    """Dictionary that remembers insertion order, can move a key to either end, and
    compares order-sensitively with another OrderedDict.

    It keeps its order in the dict itself (dicts keep insertion order); moving a key to
    the front rebuilds it."""

    def __init__(self, other=(), /, **kwds):
        self.update(other, **kwds)

    update = _abc.MutableMapping.update

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the dictionary.

        Pairs are returned in LIFO order if last is true or FIFO order if false."""
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            return dict.popitem(self)
        key = next(iter(dict.keys(self)))
        return key, dict.pop(self, key)

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last is false).

        Raise KeyError if the element does not exist."""
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for other_key, other_value in rest:
            dict.__setitem__(self, other_key, other_value)

    def keys(self):
        "D.keys() -> a set-like object providing a view on D's keys"
        return _OrderedDictKeysView(self)

    def items(self):
        "D.items() -> a set-like object providing a view on D's items"
        return _OrderedDictItemsView(self)

    def values(self):
        "D.values() -> an object providing a view on D's values"
        return _OrderedDictValuesView(self)

    __marker = object()

    def pop(self, key, default=__marker):
        """od.pop(key[,default]) -> v, remove specified key and return the corresponding
        value.

        If the key is not found, return the default if given; otherwise,
        raise a KeyError."""
        if default is self.__marker:
            return dict.pop(self, key)
        return dict.pop(self, key, default)

    def setdefault(self, key, default=None):
        """Insert key with a value of default if key is not in the dictionary.

        Return the value for key if key is in the dictionary, else default."""
        if key in self:
            return self[key]
        self[key] = default
        return default

    @_recursive_repr('...')
    def __repr__(self):
        if not self:
            return '%s()' % (type(self).__name__,)
        return '%s(%r)' % (type(self).__name__, list(self.items()))

    def __reduce__(self):
        state = getattr(self, '__dict__', None) or None
        return type(self), (), state, None, iter(list(self.items()))

    def copy(self):
        "od.copy() -> a shallow copy of od"
        return type(self)(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """Create a new ordered dictionary with keys from iterable and values set to
        value."""
        result = cls()
        for key in iterable:
            result[key] = value
        return result

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) is True and all(
                a is b or a == b for a, b in zip(self, other))
        return dict.__eq__(self, other)

    def __ne__(self, other):
        equal = self.__eq__(other)
        if equal is NotImplemented:
            return equal
        return not equal

    __hash__ = None

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self)
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(other)
        result.update(self)
        return result

    def __ior__(self, other):
        self.update(other)
        return self

    __class_getitem__ = classmethod(_class_getitem)


class _OrderedDictKeysView(_abc.KeysView):
    def __reversed__(self):
        yield from reversed(list(dict.keys(self._mapping)))

    def __repr__(self):
        return 'odict_keys(%r)' % (list(self),)


class _OrderedDictItemsView(_abc.ItemsView):
    def __reversed__(self):
        for key in reversed(list(dict.keys(self._mapping))):
            yield key, self._mapping[key]

    def __repr__(self):
        return 'odict_items(%r)' % (list(self),)


class _OrderedDictValuesView(_abc.ValuesView):
    def __reversed__(self):
        for key in reversed(list(dict.keys(self._mapping))):
            yield self._mapping[key]

    def __repr__(self):
        return 'odict_values(%r)' % (list(self),)


# ================================================================================ namedtuple

class _tuplegetter:
    """The property of one namedtuple field: the item at its index."""

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return instance[self._index]

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")

    def __repr__(self):
        return '%s(%d, %r)' % (type(self).__name__, self._index, self.__doc__)

    def __reduce__(self):
        return type(self), (self._index, self.__doc__)



def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Make a tuple subclass called typename whose items also have names.

    field_names is a list of names or one string of names separated by spaces or commas.
    Example: Point = namedtuple('Point', 'x y'); p = Point(1, y=2) makes Point(x=1, y=2),
    with p.x == p[0] == 1. The class has _fields, _field_defaults, _make(iterable),
    p._replace(x=5) and p._asdict(). defaults gives values for the last fields; rename
    replaces invalid field names by _0, _1, ...; module sets the class's __module__.
    """
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = _sys.intern(str(typename))

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or _iskeyword(name) or name.startswith('_')
                    or name in seen):
                field_names[index] = '_%d' % index
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             'identifiers: %r' % name)
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a '
                             'keyword: %r' % name)

    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: %r' % name)
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % name)
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names), reversed(defaults)))))
    else:
        defaults = ()

    field_names = tuple(map(_sys.intern, field_names))
    num_fields = len(field_names)
    arg_list = ', '.join(field_names)
    if num_fields == 1:
        arg_list += ','
    new_qualname = typename + '.__new__'
    tuple_new = tuple.__new__

    # __new__ takes the fields as real parameters (made from source text, the names being
    # checked identifiers), so calls bind, fail and show their signature as any function's
    namespace = {'_tuple_new': tuple_new, '__name__': 'namedtuple_%s' % typename}
    exec('def __new__(_cls, %s):\n    return _tuple_new(_cls, (%s))\n' % (arg_list, arg_list), namespace)
    __new__ = namespace['__new__']
    __new__.__qualname__ = new_qualname
    __new__.__doc__ = 'Create new instance of %s(%s)' % (typename, arg_list)
    if defaults:
        __new__.__defaults__ = defaults

    @classmethod
    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if len(result) != num_fields:
            raise TypeError('Expected %d arguments, got %d' % (num_fields, len(result)))
        return result

    _make.__func__.__doc__ = 'Make a new %s object from a sequence or iterable' % typename

    def _replace(self, /, **kwds):
        result = self._make(map(kwds.pop, field_names, self))
        if kwds:
            raise ValueError('Got unexpected field names: %r' % list(kwds))
        return result

    _replace.__doc__ = 'Return a new %s object replacing specified fields with new values' \
        % typename

    def __repr__(self):
        'Return a nicely formatted representation string'
        return self.__class__.__name__ + '(%s)' % ', '.join(
            '%s=%r' % pair for pair in zip(field_names, self))

    def _asdict(self):
        'Return a new dict which maps field names to their values.'
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        'Return self as a plain tuple.  Used by copy and pickle.'
        return tuple(self)

    methods = {
        '__new__': __new__, '_make': _make, '_replace': _replace,
        '__repr__': __repr__, '_asdict': _asdict, '__getnewargs__': __getnewargs__,
    }
    # Name each method after the new class (a classmethod keeps its function inside).
    for attr, method in methods.items():
        getattr(method, '__func__', method).__qualname__ = f'{typename}.{attr}'

    class_namespace = dict(
        __doc__=f'{typename}({arg_list})',
        __slots__=(),                   # instances are bare tuples: no __dict__
        _fields=field_names,
        _field_defaults=field_defaults,
        **methods,
        __match_args__=field_names,     # lets `case Point(x, y):` match by position
    )
    # One read-only property per field, reading the tuple item at its index.
    for position, field in enumerate(field_names):
        class_namespace[field] = _tuplegetter(position, f'Alias for field number {position}')

    result = type(typename, (tuple,), class_namespace)

    # The module is the caller's, so that the class repr and pickling name it.
    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = '__main__'
    result.__module__ = module
    return result


# =================================================================================== Counter

class Counter(dict):
    """A dict whose values count their keys: Counter('hello') is
    Counter({'l': 2, 'h': 1, 'e': 1, 'o': 1}). A missing key counts 0.

    Counters add and subtract (keeping only positive counts), take unions (max) and
    intersections (min), and compare as multisets.
    """

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        'The count of elements not in the Counter is zero.'
        return 0

    def total(self):
        'Sum of the counts'
        return sum(self.values())

    def most_common(self, n=None):
        """The (element, count) pairs from the highest count down (equal counts in the
        order the elements were first counted); only the first n if n is given."""
        # sorted() is stable: equal counts keep their first-seen order.
        ordered = sorted(self.items(), key=_count_of, reverse=True)
        if n is None:
            return ordered
        return ordered[:max(n, 0)]

    def elements(self):
        """Each element repeated as many times as its count (none for a count below
        one), in the order the elements were first counted."""
        return _chain.from_iterable(_starmap(_repeat, self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Count more: the items of an iterable, or add the counts of a mapping."""
        if isinstance(iterable, _abc.Mapping):
            if not self:
                # Nothing to add to yet: take the counts over as they are.
                dict.update(self, iterable)
            else:
                for elem, count in iterable.items():
                    self[elem] = count + self.get(elem, 0)
        elif iterable is not None:
            for elem in iterable:
                self[elem] = self.get(elem, 0) + 1
        if kwds:
            # Keyword arguments are counts too, like a mapping.
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Count less: one for each item of an iterable, or the counts of a mapping.
        Counts may go to zero or below."""
        if isinstance(iterable, _abc.Mapping):
            for elem, count in iterable.items():
                self[elem] = self.get(elem, 0) - count
        elif iterable is not None:
            for elem in iterable:
                self[elem] = self.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        'Return a shallow copy.'
        return self.__class__(self)

    def __reduce__(self):
        # Pickle as "call the class with a plain dict of the counts".
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        'Like dict.__delitem__() but does not raise KeyError for missing values.'
        # A missing element already counts zero, so there is nothing to remove.
        if elem not in self:
            return
        super().__delitem__(elem)

    def __repr__(self):
        name = type(self).__name__
        if not self:
            return name + '()'
        try:
            # Highest counts first.
            shown = ', '.join(f'{elem!r}: {count!r}' for elem, count in self.most_common())
        except TypeError:
            # Counts that cannot be ordered: show the dict as it stands.
            return f'{name}({dict(self)!r})'
        return f'{name}({{{shown}}})'

    # Multiset comparisons: every element of either side is checked, and a missing
    # element counts zero. Only another Counter can be compared.

    def _every_count(self, other, test):
        return all(test(self[elem], other[elem]) for elem in _chain(self, other))

    def __eq__(self, other):
        if isinstance(other, Counter):
            return self._every_count(other, lambda mine, theirs: mine == theirs)
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, Counter):
            return not self == other
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, Counter):
            return self._every_count(other, lambda mine, theirs: mine <= theirs)
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, Counter):
            return self._every_count(other, lambda mine, theirs: mine >= theirs)
        return NotImplemented

    # Strictly smaller/larger: the comparison above holds, but not equality.

    def __lt__(self, other):
        if isinstance(other, Counter):
            return self <= other and self != other
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, Counter):
            return self >= other and self != other
        return NotImplemented

    __hash__ = None

    # Multiset arithmetic: results keep only positive counts, in the order the elements
    # are met (first those of the left operand, then new ones from the right).

    def _combined(self, other, merge):
        'A new Counter of merge(my count, their count) for every element, if positive.'
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        only_theirs = (elem for elem in other if elem not in self)
        for elem in _chain(self, only_theirs):
            count = merge(self.get(elem, 0), other[elem])
            if count > 0:
                result[elem] = count
        return result

    def __add__(self, other):
        return self._combined(other, lambda mine, theirs: mine + theirs)

    def __sub__(self, other):
        return self._combined(other, lambda mine, theirs: mine - theirs)

    def __or__(self, other):
        # union: the larger count
        return self._combined(other, lambda mine, theirs: theirs if mine < theirs else mine)

    def __and__(self, other):
        # intersection: the smaller count
        return self._combined(other, lambda mine, theirs: mine if mine < theirs else theirs)

    def __pos__(self):
        'The positive counts only.'
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        'The negative counts, made positive.'
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        # Drop the elements whose count is not above zero.
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()

    __class_getitem__ = classmethod(_class_getitem)


def _count_of(item):
    return item[1]


# ================================================================================== ChainMap

class ChainMap(_abc.MutableMapping):
    """Several mappings seen as one: a lookup tries each mapping of the list
    self.maps in turn; assignments and deletions go to the first one only."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        keys = {}
        for mapping in reversed(self.maps):
            keys.update(dict.fromkeys(mapping))
        return iter(keys)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    @_recursive_repr('...')
    def __repr__(self):
        return f'{self.__class__.__name__}({", ".join(map(repr, self.maps))})'

    @classmethod
    def fromkeys(cls, iterable, *args):
        'Create a ChainMap with a single dict created from the iterable.'
        return cls(dict.fromkeys(iterable, *args))

    # -- building related ChainMaps

    def copy(self):
        'New ChainMap or subclass with a new copy of maps[0] and refs to maps[1:]'
        # Only the first mapping is ours to change, so only it is duplicated.
        first, *rest = self.maps
        return self.__class__(first.copy(), *rest)

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        'A ChainMap of m (a new dict if None, updated with kwargs) before these maps.'
        child = kwargs if m is None else m
        if m is not None and kwargs:
            child.update(kwargs)
        return self.__class__(child, *self.maps)

    @property
    def parents(self):
        'New ChainMap from maps[1:].'
        return self.__class__(*self.maps[1:])

    # -- changes: they all act on maps[0] alone

    def __setitem__(self, key, value):
        first = self.maps[0]
        first[key] = value

    def _missing_in_first(self, key):
        # A key the other mappings may hold still cannot be removed from them.
        return KeyError(f'Key not found in the first mapping: {key!r}')

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise self._missing_in_first(key)

    def pop(self, key, *args):
        'Remove *key* from maps[0] and return its value. Raise KeyError if *key* not in maps[0].'
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise self._missing_in_first(key)

    def popitem(self):
        'Remove and return an item pair from maps[0]. Raise KeyError is maps[0] is empty.'
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def clear(self):
        'Clear maps[0], leaving maps[1:] intact.'
        self.maps[0].clear()

    # -- the | operators, as for dict

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _abc.Mapping):
            return NotImplemented
        merged = self.copy()
        merged.maps[0].update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, _abc.Mapping):
            return NotImplemented
        # Later updates win, so start from `other` and apply the last map first.
        combined = dict(other)
        for mapping in self.maps[::-1]:
            combined.update(mapping)
        return self.__class__(combined)


# ================================================================ UserDict, UserList, UserString

class UserDict(_abc.MutableMapping):
    """A dict-like class that keeps its items in the dict `self.data`."""

    # The positional parameter is called `dict` (as documented) but is
    # positional-only, so a key named "dict" can still be passed by keyword.
    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    # -- the five methods MutableMapping needs; it builds the rest from them

    def __getitem__(self, key):
        try:
            return self.data[key]
        except KeyError:
            pass
        # A subclass may supply __missing__, just as for dict.
        missing = getattr(type(self), '__missing__', None)
        if missing is None:
            raise KeyError(key)
        return missing(self, key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter(self.data)

    # -- faster or dict-like versions of what the mixins offer

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    @staticmethod
    def _as_dict(other):
        'The plain dict behind `other`, or None if it is not dict-like enough.'
        if isinstance(other, UserDict):
            return other.data
        if isinstance(other, dict):
            return other
        return None

    def __or__(self, other):
        right = self._as_dict(other)
        if right is None:
            return NotImplemented
        return self.__class__(self.data | right)

    def __ror__(self, other):
        left = self._as_dict(other)
        if left is None:
            return NotImplemented
        return self.__class__(left | self.data)

    def __ior__(self, other):
        # In-place | takes any mapping or iterable of pairs, like dict's.
        right = self._as_dict(other)
        self.data |= other if right is None else right
        return self

    def __copy__(self):
        # Same class and attributes, but a data dict of its own.
        twin = self.__class__.__new__(self.__class__)
        twin.__dict__.update(self.__dict__)
        twin.__dict__['data'] = self.data.copy()
        return twin

    def copy(self):
        if type(self) is UserDict:
            return UserDict(self.data.copy())
        twin = self.__copy__()
        twin.data = {}
        twin.update(self)       # through the subclass's __setitem__, if it has one
        return twin

    @classmethod
    def fromkeys(cls, iterable, value=None):
        result = cls()
        for key in iterable:
            result[key] = value
        return result


def _list_of(other):
    'The list behind a UserList; anything else is returned unchanged.'
    return other.data if isinstance(other, UserList) else other


class UserList(_abc.MutableSequence):
    """A list-like class that keeps its items in the list `self.data`."""

    def __init__(self, initlist=None):
        # Always a fresh list, never one shared with the caller.
        self.data = [] if initlist is None else list(_list_of(initlist))

    def __repr__(self):
        return repr(self.data)

    # Comparisons look through another UserList to its list.
    def __eq__(self, other):
        return self.data == _list_of(other)

    def __lt__(self, other):
        return self.data < _list_of(other)

    def __le__(self, other):
        return self.data <= _list_of(other)

    def __gt__(self, other):
        return self.data > _list_of(other)

    def __ge__(self, other):
        return self.data >= _list_of(other)

    # -- item access; a slice comes back as the same class

    def __len__(self):
        return len(self.data)

    def __contains__(self, item):
        return item in self.data

    def __getitem__(self, i):
        found = self.data[i]
        return self.__class__(found) if isinstance(i, slice) else found

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    # -- + and * : the other operand may be any iterable

    def __add__(self, other):
        other = _list_of(other)
        if not isinstance(other, list):
            other = list(other)
        return self.__class__(self.data + other)

    def __radd__(self, other):
        other = _list_of(other)
        if not isinstance(other, list):
            other = list(other)
        return self.__class__(other + self.data)

    def __iadd__(self, other):
        other = _list_of(other)
        if not isinstance(other, list):
            other = list(other)
        self.data += other
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        # Same class and attributes, but a list of its own.
        twin = self.__class__.__new__(self.__class__)
        twin.__dict__.update(self.__dict__)
        twin.__dict__['data'] = list(self.data)
        return twin

    def copy(self):
        return self.__class__(self)

    # -- the list methods, passed straight on to self.data

    def append(self, item):
        self.data.append(item)

    def extend(self, other):
        self.data.extend(_list_of(other))

    def insert(self, i, item):
        self.data.insert(i, item)

    def remove(self, item):
        self.data.remove(item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def clear(self):
        self.data.clear()

    def index(self, item, *args):
        return self.data.index(item, *args)

    def count(self, item):
        return self.data.count(item)

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def reverse(self):
        self.data.reverse()


def _plain(value):
    'The str inside a UserString; anything else is returned unchanged.'
    return value.data if isinstance(value, UserString) else value


class UserString(_abc.Sequence):
    """A str-like class that keeps its text in the str `self.data`."""

    def __init__(self, seq):
        # Always store a real str, whatever we were given.
        self.data = seq.data if isinstance(seq, UserString) else str(seq)

    def _wrap(self, text):
        # Results that are strings come back as the caller's own class.
        return self.__class__(text)

    def __repr__(self):
        return repr(self.data)

    def __getnewargs__(self):
        # copy and pickle rebuild us from a plain str
        return (self.data[:],)

    def __hash__(self):
        return hash(self.data)

    # Conversions act on the text itself.
    def __str__(self):
        return str(self.data)

    def __complex__(self):
        return complex(self.data)

    def __float__(self):
        return float(self.data)

    def __int__(self):
        return int(self.data)

    # Comparisons accept another UserString or anything str compares with.
    def __eq__(self, string):
        return self.data == _plain(string)

    def __lt__(self, string):
        return self.data < _plain(string)

    def __le__(self, string):
        return self.data <= _plain(string)

    def __gt__(self, string):
        return self.data > _plain(string)

    def __ge__(self, string):
        return self.data >= _plain(string)

    def __contains__(self, char):
        return _plain(char) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self._wrap(self.data[index])

    def __add__(self, other):
        other = _plain(other)
        return self._wrap(self.data + (other if isinstance(other, str) else str(other)))

    def __radd__(self, other):
        return self._wrap((other if isinstance(other, str) else str(other)) + self.data)

    def __mul__(self, n):
        return self._wrap(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self._wrap(self.data % args)

    def __rmod__(self, template):
        return self._wrap(str(template) % self)

    # Searching and counting: the needle may itself be a UserString for the methods
    # that documented it; start/end may be given by keyword, as on a str.
    def count(self, sub, start=0, end=None):
        return self.data.count(_plain(sub), start, end)

    def find(self, sub, start=0, end=None):
        return self.data.find(_plain(sub), start, end)

    def rfind(self, sub, start=0, end=None):
        return self.data.rfind(_plain(sub), start, end)

    def index(self, sub, start=0, end=None):
        return self.data.index(sub, start, end)

    def rindex(self, sub, start=0, end=None):
        return self.data.rindex(sub, start, end)

    def startswith(self, prefix, start=0, end=None):
        return self.data.startswith(prefix, start, end)

    def endswith(self, suffix, start=0, end=None):
        return self.data.endswith(suffix, start, end)

    def removeprefix(self, prefix, /):
        return self._wrap(self.data.removeprefix(_plain(prefix)))

    def removesuffix(self, suffix, /):
        return self._wrap(self.data.removesuffix(_plain(suffix)))

    def replace(self, old, new, maxsplit=-1):
        return self._wrap(self.data.replace(_plain(old), _plain(new), maxsplit))

    def encode(self, encoding='utf-8', errors='strict'):
        # None means "the default" for both arguments
        return self.data.encode(encoding or 'utf-8', errors or 'strict')

    # The strip family takes its characters by keyword too.
    def strip(self, chars=None):
        return self._wrap(self.data.strip(chars))

    def lstrip(self, chars=None):
        return self._wrap(self.data.lstrip(chars))

    def rstrip(self, chars=None):
        return self._wrap(self.data.rstrip(chars))

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)

    maketrans = str.maketrans


def _delegate_to_str(name, rewrap):
    'A UserString method that calls the str method `name` on self.data.'
    str_method = getattr(str, name)
    if rewrap:
        def method(self, *args, **kwds):
            return self.__class__(str_method(self.data, *args, **kwds))
    else:
        def method(self, *args, **kwds):
            return str_method(self.data, *args, **kwds)
    method.__name__ = name
    method.__qualname__ = 'UserString.' + name
    method.__doc__ = str_method.__doc__
    return method


# These give back a new string, so the result is wrapped in the caller's class ...
for _name in ('capitalize', 'casefold', 'center', 'expandtabs', 'ljust', 'lower',
              'rjust', 'swapcase', 'title', 'translate', 'upper', 'zfill'):
    setattr(UserString, _name, _delegate_to_str(_name, True))
# ... while these answer with a bool, a list, a tuple or a plain str.
for _name in ('format_map', 'isalpha', 'isalnum', 'isascii', 'isdecimal', 'isdigit',
              'isidentifier', 'islower', 'isnumeric', 'isprintable', 'isspace',
              'istitle', 'isupper', 'join', 'partition', 'rpartition', 'split',
              'rsplit', 'splitlines'):
    setattr(UserString, _name, _delegate_to_str(_name, False))
del _name


# CPython implements these in C: messages name them "collections.deque" …, __name__ is "deque".
import _pygil_types
for _cls in (deque, defaultdict, OrderedDict):
    _pygil_types.set_c_name(_cls, "collections." + _cls.__name__)
    _pygil_types.hide_frames(_cls)   # no frame of theirs shows in a traceback either
_deque_iterator.__module__ = '_collections'
_pygil_types.set_c_name(_deque_iterator, "_collections._deque_iterator")
_pygil_types.hide_frames(_deque_iterator)
del _cls, _pygil_types
