"""unittest.mock: stand-in objects that record how they are used, and patch() to put them in
place of real attributes for the length of a test.

Written for pygil from the documented behaviour of CPython 3.11's unittest.mock: the same
classes, attributes, reprs and assertion messages; the structure here is pygil's own.

Every mock gets a class of its own (a subclass of the class asked for, with the same name), so
that magic methods configured on one mock (mock.__len__.return_value = 3) do not leak to
others: Python looks magic methods up on the type.
"""

import builtins
import functools
import inspect
import pprint
import sys
from types import ModuleType

__all__ = ('Mock', 'MagicMock', 'patch', 'sentinel', 'DEFAULT', 'ANY', 'call',
           'create_autospec', 'AsyncMock', 'FILTER_DIR', 'NonCallableMock',
           'NonCallableMagicMock', 'mock_open', 'PropertyMock', 'seal')

FILTER_DIR = True


# ------------------------------------------------------------------------------ sentinels

class _SentinelObject:
    """A unique named object: sentinel.NAME is always the same object."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.%s' % self.name

    def __reduce__(self):
        return 'sentinel.%s' % self.name


class _Sentinel:
    def __init__(self):
        self._made = {}

    def __getattr__(self, name):
        if name == '__bases__':
            raise AttributeError(name)
        return self._made.setdefault(name, _SentinelObject(name))


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT
_DELETED = sentinel.DELETED


class _ANY:
    """Equal to everything: stands for an argument whose value does not matter."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = None

    def __repr__(self):
        return '<ANY>'


ANY = _ANY()


# ----------------------------------------------------------------------------------- calls

def _format_arguments(args, kwargs):
    parts = [repr(a) for a in args]
    parts += ['%s=%r' % item for item in kwargs.items()]
    return ', '.join(parts)


class _Call(tuple):
    """One recorded call: a tuple (name, args, kwargs), or (args, kwargs) for call_args.

    The module-level object `call` builds expected calls: call(1, a=2), call.method(3),
    call().attr(4).
    """

    def __new__(cls, value=(), name='', parent=None, two=False, from_kall=True):
        if len(value) == 3:
            name_v, args, kwargs = value
        elif len(value) == 2:
            first, second = value
            if isinstance(first, str):
                name_v = first
                args, kwargs = (second, {}) if isinstance(second, tuple) else ((), second)
            else:
                name_v, args, kwargs = '', first, second
        elif len(value) == 1:
            (only,) = value
            name_v, args, kwargs = '', (), {}
            if isinstance(only, str):
                name_v = only
            elif isinstance(only, tuple):
                args = only
            else:
                kwargs = only
        else:
            name_v, args, kwargs = '', (), {}
        final_name = name if name else name_v
        items = (args, kwargs) if two else (final_name, args, kwargs)
        self = tuple.__new__(cls, items)
        self._call_name = final_name
        self._call_args = args
        self._call_kwargs = kwargs
        self._call_parent = parent
        self._call_two = two
        self._call_from_kall = from_kall
        return self

    def __init__(self, *args, **kwargs):
        pass

    @property
    def args(self):
        return self._call_args

    @property
    def kwargs(self):
        return self._call_kwargs

    def _parts(self):
        return self._call_name or '', self._call_args, self._call_kwargs

    def __eq__(self, other):
        try:
            size = len(other)
        except TypeError:
            return NotImplemented
        mine_name, mine_args, mine_kwargs = self._parts()
        if isinstance(other, _Call):
            other_name, other_args, other_kwargs = other._parts()
            if not (self._call_two or other._call_two) and mine_name != other_name:
                return False
            return (mine_args, mine_kwargs) == (other_args, other_kwargs)
        if not isinstance(other, tuple):
            return NotImplemented
        other_name = None
        if size == 0:
            other_args, other_kwargs = (), {}
        elif size == 3:
            other_name, other_args, other_kwargs = other
        elif size == 1:
            (value,) = other
            other_args, other_kwargs = (), {}
            if isinstance(value, tuple):
                other_args = value
            elif isinstance(value, dict):
                other_kwargs = value
            else:
                other_name = value
        elif size == 2:
            first, second = other
            if isinstance(first, str):
                other_name = first
                if isinstance(second, tuple):
                    other_args, other_kwargs = second, {}
                else:
                    other_args, other_kwargs = (), second
            else:
                other_args, other_kwargs = first, second
        else:
            return False
        if other_name is not None and not self._call_two and other_name != mine_name:
            return False
        return (mine_args, mine_kwargs) == (other_args, other_kwargs)

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = None

    def __call__(self, *args, **kwargs):
        # call.method(1) is named by its path; calling a call adds '()': call(1)(2)
        name = self._call_name + '()' if self._call_from_kall else self._call_name
        return _Call((name, args, kwargs), parent=self)

    def __getattr__(self, attr):
        if attr.startswith('_call_'):
            raise AttributeError(attr)
        base = self._call_name + '()' if self._call_from_kall else self._call_name
        return _Call(name=base + '.' + attr if base else attr, parent=self, from_kall=False)

    def __repr__(self):
        name = self._call_name or ''
        if not self._call_from_kall:
            if not name:
                return 'call'
            return 'call' + name if name.startswith('()') else name
        if self._call_two:
            name = ''
        if name.startswith('()'):
            shown = 'call' + name
        elif name:
            shown = 'call.' + name
        else:
            shown = 'call'
        return '%s(%s)' % (shown, _format_arguments(self._call_args, self._call_kwargs))

    def call_list(self):
        """The chain of calls that made this one: call(1).method(2).call_list()."""
        chain = []
        node = self
        while node is not None:
            if node._call_from_kall:
                chain.append(node)
            node = node._call_parent
        return _CallList(reversed(chain))


call = _Call(from_kall=False)


class _CallList(list):
    """A list of calls; `in` also finds a contiguous run of calls."""

    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        n = len(value)
        for start in range(len(self) - n + 1):
            if self[start:start + n] == value:
                return True
        return False

    def __repr__(self):
        return pprint.pformat(list(self))


