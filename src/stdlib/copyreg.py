"""Helpers that let pickle (and copy) handle more types.

Written for pygil from the documented behaviour of copyreg in Python 3.11:
the dispatch table of reduction functions, the helpers that
object.__reduce_ex__ names in its results (_reconstructor, __newobj__,
__newobj_ex__), _slotnames, and the registry of extension codes.
"""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension",
           "clear_extension_cache"]

# type -> function(obj) returning a reduce tuple; pickle and copy look here.
dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Register pickle_function as the reduction function for ob_type."""
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)     # only checked, as documented


def constructor(object):
    """Declare object a valid constructor (it only has to be callable)."""
    if not callable(object):
        raise TypeError("constructors must be callable")


# -- reductions for two built-in types ---------------------------------------

def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def pickle_union(obj):
    # int | str is rebuilt as functools.reduce(operator.or_, (int, str)).
    import functools
    import operator
    return functools.reduce, (operator.or_, obj.__args__)


pickle(type(int | str), pickle_union)


# -- helpers named in the results of object.__reduce_ex__ ---------------------

def __newobj__(cls, *args):
    """Protocol 2+: make an instance without calling __init__."""
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Protocol 4+: like __newobj__, with keyword arguments too."""
    return cls.__new__(cls, *args, **kwargs)


def _reconstructor(cls, base, state):
    """Protocols 0 and 1: rebuild an instance of cls whose nearest built-in
    base is base, from that base's value state (None when base is object)."""
    if base is object:
        return object.__new__(cls)
    made = base.__new__(cls, state)
    if base.__init__ != object.__init__:
        base.__init__(made, state)      # e.g. list needs its items put in
    return made


_HEAPTYPE = 1 << 9      # the type flag of classes made by a class statement


def _is_builtin_type(klass):
    flags = getattr(klass, '__flags__', None)
    if flags is not None:
        return not flags & _HEAPTYPE
    return klass.__module__ == 'builtins'


def _reduce_ex(self, proto):
    """What object.__reduce_ex__ gives for protocols 0 and 1."""
    assert proto < 2
    cls = self.__class__
    # The first built-in class in the MRO is where the value lives.
    base = next((k for k in cls.__mro__ if _is_builtin_type(k)), object)
    if base is object:
        value = None
    elif base is cls:
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    else:
        value = base(self)
    args = (cls, base, value)

    slotted = bool(getattr(self, '__slots__', None))
    getstate = getattr(self, '__getstate__', None)
    if getstate is None:
        if slotted:
            raise TypeError(f"cannot pickle {cls.__name__!r} object: a class that "
                            f"defines __slots__ without defining __getstate__ "
                            f"cannot be pickled with protocol {proto}")
        state = getattr(self, '__dict__', None)
    else:
        if slotted and type(self).__getstate__ is object.__getstate__:
            raise TypeError("a class that defines __slots__ without defining "
                            "__getstate__ cannot be pickled")
        state = getstate()
    if state:
        return _reconstructor, args, state
    return _reconstructor, args


def _slotnames(cls):
    """Names of all slots of cls and its bases (private names mangled, no
    __dict__/__weakref__), cached on the class as __slotnames__."""
    cached = cls.__dict__.get('__slotnames__')
    if cached is not None:
        return cached
    found = []
    if hasattr(cls, '__slots__'):
        for klass in cls.__mro__:
            slots = klass.__dict__.get('__slots__')
            if slots is None:
                continue
            if isinstance(slots, str):
                slots = (slots,)
            for slot in slots:
                if slot in ('__dict__', '__weakref__'):
                    continue
                found.append(_mangle(klass.__name__, slot))
    try:
        cls.__slotnames__ = found
    except Exception:
        pass        # some classes refuse new attributes; just don't cache
    return found


def _mangle(class_name, name):
    # '__x' in class 'C' is stored as '_C__x' (leading underscores of the
    # class name dropped; no mangling if nothing of the name is left).
    if not name.startswith('__') or name.endswith('__'):
        return name
    owner = class_name.lstrip('_')
    return '_' + owner + name if owner else name


# -- extension codes: small integers that stand for (module, name) pairs ------

_extension_registry = {}     # (module, name) -> code
_inverted_registry = {}      # code -> (module, name)
_extension_cache = {}        # code -> object, filled in by unpicklers


def add_extension(module, name, code):
    """Register code for the global (module, name)."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if _extension_registry.get(key) == code and _inverted_registry.get(code) == key:
        return      # the same registration again is fine
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s"
                         % (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s"
                         % (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Undo add_extension(module, name, code)."""
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError("key %s is not registered with code %s" % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()
