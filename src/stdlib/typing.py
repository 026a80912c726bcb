"""Support for type hints: the names used in annotations, and a few runtime helpers.

Python does not check annotations when it runs a program; tools (type checkers, IDEs) read
them. At run time the objects here mostly describe themselves:

    List[int]            -> typing.List[int]        (origin list, args (int,))
    Optional[str]        -> typing.Optional[str]    (the same as Union[str, None])
    Callable[[int], str] -> typing.Callable[[int], str]

The kinds of objects:
- special forms (Union, Optional, ClassVar, Final, Literal, ...) are subscripted to make an
  annotation; they cannot be instantiated or used with isinstance();
- generic aliases: a class (list, dict, collections.abc.Iterable, a user's Generic subclass)
  with type arguments. The bare aliases (List, Dict, Iterable ...) work with isinstance();
  subscripted ones do not;
- type variables (TypeVar) and the Generic and Protocol base classes for generic classes;
- NamedTuple and TypedDict, which create real classes (a tuple subclass, and dicts).

get_type_hints() evaluates a function's or class's annotations (strings included);
get_origin()/get_args() take an annotation apart; cast(), overload and final only matter to
type checkers.

This module was written for pygil from the documented behaviour of CPython 3.11's typing.
"""

import sys
import types
from abc import abstractmethod, ABCMeta

try:
    import collections.abc as _abc_collections
except ImportError:
    _abc_collections = None
try:
    import collections as _collections
except ImportError:
    _collections = None
try:
    import contextlib as _contextlib
except ImportError:
    _contextlib = None
try:
    import re as _re
except ImportError:
    _re = None

__all__ = [
    # the special forms and the constructs types are built from
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef',
    'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type', 'TypeVar',
    'TypeVarTuple', 'Union',
    # generic aliases of the abstract classes of collections.abc
    'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable', 'ItemsView',
    'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView', 'MutableMapping',
    'MutableSequence', 'MutableSet', 'Sequence', 'Sized', 'ValuesView', 'Awaitable',
    'AsyncIterator', 'AsyncIterable', 'Coroutine', 'Collection', 'AsyncGenerator',
    'AsyncContextManager',
    # protocols for the special methods (structural: no subclassing needed)
    'Reversible', 'SupportsAbs', 'SupportsBytes', 'SupportsComplex', 'SupportsFloat',
    'SupportsIndex', 'SupportsInt', 'SupportsRound',
    # generic aliases of the built-in and collections containers, and typed records
    'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set',
    'FrozenSet', 'NamedTuple', 'TypedDict', 'Generator',
    # file and regular-expression types
    'BinaryIO', 'IO', 'Match', 'Pattern', 'TextIO',
    # functions, decorators and the remaining names
    'AnyStr', 'assert_type', 'assert_never', 'cast', 'clear_overloads', 'dataclass_transform',
    'final', 'get_args', 'get_origin', 'get_overloads', 'get_type_hints', 'is_typeddict',
    'LiteralString', 'Never', 'NewType', 'no_type_check', 'no_type_check_decorator',
    'NoReturn', 'NotRequired', 'overload', 'ParamSpecArgs', 'ParamSpecKwargs', 'Required',
    'reveal_type', 'runtime_checkable', 'Self', 'Text', 'TYPE_CHECKING', 'TypeAlias',
    'TypeGuard', 'Unpack',
]

_NoneType = type(None)


# ---------------------------------------------------------------------------------------------
# Helpers

def _caller_module(depth=2, default='__main__'):
    """The __name__ of the module `depth` frames up (the code that called our caller)."""
    try:
        return sys._getframe(depth).f_globals.get('__name__', default)
    except (AttributeError, ValueError):
        return None


def _is_dunder(name):
    return name.startswith('__') and name.endswith('__')


def _type_repr(obj):
    """How an annotation shows inside another's repr: int, __main__.Point, typing.List[int]."""
    if types.GenericAlias is not None and isinstance(obj, types.GenericAlias):
        return repr(obj)
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return '...'
    if isinstance(obj, types.FunctionType):
        return obj.__name__
    return repr(obj)


def _type_convert(arg, module=None, *, allow_special_forms=False):
    """None means NoneType, and a string is a forward reference."""
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg, module=module, is_class=allow_special_forms)
    return arg


def _type_check(arg, msg, is_argument=True, module=None, *, allow_special_forms=False):
    """Check that arg can be a type argument; msg starts the error message.

    (Since 3.11 almost anything is accepted; tuples and bare special forms are not.)"""
    invalid_generic_forms = (Generic, Protocol)
    if not allow_special_forms:
        invalid_generic_forms += (ClassVar,)
        if is_argument:
            invalid_generic_forms += (Final,)

    arg = _type_convert(arg, module=module, allow_special_forms=allow_special_forms)
    if (isinstance(arg, _GenericAlias) and arg.__origin__ in invalid_generic_forms):
        raise TypeError("%s is not valid as type argument" % (arg,))
    if arg in (Any, NoReturn, Never, Self, TypeAlias):
        return arg
    if allow_special_forms and arg in (ClassVar, Final):
        return arg
    if isinstance(arg, _SpecialForm) or arg in (Generic, Protocol):
        raise TypeError("Plain %s is not valid as type argument" % (arg,))
    if type(arg) is tuple:
        raise TypeError("%s Got %.100r." % (msg, arg))
    return arg


def _is_type_variable(t):
    return isinstance(t, (TypeVar, ParamSpec, TypeVarTuple))


def _is_unpacked_typevartuple(t):
    """*Ts or Unpack[Ts]."""
    return getattr(t, '__typing_is_unpacked_typevartuple__', False) is True


def _collect_parameters(args):
    """The type variables in args, in order of first appearance (no duplicates)."""
    parameters = []
    for t in args:
        if isinstance(t, type):
            continue
        if _is_type_variable(t):
            if t not in parameters:
                parameters.append(t)
        else:
            for x in getattr(t, '__parameters__', ()):
                if x not in parameters:
                    parameters.append(x)
    return tuple(parameters)


def _check_generic(cls, parameters, elen):
    """Check the number of type arguments given to cls."""
    if not elen:
        raise TypeError("%s is not a generic class" % (cls,))
    alen = len(parameters)
    if alen != elen:
        raise TypeError("Too %s arguments for %s; actual %d, expected %d"
                        % ("many" if alen > elen else "few", cls, alen, elen))


def _deduplicate(params):
    # Keep the first of equal items, in order.
    if len(params) == 1:
        return params
    all_params = set(params) if _all_hashable(params) else None
    if all_params is not None and len(all_params) == len(params):
        return params
    new_params = []
    for t in params:
        if t not in new_params:
            new_params.append(t)
    return new_params


def _all_hashable(items):
    try:
        for item in items:
            hash(item)
    except TypeError:
        return False
    return True


def _remove_dups_flatten(parameters):
    """Union arguments: nested unions flattened, duplicates removed, order kept."""
    params = []
    for p in parameters:
        if isinstance(p, (_UnionGenericAlias,)) or (
                types.UnionType is not None and isinstance(p, types.UnionType)):
            params.extend(p.__args__)
        else:
            params.append(p)
    return tuple(_deduplicate(params))


def _flatten_literal_params(parameters):
    """Literal[Literal[1, 2], 3] is Literal[1, 2, 3]."""
    params = []
    for p in parameters:
        if isinstance(p, _LiteralGenericAlias):
            params.extend(p.__args__)
        else:
            params.append(p)
    return tuple(params)


_cache = {}


def _cached(kind, key, make):
    """Subscriptions are cached, so that List[int] is List[int] (when the arguments can be
    hashed)."""
    try:
        full_key = (kind, key, tuple(type(k) for k in (key if type(key) is tuple else (key,))))
        hash(full_key)
    except TypeError:
        return make()
    try:
        return _cache[full_key]
    except KeyError:
        result = _cache[full_key] = make()
        return result


# ---------------------------------------------------------------------------------------------
# Special forms

