"""Data classes: classes that are mostly a bundle of typed fields.

    @dataclass
    class Point:
        x: int
        y: int = 0

The decorator reads the class's annotations (in order, base classes' fields first) and writes
the boring methods for it: __init__(self, x, y=0), __repr__ ("Point(x=1, y=2)"), __eq__
(compare the fields as a tuple), and on request ordering methods, __hash__, and frozen
instances that refuse assignment.

The methods are generated as Python source text and compiled with exec(), so they are real
functions with real signatures: a missing argument gives the same error as any hand-written
__init__ ("Point.__init__() missing 1 required positional argument: 'y'"), and
inspect.signature() sees the parameters.

This module was written for pygil from the documented behaviour of CPython 3.11's
dataclasses.
"""

import sys
import types
import keyword
import abc

# public names: the decorator and its markers, then the helper functions
__all__ = [
    'dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING',
    'fields', 'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass',
]


class FrozenInstanceError(AttributeError):
    """Raised when assigning to a field of a frozen dataclass instance."""


class _HAS_DEFAULT_FACTORY_CLASS:
    # The default of a parameter whose field has a default_factory; shows in signatures.
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    """The type of MISSING: "no value given" where None is a value like any other."""


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    """The type of KW_ONLY: annotate a pseudo-field `_: KW_ONLY` and the fields after it
    become keyword-only parameters of __init__."""


KW_ONLY = _KW_ONLY_TYPE()

_EMPTY_METADATA = types.MappingProxyType({})


class _FIELD_BASE:
    """The kind of a Field: an ordinary field, a ClassVar, or an InitVar."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

# Class attributes set by the decorator: the fields by name (its presence is what makes a
# class a dataclass), and the decorator's arguments.
_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'

# A method the generated __init__ calls last, with the InitVar values, when the class has it.
_POST_INIT_NAME = '__post_init__'


class InitVar:
    """A pseudo-field: an argument of __init__ passed on to __post_init__, not stored."""

    __slots__ = ('type', )

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            # typing objects, e.g. List[int]
            type_name = repr(self.type)
        return 'dataclasses.InitVar[%s]' % type_name

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """One field of a dataclass: its name, type, default and options.

    Instances are made by field() (or by the decorator for a plain annotated name); use
    fields() to get them, never instantiate Field directly."""

    # _field_type (plain field, ClassVar or InitVar) is internal bookkeeping
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata,
                 kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = (_EMPTY_METADATA if metadata is None
                         else types.MappingProxyType(metadata))
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        # no spaces: "Field(name='x',type=<class 'int'>,...)"
        parts = ['%s=%r' % (name, getattr(self, name)) for name in _FIELD_REPR_ORDER]
        parts.append('_field_type=%s' % (self._field_type,))
        return 'Field(' + ','.join(parts) + ')'

    # The Field object is what the class body holds, so it is what gets __set_name__; a
    # default that is a descriptor needs it passed on.
    def __set_name__(self, owner, name):
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)

    if types.GenericAlias is not None:
        __class_getitem__ = classmethod(types.GenericAlias)


_FIELD_REPR_ORDER = ('name', 'type', 'default', 'default_factory', 'init', 'repr', 'hash',
                     'compare', 'metadata', 'kw_only')


class _DataclassParams:
    """The arguments given to @dataclass, kept as the class's __dataclass_params__."""

    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        parts = ['%s=%r' % (name, getattr(self, name)) for name in self.__slots__]
        return '_DataclassParams(' + ','.join(parts) + ')'


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Describe one field of a dataclass, as the value assigned to its annotated name.

    default: the value when __init__ gets none; default_factory: a function of no arguments
    called for each new instance instead (for lists, dicts ...; not both). init, repr,
    compare: whether the field is a parameter of __init__, shown by repr, compared by
    __eq__ and the ordering methods. hash: whether it is part of the hash (None: same as
    compare). metadata: any mapping, kept read-only in Field.metadata for other tools.
    kw_only: make it a keyword-only parameter of __init__."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _fields_in_init_order(fields):
    # The parameters of __init__: (positional fields, keyword-only fields).
    return (tuple(f for f in fields if f.init and not f.kw_only),
            tuple(f for f in fields if f.init and f.kw_only))