# --------------------------------------------------------------------------- magic methods

_NUMERIC = 'add sub mul matmul truediv floordiv mod lshift rshift and xor or pow'.split()
_MAGIC_NAMES = set(
    ['__%s__' % n for n in _NUMERIC] + ['__r%s__' % n for n in _NUMERIC] +
    ['__i%s__' % n for n in _NUMERIC] +
    ('__lt__ __gt__ __le__ __ge__ __eq__ __ne__ __hash__ __str__ __sizeof__ __len__ '
     '__iter__ __contains__ __getitem__ __setitem__ __delitem__ __enter__ __exit__ '
     '__int__ __float__ __complex__ __bool__ __index__ __round__ __trunc__ __floor__ '
     '__ceil__ __neg__ __pos__ __abs__ __invert__ __reversed__ __missing__ __fspath__ '
     '__divmod__ __rdivmod__ __next__ __format__ __dir__ __get__ __set__ __delete__ '
     '__call__ __repr__ __getstate__ __setstate__ __reduce__ __reduce_ex__ '
     '__getnewargs__ __copy__ __deepcopy__ __subclasses__ __instancecheck__ '
     '__subclasscheck__ __del__ __aenter__ __aexit__ __aiter__ __anext__').split())

# The magic methods a MagicMock supports out of the box, and what they return unconfigured.
_MAGIC_SUPPORTED = set(
    ['__%s__' % n for n in _NUMERIC] + ['__r%s__' % n for n in _NUMERIC] +
    ['__i%s__' % n for n in _NUMERIC] +
    ('__lt__ __gt__ __le__ __ge__ __eq__ __ne__ __hash__ __str__ __sizeof__ __len__ '
     '__iter__ __contains__ __getitem__ __setitem__ __delitem__ __enter__ __exit__ '
     '__int__ __float__ __complex__ __bool__ __index__ __round__ __trunc__ __floor__ '
     '__ceil__ __neg__ __pos__ __abs__ __invert__ __reversed__ __missing__ __fspath__ '
     '__divmod__ __rdivmod__ __next__ __format__ __dir__').split())
# names the mock machinery itself defines: never configured as magic children by default
_MAGIC_NOT_DEFAULT = {'__format__', '__dir__', '__reversed__', '__missing__'}

_FIXED_RESULTS = {
    '__lt__': NotImplemented, '__gt__': NotImplemented, '__le__': NotImplemented,
    '__ge__': NotImplemented, '__int__': 1, '__contains__': False, '__len__': 0,
    '__exit__': False, '__complex__': 1j, '__float__': 1.0, '__bool__': True,
    '__index__': 1,
}


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__'


def _magic_default(mock, name):
    """The side_effect that gives magic method `name` of `mock` its unconfigured behaviour,
    or None when the child mock's own return value is the answer."""
    def fallback(own):
        return own._mock_return_value is DEFAULT

    if name in _FIXED_RESULTS:
        value = _FIXED_RESULTS[name]
        return lambda *a, **k: value
    if name == '__hash__':
        return lambda: object.__hash__(mock)
    if name == '__str__':
        return lambda: object.__str__(mock)
    if name == '__sizeof__':
        return lambda: object.__sizeof__(mock)
    if name == '__fspath__':
        return lambda: '%s/%s/%s' % (type(mock).__name__, mock._mock_full_name(), id(mock))
    if name in ('__eq__', '__ne__'):
        equal = name == '__eq__'

        def compare(other):
            child = mock._mock_children.get(name)
            if child is not None and child._mock_return_value is not DEFAULT:
                return DEFAULT
            if other is mock:
                return equal
            return NotImplemented
        return compare
    if name == '__iter__':
        def iterate():
            child = mock._mock_children.get(name)
            value = child._mock_return_value if child is not None else DEFAULT
            return iter([]) if value is DEFAULT else iter(value)
        return iterate
    return None


def _slot_function(name):
    """The function on a mock's own class that routes magic method `name` to the mock's child."""
    def slot(self, *args, **kwargs):
        return _magic_child(self, name)(*args, **kwargs)
    slot.__name__ = name
    return slot


def _magic_child(mock, name):
    children = mock._mock_children
    child = children.get(name)
    if child is None or child is _DELETED:
        if child is _DELETED or not mock._mock_magic:
            raise AttributeError(name)
        child = MagicMock(parent=mock, name=name, _new_name=name, _new_parent=mock)
        effect = _magic_default(mock, name)
        if effect is not None:
            child._mock_default_effect = effect
        children[name] = child
    return child


# ------------------------------------------------------------------------------- the mocks

_ASSERT_TYPOS = ('assert', 'assret', 'asert', 'aseert', 'assrt')


def _is_exception(obj):
    return isinstance(obj, BaseException) or (isinstance(obj, type) and issubclass(obj, BaseException))


def _spec_names(spec):
    if isinstance(spec, (list, tuple)) and not isinstance(spec, type):
        return [n for n in spec if isinstance(n, str)], None
    return dir(spec), (spec if isinstance(spec, type) else type(spec))


class Base:
    """The common root of the mock classes and mixins (it takes any arguments)."""

    def __init__(self, *args, **kwargs):
        pass


