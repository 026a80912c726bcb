"""weakref: references that do not keep their object alive.

pygil's objects are freed by the JavaScript engine's garbage collector, not by reference
counting. A weak reference therefore keeps answering its object until the JS engine collects
it — at a moment of the engine's choosing, never at once on `del` as in CPython, and perhaps
never in a short program. When the engine has collected an object, the callbacks of its weak
references (and its finalizers, and the removal of its entries from the weak containers) run
the next time this module's code runs. finalize() objects also run at exit, as in CPython.
Everything else (which objects can be referenced, equality, hashing, reprs, proxies, the weak
containers with live objects) behaves as in CPython.
"""

import sys
import itertools
import _weakref
from collections.abc import MutableMapping, MutableSet

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]


# -- which objects can be weakly referenced --

# built-in types whose instances CPython lets you reference weakly
_WEAKREFABLE_BUILTINS = {'type', 'set', 'frozenset', 'function', 'builtin_function_or_method',
                         'method', 'module', 'generator', 'coroutine', 'async_generator',
                         'code', 'classmethod_descriptor', 'method_descriptor'}


def _check_weakrefable(obj):
    tp = type(obj)
    for klass in tp.__mro__[:-1]:
        if klass.__module__ == 'builtins':
            if klass.__name__ in _WEAKREFABLE_BUILTINS:
                return
            continue
        slots = klass.__dict__.get('__slots__')
        if slots is None:
            return      # a class without __slots__ has a __weakref__ slot
        if isinstance(slots, str):
            slots = (slots,)
        if '__weakref__' in slots:
            return
    raise TypeError(f"cannot create weak reference to '{tp.__name__}' object")


def _run_pending_callbacks():
    # references whose objects the JS engine collected: their callbacks, in collection order
    for r in _weakref.pending():
        callback = r._callback
        r._callback = None
        if callback is not None:
            try:
                callback(r)
            except Exception:
                sys.stderr.write(f"Exception ignored in: {callback!r}\n")
                import traceback
                traceback.print_exc()


class ReferenceType:
    """ref(object[, callback]): calling the reference gives the object, or None once it has
    been collected; callback(ref) is called then."""

    __slots__ = ('_handle', '_callback', '_hash', '__weakref__')

    def __new__(cls, ob, callback=None, /, *args, **kwargs):
        _run_pending_callbacks()
        _check_weakrefable(ob)
        if callback is None and cls is ReferenceType:
            # CPython hands out one shared callback-less reference per object
            for existing in _weakref.watchers(ob):
                if type(existing) is ReferenceType and existing._callback is None:
                    return existing
        self = object.__new__(cls)
        self._handle = _weakref.handle(ob)
        self._callback = callback
        self._hash = None
        _weakref.watch(ob, self)
        return self

    def __init__(self, ob, callback=None, /, *args, **kwargs):
        pass

    def __call__(self):
        return _weakref.get(self._handle)

    @property
    def __callback__(self):
        return self._callback

    def __hash__(self):
        if self._hash is None:
            ob = self()
            if ob is None:
                raise TypeError("weak object has gone away")
            self._hash = hash(ob)
        return self._hash

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        a, b = self(), other()
        if a is None or b is None:
            return self is other
        return a == b

    def __ne__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        a, b = self(), other()
        if a is None or b is None:
            return self is not other
        return a != b

    def __repr__(self):
        ob = self()
        if ob is None:
            return '<weakref at %#x; dead>' % id(self)
        name = getattr(ob, '__name__', None)
        text = "<weakref at %#x; to '%s' at %#x" % (id(self), _type_name(ob), id(ob))
        if isinstance(name, str):
            text += ' (%s)' % name
        return text + '>'

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


ReferenceType.__module__ = 'weakref'
ref = ReferenceType


def _type_name(ob):
    # CPython shows the type's C-level name: a class's __name__ (C types of modules would
    # add the module: 'collections.deque'; ours are Python classes)
    return type(ob).__name__


def getweakrefcount(object):
    """How many weak references and proxies refer to object."""
    return len(_weakref.watchers(object)) if _is_object(object) else 0


def getweakrefs(object):
    """The weak references and proxies that refer to object."""
    return list(_weakref.watchers(object)) if _is_object(object) else []


def _is_object(value):
    return not isinstance(value, (int, float, str, bool, type(None)))