def _tuple_str(obj_name, fields):
    # Source text of a tuple of the named fields of obj_name: "(self.x,self.y,)".
    if not fields:
        return '()'
    return '(%s,)' % ','.join('%s.%s' % (obj_name, f.name) for f in fields)


# ---------------------------------------------------------------------------------------------
# Making functions from source text

def _create_fn(name, args, body, *, globals=None, locals=None, return_type=MISSING):
    """Compile `def name(args): body` and return the function.

    The names in `locals` (defaults, types, helpers) are parameters of an outer function
    that returns the new one, so the new function sees them as closure variables."""
    if locals is None:
        locals = {}
    return_annotation = ''
    if return_type is not MISSING:
        locals['__dataclass_return_type__'] = return_type
        return_annotation = '->__dataclass_return_type__'
    args = ','.join(args)
    body = '\n'.join('  %s' % b for b in body)

    txt = ' def %s(%s)%s:\n%s' % (name, args, return_annotation, body)

    local_vars = ', '.join(locals.keys())
    txt = "def __create_fn__(%s):\n%s\n return %s" % (local_vars, txt, name)
    ns = {}
    exec(txt, globals, ns)
    return ns['__create_fn__'](**locals)


def _field_assign(frozen, name, value, self_name):
    # The statement storing a field. A frozen class's own __setattr__ refuses, so its
    # __init__ goes around it with object.__setattr__.
    if frozen:
        return '__dataclass_builtins_object__.__setattr__(%s,%r,%s)' % (self_name, name, value)
    return '%s.%s=%s' % (self_name, name, value)


def _field_init(f, frozen, globals, self_name, slots):
    # The statement of __init__ that sets field f, or None.
    dflt = '_dflt_' + f.name
    has_factory = f.default_factory is not MISSING
    has_default = f.default is not MISSING
    # The generated code reaches defaults and factories through globals named _dflt_<name>;
    # register them first, even for an InitVar whose default the def line still needs.
    if has_factory:
        globals[dflt] = f.default_factory
    elif has_default and (f.init or slots):
        globals[dflt] = f.default

    if has_factory and f.init:
        # the argument when one was passed, else a fresh value from the factory
        expr = f'{dflt}() if {f.name} is _HAS_DEFAULT_FACTORY else {f.name}'
    elif has_factory:
        expr = dflt + '()'          # not a parameter: always call the factory
    elif f.init:
        expr = f.name
    elif slots and has_default:
        # slots remove the class attribute holding the default, so store it per instance
        expr = dflt
    else:
        # the class attribute (the default) shows through, or the attribute stays unset
        return None
    if f._field_type is _FIELD_INITVAR:
        return None                 # only handed on to __post_init__, never stored
    return _field_assign(frozen, f.name, expr, self_name)


def _init_param(f):
    # The field's parameter in the def line: "x:_type_x" or "x:_type_x=_dflt_x".
    text = f'{f.name}:_type_{f.name}'
    if f.default is not MISSING:
        text += '=_dflt_' + f.name
    elif f.default_factory is not MISSING:
        # a sentinel: __init__ calls the factory when no argument replaced it
        text += '=_HAS_DEFAULT_FACTORY'
    return text


