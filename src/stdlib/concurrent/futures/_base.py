"""Future, the Executor base class, and the two functions that watch many futures at once:
wait() and as_completed().

A Future holds the outcome of a call that runs in another thread. Its life:

    PENDING --(a worker starts the call)--> RUNNING --(the call ends)--> FINISHED
    PENDING --(cancel())--> CANCELLED --(a worker skips it)--> CANCELLED_AND_NOTIFIED

One RLock per future guards its state; a Condition on that lock wakes the threads sleeping in
result() or exception(). wait() and as_completed() do not sleep on every future: they hang one
_Watcher on each (in the future's `_waiters` list), and a future that finishes or is skipped
hands itself to its watchers, which wake the watching thread when it has what it asked for.

pygil's own implementation, written from the documented behaviour of CPython 3.11's
concurrent.futures (messages and reprs are CPython's).
"""

import sys
import threading
import time

# A Future's lock. threading.RLock() makes the same native lock, through one more Python call.
try:
    from _thread import RLock as _new_rlock
except ImportError:
    _new_rlock = threading.RLock

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'          # what as_completed() asks its watcher for

# The states a Future goes through (the strings are what CPython's futures hold and log).
PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'                            # cancelled, watchers not told yet
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'  # cancelled, and watchers told
FINISHED = 'FINISHED'
_FUTURE_STATES = [PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]

# What repr() calls each state.
_STATE_TO_DESCRIPTION_MAP = {PENDING: "pending", RUNNING: "running", CANCELLED: "cancelled",
                             CANCELLED_AND_NOTIFIED: "cancelled", FINISHED: "finished"}

# wait() and as_completed() count a future as done once its watchers have been told.
_WATCHED_DONE = (CANCELLED_AND_NOTIFIED, FINISHED)
# done() and add_done_callback() count a cancelled future as done at once.
_ENDED = (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)
_CANCELLED_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED)


def _log(level, message, with_traceback):
    """Report a problem as CPython's "concurrent.futures" logger would.

    A program that imported logging gets the record through that logger, so its handlers and
    levels apply. Otherwise the text logging's last-resort handler would print goes to stderr
    in one write: the message and, if asked, the traceback of the exception being handled.
    """
    logging = sys.modules.get("logging")
    if logging is not None:
        report = getattr(logging.getLogger("concurrent.futures"), level)
        report(message, exc_info=with_traceback)
        return
    if sys.stderr is None:
        return
    text = message + "\n"
    if with_traceback:
        import _thread
        text += _thread._format_exception(*sys.exc_info())
    sys.stderr.write(text)
    sys.stderr.flush()


class Error(Exception):
    """The common base of the exceptions this package raises about futures."""


class CancelledError(Error):
    """Raised when asking a cancelled Future for its outcome."""


# Since Python 3.11, concurrent.futures.TimeoutError is the built-in TimeoutError.
TimeoutError = TimeoutError


class InvalidStateError(Error):
    """Raised when a Future cannot do what was asked in its current state
    (e.g. set_result() on a future that already has a result)."""


class BrokenExecutor(RuntimeError):
    """Raised when an executor cannot run tasks any more (e.g. a worker failed to start)."""


# ---------------------------------------------------------------------------------------------
# Watching many futures

