"""Pools of workers: ThreadPool (threads; pygil has no process Pool)."""

import itertools
import queue
import threading

from . import TimeoutError

__all__ = ['ThreadPool', 'ApplyResult', 'AsyncResult', 'MapResult', 'IMapIterator']

INIT = "INIT"
RUN = "RUN"
CLOSE = "CLOSE"
TERMINATE = "TERMINATE"

_job_counter = itertools.count()


class ApplyResult:
    """The result of apply_async(): get(), wait(), ready(), successful()."""

    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        self._event = threading.Event()
        self._job = next(_job_counter)
        self._callback = callback
        self._error_callback = error_callback
        self._success = None
        self._value = None

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        if self._success:
            return self._value
        raise self._value

    def _set(self, i, obj):
        self._success, self._value = obj
        if self._callback and self._success:
            self._callback(self._value)
        if self._error_callback and not self._success:
            self._error_callback(self._value)
        self._event.set()
        self._pool._job_done()

    __class_getitem__ = classmethod(lambda cls, item: __import__('types').GenericAlias(cls, item))


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    """The result of map_async(): a list in the order of the inputs."""

    def __init__(self, pool, length, callback, error_callback):
        super().__init__(pool, callback, error_callback)
        self._success = True
        self._value = [None] * length
        self._number_left = length
        self._lock = threading.Lock()
        if length == 0:
            self._number_left = 0
            self._event.set()
            if self._callback:
                self._callback(self._value)

    def _set(self, i, success_result):
        success, result = success_result
        with self._lock:
            if self._event.is_set():
                return
            if success and self._success:
                self._value[i] = result
                self._number_left -= 1
                finished = self._number_left == 0
            else:
                self._success = False
                self._value = result
                finished = True
        if finished:
            if self._success and self._callback:
                self._callback(self._value)
            if not self._success and self._error_callback:
                self._error_callback(self._value)
            self._event.set()
        self._pool._job_done()


class IMapIterator:
    """The iterator imap() returns: results in input order as they arrive."""

    def __init__(self, pool):
        self._pool = pool
        self._cond = threading.Condition(threading.Lock())
        self._items = {}
        self._index = 0
        self._length = None

    def __iter__(self):
        return self

    def next(self, timeout=None):
        with self._cond:
            while True:
                if self._index in self._items:
                    success, value = self._items.pop(self._index)
                    self._index += 1
                    if success:
                        return value
                    raise value
                if self._length is not None and self._index >= self._length:
                    raise StopIteration from None
                if not self._cond.wait(timeout):
                    raise TimeoutError from None

    __next__ = next

    def _set(self, i, obj):
        with self._cond:
            self._items[i] = obj
            self._cond.notify_all()
        self._pool._job_done()

    def _set_length(self, length):
        with self._cond:
            self._length = length
            self._cond.notify_all()


class IMapUnorderedIterator(IMapIterator):
    """imap_unordered(): results in the order they finish."""

    def __init__(self, pool):
        super().__init__(pool)
        self._done = []
        self._taken = 0

    def next(self, timeout=None):
        with self._cond:
            while True:
                if self._done:
                    success, value = self._done.pop(0)
                    self._taken += 1
                    if success:
                        return value
                    raise value
                if self._length is not None and self._taken >= self._length:
                    raise StopIteration from None
                if not self._cond.wait(timeout):
                    raise TimeoutError from None

    __next__ = next

    def _set(self, i, obj):
        with self._cond:
            self._done.append(obj)
            self._cond.notify_all()
        self._pool._job_done()


def _call(func, args, kwds):
    try:
        return True, func(*args, **kwds)
    except Exception as e:
        return False, e


class ThreadPool:
    """A pool of worker threads with the multiprocessing.Pool API:
    map/imap/starmap/apply and their _async forms, close/join/terminate."""

    _wrap_exception = False

    def __init__(self, processes=None, initializer=None, initargs=()):
        if processes is None:
            import os
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._processes = processes
        self._tasks = queue.SimpleQueue()
        self._pending = 0
        self._pending_lock = threading.Condition(threading.Lock())
        self._state = RUN
        self._initializer = initializer
        self._initargs = initargs
        self._pool = []
        for _ in range(processes):
            t = threading.Thread(target=self._worker, daemon=True)
            self._pool.append(t)
            t.start()

    def __repr__(self):
        cls = self.__class__
        return (f'<{cls.__module__}.{cls.__qualname__} '
                f'state={self._state} pool_size={len(self._pool)}>')

    def _worker(self):
        if self._initializer is not None:
            self._initializer(*self._initargs)
        while True:
            task = self._tasks.get()
            if task is None:
                return
            result, i, func, args, kwds = task
            outcome = _call(func, args, kwds)
            try:
                result._set(i, outcome)
            except Exception:
                pass

    def _submit(self, result, i, func, args, kwds):
        with self._pending_lock:
            self._pending += 1
        self._tasks.put((result, i, func, args, kwds))

    def _job_done(self):
        with self._pending_lock:
            self._pending -= 1
            if self._pending == 0:
                self._pending_lock.notify_all()

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    def apply(self, func, args=(), kwds={}):
        """func(*args, **kwds) in a worker; waits for the result."""
        return self.apply_async(func, args, kwds).get()

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        self._submit(result, 0, func, args, kwds)
        return result

    def map(self, func, iterable, chunksize=None):
        """[func(x) for x in iterable], computed by the workers."""
        return self._map_async(func, iterable, False).get()

    def starmap(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, True).get()

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, False, callback, error_callback)

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, True, callback, error_callback)

    def _map_async(self, func, iterable, star, callback=None, error_callback=None):
        self._check_running()
        if not hasattr(iterable, '__len__'):
            iterable = list(iterable)
        items = list(iterable)
        result = MapResult(self, len(items), callback, error_callback)
        for i, x in enumerate(items):
            self._submit(result, i, func, tuple(x) if star else (x,), {})
        return result

    def imap(self, func, iterable, chunksize=1):
        """An iterator of func(x), in input order."""
        self._check_running()
        result = IMapIterator(self)
        n = 0
        for i, x in enumerate(iterable):
            self._submit(result, i, func, (x,), {})
            n += 1
        result._set_length(n)
        return result

    def imap_unordered(self, func, iterable, chunksize=1):
        """An iterator of func(x), in the order they finish."""
        self._check_running()
        result = IMapUnorderedIterator(self)
        n = 0
        for i, x in enumerate(iterable):
            self._submit(result, i, func, (x,), {})
            n += 1
        result._set_length(n)
        return result

    def close(self):
        """No more tasks; the workers stop once the queued ones are done."""
        if self._state == RUN:
            self._state = CLOSE

    def terminate(self):
        """Stop the workers (tasks still queued are dropped)."""
        self._state = TERMINATE
        for _ in self._pool:
            self._tasks.put(None)

    def join(self):
        """Wait for the workers to exit (after close() or terminate())."""
        if self._state == RUN:
            raise ValueError("Pool is still running")
        elif self._state not in (CLOSE, TERMINATE):
            raise ValueError("In unknown state")
        if self._state == CLOSE:
            with self._pending_lock:
                while self._pending:
                    self._pending_lock.wait()
            for _ in self._pool:
                self._tasks.put(None)
        for t in self._pool:
            if t is not threading.current_thread():
                t.join()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()
