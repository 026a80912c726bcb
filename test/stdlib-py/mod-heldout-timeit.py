# timeit as a performance lesson uses it (results vary, so the program prints shapes, not times).
import timeit

t = timeit.Timer("sum(range(100))")
n, total = t.autorange()
print(type(n).__name__, n >= 1, total > 0)
print(len(t.repeat(repeat=3, number=10)), all(x >= 0 for x in t.repeat(3, 10)))
print(timeit.timeit("x = 1", number=5) >= 0, type(timeit.timeit("pass", number=1)).__name__)
print(timeit.timeit(lambda: None, number=3) >= 0, len(timeit.repeat("pass", repeat=4, number=1)))
counter = []
def work():
    counter.append(1)
timeit.timeit(work, number=7)
print(len(counter))
print(timeit.timeit("y * 2", setup="y = 21", number=2) >= 0)
print(timeit.timeit("f()", globals={"f": work}, number=3) >= 0, len(counter))
def setup():
    counter.clear()
timeit.timeit(work, setup=setup, number=4)
print(len(counter))
for bad in ["return 1", "x = ", "yield 5"]:
    try:
        timeit.Timer(bad)
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
try:
    timeit.Timer(5)
except ValueError as e:
    print("ValueError:", e)
try:
    timeit.Timer("pass", setup=5)
except ValueError as e:
    print("ValueError:", e)
try:
    timeit.timeit("undefined_name", number=1)
except NameError as e:
    print("NameError:", e)
t = timeit.Timer("1/0")
try:
    t.timeit(1)
except ZeroDivisionError:
    import io
    buf = io.StringIO()
    t.print_exc(file=buf)
    print(buf.getvalue().splitlines()[-1])
print(timeit.default_timer is __import__("time").perf_counter, timeit.default_number, timeit.default_repeat)
print(timeit.Timer("x", "x = 1").timeit(0) < 1.0)
multi = """
total = 0
for i in range(5):
    total += i
"""
print(timeit.timeit(multi, number=2) >= 0)