class NonCallableMock(Base):
    """A mock that cannot be called: attributes spring into being as child mocks."""

    def __new__(cls, *args, **kwargs):
        own = type(cls.__name__, (cls,), {'__doc__': cls.__doc__, '__module__': cls.__module__,
                                          '__qualname__': cls.__qualname__})
        return object.__new__(own)

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None, parent=None,
                 _new_name='', _new_parent=None, unsafe=False, **kwargs):
        state = self.__dict__
        state['_mock_parent'] = parent
        state['_mock_name'] = name
        state['_mock_new_name'] = _new_name
        state['_mock_new_parent'] = _new_parent
        state['_mock_children'] = {}
        state['_mock_wraps'] = wraps
        state.setdefault('_mock_return_value', DEFAULT)   # Mock sets it first
        state['_mock_side_effect'] = None
        state['_mock_default_effect'] = None
        state['_mock_unsafe'] = unsafe
        state['_mock_sealed'] = False
        state['_mock_signature'] = None
        state['_mock_autospec'] = None
        state['_mock_magic'] = False
        self._mock_set_spec(spec_set if spec_set is not None else spec, spec_set is not None)
        self._mock_reset_records()
        if kwargs:
            self.configure_mock(**kwargs)

    def _mock_set_spec(self, spec, strict):
        state = self.__dict__
        state['_mock_methods'] = None
        state['_spec_class'] = None
        state['_spec_set'] = strict if spec is not None else None
        if spec is not None:
            names, spec_class = _spec_names(spec)
            state['_mock_methods'] = names
            state['_spec_class'] = spec_class
            if callable(spec) and not isinstance(spec, (list, tuple)):
                try:
                    state['_mock_signature'] = inspect.signature(spec)
                except (TypeError, ValueError):
                    pass

    def _mock_reset_records(self):
        state = self.__dict__
        state['_mock_called'] = False
        state['_mock_call_count'] = 0
        state['_mock_call_args'] = None
        state['_mock_call_args_list'] = _CallList()
        state['_mock_mock_calls'] = _CallList()
        state['_mock_method_calls'] = _CallList()

    # --- spec -----------------------------------------------------------------------------

    def mock_add_spec(self, spec, spec_set=False):
        """Limit the mock's attributes to those of spec (only new ones: set ones stay)."""
        self._mock_set_spec(spec, spec_set)

    def _get_class(self):
        spec_class = self.__dict__.get('_spec_class')
        return spec_class if spec_class is not None else type(self)

    def _set_class(self, value):
        self.__dict__['_spec_class'] = value

    __class__ = property(_get_class, _set_class)

    # --- attributes -------------------------------------------------------------------------

    def __getattribute__(self, name):
        if name in _MAGIC_NAMES:
            state = object.__getattribute__(self, '__dict__')
            children = state.get('_mock_children')
            if children is not None:
                child = children.get(name)
                if child is not None and child is not _DELETED:
                    return child
                if child is None and state.get('_mock_magic') and name in type(self).__dict__:
                    return _magic_child(self, name)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        if name.startswith('_mock_') or name in ('_spec_class', '_spec_set', '_mock_methods'):
            raise AttributeError(name)
        methods = self._mock_methods
        if methods is not None:
            if name not in methods or name in _MAGIC_NAMES:
                raise AttributeError('Mock object has no attribute %r' % name)
        elif _is_dunder(name):
            raise AttributeError(name)
        if not self._mock_unsafe and name.startswith(_ASSERT_TYPOS):
            raise AttributeError('%r is not a valid assertion. Use a spec for the mock if %r '
                                 'is meant to be an attribute.' % (name, name))
        children = self._mock_children
        child = children.get(name)
        if child is _DELETED:
            raise AttributeError(name)
        if child is None:
            if self._mock_sealed:
                raise AttributeError('%s.%s' % (self._mock_full_name(), name))
            wraps = None
            if self._mock_wraps is not None:
                wraps = getattr(self._mock_wraps, name)
            source = self._mock_autospec
            if source is not None:
                child = create_autospec(getattr(source[0], name), spec_set=source[1],
                                        instance=False, _parent=self, _name=name,
                                        _bound=source[2])
            else:
                child = self._get_child_mock(parent=self, name=name, wraps=wraps,
                                             _new_name=name, _new_parent=self)
            children[name] = child
        return child

    def __setattr__(self, name, value):
        state = self.__dict__
        if name.startswith('_mock_') or name in ('_spec_class', '_spec_set'):
            state[name] = value
            return
        if name == '__class__':
            state['_spec_class'] = value
            return
        for klass in type(self).__mro__:
            if name in klass.__dict__:
                if hasattr(type(klass.__dict__[name]), '__set__') and name not in _MAGIC_NAMES:
                    # return_value, side_effect, called ...: properties of the mock itself
                    object.__setattr__(self, name, value)
                    return
                break
        methods = state.get('_mock_methods')
        if (state.get('_spec_set') and methods is not None and name not in methods
                and name not in state and name not in type(self).__dict__):
            raise AttributeError('Mock object has no attribute %r' % name)
        if name in _MAGIC_NAMES:
            if name not in _MAGIC_SUPPORTED:
                raise AttributeError('Attempting to set unsupported magic method %r.' % name)
            if isinstance(value, NonCallableMock):
                self._mock_adopt(value, name, name)
                state['_mock_children'][name] = value
                setattr(type(self), name, _slot_function(name))
            else:
                state['_mock_children'].pop(name, None)
                setattr(type(self), name, value)
            return
        if state.get('_mock_sealed') and name not in state and not hasattr(type(self), name):
            raise AttributeError('Cannot set %s.%s' % (self._mock_full_name(), name))
        if isinstance(value, NonCallableMock) and self._mock_adopt(value, name, name):
            state['_mock_children'][name] = value
            state.pop(name, None)
            return
        state['_mock_children'].pop(name, None)
        state[name] = value

    def __delattr__(self, name):
        state = self.__dict__
        if name in _MAGIC_NAMES and name in type(self).__dict__:
            delattr(type(self), name)
            state['_mock_children'].pop(name, None)
            if name not in state:
                return
        if name in state:
            del state[name]
            state['_mock_children'][name] = _DELETED
            return
        children = state['_mock_children']
        if children.get(name) is _DELETED:
            raise AttributeError(name)
        children[name] = _DELETED

    def _mock_adopt(self, value, new_name, name):
        """Make a free-standing mock a child of this one (its calls then show in ours)."""
        inner = value.__dict__
        if inner['_mock_parent'] is not None or inner['_mock_new_parent'] is not None:
            return False
        if inner['_mock_name']:
            return False
        node = self
        while node is not None:
            if node is value:
                return False  # it is one of our ancestors: adopting it would make a cycle
            node = node.__dict__['_mock_new_parent']
        inner['_mock_new_parent'] = self
        inner['_mock_new_name'] = new_name
        if name is not None:
            inner['_mock_parent'] = self
            inner['_mock_name'] = name
        return True

    def _get_child_mock(self, **kwargs):
        """The mock made for an attribute or return value: Mock for Mock, MagicMock for
        MagicMock (the callable flavour for the non-callable ones)."""
        own = type(self).__mro__[1]
        if issubclass(own, AsyncMock):
            own = MagicMock
        elif not issubclass(own, CallableMixin):
            own = MagicMock if issubclass(own, MagicMixin) else Mock
        elif issubclass(own, PropertyMock):
            own = MagicMock
        return own(**kwargs)

    def configure_mock(self, **kwargs):
        """Set attributes from keyword arguments; dotted names reach into children:
        configure_mock(**{'method.return_value': 3})."""
        for dotted, value in sorted(kwargs.items(), key=lambda item: item[0].count('.')):
            *path, final = dotted.split('.')
            target = self
            for part in path:
                target = getattr(target, part)
            setattr(target, final, value)

    def attach_mock(self, mock, attribute):
        """Attach mock as the attribute `attribute`; its calls then show in ours."""
        inner = mock.__dict__
        inner['_mock_parent'] = None
        inner['_mock_new_parent'] = None
        inner['_mock_name'] = ''
        inner['_mock_new_name'] = None
        setattr(self, attribute, mock)

    # --- records ----------------------------------------------------------------------------

    def _record(name):
        def get(self):
            return self.__dict__['_mock_' + name]

        def put(self, value):
            self.__dict__['_mock_' + name] = value
        return property(get, put)

    called = _record('called')
    call_count = _record('call_count')
    call_args = _record('call_args')
    call_args_list = _record('call_args_list')
    mock_calls = _record('mock_calls')
    method_calls = _record('method_calls')
    del _record

    def _get_return_value(self):
        value = self._mock_return_value
        if value is DEFAULT:
            value = self._get_child_mock(_new_parent=self, _new_name='()')
            self.__dict__['_mock_return_value'] = value
        return value

    def _set_return_value(self, value):
        if isinstance(value, NonCallableMock):
            self._mock_adopt(value, '()', None)
        self.__dict__['_mock_return_value'] = value

    return_value = property(_get_return_value, _set_return_value,
                            doc='What calling the mock returns (a child mock by default).')

    def _get_side_effect(self):
        return self._mock_side_effect

    def _set_side_effect(self, value):
        if value is not None and not callable(value) and not _is_exception(value):
            try:
                value = iter(value)
            except TypeError:
                pass
        self.__dict__['_mock_side_effect'] = value

    side_effect = property(_get_side_effect, _set_side_effect)

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        """Forget all calls (of this mock and its children); keep the configuration unless asked."""
        visited = [] if visited is None else visited
        if id(self) in visited:
            return
        visited.append(id(self))
        self._mock_reset_records()
        if return_value:
            self.__dict__['_mock_return_value'] = DEFAULT
        if side_effect:
            self.__dict__['_mock_side_effect'] = None
        for child in list(self._mock_children.values()):
            if isinstance(child, NonCallableMock) and child is not _DELETED:
                child.reset_mock(visited, return_value=return_value, side_effect=side_effect)
        ret = self._mock_return_value
        if isinstance(ret, NonCallableMock) and ret is not self:
            ret.reset_mock(visited)

    # --- names and repr ---------------------------------------------------------------------

    def _mock_full_name(self):
        """The dotted path from the root mock: 'mock.method', 'db.query()', 'mock().x'."""
        segments = []
        node = self
        while node._mock_new_parent is not None:
            segments.append(node._mock_new_name)
            node = node._mock_new_parent
        text = node._mock_name or 'mock'
        for segment in reversed(segments):
            text += segment if segment.startswith('()') else '.' + segment
        return text

    def __repr__(self):
        name = self._mock_full_name()
        shown = '' if name in ('mock', 'mock.') else ' name=%r' % name
        spec = ''
        if self._spec_class is not None:
            spec = ' %s=%r' % ('spec_set' if self._spec_set else 'spec', self._spec_class.__name__)
        return "<%s%s%s id='%s'>" % (type(self).__name__, shown, spec, id(self))

    def __dir__(self):
        if not FILTER_DIR:
            return object.__dir__(self)
        names = {n for n in dir(type(self).__mro__[1]) if not n.startswith('_')}
        if self._mock_methods is not None:
            names.update(self._mock_methods)
        names.update(n for n in self.__dict__ if not n.startswith('_'))
        names.update(n for n, c in self._mock_children.items()
                     if c is not _DELETED and not _is_dunder(n))
        return sorted(names)

    # --- assertions -------------------------------------------------------------------------

    def _mock_label(self):
        return self._mock_name or 'mock'

    def _format_call(self, args, kwargs):
        return '%s(%s)' % (self._mock_label(), _format_arguments(args, kwargs))

    def _calls_note(self, prefix='Calls'):
        if not self.mock_calls:
            return ''
        return '\n%s: %r.' % (prefix, self.mock_calls)

    def _matchable(self, value):
        """A call normalised through the spec's signature, so that f(1) matches f(a=1)."""
        sig = self._mock_signature
        if sig is None or not isinstance(value, tuple):
            return value
        name, args, kwargs = ('', value[0], value[1]) if len(value) == 2 else value
        try:
            bound = sig.bind(*args, **kwargs)
        except TypeError as error:
            return error.with_traceback(None)
        return _Call((name, bound.args, bound.kwargs))

    def assert_called(self):
        """Fail unless the mock was called at least once."""
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." % self._mock_label())

    def assert_called_once(self):
        """Fail unless the mock was called exactly once."""
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to have been called once. Called %s times.%s"
                                 % (self._mock_label(), self.call_count, self._calls_note()))

    def assert_not_called(self):
        """Fail if the mock was called."""
        if self.call_count != 0:
            raise AssertionError("Expected '%s' to not have been called. Called %s times.%s"
                                 % (self._mock_label(), self.call_count, self._calls_note()))

    def assert_called_with(self, *args, **kwargs):
        """Fail unless the last call had exactly these arguments."""
        expected_text = self._format_call(args, kwargs)
        if self.call_args is None:
            raise AssertionError('expected call not found.\nExpected: %s\n  Actual: %s'
                                 % (expected_text, 'not called.'))
        expected = self._matchable(_Call((args, kwargs), two=True))
        actual = self._matchable(self.call_args)
        if expected != actual:
            actual_text = self._format_call(*self.call_args)
            error = AssertionError('expected call not found.\nExpected: %s\n  Actual: %s'
                                   % (expected_text, actual_text))
            raise error from (expected if isinstance(expected, Exception) else None)

    def assert_called_once_with(self, *args, **kwargs):
        """Fail unless the mock was called exactly once, with these arguments."""
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to be called once. Called %s times.%s"
                                 % (self._mock_label(), self.call_count, self._calls_note()))
        return self.assert_called_with(*args, **kwargs)

    def assert_any_call(self, *args, **kwargs):
        """Fail unless some call had these arguments."""
        expected = self._matchable(_Call((args, kwargs), two=True))
        actual = [self._matchable(c) for c in self.call_args_list]
        if isinstance(expected, Exception) or expected not in actual:
            error = AssertionError('%s call not found' % self._format_call(args, kwargs))
            raise error from (expected if isinstance(expected, Exception) else None)

    def assert_has_calls(self, calls, any_order=False):
        """Fail unless mock_calls holds these calls: as a run in order, or anywhere."""
        expected = [self._matchable(c) for c in calls]
        actual = _CallList(self._matchable(c) for c in self.mock_calls)
        if not any_order:
            if expected not in actual:
                note = self._calls_note('  Actual').rstrip('.')
                raise AssertionError('Calls not found.\nExpected: %r%s' % (_CallList(calls), note))
            return
        remaining = list(actual)
        missing = []
        for kall in expected:
            try:
                remaining.remove(kall)
            except ValueError:
                missing.append(kall)
        if missing:
            raise AssertionError('%r does not contain all of %r in its call list, found %r instead'
                                 % (self._mock_name or 'mock', tuple(missing), remaining))

    # --- calling (used by the callable flavours) -------------------------------------------

    def _mock_record_call(self, args, kwargs):
        state = self.__dict__
        state['_mock_called'] = True
        state['_mock_call_count'] += 1
        this = _Call((args, kwargs), two=True)
        state['_mock_call_args'] = this
        state['_mock_call_args_list'].append(this)
        state['_mock_mock_calls'].append(_Call(('', args, kwargs)))
        # every ancestor records the call under the path from it down to this mock
        path = ''
        node = self
        while node._mock_new_parent is not None:
            segment = node._mock_new_name
            if not path:
                path = segment
            elif path.startswith('()'):
                path = segment + path
            else:
                path = segment + '.' + path
            node = node._mock_new_parent
            node.__dict__['_mock_mock_calls'].append(_Call((path, args, kwargs)))
        # attribute parents (not return-value ones) also record it as a method call
        method_path = self._mock_name
        node = self
        while node._mock_parent is not None:
            parent = node._mock_parent
            parent.__dict__['_mock_method_calls'].append(_Call((method_path, args, kwargs)))
            method_path = '%s.%s' % (parent._mock_name, method_path)
            node = parent

    def _mock_run_call(self, args, kwargs):
        effect = self._mock_side_effect
        if effect is None:
            effect = self._mock_default_effect
            if effect is not None and self._mock_return_value is not DEFAULT and \
                    self._mock_name not in ('__eq__', '__ne__', '__iter__'):
                effect = None
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not callable(effect):
                result = next(effect)
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class CallableMixin(Base):
    """What makes a mock callable: calls are checked (autospec), recorded, then answered by
    side_effect, return_value or the wrapped object."""

    def __call__(self, *args, **kwargs):
        checker = self.__dict__.get('_mock_check_sig')
        if checker is not None:
            checker(*args, **kwargs)
        self._mock_record_call(args, kwargs)
        return self._mock_run_call(args, kwargs)


