"""Heap queue algorithm (a.k.a. priority queue).

A heap here is a plain list kept in heap order: heap[k] <= heap[2*k+1] and
heap[k] <= heap[2*k+2] for every k, so heap[0] is always the smallest item.
heappush/heappop keep that order in O(log n) steps; heapify makes it in O(n).

The sifting follows the classic array-heap algorithm in the form CPython uses (a popped
hole travels down to a leaf along the smaller children, then the moved item bubbles up),
so that items which compare equal come out in the same order as under CPython.

This module was written for pygil from the documented behaviour of CPython 3.11's heapq.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check_list(heap, fn, numbered):
    # the C heapq only takes lists (and list subclasses)
    if not isinstance(heap, list):
        raise TypeError('%s() argument%s must be list, not %s'
                        % (fn, ' 1' if numbered else '', type(heap).__name__))


def heappush(heap, item, /):
    """Add item to the heap, keeping it a heap."""
    _check_list(heap, 'heappush', True)
    heap.append(item)
    _bubble_up(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Remove and return the smallest item, keeping the heap a heap."""
    _check_list(heap, 'heappop', False)
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _sink(heap, 0)
        return smallest
    return last


def heapreplace(heap, item, /):
    """Pop the smallest item, then push item; return the popped one (which may be
    larger than item). One sift instead of two."""
    _check_list(heap, 'heapreplace', True)
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _sink(heap, 0)
    return smallest


def heappushpop(heap, item, /):
    """Push item, then pop and return the smallest item (item itself if it is not
    larger than the heap's smallest). One sift instead of two."""
    _check_list(heap, 'heappushpop', True)
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sink(heap, 0)
    return item


def heapify(heap, /):
    """Rearrange the list into a heap, in place, in linear time."""
    _check_list(heap, 'heapify', False)
    for position in reversed(range(len(heap) // 2)):
        _sink(heap, position)


def _bubble_up(heap, top, position):
    """Move heap[position] up towards `top` while it is smaller than its parent."""
    item = heap[position]
    while position > top:
        parent_position = (position - 1) >> 1
        parent = heap[parent_position]
        if item < parent:
            heap[position] = parent
            position = parent_position
            continue
        break
    heap[position] = item


def _sink(heap, position):
    """Re-place heap[position]: move the smaller child up into the hole until the hole is a
    leaf, put the item there, then bubble it up to where it belongs."""
    end = len(heap)
    top = position
    item = heap[position]
    child = 2 * position + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[position] = heap[child]
        position = child
        child = 2 * position + 1
    heap[position] = item
    _bubble_up(heap, top, position)


# The same for a max-heap (heap[0] the largest), used by merge(reverse=True).

def _bubble_up_max(heap, top, position):
    item = heap[position]
    while position > top:
        parent_position = (position - 1) >> 1
        parent = heap[parent_position]
        if parent < item:
            heap[position] = parent
            position = parent_position
            continue
        break
    heap[position] = item


def _sink_max(heap, position):
    end = len(heap)
    top = position
    item = heap[position]
    child = 2 * position + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[position] = heap[child]
        position = child
        child = 2 * position + 1
    heap[position] = item
    _bubble_up_max(heap, top, position)


def _heapify_max(heap):
    """Rearrange the list into a max-heap, in place."""
    for position in reversed(range(len(heap) // 2)):
        _sink_max(heap, position)


def _heappop_max(heap):
    """heappop for a max-heap."""
    last = heap.pop()
    if heap:
        largest = heap[0]
        heap[0] = last
        _sink_max(heap, 0)
        return largest
    return last


def _heapreplace_max(heap, item):
    """heapreplace for a max-heap."""
    largest = heap[0]
    heap[0] = item
    _sink_max(heap, 0)
    return largest


def merge(*iterables, key=None, reverse=False):
    """Merge sorted iterables into one sorted iterator, reading them lazily; equal
    items come in the order of their iterables. key and reverse as for sorted() (each
    input must be sorted that way).

    list(merge([1, 3, 5], [2, 4])) == [1, 2, 3, 4, 5]"""
    # Each entry of the heap is [sort key, rank, value, iterator]: the rank (the input's
    # position, negated when reversed) keeps equal keys in input order and is never equal
    # between two entries, so values themselves are never compared.
    if reverse:
        pop, replace, make_heap, direction = _heappop_max, _heapreplace_max, _heapify_max, -1
    else:
        pop, replace, make_heap, direction = heappop, heapreplace, heapify, 1
    heap = []
    for rank, iterable in enumerate(iterables):
        iterator = iter(iterable)
        for value in iterator:
            sort_key = value if key is None else key(value)
            heap.append([sort_key, rank * direction, value, iterator])
            break
    make_heap(heap)
    while len(heap) > 1:
        entry = heap[0]
        yield entry[2]
        for value in entry[3]:
            entry[0] = value if key is None else key(value)
            entry[2] = value
            replace(heap, entry)
            break
        else:
            pop(heap)           # this input is exhausted
    if heap:
        # One input left: the rest of it as it comes.
        entry = heap[0]
        yield entry[2]
        yield from entry[3]


# nsmallest and nlargest keep the best n seen so far in a heap whose root is the worst of
# them, of entries (item, arrival number) or (key, arrival number, item): the number keeps
# equal items in arrival order. The result is the same as sorted(...)[:n] when the items
# are totally ordered; for items that are neither < nor == each other (only __lt__
# defined, say), this procedure decides the order, and it is the one CPython follows.

def nsmallest(n, iterable, key=None):
    """The n smallest items: the same as sorted(iterable, key=key)[:n]."""
    if n == 1:
        nothing = object()
        smallest = min(iter(iterable), default=nothing, key=key)
        return [] if smallest is nothing else [smallest]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    iterator = iter(iterable)
    if key is None:
        best = [(item, number) for number, item in zip(range(n), iterator)]
    else:
        best = [(key(item), number, item) for number, item in zip(range(n), iterator)]
    if not best:
        return best
    _heapify_max(best)
    worst = best[0][0]
    number = n
    for item in iterator:
        item_key = item if key is None else key(item)
        if item_key < worst:
            entry = (item, number) if key is None else (item_key, number, item)
            _heapreplace_max(best, entry)
            worst = best[0][0]
            number += 1
    best.sort()
    return [entry[-1] if key is not None else entry[0] for entry in best]


def nlargest(n, iterable, key=None):
    """The n largest items: the same as sorted(iterable, key=key, reverse=True)[:n]."""
    if n == 1:
        nothing = object()
        largest = max(iter(iterable), default=nothing, key=key)
        return [] if largest is nothing else [largest]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    # Arrival numbers count down here, so that among equal items the first comes first.
    iterator = iter(iterable)
    if key is None:
        best = [(item, number) for number, item in zip(range(0, -n, -1), iterator)]
    else:
        best = [(key(item), number, item) for number, item in zip(range(0, -n, -1), iterator)]
    if not best:
        return best
    heapify(best)
    worst = best[0][0]
    number = -n
    for item in iterator:
        item_key = item if key is None else key(item)
        if worst < item_key:
            entry = (item, number) if key is None else (item_key, number, item)
            heapreplace(best, entry)
            worst = best[0][0]
            number -= 1
    best.sort(reverse=True)
    return [entry[-1] if key is not None else entry[0] for entry in best]


# CPython implements these in C: no frame of theirs shows in a traceback.
import _pygil_types
_pygil_types.hide_frames(heappush, heappop, heapreplace, heappushpop, heapify, _check_list,
                         _bubble_up, _sink, _bubble_up_max, _sink_max, _heapify_max,
                         _heappop_max, _heapreplace_max)
del _pygil_types
