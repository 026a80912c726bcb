"""Names for built-in types that have no name in builtins, and tools for making classes.

The type names are found by asking the runtime: each is type() of a small sample object
(a function, a generator, a bound method...). Where pygil has no such object, the name is
None; where its own type would not behave as documented, a Python class stands in.

SimpleNamespace, MappingProxyType (when the runtime's is not usable), new_class,
prepare_class, resolve_bases, DynamicClassAttribute and coroutine are defined here.
"""

import sys

__all__ = ['FunctionType', 'LambdaType', 'CodeType', 'MappingProxyType', 'SimpleNamespace',
           'CellType', 'GeneratorType', 'CoroutineType', 'AsyncGeneratorType', 'MethodType',
           'BuiltinFunctionType', 'BuiltinMethodType', 'WrapperDescriptorType',
           'MethodWrapperType', 'MethodDescriptorType', 'ClassMethodDescriptorType',
           'ModuleType', 'TracebackType', 'FrameType', 'GetSetDescriptorType',
           'MemberDescriptorType', 'new_class', 'resolve_bases', 'prepare_class',
           'DynamicClassAttribute', 'coroutine', 'GenericAlias', 'UnionType', 'EllipsisType',
           'NoneType', 'NotImplementedType']


# --- Types of sample objects ---

def _kind_of(make_sample):
    """type() of what make_sample() returns, or None if this runtime cannot make one."""
    try:
        return type(make_sample())
    except (AttributeError, TypeError, KeyError, SyntaxError):
        return None


def _plain_function(): pass


def _closure_cell():
    captured = None
    return (lambda: captured).__closure__[0]


def _generator_object():
    def produce():
        yield
    return produce()


def _coroutine_object():
    async def wait():
        pass
    pending = wait()
    pending.close()     # closed at once, so no "never awaited" warning
    return pending


def _async_generator_object():
    # Compiled from text so that this module still imports on a parser without them.
    scope = {}
    exec("async def stream():\n    yield\n", scope)
    return scope["stream"]()


def _traceback_object():
    try:
        raise LookupError
    except LookupError as caught:
        return caught.__traceback__


class _HasMethod:
    def method(self):
        pass


FunctionType = type(_plain_function)
LambdaType = type(lambda: None)
CodeType = type(_plain_function.__code__)
CellType = _kind_of(_closure_cell)
GeneratorType = type(_generator_object())
CoroutineType = type(_coroutine_object())
AsyncGeneratorType = _kind_of(_async_generator_object)
MethodType = type(_HasMethod().method)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = _kind_of(lambda: object.__init__)
MethodWrapperType = _kind_of(lambda: object().__str__)
MethodDescriptorType = _kind_of(lambda: str.join)
ClassMethodDescriptorType = _kind_of(lambda: dict.__dict__['fromkeys'])
ModuleType = type(sys)
TracebackType = type(_traceback_object())
FrameType = _kind_of(lambda: _traceback_object().tb_frame)
GetSetDescriptorType = _kind_of(lambda: FunctionType.__code__)
MemberDescriptorType = _kind_of(lambda: FunctionType.__globals__)
GenericAlias = _kind_of(lambda: list[int])
UnionType = _kind_of(lambda: int | str)
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(...)

del (_kind_of, _plain_function, _closure_cell, _generator_object, _coroutine_object,
     _async_generator_object, _traceback_object, _HasMethod)


# --- MappingProxyType ---