class _Final:
    """Base of the typing objects that are not meant to be subclassed by users."""

    __slots__ = ()

    def __init_subclass__(cls, /, *args, _root=False, **kwds):
        if '_root' not in kwds and not _root:
            raise TypeError("Cannot subclass special typing classes")
        super().__init_subclass__(*args, **kwds)


class _SpecialForm(_Final, _root=True):
    # Union, Optional, ClassVar ...: objects used only inside annotations. (No docstring
    # here: each instance takes the docstring of the function it is made from.)

    __slots__ = ('_name', '__doc__', '_getitem')

    def __init__(self, getitem):
        self._getitem = getitem
        self._name = getitem.__name__
        self.__doc__ = getitem.__doc__

    def __getattr__(self, item):
        if item in {'__name__', '__qualname__'}:
            return self._name
        raise AttributeError(item)

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass %r" % (self,))

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError("Cannot instantiate %r" % (self,))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError("%s cannot be used with isinstance()" % (self,))

    def __subclasscheck__(self, cls):
        raise TypeError("%s cannot be used with issubclass()" % (self,))

    def __getitem__(self, parameters):
        return _cached(self._name, parameters, lambda: self._getitem(self, parameters))


class _LiteralSpecialForm(_SpecialForm, _root=True):
    def __getitem__(self, parameters):
        if not isinstance(parameters, tuple):
            parameters = (parameters,)
        return _cached(self._name, parameters, lambda: self._getitem(self, *parameters))


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """The type that every type is compatible with (and that is compatible with every type).

    Subclassing Any marks a class as compatible with everything too."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls, *args, **kwargs)


@_SpecialForm
def NoReturn(self, parameters):
    """The return type of a function that never returns (it always raises)."""
    raise TypeError("%s is not subscriptable" % (self,))


@_SpecialForm
def Never(self, parameters):
    """The bottom type: no value has it."""
    raise TypeError("%s is not subscriptable" % (self,))


@_SpecialForm
def Self(self, parameters):
    """The type of the current class, inside its own body."""
    raise TypeError("%s is not subscriptable" % (self,))


@_SpecialForm
def LiteralString(self, parameters):
    """A str built only from literal strings (for type checkers)."""
    raise TypeError("%s is not subscriptable" % (self,))


@_SpecialForm
def ClassVar(self, parameters):
    """ClassVar[int] marks a class attribute that instances do not set.

    Dataclasses leave such annotations out of their fields."""
    item = _type_check(parameters, '%s accepts only single type.' % (self,))
    return _GenericAlias(self, (item,))


@_SpecialForm
def Final(self, parameters):
    """Final[int] marks a name that may not be reassigned (for type checkers)."""
    item = _type_check(parameters, '%s accepts only single type.' % (self,))
    return _GenericAlias(self, (item,))


@_SpecialForm
def Union(self, parameters):
    """Union[X, Y]: either X or Y. Nested unions are flattened, duplicates dropped, and a
    union of one type is that type. Union[X, None] is Optional[X]."""
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    msg = "Union[arg, ...]: each arg must be a type."
    parameters = tuple(_type_check(p, msg) for p in parameters)
    parameters = _remove_dups_flatten(parameters)
    if len(parameters) == 1:
        return parameters[0]
    if len(parameters) == 2 and _NoneType in parameters:
        return _UnionGenericAlias(self, parameters, name="Optional")
    return _UnionGenericAlias(self, parameters)


@_SpecialForm
def Optional(self, parameters):
    """Optional[X] is Union[X, None]."""
    arg = _type_check(parameters, "%s requires a single type." % (self,))
    return Union[arg, _NoneType]


def _value_and_type_iter(parameters):
    return ((p, type(p)) for p in parameters)


@_LiteralSpecialForm
def Literal(self, *parameters):
    """Literal[1, 'a']: exactly one of these values."""
    parameters = _flatten_literal_params(parameters)
    try:
        pairs = _deduplicate(list(_value_and_type_iter(parameters)))
        parameters = tuple(p for p, _ in pairs)
    except TypeError:  # unhashable parameters
        pass
    return _LiteralGenericAlias(self, parameters)


@_SpecialForm
def TypeAlias(self, parameters):
    """Marks an assignment as a type alias: `Vector: TypeAlias = list[float]`."""
    raise TypeError("%s is not subscriptable" % (self,))


@_SpecialForm
def Concatenate(self, parameters):
    """Concatenate[int, P]: parameters int then those of ParamSpec P (in Callable)."""
    if parameters == ():
        raise TypeError("Cannot take a Concatenate of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    if not (parameters[-1] is ... or isinstance(parameters[-1], ParamSpec)):
        raise TypeError("The last parameter to Concatenate should be a ParamSpec variable "
                        "or ellipsis.")
    msg = "Concatenate[arg, ...]: each arg must be a type."
    parameters = (*(_type_check(p, msg) for p in parameters[:-1]), parameters[-1])
    return _ConcatenateGenericAlias(self, parameters)


@_SpecialForm
def TypeGuard(self, parameters):
    """TypeGuard[int] as a return type: a function telling whether its argument is an int."""
    item = _type_check(parameters, '%s accepts only single type.' % (self,))
    return _GenericAlias(self, (item,))


@_SpecialForm
def Required(self, parameters):
    """Required[int] marks a TypedDict key that must be present (in a total=False one)."""
    item = _type_check(parameters, '%s accepts only a single type.' % (self._name,))
    return _GenericAlias(self, (item,))


@_SpecialForm
def NotRequired(self, parameters):
    """NotRequired[int] marks a TypedDict key that may be missing."""
    item = _type_check(parameters, '%s accepts only a single type.' % (self._name,))
    return _GenericAlias(self, (item,))


@_SpecialForm
def Unpack(self, parameters):
    """Unpack[Ts]: the types of a TypeVarTuple spread out (*Ts)."""
    item = _type_check(parameters, '%s accepts only single type.' % (self._name,))
    return _UnpackGenericAlias(origin=self, args=(item,))


# ---------------------------------------------------------------------------------------------
# Forward references

class ForwardRef(_Final, _root=True):
    """An annotation written as a string ('Node'), to be evaluated later."""

    __slots__ = ('__forward_arg__', '__forward_code__', '__forward_evaluated__',
                 '__forward_value__', '__forward_is_argument__', '__forward_is_class__',
                 '__forward_module__')

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError("Forward reference must be a string -- got %r" % (arg,))
        code = None
        try:
            code = compile(arg, '<string>', 'eval')
        except SyntaxError:
            raise SyntaxError("Forward reference must be an expression -- got %r" % (arg,))
        except NameError:
            pass
        self.__forward_arg__ = arg
        self.__forward_code__ = code
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, recursive_guard=frozenset()):
        if self.__forward_arg__ in recursive_guard:
            return self
        if not self.__forward_evaluated__ or localns is not globalns:
            if globalns is None and localns is None:
                globalns = localns = {}
            elif globalns is None:
                globalns = localns
            elif localns is None:
                localns = globalns
            if self.__forward_module__ is not None:
                globalns = getattr(sys.modules.get(self.__forward_module__, None), '__dict__',
                                   globalns)
            source = self.__forward_code__ if self.__forward_code__ is not None \
                else self.__forward_arg__
            type_ = _type_check(eval(source, globalns, localns),
                                "Forward references must evaluate to types.",
                                is_argument=self.__forward_is_argument__,
                                allow_special_forms=self.__forward_is_class__)
            self.__forward_value__ = _eval_type(
                type_, globalns, localns, recursive_guard | {self.__forward_arg__})
            self.__forward_evaluated__ = True
        return self.__forward_value__

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        if self.__forward_arg__ != other.__forward_arg__:
            return False
        # once both are resolved, what they resolved to decides; before that, where
        # they would be resolved (the module) does
        if self.__forward_evaluated__ and other.__forward_evaluated__:
            return self.__forward_value__ == other.__forward_value__
        return self.__forward_module__ == other.__forward_module__

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        text = 'ForwardRef(' + repr(self.__forward_arg__)
        if self.__forward_module__ is not None:
            text += ', module=' + repr(self.__forward_module__)
        return text + ')'


def _eval_type(t, globalns, localns, recursive_guard=frozenset()):
    """t with its forward references evaluated (recursively inside generic aliases)."""
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns, recursive_guard)
    is_union = types.UnionType is not None and isinstance(t, types.UnionType)
    is_builtin_alias = types.GenericAlias is not None and isinstance(t, types.GenericAlias)
    if isinstance(t, _GenericAlias) or is_union or is_builtin_alias:
        if is_builtin_alias:
            args = tuple(ForwardRef(arg) if isinstance(arg, str) else arg
                         for arg in t.__args__)
        else:
            args = t.__args__
        ev_args = tuple(_eval_type(a, globalns, localns, recursive_guard) for a in args)
        if ev_args == t.__args__:
            return t
        if is_builtin_alias:
            return types.GenericAlias(t.__origin__, ev_args)
        if is_union:
            result = ev_args[0]
            for arg in ev_args[1:]:
                result = result | arg
            return result
        return t.copy_with(ev_args)
    return t


# ---------------------------------------------------------------------------------------------
# Type variables

def _set_module(typevarlike):
    # A type variable belongs to the module that made it (for pickling).
    def_mod = _caller_module(3)
    if def_mod != 'typing' and def_mod is not None:
        typevarlike.__module__ = def_mod


class _BoundVarianceMixin:
    """Variance flags and bound of TypeVar and ParamSpec; | makes a Union."""

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __repr__(self):
        # the variance shows as a sign: +T covariant, -T contravariant, ~T invariant
        sign = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return sign + self.__name__


class TypeVar(_Final, _BoundVarianceMixin, _root=True):
    """A type variable: T = TypeVar('T') stands for one type, the same at each use.

    TypeVar('T', int, str) may only be int or str; TypeVar('T', bound=Base) a subclass of
    Base. covariant=True / contravariant=True set the variance. The repr is ~T (+T, -T)."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if constraints and len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        msg = "TypeVar(name, constraint, ...): constraints must be types."
        self.__constraints__ = tuple(_type_check(t, msg) for t in constraints)
        if bound:
            self.__bound__ = _type_check(bound, "Bound must be a type.")
        else:
            self.__bound__ = None
        _set_module(self)

    def __reduce__(self):
        return self.__name__


