"""Context variables: ContextVar, Token, Context and copy_context().

Written for pygil from the documented behaviour of CPython 3.11's contextvars. Every
thread (green thread here) has its own current Context, empty when the thread starts, as
in CPython. A Context holds its own mapping: copy() makes an independent snapshot, and
ContextVar.set() changes the mapping of the Context that is current.
"""

from _thread import get_ident as _get_ident
from types import GenericAlias as _GenericAlias

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

# The current Context of each thread, by thread id (created on first use).
_current = {}


def _current_context():
    ident = _get_ident()
    ctx = _current.get(ident)
    if ctx is None:
        ctx = _current[ident] = Context()
    return ctx


class _Missing:
    def __repr__(self):
        return '<Token.MISSING>'


_MISSING = _Missing()
_NO_DEFAULT = object()


class Context:
    """A mapping from ContextVars to their values, and the way to run code inside it."""

    __slots__ = ('_vars', '_entered', '_outer')

    def __init__(self):
        self._vars = {}
        self._entered = False
        self._outer = None

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.Context' is not an acceptable base type")

    def run(self, callable, /, *args, **kwargs):
        if self._entered:
            raise RuntimeError('cannot enter context: %r is already entered' % (self,))
        ident = _get_ident()
        self._outer = _current_context()
        self._entered = True
        _current[ident] = self
        try:
            return callable(*args, **kwargs)
        finally:
            _current[ident] = self._outer
            self._outer = None
            self._entered = False

    def copy(self):
        new = Context()
        new._vars = dict(self._vars)
        return new

    @staticmethod
    def _check_key(var):
        if not isinstance(var, ContextVar):
            raise TypeError('a ContextVar key was expected, got %r' % (var,))

    def __getitem__(self, var):
        self._check_key(var)
        return self._vars[var]

    def get(self, var, default=None):
        self._check_key(var)
        return self._vars.get(var, default)

    def __contains__(self, var):
        self._check_key(var)
        return var in self._vars

    def __len__(self):
        return len(self._vars)

    def __iter__(self):
        return iter(self._vars)

    def keys(self):
        return self._vars.keys()

    def values(self):
        return self._vars.values()

    def items(self):
        return self._vars.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._vars == other._vars

    __hash__ = None


class ContextVar:
    """A variable whose value depends on the current Context."""

    __slots__ = ('_name', '_default', '__weakref__')

    def __init__(self, name, *, default=_NO_DEFAULT):
        if not isinstance(name, str):
            raise TypeError('context variable name must be a str')
        self._name = name
        self._default = default

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, *args):
        if len(args) > 1:
            raise TypeError('get expected at most 1 argument, got %d' % len(args))
        values = _current_context()._vars
        if self in values:
            return values[self]
        if args:
            return args[0]
        if self._default is not _NO_DEFAULT:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _current_context()
        old = ctx._vars.get(self, _MISSING)
        ctx._vars[self] = value
        return Token(ctx, self, old, _token_key)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError('expected an instance of Token, got %r' % (token,))
        if token._used:
            raise RuntimeError('%r has already been used once' % (token,))
        if token._var is not self:
            raise ValueError('%r was created by a different ContextVar' % (token,))
        ctx = _current_context()
        if token._ctx is not ctx:
            raise ValueError('%r was created in a different Context' % (token,))
        token._used = True
        if token._old is _MISSING:
            ctx._vars.pop(self, None)
        else:
            ctx._vars[self] = token._old

    def __repr__(self):
        default = ''
        if self._default is not _NO_DEFAULT:
            default = ' default=%r' % (self._default,)
        return '<ContextVar name=%r%s at 0x%x>' % (self._name, default, id(self))

    __class_getitem__ = classmethod(_GenericAlias)


_token_key = object()


class Token:
    """What ContextVar.set() returns; ContextVar.reset(token) restores the old value."""

    __slots__ = ('_ctx', '_var', '_old', '_used')

    MISSING = _MISSING

    def __init__(self, ctx=None, var=None, old=None, key=None):
        if key is not _token_key:
            raise RuntimeError('Tokens can only be created by ContextVars')
        self._ctx = ctx
        self._var = var
        self._old = old
        self._used = False

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.Token' is not an acceptable base type")

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __repr__(self):
        used = ' used' if self._used else ''
        return '<Token%s var=%r at 0x%x>' % (used, self._var, id(self))

    __class_getitem__ = classmethod(_GenericAlias)


def copy_context():
    """A copy of the current Context."""
    return _current_context().copy()


for _cls in (Context, ContextVar, Token):
    _cls.__module__ = '_contextvars'
del _cls
