"""Shallow and deep copies of arbitrary objects.

    copy.copy(x)        a new object like x, holding the very same items/attributes
    copy.deepcopy(x)    a new object like x whose items/attributes are deep copies too

deepcopy keeps the shape of what it copies: an object reachable twice is copied once, and
cycles are reproduced, thanks to a memo dict from id(original) to copy that travels
through the whole operation.

Classes take part by defining __copy__() and __deepcopy__(memo); otherwise they are
copied the way pickle would take them apart and rebuild them (copyreg's dispatch table,
__reduce_ex__, __reduce__, __getnewargs__, __getstate__/__setstate__).
"""

import types
import weakref

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error   # the module's former name for it


def _sample_function():
    pass


# Values of these types cannot change, so a copy of one is the value itself.
_UNCHANGEABLE = frozenset({
    type(None), type(...), type(NotImplemented), int, float, bool, complex, str, bytes,
    tuple, frozenset, range, slice, type, property, types.FunctionType,
    types.BuiltinFunctionType, types.CodeType, weakref.ref})

# The same for deepcopy, minus the immutable containers: their items may need copying.
_DEEP_UNCHANGEABLE = _UNCHANGEABLE - {tuple, frozenset, slice}

del _sample_function


def _dispatch_table():
    try:
        import copyreg
    except ImportError:
        return {}
    return copyreg.dispatch_table


# --- copy ---

def copy(x):
    """Shallow copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    cls = type(x)
    if cls in _UNCHANGEABLE or issubclass(cls, type):
        return x
    if cls in (list, dict, set, bytearray):
        return x.copy()
    own_copy = getattr(cls, '__copy__', None)
    if own_copy is not None:
        return own_copy(x)
    recipe = _take_apart(x, cls, "un(shallow)copyable object of type %s")
    if isinstance(recipe, str):
        # A reduction to a name means a global singleton: it is its own copy.
        return x
    return _rebuild(x, recipe, None)


# --- deepcopy ---

def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    if memo is None:
        memo = {}
    already = memo.get(id(x), _nil)
    if already is not _nil:
        return already

    cls = type(x)
    if cls in _DEEP_UNCHANGEABLE or issubclass(cls, type):
        duplicate = x
    elif cls in _DEEP_BUILTIN_COPIERS:
        duplicate = _DEEP_BUILTIN_COPIERS[cls](x, memo)
    else:
        own_deepcopy = getattr(x, '__deepcopy__', None)
        if own_deepcopy is not None:
            duplicate = own_deepcopy(memo)
        else:
            recipe = _take_apart(x, cls, "un(deep)copyable object of type %s")
            duplicate = x if isinstance(recipe, str) else _rebuild(x, recipe, memo)

    if duplicate is not x:
        memo[id(x)] = duplicate
        _hold_original(x, memo)
    return duplicate


def _hold_original(x, memo):
    # The memo is keyed by id(); an original freed during the copy could hand its id to a
    # new object and be mistaken for it. Keeping every original in a list stored under
    # the memo's own id prevents that.
    memo.setdefault(id(memo), []).append(x)


def _deep_list(original, memo):
    duplicate = []
    memo[id(original)] = duplicate      # registered first: the list may contain itself
    duplicate.extend(deepcopy(item, memo) for item in original)
    return duplicate


def _deep_dict(original, memo):
    duplicate = {}
    memo[id(original)] = duplicate
    for key, value in original.items():
        duplicate[deepcopy(key, memo)] = deepcopy(value, memo)
    return duplicate


def _deep_tuple(original, memo):
    items = [deepcopy(item, memo) for item in original]
    # Copying the items may have copied this tuple already, through a cycle that runs
    # via a mutable object; that copy must be the one returned.
    if id(original) in memo:
        return memo[id(original)]
    if all(new is old for new, old in zip(items, original)):
        return original
    return tuple(items)


def _deep_set(original, memo):
    return set([deepcopy(item, memo) for item in original])


def _deep_frozenset(original, memo):
    return frozenset([deepcopy(item, memo) for item in original])


def _deep_bytearray(original, memo):
    return bytearray(original)


def _deep_slice(original, memo):
    return slice(deepcopy(original.start, memo), deepcopy(original.stop, memo),
                 deepcopy(original.step, memo))


_DEEP_BUILTIN_COPIERS = {
    list: _deep_list, dict: _deep_dict, tuple: _deep_tuple, set: _deep_set,
    frozenset: _deep_frozenset, bytearray: _deep_bytearray, slice: _deep_slice,
}


# --- Taking an object apart and building it again, as pickle does ---

def _take_apart(x, cls, failure_message):
    """The reduction of x: a string (x is a global), or a 5-tuple
    (callable, args, state, list items, dict items) with None for what is missing."""
    reductor = _dispatch_table().get(cls)
    if reductor is not None:
        recipe = reductor(x)
    elif _reduces_itself(cls):
        by_protocol = getattr(x, '__reduce_ex__', None)
        if by_protocol is not None:
            recipe = by_protocol(4)
        else:
            plain = getattr(x, '__reduce__', None)
            if plain is None:
                raise Error(failure_message % cls)
            recipe = plain()
    elif getattr(cls, '__reduce_ex__', None) is None:
        raise Error(failure_message % cls)
    else:
        recipe = _default_reduction(x, cls)
    if isinstance(recipe, str):
        return recipe
    recipe = tuple(recipe)
    return recipe + (None,) * (5 - len(recipe))


def _reduces_itself(cls):
    """Whether a class in cls's MRO, other than object, says how to reduce it."""
    for klass in cls.__mro__:
        if '__reduce_ex__' in klass.__dict__ or '__reduce__' in klass.__dict__:
            return klass is not object
    return False


