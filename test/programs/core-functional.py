# Decorators, functools, itertools, collections and generator pipelines as a course uses them.
# closures/decorators
import functools
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        print("calling", fn.__name__, a, k)
        return fn(*a, **k)
    return wrapper
@deco
def add(x, y=2):
    "adds"
    return x + y
print(add(1), add(1, y=5), add.__name__, add.__doc__, add.__wrapped__.__name__, add.__qualname__)
def repeat(n):
    def d(f):
        def w(*a):
            return [f(*a) for _ in range(n)]
        return w
    return d
@repeat(3)
def hi(): return "hi"
print(hi(), hi.__name__, hi.__qualname__)
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@functools.cache
def sq(x): return x * x
print(sq(4), sq(4), sq.cache_info().hits)
p = functools.partial(int, base=2); print(p("101"), p.func, p.keywords, repr(p)[:40])
print(functools.reduce(lambda a, b: a * b, [1, 2, 3, 4]), functools.reduce(lambda a, b: a + b, [], 0))
class Cached:
    @functools.cached_property
    def val(self):
        print("computing"); return 42
c = Cached(); print(c.val, c.val, c.__dict__)
@functools.singledispatch
def show(x): return f"obj {x}"
@show.register
def _(x: int): return f"int {x}"
@show.register(list)
def _(x): return f"list {len(x)}"
print(show(1), show([1, 2]), show("s"))
import itertools
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.chain([1], (2,), "ab")), list(itertools.combinations("abc", 2)), list(itertools.permutations([1, 2, 3], 2))[:4])
print(list(itertools.product("ab", repeat=2)), [(k, list(g)) for k, g in itertools.groupby("aabbbc")], list(itertools.zip_longest("ab", "xyz", fillvalue="-")))
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.compress("abc", [1, 0, 1])))
print(list(itertools.islice(itertools.count(10, 5), 3)), list(itertools.islice(itertools.cycle("ab"), 5)), list(itertools.repeat(7, 3)), list(itertools.pairwise([1, 2, 3])))
from collections import namedtuple, deque, Counter, defaultdict, OrderedDict, ChainMap
P = namedtuple("P", "x y"); pt = P(1, 2); print(pt, pt._asdict(), pt._replace(x=5), P._fields, pt.x + pt[1], P(*[3, 4]))
dq = deque([1, 2, 3], maxlen=3); dq.append(4); dq.appendleft(0); dq.rotate(1); print(dq, dq.maxlen, dq.popleft(), dq)
cn = Counter("mississippi"); print(cn, cn.most_common(2), cn["z"], cn + Counter("ss"), sorted(cn.elements())[:5], cn.total())
dd = defaultdict(list); dd["a"].append(1); dd["b"]; print(dd, dict(dd), dd.default_factory)
od = OrderedDict.fromkeys("abc"); od.move_to_end("a"); print(od, list(od), od.popitem(last=False))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3}); print(cm["a"], cm["b"], len(cm), dict(cm), cm.new_child({"c": 0}))
# generators pipelines
def read(lines):
    for l in lines: yield l.strip()
def nonempty(it): return (x for x in it if x)
def upper(it):
    for x in it: yield x.upper()
print(list(upper(nonempty(read([" a ", "", "b\n"])))))
gen = (x * x for x in range(5)); print(sum(gen), sum(gen))
print(list(zip(*[(1, "a"), (2, "b")])), dict(zip("ab", range(2))), [*map(str.upper, "ab")], sorted(map(len, ["aa", "b"])))
matrix = [[1, 2, 3], [4, 5, 6]]; print([list(r) for r in zip(*matrix)], [x for row in matrix for x in row if x % 2], {i: [j for j in range(i)] for i in range(3)})
print(any(map(str.isdigit, "ab1")), all(isinstance(x, int) for x in [1, True]), next((x for x in [1, 2, 3] if x > 1), None), next(iter([]), "empty"))
