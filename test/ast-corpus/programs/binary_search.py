from bisect import bisect_left, bisect_right, insort


def binary_search(a, target):
    lo, hi = 0, len(a) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if a[mid] == target:
            return mid
        elif a[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1


def lower_bound(a, target, key=lambda x: x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = lo + (hi - lo >> 1)
        if key(a[mid]) < target:
            lo = mid + 1
        else:
            hi = mid
    return lo


def search_answer(predicate, lo, hi, eps=1e-9):
    """Smallest x in [lo, hi] with predicate(x) true, for a monotone predicate."""
    while hi - lo > eps:
        mid = (lo + hi) / 2
        lo, hi = (lo, mid) if predicate(mid) else (mid, hi)
    return hi


data = sorted([17, 3, 9, 9, 9, 42, -5, 0, 23])
assert all(data[binary_search(data, x)] == x for x in data)
assert binary_search(data, 10) == -1
assert lower_bound(data, 9) == bisect_left(data, 9)
print(bisect_right(data, 9) - bisect_left(data, 9), round(search_answer(lambda x: x * x >= 2, 0, 2), 6))
insort(data, 10)
print(data)
