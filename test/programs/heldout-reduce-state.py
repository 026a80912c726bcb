# __reduce__ of exceptions (own attributes as state; OSError keeps its filenames) and of __slots__ objects (state from __getstate__), through copy and pickle
import copy, pickle
class E(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg); self.code = code
print(E(1, "m").__reduce__())
for e in [OSError(2, 'x'), OSError(2, 'x', 'f.txt'), StopIteration(5), AttributeError('a', name='n', obj=1), SyntaxError('m', ('f', 1, 2, 't')), KeyError(1), SystemExit(3), NameError('x', name='y'), ValueError("v"), ExceptionGroup("g", [ValueError(1)])]:
    print(type(e).__name__, e.__reduce__())
e = ValueError("x"); e.add_note("note!")
print(e.__reduce__())
c = copy.deepcopy(E(2, "n")); print(c.code, c.args)
p = pickle.loads(pickle.dumps(E(3, "p"))); print(p.code, p.args)
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
print(P(1, 2).__reduce_ex__(2)[1:])
q = pickle.loads(pickle.dumps(P(5, 6))); print(q.x, q.y)
class D:
    def __init__(self): self.a = 1
print(D().__reduce_ex__(2)[1:], [].__reduce_ex__(2)[2], {}.__reduce_ex__(2)[2])
print(OSError(2, "x", "a", None, "b").__reduce__(), OSError(1,"x","f").__reduce__(), OSError(5).__reduce__())