def _init_fn(fields, std_fields, kw_only_fields, frozen, has_post_init, self_name, globals,
             slots):
    # A positional parameter without a default may not follow one with a default.
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError('non-default argument %r follows default argument'
                                % (f.name,))

    locals = {'_type_%s' % f.name: f.type for f in fields}
    locals.update({
        'MISSING': MISSING,
        '_HAS_DEFAULT_FACTORY': _HAS_DEFAULT_FACTORY,
        '__dataclass_builtins_object__': object,
    })

    body_lines = []
    for f in fields:
        line = _field_init(f, frozen, locals, self_name, slots)
        if line:
            body_lines.append(line)

    if has_post_init:
        params_str = ','.join(f.name for f in fields if f._field_type is _FIELD_INITVAR)
        body_lines.append('%s.%s(%s)' % (self_name, _POST_INIT_NAME, params_str))

    if not body_lines:
        body_lines = ['pass']

    _init_params = [_init_param(f) for f in std_fields]
    if kw_only_fields:
        _init_params += ['*']
        _init_params += [_init_param(f) for f in kw_only_fields]
    return _create_fn('__init__', [self_name] + _init_params, body_lines, locals=locals,
                      globals=globals, return_type=None)


# Threads and nesting that are inside a dataclass __repr__ right now: (id(obj), thread).
_repr_running = set()


def _recursive_repr(user_function):
    # Decorator to make a repr function return "..." for a recursive call.
    try:
        from _thread import get_ident
    except ImportError:
        def get_ident():
            return 0

    def wrapper(self):
        key = id(self), get_ident()
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            result = user_function(self)
        finally:
            _repr_running.discard(key)
        return result
    wrapper.__name__ = user_function.__name__
    wrapper.__qualname__ = user_function.__qualname__
    wrapper.__doc__ = user_function.__doc__
    wrapper.__wrapped__ = user_function
    return wrapper


def _repr_fn(fields, globals):
    fn = _create_fn('__repr__',
                    ('self',),
                    ['return self.__class__.__qualname__ + f"(' +
                     ', '.join(['%s={self.%s!r}' % (f.name, f.name) for f in fields]) +
                     ')"'],
                    globals=globals)
    return _recursive_repr(fn)


def _frozen_get_del_attr(cls, fields, globals):
    # A frozen class refuses every set/delete on its own instances, and on subclass
    # instances refuses only its fields (a subclass may add ordinary attributes).
    names = repr(tuple(f.name for f in fields))
    scope = {'cls': cls, 'FrozenInstanceError': FrozenInstanceError}
    guard = f'if type(self) is cls or name in {names}:'

    def make(method, params, verb, call):
        body = (guard,
                ' raise FrozenInstanceError(f"cannot ' + verb + ' field {name!r}")',
                f'super(cls, self).{method}({call})')
        return _create_fn(method, params, body, locals=scope, globals=globals)

    return (make('__setattr__', ('self', 'name', 'value'), 'assign to', 'name, value'),
            make('__delattr__', ('self', 'name'), 'delete', 'name'))


def _cmp_fn(name, op, self_tuple, other_tuple, globals):
    # A comparison method: compare the field tuples ("(self.x,self.y,)" and the same of
    # other) when other is of exactly the same class.
    return _create_fn(name,
                      ('self', 'other'),
                      ['if other.__class__ is self.__class__:',
                       ' return %s%s%s' % (self_tuple, op, other_tuple),
                       'return NotImplemented'],
                      globals=globals)


def _hash_fn(fields, globals):
    self_tuple = _tuple_str('self', fields)
    return _create_fn('__hash__',
                      ('self',),
                      ['return hash(%s)' % self_tuple],
                      globals=globals)


# ---------------------------------------------------------------------------------------------
# Recognizing ClassVar, InitVar and KW_ONLY annotations

def _is_classvar(a_type, typing):
    return (a_type is typing.ClassVar
            or getattr(a_type, '__origin__', None) is typing.ClassVar)


def _is_initvar(a_type, dataclasses):
    return (a_type is dataclasses.InitVar or type(a_type) is dataclasses.InitVar)


def _is_kw_only(a_type, dataclasses):
    return a_type is dataclasses.KW_ONLY


