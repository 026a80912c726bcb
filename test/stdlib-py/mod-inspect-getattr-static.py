# inspect.getattr_static: attributes without running properties or __getattr__.
import inspect
class Meta(type):
    meta_attr = "m"
class A(metaclass=Meta):
    x = 1
    @property
    def p(self):
        raise RuntimeError("not called")
    def __getattr__(self, name):
        return "dynamic"
    def method(self): pass
a = A()
a.y = 2
a.__dict__['p'] = "shadow"
print(inspect.getattr_static(a, 'x'), inspect.getattr_static(a, 'y'), type(inspect.getattr_static(a, 'p')).__name__)
print(inspect.getattr_static(a, 'zz', 'default'), getattr(a, 'zz'))
print(inspect.getattr_static(A, 'meta_attr'), inspect.getattr_static(A, 'method') is A.__dict__['method'])
try:
    inspect.getattr_static(a, 'nope')
except AttributeError as e:
    print("AttributeError", e)
class S:
    __slots__ = ('v',)
s = S(); s.v = 3
print(type(inspect.getattr_static(s, 'v')).__name__)
print(inspect.getattr_static(3, 'real').__class__.__name__)