class Mock(CallableMixin, NonCallableMock):
    """A callable mock: every attribute is a Mock, every call is recorded.

    Mock(spec=None, side_effect=None, return_value=DEFAULT, wraps=None, name=None,
         spec_set=None, unsafe=False, **kwargs)
    """

    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT, wraps=None,
                 name=None, spec_set=None, parent=None, _new_name='', _new_parent=None,
                 **kwargs):
        # before the keyword configuration, which may reach into it ('return_value.x')
        self.__dict__['_mock_return_value'] = return_value
        NonCallableMock.__init__(self, spec=spec, wraps=wraps, name=name, spec_set=spec_set,
                                 parent=parent, _new_name=_new_name, _new_parent=_new_parent,
                                 **kwargs)
        NonCallableMock._set_side_effect(self, side_effect)


class MagicMixin(Base):
    """Configures the supported magic methods on the mock's own class."""

    def _mock_set_magics(self):
        state = self.__dict__
        state['_mock_magic'] = True
        own = type(self)
        methods = state.get('_mock_methods')
        for name in _MAGIC_SUPPORTED:
            if name in _MAGIC_NOT_DEFAULT:
                continue
            if methods is not None and name not in methods:
                continue
            if name not in own.__dict__:
                setattr(own, name, _slot_function(name))


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A non-callable mock with the magic methods configured."""

    def __init__(self, *args, **kwargs):
        NonCallableMock.__init__(self, *args, **kwargs)
        self._mock_set_magics()

    def mock_add_spec(self, spec, spec_set=False):
        NonCallableMock.mock_add_spec(self, spec, spec_set)
        self._mock_set_magics()


class MagicMock(MagicMixin, Mock):
    """A Mock with the magic methods configured: len() is 0, iter() is empty, bool() is
    True, int() is 1, `with` works, comparisons with other objects are NotImplemented ..."""

    def __init__(self, *args, **kwargs):
        Mock.__init__(self, *args, **kwargs)
        self._mock_set_magics()

    def mock_add_spec(self, spec, spec_set=False):
        NonCallableMock.mock_add_spec(self, spec, spec_set)
        self._mock_set_magics()


class PropertyMock(Mock):
    """A mock to patch in as a property on a class: getting the attribute calls the mock with
    no arguments, setting it calls the mock with the value."""

    def _get_child_mock(self, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, value):
        self(value)


class AsyncMock(MagicMock):
    """A MagicMock whose calls return awaitables (the result is what a Mock call would be)."""

    def __call__(self, *args, **kwargs):
        self._mock_record_call(args, kwargs)
        self.__dict__['_mock_await_count'] = self.__dict__.get('_mock_await_count', 0)
        mock = self

        async def proxy():
            mock.__dict__['_mock_await_count'] += 1
            effect = mock._mock_side_effect
            if effect is not None:
                if _is_exception(effect):
                    raise effect
                if not callable(effect):
                    try:
                        result = next(effect)
                    except StopIteration:
                        raise StopAsyncIteration
                    if _is_exception(result):
                        raise result
                    return result
                result = effect(*args, **kwargs)
                if inspect.isawaitable(result):
                    result = await result
                if result is not DEFAULT:
                    return result
            if mock._mock_wraps is not None:
                result = mock._mock_wraps(*args, **kwargs)
                if inspect.isawaitable(result):
                    result = await result
                return result
            return mock.return_value
        return proxy()

    @property
    def await_count(self):
        return self.__dict__.get('_mock_await_count', 0)

    def assert_awaited(self):
        if self.await_count == 0:
            raise AssertionError("Expected %s to have been awaited." % (self._mock_name or 'mock'))

    def assert_not_awaited(self):
        if self.await_count != 0:
            raise AssertionError("Expected %s to not have been awaited. Awaited %s times."
                                 % (self._mock_name or 'mock', self.await_count))


def seal(mock):
    """Stop mock (and its existing children) from making new attributes."""
    mock.__dict__['_mock_sealed'] = True
    for child in mock._mock_children.values():
        if isinstance(child, NonCallableMock):
            seal(child)
    ret = mock.__dict__.get('_mock_return_value')
    if isinstance(ret, NonCallableMock):
        seal(ret)


# ------------------------------------------------------------------------------- autospec

def create_autospec(spec, spec_set=False, instance=False, _parent=None, _name=None, *,
                    unsafe=False, _bound=False, **kwargs):
    """A mock shaped like spec: the same attributes, and calls checked against the real
    signatures (TypeError as a real call would raise). Classes give a class mock whose return
    value is a mock instance."""
    is_class = isinstance(spec, type)
    if callable(spec) and not instance:
        klass = MagicMock
    else:
        klass = NonCallableMagicMock
    options = dict(kwargs)
    if _parent is not None:
        options.update(parent=_parent, _new_name=_name, _new_parent=_parent, name=_name)
    if spec_set:
        options['spec_set'] = spec
    else:
        options['spec'] = spec
    mock = klass(**options)
    checked = None
    if is_class and not instance:
        checked = _signature_or_none(spec, skip_first=False)
    elif callable(spec) and not instance:
        checked = _signature_or_none(spec, skip_first=_bound and inspect.isfunction(spec))
    if checked is not None:
        mock.__dict__['_mock_signature'] = checked

        def check(*args, **kwargs):
            checked.bind(*args, **kwargs)
        mock.__dict__['_mock_check_sig'] = check
    attributes_bound = instance or is_class
    mock.__dict__['_mock_autospec'] = (spec, spec_set, attributes_bound and instance)
    if checked is not None and _parent is None and (inspect.isfunction(spec) or inspect.ismethod(spec)):
        return _function_stand_in(spec, mock, checked)
    if is_class and not instance:
        mock.return_value = create_autospec(spec, spec_set, instance=True, _parent=None)
        mock.return_value.__dict__['_mock_new_parent'] = mock
        mock.return_value.__dict__['_mock_new_name'] = '()'
    return mock


def _function_stand_in(func, mock, sig):
    """create_autospec of a plain function: a real function with func's name and signature
    that checks each call and hands it to `mock`; the mock's records show on the function."""
    record_names = ('called', 'call_count', 'call_args', 'call_args_list', 'mock_calls',
                    'method_calls')

    def pull():
        for name in record_names:
            setattr(stand_in, name, getattr(mock, name))

    def push():
        if stand_in.return_value is not mock._mock_return_value:
            mock.return_value = stand_in.return_value
        if stand_in.side_effect is not pushed['side_effect']:
            pushed['side_effect'] = stand_in.side_effect
            mock.side_effect = stand_in.side_effect

    def stand_in(*args, **kwargs):
        sig.bind(*args, **kwargs)
        push()
        try:
            return mock(*args, **kwargs)
        finally:
            pull()

    def reset_mock(*args, **kwargs):
        mock.reset_mock(*args, **kwargs)
        stand_in.return_value = mock.return_value
        stand_in.side_effect = pushed['side_effect'] = mock.side_effect
        pull()

    for attr in ('__name__', '__qualname__', '__doc__', '__module__'):
        try:
            setattr(stand_in, attr, getattr(func, attr))
        except (AttributeError, TypeError):
            pass
    stand_in.__signature__ = sig
    stand_in.mock = mock
    pushed = {'side_effect': mock.side_effect}
    stand_in.return_value = mock.return_value
    stand_in.side_effect = mock.side_effect
    for name in ('assert_called', 'assert_called_once', 'assert_not_called', 'assert_called_with',
                 'assert_called_once_with', 'assert_any_call', 'assert_has_calls'):
        setattr(stand_in, name, getattr(mock, name))
    stand_in.reset_mock = reset_mock
    pull()
    return stand_in