class _ReadOnlyMapping:
    """Stand-in for mappingproxy: every read goes to the wrapped mapping, every write is
    refused, so the owner of the mapping can still change what the view shows."""

    __slots__ = ('_target',)

    def __new__(cls, mapping):
        looks_like_mapping = (hasattr(mapping, '__getitem__') and hasattr(mapping, 'keys')
                              and not isinstance(mapping, (list, tuple, str)))
        if not looks_like_mapping:
            raise TypeError(f"mappingproxy() argument must be a mapping, not "
                            f"{type(mapping).__name__}")
        view = object.__new__(cls)
        object.__setattr__(view, '_target', mapping)
        return view

    # Reading.
    def __getitem__(self, key):
        return self._target[key]

    def get(self, key, default=None):
        return self._target.get(key, default)

    def __contains__(self, key):
        return key in self._target

    def __len__(self):
        return len(self._target)

    def __iter__(self):
        return iter(self._target)

    def __reversed__(self):
        return reversed(self._target)

    def keys(self):
        return self._target.keys()

    def values(self):
        return self._target.values()

    def items(self):
        return self._target.items()

    def copy(self):
        return self._target.copy()

    # Refused writes, with the messages of CPython's mappingproxy.
    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item assignment")

    def __delitem__(self, key):
        raise TypeError("'mappingproxy' object does not support item deletion")

    def __setattr__(self, name, value):
        raise AttributeError(f"'mappingproxy' object has no attribute {name!r}")

    def __ior__(self, other):
        raise TypeError("'|=' is not supported by mappingproxy; use '|' instead")

    # Merging makes a new dict; comparing compares the wrapped mappings.
    def __or__(self, other):
        if isinstance(other, _ReadOnlyMapping):
            other = other._target
        return dict(self._target) | other

    def __ror__(self, other):
        return other | dict(self._target)

    def __eq__(self, other):
        if isinstance(other, _ReadOnlyMapping):
            other = other._target
        return self._target == other

    def __ne__(self, other):
        return not self == other

    __hash__ = None

    def __str__(self):
        return str(self._target)

    def __repr__(self):
        return f'mappingproxy({self._target!r})'


_ReadOnlyMapping.__name__ = _ReadOnlyMapping.__qualname__ = 'mappingproxy'
_ReadOnlyMapping.__module__ = 'builtins'


def _usable_runtime_proxy():
    """The runtime's type of a class __dict__, if it is a mappingproxy that accepts any
    mapping; otherwise None."""
    candidate = type(type.__dict__)
    if candidate is dict or candidate.__name__ != 'mappingproxy':
        return None
    try:
        works = candidate({'probe': 1})['probe'] == 1
    except Exception:
        works = False
    return candidate if works else None


MappingProxyType = _usable_runtime_proxy() or _ReadOnlyMapping
del _usable_runtime_proxy


# --- SimpleNamespace ---

# ids of namespaces whose repr is being built, so that a namespace containing itself
# shows as name(...) instead of recursing forever.
_namespaces_in_repr = set()


class SimpleNamespace:
    """A plain object for attribute access: SimpleNamespace(x=1, y=2) has attributes x
    and y, others may be added or deleted, and it shows as namespace(x=1, y=2)."""

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        self.__dict__.update(kwargs)

    def __repr__(self):
        shown_as = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        marker = id(self)
        if marker in _namespaces_in_repr:
            return f'{shown_as}(...)'
        _namespaces_in_repr.add(marker)
        try:
            fields = ', '.join(f'{key}={value!r}' for key, value in self.__dict__.items())
        finally:
            _namespaces_in_repr.discard(marker)
        return f'{shown_as}({fields})'

    def __eq__(self, other):
        if not isinstance(other, SimpleNamespace):
            return NotImplemented
        return vars(self) == vars(other)

    __hash__ = None

    def __reduce__(self):
        return type(self), (), dict(vars(self))


# --- Creating classes programmatically ---

