def ev(src):
    try:
        print(src, "->", repr(eval(src)))
    except Exception as e:
        print(src, "->", type(e).__name__, e)
class Default(dict):
    def __missing__(self, key):
        return f"<{key}>"
dd = Default(a=1)
d = {"x": 1, "y": 2, "z": 3}
del d["x"]; d["x"] = 9
for e in ["d", "list(d)", "d.popitem()", "d", "dd['a']", "dd['zz']", "dd.get('zz')", "'{a} {b}'.format_map(dd)", "{}.get([1])", "[1] in {}", "{1: 2} == {1: 2.0}", "{1: [2]} == {1: [2]}",
          "dict.fromkeys(range(3), [])", "Default.fromkeys('ab')", "type(Default.fromkeys('ab')).__name__", "dict(dd)", "{**dd}", "dict(a=1) | Default(b=2)", "type(dict(a=1) | Default(b=2)).__name__", "type(Default(b=2) | dict(a=1)).__name__",
          "{(1, 2): 'a', (1, 2.0): 'b'}", "{frozenset([1]): 1, frozenset([1.0]): 2}", "{0: 'a', False: 'b', 0.0: 'c'}", "{'a': 1}.items() == {('a', 1)}", "sorted({3: 1, 1: 2}.items())", "min({3: 'a', 1: 'b'})",
          "len({i: i for i in range(1000)})", "list({i % 3: i for i in range(10)}.items())", "d.setdefault('new', []).append(5) or d", "next(iter(d.values()))", "d.pop('nope', 'dflt')", "d.copy() == d",
          "repr(Default(a=1))", "str({'a': 'b'})", "{'a': {'b': {'c': [1, (2, 3)]}}}", "dict([('a', 1)], a=2)", "dict({}, **{'k': 'v'})", "{1: 1}.__or__(1)", "list(reversed({1: 2, 3: 4}.values()))"]:
    ev(e)
class Key:
    def __init__(self, k): self.k = k
    def __hash__(self): return hash(self.k)
    def __eq__(self, o): return isinstance(o, Key) and o.k == self.k
    def __repr__(self): return f"Key({self.k})"
m = {Key(1): "one", Key(2): "two"}
print(m[Key(1)], Key(3) in m, m, {Key(1), Key(1), Key(2)}.__len__())
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts, key=counts.get, reverse=True), max(counts.items(), key=lambda kv: kv[1]))
inv = {v: k for k, v in counts.items()}
print(inv)
nested = {}
for word in "apple avocado banana blueberry cherry".split():
    nested.setdefault(word[0], []).append(word)
print(nested)
s1, s2 = {1, 2, 3, 4}, {3, 4, 5}
print(s1 & s2, s1 | s2, s1 - s2, s2 - s1, s1 ^ s2, s1 <= s2, {3, 4} < s1, sorted(s1.union(s2, [9, 10])))
fs = frozenset({1, 2})
print(fs, {fs: "frozen"}, fs | {3}, fs & {2, 3}, hash(fs) == hash(frozenset({2, 1})), frozenset() == set())
print({x for x in range(10) if x % 3 == 0}, set(range(5)) - {2}, {1, 2} == {1.0, 2.0}, {True, 1, 1.0}, len({(1, 2), (1, 2)}))
