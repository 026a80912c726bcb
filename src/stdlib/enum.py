"""Enumerations: sets of symbolic names (members) bound to unique values.

    class Color(Enum):
        RED = 1
        GREEN = 2

Color.RED is a member: an instance of Color with name 'RED' and value 1. The class can be
iterated, indexed by name (Color['RED']) and called with a value (Color(1)).

How it works:
- EnumType (the metaclass) has a __prepare__ that gives the class body an _EnumDict: a dict that
  notices each plain assignment (`RED = 1`) and records it as a member, computes auto() values,
  and rejects reused names. Methods, properties and other descriptors, _sunder_ settings and
  __dunder__ names are ordinary class attributes.
- EnumType.__new__ takes the members out of the namespace, creates the class, then creates one
  instance per member (with the data type's __new__ for IntEnum and friends, or the class's own
  __new__), and records them: _member_names_ (definition order, no aliases), _member_map_
  (name -> member, aliases included) and _value2member_map_ (value -> member).
- After that, calling the class looks a value up (Enum.__new__) instead of creating anything;
  _missing_ gets a chance at values that are not found.
- Flag members combine with | & ^ ~; combinations that are not members themselves are made on
  demand by Flag._missing_ and cached.

This module was written for pygil from the documented behaviour of CPython 3.11's enum.
"""

import sys
from types import MappingProxyType, DynamicClassAttribute

__all__ = [
        'EnumType', 'EnumMeta',
        'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
        'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
        'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
        'global_flag_repr', 'global_enum_repr', 'global_str', 'global_enum',
        'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE',
        'pickle_by_global_name', 'pickle_by_enum_name',
        ]

# These are bound once the classes are defined; EnumType.__new__ checks them to know whether
# it is making one of the base classes themselves.
Enum = Flag = EJECT = KEEP = _stdlib_enums = ReprEnum = None


# ---------------------------------------------------------------------------------------------
# Small helpers

def _is_descriptor(obj):
    """Methods, properties and the like: class attributes that are not members."""
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__'))


