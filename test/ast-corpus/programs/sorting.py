import random


def quicksort(items):
    if len(items) <= 1:
        return items
    pivot, *rest = items
    smaller = [x for x in rest if x < pivot]
    larger = [x for x in rest if x >= pivot]
    return quicksort(smaller) + [pivot] + quicksort(larger)


def merge_sort(a, key=lambda x: x):
    if len(a) < 2:
        return a[:]
    mid = len(a) // 2
    left, right = merge_sort(a[:mid], key), merge_sort(a[mid:], key)
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if key(left[i]) <= key(right[j]):
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def insertion_sort(a):
    a = list(a)
    for i in range(1, len(a)):
        current = a[i]
        j = i - 1
        while j >= 0 and a[j] > current:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = current
    return a


def heapsort(a):
    import heapq
    heap = list(a)
    heapq.heapify(heap)
    return [heapq.heappop(heap) for _ in range(len(heap))]


data = [random.randint(-100, 100) for _ in range(200)]
expected = sorted(data)
for algorithm in (quicksort, merge_sort, insertion_sort, heapsort):
    assert algorithm(data) == expected, algorithm.__name__
    print(f"{algorithm.__name__:>15}: ok")
print(merge_sort(["pear", "Apple", "fig"], key=str.lower))
