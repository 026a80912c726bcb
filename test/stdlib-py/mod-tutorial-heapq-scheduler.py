# heapq and bisect: a priority task scheduler, top-k queries, merging sorted logs, grading
import heapq
import bisect
import itertools
from dataclasses import dataclass, field
from typing import Any

nums = [5, 7, 9, 1, 3, 8, 2]
heap = list(nums)
heapq.heapify(heap)
print(heap, heap[0])
heapq.heappush(heap, 0)
print(heapq.heappop(heap), heapq.heappop(heap), heap)
print(heapq.heappushpop(heap, 4), heapq.heapreplace(heap, 10), heap)
print([heapq.heappop(heap) for _ in range(len(heap))])
print(heapq.nlargest(3, nums), heapq.nsmallest(2, nums), heapq.nlargest(10, [1, 2]))
stocks = [{"name": "IBM", "price": 91.1}, {"name": "AAPL", "price": 543.22}, {"name": "FB", "price": 21.09},
          {"name": "HPQ", "price": 31.75}, {"name": "YHOO", "price": 16.35}, {"name": "ACME", "price": 115.65}]
print([s["name"] for s in heapq.nsmallest(3, stocks, key=lambda s: s["price"])])
print([s["name"] for s in heapq.nlargest(2, stocks, key=lambda s: s["price"])])
print(heapq.nlargest(3, "mississippi"), heapq.nsmallest(1, []), heapq.nlargest(0, nums))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge(["apple", "fig"], ["kiwi", "banana"], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 2], reverse=True)))

class Scheduler:
    def __init__(self):
        self._queue = []
        self._counter = itertools.count()
    def add(self, priority, name):
        heapq.heappush(self._queue, (priority, next(self._counter), name))
    def run(self):
        while self._queue:
            priority, order, name = heapq.heappop(self._queue)
            print(f"running {name} (priority {priority}, order {order})")
s = Scheduler()
for p, n in [(3, "write report"), (1, "fix prod bug"), (2, "review PR"), (1, "reply to boss"), (5, "lunch")]:
    s.add(p, n)
s.run()

@dataclass(order=True)
class PrioritizedItem:
    priority: int
    item: Any = field(compare=False)
pq = []
for p, it in [(2, "b"), (1, {"x": 1}), (3, [1])]:
    heapq.heappush(pq, PrioritizedItem(p, it))
print([heapq.heappop(pq) for _ in range(3)])

# max-heap by negation
mh = []
for x in [3, 1, 4, 1, 5]:
    heapq.heappush(mh, -x)
print([-heapq.heappop(mh) for _ in range(len(mh))])

# Dijkstra on a small graph
graph = {"A": {"B": 1, "C": 4}, "B": {"C": 2, "D": 5}, "C": {"D": 1}, "D": {}}
def dijkstra(start):
    dist = {start: 0}
    pq = [(0, start)]
    while pq:
        d, node = heapq.heappop(pq)
        if d > dist.get(node, float("inf")):
            continue
        for nb, w in graph[node].items():
            nd = d + w
            if nd < dist.get(nb, float("inf")):
                dist[nb] = nd
                heapq.heappush(pq, (nd, nb))
    return dist
print(dijkstra("A"))

def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
sl = [1, 3, 3, 5, 8]
print(bisect.bisect_left(sl, 3), bisect.bisect_right(sl, 3), bisect.bisect(sl, 4), bisect.bisect_left(sl, 0, 2), bisect.bisect_right(sl, 9, hi=3))
bisect.insort(sl, 4); bisect.insort_left(sl, 3); bisect.insort_right(sl, 100)
print(sl)
people = [("ann", 25), ("bob", 31), ("cy", 40)]
bisect.insort(people, ("dee", 33), key=lambda p: p[1])
print(people, bisect.bisect_left(people, 31, key=lambda p: p[1]))
ages = [p[1] for p in people]
def index_of(a, x):
    i = bisect.bisect_left(a, x)
    if i != len(a) and a[i] == x:
        return i
    raise ValueError(f"{x} not found")
print(index_of(ages, 33))
try:
    index_of(ages, 34)
except ValueError as e:
    print("ValueError:", e)
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
running = []
medians = []
for x in [5, 15, 1, 3, 8]:
    bisect.insort(running, x)
    n = len(running)
    medians.append(running[n // 2] if n % 2 else (running[n // 2 - 1] + running[n // 2]) / 2)
print(medians)
# the heap functions take only lists
for f,a in [(heapq.heappush,((),1)),(heapq.heappop,((),)),(heapq.heapify,((),)),(heapq.heapreplace,((),1)),(heapq.heappushpop,((),1)),(heapq.heapreplace,([],1))]:
  try: f(*a)
  except Exception as e: print(type(e).__name__, e)
class L(list): pass
h=L(); heapq.heappush(h,1); print(h)
