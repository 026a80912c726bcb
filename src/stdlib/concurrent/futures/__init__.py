"""Run functions in other threads and collect their results through Future objects.

    with ThreadPoolExecutor(max_workers=4) as pool:
        future = pool.submit(pow, 2, 10)   # runs in a worker thread
        print(future.result())             # waits for it: 1024

The pieces: _base.py has Future, the Executor interface, wait() and as_completed();
thread.py has ThreadPoolExecutor; process.py has a ProcessPoolExecutor that pygil cannot
provide (it has no processes).

This package was written for pygil from the documented behaviour of CPython 3.11's
concurrent.futures.
"""

from concurrent.futures._base import (FIRST_COMPLETED,
                                      FIRST_EXCEPTION,
                                      ALL_COMPLETED,
                                      CancelledError,
                                      TimeoutError,
                                      InvalidStateError,
                                      BrokenExecutor,
                                      Future,
                                      Executor,
                                      wait,
                                      as_completed)
from concurrent.futures.thread import ThreadPoolExecutor
from concurrent.futures.process import ProcessPoolExecutor

__all__ = (
    'FIRST_COMPLETED',
    'FIRST_EXCEPTION',
    'ALL_COMPLETED',
    'CancelledError',
    'TimeoutError',
    'BrokenExecutor',
    'Future',
    'Executor',
    'wait',
    'as_completed',
    'ProcessPoolExecutor',
    'ThreadPoolExecutor',
)
