"""ThreadPoolExecutor: run calls in a pool of worker threads.

submit() puts a work item (future, fn, args, kwargs) in the pool's SimpleQueue; workers take
items and run them. Workers are started one at a time, by submit(), only when no worker is
idle and there are fewer than max_workers: a pool used for one call at a time keeps one thread.
A worker counts itself idle each time it finishes an item, and submit() uses up one idle count
instead of starting a thread.

To stop, the pool puts None in its queue. A worker that takes None puts it back for the next
worker and ends. At the end of the program every pool is stopped that way and its workers are
waited for (through threading._register_atexit), after the queued calls ran.

pygil's own implementation, written from the documented behaviour of CPython 3.11's
concurrent.futures.thread (messages and thread names are CPython's).
"""

import os
import queue
import threading
from concurrent.futures import _base

_threads_queues = {}                     # every worker thread -> the queue it takes work from
_shutdown = False                        # the program is ending: no new work anywhere
_global_shutdown_lock = threading.Lock()


def _python_exit():
    """Run by threading._shutdown() as the program ends: let every worker finish the queued
    work and stop, and wait for them all."""
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
    workers = list(_threads_queues.items())
    for _, work_queue in workers:
        work_queue.put(None)
    for worker, _ in workers:
        worker.join()


# Registered when this module is imported, before any pool exists, so it runs after the
# exit callbacks a program registers later (those run newest first).
threading._register_atexit(_python_exit)


def _run_work_items(pool, work_queue):
    """Take work items from the queue and run them, until told to stop (None)."""
    while True:
        item = work_queue.get()
        if item is None:
            if _shutdown or pool._shutdown:
                pool._shutdown = True
                work_queue.put(None)       # for the next worker
                return
            continue
        future, fn, args, kwargs = item
        item = None
        if future.set_running_or_notify_cancel():
            try:
                # (most calls have no keywords: no empty dict to merge then)
                outcome = fn(*args, **kwargs) if kwargs else fn(*args)
            except BaseException as exc:
                future.set_exception(exc)
            else:
                future.set_result(outcome)
                outcome = None
        # drop the finished call before going idle (an idle worker should not keep it alive)
        future = fn = args = kwargs = None
        with pool._idle_lock:
            pool._idle_workers += 1


def _worker(pool, work_queue, initializer, initargs):
    """The body of a worker thread: the pool's initializer, then work items."""
    try:
        if initializer is not None:
            try:
                initializer(*initargs)
            except BaseException:
                _base._log("critical", 'Exception in initializer:', True)
                pool._initializer_failed()
                return
        _run_work_items(pool, work_queue)
    except BaseException:
        _base._log("critical", 'Exception in worker', True)
    finally:
        _threads_queues.pop(threading.current_thread(), None)


class BrokenThreadPool(_base.BrokenExecutor):
    """Raised when a worker's initializer failed: the pool cannot run calls any more."""


_pools_made = 0
_pools_made_lock = threading.Lock()


def _default_prefix():
    """"ThreadPoolExecutor-0", "ThreadPoolExecutor-1", ...: one number per pool made."""
    global _pools_made
    with _pools_made_lock:
        number = _pools_made
        _pools_made = number + 1
    return "ThreadPoolExecutor-%d" % number


class ThreadPoolExecutor(_base.Executor):
    """An Executor that runs the calls in up to `max_workers` threads.

    max_workers: by default min(32, os.cpu_count() + 4).
    thread_name_prefix: the workers are named PREFIX_0, PREFIX_1, ...; by default PREFIX is
    "ThreadPoolExecutor-N" (N counts the pools made so far).
    initializer(*initargs) runs first in every worker; if it raises, the pool is broken: the
    calls waiting in it and any submitted later fail with BrokenThreadPool.
    """

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._thread_name_prefix = thread_name_prefix or _default_prefix()
        self._initializer = initializer
        self._initargs = initargs
        self._work_queue = queue.SimpleQueue()
        self._threads = set()
        self._idle_workers = 0                   # finished items not yet matched by a submit()
        self._idle_lock = threading.Lock()
        self._broken = False                     # False, or why the pool cannot be used
        self._shutdown = False
        self._shutdown_lock = threading.Lock()

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs) in a worker thread; return its Future."""
        with self._shutdown_lock, _global_shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after interpreter shutdown')
            future = _base.Future()
            self._work_queue.put((future, fn, args, kwargs))
            with self._idle_lock:
                idle = self._idle_workers
                if idle:
                    self._idle_workers = idle - 1
            if not idle and len(self._threads) < self._max_workers:
                self._start_worker()
            return future

    def _start_worker(self):
        name = '%s_%d' % (self._thread_name_prefix, len(self._threads))
        worker = threading.Thread(name=name, target=_worker,
                                  args=(self, self._work_queue, self._initializer, self._initargs))
        worker.start()
        self._threads.add(worker)
        _threads_queues[worker] = self._work_queue

    def _take_queued_futures(self):
        """Empty the queue; return the futures of the work items that were in it."""
        futures = []
        while True:
            try:
                item = self._work_queue.get_nowait()
            except queue.Empty:
                return futures
            if item is not None:
                futures.append(item[0])

    def _initializer_failed(self):
        """A worker's initializer raised: the pool is broken, and so are the queued calls."""
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            for future in self._take_queued_futures():
                future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Accept no more calls; the workers stop once the queue is empty.
        wait: wait for them to stop. cancel_futures: cancel the calls not started yet."""
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                for future in self._take_queued_futures():
                    future.cancel()
            self._work_queue.put(None)         # wakes an idle worker, which passes it on
        if wait:
            for worker in list(self._threads):
                worker.join()
