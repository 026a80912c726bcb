# pprint: line breaking of nested containers, strings, collections types, dataclasses,
# options (width, indent, depth, compact, sort_dicts), recursion, saferepr.
import pprint
from collections import OrderedDict, defaultdict, Counter, ChainMap, deque, UserDict, UserList
from dataclasses import dataclass, field
from types import SimpleNamespace

data = {
    'name': 'pygil', 'version': (0, 1, 0), 'tags': ['python', 'interpreter', 'typescript', 'teaching'],
    'nested': {'level1': {'level2': {'level3': list(range(30))}}},
    'numbers': [1.5, 2.25, 1e100, -7, 10 ** 30],
    'text': 'A fairly long string that will not fit on one line when the width is small enough to force wrapping.',
    'empty': {}, 'empty_list': [], 'single': (1,), 'set': {3, 1, 2}, 'frozen': frozenset({20, 10}),
}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, width=30, indent=4)
pprint.pprint(data, depth=2)
pprint.pprint(data, sort_dicts=False, width=60)
pprint.pp(data, width=50)
pprint.pprint(list(range(100)), compact=True)
pprint.pprint(list(range(40)), width=20)
pprint.pprint([['a' * 10] * 5] * 3, width=40, compact=True)
print(pprint.pformat({'b': 2, 'a': 1, 'c': [1, 2, 3]}), pprint.pformat((1,)), pprint.pformat(()))
pprint.pprint('word ' * 40)
pprint.pprint(['word ' * 30, 'x' * 100], width=50)
pprint.pprint('line one\nline two\n' * 6, width=30)
pprint.pprint(b'bytes ' * 20, width=40)
pprint.pprint(bytearray(b'abcdefgh' * 10), width=40)
pprint.pprint({1: 'one', 'two': 2, (3,): [3], None: 0})
pprint.pprint(set(range(50)), width=40)
pprint.pprint(frozenset(range(30)), width=40)
pprint.pprint({i: {j: j * i for j in range(8)} for i in range(4)}, width=60)

od = OrderedDict((str(i), list(range(i))) for i in range(8))
pprint.pprint(od, width=50)
dd = defaultdict(list, {k: [k] * 6 for k in 'abcde'})
pprint.pprint(dd, width=40)
pprint.pprint(Counter('the quick brown fox jumps over the lazy dog'), width=40)
pprint.pprint(ChainMap({'a': list(range(10))}, {'b': list(range(20))}), width=40)
pprint.pprint(deque(range(30)), width=40)
pprint.pprint(deque(range(30), maxlen=30), width=40)
pprint.pprint(UserDict({'k%d' % i: i for i in range(12)}), width=40)
pprint.pprint(UserList(range(30)), width=40)
pprint.pprint([OrderedDict(), defaultdict(int), Counter(), deque(), ChainMap(), set(), frozenset()])


@dataclass
class Point:
    x: int
    y: int
    tags: list = field(default_factory=list)


@dataclass
class Line:
    start: Point
    end: Point
    label: str = 'a line with a fairly long label to force wrapping'


pprint.pprint(Line(Point(1, 2, ['origin'] * 3), Point(10, 20)), width=40)
pprint.pprint(SimpleNamespace(a=1, b=list(range(30)), c='text'), width=40)

recursive = [1, 2]
recursive.append(recursive)
print(pprint.pformat(recursive).replace(str(id(recursive)), 'ID'))
d = {'self': None}
d['self'] = d
print(pprint.pformat(d).replace(str(id(d)), 'ID'))
print(pprint.saferepr(recursive).replace(str(id(recursive)), 'ID'), pprint.isrecursive(recursive),
      pprint.isreadable(recursive), pprint.isreadable([1, 'a']), pprint.isreadable(object()))
print(pprint.pformat(10 ** 20, underscore_numbers=True), pprint.pformat([1234567], underscore_numbers=True))
printer = pprint.PrettyPrinter(width=30, indent=2)
print(printer.pformat({'alpha': list(range(10)), 'beta': 'text'}))
for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as exc:
        print('ValueError:', exc)
