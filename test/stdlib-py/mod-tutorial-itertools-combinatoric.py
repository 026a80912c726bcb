# itertools' combinatoric iterators: results, argument errors (and the order CPython checks them), laziness
import itertools as it
print(list(it.product("ab", repeat=2)), list(it.product([1, 2], "xy", [True])), list(it.product()), list(it.product("ab", [])), list(it.product("ab", repeat=0)))
print(list(it.permutations("abc", 2)), len(list(it.permutations(range(5)))), list(it.permutations([])), list(it.permutations("ab", 0)), list(it.permutations("ab", 3)), list(it.permutations("abc", None)))
print(list(it.combinations("abcd", 2)), list(it.combinations("ab", 0)), list(it.combinations("ab", 3)), list(it.combinations([], 0)))
print(list(it.combinations_with_replacement("abc", 2)), list(it.combinations_with_replacement("", 0)), list(it.combinations_with_replacement("", 2)), list(it.combinations_with_replacement("ab", 0)))
print(list(it.permutations(range(4), 3))[:12], list(it.combinations(range(6), 4))[-3:], list(it.combinations_with_replacement(range(3), 3)))
print(list(it.permutations("abc", True)), type(it.permutations("a")), it.product.__module__, it.combinations.__name__, isinstance(it.product(), it.product))
for f, a, k in [(it.permutations, (), {}), (it.permutations, (1,), {}), (it.permutations, ("ab", "x"), {}), (it.permutations, ("ab", -1), {}), (it.permutations, ("ab", 1, 2), {}),
                (it.permutations, ("ab",), {"q": 1}), (it.permutations, ("ab",), {"iterable": 1}), (it.combinations, ("ab",), {}), (it.combinations, (), {"r": 1}),
                (it.combinations, ("ab", 1.5), {}), (it.product, ("ab",), {"repeat": -1}), (it.product, ("ab",), {"foo": 1}), (it.product, ("ab",), {"repeat": 1.5}),
                (it.combinations_with_replacement, ("ab", -2), {}), (it.product, (5,), {}), (it.permutations, (), {"iterable": "ab", "r": 1})]:
    try:
        print(list(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
p = it.product("ab", "cd"); print(next(p), next(p), list(p), list(p))
g = (x for x in "xyz"); c = it.combinations(g, 2); print(list(g), list(c))
print(repr(it.product())[:26], repr(it.permutations(""))[:31])
print(sum(1 for _ in it.permutations(range(8))), sum(1 for _ in it.combinations(range(20), 5)), sum(1 for _ in it.product(range(10), repeat=5)))
class I:
    def __index__(self): return 1
for f in [it.combinations, it.combinations_with_replacement, it.permutations]:
    for r in ['x', 1.5, I(), True, 2**70]:
        try: print(f.__name__, len(list(f('ab', r))) if r != 2**70 else f('ab', r))
        except Exception as e: print(f.__name__, type(e).__name__, e)
for f in [lambda: it.permutations(5,'x'), lambda: it.combinations(5,'x'), lambda: it.combinations(5,-1), lambda: it.permutations(5,-1), lambda: it.product(5, repeat=-1)]:
  try: f()
  except Exception as e: print(type(e).__name__, e)
