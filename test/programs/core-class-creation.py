# Class creation errors: duplicate bases, instance lay-out conflicts, __slots__ on variable-size builtins; __getattr__ after a descriptor's AttributeError; broken dunders.
for t in tests:
    try: exec(t); print('ok', t.split(chr(10))[-1])
    except TypeError as e: print(t.split(chr(10))[-1], '->', e)
for base in ['int', 'str', 'tuple', 'bytes', 'list', 'dict', 'float', 'Exception', 'object', 'set', 'complex', 'bytearray']:
    try:
        exec(f'class B({base}): pass\nclass C({base}): pass\nclass A(B, C): pass'); print(base, 'ok')
    except TypeError as e: print(base, e)
    try:
        exec(f'class B({base}):\n  __slots__=()\nclass C({base}):\n  __slots__=()\nclass A(B, C): pass'); print(base, 'slots ok')
    except TypeError as e: print(base, 'slots', e)
    try:
        exec(f'class B({base}):\n  __slots__=("a",)\nclass C({base}):\n  __slots__=("b",)\nclass A(B, C): pass'); print(base, 'slots2 ok')
    except TypeError as e: print(base, 'slots2', e)
    try:
        exec(f'class B({base}): pass\nclass D(B): pass\nclass A(D, B): pass'); print(base, 'chain ok')
    except TypeError as e: print(base, 'chain', e)
import collections
try:
    class Q(collections.OrderedDict, dict): pass
    print("od ok")
except TypeError as e: print(e)
class Mixin: pass
class S(Mixin, str): pass
class E(Mixin, ValueError): pass
class K(KeyError, Mixin): pass
print(S.__mro__, E("x"), K("k"))
import enum
class IE(int, enum.Enum):
    A = 1
print(IE.A)
class BadRepr:
    def __repr__(self): return 5
try: repr(BadRepr())
except TypeError as e: print(e)
try: print([BadRepr()])
except TypeError as e: print(e)
class BadStr:
    def __str__(self): raise ValueError("str fails")
try: print(BadStr())
except ValueError as e: print(e)
try: f"{BadStr()}"
except ValueError as e: print(e)
class BadFormat:
    def __format__(self, spec): return 1
try: format(BadFormat())
except TypeError as e: print(e)
class BadHash:
    def __hash__(self): return "x"
try: hash(BadHash())
except TypeError as e: print(e)
class BigHash:
    def __hash__(self): return 2**100
print(hash(BigHash()) == hash(2**100))
class BadIndex:
    def __index__(self): return 1.5
try: [1][BadIndex()]
except TypeError as e: print(e)
class BadIter:
    def __iter__(self): return 5
try: iter(BadIter())
except TypeError as e: print(e)
class BadNext:
    def __iter__(self): return self
try: list(BadNext())
except TypeError as e: print(e)
class BadInt:
    def __int__(self): return "x"
try: int(BadInt())
except TypeError as e: print(e)
class BadFloat:
    def __float__(self): return 1
try: float(BadFloat())
except TypeError as e: print(e)
class BadBool2:
    def __bool__(self): raise RuntimeError("no bool")
try:
    if BadBool2(): pass
except RuntimeError as e: print(e)
class BadEq:
    def __eq__(self, o): raise KeyError("eq")
try: BadEq() in [1, 2]
except KeyError as e: print(repr(e))
print(BadEq() in [BadEq.__new__(BadEq)] if False else "skip")
x = BadEq(); print(x in [x])
class BadLt:
    def __lt__(self, o): return NotImplemented
try: sorted([BadLt(), BadLt()])
except TypeError as e: print(e)
class BadContains:
    def __contains__(self, x): return []
print(1 in BadContains())
class BadLen3:
    def __len__(self): return 2**70
try: len(BadLen3())
except OverflowError as e: print(e)
class BadGetitem:
    def __getitem__(self, i): raise KeyError(i)
try: list(BadGetitem())
except KeyError as e: print(repr(e))
class Desc:
    def __get__(self, o, t): raise AttributeError("from get")
class HasDesc:
    d = Desc()
    def __getattr__(self, n): return f"getattr {n}"
print(HasDesc().d)
class InitSub:
    def __init_subclass__(cls, required, **kw): pass
try:
    class Sub(InitSub): pass
except TypeError as e: print(e)
try:
    class Sub2(InitSub, extra=1, required=2): pass
except TypeError as e: print(e)
try:
    class M(type):
        def __new__(m, n, b, ns, **kw): return super().__new__(m, n, b, ns, **kw)
    class U(metaclass=M, bad=1): pass
except TypeError as e: print(e)
try:
    class NotAType(5): pass
except TypeError as e: print(e)
try:
    class Dup(int, int): pass
except TypeError as e: print(e)
try:
    class Lay(int, str): pass
except TypeError as e: print(e)
try:
    class FromBool(bool): pass
except TypeError as e: print(e)
class Desc:
    def __get__(self, o, t): raise AttributeError("from get")
class HasDesc:
    d = Desc()
    @property
    def p(self): raise AttributeError("from prop")
    @property
    def q(self): return self.missing_thing
    def __getattr__(self, n): return f"getattr {n}"
h = HasDesc()
print(h.d, h.p, h.q, getattr(h, "p"), hasattr(h, "d"))
for i in range(3): print(h.p)
class NoGA:
    @property
    def p(self): raise AttributeError("plain")
try: NoGA().p
except AttributeError as e: print(e)
class GA2:
    def __getattribute__(self, n):
        if n == "x": raise AttributeError("ga")
        return object.__getattribute__(self, n)
    def __getattr__(self, n): return "fallback " + n
print(GA2().x)
