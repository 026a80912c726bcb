"""How futures, tasks and handles describe their callbacks and coroutines in reprs."""

import functools
import reprlib


def _format_args_and_kwargs(args, kwargs):
    items = []
    if args:
        items.extend(reprlib.repr(arg) for arg in args)
    if kwargs:
        items.extend(f'{k}={reprlib.repr(v)}' for k, v in kwargs.items())
    return '(' + ', '.join(items) + ')'


def _callback_name(func):
    if _is_task_method(func):
        # CPython's Task is C: its methods show as Task.task_wakeup() with no source
        return 'Task.task_' + func.__name__.lstrip('_')
    if hasattr(func, '__qualname__') and func.__qualname__:
        return func.__qualname__
    if hasattr(func, '__name__') and func.__name__:
        return func.__name__
    return repr(func)


def _is_task_method(func):
    qualname = getattr(getattr(func, '__func__', None), '__qualname__', '')
    return getattr(func, '__self__', None) is not None and qualname.startswith('Task.__')


def _format_callback(func, args, kwargs, suffix=''):
    if isinstance(func, functools.partial):
        suffix = _format_args_and_kwargs(args, kwargs) + suffix
        return _format_callback(func.func, func.args, func.keywords, suffix)
    return _callback_name(func) + _format_args_and_kwargs(args, kwargs) + suffix


def _format_callback_source(func, args):
    text = _format_callback(func, args, None)
    code = getattr(getattr(func, '__func__', func), '__code__', None)
    if code is not None and not _is_task_method(func):
        text += f' at {code.co_filename}:{code.co_firstlineno}'
    return text


def _format_coroutine(coro):
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    name = (getattr(coro, '__qualname__', None) or getattr(code, 'co_qualname', None) or
            getattr(coro, '__name__', None) or type(coro).__name__)
    name = f'{name}()'
    frame = getattr(coro, 'cr_frame', None) or getattr(coro, 'gi_frame', None)
    if frame is not None:
        lineno = frame.f_lineno
        if code is not None and getattr(coro, 'cr_frame', None) is not None:
            import inspect
            if inspect.getcoroutinestate(coro) == 'CORO_CREATED':
                lineno = code.co_firstlineno    # not started: the def line
        return f'{name} running at {frame.f_code.co_filename}:{lineno}'
    if code is not None:
        return f'{name} done, defined at {code.co_filename}:{code.co_firstlineno}'
    return name
