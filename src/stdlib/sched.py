"""A general purpose event scheduler.

    s = sched.scheduler(time.monotonic, time.sleep)
    s.enter(2, 1, print, ("two seconds later",))
    s.enter(1, 1, print, ("one second later",))
    s.run()

Events are kept in a heap ordered by (time, priority, sequence): the earliest time first,
at equal times the lowest priority number, then the order they were added. run() waits
(with delayfunc) until the first event is due, runs it, and goes on until the queue is
empty. Actions may schedule more events; other threads may too (the queue is guarded by a
lock).

This module was written for pygil from the documented behaviour of CPython 3.11's sched.
"""

import time
import heapq
import threading
from itertools import count

__all__ = ["scheduler"]


class Event(tuple):
    """A scheduled call: (time, priority, sequence, action, argument, kwargs)."""

    __slots__ = ()
    _fields = ('time', 'priority', 'sequence', 'action', 'argument', 'kwargs')

    def __new__(cls, time, priority, sequence, action, argument, kwargs):
        return tuple.__new__(cls, (time, priority, sequence, action, argument, kwargs))

    time = property(lambda self: self[0], doc="When the event is due (timefunc's units).")
    priority = property(lambda self: self[1], doc="Lower numbers run first at equal times.")
    sequence = property(lambda self: self[2], doc="Order of scheduling, the last tiebreak.")
    action = property(lambda self: self[3], doc="The function to call.")
    argument = property(lambda self: self[4], doc="Its positional arguments (a sequence).")
    kwargs = property(lambda self: self[5], doc="Its keyword arguments (a dict).")

    def __repr__(self):
        return 'Event(%s)' % ', '.join('%s=%r' % (name, value)
                                       for name, value in zip(self._fields, self))

    def _asdict(self):
        return dict(zip(self._fields, self))

    def _replace(self, **changes):
        values = self._asdict()
        values.update(changes)
        return Event(**values)


_sentinel = object()


class scheduler:

    def __init__(self, timefunc=time.monotonic, delayfunc=time.sleep):
        """A scheduler reading the time with timefunc() and waiting with delayfunc(t)
        (which may also be called with 0, to let other threads run)."""
        self._queue = []
        self._lock = threading.RLock()
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._sequence_generator = count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_sentinel):
        """Schedule action(*argument, **kwargs) at absolute time (in timefunc's units).
        Returns the event, for cancel()."""
        if kwargs is _sentinel:
            kwargs = {}
        with self._lock:
            event = Event(time, priority, next(self._sequence_generator), action, argument,
                          kwargs)
            heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_sentinel):
        """Schedule action(*argument, **kwargs) `delay` time units from now."""
        time = self.timefunc() + delay
        return self.enterabs(time, priority, action, argument, kwargs)

    def cancel(self, event):
        """Remove a scheduled event (ValueError if it is not in the queue)."""
        with self._lock:
            self._queue.remove(event)
            heapq.heapify(self._queue)

    def empty(self):
        """Is the queue empty?"""
        with self._lock:
            return not self._queue

    def run(self, blocking=True):
        """Run the events as they come due, until the queue is empty.

        With blocking=False, run only the events already due and return how long until
        the next one (None if there is none)."""
        lock = self._lock
        q = self._queue
        delayfunc = self.delayfunc
        timefunc = self.timefunc
        pop = heapq.heappop
        while True:
            with lock:
                if not q:
                    break
                (time, priority, sequence, action, argument, kwargs) = q[0]
                now = timefunc()
                if time > now:
                    delay = True
                else:
                    delay = False
                    pop(q)
            if delay:
                if not blocking:
                    return time - now
                delayfunc(time - now)
            else:
                action(*argument, **kwargs)
                delayfunc(0)   # a chance for other threads between events

    @property
    def queue(self):
        """The events not yet run, in the order they will run."""
        with self._lock:
            events = self._queue[:]
        return list(map(heapq.heappop, [events] * len(events)))
