class A: pass
class B(A): pass
class S:
    __slots__ = ('x',)
class W:
    __slots__ = ('__weakref__',)
print(A.__weakref__, B.__weakref__, A.__weakref__ is B.__weakref__, A.__dict__['__weakref__'] is A.__weakref__)
print(A().__weakref__, hasattr(S, '__weakref__'), hasattr(int, '__weakref__'), '__weakref__' in dir(A))
try: S.__weakref__
except AttributeError as e: print(e)
