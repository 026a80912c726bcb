"""Utilities for with-statement contexts.

Building blocks: the abstract base classes AbstractContextManager and
AbstractAsyncContextManager; contextmanager/asynccontextmanager, which make a context
manager out of a generator function; ContextDecorator, so a manager can decorate a
function; ExitStack/AsyncExitStack, which combine any number of managers and callbacks
chosen at run time; and ready-made managers: closing, aclosing, suppress, nullcontext,
redirect_stdout, redirect_stderr and chdir.
"""

import abc
import os
import sys
from functools import wraps
from types import GenericAlias, MethodType

__all__ = ["asynccontextmanager", "contextmanager", "closing", "nullcontext",
           "AbstractContextManager", "AbstractAsyncContextManager",
           "AsyncExitStack", "ContextDecorator", "ExitStack",
           "redirect_stdout", "redirect_stderr", "suppress", "aclosing",
           "chdir"]


# --- Abstract base classes ---

def _implements(cls, *method_names):
    """For __subclasshook__: True if cls's MRO defines every method (a None entry opts
    out), else NotImplemented so that normal subclass checks decide."""
    for name in method_names:
        owner = next((base for base in cls.__mro__ if name in base.__dict__), None)
        if owner is None or owner.__dict__[name] is None:
            return NotImplemented
    return True


class AbstractContextManager(abc.ABC):
    """Base for classes usable in a with statement.

    __enter__ returns self; __exit__ must be provided. Any class that defines both
    methods counts as a subclass, registered or not."""

    __class_getitem__ = classmethod(GenericAlias)

    def __enter__(self):
        """Enter the context; the with statement binds the result after 'as'."""
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        """Leave the context; return true to swallow the exception being raised."""
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            return _implements(C, "__enter__", "__exit__")
        return NotImplemented


class AbstractAsyncContextManager(abc.ABC):
    """Base for classes usable in an async with statement.

    __aenter__ returns self; __aexit__ must be provided. Any class that defines both
    methods counts as a subclass, registered or not."""

    __class_getitem__ = classmethod(GenericAlias)

    async def __aenter__(self):
        """Enter the context; the async with statement binds the result after 'as'."""
        return self

    @abc.abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        """Leave the context; return true to swallow the exception being raised."""
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractAsyncContextManager:
            return _implements(C, "__aenter__", "__aexit__")
        return NotImplemented


# --- Managers that also decorate functions ---

