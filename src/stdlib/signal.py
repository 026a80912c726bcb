"""This module provides mechanisms to use signal handlers in Python.

Written for pygil from the documented behaviour of CPython 3.11's signal module on Linux
(names, numbers, Signals/Handlers/Sigmasks enums, messages). How handlers run here:

- A handler installed with signal() is called with (signum, frame) as in CPython. For
  raise_signal() called in the main thread it runs at once, in the main thread. For a
  signal from outside (kill, Ctrl-C, a terminal), or from alarm()/setitimer(), it runs on a
  short-lived green thread while the main thread stays where it is, and an exception it
  raises (KeyboardInterrupt, SystemExit from sys.exit(), ...) is raised in the main thread,
  at once if the main thread is blocked in sleep, join, a lock or input().
- SIG_DFL ends the process by the signal itself; SIG_IGN drops it. SIGPIPE stays ignored
  at the OS level (Node's choice), so setting it to SIG_DFL does not make writes to a
  closed pipe end the program.
- Real-time signals (SIGRTMIN..SIGRTMAX) can be handled when raised from this program,
  not when sent from outside. Signal masks are not supported (pthread_sigmask, sigwait,
  sigpending raise NotImplementedError); ITIMER_VIRTUAL/ITIMER_PROF likewise.
"""

import _pygil_signal
from enum import IntEnum as _IntEnum

_names = {
    'SIGHUP': 1, 'SIGINT': 2, 'SIGQUIT': 3, 'SIGILL': 4, 'SIGTRAP': 5, 'SIGABRT': 6,
    'SIGIOT': 6, 'SIGBUS': 7, 'SIGFPE': 8, 'SIGKILL': 9, 'SIGUSR1': 10, 'SIGSEGV': 11,
    'SIGUSR2': 12, 'SIGPIPE': 13, 'SIGALRM': 14, 'SIGTERM': 15, 'SIGSTKFLT': 16,
    'SIGCHLD': 17, 'SIGCLD': 17, 'SIGCONT': 18, 'SIGSTOP': 19, 'SIGTSTP': 20,
    'SIGTTIN': 21, 'SIGTTOU': 22, 'SIGURG': 23, 'SIGXCPU': 24, 'SIGXFSZ': 25,
    'SIGVTALRM': 26, 'SIGPROF': 27, 'SIGWINCH': 28, 'SIGIO': 29, 'SIGPOLL': 29,
    'SIGPWR': 30, 'SIGSYS': 31, 'SIGRTMIN': 34, 'SIGRTMAX': 64,
}
# members sorted by value, then name: the first name of a value is its canonical one
Signals = _IntEnum('Signals', sorted(_names.items(), key=lambda kv: (kv[1], kv[0])),
                   module=__name__)
Handlers = _IntEnum('Handlers', [('SIG_DFL', 0), ('SIG_IGN', 1)], module=__name__)
Sigmasks = _IntEnum('Sigmasks', [('SIG_BLOCK', 0), ('SIG_UNBLOCK', 1), ('SIG_SETMASK', 2)],
                    module=__name__)
globals().update({name: Signals[name] for name in _names})
globals().update(Handlers.__members__)
globals().update(Sigmasks.__members__)
del _names

NSIG = 65
ITIMER_REAL = 0
ITIMER_VIRTUAL = 1
ITIMER_PROF = 2

default_int_handler = _pygil_signal.default_int_handler


class itimer_error(OSError):
    pass


itimer_error.__module__ = 'signal'
ItimerError = itimer_error

_STRSIGNAL = {
    1: 'Hangup', 2: 'Interrupt', 3: 'Quit', 4: 'Illegal instruction',
    5: 'Trace/breakpoint trap', 6: 'Aborted', 7: 'Bus error', 8: 'Floating point exception',
    9: 'Killed', 10: 'User defined signal 1', 11: 'Segmentation fault',
    12: 'User defined signal 2', 13: 'Broken pipe', 14: 'Alarm clock', 15: 'Terminated',
    16: 'Stack fault', 17: 'Child exited', 18: 'Continued', 19: 'Stopped (signal)',
    20: 'Stopped', 21: 'Stopped (tty input)', 22: 'Stopped (tty output)',
    23: 'Urgent I/O condition', 24: 'CPU time limit exceeded',
    25: 'File size limit exceeded', 26: 'Virtual timer expired',
    27: 'Profiling timer expired', 28: 'Window changed', 29: 'I/O possible',
    30: 'Power failure', 31: 'Bad system call',
}


def _int(value):
    """A C int argument: anything with __index__ (floats are truncated, as CPython 3.11's
    converter still allows)."""
    if isinstance(value, float):
        return int(value)
    if isinstance(value, int):
        return int(value)
    if hasattr(type(value), '__index__'):
        return type(value).__index__(value)
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)


def _check_range(signalnum):
    if signalnum < 1 or signalnum >= NSIG:
        raise ValueError('signal number out of range')


def _main_thread_only(what):
    if not _pygil_signal.is_main_thread():
        raise ValueError('%s only works in main thread of the main interpreter' % what)


def _int_to_enum(value, enum_klass):
    """Convert a possible numeric value to an IntEnum member."""
    if not isinstance(value, int):
        return value
    try:
        return enum_klass(value)
    except ValueError:
        return value


