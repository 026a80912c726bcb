"""Bisection algorithms: find where an item goes in a sorted list, or insert it there.

bisect_left(a, x) is the first position where x could be inserted keeping a sorted (before
any items equal to x); bisect_right (also called bisect) the last one (after them).
insort_left/insort_right insert x there. With key=, key(a[i]) is compared with x by the
bisect functions, and with key(x) by the insort functions.

This module was written for pygil from the documented behaviour of CPython 3.11's bisect.
"""


def _bounds(a, lo, hi):
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None:
        hi = len(a)
    return lo, hi


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """The position in sorted a where x goes before any equal items: a[:i] < x <= a[i:].
    lo and hi bound the part of a searched; key(a[i]) is compared with x if key is given."""
    lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        item = a[mid] if key is None else key(a[mid])
        if item < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """The position in sorted a where x goes after any equal items: a[:i] <= x < a[i:].
    lo and hi bound the part of a searched; key(a[i]) is compared with x if key is given."""
    lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        item = a[mid] if key is None else key(a[mid])
        if x < item:
            hi = mid
        else:
            lo = mid + 1
    return lo


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert x into sorted a, before any equal items (key(x) is compared if key is
    given)."""
    if key is None:
        position = bisect_left(a, x, lo, hi)
    else:
        position = bisect_left(a, key(x), lo, hi, key=key)
    a.insert(position, x)


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert x into sorted a, after any equal items (key(x) is compared if key is
    given)."""
    if key is None:
        position = bisect_right(a, x, lo, hi)
    else:
        position = bisect_right(a, key(x), lo, hi, key=key)
    a.insert(position, x)


bisect = bisect_right
insort = insort_right


# CPython implements these in C: no frame of theirs shows in a traceback.
import _pygil_types
_pygil_types.hide_frames(_bounds, bisect_left, bisect_right, insort_left, insort_right)
del _pygil_types