def _signature_or_none(spec, skip_first):
    try:
        sig = inspect.signature(spec)
    except (TypeError, ValueError):
        return None
    if skip_first:
        params = list(sig.parameters.values())
        if params and params[0].kind in (inspect.Parameter.POSITIONAL_ONLY,
                                         inspect.Parameter.POSITIONAL_OR_KEYWORD):
            sig = sig.replace(parameters=params[1:])
    return sig


# ---------------------------------------------------------------------------------- patch

def _import_dotted(path):
    """The object a dotted path names, importing modules along it as needed."""
    parts = path.split('.')
    current = parts[0]
    obj = __import__(current)
    for part in parts[1:]:
        current += '.' + part
        try:
            obj = getattr(obj, part)
        except AttributeError:
            __import__(current)
            obj = getattr(obj, part)
    return obj


def _split_target(target):
    try:
        owner, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError('Need a valid target to patch. You supplied: %r' % (target,))
    return owner, attribute


class _patch:
    """One patch: a decorator, a context manager, or start()/stop()."""

    active = []

    def __init__(self, getter, attribute, new, spec, create, spec_set, autospec,
                 new_callable, kwargs, *, unsafe=False):
        if new_callable is not None:
            if new is not DEFAULT:
                raise ValueError("Cannot use 'new' and 'new_callable' together")
            if autospec is not None:
                raise ValueError("Cannot use 'autospec' and 'new_callable' together")
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create = create
        self.spec_set = spec_set
        self.autospec = autospec
        self.kwargs = kwargs
        self.attribute_name = None
        self.additional_patchers = []
        self._undo = []

    def copy(self):
        twin = _patch(self.getter, self.attribute, self.new, self.spec, self.create,
                      self.spec_set, self.autospec, self.new_callable, self.kwargs)
        twin.attribute_name = self.attribute_name
        twin.additional_patchers = [p.copy() for p in self.additional_patchers]
        return twin

    def __call__(self, func):
        if isinstance(func, type):
            return _decorate_class(self, func)
        return _decorate_function(self, func)

    def _make_new(self, original):
        if self.new is not DEFAULT:
            return self.new
        if self.autospec is not None and self.autospec is not False:
            source = original if self.autospec is True else self.autospec
            made = create_autospec(source, spec_set=bool(self.spec_set), **self.kwargs)
            made.__dict__['_mock_name'] = self.attribute
            return made
        spec = self.spec
        spec_set = self.spec_set
        if spec is True:
            spec = original
        if spec_set is True:
            spec_set = original
        options = dict(self.kwargs)
        if spec is not None:
            options['spec'] = spec
        if spec_set is not None:
            options['spec_set'] = spec_set
        factory = self.new_callable
        if factory is None:
            shape = spec_set if spec_set is not None else spec
            if shape is not None and not isinstance(shape, (list, tuple)) and not callable(shape):
                factory = NonCallableMagicMock
            else:
                factory = MagicMock
        if isinstance(factory, type) and issubclass(factory, NonCallableMock):
            options.setdefault('name', self.attribute)
        made = factory(**options)
        shape = spec_set if spec_set is not None else spec
        if isinstance(shape, type) and isinstance(made, CallableMixin):
            # a class: what calling it returns is shaped like its instances
            instances_callable = any('__call__' in k.__dict__ for k in shape.__mro__[:-1])
            instance_kind = MagicMock if instances_callable else NonCallableMagicMock
            if spec_set is not None:
                made.return_value = instance_kind(spec_set=shape)
            else:
                made.return_value = instance_kind(spec=shape)
        return made

    def __enter__(self):
        target = self.getter()
        name = self.attribute
        try:
            original = target.__dict__[name]
            local = True
        except (AttributeError, KeyError):
            original = getattr(target, name, DEFAULT)
            local = False
        if name in builtins.__dict__ and isinstance(target, ModuleType):
            self.create = True
        if not self.create and original is DEFAULT:
            raise AttributeError('%s does not have the attribute %r' % (target, name))
        new = self._make_new(original)
        setattr(target, name, new)
        self._undo.append((target, name, original, local))
        result = new
        if self.attribute_name is not None:
            result = {}
            if self.new is DEFAULT:
                result[self.attribute_name] = new
            for other in self.additional_patchers:
                value = other.__enter__()
                if other.new is DEFAULT:
                    result.update(value)
        return result

    def __exit__(self, *exc_info):
        if not self._undo:
            return False
        target, name, original, local = self._undo.pop()
        if local and original is not DEFAULT:
            setattr(target, name, original)
        else:
            delattr(target, name)
            if not self.create and (not hasattr(target, name) or name in ('__doc__',)):
                setattr(target, name, original)
        for other in reversed(self.additional_patchers):
            other.__exit__(*exc_info)
        return False

    def start(self):
        """Apply the patch until stop() (or patch.stopall())."""
        result = self.__enter__()
        _patch.active.append(self)
        return result

    def stop(self):
        """Undo start()."""
        try:
            _patch.active.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