class TypeVarTuple(_Final, _root=True):
    """A variable standing for any number of types: Ts = TypeVarTuple('Ts'), used as *Ts."""

    def __init__(self, name):
        self.__name__ = name
        _set_module(self)

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__

    def __reduce__(self):
        return self.__name__


class ParamSpecArgs(_Final, _root=True):
    """P.args: the positional arguments of a ParamSpec (annotate *args with it)."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return "%s.args" % (self.__origin__.__name__,)

    def __eq__(self, other):
        if not isinstance(other, ParamSpecArgs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecArgs, self.__origin__))


class ParamSpecKwargs(_Final, _root=True):
    """P.kwargs: the keyword arguments of a ParamSpec (annotate **kwargs with it)."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return "%s.kwargs" % (self.__origin__.__name__,)

    def __eq__(self, other):
        if not isinstance(other, ParamSpecKwargs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecKwargs, self.__origin__))


class ParamSpec(_Final, _BoundVarianceMixin, _root=True):
    """A variable standing for the whole parameter list of a callable:
    P = ParamSpec('P'); Callable[P, int]."""

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if bound:
            self.__bound__ = _type_check(bound, "Bound must be a type.")
        else:
            self.__bound__ = None
        _set_module(self)

    def __reduce__(self):
        return self.__name__


# ---------------------------------------------------------------------------------------------
# Generic aliases

class _BaseGenericAlias(_Final, _root=True):
    """A class with type arguments (or waiting for them): List[int], List, Iterable[str]."""

    def __init__(self, origin, *, inst=True, name=None):
        self._inst = inst
        self._name = name
        self.__origin__ = origin

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError("Type %s cannot be instantiated; use %s() instead"
                            % (self._name, self.__origin__.__name__))
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __mro_entries__(self, bases):
        # `class Foo(List[int])` derives from list (and Generic, unless a later base is
        # generic already).
        res = []
        if self.__origin__ not in bases:
            res.append(self.__origin__)
        i = bases.index(self)
        for b in bases[i + 1:]:
            if isinstance(b, _BaseGenericAlias) or (isinstance(b, type)
                                                     and issubclass(b, Generic)):
                break
        else:
            res.append(Generic)
        return tuple(res)

    def __getattr__(self, attr):
        if attr in {'__name__', '__qualname__'}:
            return self._name or self.__origin__.__name__
        # Other attributes come from the class, e.g. List[int].__doc__ is list's; but not
        # the special ones, nor the ones __init__ has not set yet.
        if '__origin__' in self.__dict__ and not _is_dunder(attr):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __dir__(self):
        return list(set(super().__dir__()
                        + [attr for attr in dir(self.__origin__) if not _is_dunder(attr)]))


class _GenericAlias(_BaseGenericAlias, _root=True):
    """A class (or special form) with its type arguments: List[int], ClassVar[int]."""

    def __init__(self, origin, args, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=name)
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = tuple(... if a is _TypingEllipsis else a for a in args)
        self.__parameters__ = _collect_parameters(args)
        if not name:
            self.__module__ = getattr(origin, '__module__', 'typing')

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return (self.__origin__ == other.__origin__
                and self.__args__ == other.__args__)

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __getitem__(self, args):
        # Substitute the type variables: List[T][int] is List[int].
        if self.__origin__ in (Generic, Protocol):
            raise TypeError("Cannot subscript already-subscripted %s" % (self,))
        if not self.__parameters__:
            raise TypeError("%s is not a generic class" % (self,))
        if not isinstance(args, tuple):
            args = (args,)
        args = tuple(_type_convert(p) for p in args)
        params = self.__parameters__
        _check_generic(self, args, len(params))
        subst = dict(zip(params, args))
        new_args = []
        for old_arg in self.__args__:
            new_args.append(_substitute(old_arg, subst))
        return self.copy_with(tuple(new_args))

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst)

    def __repr__(self):
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__:
            args = ", ".join([_type_repr(a) for a in self.__args__])
        else:
            args = "()"     # Tuple[()]
        return '%s[%s]' % (name, args)

    def __reduce__(self):
        if self._name:
            origin = globals()[self._name]
        else:
            origin = self.__origin__
        args = tuple(self.__args__)
        if len(args) == 1 and not isinstance(args[0], tuple):
            args, = args
        return _getitem_for_pickle, (origin, args)

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError("Cannot subclass %r" % (self,))
        if self._name:  # generic version of an ABC or built-in class
            return super().__mro_entries__(bases)
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _BaseGenericAlias) and b is not self:
                    return ()
        return (self.__origin__,)

    def __iter__(self):
        yield Unpack[self]


def _getitem_for_pickle(origin, args):
    return origin[args]


def _substitute(arg, subst):
    if _is_type_variable(arg):
        return subst.get(arg, arg)
    if isinstance(arg, (_GenericAlias,)) or (
            types.GenericAlias is not None and isinstance(arg, types.GenericAlias)):
        sub_params = getattr(arg, '__parameters__', ())
        if sub_params:
            sub_args = tuple(subst.get(x, x) for x in sub_params)
            return arg[sub_args]
    return arg


class _TypingEllipsisType:
    pass


_TypingEllipsis = _TypingEllipsisType()


