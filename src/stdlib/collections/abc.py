"""Abstract base classes for containers: Iterable, Sequence, Mapping, Set, ... (PEP 3119).

isinstance(x, Iterable) is true for any class with an __iter__ method (a "one-trick pony"
ABC checks for its method through __subclasshook__); Sequence, Mapping and the others are
true for the built-in types registered with them and for classes that inherit from them.
Inheriting also gives mixin methods: a class with __getitem__ and __len__ that inherits from
Sequence gets __iter__, __contains__, __reversed__, index and count.

This module was written for pygil from the documented behaviour of CPython 3.11.
"""

from abc import ABCMeta, abstractmethod
import sys

__all__ = ["Awaitable", "Coroutine",
           "AsyncIterable", "AsyncIterator", "AsyncGenerator",
           "Hashable", "Iterable", "Iterator", "Generator", "Reversible",
           "Sized", "Container", "Callable", "Collection",
           "Set", "MutableSet",
           "Mapping", "MutableMapping",
           "MappingView", "KeysView", "ItemsView", "ValuesView",
           "Sequence", "MutableSequence",
           "ByteString",
           ]

try:
    GenericAlias = type(list[int])
except TypeError:
    GenericAlias = None


def _class_getitem(cls, item):
    if GenericAlias is None:
        return cls
    return GenericAlias(cls, item)


_generic = classmethod(_class_getitem)


def _check_methods(C, *methods):
    """True if C's MRO defines each method (and not as None), else NotImplemented."""
    mro = C.__mro__
    for method in methods:
        for base in mro:
            if method in base.__dict__:
                if base.__dict__[method] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


# ------------------------------------------------------------------ one-trick ponies

class Hashable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __hash__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hashable:
            return _check_methods(C, "__hash__")
        return NotImplemented


class Awaitable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __await__(self):
        yield

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Awaitable:
            return _check_methods(C, "__await__")
        return NotImplemented

    __class_getitem__ = _generic


class Coroutine(Awaitable):
    __slots__ = ()

    @abstractmethod
    def send(self, value):
        """Resume the coroutine with value; give what it yields next (StopIteration when
        it returns)."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise an exception inside the coroutine; give what it yields next."""
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        if tb is not None:
            val = val.with_traceback(tb)
        raise val

    def close(self):
        """Stop the coroutine by raising GeneratorExit inside it."""
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError("coroutine ignored GeneratorExit")

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Coroutine:
            return _check_methods(C, '__await__', 'send', 'throw', 'close')
        return NotImplemented


class AsyncIterable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncIterable:
            return _check_methods(C, "__aiter__")
        return NotImplemented

    __class_getitem__ = _generic


class AsyncIterator(AsyncIterable):
    __slots__ = ()

    @abstractmethod
    async def __anext__(self):
        """The next item (awaitable); StopAsyncIteration at the end."""
        raise StopAsyncIteration

    def __aiter__(self):
        return self

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncIterator:
            return _check_methods(C, "__anext__", "__aiter__")
        return NotImplemented


class AsyncGenerator(AsyncIterator):
    __slots__ = ()

    async def __anext__(self):
        """The next item: asend(None)."""
        return await self.asend(None)

    @abstractmethod
    async def asend(self, value):
        """Resume the generator with value; give what it yields next."""
        raise StopAsyncIteration

    @abstractmethod
    async def athrow(self, typ, val=None, tb=None):
        """Raise an exception inside the generator; give what it yields next."""
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        if tb is not None:
            val = val.with_traceback(tb)
        raise val

    async def aclose(self):
        """Stop the generator by raising GeneratorExit inside it."""
        try:
            await self.athrow(GeneratorExit)
        except (GeneratorExit, StopAsyncIteration):
            pass
        else:
            raise RuntimeError("asynchronous generator ignored GeneratorExit")

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncGenerator:
            return _check_methods(C, '__aiter__', '__anext__', 'asend', 'athrow', 'aclose')
        return NotImplemented


class Iterable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __iter__(self):
        while False:
            yield None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Iterable:
            return _check_methods(C, "__iter__")
        return NotImplemented

    __class_getitem__ = _generic


class Iterator(Iterable):
    __slots__ = ()

    @abstractmethod
    def __next__(self):
        'The next item; StopIteration at the end.'
        raise StopIteration

    def __iter__(self):
        return self

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Iterator:
            return _check_methods(C, '__iter__', '__next__')
        return NotImplemented


class Reversible(Iterable):
    __slots__ = ()

    @abstractmethod
    def __reversed__(self):
        while False:
            yield None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Reversible:
            return _check_methods(C, "__reversed__", "__iter__")
        return NotImplemented


class Generator(Iterator):
    __slots__ = ()

    def __next__(self):
        """The next item: send(None)."""
        return self.send(None)

    @abstractmethod
    def send(self, value):
        """Resume the generator with value; give what it yields next."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise an exception inside the generator; give what it yields next."""
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        if tb is not None:
            val = val.with_traceback(tb)
        raise val

    def close(self):
        """Stop the generator by raising GeneratorExit inside it."""
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError("generator ignored GeneratorExit")

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Generator:
            return _check_methods(C, '__iter__', '__next__', 'send', 'throw', 'close')
        return NotImplemented


