# RecursionError messages: CPython 3.11 counts Python frames and guarded C calls on one
# counter, and the guard that trips names itself in the message.
import sys


def message(fn):
    try:
        fn()
    except RecursionError as e:
        return str(e)
    return "no error"


def plain(n):
    return plain(n + 1)


def printing(n):
    print(end="")
    printing(n + 1)


def copying(items):
    copying(items.copy())


def joining(n):
    "-".join(["a", "b"])
    joining(n + 1)


def measuring(n):
    len([n])
    isinstance(n, int)
    [].append(n)
    measuring(n + 1)


def sorting(n):
    sorted([3, 1, 2])
    sorting(n + 1)


def counting(n):
    [1, 2, 1].count(1)
    counting(n + 1)


def countdown(n):
    if n % 250 == 0:
        print("at", n)
    countdown(n - 1)


print(message(lambda: plain(0)))
print(message(lambda: printing(0)))
print(message(lambda: copying([])))
print(message(lambda: joining(0)))
print(message(lambda: measuring(0)))
print(message(lambda: sorting(0)))
print(message(lambda: counting(0)))
print(message(lambda: countdown(1000)))


def nested(kind, depth):
    value = kind()
    for _ in range(depth):
        value = [value] if kind is list else {0: value} if kind is dict else (value,)
    return value


for kind in (list, dict, tuple):
    deep = nested(kind, 1500)
    print(kind.__name__, message(lambda: repr(deep)))
    print(kind.__name__, message(lambda: str(deep)))
    print(kind.__name__, message(lambda: print(deep)))
    shallow = nested(kind, 900)
    print(kind.__name__, len(repr(shallow)))

# after a RecursionError the depth is back where it was: the same depth is reached again
def deepest(n=1):
    try:
        return deepest(n + 1)
    except RecursionError:
        return n


first = deepest()
message(lambda: repr(nested(list, 1500)))
message(lambda: printing(0))
print(deepest() == first)

sys.setrecursionlimit(60)
print(message(lambda: printing(0)))
print(message(lambda: repr(nested(list, 100))))
print(len(repr(nested(list, 40))))
