"""Threads and the tools to coordinate them, built on the small native `_thread` module.

`_thread` gives only the basics: start a function in a new thread, plain locks, the current
thread's number (its "ident"). Everything else is written here in Python, so you can read how it
works: Thread objects with names, join() and daemon flags; RLock, Condition, Semaphore, Event,
Timer and Barrier; thread-local data; the report printed when a thread dies of an exception.

Most of these tools are built the same way: a Condition (a lock plus a list of waiting threads)
guards some state, threads wait on it until the state is what they need, and the thread that
changes the state notifies them. The docs/thread-core.md page lists what `_thread` provides.

This module was written for pygil from the documented behaviour of CPython 3.11's threading.
"""

import sys as _sys
import _thread
from time import monotonic as _time

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'ExceptHookArgs', 'gettrace', 'getprofile',
           'get_native_id']

# The native pieces, under the names this module uses.
_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
stack_size = _thread.stack_size
_CRLock = getattr(_thread, "RLock", None)   # the native RLock, if the runtime has one

# A plain lock: whoever holds it may not acquire it again, and any thread may release it.
Lock = _allocate_lock
_LockType = _thread.LockType


def _warn_deprecated(message):
    """Issue a DeprecationWarning for an old camelCase name, if `warnings` is available."""
    try:
        import warnings
    except ImportError:
        return
    warnings.warn(message, DeprecationWarning, stacklevel=3)


# ---------------------------------------------------------------------------------------------
# Debugging hooks given to every new thread

_trace_hook = None
_profile_hook = None


def settrace(func):
    """Set a trace function that every thread started from now on installs (see sys.settrace)."""
    global _trace_hook
    _trace_hook = func


def gettrace():
    """Return the trace function set with settrace(), or None."""
    return _trace_hook


def setprofile(func):
    """Set a profile function that every thread started from now on installs (sys.setprofile)."""
    global _profile_hook
    _profile_hook = func


def getprofile():
    """Return the profile function set with setprofile(), or None."""
    return _profile_hook


# ---------------------------------------------------------------------------------------------
# RLock: a lock that its owner may acquire again

def RLock(*args, **kwargs):
    """Make a reentrant lock: the thread holding it may acquire it again without blocking;
    it is free once released as many times as it was acquired. Uses the native RLock when the
    runtime has one, else the Python version below."""
    if _CRLock is None:
        return _RLock(*args, **kwargs)
    return _CRLock(*args, **kwargs)


class _RLock:
    """A reentrant lock written in Python: a plain lock plus an owner and a count."""

    def __init__(self):
        self._block = _allocate_lock()   # held while some thread owns the RLock
        self._owner = None               # ident of the owning thread
        self._count = 0                  # how many times the owner acquired it

    def __repr__(self):
        owner = self._owner
        if owner in _active:
            owner = _active[owner].name
        if self._block.locked():
            state = "locked"
        else:
            state = "unlocked"
        return "<%s %s.%s object owner=%r count=%d at %s>" % (
            state, self.__class__.__module__, self.__class__.__qualname__,
            owner, self._count, hex(id(self)))

    def acquire(self, blocking=True, timeout=-1):
        """Acquire the lock; the owner gets it again at once. Return True if acquired."""
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return 1
        got = self._block.acquire(blocking, timeout)
        if got:
            self._owner = me
            self._count = 1
        return got

    __enter__ = acquire

    def release(self):
        """Release once; the lock is free when the count drops to zero. Only the owner may."""
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if self._count == 0:
            self._owner = None
            self._block.release()

    def __exit__(self, exc_type, exc_value, traceback):
        self.release()

    # The three methods Condition uses to step out of a lock held several times.

    def _is_owned(self):
        return self._owner == get_ident()

    def _release_save(self):
        """Release completely, whatever the count, and return what _acquire_restore needs."""
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        self._block.release()
        return state

    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state

    def _recursion_count(self):
        if self._owner == get_ident():
            return self._count
        return 0


_PyRLock = _RLock


# ---------------------------------------------------------------------------------------------
# Condition: wait until another thread says something changed