def _decorate_function(patcher, func):
    if hasattr(func, 'patchings'):
        func.patchings.append(patcher)
        return func

    if inspect.iscoroutinefunction(func):
        @functools.wraps(func)
        async def patched_async(*args, **kwargs):
            entered, args, kwargs = _enter_all(patched_async.patchings, args, kwargs)
            try:
                return await func(*args, **kwargs)
            finally:
                _exit_all(entered)
        patched_async.patchings = [patcher]
        return patched_async

    @functools.wraps(func)
    def patched(*args, **kwargs):
        entered, args, kwargs = _enter_all(patched.patchings, args, kwargs)
        try:
            return func(*args, **kwargs)
        finally:
            _exit_all(entered)
    patched.patchings = [patcher]
    return patched


def _enter_all(patchings, args, kwargs):
    entered = []
    extra = []
    kwargs = dict(kwargs)
    try:
        for patching in patchings:
            value = patching.__enter__()
            entered.append(patching)
            if isinstance(patching, _patch_dict):
                continue
            if patching.attribute_name is not None:
                kwargs.update(value)
            elif patching.new is DEFAULT:
                extra.append(value)
    except BaseException:
        _exit_all(entered)
        raise
    return entered, tuple(args) + tuple(extra), kwargs


def _exit_all(entered):
    for patching in reversed(entered):
        patching.__exit__(None, None, None)


