"""Tools for working with functions and callable objects.

reduce folds an iterable with a two-argument function; partial fixes some arguments of a
function; lru_cache and cache remember results; wraps/update_wrapper make a wrapper look
like the function it wraps; total_ordering fills in comparison methods; cmp_to_key turns
an old-style comparison function into a key= function; singledispatch picks an
implementation by the type of the first argument; cached_property computes an attribute
once per instance.

This module was written for pygil from the documented behaviour of CPython 3.11's
functools (same reprs, messages and cache statistics).
"""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

from abc import get_cache_token
from _thread import RLock
from collections import namedtuple
from reprlib import recursive_repr

try:
    GenericAlias = type(list[int])
except TypeError:
    GenericAlias = None


def _class_getitem(cls, item):
    if GenericAlias is None:
        return cls
    return GenericAlias(cls, item)


# ========================================================== update_wrapper and wraps

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped: copy the attributes named in assigned, update the
    dicts named in updated, and set wrapper.__wrapped__ = wrapped. Returns wrapper."""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    # Set last, so that a __wrapped__ copied from wrapped's __dict__ is replaced.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator factory: @wraps(f) on a wrapper function applies update_wrapper(wrapper,
    f) to it."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# ==================================================================== total_ordering

def _derived_comparison(root, negate, equality, name):
    """A comparison computed from the class's root one: its result (negated if negate),
    then narrowed by 'and self != other' or widened by 'or self == other' when equality
    says so. NotImplemented from the root is passed on, so the reflected operation is
    tried. name is what CPython calls the function, e.g. '_gt_from_lt'."""
    def compare(self, other):
        result = getattr(type(self), root)(self, other)
        if result is NotImplemented:
            return result
        if negate:
            result = not result
        if equality == '!=':
            return result and self != other
        if equality == '==':
            return result or self == other
        return result
    compare.__name__ = compare.__qualname__ = name
    return compare


# root -> the three others: (operation, negate the root's result, equality step)
_DERIVATIONS = {
    '__lt__': (('__gt__', True, '!='), ('__le__', False, '=='), ('__ge__', True, None)),
    '__le__': (('__ge__', True, '=='), ('__lt__', False, '!='), ('__gt__', True, None)),
    '__gt__': (('__lt__', True, '!='), ('__ge__', False, '=='), ('__le__', True, None)),
    '__ge__': (('__le__', True, '=='), ('__gt__', False, '!='), ('__lt__', True, None)),
}


def total_ordering(cls):
    """Class decorator: from one of __lt__, __le__, __gt__, __ge__ (and __eq__),
    define the other three."""
    # The comparisons the class itself (or a base other than object) defines.
    defined = {op for op in _DERIVATIONS
               if getattr(cls, op, None) is not getattr(object, op, None)}
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    # Derive from __lt__ if defined, else __le__, else __gt__, else __ge__.
    root = max(defined)
    for op, negate, equality in _DERIVATIONS[root]:
        if op not in defined:
            name = '_%s_from_%s' % (op.strip('_'), root.strip('_'))
            method = _derived_comparison(root, negate, equality, name)
            method.__name__ = op
            setattr(cls, op, method)
    return cls


# ======================================================================== cmp_to_key

class KeyWrapper:
    """One type for every key made by cmp_to_key, so that keys made from different
    comparison functions still compare (by the left operand's function)."""
    __slots__ = ('_cmp', 'obj')

    def __init__(self, cmp, obj=None):
        self._cmp = cmp
        self.obj = obj

    def _other(self, other):
        if type(other) is not KeyWrapper:
            raise TypeError('other argument must be K instance')
        return other.obj

    def __lt__(self, other):
        return self._cmp(self.obj, self._other(other)) < 0

    def __gt__(self, other):
        return self._cmp(self.obj, self._other(other)) > 0

    def __eq__(self, other):
        return self._cmp(self.obj, self._other(other)) == 0

    def __le__(self, other):
        return self._cmp(self.obj, self._other(other)) <= 0

    def __ge__(self, other):
        return self._cmp(self.obj, self._other(other)) >= 0

    __hash__ = None

    def __call__(self, *args):
        if len(args) != 1:
            if not args:
                raise TypeError("K() missing required argument 'obj' (pos 1)")
            raise TypeError('K() takes at most 1 argument (%d given)' % len(args))
        return KeyWrapper(self._cmp, args[0])


def cmp_to_key(mycmp):
    """A key= callable wrapping items so that they compare by mycmp(a, b) < 0,
    == 0, > 0 (an old-style comparison function)."""
    return KeyWrapper(mycmp)


# ============================================================================ reduce

_initial_missing = object()


def reduce(*args):
    """reduce(function, iterable[, initial]) -> value

    Fold the items with a two-argument function, from the left: reduce(f, [a, b, c]) is
    f(f(a, b), c). initial, if given, comes before the items (and is the result for an
    empty iterable)."""
    if len(args) < 2:
        raise TypeError('reduce expected at least 2 arguments, got %d' % len(args))
    if len(args) > 3:
        raise TypeError('reduce expected at most 3 arguments, got %d' % len(args))
    function, sequence = args[0], args[1]
    try:
        iterator = iter(sequence)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if len(args) == 3:
        value = args[2]
    else:
        try:
            value = next(iterator)
        except StopIteration:
            raise TypeError('reduce() of empty iterable with no initial value') from None
    for element in iterator:
        value = function(value, element)
    return value


# =========================================================================== partial

class partial:
    """partial(func, *args, **keywords): a callable that calls func with these
    arguments before (and keywords merged under) the ones it is called with."""

    __slots__ = ('func', 'args', 'keywords', '__dict__', '__weakref__')

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, args = args[0], args[1:]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        # partial(partial(f, 1), 2) is partial(f, 1, 2).
        if (isinstance(func, partial) and type(func).__call__ is partial.__call__
                and not func.__dict__):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = super().__new__(cls)
        self.func = func
        self.args = args
        self.keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    @recursive_repr()
    def __repr__(self):
        name = 'functools.partial' if type(self) is partial else type(self).__name__
        return '%s(%s)' % (name, _call_text(self.func, self.args, self.keywords))

    def __reduce__(self):
        return (type(self), (self.func,),
                (self.func, self.args, self.keywords or None, self.__dict__ or None))

    def __setstate__(self, state):
        func, args, keywords, namespace = state
        self.func = func
        self.args = tuple(args)
        self.keywords = dict(keywords) if keywords else {}
        if namespace:
            self.__dict__.update(namespace)

    __class_getitem__ = classmethod(_class_getitem)


class partialmethod:
    """Like partial, for methods: a descriptor that fixes some arguments of a
    method (or of another descriptor such as classmethod)."""

    def __init__(self, func, /, *args, **keywords):
        if not (callable(func) or hasattr(func, '__get__')):
            raise TypeError('{!r} is not callable or a descriptor'.format(func))
        if isinstance(func, partialmethod):
            # one level only: the inner one's arguments come first
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func, self.args, self.keywords = func, args, keywords

    def __repr__(self):
        kind = type(self)
        return '%s.%s(%s)' % (kind.__module__, kind.__qualname__,
                              _call_text(self.func, self.args, self.keywords))

    def __get__(self, obj, cls=None):
        binder = getattr(self.func, '__get__', None)
        if binder is not None:
            produced = binder(obj, cls)
            if produced is not self.func:
                # a bound method, or what classmethod & co. give: fix its arguments
                fixed = partial(produced, *self.args, **self.keywords)
                if hasattr(produced, '__self__'):
                    fixed.__self__ = produced.__self__
                return fixed
        # no binding happened (e.g. a function looked up on the class): a function taking
        # self (or cls) first, bound by the usual function rules
        return self._make_unbound_method().__get__(obj, cls)

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            return self.func(cls_or_self, *self.args, *args, **{**self.keywords, **keywords})
        _method.__isabstractmethod__ = self.__isabstractmethod__
        # inspect.signature finds the partialmethod through this
        _method._partialmethod = self
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)

    __class_getitem__ = classmethod(_class_getitem)