class Condition:
    """A lock plus a list of waiting threads.

    Hold the lock, look at some shared state; if it is not what you need, wait(): that releases
    the lock and sleeps until another thread (holding the lock) calls notify(). Each waiting
    thread sleeps on a lock of its own that notify() releases.
    """

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock() if _CRLock is None else _CRLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        if type(lock) is _LockType:
            # A plain lock has no owner, so "owned by us" can only be checked as "held", and
            # waiting lets go of it with one release.
            self._is_owned = lock.locked
            self._release_save = lock.release
        elif _CRLock is not None and type(lock) is _CRLock:
            # An RLock knows its owner and how to step out of several acquires.
            self._is_owned = lock._is_owned
            self._release_save = lock._release_save
            self._acquire_restore = lock._acquire_restore
        else:
            # Any other lock-like object (the Python _RLock, a user's class) may lack these,
            # and then the fallback methods below are used.
            if hasattr(lock, "_release_save"):
                self._release_save = lock._release_save
            if hasattr(lock, "_acquire_restore"):
                self._acquire_restore = lock._acquire_restore
            if hasattr(lock, "_is_owned"):
                self._is_owned = lock._is_owned
        self._waiters = []   # one lock per waiting thread, first come first notified

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, exc_type, exc_value, traceback):
        return self._lock.__exit__(exc_type, exc_value, traceback)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        # A plain lock has no owner: if we can take it, nobody (so not us) held it.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Release the lock, sleep until notified or until `timeout` seconds pass, then take
        the lock back. Return True if notified, False on timeout."""
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()            # now a second acquire() blocks until notify() releases it
        self._waiters.append(waiter)
        saved = self._release_save()
        notified = False
        try:
            if timeout is None:
                waiter.acquire()
                notified = True
            elif timeout > 0:
                notified = waiter.acquire(True, timeout)
            else:
                notified = waiter.acquire(False)
            return notified
        finally:
            self._acquire_restore(saved)
            if not notified and waiter in self._waiters:
                self._waiters.remove(waiter)

    def wait_for(self, predicate, timeout=None):
        """Wait until predicate() is true, or until `timeout` seconds pass in total.
        Return the last value of predicate()."""
        deadline = None
        if timeout is not None:
            deadline = _time() + timeout
        result = predicate()
        while not result:
            remaining = None
            if deadline is not None:
                remaining = deadline - _time()
                if remaining <= 0:
                    break
            self.wait(remaining)
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up to `n` threads waiting on this condition, the longest waiting first."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while n > 0 and waiters:
            waiters.pop(0).release()
            n -= 1

    def notify_all(self):
        """Wake every thread waiting on this condition."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        if waiters:
            self._waiters = []
            for waiter in waiters:
                waiter.release()

    def notifyAll(self):
        """Old name of notify_all()."""
        _warn_deprecated("notifyAll() is deprecated, use notify_all() instead")
        self.notify_all()


# ---------------------------------------------------------------------------------------------
# Semaphores: a counter that acquire() decrements and release() increments