def _string_annotation_names(annotation):
    """For a string annotation like 'typing.ClassVar[int]': ('typing', 'ClassVar').

    (None, 'ClassVar') when there is no module prefix; None when the text does not start
    with a dotted name."""
    text = annotation.strip()
    end = 0
    while end < len(text) and (text[end].isalnum() or text[end] in '_.'):
        end += 1
    dotted = text[:end]
    if not dotted or (end < len(text) and text[end] not in '[ '):
        if end != len(text):
            return None
    parts = dotted.split('.')
    if len(parts) == 1:
        return None, parts[0]
    if len(parts) == 2:
        return parts[0], parts[1]
    return None


def _is_type(annotation, cls, a_module, a_type, is_type_predicate):
    # For string annotations (from __future__ import annotations): does "ClassVar[int]",
    # "typing.ClassVar[int]", "InitVar[int]" ... name a_type, looking the names up in the
    # module that defined cls?
    names = _string_annotation_names(annotation)
    if names is None:
        return False
    module_name, name = names
    ns = None
    module = sys.modules.get(cls.__module__)
    if module_name is None:
        # a bare name: as imported into cls's module
        if module is not None:
            ns = module.__dict__
    else:
        # module.name: the module as imported into cls's module
        if module is not None and module.__dict__.get(module_name) is a_module:
            ns = a_module.__dict__
    if ns is not None and is_type_predicate(ns.get(name), a_module):
        return True
    return False


def _get_field(cls, a_name, a_type, default_kw_only):
    # The Field for annotation `a_name: a_type` of cls: from the field() assigned to the
    # name, or made from the plain default. Its _field_type says whether it is a real field,
    # a ClassVar (not a field at all) or an InitVar (only an argument of __init__).
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if (types.MemberDescriptorType is not None
                and isinstance(default, types.MemberDescriptorType)):
            # the slot of a name listed in __slots__ is not a default value
            default = MISSING
        f = field(default=default)

    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD

    # A program that never imported typing cannot have written ClassVar.

    typing = sys.modules.get('typing')
    if typing:
        if (_is_classvar(a_type, typing)
                or (isinstance(f.type, str)
                    and _is_type(f.type, cls, typing, typing.ClassVar, _is_classvar))):
            f._field_type = _FIELD_CLASSVAR

    if f._field_type is _FIELD:
        dataclasses = sys.modules[__name__]
        if (_is_initvar(a_type, dataclasses)
                or (isinstance(f.type, str)
                    and _is_type(f.type, cls, dataclasses, dataclasses.InitVar,
                                 _is_initvar))):
            f._field_type = _FIELD_INITVAR

    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError('field %s cannot have a default factory' % (f.name,))

    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    elif f.kw_only is not MISSING:
        raise TypeError('field %s is a ClassVar but specifies kw_only' % (f.name,))

    # A default that would be shared by every instance and is mutable (list, dict, set ...)
    # is refused; unhashable types are taken to be the mutable ones.
    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError('mutable default %s for field %s is not allowed: use default_factory'
                         % (type(f.default), f.name))
    return f


def _set_qualname(cls, value):
    # Generated methods are named after their class ("Point.__init__"), which is what error
    # messages about their arguments show.
    if isinstance(value, types.FunctionType):
        value.__qualname__ = "%s.%s" % (cls.__qualname__, value.__name__)
    return value


def _set_new_attribute(cls, name, value):
    # Adds a method unless the class body defined one; True when it did.
    already = name in cls.__dict__
    if not already:
        setattr(cls, name, _set_qualname(cls, value))
    return already


# ---------------------------------------------------------------------------------------------
# __hash__: what to do for each combination of unsafe_hash, eq, frozen and an explicit
# __hash__ in the class body

def _hash_set_none(cls, fields, globals):
    return None                     # __hash__ = None: instances unhashable


def _hash_add(cls, fields, globals):
    # field(hash=None) means "hash it when it takes part in comparisons"
    hashed = [f for f in fields if f.hash or (f.hash is None and f.compare)]
    return _set_qualname(cls, _hash_fn(hashed, globals))


def _hash_exception(cls, fields, globals):
    raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')