def _is_dunder(name):
    """__name__ style: two underscores on each side."""
    return (len(name) > 4 and name[:2] == name[-2:] == '__'
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    """_name_ style: one underscore on each side (reserved for enum settings)."""
    return (len(name) > 2 and name[0] == name[-1] == '_'
            and name[1:2] != '_' and name[-2:-1] != '_')


def _is_internal_class(cls_name, obj):
    # a class defined inside the enum body (for example a nested Enum) is not a member
    if not isinstance(obj, type):
        return False
    qualname = getattr(obj, '__qualname__', '')
    s_pattern = cls_name + '.' + getattr(obj, '__name__', '')
    e_pattern = '.' + s_pattern
    return qualname == s_pattern or qualname.endswith(e_pattern)


def _is_private(cls_name, name):
    # a name mangled as _ClassName__name
    pattern = '_%s__' % (cls_name,)
    pat_len = len(pattern)
    return (len(name) > pat_len and name.startswith(pattern)
            and name[pat_len:pat_len + 1] != '_' and (name[-1] != '_' or name[-2] != '_'))


def _is_single_bit(num):
    """Is num a power of two?"""
    if num == 0:
        return False
    return num & (num - 1) == 0


def _iter_bits_lsb(num):
    # the single-bit values in num, lowest first
    while num:
        b = num & (~num + 1)
        yield b
        num ^= b


def _bit_count(num):
    count = 0
    while num:
        num &= num - 1
        count += 1
    return count


def _high_bit(value):
    """The position of the top bit of value (-1 for 0)."""
    return value.bit_length() - 1


def _show_bits(num, max_bits=None):
    """Like bin(), with a sign bit and padded to max_bits: bin(5, 4) == '0b0 0101'."""
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        s = bin(num + ceiling).replace('1', '0', 1)
    else:
        s = bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if max_bits is not None:
        if len(digits) < max_bits:
            digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return "%s %s" % (sign, digits)


def _dedent(text):
    lines = text.split('\n')
    for i, ch in enumerate(lines[0]):
        if ch != ' ':
            break
    else:
        i = 0
    for j, line in enumerate(lines):
        lines[j] = line[i:]
    return '\n'.join(lines)


class _not_given:
    def __repr__(self):
        return '<not given>'


_not_given = _not_given()


class _auto_null:
    def __repr__(self):
        return '_auto_null'


_auto_null = _auto_null()


class auto:
    """A placeholder for a member value: `RED = auto()` gets the class's next value
    (1, 2, 3 ... for Enum, powers of two for Flag, the lower-cased name for StrEnum)."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


class property(DynamicClassAttribute):
    """A property of enum members that, looked up on the class, gives the member of that
    name instead: so a member may be called `name` or `value` without hiding
    member.name and member.value."""

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            name = self._attr_name()
            try:
                return ownerclass._member_map_[name]
            except KeyError:
                raise AttributeError(name) from None
        if self.fget is None:
            raise AttributeError(
                '%r member has no attribute %r' % (type(instance).__name__, self._attr_name()))
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("<enum %r> cannot set attribute %r"
                                 % (self.clsname, self._attr_name()))
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("<enum %r> cannot delete attribute %r"
                                 % (self.clsname, self._attr_name()))
        self.fdel(instance)

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__

    def _attr_name(self):
        name = self.__dict__.get('name')
        if name is None and self.fget is not None:
            name = self.fget.__name__
        return name


class member:
    """Wrap a value in the class body to make it a member even if it is a function or
    other descriptor."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Wrap a value in the class body to keep it a plain class attribute."""

    def __init__(self, value):
        self.value = value


# ---------------------------------------------------------------------------------------------
# The class body's namespace

_SUNDER_NAMES = ('_order_', '_generate_next_value_', '_numeric_repr_', '_missing_',
                 '_ignore_', '_iter_member_', '_iter_member_by_value_',
                 '_iter_member_by_def_')


class _EnumDict(dict):
    """The namespace of an enum class body: records which names are members, in order."""

    def __init__(self):
        super().__init__()
        self._member_names = {}     # a dict keeps insertion order and finds names fast
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._cls_name = None
        self._generate_next_value = None

    def __setitem__(self, key, value):
        if self._cls_name is not None and _is_private(self._cls_name, key):
            pass    # _Color__secret: a private class attribute
        elif _is_sunder(key):
            if key not in _SUNDER_NAMES:
                raise ValueError('_sunder_ names, such as %r, are reserved for future Enum use'
                                 % (key,))
            if key == '_generate_next_value_':
                # earlier auto() values were computed with the inherited function
                if self._auto_called:
                    raise TypeError("_generate_next_value_ must be defined before members")
                gnv = value.__func__ if isinstance(value, staticmethod) else value
                self._generate_next_value = gnv
            elif key == '_ignore_':
                if isinstance(value, str):
                    value = value.replace(',', ' ').split()
                else:
                    value = list(value)
                self._ignore = value
                already = set(value) & set(self._member_names)
                if already:
                    raise ValueError('_ignore_ cannot specify already set names: %r'
                                     % (already,))
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            # a member defined twice, or redefined by a method
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value):
            pass
        elif self._cls_name is not None and _is_internal_class(self._cls_name, value):
            pass
        else:
            if key in self:
                # a method (or other attribute) redefined as a member
                raise TypeError('%r already defined as %r' % (key, self[key]))
            elif isinstance(value, member):
                value = value.value
            if isinstance(value, auto):
                # (called from here, so that a warning from _generate_next_value_ with
                # stacklevel=3 points at the line in the class body)
                if value.value is _auto_null:
                    value.value = self._generate_next_value(
                        key, 1, len(self._member_names), self._last_values[:])
                    self._auto_called = True
                value = value.value
            elif isinstance(value, tuple):
                value = self._auto_in_tuple(key, value)
            self._member_names[key] = None
            self._last_values.append(value)
        super().__setitem__(key, value)

    def _auto_in_tuple(self, key, value):
        """A tuple value with its auto() items replaced by their values."""
        if any(isinstance(v, auto) for v in value):
            parts = []
            for v in value:
                if isinstance(v, auto):
                    if v.value is _auto_null:
                        v.value = self._generate_next_value(
                            key, 1, len(self._member_names), self._last_values[:])
                        self._auto_called = True
                    v = v.value
                parts.append(v)
            return tuple(parts) if type(value) is tuple else type(value)(*parts)
        return value

    def update(self, members=(), **more_members):
        if hasattr(members, 'keys'):
            for name in members.keys():
                self[name] = members[name]
        else:
            for name, value in members:
                self[name] = value
        for name, value in more_members.items():
            self[name] = value


# ---------------------------------------------------------------------------------------------
# The metaclass