class _SpecialGenericAlias(_BaseGenericAlias, _root=True):
    """A bare alias waiting for its arguments: List, Dict, Iterable ... (usable with
    isinstance)."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        if name is None:
            name = origin.__name__
        super().__init__(origin, inst=inst, name=name)
        self._nparams = nparams
        if origin.__module__ == 'builtins':
            self.__doc__ = 'A generic version of %s.' % (origin.__qualname__,)
        else:
            self.__doc__ = 'A generic version of %s.%s.' % (origin.__module__,
                                                            origin.__qualname__)

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        msg = "Parameters to generic types must be types."
        params = tuple(_type_check(p, msg) for p in params)
        _check_generic(self, params, self._nparams)
        return _cached(self._name, params, lambda: self.copy_with(params))

    def copy_with(self, params):
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __repr__(self):
        return 'typing.' + self._name

    def __subclasscheck__(self, cls):
        # issubclass(x, typing.List) asks about the runtime class (list); a subscripted
        # alias is left to the base class, which refuses it
        if isinstance(cls, _GenericAlias) and not isinstance(cls, _SpecialGenericAlias):
            return super().__subclasscheck__(cls)
        actual = cls.__origin__ if isinstance(cls, _SpecialGenericAlias) else cls
        return issubclass(actual, self.__origin__)

    def __reduce__(self):
        return self._name

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


def _is_param_expr(arg):
    return arg is ... or isinstance(arg, (tuple, list, ParamSpec, _ConcatenateGenericAlias))


class _CallableGenericAlias(_GenericAlias, _root=True):
    """Callable[[int, str], bool]: its args are flattened to (int, str, bool)."""

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _is_param_expr(args[0]):
            return super().__repr__()
        return 'typing.Callable[[%s], %s]' % (', '.join([_type_repr(a) for a in args[:-1]]),
                                               _type_repr(args[-1]))

    def __reduce__(self):
        args = self.__args__
        if not (len(args) == 2 and _is_param_expr(args[0])):
            args = list(args[:-1]), args[-1]
        return _getitem_for_pickle, (Callable, args)


class _CallableType(_SpecialGenericAlias, _root=True):
    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        # Lists are not hashable: the arguments become a tuple.
        if isinstance(args, list):
            params = (tuple(args), result)
        else:
            params = (args, result)
        return _cached('Callable', params, lambda: self.__getitem_inner__(params))

    def __getitem_inner__(self, params):
        arguments, returns = params
        returns = _type_check(returns, "Callable[args, result]: result must be a type.")
        # Callable[..., R] is kept with a marker in place of the argument list
        if arguments is Ellipsis:
            head = (_TypingEllipsis,)
        elif isinstance(arguments, tuple):
            head = tuple(map(_type_convert, arguments))
        else:
            head = (_type_convert(arguments),)
        return self.copy_with(head + (returns,))


class _TupleType(_SpecialGenericAlias, _root=True):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            msg = "Tuple[t, ...]: t must be a type."
            params = tuple(_type_check(p, msg) for p in params[:-1])
            return _cached('Tuple...', params,
                           lambda: self.copy_with((*params, _TypingEllipsis)))
        msg = "Tuple[t0, t1, ...]: each t must be a type."
        params = tuple(_type_check(p, msg) for p in params)
        return _cached('Tuple', params, lambda: self.copy_with(params))


class _UnionGenericAlias(_GenericAlias, _root=True):
    """Union[int, str]; shown as Optional[X] when it is Union[X, None]."""

    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if not isinstance(other, _UnionGenericAlias) and not (
                types.UnionType is not None and isinstance(other, types.UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return 'typing.Optional[%s]' % (_type_repr(args[1]),)
            elif args[1] is _NoneType:
                return 'typing.Optional[%s]' % (_type_repr(args[0]),)
        return 'typing.Union[%s]' % (', '.join(_type_repr(a) for a in args),)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False

    def __reduce__(self):
        func, (origin, args) = super().__reduce__()
        return func, (Union, args)


class _LiteralGenericAlias(_GenericAlias, _root=True):
    """Literal[...]: equal whatever the order of the values."""

    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set(_value_and_type_iter(self.__args__)) == set(
            _value_and_type_iter(other.__args__))

    def __hash__(self):
        return hash(frozenset(_value_and_type_iter(self.__args__)))


class _ConcatenateGenericAlias(_GenericAlias, _root=True):
    def copy_with(self, params):
        if isinstance(params[-1], (list, tuple)):
            return (*params[:-1], *params[-1])
        if isinstance(params[-1], _ConcatenateGenericAlias):
            params = (*params[:-1], *params[-1].__args__)
        return super().copy_with(params)


class _UnpackGenericAlias(_GenericAlias, _root=True):
    def __repr__(self):
        return '*' + repr(self.__args__[0])

    def __getitem__(self, args):
        if self.__typing_is_unpacked_typevartuple__:
            return args
        return super().__getitem__(args)

    @property
    def __typing_is_unpacked_typevartuple__(self):
        return isinstance(self.__args__[0], TypeVarTuple)


class _AnnotatedAlias(_GenericAlias, _root=True):
    """Annotated[int, extra, ...]: the type int with extra data attached (__metadata__)."""

    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, origin)
        self.__metadata__ = metadata

    def copy_with(self, params):
        assert len(params) == 1
        new_type = params[0]
        return _AnnotatedAlias(new_type, self.__metadata__)

    def __repr__(self):
        return "typing.Annotated[%s, %s]" % (_type_repr(self.__origin__),
                                              ", ".join(repr(a) for a in self.__metadata__))

    def __reduce__(self):
        return _getitem_for_pickle, (Annotated, (self.__origin__,) + self.__metadata__)

    def __eq__(self, other):
        if isinstance(other, _AnnotatedAlias):
            # same type, same metadata in the same order
            return (self.__origin__, self.__metadata__) == (other.__origin__,
                                                            other.__metadata__)
        return NotImplemented

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __getattr__(self, attr):
        if attr == '__name__' or attr == '__qualname__':
            return 'Annotated'
        return super().__getattr__(attr)


class Annotated:
    """Annotated[T, x, ...]: the type T, with x ... attached for tools that read them
    (get_type_hints(..., include_extras=True) keeps them)."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two arguments "
                            "(a type and an annotation).")
        msg = "Annotated[t, ...]: t must be a type."
        origin = _type_check(params[0], msg, allow_special_forms=True)
        metadata = tuple(params[1:])
        return _AnnotatedAlias(origin, metadata)

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError("Cannot subclass %s.Annotated" % (cls.__module__,))


# ---------------------------------------------------------------------------------------------
# Generic and Protocol

class Generic:
    """The base class of generic classes:

        class Stack(Generic[T]):
            def push(self, item: T) -> None: ...

    Stack[int] is then an alias of Stack for type checkers; calling it makes a Stack."""

    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_convert(p) for p in params)
        if cls in (Generic, Protocol):
            # Generic[...] and Protocol[...] declare parameters: distinct type variables only
            if not params:
                raise TypeError("Parameter list to %s[...] cannot be empty" % (cls.__qualname__,))
            if not all(_is_type_variable(p) or _is_unpacked_typevartuple(p) for p in params):
                raise TypeError("Parameters to %s[...] must all be type variables or "
                                "parameter specification variables." % (cls.__name__,))
            if len(set(params)) != len(params):
                raise TypeError("Parameters to %s[...] must all be unique" % (cls.__name__,))
        elif any(isinstance(p, TypeVarTuple) for p in cls.__parameters__):
            # A variadic class (Generic[T, *Ts]) takes any number of arguments past the others.
            fixed = len(cls.__parameters__) - 1
            if len(params) < fixed:
                raise TypeError("Too few arguments for %s; actual %d, expected at least %d"
                                % (cls, len(params), fixed))
        else:
            # a user generic class: one argument per parameter
            _check_generic(cls, params, len(cls.__parameters__))
        return _cached(cls, params, lambda: _GenericAlias(cls, params))

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        if '__orig_bases__' in cls.__dict__:
            error = Generic in cls.__orig_bases__
        else:
            error = (Generic in cls.__bases__ and cls.__name__ != 'Protocol'
                     and type(cls) != _TypedDictMeta)
        if error:
            raise TypeError("Cannot inherit from plain Generic")
        if '__orig_bases__' in cls.__dict__:
            tvars = _collect_parameters(cls.__orig_bases__)
            # The type variables are those of Generic[...] if it is among the bases (every
            # other variable must be one of them), else all the variables of the bases.
            gvars = None
            for base in cls.__orig_bases__:
                if isinstance(base, _GenericAlias) and base.__origin__ is Generic:
                    if gvars is not None:
                        raise TypeError("Cannot inherit from Generic[...] multiple types.")
                    gvars = base.__parameters__
            if gvars is not None:
                tvarset = set(tvars)
                gvarset = set(gvars)
                if not tvarset <= gvarset:
                    s_vars = ', '.join(str(t) for t in tvars if t not in gvarset)
                    s_args = ', '.join(str(g) for g in gvars)
                    raise TypeError("Some type variables (%s) are not listed in Generic[%s]"
                                    % (s_vars, s_args))
                tvars = gvars
        cls.__parameters__ = tuple(tvars)


