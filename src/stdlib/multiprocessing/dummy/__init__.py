"""multiprocessing's API over threads: Pool is a ThreadPool, Process a Thread."""

__all__ = ['Process', 'current_process', 'active_children', 'freeze_support', 'Lock', 'RLock',
           'Semaphore', 'BoundedSemaphore', 'Condition', 'Event', 'Barrier', 'Queue',
           'Manager', 'Pipe', 'Pool', 'JoinableQueue']

import threading
import sys
import weakref
import array

from threading import Lock, RLock, Semaphore, BoundedSemaphore
from threading import Event, Condition, Barrier
from queue import Queue

JoinableQueue = Queue


class DummyProcess(threading.Thread):
    """A thread with Process's extras (exitcode, start() checking its parent)."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None):
        threading.Thread.__init__(self, group, target, name, args, kwargs or {})
        self._pid = None
        self._children = weakref.WeakKeyDictionary()
        self._start_called = False
        self._parent = current_process()

    def start(self):
        if self._parent is not current_process():
            raise RuntimeError("Parent is {0!r} but current_process is {1!r}".format(
                self._parent, current_process()))
        self._start_called = True
        if hasattr(self._parent, '_children'):
            self._parent._children[self] = None
        threading.Thread.start(self)

    exitcode = property(
        lambda self: 0 if (self._start_called and not self.is_alive()) else None)


Process = DummyProcess
current_process = threading.current_thread
current_process()._children = weakref.WeakKeyDictionary()


def active_children():
    """Threads started from the current one that are still running."""
    registry = current_process()._children
    finished = [t for t in registry.keys() if not t.is_alive()]
    for t in finished:
        registry.pop(t, None)
    return [t for t in registry.keys()]


def freeze_support():
    """Nothing to do for threads."""


class Namespace:
    """Plain attribute bag; repr lists the public attributes sorted."""

    def __init__(self, /, **attrs):
        for key, val in attrs.items():
            setattr(self, key, val)

    def __repr__(self):
        shown = sorted(f'{k}={v!r}' for k, v in vars(self).items() if k[:1] != '_')
        return f"{type(self).__name__}({', '.join(shown)})"


dict = dict
list = list


def Array(typecode, sequence, lock=True):
    return array.array(typecode, sequence)


class Value:
    """Unsynchronised stand-in for a shared ctypes value."""

    def __init__(self, typecode, value, lock=True):
        self._typecode, self._value = typecode, value

    def _get(self):
        return self._value

    def _set(self, new):
        self._value = new

    value = property(_get, _set)
    del _get, _set

    def __repr__(self):
        return f'<{type(self).__name__}({self._typecode!r}, {self._value!r})>'


def Manager():
    # The module itself serves as the "manager": it has dict, list, Namespace...
    return sys.modules[__name__]


def shutdown():
    return None


def Pool(processes=None, initializer=None, initargs=()):
    from ..pool import ThreadPool
    return ThreadPool(processes, initializer, initargs)