class EnumType(type):
    """The metaclass of every enum: builds the members and makes the class a container
    of them."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        # an enum with members cannot be subclassed
        metacls._check_for_existing_members_(cls, bases)
        enum_dict = _EnumDict()
        enum_dict._cls_name = cls
        # auto() uses the _generate_next_value_ of the enum base until the body has its own
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if first_enum is not None:
            enum_dict._generate_next_value = getattr(first_enum, '_generate_next_value_', None)
        return enum_dict

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        # remove the names listed in _ignore_, and _ignore_ itself
        ignore = classdict.get('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        for key in list(ignore) + ['_ignore_']:
            if key in classdict:
                dict.__delitem__(classdict, key)

        member_type, first_enum = metacls._get_mixins_(cls, bases)
        new_member, save_new, use_args = metacls._find_new_(classdict, member_type, first_enum)

        member_names = list(getattr(classdict, '_member_names', ()))
        invalid_names = set(member_names) & {'mro', ''}
        if invalid_names:
            raise ValueError('invalid enum member name(s) %s'
                             % (','.join(repr(n) for n in invalid_names)))
        members = []
        for name in member_names:
            members.append((name, classdict[name]))
            dict.__delitem__(classdict, name)

        order = classdict.pop('_order_', None)
        if isinstance(order, str):
            order = order.replace(',', ' ').split()

        # a plain dict for type.__new__: _EnumDict would treat later keys as members
        namespace = dict(classdict)
        if save_new:
            # the class's own __new__ makes the members; afterwards calling the class looks
            # values up (Enum.__new__), see below
            del namespace['__new__']

        enum_class = super().__new__(metacls, cls, bases, namespace, **kwds)

        setattr_ = type.__setattr__
        setattr_(enum_class, '_new_member_', new_member)
        setattr_(enum_class, '_use_args_', use_args)
        setattr_(enum_class, '_member_names_', [])
        setattr_(enum_class, '_member_map_', {})
        setattr_(enum_class, '_value2member_map_', {})
        setattr_(enum_class, '_unhashable_values_', [])
        setattr_(enum_class, '_member_type_', member_type)
        if Flag is not None and issubclass(enum_class, Flag):
            if boundary is None:
                boundary = getattr(first_enum, '_boundary_', None)
        if boundary is not None or '_boundary_' not in enum_class.__dict__:
            setattr_(enum_class, '_boundary_', boundary)
        if '_value_repr_' not in enum_class.__dict__:
            setattr_(enum_class, '_value_repr_', getattr(first_enum, '_value_repr_', None))

        # Enum's own methods win over the data type's for repr, str, format and pickling
        # (class Foo(int, Enum) finds int's first in its MRO); the ReprEnum family
        # (IntEnum, StrEnum, IntFlag) keeps the data type's str() and format().
        if Enum is not None:
            metacls._choose_dunders_(enum_class, classdict, member_type, first_enum)

        # the members themselves, in definition order
        for name, value in members:
            metacls._add_member_(enum_class, name, value)

        if Flag is not None and issubclass(enum_class, Flag):
            metacls._finish_flag_(enum_class)

        # from now on, calling the class looks members up
        if Enum is not None:
            if save_new:
                setattr_(enum_class, '__new_member__', new_member)
            setattr_(enum_class, '__new__', Enum.__dict__['__new__'])

        if order is not None:
            if order != enum_class._member_names_:
                raise TypeError('member order does not match _order_:\n  %r\n  %r'
                                % (enum_class._member_names_, order))
        return enum_class

    # -- building the class ---------------------------------------------------------------

    @staticmethod
    def _choose_dunders_(enum_class, classdict, member_type, first_enum):
        for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
            if name in classdict:
                continue
            enum_method = getattr(first_enum, name)
            found_method = getattr(enum_class, name)
            object_method = getattr(object, name)
            data_type_method = getattr(member_type, name)
            if found_method in (data_type_method, object_method):
                type.__setattr__(enum_class, name, enum_method)
        if ReprEnum in enum_class.__mro__ and member_type is not object:
            if '__format__' not in classdict:
                type.__setattr__(enum_class, '__format__', member_type.__format__)
            if '__str__' not in classdict:
                method = member_type.__str__
                if method is object.__str__:
                    # int's str() is its repr(); use it, not Enum.__str__
                    method = member_type.__repr__
                type.__setattr__(enum_class, '__str__', method)
        if Flag is not None and issubclass(enum_class, Flag):
            # int's operators come before Flag's in IntFlag's MRO: Flag's must win
            for name in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__',
                         '__invert__'):
                if name not in classdict:
                    type.__setattr__(enum_class, name, Flag.__dict__[name])

    @staticmethod
    def _add_member_(enum_class, name, value):
        member_type = enum_class._member_type_
        if isinstance(value, tuple) and member_type is not tuple:
            args = value
        else:
            args = (value,)
        if not enum_class._use_args_:
            enum_member = enum_class._new_member_(enum_class)
        else:
            enum_member = enum_class._new_member_(enum_class, *args)
        if not hasattr(enum_member, '_value_'):
            if member_type is object:
                enum_member._value_ = value
            else:
                try:
                    enum_member._value_ = member_type(*args)
                except Exception as exc:
                    new_exc = TypeError('_value_ not set in __new__, unable to create it')
                    new_exc.__cause__ = exc
                    raise new_exc
        value = enum_member._value_
        enum_member._name_ = name
        enum_member.__objclass__ = enum_class
        enum_member.__init__(*args)
        enum_member._sort_order_ = len(enum_class._member_names_)

        # an alias: a value that is already a member's
        canonical = None
        try:
            canonical = enum_class._value2member_map_[value]
        except (KeyError, TypeError):
            for existing in enum_class._member_map_.values():
                if existing._value_ == value:
                    canonical = existing
                    break
        if canonical is not None:
            enum_member = canonical
        elif (Flag is None or not issubclass(enum_class, Flag)
              or (isinstance(value, int) and _is_single_bit(value))):
            enum_class._member_names_.append(name)
        # (a Flag member of zero or several bits is reachable by name and value, but it is
        # not iterated over: only the single bits are)

        # the class attribute, unless it would hide an enum.property such as `name`/`value`
        # (that property then returns the member when looked up on the class)
        hidden = False
        for base in enum_class.__mro__[1:]:
            if name in base.__dict__:
                hidden = isinstance(base.__dict__[name], property)
                break
        if not hidden:
            type.__setattr__(enum_class, name, enum_member)
        enum_class._member_map_[name] = enum_member
        try:
            if value not in enum_class._value2member_map_:
                enum_class._value2member_map_[value] = enum_member
        except TypeError:
            enum_class._unhashable_values_.append(value)

    @staticmethod
    def _finish_flag_(enum_class):
        single_bits = 0
        all_values = 0
        for member_ in enum_class._member_map_.values():
            value = member_._value_
            if not isinstance(value, int):
                continue
            if _is_single_bit(value):
                single_bits |= value
            all_values |= value
        type.__setattr__(enum_class, '_singles_mask_', single_bits)
        type.__setattr__(enum_class, '_flag_mask_', all_values)
        type.__setattr__(enum_class, '_all_bits_', 2 ** all_values.bit_length() - 1)

    @classmethod
    def _check_for_existing_members_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError("<enum %r> cannot extend %r" % (class_name, base))

    @classmethod
    def _get_mixins_(mcls, class_name, bases):
        """(the data type of the members, the enum class to inherit from) for these bases."""
        if not bases:
            return object, Enum
        mcls._check_for_existing_members_(class_name, bases)
        # the enum base comes last; a data type such as int may come before it
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        member_type = mcls._find_data_type_(class_name, bases) or object
        return member_type, first_enum

    @classmethod
    def _find_data_type_(mcls, class_name, bases):
        found = set()
        for top in bases:
            # The first plain class seen in this MRO, kept in case a later class turns
            # out to supply the storage (__new__) -- the subclass is the data type then.
            first_plain = None
            for klass in top.__mro__:
                if klass is object:
                    continue
                if isinstance(klass, EnumType):
                    # an enum base brings its own data type, if it has one
                    if klass._member_type_ is not object:
                        found.add(klass._member_type_)
                        break
                    continue
                own = klass.__dict__
                if '__new__' in own or '__dataclass_fields__' in own:
                    found.add(first_plain if first_plain is not None else klass)
                    break
                if first_plain is None:
                    first_plain = klass
        if not found:
            return None
        if len(found) != 1:
            raise TypeError('too many data types for %r: %r' % (class_name, found))
        return next(iter(found))

    @classmethod
    def _find_new_(mcls, classdict, member_type, first_enum):
        """(the function that makes members, whether the class body defined it, whether it
        takes the member's value as arguments)."""
        new_member = classdict.get('__new__', None)
        save_new = first_enum is not None and new_member is not None
        if isinstance(new_member, staticmethod):
            new_member = new_member.__func__
        if new_member is None:
            # an inherited member-making __new__, or the data type's __new__
            for method in ('__new_member__', '__new__'):
                for possible in (member_type, first_enum):
                    target = getattr(possible, method, None)
                    if target not in {None, None.__new__, object.__new__,
                                      Enum.__new__ if Enum is not None else None}:
                        new_member = target
                        break
                if new_member is not None:
                    break
            else:
                new_member = object.__new__
        if new_member is object.__new__:
            use_args = False
        else:
            use_args = True
        return new_member, save_new, use_args

    # -- the class as a container of members ----------------------------------------------

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        """Color(1) looks the value 1 up among the members; Enum('Color', 'RED GREEN')
        creates a new enum class (the functional API)."""
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def __contains__(cls, member):
        """member in Color: only members may be asked about (in 3.11)."""
        if not isinstance(member, Enum):
            import warnings
            darn = ("in 3.12 __contains__ will no longer raise TypeError, but will return "
                    "True or\nFalse depending on whether the value is a member or the value "
                    "of a member")
            warnings.warn(darn, DeprecationWarning, stacklevel=2)
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        interesting = set(['__class__', '__contains__', '__doc__', '__getitem__',
                           '__iter__', '__len__', '__members__', '__module__', '__name__',
                           '__qualname__', '__init_subclass__'] + cls._member_names_)
        if cls._new_member_ is not object.__new__:
            interesting.add('__new__')
        if cls._member_type_ is object:
            return sorted(interesting)
        return sorted(set(dir(cls._member_type_)) | interesting)

    def __getitem__(cls, name):
        """Color['RED']: the member (or alias) of that name."""
        return cls._member_map_[name]

    def __iter__(cls):
        """The members in the order they were defined, without aliases."""
        return (cls._member_map_[name] for name in cls._member_names_)

    def __len__(cls):
        """How many members (aliases not counted)."""
        return len(cls._member_names_)

    @DynamicClassAttribute
    def __members__(cls):
        """A read-only mapping {name: member} of every member, aliases included."""
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __reversed__(cls):
        """The members, last defined first."""
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __bool__(cls):
        """An enum class is true even when it has no members."""
        return True

    def __setattr__(cls, name, value):
        """Members cannot be rebound; other class attributes can."""
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        """The functional API: a new enum class named class_name.

        names is a string of names separated by spaces or commas, or a list of names (both
        numbered from `start` by the class's _generate_next_value_), or a list of
        (name, value) pairs, or a mapping from names to values."""
        meta = cls.__class__
        new_bases = (cls,) if type is None else (type, cls)
        first_enum = cls._get_mixins_(class_name, new_bases)[1]
        body = meta.__prepare__(class_name, new_bases)

        if isinstance(names, str):
            # "A B C" and "A, B, C" both name three members
            names = names.replace(',', ' ').split()
        if isinstance(names, dict) or hasattr(names, 'keys'):
            pairs = [(key, names[key]) for key in names]
        else:
            names = list(names)
            if names and isinstance(names[0], str):
                # bare names: values come from _generate_next_value_, as auto() would
                pairs = []
                so_far = []
                for index, member_name in enumerate(names):
                    member_value = first_enum._generate_next_value_(
                            member_name, start, index, list(so_far))
                    so_far.append(member_value)
                    pairs.append((member_name, member_value))
            else:
                pairs = [tuple(item) for item in names]
        for member_name, member_value in pairs:
            body[member_name] = member_value

        # The module is the caller's: _create_ <- __call__ <- the caller.
        if module is None:
            try:
                module = sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        if module is not None:
            body['__module__'] = module
        if qualname is not None:
            body['__qualname__'] = qualname

        return meta.__new__(meta, class_name, new_bases, body, boundary=boundary)


EnumMeta = EnumType


# ---------------------------------------------------------------------------------------------
# The base classes

class Enum(metaclass=EnumType):
    """The base class of enumerations.

        class Color(Enum):
            RED = 1
            GREEN = 2

    Color.RED is <Color.RED: 1>; Color(1) and Color['RED'] find it; list(Color) and
    len(Color) see the members in definition order. An enum class may define methods, and
    its members may carry more attributes (set in __init__ or __new__)."""

    def __new__(cls, value):
        # Members are made when the class is created; afterwards this looks them up
        # (Color(3), and pickle).
        if type(value) is cls:
            return value    # Color(Color.RED)
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            # an unhashable value: compare with each member
            for member_ in cls._member_map_.values():
                if member_._value_ == value:
                    return member_
        # not a member's value: the class's _missing_ may still find or make one
        try:
            exc = None
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        try:
            if isinstance(result, cls):
                return result
            elif (Flag is not None and issubclass(cls, Flag)
                    and cls._boundary_ is EJECT and isinstance(result, int)):
                return result
            else:
                ve_exc = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
                if result is None and exc is None:
                    raise ve_exc
                elif exc is None:
                    exc = TypeError('error in %s._missing_: returned %r instead of None or a '
                                    'valid member' % (cls.__name__, result))
                if not isinstance(exc, ValueError):
                    exc.__context__ = ve_exc
                raise exc
        finally:
            # drop the references to the exceptions (they hold frames)
            exc = None
            ve_exc = None

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """The value of an auto() member: one more than the last value (start for the first
        member). Called with the member's name, the start value, the number of members so
        far and a list of their values."""
        if not last_values:
            return start
        try:
            last = last_values[-1]
            last_values.sort()
            if last == last_values[-1]:
                return last + 1
            # The last value is not the largest: 3.13 will change the answer, 3.11 warns.
            raise TypeError
        except TypeError:
            import warnings
            warnings.warn(
                    "In 3.13 the default `auto()`/`_generate_next_value_` will require all "
                    "values to be sortable and support adding +1\n"
                    "and the value returned will be the largest value in the enum "
                    "incremented by 1",
                    DeprecationWarning,
                    stacklevel=3,
                    )
            # the newest value that can be incremented wins
            index = len(last_values)
            while index:
                index -= 1
                try:
                    return last_values[index] + 1
                except TypeError:
                    continue
            return start

    @classmethod
    def _missing_(cls, value):
        # hook for subclasses: no fallback lookup by default
        return None

    def __repr__(self):
        klass = type(self)
        show = klass._value_repr_ or repr
        return "<{}.{}: {}>".format(klass.__name__, self._name_, show(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __dir__(self):
        """The attributes worth showing: the data type's, name, value and public methods."""
        if self.__class__._member_type_ is object:
            interesting = set(['__class__', '__doc__', '__eq__', '__hash__', '__module__',
                               'name', 'value'])
        else:
            interesting = set(object.__dir__(self))
        interesting.update(n for n in getattr(self, '__dict__', ()) if not n.startswith('_'))
        members = self._member_map_
        for klass in type(self).mro():
            for attr, thing in klass.__dict__.items():
                if attr.startswith('_'):
                    continue
                # a member's name is not an attribute of the member, unless a real
                # property of that name exists (members are stored as getter-less ones)
                is_member_slot = (attr in members
                                  and (not isinstance(thing, property) or thing.fget is None))
                if is_member_slot:
                    if isinstance(thing, property):
                        interesting.discard(attr)
                else:
                    interesting.add(attr)
        interesting |= {'__class__', '__doc__', '__eq__', '__hash__', '__module__'}
        return sorted(interesting)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_, )

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The member's name in the class body."""
        return self._name_

    @property
    def value(self):
        """The member's value."""
        return self._value_


class ReprEnum(Enum):
    """An enum whose str() and format() are those of its data type (IntEnum, StrEnum,
    IntFlag); only repr() shows the member."""


class IntEnum(int, ReprEnum):
    """An enum whose members are ints and work wherever an int does."""


class StrEnum(str, ReprEnum):
    """An enum whose members are strs and work wherever a str does."""

    def __new__(cls, *values):
        # Same arguments as str(object, encoding, errors), but a lone value must
        # already be a str (no silent str(42)).
        count = len(values)
        if count > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if count == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        if count > 1 and not isinstance(values[1], str):
            raise TypeError('encoding must be a string, not %r' % (values[1],))
        if count > 2 and not isinstance(values[2], str):
            raise TypeError('errors must be a string, not %r' % values[2])
        text = str(*values)
        member = str.__new__(cls, text)
        member._value_ = text
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """auto() in a StrEnum: the member's name in lower case."""
        return name.lower()


def pickle_by_global_name(self, proto):
    return self.name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)


class FlagBoundary(StrEnum):
    """What a Flag does with a value that has bits no member has: STRICT raises ValueError
    (Flag's default), CONFORM drops those bits, EJECT returns a plain int, KEEP keeps
    them in the flag (IntFlag's default)."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=STRICT):
    """An enum of bit flags, combined with | & ^ and ~."""

    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """auto() in a Flag: the next power of two above the largest value so far."""
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = _high_bit(last_value)
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        """The single-bit members in value, lowest bit first."""
        for val in _iter_bits_lsb(value & cls._flag_mask_):
            m = cls._value2member_map_.get(val)
            if m is not None:
                yield m

    @classmethod
    def _iter_member_by_def_(cls, value):
        """The single-bit members in value, in the order they were defined."""
        members = list(cls._iter_member_by_value_(value))
        members.sort(key=lambda m: m._sort_order_)
        return iter(members)

    _iter_member_ = _iter_member_by_def_

    @classmethod
    def _missing_(cls, value):
        """Make the member for a combination of flags (cached), e.g. Perm(6) -> Perm.R|W.

        Bits that no member has are handled as the class's boundary says."""
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        # Out of bounds: beyond the highest bit (either sign), or a bit below it that no
        # member has.
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if (not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask)):
            if cls._boundary_ is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s" % (
                    cls, value, _show_bits(value, max_bits), _show_bits(flag_mask, max_bits)))
            elif cls._boundary_ is CONFORM:
                value = value & flag_mask
            elif cls._boundary_ is EJECT:
                return value
            elif cls._boundary_ is KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** (value.bit_length())) + value
            else:
                raise ValueError('%r unknown flag boundary %r' % (cls, cls._boundary_, ))
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        member_value = value & flag_mask
        if unknown and cls._boundary_ is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]'
                             % (cls.__name__, value, unknown, bin(unknown)))
        if cls._member_type_ is object:
            pseudo_member = object.__new__(cls)
        else:
            pseudo_member = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo_member, '_value_'):
            pseudo_member._value_ = value
        if member_value:
            members = list(cls._iter_member_(member_value))
            combined_value = 0
            for m in members:
                combined_value |= m._value_
            unknown_bits = value ^ combined_value
            pseudo_member._name_ = '|'.join([m._name_ for m in members])
            if not combined_value:
                pseudo_member._name_ = None
            elif unknown_bits and cls._boundary_ is STRICT:
                raise ValueError('%r: no members with value %r' % (cls, unknown_bits))
            elif unknown_bits:
                pseudo_member._name_ += '|%s' % cls._numeric_repr_(unknown_bits)
        else:
            # only unknown bits (KEEP) or none at all: a nameless pseudo-member (<Num: 8>)
            pseudo_member._name_ = None
        pseudo_member._sort_order_ = len(cls._member_names_)
        # cache it (setdefault: another thread may have made the same one meanwhile), unless
        # it has unknown bits
        if not unknown:
            pseudo_member = cls._value2member_map_.setdefault(value, pseudo_member)
            if neg_value is not None:
                cls._value2member_map_[neg_value] = pseudo_member
        return pseudo_member

    def __contains__(self, other):
        """Perm.R in perms: are all of other's bits set in self?"""
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        """The single-bit members set in self, in definition order."""
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return _bit_count(self._value_)

    def __repr__(self):
        klass = type(self)
        shown = (klass._value_repr_ or repr)(self._value_)
        if self._name_ is None:
            # a value no combination of names covers (only under KEEP)
            return "<{}: {}>".format(klass.__name__, shown)
        return "<{}.{}: {}>".format(klass.__name__, self._name_, shown)

    def __str__(self):
        klass_name = type(self).__name__
        if self._name_ is None:
            return '{}({!r})'.format(klass_name, self._value_)
        return klass_name + '.' + self._name_

    def __bool__(self):
        return bool(self._value_)

    def _combinable(self, other):
        """other's plain value if it may be combined with self, else None: another member
        of this flag, or (for IntFlag and the like) a bare value of the data type."""
        if isinstance(other, type(self)):
            return other._value_
        data_type = self._member_type_
        if data_type is not object and isinstance(other, data_type):
            return other
        return None

    def __or__(self, other):
        bits = self._combinable(other)
        if bits is None:
            return NotImplemented
        return type(self)(self._value_ | bits)

    def __and__(self, other):
        bits = self._combinable(other)
        if bits is None:
            return NotImplemented
        return type(self)(self._value_ & bits)

    def __xor__(self, other):
        bits = self._combinable(other)
        if bits is None:
            return NotImplemented
        return type(self)(self._value_ ^ bits)

    def __invert__(self):
        if self._boundary_ in (EJECT, KEEP):
            return self.__class__(~self._value_)
        return self.__class__(self._singles_mask_ & ~self._value_)

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """A Flag whose members are ints."""