Generic.__parameters__ = ()


_TYPING_INTERNALS = ['__parameters__', '__orig_bases__', '__orig_class__', '_is_protocol',
                     '_is_runtime_protocol']

_SPECIAL_NAMES = ['__abstractmethods__', '__annotations__', '__dict__', '__doc__',
                  '__init__', '__module__', '__new__', '__slots__', '__subclasshook__',
                  '__weakref__', '__class_getitem__', '__qualname__', '__match_args__']

# Names in a protocol class that are not requirements of the protocol.
EXCLUDED_ATTRIBUTES = _TYPING_INTERNALS + _SPECIAL_NAMES + ['_MutableMapping__marker']


def _get_protocol_attrs(cls):
    """The names a protocol class requires: its methods, attributes and annotations (and
    those of the protocols it extends)."""
    found = set()
    for klass in cls.__mro__:
        # object, Protocol and Generic contribute nothing of the protocol's own
        if klass is object or klass.__name__ in ('Protocol', 'Generic'):
            continue
        candidates = set(klass.__dict__)
        candidates.update(getattr(klass, '__annotations__', {}))
        found.update(name for name in candidates
                     if name not in EXCLUDED_ATTRIBUTES and not name.startswith('_abc_'))
    return found


def _is_callable_members_only(cls):
    # a protocol of methods only can be checked with issubclass(), not just isinstance()
    for name in _get_protocol_attrs(cls):
        if not callable(getattr(cls, name, None)):
            return False
    return True


def _no_init_or_replace_init(self, *args, **kwargs):
    # The __init__ of protocol classes: a protocol cannot be instantiated. A concrete class
    # deriving from one gets the next __init__ of its MRO instead (found once, then set).
    klass = type(self)
    if klass._is_protocol:
        raise TypeError('Protocols cannot be instantiated')
    if klass.__init__ is not _no_init_or_replace_init:
        # already replaced (we were reached through super().__init__)
        return
    replacement = object.__init__
    for base in klass.__mro__:
        own = base.__dict__.get('__init__')
        if own is not None and own is not _no_init_or_replace_init:
            replacement = own
            break
    klass.__init__ = replacement
    replacement(self, *args, **kwargs)


def _allow_reckless_class_checks(depth=3):
    """True when the isinstance/issubclass check comes from the abc machinery itself (which
    asks every subclass of an ABC), not from the program."""
    try:
        return sys._getframe(depth).f_globals.get('__name__') in ('abc', 'functools')
    except (AttributeError, ValueError):
        return True


_PROTO_ALLOWLIST = {
    'collections.abc': [
        'Callable', 'Awaitable', 'Iterable', 'Iterator', 'AsyncIterable',
        'Hashable', 'Sized', 'Container', 'Collection', 'Reversible',
    ],
    'contextlib': ['AbstractContextManager', 'AbstractAsyncContextManager'],
}


class _ProtocolMeta(ABCMeta):
    # isinstance() with a runtime-checkable protocol looks at the object's attributes.
    def __instancecheck__(cls, instance):
        if (getattr(cls, '_is_protocol', False)
                and not getattr(cls, '_is_runtime_protocol', False)
                and not _allow_reckless_class_checks(depth=2)):
            raise TypeError("Instance and class checks can only be used with "
                            "@runtime_checkable protocols")
        if ((not getattr(cls, '_is_protocol', False) or _is_callable_members_only(cls))
                and issubclass(instance.__class__, cls)):
            return True
        if cls._is_protocol:
            if all(hasattr(instance, attr) and
                    # (a method set to None on the instance does not count)
                    (not callable(getattr(cls, attr, None)) or
                     getattr(instance, attr) is not None)
                    for attr in _get_protocol_attrs(cls)):
                return True
        return super().__instancecheck__(instance)


def _proto_hook(cls, other):
    # The __subclasshook__ of protocols: a class is a subclass of a runtime protocol when it
    # has every method the protocol names (not set to None).
    if not cls.__dict__.get('_is_protocol', False):
        return NotImplemented
    if not getattr(cls, '_is_runtime_protocol', False):
        if _allow_reckless_class_checks():
            return NotImplemented
        raise TypeError("Instance and class checks can only be used with "
                        "@runtime_checkable protocols")
    if not _is_callable_members_only(cls):
        if _allow_reckless_class_checks():
            return NotImplemented
        raise TypeError("Protocols with non-method members don't support issubclass()")
    if not isinstance(other, type):
        raise TypeError('issubclass() arg 1 must be a class')
    for attr in _get_protocol_attrs(cls):
        for base in other.__mro__:
            if attr in base.__dict__:
                if base.__dict__[attr] is None:
                    return NotImplemented
                break
            # an annotation in a protocol that derives from this one counts too
            annotations = getattr(base, '__annotations__', {})
            if (isinstance(annotations, dict) and attr in annotations
                    and issubclass(other, Generic) and other._is_protocol):
                break
        else:
            return NotImplemented
    return True


class Protocol(Generic, metaclass=_ProtocolMeta):
    """The base class of protocol classes: interfaces checked by structure.

        class SupportsClose(Protocol):
            def close(self) -> None: ...

    Any class with a close() method matches it for a type checker, without deriving from
    it. With @runtime_checkable, isinstance() checks for the methods too. Protocol classes
    cannot be instantiated."""

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)

        # A class deriving from Protocol directly is a protocol; one deriving from a
        # protocol is a concrete class (unless it lists Protocol too).
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)

        if '__subclasshook__' not in cls.__dict__:
            cls.__subclasshook__ = classmethod(_proto_hook)

        if not cls._is_protocol:
            return

        # A protocol may only extend protocols.
        for base in cls.__bases__:
            if not (base in (object, Generic) or
                    base.__module__ in _PROTO_ALLOWLIST and
                    base.__name__ in _PROTO_ALLOWLIST[base.__module__] or
                    issubclass(base, Generic) and base._is_protocol):
                raise TypeError('Protocols can only inherit from other protocols, got %r'
                                % base)
        if cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init_or_replace_init


def runtime_checkable(cls):
    """Class decorator: let isinstance()/issubclass() work with a protocol class (they
    check that the methods exist, not their signatures)."""
    if not issubclass(cls, Generic) or not cls._is_protocol:
        raise TypeError('@runtime_checkable can be only applied to protocol classes, got %r'
                        % cls)
    cls._is_runtime_protocol = True
    return cls


# ---------------------------------------------------------------------------------------------
# Runtime helpers

def cast(typ, val):
    """Tell a type checker that val has type typ; at run time, return val unchanged."""
    return val


def assert_type(val, typ, /):
    """Ask a type checker to confirm that val has type typ; at run time, return val."""
    return val


_allowed_types = (types.FunctionType, types.BuiltinFunctionType, types.MethodType,
                  types.ModuleType)