class Sized(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __len__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return _check_methods(C, "__len__")
        return NotImplemented


class Container(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __contains__(self, x):
        return False

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Container:
            return _check_methods(C, "__contains__")
        return NotImplemented

    __class_getitem__ = _generic


class Collection(Sized, Iterable, Container):
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Collection:
            return _check_methods(C, "__len__", "__iter__", "__contains__")
        return NotImplemented


class Callable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Callable:
            return _check_methods(C, "__call__")
        return NotImplemented

    @classmethod
    def __class_getitem__(cls, item):
        if _CallableGenericAlias is not None:
            return _CallableGenericAlias(cls, item)
        # A plain GenericAlias with the same __args__ (only its repr differs).
        if isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], (tuple, list)):
            item = (*item[0], item[1])
        return _class_getitem(cls, item)


def _is_param_expr(obj):
    """True for ... and typing's ParamSpec and Concatenate (Callable[P, int])."""
    if obj is Ellipsis:
        return True
    if isinstance(obj, list):
        return False
    obj = type(obj)
    names = ('ParamSpec', '_ConcatenateGenericAlias')
    return obj.__module__ == 'typing' and any(obj.__name__ == name for name in names)


def _type_repr(obj):
    """How a type shows inside Callable[...]: int, mod.Class, ..."""
    if isinstance(obj, type) and not isinstance(obj, GenericAlias):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is Ellipsis:
        return '...'
    if type(obj) is type(_type_repr):
        return obj.__name__
    return repr(obj)


def _make_callable_alias():
    """Callable[[int, str], bool]: a GenericAlias whose __args__ are (int, str, bool),
    shown with the argument list in brackets. None where GenericAlias cannot be
    subclassed."""
    if GenericAlias is None:
        return None
    if sys.implementation.name != 'cpython':
        # pygil cannot subclass its GenericAlias yet (see docs/stdlib-vm-features.md):
        # Callable[[int], str] is a plain GenericAlias there.
        return None
    try:
        class _CallableGenericAlias(GenericAlias):
            __slots__ = ()

            def __new__(cls, origin, args):
                if not (isinstance(args, tuple) and len(args) == 2):
                    raise TypeError(
                        "Callable must be used as Callable[[arg, ...], result].")
                arguments, result = args
                if isinstance(arguments, (tuple, list)):
                    args = (*arguments, result)
                elif not _is_param_expr(arguments):
                    raise TypeError(f"Expected a list of types, an ellipsis, "
                                    f"ParamSpec, or Concatenate. Got {arguments}")
                return super().__new__(cls, origin, args)

            def __repr__(self):
                if len(self.__args__) == 2 and _is_param_expr(self.__args__[0]):
                    return super().__repr__()
                shown = ', '.join([_type_repr(a) for a in self.__args__[:-1]])
                return (f'collections.abc.Callable'
                        f'[[{shown}], {_type_repr(self.__args__[-1])}]')

            def __reduce__(self):
                args = self.__args__
                if not (len(args) == 2 and _is_param_expr(args[0])):
                    args = list(args[:-1]), args[-1]
                return _CallableGenericAlias, (Callable, args)
    except TypeError:
        return None
    return _CallableGenericAlias


_CallableGenericAlias = None


# ------------------------------------------------------------------------------ sets

class Set(Collection):
    """A read-only set. A subclass defines __contains__, __iter__ and __len__ and gets
    the comparisons (subset/superset) and the operators & | - ^ and isdisjoint; results
    are made with _from_iterable (cls(iterable) unless overridden)."""

    __slots__ = ()

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) > len(other):
            return False
        for elem in self:
            if elem not in other:
                return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) < len(other):
            return False
        for elem in other:
            if elem not in self:
                return False
        return True

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    @classmethod
    def _from_iterable(cls, it):
        'A new set of this class holding the items of it.'
        return cls(it)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(value for value in other if value in self)

    __rand__ = __and__

    def isdisjoint(self, other):
        'True if no item of other is in self.'
        for value in other:
            if value in self:
                return False
        return True

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(e for s in (self, other) for e in s)

    __ror__ = __or__

    def __sub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in self if value not in other)

    def __rsub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in other if value not in self)

    def __xor__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def _hash(self):
        """Compute the hash value of a set: the hash of a frozenset of the same elements,
        so that equal sets hash alike whatever their class."""
        return hash(frozenset(self))


class MutableSet(Set):
    """A set that can change: a subclass defines add and discard as well, and gets
    remove, pop, clear and the operators |= &= ^= -=."""

    __slots__ = ()

    @abstractmethod
    def add(self, value):
        """Put value in the set."""
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        """Take value out of the set, if it is there."""
        raise NotImplementedError

    def remove(self, value):
        """Take value out of the set; KeyError if it is not there."""
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        """Take out and return some item; KeyError when empty."""
        it = iter(self)
        try:
            value = next(it)
        except StopIteration:
            raise KeyError from None
        self.discard(value)
        return value

    def clear(self):
        """Take out every item (one pop at a time)."""
        try:
            while True:
                self.pop()
        except KeyError:
            pass

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in (self - it):
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
        else:
            if not isinstance(it, Set):
                it = self._from_iterable(it)
            for value in it:
                if value in self:
                    self.discard(value)
                else:
                    self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
        else:
            for value in it:
                self.discard(value)
        return self