class _Watcher:
    """What wait() or as_completed() hangs on each future it watches.

    A future that finishes (or is skipped after cancel()) calls saw(future). The future is
    added to `arrived`, and the watching thread is woken when its `goal` is met:
    _AS_COMPLETED and FIRST_COMPLETED at every future, ALL_COMPLETED when `left` (the
    watched futures not done yet) reaches 0, FIRST_EXCEPTION then too or at a future that
    raised. `left` only counts once expect() has been told how many futures there are:
    until then it runs below zero, so it cannot reach 0 too early.
    """

    def __init__(self, goal):
        if goal not in (_AS_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
            raise ValueError("Invalid return condition: %r" % goal)
        self.goal = goal
        self.left = 0
        self.arrived = []
        self.goal_met = False
        self.lock = threading.Lock()
        self.changed = threading.Condition(self.lock)
        self.sleeping = False      # the watching thread waits on `changed`

    def saw(self, future):
        """Called by `future`, with its lock held, when it has finished or was skipped."""
        with self.lock:
            self.arrived.append(future)
            self.left -= 1
            goal = self.goal
            if (goal == _AS_COMPLETED or goal == FIRST_COMPLETED or self.left == 0
                    or (goal == FIRST_EXCEPTION and future._state == FINISHED
                        and future._exception is not None)):
                self.goal_met = True
                if self.sleeping:
                    self.changed.notify()

    def expect(self, count):
        """The watcher now hangs on `count` futures (some may have arrived already)."""
        with self.lock:
            self.left += count
            if self.left == 0 and self.goal != _AS_COMPLETED:
                self.goal_met = True

    def sleep(self, timeout):
        """Wait until the goal is met, or `timeout` seconds pass (None: no limit)."""
        with self.lock:
            if not self.goal_met:
                self.sleeping = True
                try:
                    self.changed.wait(timeout)
                finally:
                    self.sleeping = False

    def take_arrived(self):
        """Hand over the futures that arrived so far (in the order they did), and start over."""
        with self.lock:
            arrived = self.arrived
            self.arrived = []
            self.goal_met = False
            return arrived


def _watch(futures, watcher):
    """Hang `watcher` on each of `futures` that is not done yet; return (done, watched).

    Each future is looked at with its lock held, so it is either done now or will tell the
    watcher when it is: no finish falls in between. (One lock at a time: a thread never holds
    two futures' locks, so two watching threads cannot wait for each other.)
    """
    done = []
    watched = []
    for f in futures:
        # a future in one of these states stays there: no lock is needed to see it done
        if f._state in _WATCHED_DONE:
            done.append(f)
            continue
        with f._lock:
            if f._state in _WATCHED_DONE:
                done.append(f)
            else:
                f._waiters.append(watcher)
                watched.append(f)
    watcher.expect(len(watched))
    return done, watched


def _take_down_watcher(futures, watcher):
    for f in futures:
        with f._lock:
            f._waiters.remove(watcher)


def as_completed(fs, timeout=None):
    """Yield the futures of `fs` as they complete: first those already done, then the others
    in the order they finish. Duplicates in `fs` are yielded once.

    If `timeout` is given and that many seconds (counted from the first next()) pass before
    every future was yielded, raise TimeoutError("N (of M) futures unfinished").
    """
    deadline = None if timeout is None else time.monotonic() + timeout
    futures = set(fs)
    total = len(futures)
    watcher = _Watcher(_AS_COMPLETED)
    done_already, watched = _watch(futures, watcher)
    unfinished = set(watched)
    try:
        for f in done_already:
            yield f
        done_already = None
        while unfinished:
            wait_for = None
            if deadline is not None:
                wait_for = deadline - time.monotonic()
                if wait_for < 0:
                    raise TimeoutError('%d (of %d) futures unfinished' % (len(unfinished), total))
            watcher.sleep(wait_for)
            for f in watcher.take_arrived():
                unfinished.discard(f)
                yield f
    finally:
        _take_down_watcher(watched, watcher)


class DoneAndNotDoneFutures(tuple):
    """What wait() returns: the named pair (done, not_done) of sets."""

    __slots__ = ()
    _fields = ('done', 'not_done')

    def __new__(cls, done, not_done):
        return tuple.__new__(cls, (done, not_done))

    done = property(lambda self: self[0], doc="The futures that completed or were cancelled.")
    not_done = property(lambda self: self[1], doc="The futures still pending or running.")

    def __repr__(self):
        return "DoneAndNotDoneFutures(done=%r, not_done=%r)" % (self[0], self[1])


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait, at most `timeout` seconds, until the futures in `fs` are done as `return_when`
    asks: FIRST_COMPLETED (any one finished or was cancelled), FIRST_EXCEPTION (any one raised,
    else all finished) or ALL_COMPLETED. Return DoneAndNotDoneFutures(done, not_done).
    """
    futures = set(fs)
    done = {f for f in futures if f._state in _WATCHED_DONE}
    if done:
        if return_when == FIRST_COMPLETED:
            return DoneAndNotDoneFutures(done, futures - done)
        if return_when == FIRST_EXCEPTION:
            for f in done:
                if f._state == FINISHED and f._exception is not None:
                    return DoneAndNotDoneFutures(done, futures - done)
    if len(done) == len(futures):
        return DoneAndNotDoneFutures(done, futures - done)
    watcher = _Watcher(return_when)
    done_meanwhile, watched = _watch(futures - done, watcher)
    # a future that finished since the first look counts as arrived (counted first, so that
    # `left` cannot touch 0 while watched futures are still running)
    watcher.expect(len(done_meanwhile))
    for f in done_meanwhile:
        watcher.saw(f)
    watcher.sleep(timeout)
    _take_down_watcher(watched, watcher)
    done.update(watcher.take_arrived())
    return DoneAndNotDoneFutures(done, futures - done)


# ---------------------------------------------------------------------------------------------
# Future

class Future:
    """The outcome of a call that runs elsewhere: done(), result(), exception(), cancel(),
    add_done_callback(). Executors make them; programs rarely need to."""

    def __init__(self):
        # Reentrant: the InvalidStateError message shows repr(self), taken with the lock held.
        self._lock = _new_rlock()
        self._sleep_condition = None      # see _condition
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []            # the _Watchers of wait() / as_completed() calls
        self._done_callbacks = []

    def __repr__(self):
        with self._lock:
            state = self._state
            text = '<%s at %#x state=%s' % (type(self).__name__, id(self),
                                            _STATE_TO_DESCRIPTION_MAP[state])
            if state == FINISHED:
                if self._exception is not None:
                    text += ' raised ' + type(self._exception).__name__
                else:
                    text += ' returned ' + type(self._result).__name__
            return text + '>'

    @property
    def _condition(self):
        """The Condition (on _lock) that result() and exception() sleep on. It is made when a
        thread first has to wait: most futures are done before anyone asks for the outcome."""
        with self._lock:
            condition = self._sleep_condition
            if condition is None:
                condition = self._sleep_condition = threading.Condition(self._lock)
            return condition

    def _run_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                _log("exception", 'exception calling callback for %r' % (self,), True)

    def cancel(self):
        """Cancel the call unless it is running or finished (then return False).
        Return True if the future is cancelled now."""
        with self._lock:
            state = self._state
            if state == RUNNING or state == FINISHED:
                return False
            if state == PENDING:
                self._state = CANCELLED
                if self._sleep_condition is not None:   # threads wait in result()
                    self._sleep_condition.notify_all()
            else:
                return True           # cancelled before
        self._run_callbacks()
        return True

    def cancelled(self):
        """True if cancel() succeeded on this future."""
        with self._lock:
            return self._state in _CANCELLED_STATES

    def running(self):
        """Return True if the call is running now."""
        with self._lock:
            return self._state == RUNNING

    def done(self):
        """Return True if the future finished or was cancelled."""
        with self._lock:
            return self._state in _ENDED

    def result(self, timeout=None):
        """Return the call's result, waiting up to `timeout` seconds (None: no limit) for it.
        Raise what the call raised, CancelledError if it was cancelled, TimeoutError if the
        time ran out first."""
        if self._state == FINISHED:
            # (FINISHED is final: the outcome can be read without the lock)
            if self._exception is not None:
                raise self._exception
            return self._result
        with self._lock:
            if self._state == PENDING or self._state == RUNNING:
                self._condition.wait(timeout)
            state = self._state
            if state == FINISHED:
                if self._exception is not None:
                    raise self._exception
                return self._result
            if state in _CANCELLED_STATES:
                raise CancelledError()
            raise TimeoutError()

    def exception(self, timeout=None):
        """Return the exception the call raised (None if it returned normally), waiting up to
        `timeout` seconds. CancelledError and TimeoutError as for result()."""
        with self._lock:
            if self._state == PENDING or self._state == RUNNING:
                self._condition.wait(timeout)
            state = self._state
            if state == FINISHED:
                return self._exception
            if state in _CANCELLED_STATES:
                raise CancelledError()
            raise TimeoutError()

    def add_done_callback(self, fn):
        """Arrange for fn(future) to be called once the future is done: right now if it is,
        else by the thread that finishes or cancels it. What fn raises is logged, not raised."""
        with self._lock:
            if self._state not in _ENDED:
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            _log("exception", 'exception calling callback for %r' % (self,), True)

    # The executor's side: move the future along.

    def set_running_or_notify_cancel(self):
        """Called by an executor just before it runs the call. Return True, the future now
        RUNNING, or False if it was cancelled: then don't run the call (the future's watchers
        learn of the cancellation now)."""
        with self._lock:
            state = self._state
            if state == PENDING:
                self._state = RUNNING
                return True
            if state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for watcher in self._waiters:
                    watcher.saw(self)
                return False
            _log("critical", 'Future %s in unexpected state: %s' % (id(self), state), False)
            raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        """Finish the future with the call's result."""
        with self._lock:
            if self._state in _ENDED:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._state = FINISHED
            for watcher in self._waiters:
                watcher.saw(self)
            if self._sleep_condition is not None:
                self._sleep_condition.notify_all()
        if self._done_callbacks:
            self._run_callbacks()

    def set_exception(self, exception):
        """Finish the future with the exception the call raised."""
        with self._lock:
            if self._state in _ENDED:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._exception = exception
            self._state = FINISHED
            for watcher in self._waiters:
                watcher.saw(self)
            if self._sleep_condition is not None:
                self._sleep_condition.notify_all()
        if self._done_callbacks:
            self._run_callbacks()

    # Future[int] in annotations
    __class_getitem__ = classmethod(type(list[int]))