class ContextDecorator(object):
    """Mixin: instances of a context manager class that inherits it can decorate a
    function, whose every call then runs inside the context."""

    def _recreate_cm(self):
        """The manager to enter for one call of the decorated function.

        Managers that can be entered only once return a fresh copy here."""
        return self

    def __call__(self, func):
        @wraps(func)
        def run_in_context(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return run_in_context


class AsyncContextDecorator(object):
    """ContextDecorator for async context managers decorating coroutine functions."""

    def _recreate_cm(self):
        """The manager to enter for one call of the decorated coroutine function."""
        return self

    def __call__(self, func):
        @wraps(func)
        async def run_in_context(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        return run_in_context


# --- @contextmanager and @asynccontextmanager ---

class _GeneratorContextManagerBase:
    """State shared by the managers that drive a (sync or async) generator."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        # Kept until the manager is entered, to build fresh ones for decorated calls.
        self.func, self.args, self.kwds = func, args, kwds
        # help() on the manager shows the generator function's documentation.
        own_doc = getattr(func, "__doc__", None)
        self.__doc__ = type(self).__doc__ if own_doc is None else own_doc

    def _recreate_cm(self):
        # A generator runs only once, so each decorated call needs a new one.
        return self.__class__(self.func, self.args, self.kwds)

    def _forget_recipe(self):
        del self.args, self.kwds, self.func


def _thrown_exception_went_on(raised, thrown, traceback, stop_types):
    """After `thrown` was thrown into the generator, `raised` came out of it. True when
    that is still `thrown` propagating (whose traceback is then put back as the with
    block left it); False when the generator raised something new."""
    if raised is thrown:
        raised.__traceback__ = traceback
        return True
    # A StopIteration (or StopAsyncIteration) from the with block comes back turned into
    # a RuntimeError by the generator machinery (PEP 479); it is still the same error.
    if (isinstance(raised, RuntimeError) and isinstance(thrown, stop_types)
            and raised.__cause__ is thrown):
        thrown.__traceback__ = traceback
        return True
    return False


class _GeneratorContextManager(_GeneratorContextManagerBase, AbstractContextManager,
                               ContextDecorator):
    """Helper for @contextmanager decorator."""

    def __enter__(self):
        self._forget_recipe()
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            self._abandon("generator didn't stop")
        if value is None:
            # The exception came as a bare class: throw an instance of it.
            value = typ()
        try:
            self.gen.throw(typ, value, traceback)
        except StopIteration as stop:
            # The generator caught the exception and finished: suppressed, unless what
            # finished it is the very StopIteration raised in the with block.
            return stop is not value
        except BaseException as raised:
            if _thrown_exception_went_on(raised, value, traceback, StopIteration):
                return False
            raise
        self._abandon("generator didn't stop after throw()")

    def _abandon(self, message):
        # The generator yielded again: close it (running its cleanup) and complain.
        try:
            raise RuntimeError(message)
        finally:
            self.gen.close()


class _AsyncGeneratorContextManager(_GeneratorContextManagerBase,
                                    AbstractAsyncContextManager, AsyncContextDecorator):
    """Helper for @asynccontextmanager decorator."""

    async def __aenter__(self):
        self._forget_recipe()
        try:
            return await self.gen.__anext__()
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await self.gen.__anext__()
            except StopAsyncIteration:
                return False
            await self._abandon("generator didn't stop")
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(typ, value, traceback)
        except StopAsyncIteration as stop:
            return stop is not value
        except BaseException as raised:
            if _thrown_exception_went_on(raised, value, traceback,
                                         (StopIteration, StopAsyncIteration)):
                return False
            raise
        await self._abandon("generator didn't stop after athrow()")

    async def _abandon(self, message):
        try:
            raise RuntimeError(message)
        finally:
            await self.gen.aclose()


def contextmanager(func):
    """Make a context manager factory out of a generator function.

    The generator must yield exactly once. What runs before the yield is the setup,
    the yielded value is bound by 'as', and what runs after it is the cleanup:

        @contextmanager
        def tag(name):
            print(f"<{name}>")
            try:
                yield name
            finally:
                print(f"</{name}>")

    An exception raised in the with block is raised again at the yield, so the
    generator can handle it (suppressing it if it does not re-raise)."""
    @wraps(func)
    def make_manager(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return make_manager


def asynccontextmanager(func):
    """Like contextmanager, for an async generator function and async with."""
    @wraps(func)
    def make_manager(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return make_manager


# --- Small ready-made managers ---

class closing(AbstractContextManager):
    """Give thing to the with block and call thing.close() when the block ends:

        with closing(urlopen(url)) as page:
            ..."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """Give thing to the async with block and await thing.aclose() when it ends,
    e.g. to finalize an async generator deterministically."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class _RedirectStream(AbstractContextManager):

    _stream = None      # the name of the sys attribute to replace

    def __init__(self, new_target):
        self._new_target = new_target
        # One saved stream per entry, so the same manager may be entered re-entrantly.
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Send what is written to sys.stdout inside the block to another file:

        with redirect_stdout(io.StringIO()) as captured:
            help(pow)
        text = captured.getvalue()"""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Send what is written to sys.stderr inside the block to another file."""

    _stream = "stderr"


class suppress(AbstractContextManager):
    """Swallow the given exception types (and their subclasses) raised in the block;
    execution resumes after the with statement:

        with suppress(FileNotFoundError):
            os.remove(path)"""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """A manager that does nothing, for code that needs one only sometimes; the block
    receives enter_result:

        with (open(path) if path else nullcontext(sys.stdin)) as source:
            ..."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


class chdir(AbstractContextManager):
    """Make path the working directory inside the block, and return to the previous
    one afterwards. The working directory belongs to the process: not thread-safe."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        os.chdir(self._old_cwd.pop())


# --- ExitStack and AsyncExitStack ---

def _protocol_error(cls, kind):
    return TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does not support "
                     f"the {kind} protocol")


def _chain_to(raised, previous, outer):
    """Give `raised` the context nested with statements would have given it.

    Python linked it (perhaps through exceptions of its own making) to `outer`, the
    exception being handled when __exit__ began; in nested with statements it would
    have been linked to `previous`, the exception the inner exits left."""
    link = raised
    while True:
        context = link.__context__
        if context is None or context is previous:
            return
        if context is outer:
            link.__context__ = previous
            return
        link = context


def _raise_keeping_context(exc):
    # 'raise' inside __exit__ would relink exc to the exception being handled.
    context = exc.__context__
    try:
        raise exc
    except BaseException:
        exc.__context__ = context
        raise


class _BaseExitStack:
    """The stack of exit callbacks behind ExitStack and AsyncExitStack. Each entry is
    (is_sync, callback) with the __exit__ signature; the newest runs first."""

    def __init__(self):
        self._exit_callbacks = []

    def _remember(self, exit_callback, is_sync=True):
        self._exit_callbacks.append((is_sync, exit_callback))

    def pop_all(self):
        """Move all callbacks to a new stack of this type, and return it.

        This stack is left empty, so leaving its with block runs nothing."""
        heir = type(self)()
        heir._exit_callbacks, self._exit_callbacks = self._exit_callbacks, []
        return heir

    def push(self, exit):
        """Add a callback with the signature of __exit__, or an object's __exit__.

        Like __exit__, the callback may return true to suppress the exception. exit is
        returned, so push works as a decorator."""
        exit_method = getattr(type(exit), '__exit__', None)
        if exit_method is None:
            self._remember(exit)
        else:
            self._remember(MethodType(exit_method, exit))
        return exit

    def enter_context(self, cm):
        """Enter cm and push its __exit__; return what its __enter__ returned."""
        cls = type(cm)
        try:
            enter, exit_method = cls.__enter__, cls.__exit__
        except AttributeError:
            raise _protocol_error(cls, "context manager") from None
        entered = enter(cm)
        self._remember(MethodType(exit_method, cm))
        return entered

    def callback(self, callback, /, *args, **kwds):
        """Push callback(*args, **kwds), which cannot suppress exceptions.

        callback is returned, so this works as a decorator."""
        def call_on_exit(exc_type, exc, tb):
            callback(*args, **kwds)
        # Lets callers find which callback an entry stands for.
        call_on_exit.__wrapped__ = callback
        self._remember(call_on_exit)
        return callback


class ExitStack(_BaseExitStack, AbstractContextManager):
    """Context manager for dynamic management of a stack of exit callbacks.

    Context managers entered and callbacks pushed while the block runs are all exited,
    newest first, when it ends, exactly as nested with statements would be:

        with ExitStack() as stack:
            files = [stack.enter_context(open(name)) for name in names]
            # every file opened is closed at the end, even if a later open() fails
    """

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        came_with_exception = exc_details[0] is not None
        outer = sys.exc_info()[1]
        pending = exc_details
        suppressed = must_raise = False
        while self._exit_callbacks:
            _, exit_callback = self._exit_callbacks.pop()
            try:
                swallowed = exit_callback(*pending)
            except BaseException as raised:
                _chain_to(raised, pending[1], outer)
                pending = (type(raised), raised, raised.__traceback__)
                must_raise = True
                continue
            if swallowed:
                pending = (None, None, None)
                suppressed, must_raise = True, False
        if must_raise:
            _raise_keeping_context(pending[1])
        return came_with_exception and suppressed

    def close(self):
        """Run all the callbacks now, as if the block had ended without an exception."""
        self.__exit__(None, None, None)


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """ExitStack for async with: also takes async context managers and coroutine
    functions as callbacks.

        async with AsyncExitStack() as stack:
            connections = [await stack.enter_async_context(connect(host))
                           for host in hosts]
    """

    async def enter_async_context(self, cm):
        """Enter the async context manager cm and push its __aexit__; return what its
        __aenter__ returned."""
        cls = type(cm)
        try:
            enter, exit_method = cls.__aenter__, cls.__aexit__
        except AttributeError:
            raise _protocol_error(cls, "asynchronous context manager") from None
        entered = await enter(cm)
        self._remember(MethodType(exit_method, cm), False)
        return entered

    def push_async_exit(self, exit):
        """Add a coroutine function with the signature of __aexit__, or an object's
        __aexit__; it may suppress exceptions. exit is returned."""
        exit_method = getattr(type(exit), '__aexit__', None)
        if exit_method is None:
            self._remember(exit, False)
        else:
            self._remember(MethodType(exit_method, exit), False)
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Push the coroutine function call callback(*args, **kwds), which cannot
        suppress exceptions. callback is returned."""
        async def call_on_exit(exc_type, exc, tb):
            await callback(*args, **kwds)
        call_on_exit.__wrapped__ = callback
        self._remember(call_on_exit, False)
        return callback

    async def aclose(self):
        """Run all the callbacks now, as if the block had ended without an exception."""
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        came_with_exception = exc_details[0] is not None
        outer = sys.exc_info()[1]
        pending = exc_details
        suppressed = must_raise = False
        while self._exit_callbacks:
            is_sync, exit_callback = self._exit_callbacks.pop()
            try:
                swallowed = exit_callback(*pending)
                if not is_sync:
                    swallowed = await swallowed
            except BaseException as raised:
                _chain_to(raised, pending[1], outer)
                pending = (type(raised), raised, raised.__traceback__)
                must_raise = True
                continue
            if swallowed:
                pending = (None, None, None)
                suppressed, must_raise = True, False
        if must_raise:
            _raise_keeping_context(pending[1])
        return came_with_exception and suppressed
