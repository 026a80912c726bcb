def ev(src):
    try:
        print(src, "->", repr(eval(src)))
    except Exception as e:
        print(src, "->", type(e).__name__, e)
class P:
    cls_attr = 1
    def __init__(self): self.x = 1
p = P()
for e in ["list(zip(1))", "enumerate()", "compile('x', '<s>', 'bad')", "list(zip([1, 2], 'ab'))", "list(zip([1, 2], 'abc', strict=True))", "list(zip([1, 2, 3], 'ab', strict=True))", "list(zip())", "list(zip([1], strict=False))",
          "list(enumerate('ab'))", "list(enumerate('ab', 10))", "list(enumerate('ab', start=-1))", "list(enumerate(1))", 
          "next(iter([]), 'dflt')", "next(iter([]))", "next([])", "next(iter([1]), None)", "list(iter([3, 2, 1, 0].pop, 1))", "iter(1)", "iter(len, 1, 2)", "list(map(len, ['a', 'bb']))", "list(map(pow, [2, 3], [2, 2]))",
          "list(filter(None, [0, 1, '', 'a']))", "list(filter(lambda x: x > 1, [1, 2, 3]))", "list(reversed([1, 2]))", "list(reversed(range(3)))", "reversed(1)", "list(reversed('ab'))",
          "format(42)", "format(42, 'x')", "format(3.14159, '.2f')", "format('a', '^5')", "format(p, 'x')", "format(1, 2)",
          "ascii('é\\n')", "ascii([1, 'ü'])", "repr('x')", "callable(len)", "callable(1)", "callable(P)", "callable(p)",
          "getattr(p, 'x')", "getattr(p, 'y')", "getattr(p, 'y', 5)", "getattr(p, 1)", "hasattr(p, 'x')", "hasattr(p, 'nope')", "setattr(p, 'z', 3) or p.z", "delattr(p, 'z')", "delattr(p, 'z')", "p.nope", "P.nope",
          "isinstance(1, int)", "isinstance(True, int)", "isinstance(1, (str, int))", "isinstance(1, 'int')", "issubclass(bool, int)", "issubclass(1, int)", "issubclass(int, (str, object))", 
          "sorted(vars(p).items())", "vars(1)", "'x' in dir(p)", "dir(1)[:3]", "type(p).__name__", "type('X', (), {'a': 1})().a", "type(1, 2)",
          "eval('1 + 2')", "eval('x + 1', {'x': 5})", "eval('y', {}, {'y': 7})", "eval('1 +')", "exec('z = 5') or 'ok'", "exec('raise ValueError(3)')", "eval(compile('2*3', '<s>', 'eval'))",
          "__import__('math').sqrt(4)", "type(__import__('os.path'))", "id(p) == id(p)", "hash(p) == hash(p)", "chr(65)", "ord('A')", "ord('€')", "len(range(10))",
          "range(10)", "range(1, 10, 2)", "range(0)", "range(5)[2]", "range(5)[-1]", "range(5)[5]", "range(10)[2:8:2]", "range(10)[::-1]", "range(1, 10, 3).index(7)", "range(3).index(5)", "range(10).count(3)", "3 in range(5)", "range(1.5)", "range(0, 10, 0)",
          "list(range(10, 0, -3))", "range(5) == range(0, 5)", "range(0) == range(2, 2)", "hash(range(3)) == hash(range(0, 3))", "len(range(2**70))", "range(3).start", "range(1, 5, 2).step",
          "slice(1, 5, 2)", "slice(5)", "slice(1, 10).indices(5)", "slice(None, None, -1).indices(4)", "slice(-100, 100, 3).indices(10)", "slice(0, 1, 0).indices(3)", "[1, 2, 3][slice(1, None)]", "slice(1, 2).start", "hash(slice(1))",
          "memoryview(b'abc')[1]", "bytes(memoryview(b'abc')[1:])", "memoryview(b'abc').tolist()", "len(memoryview(b'abcd'))", "memoryview(bytearray(b'ab')).readonly", "memoryview(b'ab').nbytes",
          "print('a', 'b', sep='-', end='!\\n')", "print(1, 2, sep=None)", "print(sep=1)", "print('x', end=5)", "print('x', file=None)", "print(flush=True)",
          "max(1, 2, key=lambda x: -x)", "max((1, 2), default=0)", "max(default=1)", "max([], key=len)", "min(1, 2, default=0)", "sum([[1]], start=[])", "sum(['a', 'b'], '')", "sum(1)", "any([])", "all([])", "any([0, 1])", "all([1, 0])",
          "globals()['P'] is P", "'ev' in globals()", "locals() is globals()", "bool()", "bool(0.0)", "bool('')", "bool([0])", "object().__class__", "str(object)[:6]", "NotImplemented", "Ellipsis", "...",
          "len(5)", "len()", "abs()", "divmod(1)", "round()", "pow(1)", "hash([])", "hash({})", "sorted()", "sorted(1)", "sorted([1], 2)"]:
    ev(e)
def f():
    a = 1
    b = [2]
    return sorted(locals().items())
print(f())
def g():
    localvar = 1
    return lcoalvar
try:
    g()
except NameError as e:
    print(type(e).__name__, e)
try:
    [].apend(1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    prnt("x")
except NameError as e:
    print(type(e).__name__, e)
class Foo:
    def __init__(self):
        self.value = 1
    def method(self):
        return self.valeu
try:
    Foo().method()
except AttributeError as e:
    print(type(e).__name__, e)
import math
try:
    math.sqr(2)
except AttributeError as e:
    print(type(e).__name__, e)
ns = {}
exec("def h(x):\n    return x * 2\nr = h(21)", ns)
print(ns["r"], sorted(k for k in ns if not k.startswith("__")))
code = compile("a = 1\nb = a + 1\n", "<test>", "exec")
g2 = {}
exec(code, g2)
print(g2["b"], type(code).__name__)
print(eval("[i * i for i in range(4)]"), eval("lambda: 5")())
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "end"))
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(3)), sum(Countdown(4)), max(Countdown(5)), sorted(Countdown(3)))
