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
from collections.abc import Mapping, MutableMapping, MutableSet

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
        # the referents themselves, even for subclasses whose __call__ gives something else
        a, b = _weakref.get(self._handle), _weakref.get(other._handle)
        if a is None or b is None:
            return self is other
        return a == b

    def __ne__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        a, b = _weakref.get(self._handle), _weakref.get(other._handle)
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
    """A weak reference to a bound method. It dies as soon as either the instance or the
    function dies; calling it while both live gives a fresh bound method."""

    __slots__ = ("_function", "_method_type", "_intact")

    def __new__(cls, meth, callback=None):
        try:
            target, function = meth.__self__, meth.__func__
        except AttributeError:
            raise TypeError(f"argument should be a bound method, not {type(meth)}") from None
        # filled with a weak reference to the new object once it exists, so that the
        # callbacks below do not keep it alive
        found = []

        def part_lost(_):
            me = found[0]() if found else None
            if me is not None and me._intact:
                me._intact = False
                if callback is not None:
                    callback(me)

        self = ref.__new__(cls, target, part_lost)
        self._function = ref(function, part_lost)
        self._method_type = type(meth)
        self._intact = True
        found.append(ref(self))
        return self

    def __call__(self):
        target = ref.__call__(self)
        function = self._function()
        if target is None or function is None:
            return None
        return self._method_type(function, target)

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if self._intact and other._intact:
            return ref.__eq__(self, other) and self._function == other._function
        return self is other

    def __ne__(self, other):
        same = self.__eq__(other)
        return same if same is NotImplemented else not same

    __hash__ = ref.__hash__


# -- weak containers ---------------------------------------------------------------------
# Each container gives its entries' references a callback that reaches the container only
# through a weak reference of its own, so entries never keep their container alive.

def _notify_weakly(container, method_name):
    """A weakref callback that hands the dead reference to container.<method_name> while
    the container itself still lives."""
    container_ref = ref(container)

    def callback(dead):
        owner = container_ref()
        if owner is not None:
            getattr(owner, method_name)(dead)
    return callback


def _pairs_of(source):
    """(key, value) pairs of a mapping, or of an iterable of pairs."""
    if hasattr(source, 'items'):
        return list(source.items())
    return list(dict(source).items())


