"""Future, the Executor interface, wait() and as_completed().

A Future is a box for the result of a call that runs somewhere else. It starts PENDING, becomes
RUNNING when a worker picks it up, and ends FINISHED (with a result or an exception) or
CANCELLED. Its Condition lets threads wait for the end. Functions that wait for many futures at
once (wait, as_completed) put a "waiter" object in each future's `_waiters` list; a future
tells its waiters when it finishes.
"""

import sys
import threading
import time

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

# The states of a Future.
PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'                          # cancelled, waiters not told yet
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'  # cancelled, and waiters told
FINISHED = 'FINISHED'

_FUTURE_STATES = [PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished",
}

_DONE_STATES = (CANCELLED_AND_NOTIFIED, FINISHED)


def _log(level, message, with_traceback):
    """Report a problem the way CPython's "concurrent.futures" logger does.

    If the program uses logging, go through that logger (so its configuration applies).
    Otherwise write what logging's last-resort handler would: the message, then the traceback
    of the exception being handled, on stderr, in one write.
    """
    logging = sys.modules.get("logging")
    if logging is not None:
        logger = logging.getLogger("concurrent.futures")
        if level == "critical":
            logger.critical(message, exc_info=with_traceback)
        else:
            logger.error(message, exc_info=with_traceback)
        return
    text = message + "\n"
    if with_traceback:
        import _thread
        text += _thread._format_exception(*sys.exc_info())
    if sys.stderr is not None:
        sys.stderr.write(text)
        sys.stderr.flush()


class Error(Exception):
    """Base class for all future-related exceptions."""


class CancelledError(Error):
    """The Future was cancelled."""


