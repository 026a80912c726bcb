def f(): pass
def f(a): pass
def f(a, b=1, *args, c, d=2, **kwargs): pass
def f(a, /, b, *, c): pass
def f(a=1, /, b=2, *, c=3, d): pass
def f(*, a): pass
def f(*args): pass
def f(**kwargs): pass
def f(a, b, /): pass
def f(a: int, b: str = 'x', *args: int, c: float = 1.0, **kw: dict) -> None: pass
def f(a,): pass
def f(a, *, b,): pass
def f(*args, **kwargs,): pass
def f(
    a,
    b,
): return a + b
def f() -> 'forward': return
def gen():
    yield
    yield 1
    yield 1, 2
    x = yield
    y = yield from z
    z = (yield)
    await_ = yield x
@decorator
def f(): pass
@a.b.c
@d(1, 2)
@e[0]
@(lambda f: f)
@x if y else z
@x := y
def f(): pass
def outer():
    x = 1
    def inner():
        nonlocal x
        global y
        x = 2
    return inner