def _call_text(func, args, keywords):
    """'func, arg, ..., key=value, ...' with reprs, for partial and partialmethod."""
    return ', '.join([repr(func)] + [repr(arg) for arg in args] +
                     ['%s=%r' % item for item in keywords.items()])


def _unwrap_partial(func):
    while isinstance(func, partial):
        func = func.func
    return func


# ========================================================================= lru_cache

_CacheInfo = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'])

_KEYWORD_MARK = object()    # separates positional from keyword arguments in a key


def _make_key(args, kwds, typed):
    """The cache key of a call: equal keys for calls that count as the same."""
    if not kwds and not typed:
        # One str or int argument is its own key (only exact str and int: 1 and 1.0 or
        # True make different keys, as in CPython).
        if len(args) == 1 and type(args[0]) in (int, str):
            return args[0]
        return args
    key = args
    if kwds:
        key += (_KEYWORD_MARK,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(value) for value in args)
        if kwds:
            key += tuple(type(value) for value in kwds.values())
    return key


def _lru_cache_wrapper(user_function, maxsize, typed):
    """The function lru_cache makes: it calls user_function for a new argument key and
    answers from the cache for a key seen before. The cache is a dict in order of use (a
    hit moves its key to the end; the first key is the least recently used).

    A plain function rather than an object with __call__ (CPython's is a C object shown as
    <functools._lru_cache_wrapper object>): a call through it then costs one frame, so a
    cached recursive function gets as deep as under CPython before RecursionError."""
    cache = {}
    hits = misses = 0

    def wrapper(*args, **kwds):
        nonlocal hits, misses
        if maxsize == 0:
            misses += 1
            return user_function(*args, **kwds)
        key = _make_key(args, kwds, typed)
        try:
            result = cache[key]
        except KeyError:
            pass
        else:
            hits += 1
            if maxsize is not None:
                del cache[key]
                cache[key] = result
            return result
        misses += 1
        result = user_function(*args, **kwds)
        if key in cache:
            # A recursive call stored it meanwhile.
            return result
        if maxsize is not None and len(cache) >= maxsize:
            del cache[next(iter(cache))]
        cache[key] = result
        return result

    def cache_info():
        """Report cache statistics"""
        return _CacheInfo(hits, misses, maxsize, len(cache))

    def cache_clear():
        """Clear the cache and cache statistics"""
        nonlocal hits, misses
        cache.clear()
        hits = misses = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return wrapper


