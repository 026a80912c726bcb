"""ThreadPoolExecutor: run calls in a pool of worker threads.

submit() wraps the call and its Future in a _WorkItem and puts it in a queue. Worker threads
take items from the queue and run them. Workers are started lazily, one per submit() while
there are fewer than max_workers and no worker is idle; an idle-worker counter (a Semaphore,
released each time a worker finishes an item) tells submit() when a worker is free, so a pool
used one call at a time keeps a single worker. shutdown() puts None in the queue: a worker
that takes None puts it back (for the next worker) and stops.
"""

import os
import queue
import threading
from concurrent.futures import _base

# All workers and their queues, so that the end of the program can stop them.
_threads_queues = {}
_shutdown = False                        # True once the program is ending
_global_shutdown_lock = threading.Lock()


def _python_exit():
    """Called by threading._shutdown() when the program ends: tell every worker to stop
    once the queued work is done, and wait for them."""
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
    items = list(_threads_queues.items())
    for thread, work_queue in items:
        work_queue.put(None)
    for thread, work_queue in items:
        thread.join()


# Registered before the program's own code can start workers, so it runs after anything
# registered later (callbacks run newest first).
threading._register_atexit(_python_exit)


class _WorkItem:
    """A submitted call together with the Future that will hold its outcome."""

    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return   # it was cancelled before a worker got to it
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
        else:
            self.future.set_result(result)


def _worker(executor, work_queue, initializer, initargs):
    """The body of a worker thread: run the initializer, then work items until told to stop."""
    try:
        if initializer is not None:
            try:
                initializer(*initargs)
            except BaseException:
                _base._log("critical", 'Exception in initializer:', True)
                executor._initializer_failed()
                return
        while True:
            work_item = work_queue.get(block=True)
            if work_item is not None:
                work_item.run()
                work_item = None   # don't keep the finished call alive while idle
                executor._idle_semaphore.release()
                continue
            # None means: stop. Put it back so that the next worker stops too.
            if _shutdown or executor._shutdown:
                executor._shutdown = True
                work_queue.put(None)
                return
    except BaseException:
        _base._log("critical", 'Exception in worker', True)
    finally:
        _threads_queues.pop(threading.current_thread(), None)


class BrokenThreadPool(_base.BrokenExecutor):
    """Raised when a worker's initializer failed: the pool cannot run calls any more."""


_pool_counter = 0
_pool_counter_lock = threading.Lock()


def _next_pool_number():
    """0, 1, 2, ...: numbers the pools for their default thread names."""
    global _pool_counter
    with _pool_counter_lock:
        number = _pool_counter
        _pool_counter += 1
        return number


class ThreadPoolExecutor(_base.Executor):
    """An executor that runs calls in up to `max_workers` threads.

    max_workers: default min(32, os.cpu_count() + 4).
    thread_name_prefix: the workers are named PREFIX_0, PREFIX_1, ...; by default the prefix
    is "ThreadPoolExecutor-N", N counting the pools made so far.
    initializer(*initargs) runs at the start of each worker; if it raises, the pool is broken:
    pending and new calls fail with BrokenThreadPool.
    """

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            cpus = os.cpu_count()
            if cpus is None:
                cpus = 1
            max_workers = min(32, cpus + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)   # how many workers are idle
        self._threads = set()
        self._broken = False          # False, or the reason the pool is broken
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        if not thread_name_prefix:
            thread_name_prefix = "ThreadPoolExecutor-%d" % _next_pool_number()
        self._thread_name_prefix = thread_name_prefix
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs) in a worker and return its Future."""
        with self._shutdown_lock, _global_shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after interpreter shutdown')
            future = _base.Future()
            self._work_queue.put(_WorkItem(future, fn, args, kwargs))
            self._adjust_thread_count()
            return future

    def _adjust_thread_count(self):
        """Start one more worker, unless one is idle or there are max_workers already."""
        if self._idle_semaphore.acquire(timeout=0):
            return   # an idle worker will take the new item
        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            name = '%s_%d' % (self._thread_name_prefix, num_threads)
            thread = threading.Thread(name=name, target=_worker,
                                      args=(self, self._work_queue,
                                            self._initializer, self._initargs))
            thread.start()
            self._threads.add(thread)
            _threads_queues[thread] = self._work_queue

    def _initializer_failed(self):
        """A worker's initializer raised: mark the pool broken and fail the queued calls."""
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            while True:
                try:
                    work_item = self._work_queue.get_nowait()
                except queue.Empty:
                    break
                if work_item is not None:
                    work_item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Accept no more calls; tell the workers to stop when the queue is empty.
        wait: wait for them. cancel_futures: cancel the calls not started yet."""
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        work_item = self._work_queue.get_nowait()
                    except queue.Empty:
                        break
                    if work_item is not None:
                        work_item.future.cancel()
            self._work_queue.put(None)
        if wait:
            for thread in list(self._threads):
                thread.join()