_allowed_types = tuple(t for t in _allowed_types if t is not None)


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a module, class, function or method, with strings (forward
    references) evaluated.

    For a class, the annotations of its bases are included (base classes first). Annotated
    types lose their extras unless include_extras is true."""
    if getattr(obj, '__no_type_check__', None):
        return {}
    # a class: walk its MRO so that inherited annotations count too
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            if globalns is None:
                base_globals = getattr(sys.modules.get(base.__module__, None), '__dict__', {})
            else:
                base_globals = globalns
            ann = base.__dict__.get('__annotations__', {})
            if not isinstance(ann, dict):
                ann = {}
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                # The class's own names win over the module's (a name annotated in the
                # class body may refer to another class attribute).
                base_globals, base_locals = base_locals, base_globals
            for name, value in ann.items():
                if value is None:
                    value = _NoneType
                if isinstance(value, str):
                    value = ForwardRef(value, is_argument=False, is_class=True)
                value = _eval_type(value, base_globals, base_locals)
                hints[name] = value
        if include_extras:
            return hints
        return {k: _strip_annotations(t) for k, t in hints.items()}

    is_module = isinstance(obj, types.ModuleType)
    if globalns is None:
        if is_module:
            globalns = obj.__dict__
        else:
            # a decorated function's annotations are resolved where the function it
            # wraps was defined
            inner = obj
            while hasattr(inner, '__wrapped__'):
                inner = inner.__wrapped__
            globalns = getattr(inner, '__globals__', {})
    if localns is None:
        localns = globalns
    raw = getattr(obj, '__annotations__', None)
    if raw is None:
        if not isinstance(obj, _allowed_types):
            raise TypeError('%r is not a module, class, method, or function.' % (obj,))
        return {}
    resolved = {}
    for name, annotation in raw.items():
        if annotation is None:
            annotation = _NoneType  # `-> None` means the type of None
        elif isinstance(annotation, str):
            annotation = ForwardRef(annotation, is_argument=not is_module, is_class=False)
        resolved[name] = _eval_type(annotation, globalns, localns)
    if not include_extras:
        resolved = {name: _strip_annotations(t) for name, t in resolved.items()}
    return resolved


def _strip_annotations(t):
    """t without Annotated (and Required/NotRequired) wrappers, recursively."""
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if isinstance(t, _GenericAlias) and t.__origin__ in (Required, NotRequired):
        return _strip_annotations(t.__args__[0])
    if isinstance(t, _GenericAlias):
        stripped_args = tuple(_strip_annotations(a) for a in t.__args__)
        if stripped_args == t.__args__:
            return t
        return t.copy_with(stripped_args)
    if types.GenericAlias is not None and isinstance(t, types.GenericAlias):
        stripped_args = tuple(_strip_annotations(a) for a in t.__args__)
        if stripped_args == t.__args__:
            return t
        return types.GenericAlias(t.__origin__, stripped_args)
    if types.UnionType is not None and isinstance(t, types.UnionType):
        stripped_args = tuple(_strip_annotations(a) for a in t.__args__)
        if stripped_args == t.__args__:
            return t
        result = stripped_args[0]
        for arg in stripped_args[1:]:
            result = result | arg
        return result
    return t


def get_origin(tp):
    """The unsubscripted form of an annotation: get_origin(List[int]) is list,
    get_origin(Union[int, str]) is Union, get_origin(int) is None."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_BaseGenericAlias, ParamSpecArgs, ParamSpecKwargs)) or (
            types.GenericAlias is not None and isinstance(tp, types.GenericAlias)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if types.UnionType is not None and isinstance(tp, types.UnionType):
        return types.UnionType
    return None


def get_args(tp):
    """The type arguments of an annotation: get_args(Dict[str, int]) is (str, int),
    get_args(Callable[[int], str]) is ([int], str), get_args(int) is ()."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    is_builtin_alias = types.GenericAlias is not None and isinstance(tp, types.GenericAlias)
    if isinstance(tp, (_GenericAlias,)) or is_builtin_alias:
        res = tp.__args__
        if (_abc_collections is not None and get_origin(tp) is _abc_collections.Callable
                and res and not _is_param_expr(res[0])):
            res = (list(res[:-1]), res[-1])
        return res
    if types.UnionType is not None and isinstance(tp, types.UnionType):
        return tp.__args__
    return ()


def is_typeddict(tp):
    """Is tp a TypedDict class?"""
    return isinstance(tp, _TypedDictMeta)


_ASSERT_NEVER_REPR_MAX_LENGTH = 100


def assert_never(arg, /):
    """For code that should be unreachable (a type checker proves it): raises
    AssertionError at run time."""
    value = repr(arg)
    if len(value) > _ASSERT_NEVER_REPR_MAX_LENGTH:
        value = value[:_ASSERT_NEVER_REPR_MAX_LENGTH] + '...'
    raise AssertionError("Expected code to be unreachable, but got: %s" % (value,))


def no_type_check(arg):
    """Decorator: type checkers ignore the annotations of this function or class."""
    if isinstance(arg, type):
        for key in dir(arg):
            obj = getattr(arg, key)
            if (not hasattr(obj, '__qualname__')
                    or obj.__qualname__ != '%s.%s' % (arg.__qualname__, obj.__name__)
                    or getattr(obj, '__module__', None) != arg.__module__):
                continue    # inherited or imported: not ours to mark
            if isinstance(obj, types.FunctionType):
                obj.__no_type_check__ = True
            if isinstance(obj, types.MethodType):
                obj.__func__.__no_type_check__ = True
            if isinstance(obj, type):
                no_type_check(obj)
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass        # a built-in class
    return arg


def no_type_check_decorator(decorator):
    """Decorator for decorators: what they decorate gets @no_type_check."""
    def wrapped_decorator(*args, **kwds):
        func = decorator(*args, **kwds)
        func = no_type_check(func)
        return func
    wrapped_decorator.__name__ = getattr(decorator, '__name__', 'wrapped_decorator')
    wrapped_decorator.__qualname__ = getattr(decorator, '__qualname__',
                                             'wrapped_decorator')
    wrapped_decorator.__doc__ = getattr(decorator, '__doc__', None)
    wrapped_decorator.__wrapped__ = decorator
    return wrapped_decorator


def _overload_dummy(*args, **kwds):
    """What an @overload-decorated function becomes: calling it is an error."""
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @typing.overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @typing.overload-decorated.")


# the overloads seen so far, for get_overloads(): module -> qualname -> first line -> function
_overload_registry = {}


def overload(func):
    """Decorator for the type signatures of a function that accepts several.

        @overload
        def double(x: int) -> int: ...
        @overload
        def double(x: str) -> str: ...
        def double(x):              # the implementation, without @overload
            return x * 2

    The decorated signatures are kept for get_overloads(); the name ends up bound to the
    last, undecorated definition."""
    f = getattr(func, "__func__", func)
    try:
        by_name = _overload_registry.setdefault(f.__module__, {})
        by_line = by_name.setdefault(f.__qualname__, {})
        by_line[f.__code__.co_firstlineno] = func
    except AttributeError:
        pass        # not a plain function: not registered
    return _overload_dummy


def get_overloads(func):
    """The @overload-decorated signatures registered for func's name, in order."""
    f = getattr(func, "__func__", func)
    if f.__module__ not in _overload_registry:
        return []
    mod_dict = _overload_registry[f.__module__]
    if f.__qualname__ not in mod_dict:
        return []
    return list(mod_dict[f.__qualname__].values())


def clear_overloads():
    """Forget every registered overload."""
    _overload_registry.clear()


def final(f):
    """Decorator: the method may not be overridden, or the class subclassed (for type
    checkers). Sets f.__final__ = True."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def reveal_type(obj, /):
    """Print the run-time type of obj (to stderr) and return obj; type checkers show the
    static type instead."""
    print("Runtime type is %r" % (type(obj).__name__,), file=sys.stderr)
    return obj


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    """Decorator marking a decorator, base class or metaclass as making dataclass-like
    classes (for type checkers)."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default,
            "order_default": order_default,
            "kw_only_default": kw_only_default,
            "field_specifiers": field_specifiers,
            "kwargs": kwargs,
        }
        return cls_or_fn
    return decorator


# ---------------------------------------------------------------------------------------------
# Aliases of the standard classes

# The type variables the aliases below are described with (items, keys, values ...).
T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)


def _stand_in(module, name):
    """A placeholder class where the runtime lacks module.name."""
    return type(name, (), {'__module__': module})


def _abc(name):
    if _abc_collections is not None and hasattr(_abc_collections, name):
        return getattr(_abc_collections, name)
    return _stand_in('collections.abc', name)


def _collection(name):
    if _collections is not None and hasattr(_collections, name):
        return getattr(_collections, name)
    return _stand_in('collections', name)


_alias = _SpecialGenericAlias

