def ev(src):
    try:
        print(src, "->", repr(eval(src)))
    except Exception as e:
        print(src, "->", type(e).__name__, e)
d = {"a": 1, "b": 2}
for e in ["d['z']", "d.get('z')", "d.get('z', 0)", "d.pop('z')", "d.pop('z', None)", "d.setdefault('c', 3)", "d", "d.popitem()", "d", "{}.popitem()",
          "dict(a=1, b=2)", "dict([('x', 1), ('y', 2)])", "dict({'a': 1}, b=2)", "dict([1, 2])", "dict([(1, 2, 3)])", "dict(1)", "dict.fromkeys('ab')", "dict.fromkeys([1, 2], 0)",
          "d | {'z': 26}", "{'a': 1} | {'a': 2}", "d | [1]", "list(d.keys())", "list(d.values())", "list(d.items())", "d.keys() & {'a', 'q'}", "sorted(d.keys() | {'q'})", "d.keys() - {'a'}", "sorted(d.keys() ^ {'a', 'q'})", "{5: 1}.keys() | [1]", "[1] | {5: 1}.keys()", "{1: 2}.keys() - [1]", "[1, 3] - {1: 2}.keys()", "d.items() | {(1, 2)}", "d.keys() < d.keys()", "d.keys() == d.keys()", "d.items() == {('a', 1), ('b', 2)}", "d.values() == d.values()", "hash(d.keys())",
          "d.items() & {('a', 1)}", "'a' in d.keys()", "('a', 1) in d.items()", "1 in d.values()", "d.keys() == {'a', 'b'}", "d.keys() <= {'a', 'b', 'c'}", "d.keys().isdisjoint({'x'})", "len(d.items())",
          "list(reversed(d))", "list(reversed(d.items()))", "repr(d.keys())", "repr(d.values())", "repr(d.items())", "{1: 'a', 1.0: 'b', True: 'c'}", "{(1, 2): 3}", "{[1]: 2}", "{{}: 1}",
          "hash({})", "{'a': 1} == {'a': 1.0}", "{'a': 1} < {'a': 2}", "dict(zip('abc', range(3)))", "{k: v for k, v in [('x', 1)]}", "d.copy()", "d.update(z=0) or d", "d.update([('q', 9)]) or d", "d.update(1)", "d.update({'a': 1}, {'b': 2})",
          "sorted(d)", "sorted(d.items(), key=lambda kv: kv[1])", "max(d, key=d.get)", "d.__contains__('a')", "d.__len__()", "{**d, 'new': 1}", "dict(**{'a': 1})", "d.clear() or d",
          "type({}.keys()).__name__", "type({}.values()).__name__", "type({}.items()).__name__", "{}.get()", "{}.setdefault()", "dict.fromkeys()", "{}.keys(1)"]:
    ev(e)
x = {"a": 1}
x |= {"b": 2}
x |= [("c", 3)]
print(x)
try:
    x |= 5
except TypeError as e:
    print(e)
try:
    for k in x:
        x["new"] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    for k in x:
        del x["a"]
except RuntimeError as e:
    print(type(e).__name__, e)
S = {3, 1, 2}
for e in ["S", "set()", "frozenset()", "frozenset([1, 2])", "S | {4}", "S & {1, 9}", "S - {1}", "S <= {1, 2, 3, 4}", "S < S", "S >= {1}", "S == frozenset(S)",
          "S.union([5], (6,))", "S.intersection([1, 2], [2])", "S.difference([1])", "S.symmetric_difference([1, 7])", "S.issubset([1, 2, 3])", "S.issuperset([1])", "S.isdisjoint([9])",
          "S | [1]", "S.add(1)", "S.copy()", "{1, 2}.pop()", "set().pop()", "S.remove(99)", "S.discard(99)", "{[1]}", "{1} < 1", "hash(frozenset([1]))  == hash(frozenset([1]))", "hash(set())",
          "frozenset([1]) | {2}", "{2} | frozenset([1])", "sorted(set('hello'))", "sorted({'b', 'a'})", "len({1, 1.0, True})", "{1, 2} == {2, 1}", "repr({1})", "repr(frozenset({1}))", "{frozenset([1]): 2}",
          "set([1, 2]).union()", "set().union(x=1)", "S.update([9]) or S", "S.intersection_update([1, 9]) or S", "S.difference_update([1]) or S", "S.symmetric_difference_update([5]) or S", "S.clear() or S",
          "{1, 2}.__and__([1])", "set.__name__", "{1}.add()", "set(1)"]:
    ev(e)
s = {1, 2}
s |= {3}; s &= {1, 3, 4}; s -= {4}; s ^= {5}
print(s)
try:
    for v in s:
        s.add(99)
except RuntimeError as e:
    print(type(e).__name__, e)
fs = frozenset([1])
fs |= {2}
print(fs, type(fs).__name__)
r = set(); r.add(r.__class__.__name__); print(r)
rec = set(); print(repr(rec))
