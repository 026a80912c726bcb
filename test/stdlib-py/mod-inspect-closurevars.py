# inspect.getclosurevars.
import inspect
LIMIT = 10
def outer():
    count = 0
    items = []
    def inner(x):
        nonlocal count
        count += 1
        items.append(len(str(x)))
        return min(count, LIMIT)
    return inner
cv = inspect.getclosurevars(outer())
print(cv.nonlocals, cv.globals, sorted(cv.builtins), sorted(cv.unbound))
print(inspect.getclosurevars(lambda: LIMIT + abs(-1)))
try:
    inspect.getclosurevars(len)
except TypeError as e:
    print("TypeError:", e)