# (the number is how many type arguments each takes; 0: none)
Hashable = _alias(_abc('Hashable'), 0)
Awaitable = _alias(_abc('Awaitable'), 1)
Coroutine = _alias(_abc('Coroutine'), 3)
AsyncIterable = _alias(_abc('AsyncIterable'), 1)
AsyncIterator = _alias(_abc('AsyncIterator'), 1)
Iterable = _alias(_abc('Iterable'), 1)
Iterator = _alias(_abc('Iterator'), 1)
Reversible = _alias(_abc('Reversible'), 1)
Sized = _alias(_abc('Sized'), 0)
Container = _alias(_abc('Container'), 1)
Collection = _alias(_abc('Collection'), 1)
Callable = _CallableType(_abc('Callable'), 2)
Callable.__doc__ = \
    """Callable[[int, str], float]: a function taking an int and a str, returning a float.
    Callable[..., float]: any arguments. Callable alone: any callable."""
AbstractSet = _alias(_abc('Set'), 1, name='AbstractSet')
MutableSet = _alias(_abc('MutableSet'), 1)
Mapping = _alias(_abc('Mapping'), 2)
MutableMapping = _alias(_abc('MutableMapping'), 2)
Sequence = _alias(_abc('Sequence'), 1)
MutableSequence = _alias(_abc('MutableSequence'), 1)
ByteString = _alias(_abc('ByteString'), 0)
Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')
Tuple.__doc__ = \
    """Tuple[int, str]: a pair of an int and a str. Tuple[int, ...]: any number of ints.
    Tuple[()]: the empty tuple."""
List = _alias(list, 1, inst=False, name='List')
Deque = _alias(_collection('deque'), 1, name='Deque')
Set = _alias(set, 1, inst=False, name='Set')
FrozenSet = _alias(frozenset, 1, inst=False, name='FrozenSet')
MappingView = _alias(_abc('MappingView'), 1)
KeysView = _alias(_abc('KeysView'), 1)
ItemsView = _alias(_abc('ItemsView'), 2)
ValuesView = _alias(_abc('ValuesView'), 1)
if _contextlib is not None:
    ContextManager = _alias(_contextlib.AbstractContextManager, 1, name='ContextManager')
    AsyncContextManager = _alias(_contextlib.AbstractAsyncContextManager, 1,
                                 name='AsyncContextManager')
else:
    ContextManager = _alias(_stand_in('contextlib', 'AbstractContextManager'), 1,
                            name='ContextManager')
    AsyncContextManager = _alias(_stand_in('contextlib', 'AbstractAsyncContextManager'), 1,
                                 name='AsyncContextManager')
Dict = _alias(dict, 2, inst=False, name='Dict')
DefaultDict = _alias(_collection('defaultdict'), 2, name='DefaultDict')
OrderedDict = _alias(_collection('OrderedDict'), 2)
Counter = _alias(_collection('Counter'), 1)
ChainMap = _alias(_collection('ChainMap'), 2)
Generator = _alias(_abc('Generator'), 3)
AsyncGenerator = _alias(_abc('AsyncGenerator'), 2)
Type = _alias(type, 1, inst=False, name='Type')
Type.__doc__ = \
    """Type[C]: the class C or a subclass of it (not an instance)."""


# ---------------------------------------------------------------------------------------------
# Protocols for the special methods

@runtime_checkable
class SupportsInt(Protocol):
    """Objects with a __int__ method (runtime checkable)."""
    __slots__ = ()

    @abstractmethod
    def __int__(self) -> int:
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    """Objects with a __float__ method (runtime checkable)."""
    __slots__ = ()

    @abstractmethod
    def __float__(self) -> float:
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    """Objects with a __complex__ method (runtime checkable)."""
    __slots__ = ()

    @abstractmethod
    def __complex__(self) -> complex:
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    """Objects with a __bytes__ method (runtime checkable)."""
    __slots__ = ()

    @abstractmethod
    def __bytes__(self) -> bytes:
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    """Objects with a __index__ method (runtime checkable)."""
    __slots__ = ()

    @abstractmethod
    def __index__(self) -> int:
        pass


@runtime_checkable
class SupportsAbs(Protocol[T_co]):
    """Objects with an __abs__ method (runtime checkable)."""
    __slots__ = ()

    @abstractmethod
    def __abs__(self) -> T_co:
        pass


@runtime_checkable
class SupportsRound(Protocol[T_co]):
    """Objects with a __round__ method (runtime checkable)."""
    __slots__ = ()

    @abstractmethod
    def __round__(self, ndigits: int = 0) -> T_co:
        pass


# ---------------------------------------------------------------------------------------------
# NamedTuple

def _fallback_namedtuple(typename, field_names, *, defaults=None, module=None):
    """A named tuple class, for a runtime without collections.namedtuple."""
    field_names = tuple(field_names)
    n = len(field_names)
    defaults = tuple(defaults or ())
    params = []
    first_default = n - len(defaults)
    for i, name in enumerate(field_names):
        params.append(name if i < first_default else '%s=__defaults[%d]' % (
            name, i - first_default))
    source = ('def __new__(_cls, %s):\n    return _tuple_new(_cls, (%s))\n'
              % (', '.join(params), ''.join(name + ', ' for name in field_names)))
    namespace = {'_tuple_new': tuple.__new__, '__defaults': defaults,
                 '__name__': 'namedtuple_%s' % typename}
    exec(source, namespace)
    __new__ = namespace['__new__']
    __new__.__doc__ = 'Create new instance of %s(%s)' % (typename, ', '.join(field_names))

    def __repr__(self):
        return '%s(%s)' % (self.__class__.__name__, ', '.join(
            '%s=%r' % (name, value) for name, value in zip(self._fields, self)))

    def _asdict(self):
        return dict(zip(self._fields, self))

    def _replace(self, /, **kwds):
        result = self._make(map(kwds.pop, field_names, self))
        if kwds:
            raise ValueError('Got unexpected field names: %r' % list(kwds))
        return result

    @classmethod
    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != n:
            raise TypeError('Expected %d arguments, got %d' % (n, len(result)))
        return result

    def __getnewargs__(self):
        return tuple(self)

    class_namespace = {
        '__doc__': '%s(%s)' % (typename, ', '.join(field_names)),
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': dict(zip(field_names[first_default:], defaults)),
        '__new__': __new__,
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': field_names,
    }
    for index, name in enumerate(field_names):
        class_namespace[name] = property(lambda self, _i=index: self[_i],
                                         doc='Alias for field number %d' % index)
    result = type(typename, (tuple,), class_namespace)
    result.__module__ = module if module is not None else _caller_module(2)
    return result


def _make_nmtuple(name, types_, module, defaults=()):
    fields = [n for n, t in types_]
    types_ = {n: _type_check(t, "field %s annotation must be a type" % (n,))
              for n, t in types_}
    namedtuple = getattr(_collections, 'namedtuple', None) if _collections else None
    if namedtuple is None:
        nm_tpl = _fallback_namedtuple(name, fields, defaults=defaults, module=module)
    else:
        nm_tpl = namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = types_
    try:
        nm_tpl.__new__.__annotations__ = types_
    except (AttributeError, TypeError):
        pass
    return nm_tpl


# Names a NamedTuple class body may not define (the named tuple's own machinery).
_prohibited = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__',
                         '_fields', '_field_defaults',
                         '_make', '_replace', '_asdict', '_source'})

_special = frozenset({'__module__', '__name__', '__annotations__'})


class NamedTupleMeta(type):
    # `class Point(NamedTuple)` runs this: the result is a named tuple class (a subclass of
    # tuple), with the methods of the class body added.
    def __new__(cls, typename, bases, ns):
        assert _NamedTuple in bases
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        bases = tuple(tuple if base is _NamedTuple else base for base in bases)
        fields = ns.get('__annotations__', {})
        # a field with a value in the class body has a default; once one has, all the
        # later ones must too
        with_default = []
        for field in fields:
            if field in ns:
                with_default.append(field)
                continue
            if with_default:
                plural = "s" if len(with_default) > 1 else ""
                raise TypeError("Non-default namedtuple field %s cannot follow default "
                                "field%s %s" % (field, plural, ", ".join(with_default)))
        result = _make_nmtuple(typename, fields.items(),
                               defaults=[ns[field] for field in with_default],
                               module=ns['__module__'])
        result.__bases__ = bases
        generic = Generic in bases
        if generic:
            result.__class_getitem__ = classmethod(Generic.__class_getitem__.__func__)
        # the class body's methods and attributes go onto the named tuple class
        for key, value in ns.items():
            if key in _prohibited:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key in _special or key in result._fields:
                continue
            setattr(result, key, value)
        if generic:
            result.__init_subclass__()
        return result


