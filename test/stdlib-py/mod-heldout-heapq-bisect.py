# Priority queues and sorted lists as a course teaches them.
import heapq
import bisect

h = []
for x in [5, 1, 8, 3, 2, 9]:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(3)], h)
print(heapq.heappushpop(h, 0), h)
print(heapq.heapreplace(h, 10), h)
data = [9, 7, 5, 3, 1, 2, 4]
heapq.heapify(data)
print(data)
print(heapq.nlargest(3, [1, 8, 2, 9, 3]), heapq.nsmallest(2, [1, 8, 2, 9, 3]))
print(heapq.nlargest(2, ["apple", "fig", "banana"], key=len))
print(heapq.nsmallest(0, [1, 2]), heapq.nlargest(5, [3, 1]))
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])))
print(list(heapq.merge([7, 4, 1], [8, 2], reverse=True)))
print(list(heapq.merge(["a", "ccc"], ["bb"], key=len)))
tasks = []
heapq.heappush(tasks, (2, "write"))
heapq.heappush(tasks, (1, "plan"))
heapq.heappush(tasks, (2, "test"))
while tasks:
    print(heapq.heappop(tasks))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
try:
    heapq.heappush((), 1)
except TypeError as e:
    print("TypeError:", e)
try:
    heapq.heapify([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)

grades = "FDCBA"
breakpoints = [60, 70, 80, 90]
def grade(score):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
a = [1, 2, 2, 2, 3]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 2))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 2))
bisect.insort(a, 2.5)
bisect.insort_left(a, 0)
print(a)
records = [("ann", 20), ("bob", 35), ("cy", 50)]
print(bisect.bisect_left(records, 35, key=lambda r: r[1]))
bisect.insort(records, ("dee", 40), key=lambda r: r[1])
print(records)
try:
    bisect.bisect([1, 2], 1, -1)
except ValueError as e:
    print("ValueError:", e)
try:
    bisect.bisect([1, "a"], 3)
except TypeError as e:
    print("TypeError:", e)
