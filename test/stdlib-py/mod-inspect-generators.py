# inspect.getgeneratorstate/getgeneratorlocals and the coroutine versions.
import inspect
def countdown(n):
    while n > 0:
        yield n
        n -= 1
g = countdown(2)
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
print(next(g), inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
print(next(g), inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
print(list(g), inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
def watcher():
    yield inspect.getgeneratorstate(w)
w = watcher()
print(next(w))
g2 = countdown(5); g2.close()
print(inspect.getgeneratorstate(g2))
try:
    inspect.getgeneratorlocals([])
except TypeError as e:
    print("TypeError:", e)
async def co():
    return 1
c = co()
print(inspect.getcoroutinestate(c), inspect.getcoroutinelocals(c))
try:
    c.send(None)
except StopIteration as e:
    print("StopIteration", e.value, inspect.getcoroutinestate(c))
