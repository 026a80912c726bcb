"""Run calls in other threads and collect their outcomes through Future objects.

    with ThreadPoolExecutor(max_workers=4) as pool:
        future = pool.submit(pow, 2, 10)   # runs in a worker thread
        print(future.result())             # waits for it: 1024

_base.py has Future, the Executor interface, wait() and as_completed(); thread.py has
ThreadPoolExecutor; process.py has the ProcessPoolExecutor pygil cannot provide (it runs in one
process).

pygil's own implementation, written from the documented behaviour of CPython 3.11's
concurrent.futures.
"""

from concurrent.futures._base import (ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION,
                                      BrokenExecutor, CancelledError, Executor, Future,
                                      InvalidStateError, TimeoutError, as_completed, wait)
# CPython imports the executors' modules on first use of their class. pygil imports them now:
# an import costs pygil far more, and a program's first pool is often made while its other
# threads already run against the clock.
from concurrent.futures.thread import ThreadPoolExecutor
from concurrent.futures.process import ProcessPoolExecutor

# The public names, in the order CPython 3.11 lists them.
__all__ = tuple('FIRST_COMPLETED FIRST_EXCEPTION ALL_COMPLETED CancelledError TimeoutError '
                'BrokenExecutor Future Executor wait as_completed ProcessPoolExecutor '
                'ThreadPoolExecutor'.split())


def __dir__():
    # what CPython lists (the submodules and helpers stay out of it)
    return list(__all__) + ['__doc__']