def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560.

    Each base that is not a class but has __mro_entries__ is replaced by the tuple that
    method returns. The same tuple object comes back when there is nothing to resolve."""
    resolved = []
    changed = False
    for base in bases:
        hook = None if isinstance(base, type) else getattr(base, '__mro_entries__', None)
        if hook is None:
            resolved.append(base)
            continue
        entries = hook(bases)
        if not isinstance(entries, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        resolved.extend(entries)
        changed = True
    return tuple(resolved) if changed else bases


def _most_derived_metaclass(candidate, bases):
    """The metaclass a class statement would use: candidate, or a metaclass of one of
    the bases that derives from it; every metaclass involved must be on one line."""
    for base in bases:
        other = type(base)
        if issubclass(candidate, other):
            continue
        if not issubclass(other, candidate):
            raise TypeError("metaclass conflict: the metaclass of a derived class must be "
                            "a (non-strict) subclass of the metaclasses of all its bases")
        candidate = other
    return candidate


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass.

    Returns (metaclass, namespace, kwds): the metaclass a class statement with these
    bases and keywords would use, the namespace its __prepare__ made, and the keywords
    left once 'metaclass' is taken out (a new dict; the one passed is not changed)."""
    remaining = {} if kwds is None else dict(kwds)
    if 'metaclass' in remaining:
        meta = remaining.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        # Only a real metaclass is reconciled with the bases' metaclasses.
        meta = _most_derived_metaclass(meta, bases)
    prepare = getattr(meta, '__prepare__', None)
    namespace = {} if prepare is None else prepare(name, bases, **remaining)
    return meta, namespace, remaining


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass.

    exec_body, if given, is called with the fresh namespace to fill it, as the body of a
    class statement would."""
    effective_bases = resolve_bases(bases)
    meta, namespace, remaining = prepare_class(name, effective_bases, kwds)
    if exec_body is not None:
        exec_body(namespace)
    if effective_bases is not bases:
        namespace['__orig_bases__'] = bases
    return meta(name, effective_bases, namespace, **remaining)


class DynamicClassAttribute:
    """A property that exists on instances only.

    Read through the class, it raises AttributeError, so the lookup falls through to the
    metaclass's __getattr__; that lets a class attribute and an instance attribute share
    a name (as Enum members' name and value do)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        # The getter's docstring serves until an explicit doc is given.
        self.__doc__ = doc or getattr(fget, '__doc__', None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is not None:
            if self.fget is None:
                raise AttributeError("unreadable attribute")
            return self.fget(instance)
        if self.__isabstractmethod__:
            # ABCMeta looks the attribute up on the class to find abstract members.
            return self
        raise AttributeError()

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def _replaced(self, fget, fset, fdel, doc):
        twin = type(self)(fget, fset, fdel, doc)
        twin.overwrite_doc = self.overwrite_doc
        return twin

    def getter(self, fget):
        doc_of_new_getter = fget.__doc__ if self.overwrite_doc else None
        return self._replaced(fget, self.fset, self.fdel, doc_of_new_getter or self.__doc__)

    def setter(self, fset):
        return self._replaced(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return self._replaced(self.fget, self.fset, fdel, self.__doc__)


# co_flags bits: a coroutine function, a generator function, and a generator function whose
# generators may be awaited.
_COROUTINE_FLAG = 0x80
_GENERATOR_FLAG = 0x20
_ITERABLE_COROUTINE_FLAG = 0x100


class _GeneratorWrapper:
    """Awaitable face of a plain generator returned by a coroutine()-wrapped callable:
    iteration, send/throw/close and the generator attributes go to the generator."""

    def __init__(self, generator):
        self.__wrapped = generator
        self.__name__ = getattr(generator, '__name__', None)
        self.__qualname__ = getattr(generator, '__qualname__', None)

    def send(self, value):
        return self.__wrapped.send(value)

    def throw(self, *exception):
        return self.__wrapped.throw(*exception)

    def close(self):
        return self.__wrapped.close()

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        return self

    __await__ = __iter__

    gi_code = property(lambda self: self.__wrapped.gi_code)
    gi_frame = property(lambda self: self.__wrapped.gi_frame)
    gi_running = property(lambda self: self.__wrapped.gi_running)
    gi_yieldfrom = property(lambda self: self.__wrapped.gi_yieldfrom)
    cr_code = gi_code
    cr_frame = gi_frame
    cr_running = gi_running
    cr_await = gi_yieldfrom


def coroutine(func):
    """Convert regular generator function to a coroutine."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if type(func) is FunctionType:
        flags = getattr(func.__code__, 'co_flags', 0)
        if flags & (_COROUTINE_FLAG | _ITERABLE_COROUTINE_FLAG):
            return func
        if flags & _GENERATOR_FLAG:
            # Mark the code so its generators may be awaited; a runtime whose code objects
            # cannot be rebuilt gets the wrapper below instead.
            try:
                func.__code__ = func.__code__.replace(
                    co_flags=flags | _ITERABLE_COROUTINE_FLAG)
                return func
            except (AttributeError, TypeError, ValueError):
                pass

    import functools

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        result = func(*args, **kwargs)
        if type(result) is GeneratorType:
            return _GeneratorWrapper(result)
        return result
    return wrapped