# Keyed by (unsafe_hash, eq, frozen, the class body defined __hash__). Without unsafe_hash,
# an eq class gets a hash only when frozen (mutable ones become unhashable, __hash__ None);
# with unsafe_hash it always gets one, and an explicit __hash__ is an error.
_hash_action = {(False, False, False, False): None,
                (False, False, False, True): None,
                (False, False, True, False): None,
                (False, False, True, True): None,
                (False, True, False, False): _hash_set_none,
                (False, True, False, True): None,
                (False, True, True, False): _hash_add,
                (False, True, True, True): None,
                (True, False, False, False): _hash_add,
                (True, False, False, True): _hash_exception,
                (True, False, True, False): _hash_add,
                (True, False, True, True): _hash_exception,
                (True, True, False, False): _hash_add,
                (True, True, False, True): _hash_exception,
                (True, True, True, False): _hash_add,
                (True, True, True, True): _hash_exception,
                }


# ---------------------------------------------------------------------------------------------
# The decorator

def _collect_base_fields(cls):
    """The fields inherited from dataclass bases, and whether those bases are frozen.

    Bases are visited from the root of the MRO down, so that a subclass redefining a field
    replaces it in place: the field keeps its first position."""
    fields = {}
    any_frozen_base = False
    all_frozen_bases = None         # None: there is no dataclass base
    for base in reversed(cls.__mro__[1:]):
        base_fields = getattr(base, _FIELDS, None)
        if base_fields is None:
            continue
        fields.update((f.name, f) for f in base_fields.values())
        frozen_base = getattr(base, _PARAMS).frozen
        any_frozen_base = any_frozen_base or frozen_base
        all_frozen_bases = frozen_base if all_frozen_bases is None else (
            all_frozen_bases and frozen_base)
    return fields, any_frozen_base, all_frozen_bases


def _own_fields(cls, kw_only):
    """The Field of each annotation in the class body itself, in order."""
    annotations = cls.__dict__.get('__annotations__', {})
    dataclasses = sys.modules[__name__]
    own = []
    kw_only_seen = False
    for name, a_type in annotations.items():
        is_marker = (_is_kw_only(a_type, dataclasses)
                     or (isinstance(a_type, str)
                         and _is_type(a_type, cls, dataclasses, KW_ONLY, _is_kw_only)))
        if is_marker:
            # `_: KW_ONLY`: not a field; the fields after it are keyword-only
            if kw_only_seen:
                raise TypeError('%r is KW_ONLY, but KW_ONLY has already been specified'
                                % (name,))
            kw_only_seen = True
            kw_only = True
        else:
            own.append(_get_field(cls, name, a_type, kw_only))

    # What is left as the class attribute is the plain default, not the Field object (and
    # nothing at all for a field() without a default).
    for f in own:
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError('%r is a field but has no type annotation' % (name,))
    return own


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                   slots, weakref_slot):
    """What @dataclass does to cls: collect its fields, add the methods, return the class."""
    # Generated code runs with the globals of the class's module.
    module = sys.modules.get(cls.__module__)
    globals = module.__dict__ if module is not None else {}

    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    fields, any_frozen_base, all_frozen_bases = _collect_base_fields(cls)
    for f in _own_fields(cls, kw_only):
        fields[f.name] = f

    if all_frozen_bases is not None:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not all_frozen_bases and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, fields)

    # A class body that defines __eq__ but not __hash__ gets __hash__ = None from the class
    # statement: that does not count as a __hash__ of its own.
    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING
                             or (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    # __init__'s parameters: real fields and InitVars (ClassVars are not fields).
    all_init_fields = [f for f in fields.values()
                       if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields, kw_only_init_fields = _fields_in_init_order(all_init_fields)

    if init:
        # a field named "self" needs the instance parameter to have another name
        self_name = '__dataclass_self__' if 'self' in fields else 'self'
        _set_new_attribute(cls, '__init__',
                           _init_fn(all_init_fields, std_init_fields, kw_only_init_fields,
                                    frozen, hasattr(cls, _POST_INIT_NAME), self_name,
                                    globals, slots))

    field_list = [f for f in fields.values() if f._field_type is _FIELD]

    if repr:
        shown = [f for f in field_list if f.repr]
        _set_new_attribute(cls, '__repr__', _repr_fn(shown, globals))

    compared = [f for f in field_list if f.compare]
    self_tuple = _tuple_str('self', compared)
    other_tuple = _tuple_str('other', compared)
    if eq:
        # (!= uses __eq__ and negates it)
        _set_new_attribute(cls, '__eq__', _cmp_fn('__eq__', '==', self_tuple, other_tuple,
                                                  globals=globals))
    if order:
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'),
                         ('__ge__', '>=')):
            if _set_new_attribute(cls, name,
                                  _cmp_fn(name, op, self_tuple, other_tuple, globals=globals)):
                raise TypeError('Cannot overwrite attribute %s in class %s. Consider using '
                                'functools.total_ordering' % (name, cls.__name__))

    if frozen:
        for fn in _frozen_get_del_attr(cls, field_list, globals):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError('Cannot overwrite attribute %s in class %s'
                                % (fn.__name__, cls.__name__))

    hash_action = _hash_action[bool(unsafe_hash), bool(eq), bool(frozen), has_explicit_hash]
    if hash_action:
        cls.__hash__ = hash_action(cls, field_list, globals)

    if not getattr(cls, '__doc__'):
        # the class's signature: "Point(x: int, y: int = 0)"
        try:
            cls.__doc__ = cls.__name__ + _signature_text(std_init_fields, kw_only_init_fields)
        except (TypeError, ValueError):
            cls.__doc__ = ''

    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in std_init_fields))

    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot, field_list, globals)

    # a method defined by the decorator may implement an abstract one
    abc.update_abstractmethods(cls)
    return cls


