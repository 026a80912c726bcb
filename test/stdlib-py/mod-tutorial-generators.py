# Generators tutorial: lazy sequences, memory use, send/throw/close, pipelines, yield from
import sys
import itertools

nums_squared_lc = [num ** 2 for num in range(10000)]
nums_squared_gc = (num ** 2 for num in range(10000))
print(sys.getsizeof(nums_squared_gc), sum(nums_squared_gc), sum(nums_squared_lc))
print(sys.getsizeof(x for x in range(10)), sys.getsizeof((x, y) for x in "ab" for y in "cd"))

def infinite_sequence():
    num = 0
    while True:
        yield num
        num += 1
gen = infinite_sequence()
print(next(gen), next(gen), next(gen), sys.getsizeof(gen))
print(list(itertools.islice(infinite_sequence(), 5)))

def is_palindrome(num):
    if num // 10 == 0:
        return False
    s = str(num)
    return s == s[::-1]
print([n for n in itertools.islice(infinite_sequence(), 200) if is_palindrome(n)][:10])

def countdown(n):
    print("starting countdown")
    while n > 0:
        yield n
        n -= 1
    return "done"
c = countdown(3)
print(c, type(c).__name__) if False else print(type(c).__name__)
for v in c:
    print(v)
try:
    next(c)
except StopIteration as e:
    print("StopIteration", e.value)

def echo():
    received = None
    while True:
        received = yield received
        if received == "stop":
            return "echo finished"
        received = received.upper() if isinstance(received, str) else received
e = echo()
print(next(e), e.send("hi"), e.send(5))
try:
    e.send("stop")
except StopIteration as stop:
    print("returned", stop.value)

def accumulator():
    total = 0
    try:
        while True:
            value = yield total
            total += value
    except GeneratorExit:
        print("accumulator closed at", total)
    finally:
        print("cleanup")
acc = accumulator()
next(acc)
print(acc.send(10), acc.send(5))
acc.close()
print(acc.gi_frame is None, acc.gi_running)

def thrower():
    while True:
        try:
            yield "ok"
        except ValueError as err:
            print("caught inside:", err)
            yield "recovered"
t = thrower()
print(next(t), t.throw(ValueError("bad")), next(t))
try:
    t.throw(KeyError("k"))
except KeyError as err:
    print("propagated:", repr(err))

def read_lines():
    data = "name,age\nann,31\nbob,25\ncy,40\n"
    for line in data.splitlines():
        yield line
lines = read_lines()
rows = (line.split(",") for line in lines)
header = next(rows)
records = (dict(zip(header, r)) for r in rows)
adults = (r for r in records if int(r["age"]) >= 30)
print(list(adults))

def chain_all(*iterables):
    for it in iterables:
        yield from it
print(list(chain_all("ab", [1, 2], range(2))))
def inner():
    x = yield 1
    print("inner got", x)
    return "inner result"
def outer():
    result = yield from inner()
    print("outer got", result)
    yield 2
o = outer()
print(next(o), o.send("payload"))
def tree(depth):
    if depth == 0:
        yield "leaf"
        return
    yield f"node{depth}"
    yield from tree(depth - 1)
print(list(tree(3)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(itertools.takewhile(lambda x: x < 100, fib())))
g = (i for i in range(3))
print(list(g), list(g))
squares = map(lambda x: x * x, range(5))
print(next(squares), list(squares))
r = reversed(range(3)); print(list(r))
def gen_with_return():
    yield 1
    return 99
print(list(gen_with_return()))
print(sum(x * x for x in range(10)), max((len(w), w) for w in "the quick brown".split()), any(x > 8 for x in range(10)))