# In Python 3.11, concurrent.futures.TimeoutError is the built-in TimeoutError.
TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in this state."""


class BrokenExecutor(RuntimeError):
    """Raised when an executor cannot run tasks any more (e.g. a worker failed to start)."""


# ---------------------------------------------------------------------------------------------
# Waiters: how wait() and as_completed() learn that futures finished

class _Waiter:
    """Collects the futures that finish; `event` is set when the waiting caller should wake."""

    def __init__(self):
        self.event = threading.Event()
        self.finished_futures = []

    def add_result(self, future):
        self.finished_futures.append(future)

    def add_exception(self, future):
        self.finished_futures.append(future)

    def add_cancelled(self, future):
        self.finished_futures.append(future)


class _AsCompletedWaiter(_Waiter):
    """For as_completed(): wake the caller at every finished future."""

    def __init__(self):
        _Waiter.__init__(self)
        self.lock = threading.Lock()   # as_completed() takes the list while futures add to it

    def add_result(self, future):
        with self.lock:
            _Waiter.add_result(self, future)
            self.event.set()

    def add_exception(self, future):
        with self.lock:
            _Waiter.add_exception(self, future)
            self.event.set()

    def add_cancelled(self, future):
        with self.lock:
            _Waiter.add_cancelled(self, future)
            self.event.set()


class _FirstCompletedWaiter(_Waiter):
    """For wait(return_when=FIRST_COMPLETED): wake the caller at the first finished future."""

    def add_result(self, future):
        _Waiter.add_result(self, future)
        self.event.set()

    def add_exception(self, future):
        _Waiter.add_exception(self, future)
        self.event.set()

    def add_cancelled(self, future):
        _Waiter.add_cancelled(self, future)
        self.event.set()


class _AllCompletedWaiter(_Waiter):
    """For wait(ALL_COMPLETED or FIRST_EXCEPTION): count down the pending futures; wake the
    caller at zero, or at the first exception if `stop_on_exception`."""

    def __init__(self, num_pending_calls, stop_on_exception):
        _Waiter.__init__(self)
        self.num_pending_calls = num_pending_calls
        self.stop_on_exception = stop_on_exception
        self.lock = threading.Lock()

    def _count_one_done(self):
        with self.lock:
            self.num_pending_calls -= 1
            if not self.num_pending_calls:
                self.event.set()

    def add_result(self, future):
        _Waiter.add_result(self, future)
        self._count_one_done()

    def add_exception(self, future):
        _Waiter.add_exception(self, future)
        if self.stop_on_exception:
            self.event.set()
        else:
            self._count_one_done()

    def add_cancelled(self, future):
        _Waiter.add_cancelled(self, future)
        self._count_one_done()


class _AcquireFutures:
    """A context manager holding the conditions of many futures at once. They are taken in
    order of id(), so that two threads doing this never wait for each other in a circle."""

    def __init__(self, futures):
        self.futures = sorted(futures, key=id)

    def __enter__(self):
        for future in self.futures:
            future._condition.acquire()

    def __exit__(self, *args):
        for future in self.futures:
            future._condition.release()


def _create_and_install_waiters(fs, return_when):
    if return_when == _AS_COMPLETED:
        waiter = _AsCompletedWaiter()
    elif return_when == FIRST_COMPLETED:
        waiter = _FirstCompletedWaiter()
    else:
        pending_count = 0
        for f in fs:
            if f._state not in _DONE_STATES:
                pending_count += 1
        if return_when == FIRST_EXCEPTION:
            waiter = _AllCompletedWaiter(pending_count, stop_on_exception=True)
        elif return_when == ALL_COMPLETED:
            waiter = _AllCompletedWaiter(pending_count, stop_on_exception=False)
        else:
            raise ValueError("Invalid return condition: %r" % return_when)
    for f in fs:
        f._waiters.append(waiter)
    return waiter


def _remove_waiter(futures, waiter):
    for f in futures:
        with f._condition:
            if waiter in f._waiters:
                f._waiters.remove(waiter)


def as_completed(fs, timeout=None):
    """Yield the futures of `fs` as they finish (those already finished first).

    If `timeout` seconds pass (counted from the first next()) before all are yielded, raise
    TimeoutError("N (of M) futures unfinished"). Duplicates in `fs` are yielded once.
    """
    deadline = None
    if timeout is not None:
        deadline = timeout + time.monotonic()
    fs = set(fs)
    total_futures = len(fs)
    with _AcquireFutures(fs):
        finished = []
        pending = set()
        for f in fs:
            if f._state in _DONE_STATES:
                finished.append(f)
            else:
                pending.add(f)
        waiter = _create_and_install_waiters(fs, _AS_COMPLETED)
    try:
        for f in finished:
            yield f
        while pending:
            wait_timeout = None
            if deadline is not None:
                wait_timeout = deadline - time.monotonic()
                if wait_timeout < 0:
                    raise TimeoutError('%d (of %d) futures unfinished' % (
                        len(pending), total_futures))
            waiter.event.wait(wait_timeout)
            with waiter.lock:
                finished = waiter.finished_futures
                waiter.finished_futures = []
                waiter.event.clear()
            for f in finished:     # in the order they finished
                pending.discard(f)
                yield f
    finally:
        _remove_waiter(fs, waiter)


class DoneAndNotDoneFutures(tuple):
    """What wait() returns: the pair (done, not_done) of sets, also readable as attributes."""

    def __new__(cls, done, not_done):
        return tuple.__new__(cls, (done, not_done))

    @property
    def done(self):
        return self[0]

    @property
    def not_done(self):
        return self[1]

    def __repr__(self):
        return "DoneAndNotDoneFutures(done=%r, not_done=%r)" % (self[0], self[1])


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures in `fs` to finish, at most `timeout` seconds.

    return_when is FIRST_COMPLETED (any finishes or is cancelled), FIRST_EXCEPTION (any
    raises, else all finish) or ALL_COMPLETED. Return DoneAndNotDoneFutures(done, not_done),
    two sets.
    """
    fs = set(fs)
    with _AcquireFutures(fs):
        done = set()
        for f in fs:
            if f._state in _DONE_STATES:
                done.add(f)
        not_done = fs - done
        if return_when == FIRST_COMPLETED and done:
            return DoneAndNotDoneFutures(done, not_done)
        if return_when == FIRST_EXCEPTION and done:
            for f in done:
                if not f.cancelled() and f.exception() is not None:
                    return DoneAndNotDoneFutures(done, not_done)
        if len(done) == len(fs):
            return DoneAndNotDoneFutures(done, not_done)
        waiter = _create_and_install_waiters(fs, return_when)

    waiter.event.wait(timeout)
    _remove_waiter(fs, waiter)
    done.update(waiter.finished_futures)
    return DoneAndNotDoneFutures(done, fs - done)


def _result_or_cancel(future, timeout=None):
    """The future's result; if waiting for it fails (e.g. timeout), cancel it."""
    try:
        return future.result(timeout)
    finally:
        future.cancel()


# ---------------------------------------------------------------------------------------------
# Future

