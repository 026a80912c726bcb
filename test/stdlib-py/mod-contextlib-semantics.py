# contextlib: generator managers' exit rules, ExitStack's nested-with exception chaining, async variants
import contextlib
import io
import os
import sys
import tempfile
from contextlib import (AbstractAsyncContextManager, AbstractContextManager, AsyncExitStack,
                        ExitStack, aclosing, asynccontextmanager, closing, contextmanager,
                        nullcontext, redirect_stderr, redirect_stdout, suppress)


def chain(exc):
    names = []
    while exc is not None:
        names.append(f'{type(exc).__name__}({exc})')
        exc = exc.__context__
    return ' <- '.join(names)


@contextmanager
def traced(name, swallow=()):
    print('enter', name)
    try:
        yield name.upper()
    except swallow as e:
        print(name, 'swallowed', repr(e))
    finally:
        print('exit', name)


with traced('a') as value:
    print('body', value)
with traced('b', ValueError):
    raise ValueError('inside')
try:
    with traced('c', KeyError):
        raise ValueError('not swallowed')
except ValueError as e:
    print('propagated', repr(e), e.__traceback__ is not None)


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    try:
        yield 1
        yield 2
    finally:
        print('two_yields cleaned up')


@contextmanager
def yields_after_catch():
    try:
        yield
    except ValueError:
        yield


@contextmanager
def converts():
    try:
        yield
    except ValueError as e:
        raise TypeError('converted') from e


for maker in (no_yield, two_yields):
    try:
        with maker():
            pass
    except RuntimeError as e:
        print('RuntimeError', e)
try:
    with yields_after_catch():
        raise ValueError
except RuntimeError as e:
    print('RuntimeError', e)
try:
    with converts():
        raise ValueError('orig')
except TypeError as e:
    print('TypeError', e, repr(e.__cause__))
try:
    with traced('d'):
        raise StopIteration('from block')
except StopIteration as e:
    print('StopIteration kept', e)


@contextmanager
def swallow_stop():
    try:
        yield
    except StopIteration:
        pass


with swallow_stop():
    raise StopIteration
print('StopIteration swallowed by generator')
cm = traced('e')
print(cm.__doc__ is None, type(cm).__name__, isinstance(cm, AbstractContextManager))
print(cm.__exit__(None, None, None) if False else '', cm.__enter__())
try:
    cm.__exit__(KeyError, None, None)
except KeyError as e:
    print('class-only exception instantiated:', repr(e))


@traced('deco')
def decorated(x):
    print('decorated body', x)
    return x * 2


print(decorated(1), decorated(2), decorated.__name__)


def documented():
    """Docstring of the generator function."""
    yield


print(contextmanager(documented)().__doc__, contextmanager(documented).__doc__)

# ExitStack
with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, 'callback', i)
    stack.push(lambda *exc: print('push saw', exc[0]))
    print(stack.enter_context(traced('inner')))
    w = stack.callback(len, 'abc')
    print(w is len, stack._exit_callbacks[-1][1].__wrapped__ is len)


def raiser(exc):
    def cb(*details):
        raise exc
    return cb


try:
    with ExitStack() as stack:
        stack.push(raiser(KeyError('outermost')))
        stack.push(raiser(IndexError('middle')))
        stack.push(raiser(ValueError('innermost')))
        raise ZeroDivisionError('body')
except KeyError as e:
    print(chain(e))
try:
    with ExitStack() as stack:
        stack.push(raiser(KeyError('second')))
        stack.push(lambda *d: True)
        stack.push(raiser(ValueError('first')))
except KeyError as e:
    print(chain(e))
try:
    with ExitStack() as stack:
        stack.push(lambda *d: print('outer sees', d[0].__name__, d[1]))
        stack.push(raiser(ValueError('cleanup failed')))
        raise OSError('body')
except ValueError as e:
    print(chain(e))
