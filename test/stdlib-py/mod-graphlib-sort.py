# graphlib: TopologicalSorter orders, the get_ready/done protocol, cycles and errors.
from graphlib import TopologicalSorter, CycleError

graph = {"D": {"B", "C"}, "C": {"A"}, "B": {"A"}}
graph = {"D": ["B", "C"], "C": ["A"], "B": ["A"]}
print(list(TopologicalSorter(graph).static_order()))
print(tuple(TopologicalSorter({2: {11}, 9: {11, 8}, 10: {11, 3}, 11: {7, 5}, 8: {7, 3}}).static_order()))

ts = TopologicalSorter()
ts.add('build', 'compile', 'link')
ts.add('link', 'compile')
ts.add('compile', 'fetch')
ts.add('test', 'build')
ts.add('deploy', 'test', 'build')
ts.prepare()
rounds = []
while ts.is_active():
    ready = ts.get_ready()
    rounds.append(ready)
    ts.done(*ready)
print(rounds, bool(ts))

# cycles: the reported cycle and the exception
for g in [{1: [2], 2: [3], 3: [1]}, {'a': ['b'], 'b': ['c'], 'c': ['b'], 'd': ['a']},
          {'x': ['x']}, {1: [2, 3], 3: [4], 4: [1, 5]}]:
    try:
        TopologicalSorter(g).prepare()
    except CycleError as e:
        print(type(e).__name__, e.args, isinstance(e, ValueError), str(e))

# misuse
ts = TopologicalSorter({'a': ['b']})
for action in [lambda: ts.get_ready(), lambda: ts.is_active(), lambda: ts.done('a')]:
    try:
        action()
    except ValueError as e:
        print('ValueError:', e)
ts.prepare()
for action in [lambda: ts.prepare(), lambda: ts.add('c'), lambda: ts.done('zz'),
               lambda: ts.done('a')]:
    try:
        action()
    except ValueError as e:
        print('ValueError:', e)
print(ts.get_ready())
ts.done('b')
try:
    ts.done('b')
except ValueError as e:
    print('ValueError:', e)
print(ts.get_ready(), ts.is_active())
ts.done('a')
print(ts.is_active(), ts.get_ready())
print(TopologicalSorter[int])
print(list(TopologicalSorter().static_order()))