class Future:
    """The result of a call that runs elsewhere: done(), result(), exception(), cancel(),
    add_done_callback(). Executors create them; you normally don't."""

    def __init__(self):
        self._condition = threading.Condition()   # an RLock inside: repr() may nest
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                _log("error", 'exception calling callback for %r' % (self,), True)

    def __repr__(self):
        with self._condition:
            description = _STATE_TO_DESCRIPTION_MAP[self._state]
            if self._state == FINISHED:
                if self._exception is not None:
                    return '<%s at %#x state=%s raised %s>' % (
                        self.__class__.__name__, id(self), description,
                        self._exception.__class__.__name__)
                return '<%s at %#x state=%s returned %s>' % (
                    self.__class__.__name__, id(self), description,
                    self._result.__class__.__name__)
            return '<%s at %#x state=%s>' % (self.__class__.__name__, id(self), description)

    def cancel(self):
        """Cancel the call if it has not started. Return False if it is running or finished,
        True if it is (now) cancelled."""
        with self._condition:
            if self._state == RUNNING or self._state == FINISHED:
                return False
            if self._state == CANCELLED or self._state == CANCELLED_AND_NOTIFIED:
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        """True if the future was cancelled."""
        with self._condition:
            return self._state == CANCELLED or self._state == CANCELLED_AND_NOTIFIED

    def running(self):
        """True if the call is running now."""
        with self._condition:
            return self._state == RUNNING

    def done(self):
        """True if the future was cancelled or has finished."""
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)

    def _get_result(self):
        if self._exception is not None:
            raise self._exception
        return self._result

    def add_done_callback(self, fn):
        """Call fn(future) when the future is done: at once if it already is, else in the
        thread that finishes or cancels it. Exceptions from fn are logged and ignored."""
        with self._condition:
            if self._state not in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            _log("error", 'exception calling callback for %r' % (self,), True)

    def result(self, timeout=None):
        """Return the call's result, waiting at most `timeout` seconds for it.
        Raise the call's exception if it raised one, CancelledError if cancelled,
        TimeoutError if the time ran out."""
        with self._condition:
            if self._state == CANCELLED or self._state == CANCELLED_AND_NOTIFIED:
                raise CancelledError()
            if self._state == FINISHED:
                return self._get_result()
            self._condition.wait(timeout)
            if self._state == CANCELLED or self._state == CANCELLED_AND_NOTIFIED:
                raise CancelledError()
            if self._state == FINISHED:
                return self._get_result()
            raise TimeoutError()

    def exception(self, timeout=None):
        """Return the exception the call raised (None if it returned), waiting at most
        `timeout` seconds. CancelledError if cancelled, TimeoutError if the time ran out."""
        with self._condition:
            if self._state == CANCELLED or self._state == CANCELLED_AND_NOTIFIED:
                raise CancelledError()
            if self._state == FINISHED:
                return self._exception
            self._condition.wait(timeout)
            if self._state == CANCELLED or self._state == CANCELLED_AND_NOTIFIED:
                raise CancelledError()
            if self._state == FINISHED:
                return self._exception
            raise TimeoutError()

    # For executors (and tests): move the future along.

    def set_running_or_notify_cancel(self):
        """Called by an executor before running the call. Return False if the future was
        cancelled (then don't run it; its waiters are told now), True if it is now RUNNING."""
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            _log("critical", 'Future %s in unexpected state: %s' % (id(self), self._state), False)
            raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        """Finish the future with this result (executors call it)."""
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_result(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        """Finish the future with this exception (executors call it)."""
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._exception = exception
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_exception(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def __class_getitem__(cls, item):
        """Future[int], for type hints."""
        try:
            from types import GenericAlias
        except ImportError:
            return cls
        return GenericAlias(cls, item)


# ---------------------------------------------------------------------------------------------
# Executor

class Executor:
    """The interface of executors: submit() a call, map() a function, shutdown() when done.
    Used as a context manager, it shuts down (waiting for the calls) at the end of the block."""

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs) and return a Future for its result."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like the built-in map(), but the calls run in the executor, all submitted now.
        The returned iterator gives the results in order; next() raises the call's exception,
        or TimeoutError when `timeout` seconds (from this map() call) have passed."""
        deadline = None
        if timeout is not None:
            deadline = timeout + time.monotonic()
        futures = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            # Results are taken from the end of the list, so reverse it first.
            futures.reverse()
            try:
                while futures:
                    if deadline is None:
                        yield _result_or_cancel(futures.pop())
                    else:
                        yield _result_or_cancel(futures.pop(), deadline - time.monotonic())
            finally:
                # Stopped early (an exception, or the iterator was closed): cancel the rest.
                for future in futures:
                    future.cancel()

        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Stop accepting calls and free the resources once the submitted calls are done.
        wait: return only when they are done. cancel_futures: cancel those not started."""
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False
