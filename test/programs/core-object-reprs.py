# reprs of functions, methods, slot wrappers, descriptors, iterators and other builtin objects (addresses masked).
import re
def show(o): print(re.sub(r"0x[0-9a-f]+", "0x?", repr(o)))
class A:
    def m(self): pass
    @classmethod
    def c(cls): pass
    @staticmethod
    def s(): pass
    @property
    def p(self): return 1
def f(): pass
g = (x for x in [])
def gen(): yield
for o in [A, A(), A.m, A().m, A.c, A.s, A.__dict__["s"], A.__dict__["c"], A.p, f, lambda: 0, g, gen(), [].append, [].__len__, list.append, object.__init__, object().__init__, len, print, int.__add__, (1).__add__, str.join, "".join, dict.fromkeys, {}.keys(), {}.values(), {}.items(), iter([]), iter(()), iter(""), iter({}), iter(set()), iter(range(1)), reversed([]), map(len, []), zip(), filter(None, []), enumerate([]), range(3), slice(1, 2), slice(None), NotImplemented, Ellipsis, None, type(None), type, object, super(A, A()), property(), staticmethod(f), classmethod(f), f.__code__, f.__globals__ is globals(), memoryview(b"a"), bytearray(), frozenset(), set(), type(f), type(A.m), type(len), A.__init__, A.__str__, A().__str__, int.real, A.__dict__["p"]]:
    show(o)
import math, sys, collections
show(sys); show(collections.deque([1])); show(collections.OrderedDict(a=1)); show(collections.Counter("ab")); show(collections.defaultdict(int))
show(math.sqrt); show(sys.exit)