class Semaphore:
    """A counter of free "permits": acquire() takes one (waiting while there are none),
    release() gives one back. Semaphore(3) lets three threads in at once."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        # Holding self._lock is holding the Condition (it is the Condition's lock).
        self._lock = Lock()
        self._cond = Condition(self._lock)
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return "<%s.%s at %s: value=%d>" % (cls.__module__, cls.__qualname__,
                                            hex(id(self)), self._value)

    def acquire(self, blocking=True, timeout=None):
        """Take a permit. Without blocking, or once `timeout` seconds pass, give up and
        return False; return True when a permit was taken."""
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        deadline = None
        if timeout is not None:
            deadline = _time() + timeout
        with self._lock:
            while self._value == 0:
                if not blocking:
                    return False
                remaining = None
                if deadline is not None:
                    remaining = deadline - _time()
                    if remaining <= 0:
                        return False
                self._cond.wait(remaining)
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        """Give back `n` permits, waking up to `n` waiting threads."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._lock:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, exc_type, exc_value, traceback):
        self.release()


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to be released above its starting value (that is a bug)."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return "<%s.%s at %s: value=%d/%d>" % (cls.__module__, cls.__qualname__, hex(id(self)),
                                               self._value, self._initial_value)

    def release(self, n=1):
        """Give back `n` permits; more than were taken is a ValueError."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._lock:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


# ---------------------------------------------------------------------------------------------
# Event: a flag threads can wait for

class Event:
    """A flag, initially false. set() makes it true and wakes every waiting thread;
    wait() returns at once while it is true."""

    def __init__(self):
        # Holding self._lock is holding the Condition (it is the Condition's lock).
        self._lock = Lock()
        self._cond = Condition(self._lock)
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        if self._flag:
            status = "set"
        else:
            status = "unset"
        return "<%s.%s at %s: %s>" % (cls.__module__, cls.__qualname__, hex(id(self)), status)

    def is_set(self):
        """Return True if the flag is set."""
        return self._flag

    def isSet(self):
        """Old name of is_set()."""
        _warn_deprecated("isSet() is deprecated, use is_set() instead")
        return self.is_set()

    def set(self):
        """Set the flag and wake every thread waiting for it."""
        with self._lock:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        """Reset the flag to false."""
        with self._lock:
            self._flag = False

    def wait(self, timeout=None):
        """Wait until the flag is set, or `timeout` seconds pass. Return the flag."""
        with self._lock:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout)
            return signaled


# ---------------------------------------------------------------------------------------------
# Barrier: a meeting point for a fixed number of threads

class BrokenBarrierError(RuntimeError):
    """Raised by Barrier.wait() when the barrier is broken or reset while waiting."""


# The states a Barrier goes through.
_FILLING = 0      # threads are arriving
_DRAINING = 1     # everyone arrived; the waiting threads are leaving
_RESETTING = -1   # reset() was called while threads were waiting; they leave with an error
_BROKEN = -2      # abort(), a timeout or a failing action broke it


class Barrier:
    """Make `parties` threads wait for each other: each calls wait(), and they all go on when
    the last one arrives. The last one runs `action` first, if given. Then the barrier can be
    used again."""

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = _FILLING
        self._count = 0   # threads inside wait()

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return "<%s.%s at %s: broken>" % (cls.__module__, cls.__qualname__, hex(id(self)))
        return "<%s.%s at %s: waiters=%d/%d>" % (cls.__module__, cls.__qualname__, hex(id(self)),
                                                 self.n_waiting, self.parties)

    def wait(self, timeout=None):
        """Wait for the other parties. Return this thread's arrival number, from 0 to
        parties - 1. Raise BrokenBarrierError if the barrier is or gets broken or reset."""
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            # Threads of the previous round may still be leaving: let them go first.
            while self._state == _DRAINING or self._state == _RESETTING:
                self._cond.wait()
            if self._state == _BROKEN:
                raise BrokenBarrierError
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._last_arrived()
                else:
                    self._wait_for_the_others(timeout)
                return index
            finally:
                self._count -= 1
                self._leave()

    def _last_arrived(self):
        """The last thread runs the action, then lets everyone go."""
        try:
            if self._action is not None:
                self._action()
            self._state = _DRAINING
            self._cond.notify_all()
        except:
            self._break()
            raise

    def _wait_for_the_others(self, timeout):
        if not self._cond.wait_for(lambda: self._state != _FILLING, timeout):
            self._break()       # timed out: nobody else may keep waiting either
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError

    def _leave(self):
        """When the last thread of a round has left, open the barrier for the next round."""
        if self._count == 0 and (self._state == _DRAINING or self._state == _RESETTING):
            self._state = _FILLING
            self._cond.notify_all()

    def reset(self):
        """Return the barrier to its empty state; threads waiting now get BrokenBarrierError."""
        with self._cond:
            if self._count > 0:
                if self._state == _FILLING or self._state == _BROKEN:
                    self._state = _RESETTING
            else:
                self._state = _FILLING
            self._cond.notify_all()

    def abort(self):
        """Break the barrier: current and future wait() calls raise BrokenBarrierError,
        until reset()."""
        with self._cond:
            self._break()

    def _break(self):
        self._state = _BROKEN
        self._cond.notify_all()

    @property
    def parties(self):
        """How many threads must arrive."""
        return self._parties

    @property
    def n_waiting(self):
        """How many threads are waiting now."""
        if self._state == _FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        """True if the barrier is broken."""
        return self._state == _BROKEN


# ---------------------------------------------------------------------------------------------
# The registry of threads

_active_limbo_lock = RLock()   # guards _active, _limbo and the name counter
_active = {}    # ident -> Thread, for every running thread (and the main and dummy threads)
_limbo = {}     # Thread -> Thread, for threads whose start() has not finished yet
_name_counter = 0

_SHUTTING_DOWN = False
_threading_atexits = []   # (func, args, kwargs) to call in _shutdown(), see _register_atexit


def _newname(prefix):
    """A new default name: the prefix and the next number, e.g. "Thread-3"."""
    global _name_counter
    with _active_limbo_lock:
        _name_counter += 1
        return f"{prefix}{_name_counter}"


# ---------------------------------------------------------------------------------------------
# Reporting an exception that ends a thread

class _ExceptHookArgs(tuple):
    """The argument given to threading.excepthook: (exc_type, exc_value, exc_traceback,
    thread), also readable as attributes."""

    def __new__(cls, items):
        items = tuple(items)
        if len(items) != 4:
            raise TypeError("_thread._ExceptHookArgs() takes a 4-sequence (%d-sequence given)"
                            % len(items))
        return tuple.__new__(cls, items)

    @property
    def exc_type(self):
        return self[0]

    @property
    def exc_value(self):
        return self[1]

    @property
    def exc_traceback(self):
        return self[2]

    @property
    def thread(self):
        return self[3]

    def __repr__(self):
        return "_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, thread=%r)" % (
            self[0], self[1], self[2], self[3])


_ExceptHookArgs.__module__ = "_thread"   # where CPython's lives: its repr names it so
ExceptHookArgs = _ExceptHookArgs


def excepthook(args):
    """Print "Exception in thread NAME:" and the traceback on stderr.

    This is called for an exception that ends a thread's run(). Replace threading.excepthook
    with your own function to handle those exceptions differently. A thread ending with
    SystemExit (sys.exit() in a thread) prints nothing.
    """
    if args.exc_type is SystemExit:
        return
    stderr = _sys.stderr
    if stderr is None:
        # No sys.stderr any more: use the stderr the thread was created with.
        if args.thread is None:
            return
        stderr = getattr(args.thread, "_stderr", None)
        if stderr is None:
            return
    name = None
    if args.thread is not None:
        name = getattr(args.thread, "name", None)
    if name is None:
        name = get_ident()
    report = "Exception in thread %s:\n" % (name,)
    report += _thread._format_exception(args.exc_type, args.exc_value, args.exc_traceback)
    # One write, so that no other thread's output lands in the middle of the report.
    stderr.write(report)
    stderr.flush()


# The original hook, to restore it after replacing threading.excepthook.
__excepthook__ = excepthook


def _invoke_excepthook(thread):
    """Hand the exception being handled now to threading.excepthook. If the hook itself fails,
    report that failure with sys.excepthook."""
    exc_type, exc_value, exc_traceback = _sys.exc_info()
    hook = excepthook
    if hook is None:
        hook = __excepthook__
    try:
        hook(ExceptHookArgs((exc_type, exc_value, exc_traceback, thread)))
    except Exception as failure:
        failure.__suppress_context__ = True   # don't show the thread's exception again
        stderr = _sys.stderr
        if stderr is None:
            stderr = thread._stderr
        if stderr is not None:
            stderr.write("Exception in threading.excepthook:\n")
            stderr.flush()
        sys_hook = _sys.excepthook
        if sys_hook is None:
            sys_hook = _sys.__excepthook__
        sys_hook(*_sys.exc_info())
    finally:
        exc_value = exc_traceback = None   # don't keep the frames alive


# ---------------------------------------------------------------------------------------------
# Thread

class Thread:
    """A thread of control: calls `target(*args, **kwargs)`, or run() in a subclass, when
    start() is called.

    Arguments (give them by keyword): target, the function to run; name, else "Thread-N" or
    "Thread-N (target_name)"; args and kwargs for the target; daemon, True if the program
    should not wait for this thread at exit (default: the creating thread's daemon flag).
    group is reserved and must be None.
    """

    _initialized = False   # True once Thread.__init__ has run (a subclass may forget to call it)
    # Until start(), a Thread has these values (each thread sets its own as it runs).
    _ident = None
    _native_id = None
    _started = False       # True once the new thread has registered itself
    _is_stopped = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-")
            if target is not None:
                try:
                    name += f" ({target.__name__})"
                except AttributeError:
                    pass   # e.g. a callable object: no name to show
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread()._daemonic
        self._done_lock = _allocate_lock()   # held from start() until the thread has finished
        self._local_states = []              # thread-local storage to drop when it finishes
        self._initialized = True
        self._stderr = _sys.stderr           # for the exception report if sys.stderr goes away
        # CPython prepares the thread's exception report here and refuses without the hooks
        if excepthook is None:
            raise RuntimeError("threading.excepthook is None")
        if _sys.excepthook is None:
            raise RuntimeError("sys.excepthook is None")

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started:
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        """Start the thread: run() will be called in a new thread. Call it at most once."""
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started:
            raise RuntimeError("threads can only be started once")
        # _done_lock is held before the thread shows up in enumerate(): _shutdown() may wait
        # on it for a thread that has not registered yet.
        self._done_lock.acquire()
        with _active_limbo_lock:
            _limbo[self] = self
        registered = _allocate_lock()   # the new thread releases it once it is registered
        registered.acquire()
        try:
            _start_new_thread(self._bootstrap_inner, (registered,))
        except Exception:
            with _active_limbo_lock:
                del _limbo[self]
            self._done_lock.release()
            raise
        # Wait until the new thread has registered itself, so that ident, is_alive() and
        # enumerate() are right as soon as start() returns.
        registered.acquire()

    def run(self):
        """What the thread does: call the target. Subclasses may override this."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Don't keep the target and its arguments alive after the thread is done.
            del self._target, self._args, self._kwargs

    def _bootstrap_inner(self, registered):
        """The first function of the new thread: register (then release `registered`, which
        start() waits for), run(), report, finish."""
        try:
            self._ident = get_ident()
            self._native_id = get_native_id()
            with _active_limbo_lock:
                _active[self._ident] = self
                del _limbo[self]
            self._started = True
            registered.release()
            # Hooks set with threading.settrace/setprofile (skipped if sys can't trace).
            if _trace_hook is not None and hasattr(_sys, "settrace"):
                _sys.settrace(_trace_hook)
            if _profile_hook is not None and hasattr(_sys, "setprofile"):
                _sys.setprofile(_profile_hook)
            try:
                self.run()
            except:
                _invoke_excepthook(self)
        finally:
            self._finish()

    def _finish(self):
        """Unregister the thread, mark it stopped and wake whoever joins it (in this order,
        so that after join() the thread is gone from enumerate())."""
        with _active_limbo_lock:
            if _active.get(self._ident) is self:
                del _active[self._ident]
        for state in self._local_states:
            state.forget_thread(self._ident)
        self._local_states = []
        self._is_stopped = True
        self._done_lock.release()

    def join(self, timeout=None):
        """Wait until the thread finishes, or until `timeout` seconds pass. Check is_alive()
        afterwards to know which."""
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            got = self._done_lock.acquire()
        else:
            if timeout < 0:
                timeout = 0
            got = self._done_lock.acquire(True, timeout)
        if got:
            self._done_lock.release()   # let other joiners through too

    def is_alive(self):
        """True from the moment start() returns until run() has finished."""
        assert self._initialized, "Thread.__init__() not called"
        return self._started and not self._is_stopped

    @property
    def name(self):
        """The thread's name, a str used only for identification (several may share one)."""
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        """The thread's ident (see get_ident()), or None before it is started."""
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        """The thread's native id (see get_native_id()), or None before it is started."""
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    @property
    def daemon(self):
        """A daemon thread does not keep the program alive: at exit it is simply dropped.
        It can only be set before start()."""
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        """Old name for reading the daemon attribute."""
        _warn_deprecated("isDaemon() is deprecated, get the daemon attribute instead")
        return self.daemon

    def setDaemon(self, daemonic):
        """Old name for setting the daemon attribute."""
        _warn_deprecated("setDaemon() is deprecated, set the daemon attribute instead")
        self.daemon = daemonic

    def getName(self):
        """Old name for reading the name attribute."""
        _warn_deprecated("getName() is deprecated, get the name attribute instead")
        return self.name

    def setName(self, name):
        """Old name for setting the name attribute."""
        _warn_deprecated("setName() is deprecated, set the name attribute instead")
        self.name = name


class Timer(Thread):
    """A thread that calls function(*args, **kwargs) after `interval` seconds,
    unless cancel() is called first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        if args is None:
            args = []
        if kwargs is None:
            kwargs = {}
        self.args = args
        self.kwargs = kwargs
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it is still waiting."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    """The thread the program started in, registered when threading is imported."""

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started = True
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._done_lock.acquire()   # released by _shutdown() when the program ends
        with _active_limbo_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    """Stands for a thread not started by this module (e.g. by _thread.start_new_thread)
    when it asks for current_thread(). It is alive forever and cannot be joined."""

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-"), daemon=True)
        self._started = True
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self

    def is_alive(self):
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


# ---------------------------------------------------------------------------------------------
# Questions about threads

def current_thread():
    """The Thread object of the calling thread."""
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    """Old name of current_thread()."""
    _warn_deprecated("currentThread() is deprecated, use current_thread() instead")
    return current_thread()


def main_thread():
    """The Thread object of the thread the program started in."""
    return _main_thread


def enumerate():
    """A list of all Thread objects alive now (including the main thread)."""
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo.values())


def active_count():
    """How many threads are alive now: len(enumerate())."""
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


def activeCount():
    """Old name of active_count()."""
    _warn_deprecated("activeCount() is deprecated, use active_count() instead")
    return active_count()


# ---------------------------------------------------------------------------------------------
# Thread-local data

class _LocalState:
    """What a `local` object keeps: one attribute dict per thread, and the arguments to
    call __init__ with when a new thread first touches the object."""

    def __init__(self, args, kwargs):
        self.args = args
        self.kwargs = kwargs
        self.dicts = {}   # thread ident -> that thread's attribute dict

    def forget_thread(self, ident):
        """Drop a finished thread's attributes."""
        self.dicts.pop(ident, None)


def _local_type_name(cls):
    # CPython's local type is the native "_thread._local"; its error messages use that name.
    if cls is local:
        return "_thread._local"
    return cls.__name__


def _local_dict(self):
    """The calling thread's attribute dict of a `local` object. The first time a thread asks,
    it gets a fresh dict, and a subclass's __init__ runs again, with the original arguments."""
    state = object.__getattribute__(self, "_local__state")
    ident = get_ident()
    attributes = state.dicts.get(ident)
    if attributes is None:
        attributes = {}
        state.dicts[ident] = attributes
        thread = _active.get(ident)
        if thread is not None:
            thread._local_states.append(state)
        cls = type(self)
        if cls.__init__ is not object.__init__:
            try:
                cls.__init__(self, *state.args, **state.kwargs)
            except:
                del state.dicts[ident]
                raise
    return attributes


def _class_attribute(cls, name):
    """Look `name` up in the class and its bases (as Python does for attributes):
    return (True, value) if found, else (False, None)."""
    for klass in cls.__mro__:
        namespace = klass.__dict__
        if name in namespace:
            return True, namespace[name]
    return False, None


def _is_data_descriptor(value):
    # Data descriptors (properties, slots) take precedence over the instance's own attributes.
    kind = type(value)
    return hasattr(kind, "__set__") or hasattr(kind, "__delete__")


class local:
    """An object whose attributes have a separate value in each thread.

        data = threading.local()
        data.x = 1     # only the current thread sees this x

    A subclass may define __init__: it runs again, with the same arguments, in each thread
    that uses the object. Methods, properties and class attributes are shared by all threads.
    Attribute lookup follows Python's usual rules, with the calling thread's dict as the
    instance dict.
    """

    def __new__(cls, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        state = _LocalState(args, kwargs)
        object.__setattr__(self, "_local__state", state)
        # The creating thread gets its dict now; its __init__ is run by the class call.
        ident = get_ident()
        state.dicts[ident] = {}
        thread = _active.get(ident)
        if thread is not None:
            thread._local_states.append(state)
        return self

    def __getattribute__(self, name):
        attributes = _local_dict(self)
        cls = type(self)
        if name == "__dict__":
            return attributes
        if name == "__class__":
            return cls
        found, value = _class_attribute(cls, name)
        if found and _is_data_descriptor(value):
            return type(value).__get__(value, self, cls)
        if name in attributes:
            return attributes[name]
        if found:
            if hasattr(type(value), "__get__"):
                return type(value).__get__(value, self, cls)
            return value
        raise AttributeError("'%s' object has no attribute '%s'" % (_local_type_name(cls), name))

    def __setattr__(self, name, value):
        if name == "__dict__":
            raise AttributeError("'%s' object attribute '__dict__' is read-only"
                                 % _local_type_name(type(self)))
        attributes = _local_dict(self)
        found, class_value = _class_attribute(type(self), name)
        if found and hasattr(type(class_value), "__set__"):
            type(class_value).__set__(class_value, self, value)
            return
        attributes[name] = value

    def __delattr__(self, name):
        if name == "__dict__":
            raise AttributeError("'%s' object attribute '__dict__' is read-only"
                                 % _local_type_name(type(self)))
        attributes = _local_dict(self)
        found, class_value = _class_attribute(type(self), name)
        if found and hasattr(type(class_value), "__delete__"):
            type(class_value).__delete__(class_value, self)
            return
        if name not in attributes:
            raise AttributeError("'%s' object has no attribute '%s'"
                                 % (_local_type_name(type(self)), name))
        del attributes[name]


# CPython's local is the native _thread._local: reprs and type() show that name.
local.__module__ = "_thread"
local.__name__ = local.__qualname__ = "_local"


# ---------------------------------------------------------------------------------------------
# The end of the program

def _register_atexit(func, *args, **kwargs):
    """Have _shutdown() call func(*args, **kwargs) before it waits for the threads.
    (concurrent.futures uses this to stop its pool workers.) The last registered runs first."""
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append((func, args, kwargs))


def _shutdown():
    """Called by the runtime in the main thread when the program's code is done: run the
    _register_atexit callbacks, then wait for every non-daemon thread to finish (also those
    started meanwhile). Daemon threads are not waited for."""
    global _SHUTTING_DOWN
    if _main_thread._is_stopped:
        return   # already done
    _SHUTTING_DOWN = True
    for func, args, kwargs in reversed(_threading_atexits):
        func(*args, **kwargs)
    # The main thread's own code is over: whoever joins it may go on.
    _main_thread._is_stopped = True
    _main_thread._done_lock.release()
    while True:
        waiting_for = []
        for thread in enumerate():
            if thread is _main_thread or thread.daemon:
                continue
            waiting_for.append(thread)
        if not waiting_for:
            return
        for thread in waiting_for:
            if not thread._started:
                # Still in start() in another thread: its _done_lock is held already, so this
                # waits until it has run (if start() failed, the lock is free again).
                thread._done_lock.acquire()
                thread._done_lock.release()
            if thread._started:
                thread.join()


_main_thread = _MainThread()
