import builtins
import io
import pickle
import copyreg
from collections import namedtuple

# Restricting globals (from the pickle documentation)
safe_builtins = {'range', 'complex', 'set', 'frozenset', 'slice'}

class RestrictedUnpickler(pickle.Unpickler):
    def find_class(self, module, name):
        if module == "builtins" and name in safe_builtins:
            return getattr(builtins, name)
        raise pickle.UnpicklingError("global '%s.%s' is forbidden" % (module, name))

def restricted_loads(s):
    return RestrictedUnpickler(io.BytesIO(s)).load()

print(restricted_loads(pickle.dumps([1, 2, range(15)])))
try:
    restricted_loads(b"cos\nsystem\n(S'echo hello world'\ntR.")
except pickle.UnpicklingError as e:
    print("UnpicklingError:", e)
try:
    restricted_loads(b'cbuiltins\neval\n(S\'getattr(__import__("os"), "system")("echo hello world")\'\ntR.')
except pickle.UnpicklingError as e:
    print("UnpicklingError:", e)

# Persistence of external objects
MemoRecord = namedtuple("MemoRecord", "key, task")

class DBPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, MemoRecord):
            return ("MemoRecord", obj.key)
        return None

class DBUnpickler(pickle.Unpickler):
    def __init__(self, file, records):
        super().__init__(file)
        self.records = records
    def persistent_load(self, pid):
        type_tag, key_id = pid
        if type_tag == "MemoRecord":
            return self.records[key_id]
        raise pickle.UnpicklingError("unsupported persistent object")

records = {1: MemoRecord(1, "give food to fish"), 2: MemoRecord(2, "prepare group meeting")}
file = io.BytesIO()
DBPickler(file).dump(list(records.values()))
print(file.getvalue())
file.seek(0)
print(DBUnpickler(file, records).load())

# dispatch_table and copyreg
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
def reduce_money(m):
    return Money, (m.cents * 1,)
f = io.BytesIO()
p = pickle.Pickler(f)
p.dispatch_table = copyreg.dispatch_table.copy()
p.dispatch_table[Money] = reduce_money
p.dump(Money(250))
print(f.getvalue(), pickle.loads(f.getvalue()))
copyreg.pickle(Money, lambda m: (Money, (m.cents + 1,)))
print(pickle.loads(pickle.dumps(Money(1))))

# slots, getnewargs, reducer_override
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
v = pickle.loads(pickle.dumps(Vec(1, 2)))
print(v.x, v.y, pickle.dumps(Vec(1, 2)))
class Tagged(int):
    def __new__(cls, value, tag):
        self = super().__new__(cls, value)
        self.tag = tag
        return self
    def __getnewargs__(self):
        return (int(self), self.tag)
t = pickle.loads(pickle.dumps(Tagged(5, "five")))
print(t, t.tag, type(t).__name__, pickle.dumps(Tagged(5, "five"), 2))
class Kw:
    def __new__(cls, *, a):
        o = super().__new__(cls); o.a = a; return o
    def __getnewargs_ex__(self):
        return (), {"a": self.a}
print(pickle.loads(pickle.dumps(Kw(a=3))).a, pickle.dumps(Kw(a=3)))
class MyPickler(pickle.Pickler):
    def reducer_override(self, obj):
        if obj is Money:
            return "Money"
        return NotImplemented
b = io.BytesIO(); MyPickler(b).dump(Money); print(b.getvalue())
# recursion and sharing
node = {"name": "root", "children": []}
node["children"].append({"name": "child", "parent": node})
back = pickle.loads(pickle.dumps(node))
print(back["children"][0]["parent"] is back, pickle.dumps(node))
class Tree:
    def __init__(self):
        self.me = self
tr = pickle.loads(pickle.dumps(Tree()))
print(tr.me is tr)
p = pickle.Pickler(io.BytesIO(), 2)
print(p.proto if hasattr(p, "proto") else None, pickle.Pickler.__name__)