# -- proxies --

def _referent(proxy):
    ob = _weakref.get(object.__getattribute__(proxy, '_handle'))
    if ob is None:
        raise ReferenceError("weakly-referenced object no longer exists")
    return ob


class ProxyType:
    """proxy(object[, callback]): stands for object (attribute access, operators...) without
    keeping it alive; using it after the object is gone raises ReferenceError."""

    __slots__ = ('_handle', '_callback', '__weakref__')

    def __new__(cls, ob, callback=None):
        _run_pending_callbacks()
        _check_weakrefable(ob)
        if callback is None:
            # as for refs, one shared callback-less proxy per object
            for existing in _weakref.watchers(ob):
                if type(existing) is cls and object.__getattribute__(existing, '_callback') is None:
                    return existing
        self = object.__new__(cls)
        object.__setattr__(self, '_handle', _weakref.handle(ob))
        object.__setattr__(self, '_callback', callback)
        _weakref.watch(ob, self)
        return self

    def __getattribute__(self, name):
        if name in ('_callback',):
            return object.__getattribute__(self, name)
        return getattr(_referent(self), name)

    def __setattr__(self, name, value):
        if name == '_callback':
            return object.__setattr__(self, name, value)
        setattr(_referent(self), name, value)

    def __delattr__(self, name):
        delattr(_referent(self), name)

    def __repr__(self):
        ob = _weakref.get(object.__getattribute__(self, '_handle'))
        return '<weakproxy at %#x to %s at %#x>' % (id(self), type(ob).__name__, id(ob))

    def __str__(self):
        return str(_referent(self))

    def __bytes__(self):
        return bytes(_referent(self))

    def __bool__(self):
        return bool(_referent(self))

    def __hash__(self):
        raise TypeError(f"unhashable type: 'weakref.{type(self).__name__}'")

    def __len__(self):
        return len(_referent(self))

    def __iter__(self):
        return iter(_referent(self))

    def __next__(self):
        return next(_referent(self))

    def __contains__(self, item):
        return item in _referent(self)

    def __getitem__(self, key):
        return _referent(self)[key]

    def __setitem__(self, key, value):
        _referent(self)[key] = value

    def __delitem__(self, key):
        del _referent(self)[key]

    def __index__(self):
        import operator
        return operator.index(_referent(self))

    def __int__(self):
        return int(_referent(self))

    def __float__(self):
        return float(_referent(self))

    def __neg__(self):
        return -_referent(self)

    def __pos__(self):
        return +_referent(self)

    def __abs__(self):
        return abs(_referent(self))

    def __invert__(self):
        return ~_referent(self)

    def __reversed__(self):
        return reversed(_referent(self))

    def __enter__(self):
        return _referent(self).__enter__()

    def __exit__(self, *args):
        return _referent(self).__exit__(*args)


def _unwrap_operand(value):
    return _referent(value) if isinstance(value, ProxyType) else value


def _make_binary(name):
    # binary operators and comparisons apply to the referents of proxy operands
    def method(self, other):
        return getattr(_referent(self), name)(_unwrap_operand(other))
    method.__name__ = name
    return method


for _name in ('__add__', '__sub__', '__mul__', '__truediv__', '__floordiv__', '__mod__',
              '__pow__', '__lshift__', '__rshift__', '__and__', '__or__', '__xor__',
              '__matmul__', '__divmod__',
              '__radd__', '__rsub__', '__rmul__', '__rtruediv__', '__rfloordiv__', '__rmod__',
              '__rpow__', '__rlshift__', '__rrshift__', '__rand__', '__ror__', '__rxor__',
              '__rmatmul__', '__rdivmod__',
              '__iadd__', '__isub__', '__imul__', '__itruediv__', '__ifloordiv__', '__imod__',
              '__ipow__', '__ilshift__', '__irshift__', '__iand__', '__ior__', '__ixor__',
              '__imatmul__',
              '__eq__', '__ne__', '__lt__', '__le__', '__gt__', '__ge__'):
    setattr(ProxyType, _name, _make_binary(_name))
del _name


class CallableProxyType(ProxyType):
    """A proxy to a callable object: calling it calls the object."""

    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _referent(self)(*args, **kwargs)


ProxyType.__module__ = CallableProxyType.__module__ = 'weakref'
ProxyTypes = (ProxyType, CallableProxyType)


