"""Names for the interpreter's built-in types, and a few helpers for making classes.

Most of the names here are not defined anew: each is the type of a sample object, found with
type(...) — a function, a generator, a module, a bound method and so on. Where the runtime
has no such object (or gives a plain type that would not behave as expected), a small Python
class stands in for it.

SimpleNamespace (an object whose attributes are whatever keywords it was made with),
MappingProxyType (a read-only view of a mapping), new_class/prepare_class/resolve_bases
(making a class as a `class` statement would) and DynamicClassAttribute are written here.

This module was written for pygil from the documented behaviour of CPython 3.11's types.
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


# ---------------------------------------------------------------------------------------------
# Types of sample objects

def _function():
    pass


FunctionType = type(_function)
LambdaType = type(lambda: None)
CodeType = type(_function.__code__)


def _cell_factory():
    value = 1

    def inner():
        return value
    return inner.__closure__[0]


try:
    CellType = type(_cell_factory())
except (AttributeError, TypeError):
    CellType = None


def _generator():
    yield 1


GeneratorType = type(_generator())


async def _coroutine_function():
    pass


_sample_coroutine = _coroutine_function()
CoroutineType = type(_sample_coroutine)
_sample_coroutine.close()   # no "never awaited" warning
del _sample_coroutine


# (compiled from text, so that this module still loads where async generators are missing)
try:
    _namespace = {}
    exec("async def _async_generator():\n    yield 1\n", _namespace)
    AsyncGeneratorType = type(_namespace["_async_generator"]())
except SyntaxError:
    AsyncGeneratorType = None
del _namespace


class _Sample:
    def method(self):
        pass


def _type_of(make_sample):
    """type(make_sample()), or None where the runtime has no such object."""
    try:
        return type(make_sample())
    except (AttributeError, TypeError, KeyError):
        return None


MethodType = type(_Sample().method)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = _type_of(lambda: object.__init__)
MethodWrapperType = _type_of(lambda: object().__str__)
MethodDescriptorType = _type_of(lambda: str.join)
ClassMethodDescriptorType = _type_of(lambda: dict.__dict__['fromkeys'])
ModuleType = type(sys)

try:
    raise TypeError
except TypeError as _exc:
    TracebackType = type(_exc.__traceback__)
    FrameType = _type_of(lambda: _exc.__traceback__.tb_frame)

GetSetDescriptorType = _type_of(lambda: FunctionType.__code__)
MemberDescriptorType = _type_of(lambda: FunctionType.__globals__)

NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(Ellipsis)

try:
    GenericAlias = type(list[int])
except TypeError:
    GenericAlias = None
try:
    UnionType = type(int | str)
except TypeError:
    UnionType = None

del _function, _cell_factory, _generator, _coroutine_function, _Sample, _type_of


# ---------------------------------------------------------------------------------------------
# MappingProxyType: a read-only view of a mapping

def _is_mapping(obj):
    return hasattr(obj, "__getitem__") and hasattr(obj, "keys") and not isinstance(
        obj, (list, tuple, str))


class _MappingProxy:
    """A read-only view of a mapping: reads go to the mapping, writes are refused."""

    __slots__ = ("_mapping",)

    def __new__(cls, mapping):
        if not _is_mapping(mapping):
            raise TypeError("mappingproxy() argument must be a mapping, not %s"
                            % type(mapping).__name__)
        self = object.__new__(cls)
        object.__setattr__(self, "_mapping", mapping)
        return self

    def __getitem__(self, key):
        return self._mapping[key]

    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item assignment")

    def __delitem__(self, key):
        raise TypeError("'mappingproxy' object does not support item deletion")

    def __setattr__(self, name, value):
        raise AttributeError("'mappingproxy' object has no attribute %r" % name)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)

    def __reversed__(self):
        return reversed(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __or__(self, other):
        if isinstance(other, _MappingProxy):
            other = other._mapping
        return dict(self._mapping) | other

    def __ror__(self, other):
        return other | dict(self._mapping)

    def __ior__(self, other):
        raise TypeError("'|=' is not supported by mappingproxy; use '|' instead")

    def __eq__(self, other):
        if isinstance(other, _MappingProxy):
            other = other._mapping
        return self._mapping == other

    def __ne__(self, other):
        return not self == other

    __hash__ = None

    def __str__(self):
        return str(self._mapping)

    def __repr__(self):
        return "mappingproxy(%r)" % (self._mapping,)


_MappingProxy.__name__ = _MappingProxy.__qualname__ = "mappingproxy"
_MappingProxy.__module__ = "builtins"

def _native_mapping_proxy():
    """The runtime's own type of a class's __dict__, if it is a read-only proxy that can be
    made from any mapping."""
    proxy_type = type(type.__dict__)
    if proxy_type is dict or proxy_type.__name__ != "mappingproxy":
        return None
    try:
        sample = proxy_type({"key": 1})
        if sample["key"] != 1:
            return None
    except Exception:
        return None
    return proxy_type


MappingProxyType = _native_mapping_proxy() or _MappingProxy
del _native_mapping_proxy


# ---------------------------------------------------------------------------------------------
# SimpleNamespace

_repr_running = set()


class SimpleNamespace:
    """An object whose attributes are the keywords it was made with (more can be added):
    SimpleNamespace(x=1, y=2) shows as namespace(x=1, y=2)."""

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        if key in _repr_running:
            return name + "(...)"
        _repr_running.add(key)
        try:
            parts = ["%s=%r" % (k, v) for k, v in self.__dict__.items()]
        finally:
            _repr_running.discard(key)
        return "%s(%s)" % (name, ", ".join(parts))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return (type(self), (), dict(self.__dict__))


# ---------------------------------------------------------------------------------------------
# Making classes dynamically

def resolve_bases(bases):
    """bases with each non-class that has __mro_entries__ replaced by what it returns
    (PEP 560: this is how Generic[T] can be a base class)."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new_bases[i + shift:i + shift + 1] = new_base
        shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def _calculate_meta(meta, bases):
    """The most derived metaclass of `meta` and the metaclasses of `bases`."""
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: the metaclass of a derived class must be a "
                        "(non-strict) subclass of the metaclasses of all its bases")
    return winner


