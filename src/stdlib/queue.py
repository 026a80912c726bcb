"""Queues for passing items between threads safely.

Queue is first-in first-out, LifoQueue last-in first-out (a stack), PriorityQueue hands out
the smallest item first. All three can have a maximum size: put() then waits while the queue
is full, get() waits while it is empty. task_done() and join() let a producer wait until every
item put in has been handled. SimpleQueue is a smaller FIFO queue without size limit or
task tracking; it and the exception Empty come from the native module _queue.

Each Queue has one lock (`mutex`) and three Conditions on it: `not_empty` (get() waits there),
`not_full` (put() waits there) and `all_tasks_done` (join() waits there).

This module was written for pygil from the documented behaviour of CPython 3.11's queue.
"""

import threading
from time import monotonic as time

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


# Empty and SimpleQueue are native (src/stdlib/_queue.ts), as in CPython: the exception prints
# as "_queue.Empty", and SimpleQueue, which carries the work of every ThreadPoolExecutor, costs
# no Python frame per put() or get().
from _queue import Empty, SimpleQueue

# The buffer of a Queue is a collections.deque in CPython, and programs look into q.queue as
# into one. pygil's deque is written in Python, so its queues use a native stand-in that
# answers the same methods (src/stdlib/queue-fifo.ts); CPython's _queue has none.
try:
    from _queue import _Fifo
except ImportError:
    from collections import deque as _Fifo


class Full(Exception):
    """Raised by put() when the queue is full (non-blocking put, or timeout)."""


def _check_timeout(timeout):
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


# The heap functions PriorityQueue uses: `heap` is a list where heap[k] <= heap[2*k+1] and
# heap[k] <= heap[2*k+2], so heap[0] is the smallest item. Only `<` is used to compare items,
# and the steps are the ones the heapq module takes, so equal items come out in the same order.

def _sift_toward_root(heap, start, pos):
    """Move heap[pos] up while it is smaller than its parent (not above index `start`)."""
    item = heap[pos]
    while pos > start:
        parent_pos = (pos - 1) // 2
        parent = heap[parent_pos]
        if item < parent:
            heap[pos] = parent
            pos = parent_pos
        else:
            break
    heap[pos] = item


def _sift_toward_leaves(heap, pos):
    """Fill the hole at `pos` by moving the smaller child up, down to a leaf, then put the
    item that was at `pos` there and move it back up to its place."""
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root(heap, start, pos)


def _heap_push(heap, item):
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def _heap_pop(heap):
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _sift_toward_leaves(heap, 0)
    return smallest


class Queue:
    """A first-in first-out queue. maxsize <= 0 means no limit."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0   # items put in and not yet marked task_done()

    def task_done(self):
        """Tell the queue that an item taken with get() has been handled completely.
        join() returns once every item put in has been marked done."""
        with self.all_tasks_done:
            unfinished = self.unfinished_tasks - 1
            if unfinished <= 0:
                if unfinished < 0:
                    raise ValueError('task_done() called too many times')
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = unfinished

    def join(self):
        """Wait until every item put in the queue has been marked task_done()."""
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        """The number of items in the queue now (it may change right after)."""
        with self.mutex:
            return self._qsize()

    def empty(self):
        """True if the queue is empty now."""
        with self.mutex:
            return not self._qsize()

    def full(self):
        """True if the queue is full now."""
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Put an item in. If the queue is full: wait for room (at most `timeout` seconds,
        then raise Full), or raise Full at once when block is false."""
        with self.mutex:   # the lock of all three Conditions
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
                        raise Full
                elif timeout is None:
                    while self._qsize() >= self.maxsize:
                        self.not_full.wait()
                else:
                    _check_timeout(timeout)
                    deadline = time() + timeout
                    while self._qsize() >= self.maxsize:
                        remaining = deadline - time()
                        if remaining <= 0.0:
                            raise Full
                        self.not_full.wait(remaining)
            self._put(item)
            self.unfinished_tasks += 1
            if self.not_empty._waiters:   # (a call fewer per item when no get() waits)
                self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Take an item out. If the queue is empty: wait for one (at most `timeout` seconds,
        then raise Empty), or raise Empty at once when block is false."""
        with self.mutex:
            if not block:
                if not self._qsize():
                    raise Empty
            elif timeout is None:
                while not self._qsize():
                    self.not_empty.wait()
            else:
                _check_timeout(timeout)
                deadline = time() + timeout
                while not self._qsize():
                    remaining = deadline - time()
                    if remaining <= 0.0:
                        raise Empty
                    self.not_empty.wait(remaining)
            item = self._get()
            if self.not_full._waiters:
                self.not_full.notify()
            return item

    def put_nowait(self, item):
        """Put an item in if there is room now, else raise Full."""
        return self.put(item, block=False)

    def get_nowait(self):
        """Take an item out if there is one now, else raise Empty."""
        return self.get(block=False)

    # The storage, kept in four methods that subclasses override (called with mutex held).

    def _init(self, maxsize):
        self.queue = _Fifo()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()


class PriorityQueue(Queue):
    """A queue that hands out the smallest item first; put (priority, data) tuples in it."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        _heap_push(self.queue, item)

    def _get(self):
        return _heap_pop(self.queue)


class LifoQueue(Queue):
    """A queue that hands out the most recently added item first (a stack)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


# Queue[int] in annotations (the subclasses inherit it)
Queue.__class_getitem__ = classmethod(type(list[int]))