def proxy(object, callback=None, /):
    if callable(object):
        return CallableProxyType(object, callback)
    return ProxyType(object, callback)


class WeakMethod(ref):
    """A weak reference to a bound method: alive while both the object and the function
    are; calling it rebuilds the bound method."""

    __slots__ = ("_func_ref", "_meth_type", "_alive")

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(type(meth))) from None

        def _cb(arg):
            self = self_wr()
            if self is not None and self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)
        self = ref.__new__(cls, obj, _cb)
        self._func_ref = ref(func, _cb)
        self._meth_type = type(meth)
        self._alive = True
        self_wr = ref(self)
        return self

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is not other
            return ref.__ne__(self, other) or self._func_ref != other._func_ref
        return NotImplemented

    __hash__ = ref.__hash__


# -- weak containers --

class WeakValueDictionary(MutableMapping):
    """A mapping whose values are held weakly: an entry goes away with its value."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def _remover(self):
        self_ref = ref(self)

        def remove(wr):
            d = self_ref()
            if d is not None and d.data.get(wr.key) is wr:
                del d.data[wr.key]
        return remove

    def __getitem__(self, key):
        _run_pending_callbacks()
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        _run_pending_callbacks()
        del self.data[key]

    def __len__(self):
        _run_pending_callbacks()
        return len(self.data)

    def __contains__(self, key):
        _run_pending_callbacks()
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        _run_pending_callbacks()
        self.data[key] = KeyedRef(value, self._remover(), key)

    def copy(self):
        new = WeakValueDictionary()
        for key, wr in self.data.items():
            o = wr()
            if o is not None:
                new[key] = o
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        for key, wr in self.data.items():
            o = wr()
            if o is not None:
                new[deepcopy(key, memo)] = o
        return new

    def get(self, key, default=None):
        _run_pending_callbacks()
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def items(self):
        _run_pending_callbacks()
        for k, wr in list(self.data.items()):
            v = wr()
            if v is not None:
                yield k, v

    def keys(self):
        _run_pending_callbacks()
        for k, wr in list(self.data.items()):
            if wr() is not None:
                yield k

    __iter__ = keys

    def itervaluerefs(self):
        _run_pending_callbacks()
        yield from list(self.data.values())

    def valuerefs(self):
        _run_pending_callbacks()
        return list(self.data.values())

    def values(self):
        _run_pending_callbacks()
        for wr in list(self.data.values()):
            obj = wr()
            if obj is not None:
                yield obj

    def popitem(self):
        _run_pending_callbacks()
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def pop(self, key, *args):
        _run_pending_callbacks()
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is None:
            self[key] = default
            return default
        return o

    def update(self, other=None, /, **kwargs):
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, o in other.items():
                self[key] = o
        for key, o in kwargs.items():
            self[key] = o

    def __or__(self, other):
        if isinstance(other, (dict, WeakValueDictionary)):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


class KeyedRef(ref):
    """A weak reference that also remembers the key it is stored under."""

    __slots__ = ("key",)

    def __new__(type, ob, callback, key):
        self = ref.__new__(type, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        pass


class WeakKeyDictionary(MutableMapping):
    """A mapping whose keys are held weakly: an entry goes away with its key."""

    def __init__(self, dict=None):
        self.data = {}
        self_ref = ref(self)

        def remove(k):
            d = self_ref()
            if d is not None:
                try:
                    del d.data[k]
                except (KeyError, TypeError):
                    pass
        self._remove = remove
        if dict is not None:
            self.update(dict)

    def __delitem__(self, key):
        _run_pending_callbacks()
        del self.data[ref(key)]

    def __getitem__(self, key):
        _run_pending_callbacks()
        return self.data[ref(key)]

    def __len__(self):
        _run_pending_callbacks()
        return len(self.data)

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        _run_pending_callbacks()
        self.data[ref(key, self._remove)] = value

    def copy(self):
        new = WeakKeyDictionary()
        for key, value in self.data.items():
            o = key()
            if o is not None:
                new[o] = value
        return new

    __copy__ = copy

    def get(self, key, default=None):
        _run_pending_callbacks()
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        _run_pending_callbacks()
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def items(self):
        _run_pending_callbacks()
        for wr, value in list(self.data.items()):
            key = wr()
            if key is not None:
                yield key, value

    def keys(self):
        _run_pending_callbacks()
        for wr in list(self.data):
            obj = wr()
            if obj is not None:
                yield obj

    __iter__ = keys

    def values(self):
        _run_pending_callbacks()
        for wr, value in list(self.data.items()):
            if wr() is not None:
                yield value

    def keyrefs(self):
        return list(self.data)

    def popitem(self):
        while True:
            key, value = self.data.popitem()
            o = key()
            if o is not None:
                return o, value

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        d = self.data
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                d[ref(key, self._remove)] = value
        if len(kwargs):
            self.update(kwargs)

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if isinstance(other, (dict, WeakKeyDictionary)):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented


class WeakSet(MutableSet):
    """A set whose items are held weakly: an item goes away when it is collected."""

    def __init__(self, data=None):
        self.data = set()
        self_ref = ref(self)

        def remove(item):
            s = self_ref()
            if s is not None:
                s.data.discard(item)
        self._remove = remove
        if data is not None:
            self.update(data)

    def __iter__(self):
        _run_pending_callbacks()
        for itemref in list(self.data):
            item = itemref()
            if item is not None:
                yield item

    def __len__(self):
        _run_pending_callbacks()
        return len(self.data)

    def __contains__(self, item):
        _run_pending_callbacks()
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __reduce__(self):
        return self.__class__, (list(self),), self.__getstate__()

    def __getstate__(self):
        return getattr(self, '__dict__', None)

    def add(self, item):
        _run_pending_callbacks()
        self.data.add(ref(item, self._remove))

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        while True:
            try:
                itemref = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            item = itemref()
            if item is not None:
                return item

    def remove(self, item):
        self.data.remove(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def update(self, other):
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        newset = self.copy()
        newset.difference_update(other)
        return newset
    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if self is other:
            self.data.clear()
        else:
            self.data.difference_update(ref(item) for item in other)
        return self

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)
    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        self.data.intersection_update(ref(item) for item in other)
        return self

    def issubset(self, other):
        return self.data.issubset(ref(item) for item in other)
    __le__ = issubset

    def __lt__(self, other):
        return self.data < set(map(ref, other))

    def issuperset(self, other):
        return self.data.issuperset(ref(item) for item in other)
    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set(map(ref, other))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == set(map(ref, other))

    def symmetric_difference(self, other):
        newset = self.copy()
        newset.symmetric_difference_update(other)
        return newset
    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if self is other:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(ref(item, self._remove) for item in other)
        return self

    def union(self, other):
        return self.__class__(e for s in (self, other) for e in s)
    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0

    def __repr__(self):
        return repr(self.data)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class finalize:
    """finalize(obj, func, /, *args, **kwargs): call func(*args, **kwargs) once, when obj is
    collected, when the finalize object is called, or at exit (if .atexit stays true)."""

    __slots__ = ()
    _registry = {}
    _shutdown = False
    _index_iter = itertools.count()
    _dirty = False
    _registered_with_atexit = False

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        if not self._registered_with_atexit:
            import atexit
            atexit.register(self._exitfunc)
            finalize._registered_with_atexit = True
        info = self._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = next(self._index_iter)
        self._registry[self] = info
        finalize._dirty = True

    def __call__(self, _=None):
        """Call the function now if it has not been called yet; its result (else None)."""
        info = self._registry.pop(self, None)
        if info and not self._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        """Unregister: return (obj, func, args, kwargs), or None if already dead."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        """(obj, func, args, kwargs) while alive, else None."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        return self in self._registry

    @property
    def atexit(self):
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        return '<%s object at %#x; for %r at %#x>' % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))

    @classmethod
    def _select_for_exit(cls):
        items = [(f, i) for (f, i) in cls._registry.items() if i.atexit]
        items.sort(key=lambda item: item[1].index)
        return [f for (f, i) in items]

    @classmethod
    def _exitfunc(cls):
        # at exit: the finalizers still alive, newest first
        _run_pending_callbacks()
        try:
            if cls._registry:
                pending = None
                while True:
                    if pending is None or finalize._dirty:
                        pending = cls._select_for_exit()
                        finalize._dirty = False
                    if not pending:
                        break
                    f = pending.pop()
                    try:
                        f()
                    except Exception:
                        sys.excepthook(*sys.exc_info())
                    assert f not in cls._registry
        finally:
            finalize._shutdown = True
