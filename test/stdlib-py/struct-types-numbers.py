# types (SimpleNamespace, the built-in types by name, MappingProxyType, new_class) and
# numbers (the numeric tower).
import types
import numbers

ns = types.SimpleNamespace(name="ann", age=30)
ns.city = "Oslo"
print(ns, ns.name, vars(ns))
print(ns == types.SimpleNamespace(name="ann", age=30, city="Oslo"), ns == types.SimpleNamespace())
del ns.age
print(ns, repr(types.SimpleNamespace()))
ns.self = ns
print(ns)
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print("TypeError:", e)


class Sub(types.SimpleNamespace):
    pass


print(Sub(a=1), types.SimpleNamespace)


def f():
    pass


def gen():
    yield 1


class C:
    def m(self):
        pass


print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType),
      isinstance(gen(), types.GeneratorType), isinstance(C().m, types.MethodType),
      isinstance(len, types.BuiltinFunctionType), isinstance(types, types.ModuleType),
      isinstance(f.__code__, types.CodeType), types.NoneType is type(None),
      types.FunctionType is types.LambdaType, isinstance(C.m, types.FunctionType))
m = types.ModuleType("mymod", "doc of mymod")
m.x = 5
print(m, m.__name__, m.__doc__, m.x)

proxy = types.MappingProxyType({"a": 1})
print(proxy["a"], len(proxy), list(proxy), "a" in proxy, proxy.get("b", 0), proxy)
try:
    proxy["b"] = 2
except TypeError as e:
    print("TypeError:", e)

Point = types.new_class("Point", (), {}, lambda ns: ns.update({"x": 0, "show": lambda self: f"Point x={self.x}"}))
print(Point().show(), Point.__name__)
print(types.resolve_bases((int, str)), types.prepare_class("X", (int,))[0])

print([isinstance(v, numbers.Number) for v in (1, 1.5, 1j, "1", None)])
print([isinstance(v, numbers.Integral) for v in (1, True, 1.0)])
print([isinstance(v, numbers.Real) for v in (1, 1.5, 1j)], isinstance(1j, numbers.Complex))
print(issubclass(int, numbers.Rational), issubclass(float, numbers.Rational), issubclass(bool, numbers.Number))
print(numbers.Integral.__mro__)


class MyInt(numbers.Integral):
    pass


try:
    MyInt()
except TypeError as e:
    print("TypeError:", str(e)[:60])


def kind(x):
    if isinstance(x, numbers.Integral):
        return "integer"
    if isinstance(x, numbers.Real):
        return "real"
    if isinstance(x, numbers.Complex):
        return "complex"
    return "not a number"


print([kind(v) for v in (3, 2.5, 1 + 2j, "x", False)])
