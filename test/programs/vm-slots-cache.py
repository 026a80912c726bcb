# __slots__ entries read and written through the VM's attribute caches, with inheritance and __dict__
class A:
    __slots__ = ("x", "y")
    def __init__(self, x): self.x = x
a = A(1)
print(a.x)
try: a.y
except AttributeError as e: print(e)
a.y = 5; print(a.y)
del a.y
try: a.y
except AttributeError as e: print(e)
try: a.z = 1
except AttributeError as e: print(e)
class B(A):
    __slots__ = ("z",)
b = B(2); b.z = 3; b.y = 4; print(b.x, b.y, b.z)
class C(A): pass
c = C(7); c.w = 1; print(c.x, c.w, c.__dict__)
class D:
    __slots__ = ("v", "__dict__")
d = D(); d.v = 1; d.q = 2; print(d.v, d.q, d.__dict__)
for o in (a, b, c):
    o.x = o.x * 10
print(a.x, b.x, c.x)
