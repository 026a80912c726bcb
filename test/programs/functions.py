def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 5, 6, 7, c=8, e=9))
print(f(*[1, 2, 3], **{"c": 0, "z": 1}))
def pos_only(a, b, /, c):
    return a + b + c
print(pos_only(1, 2, c=3))
def kw_only(*, x=1, y):
    return x, y
print(kw_only(y=2))
def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c1, c2 = counter(), counter()
print(c1(), c1(), c1(10), c2())
adders = [lambda x, i=i: x + i for i in range(3)]
print([a(10) for a in adders])
def deco(fn):
    def wrapper(*a, **k):
        print("calling", fn.__name__)
        return fn(*a, **k)
    return wrapper
@deco
def greet(name):
    "Says hello."
    return "hello " + name
print(greet("bob"), greet.__name__)
def gen_fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
g = gen_fib()
print([next(g) for _ in range(10)])
def sub():
    x = yield 1
    print("got", x)
    yield x * 2
    return "end"
def outer():
    r = yield from sub()
    print("sub returned", r)
o = outer()
print(next(o), o.send(21))
try:
    next(o)
except StopIteration:
    print("outer done")
print(sum(x * x for x in range(5)), list(x for x in "ab"))
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(30))
x = 10
def read_global():
    return x
def write_global():
    global x
    x = 20
write_global()
print(read_global())
print((lambda *a, **k: (a, k))(1, b=2))
def annotated(a: int, b: "str" = "x") -> bool:
    return True
print(annotated.__annotations__, annotated.__defaults__, f.__kwdefaults__)
print(f.__name__, f.__qualname__, counter().__qualname__)
