"""multiprocessing for pygil: the thread-backed parts only.

pygil runs one process, so there is no Process, no process Pool and no shared memory
between processes. What is here is what works with threads: multiprocessing.dummy (the
same API over threads), multiprocessing.pool.ThreadPool, cpu_count() and the exceptions.
"""

import os as _os

__all__ = ['ProcessError', 'BufferTooShort', 'TimeoutError', 'AuthenticationError',
           'cpu_count', 'current_process', 'parent_process', 'active_children']


class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


def cpu_count():
    """The number of CPUs in the system."""
    num = _os.cpu_count()
    if num is None:
        raise NotImplementedError('cannot determine number of cpus')
    return num


def freeze_support():
    pass


class _MainProcess:
    """This process (pygil's only one)."""

    def __init__(self):
        self._name = 'MainProcess'
        self.daemon = False
        self.authkey = b''

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        self._name = str(value)

    @property
    def pid(self):
        return _os.getpid()

    ident = pid
    exitcode = None

    def is_alive(self):
        return True

    def __repr__(self):
        return f"<_MainProcess name={self._name!r} parent=None started>"


_current_process = _MainProcess()


def current_process():
    """The Process object of this process."""
    return _current_process


def parent_process():
    return None


def active_children():
    return []


_PROCESS_ONLY = {'Process', 'Pool', 'Manager', 'Pipe', 'Queue', 'JoinableQueue', 'SimpleQueue',
                 'Value', 'Array', 'get_context', 'set_start_method', 'get_start_method',
                 'Lock', 'RLock',
                 'Semaphore', 'BoundedSemaphore', 'Condition', 'Event', 'Barrier'}


def __getattr__(name):
    if name in _PROCESS_ONLY:
        raise AttributeError(
            f"module 'multiprocessing' has no attribute '{name}' (pygil runs no child "
            f"processes; multiprocessing.dummy has the same API over threads)")
    raise AttributeError(f"module 'multiprocessing' has no attribute '{name}'")