def lru_cache(maxsize=128, typed=False):
    """Decorator remembering the results of the latest maxsize calls
    (every call if maxsize is None), by their arguments (which must be hashable). With
    typed=True, arguments of different types (3 and 3.0) are cached apart.

    f.cache_info() gives CacheInfo(hits, misses, maxsize, currsize); f.cache_clear()
    empties the cache; f.__wrapped__ is the function itself."""
    if callable(maxsize) and not isinstance(maxsize, int) and isinstance(typed, bool):
        # used bare, as @lru_cache: what came is the function, with the default size
        return _cached(maxsize, 128, typed)
    if maxsize is not None and not isinstance(maxsize, int):
        raise TypeError('Expected first argument to be an integer, a callable, or None')
    if maxsize is not None and maxsize < 0:
        maxsize = 0     # a negative size caches nothing, as 0 does

    def decorating_function(user_function):
        return _cached(user_function, maxsize, typed)

    return decorating_function


def _cached(user_function, maxsize, typed):
    wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    return update_wrapper(wrapper, user_function)


def cache(user_function, /):
    """lru_cache(maxsize=None): remember every result."""
    return lru_cache(maxsize=None)(user_function)


# ==================================================================== singledispatch

try:
    _UnionType = type(int | str)
except TypeError:
    _UnionType = None