def _decorate_class(patcher, klass):
    prefix = patch.TEST_PREFIX
    for attr in dir(klass):
        if not attr.startswith(prefix):
            continue
        value = getattr(klass, attr)
        if not hasattr(value, '__call__'):
            continue
        setattr(klass, attr, patcher.copy()(value))
    return klass


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None,
          new_callable=None, *, unsafe=False, **kwargs):
    """Replace the object named by the dotted path `target` (a MagicMock unless `new` is
    given) while the decorated function or `with` block runs."""
    owner, attribute = _split_target(target)
    return _patch(lambda: _import_dotted(owner), attribute, new, spec, create, spec_set,
                  autospec, new_callable, kwargs)


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False, spec_set=None,
                  autospec=None, new_callable=None, *, unsafe=False, **kwargs):
    """Like patch(), for the attribute `attribute` of the object `target`."""
    if type(target) is str:
        raise TypeError('%r must be the actual object to be patched, not a str' % (target,))
    return _patch(lambda: target, attribute, new, spec, create, spec_set, autospec,
                  new_callable, kwargs)


def _patch_multiple(target, spec=None, create=False, spec_set=None, autospec=None,
                    new_callable=None, **kwargs):
    """Patch several attributes of one target at once: patch.multiple(mod, a=DEFAULT, b=3)."""
    if type(target) is str:
        owner = target
        getter = lambda: _import_dotted(owner)
    else:
        getter = lambda: target
    if not kwargs:
        raise ValueError('Must supply at least one keyword argument with patch.multiple')
    items = list(kwargs.items())
    first_name, first_new = items[0]
    main = _patch(getter, first_name, first_new, spec, create, spec_set, autospec,
                  new_callable, {})
    main.attribute_name = first_name
    for name, new in items[1:]:
        extra = _patch(getter, name, new, spec, create, spec_set, autospec, new_callable, {})
        extra.attribute_name = name
        main.additional_patchers.append(extra)
    return main


