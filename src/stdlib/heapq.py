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


def heappush(heap, item, /):
    """Push item onto heap, maintaining the heap invariant."""
    heap.append(item)
    _bubble_up(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
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
    """Pop and return the current smallest value, and add the new item.

    This is more efficient than heappop() followed by heappush(), and can be
    more appropriate when using a fixed-size heap.  Note that the value
    returned may be larger than item!"""
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _sink(heap, 0)
    return smallest


def heappushpop(heap, item, /):
    """Push item on the heap, then pop and return the smallest item from the heap.

    The combined action runs more efficiently than heappush() followed by
    a separate call to heappop()."""
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sink(heap, 0)
    return item


def heapify(heap, /):
    """Transform list into a heap, in-place, in O(len(heap)) time."""
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
    """Transform list into a maxheap, in-place, in O(len(x)) time."""
    for position in reversed(range(len(heap) // 2)):
        _sink_max(heap, position)


def _heappop_max(heap):
    """Maxheap version of a heappop."""
    last = heap.pop()
    if heap:
        largest = heap[0]
        heap[0] = last
        _sink_max(heap, 0)
        return largest
    return last


def _heapreplace_max(heap, item):
    """Maxheap version of a heappop followed by a heappush."""
    largest = heap[0]
    heap[0] = item
    _sink_max(heap, 0)
    return largest


def merge(*iterables, key=None, reverse=False):
    '''Merge multiple sorted inputs into a single sorted output.

    Similar to sorted(itertools.chain(*iterables)) but returns a generator,
    does not pull the data into memory all at once, and assumes that each of
    the input streams is already sorted (smallest to largest).

    >>> list(merge([1,3,5,7], [0,2,4,8], [5,10,15,20], [], [25]))
    [0, 1, 2, 3, 4, 5, 5, 7, 8, 10, 15, 20, 25]

    If *key* is not None, applies a key function to each element to determine
    its sort order.

    >>> list(merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len))
    ['dog', 'cat', 'fish', 'horse', 'kangaroo']

    '''
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
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
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
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
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
