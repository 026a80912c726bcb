# heapq (element order for ties, as CPython's algorithms give it) and bisect (with key=).
import heapq
import bisect
import random


def attempt(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as exc:
        print(label, type(exc).__name__ + ':', exc)


heap = []
for value in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(heap, value)
    print(heap)
print([heapq.heappop(heap) for _ in range(len(heap))])
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print(data)
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 4), data)
print(heapq.heapreplace(data, 10), data)
attempt('pop empty', lambda: heapq.heappop([]))
attempt('replace empty', lambda: heapq.heapreplace([], 1))
print(heapq.heappushpop([], 3))

# ties: (priority, name) pairs, and objects compared by priority only
tasks = []
for priority, name in [(2, 'write'), (1, 'plan'), (2, 'test'), (1, 'think'), (3, 'ship'), (2, 'fix')]:
    heapq.heappush(tasks, (priority, name))
print([heapq.heappop(tasks) for _ in range(len(tasks))])


class Job:
    def __init__(self, priority, name):
        self.priority, self.name = priority, name

    def __lt__(self, other):
        return self.priority < other.priority

    def __repr__(self):
        return self.name


jobs = [Job(p, 'j%d' % i) for i, p in enumerate([3, 1, 2, 1, 3, 2, 1, 2, 3, 1, 2])]
h = list(jobs)
heapq.heapify(h)
print(h)
print([heapq.heappop(h) for _ in range(len(h))])
h = []
for job in jobs:
    heapq.heappush(h, job)
print(h)
print([heapq.heappop(h) for _ in range(len(h))])
rng = random.Random(7)
for trial in range(3):
    items = [Job(rng.randrange(4), 'x%d' % i) for i in range(25)]
    heap = []
    for item in items[:12]:
        heapq.heappush(heap, item)
    heapq.heappushpop(heap, items[12])
    heapq.heapreplace(heap, items[13])
    rest = items[14:]
    heapq.heapify(rest)
    print(heap, rest, [heapq.heappop(heap) for _ in range(len(heap))])

print(heapq.nlargest(3, [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]))
print(heapq.nsmallest(3, [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]))
portfolio = [{'name': 'IBM', 'shares': 100, 'price': 91.1},
             {'name': 'AAPL', 'shares': 50, 'price': 543.22},
             {'name': 'FB', 'shares': 200, 'price': 21.09},
             {'name': 'HPQ', 'shares': 35, 'price': 31.75},
             {'name': 'YHOO', 'shares': 45, 'price': 16.35},
             {'name': 'ACME', 'shares': 75, 'price': 115.65}]
print(heapq.nsmallest(3, portfolio, key=lambda s: s['price']))
print(heapq.nlargest(2, portfolio, key=lambda s: s['shares']))
print(heapq.nlargest(2, jobs), heapq.nsmallest(4, jobs), heapq.nlargest(1, jobs), heapq.nsmallest(1, jobs))
print(heapq.nlargest(0, [1]), heapq.nlargest(10, [3, 1]), heapq.nsmallest(-1, [1]),
      heapq.nlargest(2, iter([1, 5, 3])), heapq.nsmallest(2, 'hello'))
print(heapq.nlargest(3, ['a', 'bb', 'cc', 'd', 'eee'], key=len))

print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(heapq.merge([7, 5, 1], [8, 4, 2], reverse=True)))
print(list(heapq.merge([(1, 'a'), (2, 'b')], [(1, 'c'), (2, 'd')], key=lambda t: t[0])))
print(list(heapq.merge([(2, 'a'), (1, 'b')], [(2, 'c'), (1, 'd')], key=lambda t: t[0], reverse=True)))
print(list(heapq.merge()), list(heapq.merge([1, 2])), type(heapq.merge([1])).__name__)
print(list(heapq.merge(*[[Job(i // 3, 'm%d_%d' % (k, i)) for i in range(6)] for k in range(3)])))

# heap sort and a running median, as tutorials do
def heapsort(iterable):
    h = []
    for value in iterable:
        heapq.heappush(h, value)
    return [heapq.heappop(h) for _ in range(len(h))]


print(heapsort([1, 3, 5, 7, 9, 2, 4, 6, 8, 0]))

# bisect
a = [1, 2, 4, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 4), bisect.bisect(a, 0),
      bisect.bisect(a, 100), bisect.bisect_left(a, 4, 3), bisect.bisect_left(a, 4, 0, 2))
bisect.insort(a, 3)
bisect.insort_left(a, 4)
bisect.insort_right(a, 5)
print(a)


def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(score) for score in [33, 99, 77, 70, 89, 90, 100]])
records = [('alice', 3), ('bob', 5), ('carol', 5), ('dave', 9)]
print(bisect.bisect_left(records, 5, key=lambda r: r[1]), bisect.bisect_right(records, 5, key=lambda r: r[1]))
bisect.insort(records, ('erin', 5), key=lambda r: r[1])
bisect.insort_left(records, ('fay', 5), key=lambda r: r[1])
print(records)
attempt('lo negative', lambda: bisect.bisect_left([1], 1, -1))
print(bisect.bisect_left([], 1), bisect.bisect_right([1, 1, 1], 1), bisect.bisect_left([1, 1, 1], 1))
for trial in range(4):
    items = [Job(rng.randrange(3), 'y%d' % i) for i in range(15)]
    print(heapq.nsmallest(5, iter(items)), heapq.nlargest(5, iter(items)),
          heapq.nsmallest(4, items, key=lambda j: j.priority), heapq.nlargest(4, items, key=lambda j: j.priority))