try:
    try:
        raise LookupError('being handled')
    except LookupError:
        with ExitStack() as stack:
            stack.push(raiser(ValueError('b')))
            stack.push(raiser(TypeError('a')))
except ValueError as e:
    print(chain(e))
with ExitStack() as stack:
    stack.push(lambda *d: True)
    raise RuntimeError('suppressed by the stack')
print('after suppressed', ExitStack().__exit__(None, None, None))
s1 = ExitStack()
s1.callback(print, 'moved callback ran')
s2 = s1.pop_all()
s1.close()
print(type(s2).__name__, len(s2._exit_callbacks), len(s1._exit_callbacks))
s2.close()
for thing in (object(), 5):
    try:
        ExitStack().enter_context(thing)
    except TypeError as e:
        print('TypeError', e)


class Closable:
    def close(self):
        print('closed')


with closing(Closable()) as c:
    print(type(c).__name__)
with suppress(LookupError, ZeroDivisionError):
    {}['x']
print('suppress ok', suppress().__exit__(None, None, None))
try:
    with suppress(KeyError):
        raise ExceptionGroup('g', [KeyError()])
except ExceptionGroup as e:
    print('group not suppressed', repr(e))
with nullcontext(42) as n:
    print('null', n)
buf, err = io.StringIO(), io.StringIO()
rd = redirect_stdout(buf)
with rd:
    print('one')
    with rd:
        print('two')
    with redirect_stderr(err) as target:
        print('to stderr', file=sys.stderr)
print(repr(buf.getvalue()), repr(err.getvalue()), target is err)
here = os.getcwd()
with tempfile.TemporaryDirectory() as tmp:
    with contextlib.chdir(tmp):
        print(os.path.samefile(os.getcwd(), tmp))
print(os.getcwd() == here)


class Duck:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return None


class OptOut(Duck):
    __exit__ = None


print(issubclass(Duck, AbstractContextManager), issubclass(OptOut, AbstractContextManager),
      issubclass(int, AbstractContextManager), AbstractContextManager[int])


# async variants, driven without an event loop
def run(coro):
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value
    raise AssertionError('coroutine suspended')


@asynccontextmanager
async def atraced(name):
    print('aenter', name)
    try:
        yield name
    finally:
        print('aexit', name)


class AClosable:
    async def aclose(self):
        print('aclosed')


async def main():
    async with atraced('x') as v:
        print('async body', v)
    async with AsyncExitStack() as stack:
        print(await stack.enter_async_context(atraced('y')))
        async def announce(what):
            print('async callback', what)
        stack.push_async_callback(announce, 'ran')
        stack.callback(print, 'sync callback in async stack')

        async def aexit(*details):
            print('async exit callback', details[0])
        stack.push_async_exit(aexit)
    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(object())
    except TypeError as e:
        print('TypeError', e)
    async with aclosing(AClosable()):
        pass
    async with nullcontext('n') as n:
        print('async null', n)

    @atraced('adeco')
    async def work():
        return 'worked'
    return await work()


print(run(main()), issubclass(type(atraced('z')), AbstractAsyncContextManager))


@asynccontextmanager
async def aswallow(kind):
    try:
        yield
    except kind as e:
        print('async swallowed', repr(e))


@asynccontextmanager
async def anoyield():
    if False:
        yield


@asynccontextmanager
async def atwice():
    yield
    yield


async def async_errors():
    async with aswallow(ValueError):
        raise ValueError('v')
    try:
        async with aswallow(KeyError):
            raise ValueError('through')
    except ValueError as e:
        print('async propagated', repr(e))
    for maker in (anoyield, atwice):
        try:
            async with maker():
                pass
        except RuntimeError as e:
            print('RuntimeError', e)
    try:
        async with aswallow(KeyError):
            raise StopAsyncIteration('stop')
    except StopAsyncIteration as e:
        print('StopAsyncIteration kept', e)


run(async_errors())