def _format_annotation(annotation):
    # The annotation as inspect.signature() shows it.
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if types.GenericAlias is not None and isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


def _signature_text(std_fields, kw_only_fields):
    # "(x: int, y: int = 0)": the signature of the class (its __init__ without self).
    def param(f):
        text = '%s: %s' % (f.name, _format_annotation(f.type))
        if f.default is not MISSING:
            text += ' = %r' % (f.default,)
        elif f.default_factory is not MISSING:
            text += ' = <factory>'
        return text
    parts = [param(f) for f in std_fields]
    if kw_only_fields:
        parts.append('*')
        parts.extend(param(f) for f in kw_only_fields)
    return '(' + ', '.join(parts) + ')'


def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)     # the class may be frozen


def _slots_of(cls):
    """The instance attribute names a base class already provides."""
    slots = cls.__dict__.get('__slots__')
    if slots is None:
        # a class without __slots__ gives its instances a __dict__ (and weak references)
        return ('__dict__', '__weakref__') if cls is not object else ()
    if isinstance(slots, str):
        return (slots,)
    return tuple(slots)


def _add_slots(cls, is_frozen, weakref_slot, field_list, globals):
    """A copy of cls with __slots__ for its fields (a class's slots are fixed when it is
    created, so this is a new class)."""
    if '__slots__' in cls.__dict__:
        raise TypeError('%s already specifies __slots__' % (cls.__name__,))

    namespace = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(_slots_of(base))
    wanted = field_names + (('__weakref__',) if weakref_slot else ())
    namespace['__slots__'] = tuple(name for name in wanted if name not in inherited)
    # The defaults become slots; the old class's __dict__/__weakref__ descriptors go.
    for name in field_names + ('__dict__', '__weakref__'):
        namespace.pop(name, None)

    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, namespace)
    if qualname is not None:
        cls.__qualname__ = qualname

    if is_frozen:
        # The frozen __setattr__/__delattr__ name their class: make them for the new one.
        for fn in _frozen_get_del_attr(cls, field_list, globals):
            _set_qualname(cls, fn)
            setattr(cls, fn.__name__, fn)
        # pickle needs these without a __dict__
        if '__getstate__' not in namespace:
            cls.__getstate__ = _dataclass_getstate
        if '__setstate__' not in namespace:
            cls.__setstate__ = _dataclass_setstate
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Turn a class with annotated fields into a dataclass: add __init__, __repr__, __eq__.

    Used as @dataclass or @dataclass(options). Options: init, repr, eq (add those methods,
    default on); order (add < <= > >=); unsafe_hash (add __hash__ even when not frozen);
    frozen (instances refuse assignment, and get a __hash__); match_args (add
    __match_args__ for match statements); kw_only (every field keyword-only in __init__);
    slots (give the class __slots__; a new class is returned); weakref_slot (with slots,
    keep weak references possible)."""

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots, weakref_slot)

    if cls is None:
        return wrap         # @dataclass(...)
    return wrap(cls)        # @dataclass


def fields(class_or_instance):
    """The Field objects of a dataclass (or of an instance of one), in order.

    ClassVar and InitVar pseudo-fields are left out."""
    try:
        all_fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in all_fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """True for a dataclass and for an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _deepcopy(obj):
    try:
        import copy
    except ImportError:
        return obj
    return copy.deepcopy(obj)


