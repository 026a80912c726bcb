"""Telling coroutines apart."""

import collections.abc
import inspect
import types

__all__ = ('iscoroutinefunction', 'iscoroutine')

_is_coroutine = object()


def iscoroutinefunction(func):
    """True for async def functions (and ones marked by the old @coroutine)."""
    return (inspect.iscoroutinefunction(func) or
            getattr(func, '_is_coroutine', None) is _is_coroutine)


_COROUTINE_TYPES = (types.CoroutineType, types.GeneratorType, collections.abc.Coroutine)


def iscoroutine(obj):
    """True for coroutine objects."""
    return isinstance(obj, _COROUTINE_TYPES)
