"""Shallow and deep copies of Python objects.

copy(x) makes a new object of x's type whose contents are the same objects as x's;
deepcopy(x) copies the contents too, recursively, keeping shared and self-referencing
structure (the memo dict maps id(original) to its copy).

A class can control this with __copy__(self) and __deepcopy__(self, memo). Otherwise an
instance is rebuilt as pickle would: from __reduce_ex__(4) when the class defines its own
__reduce_ex__/__reduce__, else (a plain instance) by making cls.__new__(cls) and giving it
the original's state (__getstate__(), or its __dict__ and slots), through __setstate__ if
the class has one.

This module was written for pygil from the documented behaviour of CPython 3.11's copy.
"""

import types

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error   # the old name


def _types_of(*samples):
    return {type(sample) for sample in samples}


def _function():
    pass


# Objects of these types are their own copies (they cannot change).
_IMMUTABLE = _types_of(None, ..., NotImplemented, 0, 0.0, True, 0j, '', b'', (), frozenset(),
                       range(0), slice(0), len, _function, property())
_IMMUTABLE.add(type)
try:
    import weakref
    _IMMUTABLE.add(weakref.ref)
except ImportError:
    pass
_IMMUTABLE.add(types.CodeType)

# The same for deepcopy, except containers whose items are copied.
_ATOMIC = _IMMUTABLE - {tuple, frozenset, slice}


# ================================================================================= copy

def copy(x):
    """Shallow copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    cls = type(x)
    if cls in _IMMUTABLE or issubclass(cls, type):
        return x
    if cls in (list, dict, set, bytearray):
        return cls.copy(x)
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    reduced = _reduce(x, "un(shallow)copyable object of type %s")
    if isinstance(reduced, str):
        return x                    # a global name: the object itself
    return _reconstruct(x, None, *reduced)


# ============================================================================= deepcopy

def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    if memo is None:
        memo = {}
    key = id(x)
    found = memo.get(key, _nil)
    if found is not _nil:
        return found

    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        y = x
    elif cls is list:
        y = _deepcopy_list(x, memo)
    elif cls is dict:
        y = _deepcopy_dict(x, memo)
    elif cls is tuple:
        y = _deepcopy_tuple(x, memo)
    elif cls is set or cls is frozenset:
        y = _deepcopy_set(x, memo)
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            reduced = _reduce(x, "un(deep)copyable object of type %s")
            if isinstance(reduced, str):
                y = x
            else:
                y = _reconstruct(x, memo, *reduced)
    # Keep x alive while the memo refers to it by id (ids may be reused otherwise).
    if y is not x:
        memo[key] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    for item in x:
        y.append(deepcopy(item, memo))
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(item, memo) for item in x]
    # A tuple may have been copied already while copying its items (through a cycle).
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for original, copied in zip(x, y):
        if original is not copied:
            return tuple(y)
    return x


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_set(x, memo):
    if type(x) is set:
        y = set()
        memo[id(x)] = y
        for item in x:
            y.add(deepcopy(item, memo))
        return y
    items = [deepcopy(item, memo) for item in x]
    if all(a is b for a, b in zip(x, items)):
        return x
    return frozenset(items)


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


# ============================================================ rebuilding other objects

def _defines_own_reduce(cls):
    for klass in cls.__mro__:
        namespace = klass.__dict__
        if '__reduce_ex__' in namespace or '__reduce__' in namespace:
            return klass is not object
    return False


def _reduce(x, message):
    """What x.__reduce_ex__(4) would give: (callable, args, state, listitems, dictitems)
    or a string."""
    cls = type(x)
    if _defines_own_reduce(cls):
        reductor = getattr(x, '__reduce_ex__', None)
        if reductor is not None:
            result = reductor(4)
        else:
            reductor = getattr(x, '__reduce__', None)
            if reductor is None:
                raise Error(message % cls)
            result = reductor()
        if isinstance(result, str):
            return result
        return tuple(result) + (None,) * (5 - len(result))
    return _reduce_plain_instance(x, message)


def _new_object(cls, *args):
    return cls.__new__(cls, *args)


def _reduce_plain_instance(x, message):
    cls = type(x)
    getnewargs = getattr(x, '__getnewargs_ex__', None)
    if getnewargs is not None:
        args, kwargs = getnewargs()
        if kwargs:
            return (_new_object_with_keywords, (cls, args, kwargs), _state_of(x),
                    _list_items(x), _dict_items(x))
    else:
        getnewargs = getattr(x, '__getnewargs__', None)
        args = getnewargs() if getnewargs is not None else ()
    return _new_object, (cls,) + tuple(args), _state_of(x), _list_items(x), _dict_items(x)


def _new_object_with_keywords(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _list_items(x):
    return iter(x) if isinstance(x, list) else None


def _dict_items(x):
    return iter(x.items()) if isinstance(x, dict) else None


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_%s%s' % (klass.__name__.lstrip('_'), name)
            names.append(name)
    return names


def _state_of(x):
    getstate = getattr(x, '__getstate__', None)
    if getstate is not None:
        return getstate()
    state = getattr(x, '__dict__', None) or None
    slots = {}
    for name in _slot_names(type(x)):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return state, slots
    return state


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y