def NamedTuple(typename, fields=None, /, **kwargs):
    """A named tuple class with typed fields.

        class Employee(NamedTuple):
            name: str
            id: int = 0

    or Employee = NamedTuple('Employee', [('name', str), ('id', int)]). The result is a
    tuple subclass, like collections.namedtuple's, with the field types in
    __annotations__."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords"
                        " can be provided to NamedTuple, not both")
    return _make_nmtuple(typename, fields, module=_caller_module(2))


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})


def _namedtuple_mro_entries(bases):
    assert NamedTuple in bases
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


# ---------------------------------------------------------------------------------------------
# TypedDict

def _get_typeddict_qualifiers(annotation_type):
    while True:
        if isinstance(annotation_type, _AnnotatedAlias):
            annotation_type = annotation_type.__origin__
        elif isinstance(annotation_type, _GenericAlias) and \
                annotation_type.__origin__ in (Required, NotRequired):
            yield annotation_type.__origin__
            annotation_type = annotation_type.__args__[0]
        else:
            break


class _TypedDictMeta(type):
    # `class Movie(TypedDict)` runs this: Movie is a class (for annotations and checks) whose
    # instances are plain dicts: calling it calls dict.
    def __new__(cls, name, bases, ns, total=True):
        # only other TypedDicts (and Generic, for generic TypedDicts) may be bases
        if any(type(base) is not _TypedDictMeta and base is not Generic for base in bases):
            raise TypeError('cannot inherit from both a TypedDict type '
                            'and a non-TypedDict base class')
        # the class itself derives from dict only (plus Generic when it has parameters)
        real_bases = (dict,)
        if any(issubclass(base, Generic) for base in bases):
            real_bases = (Generic, dict)
        new_class = type.__new__(_TypedDictMeta, name, real_bases, ns)

        bad_type = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own = {}
        for key, tp in ns.get('__annotations__', {}).items():
            own[key] = _type_check(tp, bad_type, module=new_class.__module__)

        # keys inherited from the bases first, then this class's own
        every = {}
        required = set()
        optional = set()
        for base in bases:
            own_dict = base.__dict__
            every.update(own_dict.get('__annotations__', {}))
            required |= set(own_dict.get('__required_keys__', ()))
            optional |= set(own_dict.get('__optional_keys__', ()))
        every.update(own)
        for key, tp in own.items():
            # Required[...] / NotRequired[...] override the class's total=
            marks = set(_get_typeddict_qualifiers(tp))
            needed = (True if Required in marks
                      else False if NotRequired in marks
                      else total)
            (required if needed else optional).add(key)
            (optional if needed else required).discard(key)

        new_class.__annotations__ = every
        new_class.__required_keys__ = frozenset(required)
        new_class.__optional_keys__ = frozenset(optional)
        if not hasattr(new_class, '__total__'):
            new_class.__total__ = total
        return new_class

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict with a fixed set of keys, each with its own value type (for type checkers):

        class Movie(TypedDict):
            name: str
            year: int

    Movie(name='Blade Runner', year=1982) is a plain dict. With total=False the keys may be
    missing. Also TypedDict('Movie', {'name': str, 'year': int})."""
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments, but not both")
    if kwargs:
        import warnings
        warnings.warn(
            "The kwargs-based syntax for TypedDict definitions is deprecated "
            "in Python 3.11, will be removed in Python 3.13, and may not be "
            "understood by third-party type checkers.",
            DeprecationWarning,
            stacklevel=2,
        )

    ns = {'__annotations__': dict(fields)}
    module = _caller_module(2)
    if module is not None:
        ns['__module__'] = module

    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


# ---------------------------------------------------------------------------------------------
# NewType

class NewType:
    """A distinct name for a type, for type checkers: UserId = NewType('UserId', int).

    At run time UserId(5) just returns 5."""

    __call__ = _overload_dummy  # (replaced below: the identity function)

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        def_mod = _caller_module(2)
        if def_mod != 'typing' and def_mod is not None:
            self.__module__ = def_mod

    def __mro_entries__(self, bases):
        # A NewType is not a class: deriving from one fails, with a hint.
        superclass_name = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                subclass_name = cls.__name__
                raise TypeError(
                    "Cannot subclass an instance of NewType. Perhaps you were looking for: "
                    "`%s = NewType(%r, %s)`" % (subclass_name, subclass_name, superclass_name))

        return (Dummy,)

    def __repr__(self):
        return '%s.%s' % (self.__module__, self.__qualname__)

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _newtype_call(self, x):
    return x


NewType.__call__ = _newtype_call


# ---------------------------------------------------------------------------------------------
# Text and I/O

Text = str

AnyStr = TypeVar('AnyStr', bytes, str)

# True for type checkers (which skip `if TYPE_CHECKING:` blocks' cost), False at run time.
TYPE_CHECKING = False


class IO(Generic[AnyStr]):
    """The generic type of file objects (what open() returns): IO[str] for text files,
    IO[bytes] for binary ones. See TextIO and BinaryIO."""

    __slots__ = ()

    # what the file is

    @property
    @abstractmethod
    def name(self) -> str: ...

    @property
    @abstractmethod
    def mode(self) -> str: ...

    @property
    @abstractmethod
    def closed(self) -> bool: ...

    @abstractmethod
    def fileno(self) -> int: ...

    @abstractmethod
    def isatty(self) -> bool: ...

    # reading

    @abstractmethod
    def readable(self) -> bool: ...

    @abstractmethod
    def read(self, n: int = -1) -> AnyStr: ...

    @abstractmethod
    def readline(self, limit: int = -1) -> AnyStr: ...

    @abstractmethod
    def readlines(self, hint: int = -1) -> List[AnyStr]: ...

    # writing

    @abstractmethod
    def writable(self) -> bool: ...

    @abstractmethod
    def write(self, s: AnyStr) -> int: ...

    @abstractmethod
    def writelines(self, lines: List[AnyStr]) -> None: ...

    @abstractmethod
    def flush(self) -> None: ...

    # moving about

    @abstractmethod
    def seekable(self) -> bool: ...

    @abstractmethod
    def seek(self, offset: int, whence: int = 0) -> int: ...

    @abstractmethod
    def tell(self) -> int: ...

    @abstractmethod
    def truncate(self, size: int = None) -> int: ...

    # closing, directly or with a with statement

    @abstractmethod
    def close(self) -> None: ...

    @abstractmethod
    def __enter__(self) -> 'IO[AnyStr]': ...

    @abstractmethod
    def __exit__(self, type, value, traceback) -> None: ...


class BinaryIO(IO[bytes]):
    """The type of binary file objects."""

    __slots__ = ()

    @abstractmethod
    def write(self, s: Union[bytes, bytearray]) -> int: ...

    @abstractmethod
    def __enter__(self) -> 'BinaryIO': ...


class TextIO(IO[str]):
    """The type of text file objects."""

    __slots__ = ()

    @property
    @abstractmethod
    def buffer(self) -> BinaryIO: ...

    @property
    @abstractmethod
    def encoding(self) -> str: ...

    @property
    @abstractmethod
    def errors(self) -> Optional[str]: ...

    @property
    @abstractmethod
    def line_buffering(self) -> bool: ...

    @property
    @abstractmethod
    def newlines(self) -> Any: ...

    @abstractmethod
    def __enter__(self) -> 'TextIO': ...


if _re is not None and hasattr(_re, 'Pattern'):
    Pattern = _alias(_re.Pattern, 1)
    Match = _alias(_re.Match, 1)
else:
    Pattern = _alias(_stand_in('re', 'Pattern'), 1)
    Match = _alias(_stand_in('re', 'Match'), 1)
