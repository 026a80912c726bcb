"""Run calls in other threads and collect their outcomes through Future objects.

    with ThreadPoolExecutor(max_workers=4) as pool:
        future = pool.submit(pow, 2, 10)   # runs in a worker thread
        print(future.result())             # waits for it: 1024

_base.py has Future, the Executor interface, wait() and as_completed(); thread.py has
ThreadPoolExecutor; process.py has the ProcessPoolExecutor pygil cannot provide (it runs in one
process). The two executor modules are imported on first use of their class, as in CPython.

pygil's own implementation, written from the documented behaviour of CPython 3.11's
concurrent.futures.
"""

from concurrent.futures._base import (ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION,
                                      BrokenExecutor, CancelledError, Executor, Future,
                                      InvalidStateError, TimeoutError, as_completed, wait)

# The public names, in the order CPython 3.11 lists them.
__all__ = tuple('FIRST_COMPLETED FIRST_EXCEPTION ALL_COMPLETED CancelledError TimeoutError '
                'BrokenExecutor Future Executor wait as_completed ProcessPoolExecutor '
                'ThreadPoolExecutor'.split())


def __dir__():
    return list(__all__) + ['__doc__']


def __getattr__(name):
    # the executors' modules load on first use, as CPython's do
    if name == 'ThreadPoolExecutor':
        from concurrent.futures.thread import ThreadPoolExecutor as executor
    elif name == 'ProcessPoolExecutor':
        from concurrent.futures.process import ProcessPoolExecutor as executor
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = executor       # a plain attribute from now on
    return executor
