"""Run calls at chosen times, one after another.

A scheduler is given two functions: one that reads the current time and one that waits for
a span of that time. Events wait in a priority queue until their time comes; run() takes
them out in order of (time, priority, order of scheduling) and calls their actions.

    import sched, time
    s = sched.scheduler(time.monotonic, time.sleep)
    s.enter(1, 1, print, ("a second later",))
    s.run()

The queue is guarded by a lock, so other threads (and the actions themselves) may add or
cancel events while run() is working.
"""

import heapq
import threading
import time as _time
from collections import namedtuple
from itertools import count

__all__ = ["scheduler"]

# Tuple order is run order: sequence numbers are unique, so two events never get as far as
# comparing their actions.
Event = namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')

# Tells "no kwargs given" apart from an explicit dict, so each event gets its own fresh dict.
_NO_KWARGS = object()


class scheduler:

    def __init__(self, timefunc=_time.monotonic, delayfunc=_time.sleep):
        """Read the time with timefunc() and wait with delayfunc(span).

        delayfunc is also called with 0 after each action, giving other threads a turn."""
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._heap = []
        self._guard = threading.RLock()
        self._tickets = count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_NO_KWARGS):
        """Schedule action(*argument, **kwargs) for the absolute time given.

        Returns the Event, which cancel() accepts."""
        if kwargs is _NO_KWARGS:
            kwargs = {}
        with self._guard:
            new_event = Event(time, priority, next(self._tickets), action, argument, kwargs)
            heapq.heappush(self._heap, new_event)
        return new_event

    def enter(self, delay, priority, action, argument=(), kwargs=_NO_KWARGS):
        """Schedule action(*argument, **kwargs) delay time units from now."""
        due = self.timefunc() + delay
        return self.enterabs(due, priority, action, argument, kwargs)

    def cancel(self, event):
        """Take a pending event out of the queue; ValueError if it is not there."""
        with self._guard:
            self._heap.remove(event)
            heapq.heapify(self._heap)

    def empty(self):
        """True when no event is waiting."""
        with self._guard:
            return len(self._heap) == 0

    def _next_due(self):
        """Under the lock: pop and return the head event if it is due, or else return the
        time left until it (None when the queue is empty)."""
        with self._guard:
            if not self._heap:
                return None, None
            head = self._heap[0]
            now = self.timefunc()
            if head.time > now:
                return None, head.time - now
            heapq.heappop(self._heap)
            return head, None

    def run(self, blocking=True):
        """Call each event's action when its time comes, until none are left.

        With blocking false, only the events already due run; the return value is then the
        time left until the next event, or None if the queue is empty."""
        while True:
            due_event, wait = self._next_due()
            if due_event is not None:
                due_event.action(*due_event.argument, **due_event.kwargs)
                self.delayfunc(0)
            elif wait is None:
                return None
            elif blocking:
                self.delayfunc(wait)
            else:
                return wait

    @property
    def queue(self):
        """The pending events as a list, in the order they would run."""
        with self._guard:
            snapshot = list(self._heap)
        return sorted(snapshot)