class _patch_dict:
    """patch.dict: set keys of a dictionary (or os.environ ...) for a while, then restore it."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._saved = []

    def copy(self):
        return _patch_dict(self.in_dict, self.values, self.clear)

    def _target(self):
        if isinstance(self.in_dict, str):
            return _import_dotted(self.in_dict)
        return self.in_dict

    def __call__(self, func):
        if isinstance(func, type):
            for attr in dir(func):
                if not attr.startswith(patch.TEST_PREFIX):
                    continue
                value = getattr(func, attr)
                if hasattr(value, '__call__'):
                    setattr(func, attr, self.copy()(value))
            return func
        if inspect.iscoroutinefunction(func):
            @functools.wraps(func)
            async def patched_async(*args, **kwargs):
                with self:
                    return await func(*args, **kwargs)
            return patched_async

        @functools.wraps(func)
        def patched(*args, **kwargs):
            with self:
                return func(*args, **kwargs)
        return patched

    def __enter__(self):
        target = self._target()
        try:
            saved = target.copy()
        except AttributeError:
            saved = {key: target[key] for key in target}
        self._saved.append((target, saved))
        if self.clear:
            _clear_mapping(target)
        try:
            target.update(self.values)
        except AttributeError:
            for key in self.values:
                target[key] = self.values[key]
        return target

    def __exit__(self, *exc_info):
        target, saved = self._saved.pop()
        _clear_mapping(target)
        try:
            target.update(saved)
        except AttributeError:
            for key in saved:
                target[key] = saved[key]
        return False

    start = __enter__

    def stop(self):
        return self.__exit__(None, None, None)


def _clear_mapping(mapping):
    try:
        mapping.clear()
    except AttributeError:
        for key in list(mapping):
            del mapping[key]


def _stop_all():
    """Stop every patch started with start()."""
    for patcher in reversed(list(_patch.active)):
        patcher.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _stop_all
patch.TEST_PREFIX = 'test'


# ------------------------------------------------------------------------------ mock_open

def mock_open(mock=None, read_data=''):
    """A mock to replace open(): the handle's read(), readline(), readlines() and iteration
    give read_data (afresh for each open() call)."""
    import io
    names = sorted(set(dir(io.TextIOWrapper)) | set(dir(io.BytesIO)))
    if mock is None:
        mock = MagicMock(name='open', spec=open)
    handle = MagicMock(spec=names)
    handle.__enter__.return_value = handle
    handle.write.return_value = None
    state = {'lines': []}

    def load():
        data = read_data
        if isinstance(data, bytes):
            state['lines'] = data.splitlines(keepends=True)
        else:
            state['lines'] = data.splitlines(keepends=True)
        state['empty'] = data[:0]

    def read(*args):
        size = args[0] if args else -1
        text = state['empty'].join(state['lines'])
        if size is None or size < 0:
            state['lines'] = []
            return text
        taken, rest = text[:size], text[size:]
        state['lines'] = rest.splitlines(keepends=True)
        return taken

    def readline(*args):
        if state['lines']:
            return state['lines'].pop(0)
        return state['empty']

    def readlines(*args):
        lines, state['lines'] = state['lines'], []
        return lines

    def iterate():
        while state['lines']:
            yield state['lines'].pop(0)

    def next_line():
        if state['lines']:
            return state['lines'].pop(0)
        raise StopIteration

    handle.read.side_effect = read
    handle.readline.side_effect = readline
    handle.readlines.side_effect = readlines
    handle.__iter__.side_effect = iterate
    handle.__next__ = MagicMock(side_effect=next_line)

    def reset(*args, **kwargs):
        load()
        return DEFAULT

    load()
    mock.side_effect = reset
    mock.return_value = handle
    return mock
