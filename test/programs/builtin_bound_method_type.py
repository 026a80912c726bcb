x = [1]
m = x.append
print(type(m), type(m).__name__, m.__name__, m.__qualname__, m.__self__ is x, m.__module__)
print(m == x.append, m == [].append, hash(m) == hash(x.append), m != x.append)
m(2); print(x)
print(type(len), len.__self__ if False else "", len.__qualname__, len.__module__)
import types
print(types.BuiltinMethodType is type(m), types.BuiltinFunctionType is type(len), types.MethodType)
class A:
    def f(self): pass
print(type(A().f), callable(m), isinstance(m, types.BuiltinFunctionType), isinstance(A().f, types.MethodType))
d = {}
print(type(d.get).__name__, d.get.__name__, "abc".upper.__qualname__, (3).bit_length.__self__)
print({m: 1}[x.append])
