import pickle, copy, io

class Account:
    VERSION = 2
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
    def __getstate__(self):
        state = self.__dict__.copy()
        state["_version"] = self.VERSION
        return state
    def __setstate__(self, state):
        version = state.pop("_version", 1)
        if version < 2:
            state.setdefault("history", [])
        self.__dict__.update(state)
    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance}, history={self.history})"

a = Account("ann", 50)
a.history.append(("deposit", 50))
data = pickle.dumps(a)
print(pickle.loads(data))
old = pickle.dumps(a, protocol=2).replace(b"_version", b"_vxrsion")
b = pickle.loads(old)
print(b, hasattr(b, "_vxrsion"))
print(copy.deepcopy(a), copy.copy(a).history is a.history)

class Registry:
    _instances = {}
    def __new__(cls, name):
        if name not in cls._instances:
            inst = super().__new__(cls)
            inst.name = name
            cls._instances[name] = inst
        return cls._instances[name]
    def __getnewargs__(self):
        return (self.name,)
r = Registry("main")
print(pickle.loads(pickle.dumps(r)) is r)

class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
pts = [Point(1, 2), Point(3, 4)]
print(pickle.loads(pickle.dumps(pts)), pickle.loads(pickle.dumps(pts, 2)))
for proto in (0, 1):
    try:
        pickle.dumps(Point(0, 0), proto)
    except TypeError as e:
        print(proto, "TypeError:", e)
buf = io.BytesIO()
pickle.dump({"a": 1}, buf, protocol=pickle.HIGHEST_PROTOCOL)
print(buf.getvalue()[:2], pickle.loads(buf.getvalue()))
class Weird:
    def __reduce__(self):
        return (str, ("rebuilt as a string",))
print(pickle.loads(pickle.dumps(Weird())))
class Bad:
    def __reduce__(self):
        return 42
try:
    pickle.dumps(Bad())
except pickle.PicklingError as e:
    print("PicklingError:", e)
import pickle
class B:
    def __reduce__(self): return (str,)
class C:
    def __reduce__(self): return (str, 'x')
class D:
    def __reduce__(self): return (5, ())
class E:
    def __reduce_ex__(self, p): return 42
for k in (B, C, D, E):
    try: pickle.dumps(k())
    except Exception as e: print(type(e).__name__, e)