def prepare_class(name, bases=(), kwds=None):
    """(metaclass, namespace, remaining keywords) for a class statement with these bases
    and keywords: the metaclass chosen as a class statement would, and the namespace from
    its __prepare__."""
    if kwds is None:
        kwds = {}
    else:
        kwds = dict(kwds)
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    elif bases:
        meta = type(bases[0])
    else:
        meta = type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, "__prepare__"):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class as a class statement would: exec_body(namespace) fills the namespace
    in place of the class body."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns["__orig_bases__"] = bases
    return meta(name, resolved_bases, ns, **kwds)


class DynamicClassAttribute:
    """A property for instances only: looked up on the class it raises AttributeError, so
    that the metaclass's __getattr__ (if any) answers instead."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or (fget.__doc__ if fget is not None else None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, "__isabstractmethod__", False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        fdoc = fget.__doc__ if self.overwrite_doc else None
        result = type(self)(fget, self.fset, self.fdel, fdoc or self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def setter(self, fset):
        result = type(self)(self.fget, fset, self.fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def deleter(self, fdel):
        result = type(self)(self.fget, self.fset, fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result


def coroutine(func):
    """Decorator marking a generator function as usable with await (old-style coroutines)."""
    if not callable(func):
        raise TypeError("types.coroutine() expects a callable")
    code = getattr(func, "__code__", None)
    if code is not None and hasattr(code, "co_flags"):
        # Generator (0x20) or iterable-coroutine (0x100) flags: mark it awaitable if we can.
        if code.co_flags & 0x180:
            return func
        if code.co_flags & 0x20:
            try:
                func.__code__ = code.replace(co_flags=code.co_flags | 0x100)
                return func
            except (AttributeError, TypeError, ValueError):
                pass
    return func