def _construct(cls, *args):
    return cls.__new__(cls, *args)


def _construct_with_keywords(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _default_reduction(x, cls):
    """What object.__reduce_ex__(4) yields for an instance of an ordinary class."""
    with_keywords = getattr(x, '__getnewargs_ex__', None)
    if with_keywords is not None:
        args, kwargs = with_keywords()
        maker, maker_args = ((_construct_with_keywords, (cls, args, kwargs)) if kwargs
                             else (_construct, (cls, *args)))
    else:
        positional = getattr(x, '__getnewargs__', None)
        maker, maker_args = _construct, (cls, *(positional() if positional else ()))
    list_items = iter(x) if isinstance(x, list) else None
    dict_items = iter(x.items()) if isinstance(x, dict) else None
    return maker, maker_args, _default_state(x, cls), list_items, dict_items


def _default_state(x, cls):
    """x's state as pickle would save it: what a class-defined __getstate__ returns,
    else the instance dict (None if empty), paired with a dict of slot values if any."""
    custom = getattr(cls, '__getstate__', None)
    if custom is not None and custom is not getattr(object, '__getstate__', None):
        return x.__getstate__()
    attributes = getattr(x, '__dict__', None) or None
    slot_values = {}
    for name in _slot_names(cls):
        try:
            slot_values[name] = getattr(x, name)
        except AttributeError:
            pass            # an empty slot is simply left out
    return (attributes, slot_values) if slot_values else attributes


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        declared = klass.__dict__.get('__slots__', ())
        for name in ((declared,) if isinstance(declared, str) else declared):
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                # A private slot is stored under its mangled name.
                name = '_' + klass.__name__.lstrip('_') + name
            names.append(name)
    return names


def _rebuild(x, recipe, memo):
    """Make the copy of x that recipe (a 5-tuple reduction) describes; memo is None for
    a shallow copy, else the deepcopy memo (everything taken from x is deep-copied)."""
    make, args, state, list_items, dict_items = recipe
    deep = memo is not None

    def carry(value):
        return deepcopy(value, memo) if deep else value

    duplicate = make(*(carry(args) if args else args))
    if deep:
        # Registered before the state is copied, so the state may refer back to it.
        memo[id(x)] = duplicate

    if state is not None:
        state = carry(state)
        if hasattr(duplicate, '__setstate__'):
            duplicate.__setstate__(state)
        else:
            slot_state = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slot_state = state
            if state:
                duplicate.__dict__.update(state)
            if slot_state:
                for name, value in slot_state.items():
                    setattr(duplicate, name, value)

    if list_items is not None:
        for item in list_items:
            duplicate.append(carry(item))
    if dict_items is not None:
        for key, value in dict_items:
            duplicate[carry(key)] = carry(value)
    return duplicate