# -------------------------------------------------------------------------- mappings

class Mapping(Collection):
    """A read-only mapping: a subclass defines __getitem__, __iter__ and __len__ and
    gets get, __contains__, keys, items, values and ==."""

    __slots__ = ()

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        'self[key], or default when key is missing.'
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        else:
            return True

    def keys(self):
        "A set-like view of the keys."
        return KeysView(self)

    def items(self):
        "A set-like view of the (key, value) pairs."
        return ItemsView(self)

    def values(self):
        "A view of the values."
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None


class MappingView(Sized):
    __slots__ = '_mapping',

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return '{0.__class__.__name__}({0._mapping!r})'.format(self)

    __class_getitem__ = _generic


class KeysView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        else:
            return v is value or v == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


class MutableMapping(Mapping):
    """A mapping that can change: a subclass defines __setitem__ and __delitem__ as
    well, and gets pop, popitem, clear, update and setdefault."""

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    __marker = object()

    def pop(self, key, default=__marker):
        'Remove key and return its value (default, or KeyError, when missing).'
        try:
            value = self[key]
        except KeyError:
            if default is self.__marker:
                raise
            return default
        else:
            del self[key]
            return value

    def popitem(self):
        'Remove and return the (key, value) of the first key; KeyError when empty.'
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        'Remove every key.'
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        '''Set the keys of other (a mapping, an object with keys(), or (key, value)
        pairs), then the keyword arguments.'''
        if isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        'self[key]; when missing, first set it to default.'
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


# ------------------------------------------------------------------------- sequences

class Sequence(Reversible, Collection):
    """A read-only sequence: a subclass defines __getitem__ (IndexError past the end)
    and __len__, and gets __iter__, __contains__, __reversed__, index and count."""

    __slots__ = ()

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        i = 0
        try:
            while True:
                v = self[i]
                yield v
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __reversed__(self):
        for i in reversed(range(len(self))):
            yield self[i]

    def index(self, value, start=0, stop=None):
        'The first position of value in self[start:stop]; ValueError if absent.'
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)

        i = start
        while stop is None or i < stop:
            try:
                v = self[i]
            except IndexError:
                break
            if v is value or v == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        'How many items are (or equal) value.'
        return sum(1 for v in self if v is value or v == value)


class ByteString(Sequence):
    """bytes and bytearray."""

    __slots__ = ()


class MutableSequence(Sequence):
    """A sequence that can change: a subclass defines __setitem__, __delitem__ and
    insert as well, and gets append, clear, reverse, extend, pop, remove and +=."""

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        'Put value before position index.'
        raise IndexError

    def append(self, value):
        'Put value at the end.'
        self.insert(len(self), value)

    def clear(self):
        'Remove every item.'
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        'Reverse the items in place.'
        n = len(self)
        for i in range(n // 2):
            self[i], self[n - i - 1] = self[n - i - 1], self[i]

    def extend(self, values):
        'Append the items of values.'
        if values is self:
            values = list(values)
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        'Remove and return the item at index (the last by default).'
        v = self[index]
        del self[index]
        return v

    def remove(self, value):
        'Remove the first item that is (or equals) value.'
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


# ---------------------------------------------------- the built-in types, registered

def _register_sample_types(abc, *samples):
    for sample in samples:
        abc.register(type(sample))


def _generator_sample():
    yield


async def _coroutine_sample():
    pass


async def _async_generator_sample():
    yield


_register_sample_types(Iterator, iter(b''), iter(bytearray()), iter({}.keys()),
                       iter({}.values()), iter({}.items()), iter([]), iter(reversed([])),
                       iter(range(0)), iter(range(1 << 1000)), iter(set()), iter(''),
                       iter(()), zip(), map(len, ()), filter(None, ()), enumerate(()),
                       reversed(()))
_register_sample_types(Reversible, {}.keys(), {}.values(), {}.items())
_generator = _generator_sample()
Generator.register(type(_generator))
_coroutine = _coroutine_sample()
Coroutine.register(type(_coroutine))
_coroutine.close()      # no "never awaited" warning
_async_generator = _async_generator_sample()
AsyncGenerator.register(type(_async_generator))
del _generator, _coroutine, _async_generator

Set.register(frozenset)
MutableSet.register(set)
try:
    Mapping.register(type(type.__dict__))      # mappingproxy
except AttributeError:
    pass
MutableMapping.register(dict)
KeysView.register(type({}.keys()))
ItemsView.register(type({}.items()))
ValuesView.register(type({}.values()))
Sequence.register(tuple)
Sequence.register(str)
Sequence.register(range)
try:
    Sequence.register(memoryview)
except NameError:
    pass
ByteString.register(bytes)
ByteString.register(bytearray)
MutableSequence.register(list)
MutableSequence.register(bytearray)


_CallableGenericAlias = _make_callable_alias()