def signal(signalnum, handler, /):
    """Set the action for the given signal.

The action can be SIG_DFL, SIG_IGN, or a callable Python object.
The previous action is returned.  See getsignal() for possible return values."""
    _main_thread_only('signal')
    signalnum = _int(signalnum)
    _check_range(signalnum)
    if callable(handler):
        new = handler
    elif handler == SIG_IGN:
        new = 1
    elif handler == SIG_DFL:
        new = 0
    else:
        raise TypeError('signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a '
                        'callable object')
    if signalnum in (9, 19):
        raise OSError(22, 'Invalid argument')
    return _int_to_enum(_pygil_signal.set_handler(signalnum, new), Handlers)


def getsignal(signalnum, /):
    """Return the current action for the given signal.

The return value can be:
  SIG_IGN -- if the signal is being ignored
  SIG_DFL -- if the default action for the signal is in effect
  None    -- if an unknown handler is in effect
  anything else -- the callable Python object used as a handler"""
    signalnum = _int(signalnum)
    _check_range(signalnum)
    return _int_to_enum(_pygil_signal.get_handler(signalnum), Handlers)


def raise_signal(signalnum, /):
    """Send a signal to the executing process."""
    signalnum = _int(signalnum)
    if signalnum < 0 or signalnum >= NSIG or signalnum in (32, 33):
        raise OSError(22, 'Invalid argument')
    if signalnum == 0:
        return  # signal 0 only checks that a signal could be sent
    _pygil_signal.raise_signal(signalnum, _caller_frame())


def _caller_frame():
    # the handler's frame argument: the code that called raise_signal (signal.py's own
    # functions are C functions in CPython, with no frame)
    import sys
    return sys._getframe(2)


def strsignal(signalnum, /):
    """Return the system description of the given signal.

The return values can be such as "Interrupt", "Segmentation fault", etc.
Returns None if the signal is not recognized."""
    signalnum = _int(signalnum)
    _check_range(signalnum)
    if signalnum in _STRSIGNAL:
        return _STRSIGNAL[signalnum]
    if signalnum >= 34:
        return 'Real-time signal %d' % (signalnum - 34)
    return None


def valid_signals():
    """Return a set of valid signal numbers on this platform.

The signal numbers returned by this function can be safely passed to
functions like `pthread_sigmask`."""
    return {_int_to_enum(x, Signals) for x in range(1, NSIG) if x not in (32, 33)}


def alarm(seconds, /):
    """Arrange for SIGALRM to arrive after the given number of seconds."""
    seconds = _int(seconds) & 0xFFFFFFFF
    remaining, _ = _pygil_signal.setitimer(float(seconds), 0.0)
    # like the kernel: whole seconds, rounded to nearest, at least 1 while one is pending
    if remaining <= 0:
        return 0
    whole = int(remaining)
    if remaining - whole >= 0.5 or whole == 0:
        whole += 1
    return whole


def setitimer(which, seconds, interval=0.0, /):
    """Sets given itimer (one of ITIMER_REAL, ITIMER_VIRTUAL or ITIMER_PROF).

The timer will fire after value seconds and after that every interval seconds.
The itimer can be cleared by setting seconds to zero.

Returns old values as a tuple: (delay, interval)."""
    which = _int(which)
    seconds = float(seconds)
    interval = float(interval)
    if which in (ITIMER_VIRTUAL, ITIMER_PROF):
        raise NotImplementedError('pygil: ITIMER_VIRTUAL and ITIMER_PROF (CPU-time timers) '
                                  'are not supported')
    if which != ITIMER_REAL or seconds < 0 or interval < 0:
        raise ItimerError(22, 'Invalid argument')
    return _pygil_signal.setitimer(seconds, interval)


def getitimer(which, /):
    """Returns current value of given itimer."""
    which = _int(which)
    if which in (ITIMER_VIRTUAL, ITIMER_PROF):
        raise NotImplementedError('pygil: ITIMER_VIRTUAL and ITIMER_PROF (CPU-time timers) '
                                  'are not supported')
    if which != ITIMER_REAL:
        raise ItimerError(22, 'Invalid argument')
    return _pygil_signal.getitimer()


def pause():
    """Wait until a signal arrives."""
    _pygil_signal.pause()


def siginterrupt(signalnum, flag, /):
    """Change system call restart behaviour.

If flag is False, system calls will be restarted when interrupted by
signal sig, else system calls will be interrupted."""
    signalnum = _int(signalnum)
    _check_range(signalnum)
    _int(flag)


def set_wakeup_fd(fd, /, *, warn_on_full_buffer=True):
    """Sets the fd to be written to (with the signal number) when a signal comes in.

Here the fd is remembered but nothing is written to it."""
    global _wakeup_fd
    _main_thread_only('set_wakeup_fd')
    fd = _int(fd)
    old, _wakeup_fd = _wakeup_fd, fd
    return old


_wakeup_fd = -1


def pthread_kill(thread_id, signalnum, /):
    """Send a signal to a thread (here: handlers always run for the main thread)."""
    _int(thread_id)
    signalnum = _int(signalnum)
    if signalnum == 0:
        return
    if signalnum < 0 or signalnum >= NSIG:
        raise OSError(22, 'Invalid argument')
    _pygil_signal.raise_signal(signalnum, _caller_frame())


def _no_masks(name):
    def unsupported(*args, **kwargs):
        raise NotImplementedError('pygil: signal.%s is not supported (no signal masks)' % name)
    unsupported.__name__ = name
    return unsupported


pthread_sigmask = _no_masks('pthread_sigmask')
sigpending = _no_masks('sigpending')
sigwait = _no_masks('sigwait')
sigwaitinfo = _no_masks('sigwaitinfo')
sigtimedwait = _no_masks('sigtimedwait')