def _convert(obj, make_container):
    """obj with every dataclass instance inside it (in lists, tuples, dicts, named tuples)
    replaced by make_container(values), and everything else deep-copied."""
    if _is_dataclass_instance(obj):
        return make_container(obj, [(f.name, _convert(getattr(obj, f.name), make_container))
                                    for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        # a named tuple takes its items as separate arguments
        return type(obj)(*[_convert(v, make_container) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(v, make_container) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_convert(k, make_container), _convert(v, make_container))
                         for k, v in obj.items())
    return _deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """A dataclass instance as a new dict {field name: value}, recursively.

    Dataclass instances inside the values (also inside lists, tuples and dicts) become dicts
    too; other values are deep copies. dict_factory receives a list of (name, value) pairs
    and makes the mapping (dict by default)."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _convert(obj, lambda instance, pairs: dict_factory(pairs))


def astuple(obj, *, tuple_factory=tuple):
    """A dataclass instance as a new tuple of its field values, recursively.

    Like asdict(), with tuples; tuple_factory receives the list of values."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _convert(obj, lambda instance, pairs: tuple_factory([v for _, v in pairs]))


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False):
    """Create a dataclass named cls_name without a class statement.

    fields lists the fields, each a name (annotated 'typing.Any'), a (name, type) pair or a
    (name, type, field(...)) triple. bases and namespace are the base classes and extra
    class attributes; the other options are those of @dataclass."""
    extra = {} if namespace is None else namespace

    # annotations keep the given order; dict membership also catches duplicates
    annotations = {}
    field_specs = {}
    for item in fields:
        if isinstance(item, str):
            item = (item, 'typing.Any')
        if len(item) not in (2, 3):
            raise TypeError(f'Invalid field: {item!r}')
        name, tp = item[0], item[1]
        if len(item) == 3:
            field_specs[name] = item[2]
        if not (isinstance(name, str) and name.isidentifier()):
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if keyword.iskeyword(name):
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in annotations:
            raise TypeError(f'Field name duplicated: {name!r}')
        annotations[name] = tp

    def exec_body(ns):
        ns.update(extra)
        ns.update(field_specs)
        ns['__annotations__'] = annotations

    # new_class, not type(): bases may be generic aliases (Generic[T]) with __mro_entries__
    cls = types.new_class(cls_name, bases, {}, exec_body)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """A new instance of obj's dataclass with the given fields changed, the others copied.

    The new instance is made by calling the class, so __init__ and __post_init__ run.
    Fields with init=False cannot be changed; InitVars without a default must be given."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")

    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field %s is declared with init=False, it cannot be '
                                 'specified with replace()' % (f.name,))
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError("InitVar %r must be specified with replace()" % (f.name,))
            changes[f.name] = getattr(obj, f.name)
    # unknown names in changes fail in the call, as for any __init__
    return obj.__class__(**changes)