def _is_union_type(cls):
    if type(cls) is _UnionType:
        return True
    typing = __import__('sys').modules.get('typing')
    return typing is not None and getattr(cls, '__origin__', None) is typing.Union


def _is_valid_dispatch_type(cls):
    if isinstance(cls, type):
        return True
    return _is_union_type(cls) and all(isinstance(arg, type) for arg in cls.__args__)


def _dispatch_order(cls, registered):
    """cls's MRO, with the registered ABCs it counts as a subclass of put in after the
    last class of the MRO that is also their subclass (a more specific ABC first)."""
    mro = list(cls.__mro__)
    extra = [abc for abc in registered
             if abc not in mro and isinstance(abc, type) and issubclass(cls, abc)]
    # More specific ABCs first: sort by how many of the others each one is a subclass of.
    extra.sort(key=lambda abc: -sum(1 for other in extra
                                    if other is not abc and issubclass(abc, other)))
    for abc in extra:
        position = 0
        for index, base in enumerate(mro):
            if issubclass(base, abc) and base is not abc:
                position = index + 1
        mro.insert(position, abc)
    return mro


def _find_implementation(cls, registry):
    for base in _dispatch_order(cls, registry):
        if base in registry:
            return registry[base]
    return None


class _DispatchTable:
    """The implementations of one generic function by class, and the choices already
    made for classes met in calls."""

    def __init__(self, default):
        self.by_class = {object: default}
        self.chosen = {}
        # set once an ABC is registered: registering a class with any ABC later changes
        # the abc module's token, and then earlier choices may no longer hold
        self.abc_token = None

    def add(self, target, impl):
        classes = target.__args__ if _is_union_type(target) else (target,)
        for cls in classes:
            self.by_class[cls] = impl
        if self.abc_token is None and hasattr(target, '__abstractmethods__'):
            self.abc_token = get_cache_token()
        self.chosen.clear()

    def choose(self, cls):
        if self.abc_token is not None:
            token = get_cache_token()
            if token != self.abc_token:
                self.abc_token = token
                self.chosen.clear()
        if cls in self.chosen:
            return self.chosen[cls]
        impl = self.by_class[cls] if cls in self.by_class else \
            _find_implementation(cls, self.by_class)
        self.chosen[cls] = impl
        return impl


def _annotated_dispatch_type(func):
    """For a plain @register: the class (or union) that func's first annotation names."""
    # a classmethod/staticmethod shows its function's annotations
    func = getattr(func, '__func__', func)
    if not getattr(func, '__annotations__', {}):
        raise TypeError(
            f"Invalid first argument to `register()`: {func!r}. "
            f"Use either `@register(some_class)` or plain `@register` "
            f"on an annotated function.")
    argname, target = next(iter(_resolved_annotations(func).items()))
    if _is_valid_dispatch_type(target):
        return target
    if _is_union_type(target):
        problem = 'not all arguments are classes'
    else:
        problem = 'is not a class'
    raise TypeError(f"Invalid annotation for {argname!r}. {target!r} {problem}.")