# ---------------------------------------------------------------------------------------------
# Executor

def _result_then_cancel(future, timeout):
    """The future's result; whatever happens (a timeout, an exception, the caller giving up),
    the future is cancelled afterwards, which does nothing once it has finished."""
    try:
        return future.result(timeout)
    finally:
        future.cancel()


class Executor:
    """The interface of executors: submit() a call, map() a function over arguments,
    shutdown() when done. As a context manager it shuts down, waiting for the calls."""

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs) and return a Future for its outcome."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), but every call is submitted now and runs in the executor.
        The returned iterator yields the results in argument order; its next() raises what
        the call raised, or TimeoutError once `timeout` seconds have passed since map() was
        called. Calls not collected when the iterator stops early are cancelled."""
        deadline = None if timeout is None else time.monotonic() + timeout
        pending = [self.submit(fn, *args) for args in zip(*iterables)]

        def results():
            pending.reverse()      # pop() from the end gives the first call first
            try:
                while pending:
                    if deadline is None:
                        yield _result_then_cancel(pending.pop(), None)
                    else:
                        yield _result_then_cancel(pending.pop(), deadline - time.monotonic())
            finally:
                for future in pending:
                    future.cancel()

        return results()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Accept no more calls, and free the executor's resources once the pending calls
        are done. wait: return only then. cancel_futures: cancel the calls not started."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False