class KeyedRef(ref):
    """A weak reference that also carries the key it is filed under, so that its callback
    knows which entry to drop."""

    __slots__ = ("key",)

    def __new__(type, ob, callback, key):
        self = ref.__new__(type, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        pass


def _with_merge_operators(cls):
    """Gives a weak dictionary class |, reflected | and |= with any Mapping (as dict has)."""
    def __or__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        merged = self.copy()
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        merged = type(self)()
        merged.update(other)
        merged.update(self)
        return merged

    def __ior__(self, other):
        self.update(other)
        return self

    for method in (__or__, __ror__, __ior__):
        method.__qualname__ = cls.__name__ + '.' + method.__name__
        setattr(cls, method.__name__, method)
    return cls


@_with_merge_operators
class WeakValueDictionary(MutableMapping):
    """A mapping whose values are held weakly: an entry goes away with its value."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self._value_lost = _notify_weakly(self, '_forget_dead_value')
        self.update(other, **kw)

    def _forget_dead_value(self, dead):
        # the key may have been given a new value since: drop only this reference's entry
        if self.data.get(dead.key) is dead:
            del self.data[dead.key]

    def _filed(self, key, value):
        self.data[key] = KeyedRef(value, self._value_lost, key)

    def _living(self):
        """(key, value) of each entry whose value is still alive, from a snapshot."""
        _run_pending_callbacks()
        for key, value_ref in list(self.data.items()):
            value = value_ref()
            if value is not None:
                yield key, value

    def __getitem__(self, key):
        _run_pending_callbacks()
        value = self.data[key]()
        if value is None:
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        _run_pending_callbacks()
        self._filed(key, value)

    def __delitem__(self, key):
        _run_pending_callbacks()
        del self.data[key]

    def __contains__(self, key):
        _run_pending_callbacks()
        value_ref = self.data.get(key)
        return value_ref is not None and value_ref() is not None

    def __len__(self):
        _run_pending_callbacks()
        return len(self.data)

    def __iter__(self):
        for key, _ in self._living():
            yield key

    keys = __iter__

    def items(self):
        yield from self._living()

    def values(self):
        for _, value in self._living():
            yield value

    def itervaluerefs(self):
        """The KeyedRef objects held for the values (some may be dead by the time they are
        called)."""
        yield from self.valuerefs()

    def valuerefs(self):
        """A list of the KeyedRef objects held for the values."""
        _run_pending_callbacks()
        return list(self.data.values())

    def get(self, key, default=None):
        _run_pending_callbacks()
        value_ref = self.data.get(key)
        value = None if value_ref is None else value_ref()
        return default if value is None else value

    def pop(self, key, *default):
        _run_pending_callbacks()
        value_ref = self.data.pop(key, None)
        value = None if value_ref is None else value_ref()
        if value is not None:
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def popitem(self):
        _run_pending_callbacks()
        while True:
            key, value_ref = self.data.popitem()
            value = value_ref()
            if value is not None:
                return key, value

    def setdefault(self, key, default=None):
        value_ref = self.data.get(key)
        value = None if value_ref is None else value_ref()
        if value is not None:
            return value
        self[key] = default
        return default

    def update(self, other=None, /, **kwargs):
        if other is not None:
            for key, value in _pairs_of(other):
                self._filed(key, value)
        for key, value in kwargs.items():
            self._filed(key, value)

    def copy(self):
        duplicate = WeakValueDictionary()
        for key, value in self._living():
            duplicate[key] = value
        return duplicate

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        duplicate = type(self)()
        for key, value in self._living():
            duplicate[deepcopy(key, memo)] = value
        return duplicate

    def __repr__(self):
        return f"<{type(self).__name__} at {id(self):#x}>"


@_with_merge_operators
class WeakKeyDictionary(MutableMapping):
    """A mapping whose keys are held weakly: an entry goes away with its key."""

    def __init__(self, dict=None):
        self.data = {}
        self._key_lost = _notify_weakly(self, '_forget_dead_key')
        if dict is not None:
            self.update(dict)

    def _forget_dead_key(self, dead):
        self.data.pop(dead, None)

    def _living(self):
        """(key, value) of each entry whose key is still alive, from a snapshot."""
        _run_pending_callbacks()
        for key_ref, value in list(self.data.items()):
            key = key_ref()
            if key is not None:
                yield key, value

    def __getitem__(self, key):
        _run_pending_callbacks()
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        _run_pending_callbacks()
        self.data[ref(key, self._key_lost)] = value

    def __delitem__(self, key):
        _run_pending_callbacks()
        del self.data[ref(key)]

    def __contains__(self, key):
        _run_pending_callbacks()
        try:
            return ref(key) in self.data
        except TypeError:
            # an object that cannot be weakly referenced cannot be a key
            return False

    def __len__(self):
        _run_pending_callbacks()
        return len(self.data)

    def __iter__(self):
        for key, _ in self._living():
            yield key

    keys = __iter__

    def items(self):
        yield from self._living()

    def values(self):
        for _, value in self._living():
            yield value

    def keyrefs(self):
        """A list of the weak references held for the keys."""
        return list(self.data)

    def get(self, key, default=None):
        _run_pending_callbacks()
        return self.data.get(ref(key), default)

    def pop(self, key, *default):
        return self.data.pop(ref(key), *default)

    def popitem(self):
        while True:
            key_ref, value = self.data.popitem()
            key = key_ref()
            if key is not None:
                return key, value

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._key_lost), default)

    def update(self, dict=None, /, **kwargs):
        pairs = [] if dict is None else _pairs_of(dict)
        for key, value in pairs + list(kwargs.items()):
            self.data[ref(key, self._key_lost)] = value

    def copy(self):
        duplicate = WeakKeyDictionary()
        for key, value in self._living():
            duplicate[key] = value
        return duplicate

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        duplicate = type(self)()
        for key, value in self._living():
            duplicate[key] = deepcopy(value, memo)
        return duplicate

    def __repr__(self):
        return f"<{type(self).__name__} at {id(self):#x}>"


class WeakSet(MutableSet):
    """A set whose items are held weakly: an item goes away when it is collected."""

    def __init__(self, data=None):
        self.data = set()
        self._item_lost = _notify_weakly(self, '_forget_dead_item')
        if data is not None:
            self.update(data)

    def _forget_dead_item(self, dead):
        self.data.discard(dead)

    def _refs(self, items):
        """The plain weak references of items, as a set (for comparisons and removals)."""
        return {ref(item) for item in items}

    def __iter__(self):
        _run_pending_callbacks()
        for item_ref in list(self.data):
            item = item_ref()
            if item is not None:
                yield item

    def __len__(self):
        _run_pending_callbacks()
        return len(self.data)

    def __contains__(self, item):
        _run_pending_callbacks()
        try:
            return ref(item) in self.data
        except TypeError:
            return False

    def add(self, item):
        _run_pending_callbacks()
        self.data.add(ref(item, self._item_lost))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def pop(self):
        while self.data:
            item = self.data.pop()()
            if item is not None:
                return item
        raise KeyError('pop from empty WeakSet')

    def clear(self):
        self.data.clear()

    def copy(self):
        return type(self)(self)

    def update(self, other):
        for item in other:
            self.add(item)

    def __ior__(self, other):
        self.update(other)
        return self

    def union(self, other):
        combined = type(self)(self)
        combined.update(other)
        return combined

    __or__ = union

    def difference_update(self, other):
        self -= other

    def __isub__(self, other):
        if other is self:
            self.data.clear()
        else:
            self.data -= self._refs(other)
        return self

    def difference(self, other):
        rest = self.copy()
        rest -= other
        return rest

    __sub__ = difference

    def intersection_update(self, other):
        self &= other

    def __iand__(self, other):
        self.data &= self._refs(other)
        return self

    def intersection(self, other):
        return type(self)(item for item in other if item in self)

    __and__ = intersection

    def symmetric_difference_update(self, other):
        self ^= other

    def __ixor__(self, other):
        if other is self:
            self.data.clear()
        else:
            self.data ^= {ref(item, self._item_lost) for item in other}
        return self

    def symmetric_difference(self, other):
        result = self.copy()
        result ^= other
        return result

    __xor__ = symmetric_difference

    def isdisjoint(self, other):
        return not self.intersection(other)

    def issubset(self, other):
        return self.data <= self._refs(other)

    __le__ = issubset

    def __lt__(self, other):
        return self.data < self._refs(other)

    def issuperset(self, other):
        return self.data >= self._refs(other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > self._refs(other)

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return self.data == self._refs(other)

    def __reduce__(self):
        return type(self), (list(self),), getattr(self, '__dict__', None)

    def __repr__(self):
        return repr(self.data)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)



# -- finalizers --------------------------------------------------------------------------

class _FinalizerCall:
    """What a live finalize object will do: the weak reference that triggers it, the call
    to make, whether to make it at exit, and when it was made (the exit order)."""

    __slots__ = ("target", "func", "args", "kwargs", "atexit", "serial")


class finalize:
    """finalize(obj, func, /, *args, **kwargs): call func(*args, **kwargs) once, when obj is
    collected, when the finalize object is called, or at interpreter exit (while its atexit
    attribute is true)."""

    __slots__ = ()
    _pending = {}            # finalize object -> _FinalizerCall, until it runs or is detached
    _serials = itertools.count()
    _exiting = False
    _exit_hook_added = False

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._exit_hook_added:
            import atexit
            atexit.register(finalize._run_all_at_exit)
            finalize._exit_hook_added = True
        call = _FinalizerCall()
        call.target = ref(obj, self)
        call.func, call.args, call.kwargs = func, args, kwargs
        call.atexit = True
        call.serial = next(finalize._serials)
        finalize._pending[self] = call

    def _call_if_alive(self):
        """The pending call and its live object, or (None, None)."""
        call = finalize._pending.get(self)
        target = call.target() if call is not None else None
        return (call, target) if target is not None else (None, None)

    def __call__(self, _=None):
        """Run the function now unless it has run or been detached; return its result."""
        call = finalize._pending.pop(self, None)
        if call is not None and not finalize._exiting:
            return call.func(*call.args, **call.kwargs)
        return None

    def detach(self):
        """Unregister while the object lives, returning (obj, func, args, kwargs); None
        otherwise."""
        call, target = self._call_if_alive()
        if call is None or finalize._pending.pop(self, None) is None:
            return None
        return target, call.func, call.args, call.kwargs

    def peek(self):
        """(obj, func, args, kwargs) while the object lives and the call is pending; else
        None."""
        call, target = self._call_if_alive()
        if call is None:
            return None
        return target, call.func, call.args, call.kwargs

    @property
    def alive(self):
        """Whether the call is still pending."""
        return self in finalize._pending

    @property
    def atexit(self):
        """Whether the call is made at exit if it is still pending then."""
        call = finalize._pending.get(self)
        return call is not None and call.atexit

    @atexit.setter
    def atexit(self, value):
        call = finalize._pending.get(self)
        if call is not None:
            call.atexit = bool(value)

    def __repr__(self):
        _, target = self._call_if_alive()
        here = f"<{type(self).__name__} object at {id(self):#x}"
        if target is None:
            return here + "; dead>"
        return here + f"; for {type(target).__name__!r} at {id(target):#x}>"

    @staticmethod
    def _run_all_at_exit():
        # newest first; chosen afresh each time, as a finalizer may create or end others
        _run_pending_callbacks()
        try:
            while True:
                due = [f for f, call in finalize._pending.items() if call.atexit]
                if not due:
                    break
                newest = max(due, key=lambda f: finalize._pending[f].serial)
                try:
                    newest()
                except Exception:
                    sys.excepthook(*sys.exc_info())
        finally:
            finalize._exiting = True