def singledispatch(func):
    """Decorator making func a generic function: calls go to the implementation
    registered for the class of the first argument (or its nearest base), func itself
    being the one for object. Register with @f.register(cls), or @f.register on a
    function whose first parameter is annotated."""
    table = _DispatchTable(func)
    funcname = getattr(func, '__name__', 'singledispatch function')

    def register(cls, func=None):
        """Register func as the implementation for cls (a class or a union
            of classes), or for the annotation of its first parameter."""
        if not _is_valid_dispatch_type(cls):
            # @register used bare: cls is the function, its annotation names the class
            if func is not None:
                raise TypeError(f"Invalid first argument to `register()`. "
                                f"{cls!r} is not a class or union type.")
            func, cls = cls, _annotated_dispatch_type(cls)
        elif func is None:
            return lambda impl: register(cls, impl)
        table.add(cls, func)
        return func

    def dispatch(cls):
        """The implementation that a first argument of class cls gets."""
        return table.choose(cls)

    def wrapper(*args, **kw):
        if args:
            return table.choose(args[0].__class__)(*args, **kw)
        raise TypeError(f'{funcname} requires at least 1 positional argument')

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = _read_only(table.by_class)
    wrapper._clear_cache = table.chosen.clear
    update_wrapper(wrapper, func)
    return wrapper


def _read_only(mapping):
    try:
        from types import MappingProxyType
    except ImportError:
        return mapping
    return MappingProxyType(mapping)


def _resolved_annotations(func):
    """func's annotations, with string annotations evaluated in its globals."""
    result = {}
    namespace = getattr(func, '__globals__', {})
    for name, value in func.__annotations__.items():
        if isinstance(value, str):
            value = eval(value, namespace)
        result[name] = value
    return result


class singledispatchmethod:
    """Like singledispatch, for methods: dispatches on the first argument
    after self (or cls)."""

    def __init__(self, func):
        if not (callable(func) or hasattr(func, '__get__')):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        self.func = func
        self.dispatcher = singledispatch(func)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)

    def register(self, cls, method=None):
        """Register method for cls, as singledispatch's register does."""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        choose = self.dispatcher.dispatch

        def bound(*args, **kwargs):
            # the implementation is picked by the first argument after self/cls, then
            # bound the way the class attribute itself would be
            impl = choose(args[0].__class__)
            return impl.__get__(obj, cls)(*args, **kwargs)

        bound.register = self.register
        bound.__isabstractmethod__ = self.__isabstractmethod__
        return update_wrapper(bound, self.func)


# =================================================================== cached_property

_MISSING = object()


class cached_property:
    """A property computed once per instance: the first access calls the function and
    stores the result in the instance's __dict__ under the same name, where later
    accesses find it (del obj.name forgets it). The first computation holds a lock
    (one per cached_property, as in 3.11) so other threads wait for its result."""

    def __init__(self, func):
        self.func = func
        self.__doc__ = func.__doc__
        self.attrname = None    # given by __set_name__ when the class is made
        self.lock = RLock()

    def __set_name__(self, owner, name):
        if self.attrname is not None and self.attrname != name:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r}).")
        self.attrname = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        storage = getattr(instance, '__dict__', _MISSING)
        if storage is _MISSING:
            raise TypeError(f"No '__dict__' attribute on {type(instance).__name__!r} "
                            f"instance to cache {name!r} property.") from None
        value = storage.get(name, _MISSING)
        if value is not _MISSING:
            return value
        with self.lock:
            # another thread may have stored it while this one waited
            value = storage.get(name, _MISSING)
            if value is _MISSING:
                value = self.func(instance)
                self._store(instance, storage, name, value)
        return value

    @staticmethod
    def _store(instance, storage, name, value):
        try:
            storage[name] = value
        except TypeError:
            raise TypeError(
                f"The '__dict__' attribute on {type(instance).__name__!r} instance does not "
                f"support item assignment for caching {name!r} property.") from None

    __class_getitem__ = classmethod(_class_getitem)


# CPython implements these in C: messages name them "functools.partial" …, __name__ is "partial".
import _pygil_types
_pygil_types.set_c_name(partial, "functools.partial")
_pygil_types.set_c_name(KeyWrapper, "functools.KeyWrapper")
# and no frame of theirs shows in a traceback
_pygil_types.hide_frames(KeyWrapper, cmp_to_key, reduce, partial, _lru_cache_wrapper, _make_key)
del _pygil_types