_stdlib_enums = IntEnum, StrEnum, IntFlag


# ---------------------------------------------------------------------------------------------
# Decorators and checks

def unique(enumeration):
    """Class decorator: raise ValueError if the enum has aliases (two names, one value)."""
    duplicates = []
    for name, member_ in enumeration.__members__.items():
        if name != member_.name:
            duplicates.append((name, member_.name))
    if duplicates:
        alias_details = ', '.join(["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


class EnumCheck(StrEnum):
    """The checks verify() can make."""
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Class decorator checking the enum for the given EnumCheck conditions."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        is_flag = Flag is not None and issubclass(enumeration, Flag)
        if not is_flag and not issubclass(enumeration, Enum):
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        for check in self.checks:
            if check is UNIQUE:
                _verify_unique(enumeration)
            elif check is CONTINUOUS:
                _verify_continuous(enumeration, is_flag)
            elif check is NAMED_FLAGS:
                _verify_named_flags(enumeration)
        return enumeration


def _verify_unique(enumeration):
    # an alias is a name whose member carries a different (canonical) name
    pairs = ['%s -> %s' % (alias, member.name)
             for alias, member in enumeration.__members__.items() if alias != member.name]
    if pairs:
        raise ValueError('aliases found in %r: %s' % (enumeration, ', '.join(pairs)))


def _verify_continuous(enumeration, is_flag):
    present = {member.value for member in enumeration}
    if len(present) < 2:
        return
    lowest = min(present)
    highest = max(present)
    if is_flag:
        # every power of two strictly between the lowest and highest bits
        expected = (1 << bit for bit in range(_high_bit(lowest) + 1, _high_bit(highest)))
        kind = 'flag'
    else:
        expected = iter(range(lowest + 1, highest))
        kind = 'enum'
    gaps = [value for value in expected if value not in present]
    if gaps:
        text = 'invalid %s %r: missing values %s' % (
                kind, enumeration.__name__, ', '.join(map(str, gaps)))
        raise ValueError(text[:256])


def _verify_named_flags(enumeration):
    canonical = enumeration._member_names_
    named_values = {member.value for member in enumeration}
    culprits = []
    unnamed_bits = 0
    for name, alias in enumeration._member_map_.items():
        # only multi-bit aliases with a non-negative value are looked at
        if name in canonical or alias.value < 0:
            continue
        stray = 0
        for bit in _iter_bits_lsb(alias.value):
            if bit not in named_values:
                stray |= bit
        if stray:
            culprits.append(name)
            unnamed_bits |= stray
    if not culprits:
        return
    if len(culprits) == 1:
        who = 'alias %s is missing' % culprits[0]
    else:
        who = 'aliases %s and %s are missing' % (', '.join(culprits[:-1]), culprits[-1])
    if _is_single_bit(unnamed_bits):
        what = 'value 0x%x' % unnamed_bits
    else:
        what = 'combined values of 0x%x' % unnamed_bits
    raise ValueError('invalid Flag %r: %s %s [use enum.show_flag_values(value) '
                     'for details]' % (enumeration.__name__, who, what))


def show_flag_values(value):
    return list(_iter_bits_lsb(value))


def global_enum_repr(self):
    """repr of a global enum member: module.NAME."""
    module = self.__class__.__module__.split('.')[-1]
    return '%s.%s' % (module, self._name_)


def global_flag_repr(self):
    """repr of a global flag member: module.NAME|module.OTHER."""
    module = self.__class__.__module__.split('.')[-1]
    cls_name = self.__class__.__name__
    if self._name_ is None:
        return "%s.%s(%r)" % (module, cls_name, self._value_)
    if _is_single_bit(self._value_):
        return '%s.%s' % (module, self._name_)
    if self._boundary_ is not FlagBoundary.KEEP:
        return '|'.join(['%s.%s' % (module, name) for name in self.name.split('|')])
    name = []
    for n in self._name_.split('|'):
        if n[0].isdigit():
            name.append(n)
        else:
            name.append('%s.%s' % (module, n))
    return '|'.join(name)


def global_str(self):
    """str of a global enum member: its name."""
    if self._name_ is None:
        cls_name = self.__class__.__name__
        return "%s(%r)" % (cls_name, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Class decorator: put the members in the module's namespace, and show them as
    module.NAME."""
    if issubclass(cls, Flag):
        type.__setattr__(cls, '__repr__', global_flag_repr)
    else:
        type.__setattr__(cls, '__repr__', global_enum_repr)
    if not issubclass(cls, ReprEnum) or update_str:
        type.__setattr__(cls, '__str__', global_str)
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls
