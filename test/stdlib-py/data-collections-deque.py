# collections.deque: ends, maxlen, rotate, index/insert/remove, operators, iteration, errors.
from collections import deque
import copy


def attempt(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as exc:
        print(label, type(exc).__name__ + ':', exc)


d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend('ab')
d.extendleft('xy')
print(d)
print(deque(), deque(maxlen=0), deque('ab', 5), deque(range(5), 3), deque(maxlen=2))
attempt('maxlen -1', lambda: deque(maxlen=-1))
attempt('maxlen str', lambda: deque(maxlen='a'))
attempt('maxlen float', lambda: deque([1], maxlen=1.5))
attempt('not iterable', lambda: deque(1))

b = deque(maxlen=3)
for i in range(6):
    b.append(i)
    print(b)
b.appendleft(-1)
print(b, b.maxlen)
b.extendleft([10, 11])
print(b)
z = deque(maxlen=0)
z.append(1)
z.extend([1, 2])
print(z)

q = deque(range(10))
q.rotate(3)
print(q)
q.rotate(-5)
print(q)
q.rotate(0)
q.rotate(23)
print(q)
q.rotate()
print(q)
attempt('rotate str', lambda: q.rotate('a'))

x = deque([1, 2, 3])
x.insert(-1, 9)
x.insert(100, 8)
x.insert(-100, 7)
print(x)
x.remove(9)
print(x, x.index(3), x.count(1), 3 in x, 99 in x)
attempt('remove missing', lambda: x.remove(99))
attempt('remove str missing', lambda: deque(['a']).remove('b'))
attempt('index missing', lambda: x.index(99))
attempt('index window', lambda: deque([1, 2, 3]).index(2, 0, 1))
print(deque([1, 2, 3]).index(3, -1), deque([1, 2, 3]).index(1, -10, 10))
attempt('insert full', lambda: deque([1], maxlen=1).insert(0, 5))
attempt('pop empty', lambda: deque().pop())
attempt('popleft empty', lambda: deque().popleft())
attempt('index range', lambda: deque([1])[5])
attempt('index neg range', lambda: deque([1])[-2])
attempt('index str', lambda: deque([1])['a'])
attempt('slice', lambda: deque([1])[0:1])

y = deque(range(6))
y[0] = 'first'
y[-1] = 'last'
del y[2]
print(y)
y.reverse()
print(y, list(reversed(y)))
y.clear()
print(y, bool(y), bool(deque([0])))

print(deque([1, 2]) + deque([3]), deque([1, 2, 3], maxlen=3) + deque([4]))
attempt('deque + list', lambda: deque([1]) + [2])
print(deque([1, 2]) * 2, 3 * deque('a'), deque([1], 2) * 5, deque([1]) * -1)
m = deque([1, 2], maxlen=5)
m *= 3
print(m)
m += [9]
print(m)
print(deque([1]) == deque([1.0]), deque([1]) == [1], deque([1, 2]) < deque([1, 3]),
      deque([1, 2]) >= deque([1]), deque('ab') != deque('ab'))
# (only the exception type: CPython's messages name the C type 'collections.deque')
for label, thunk in [('compare with list', lambda: deque([1]) < [1]), ('hash', lambda: hash(deque()))]:
    try:
        thunk()
    except TypeError:
        print(label, 'TypeError')

self_ref = deque([1])
self_ref.append(self_ref)
print(self_ref)
e = deque([1, 2])
e.extend(e)
print(e)
e.extendleft(e)
print(e)


class MyDeque(deque):
    pass


md = MyDeque([1, 2], maxlen=4)
print(md, md.copy(), type(md.copy()).__name__, MyDeque([1]) + MyDeque([2]), MyDeque('ab') * 2)
print(copy.copy(md), copy.deepcopy(deque([[1], [2]], 3)), deque([1, 2]).copy())
print(deque[int])

for label, op in [('append', lambda q: q.append(0)), ('pop', lambda q: q.pop()),
                  ('rotate', lambda q: q.rotate(1)), ('setitem', lambda q: q.__setitem__(0, 5)),
                  ('reverse', lambda q: q.reverse()), ('clear', lambda q: q.clear()),
                  ('extend nothing', lambda q: q.extend([]))]:
    q = deque(range(6))
    seen = []
    try:
        for item in q:
            seen.append(item)
            if len(seen) == 2:
                op(q)
        print(label, 'ok', seen)
    except RuntimeError as exc:
        print(label, 'RuntimeError:', exc, seen)

# a queue for breadth-first search
graph = {'a': ['b', 'c'], 'b': ['d'], 'c': ['d', 'e'], 'd': ['f'], 'e': ['f'], 'f': []}
order, todo, seen = [], deque(['a']), {'a'}
while todo:
    node = todo.popleft()
    order.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            seen.add(nxt)
            todo.append(nxt)
print(order)

# the last n lines, a sliding window, Josephus
print(deque('line%d' % i for i in range(10))) if False else None
print(list(deque(range(100), maxlen=3)))
ring = deque(range(1, 8))
out = []
while ring:
    ring.rotate(-2)
    out.append(ring.popleft())
print(out)
big = deque()
for i in range(1000):
    big.append(i)
    if i % 3 == 0:
        big.popleft()
    if i % 7 == 0:
        big.appendleft(-i)
    if i % 11 == 0:
        big.pop()
print(len(big), big[0], big[-1], big[100], sum(big), list(big)[:5], list(reversed(big))[:5])
