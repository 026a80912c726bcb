# timeit basics: the numbers vary, so print types and shapes only
import timeit

t = timeit.timeit("sum(range(100))", number=1000)
print(type(t).__name__, t > 0)
t2 = timeit.timeit(lambda: "-".join(map(str, range(50))), number=200)
print(type(t2).__name__, t2 >= 0)
r = timeit.repeat("x = [i * 2 for i in range(20)]", repeat=3, number=100)
print(type(r).__name__, len(r), all(isinstance(v, float) for v in r))
setup = "data = list(range(1000))"
t3 = timeit.timeit("sorted(data)", setup=setup, number=50)
print(t3 > 0)
def square_all(n):
    return [i * i for i in range(n)]
t4 = timeit.timeit("square_all(100)", globals=globals(), number=100)
print(type(t4).__name__)
timer = timeit.Timer("a + b", setup="a, b = 1, 2")
n, total = timer.autorange()
print(type(n).__name__, n >= 1, type(total).__name__, total >= 0.2 or n == 1)
print(type(timer.timeit(number=10)).__name__, len(timer.repeat(repeat=2, number=5)))
print(timeit.default_timer is not None, callable(timeit.default_timer))
t5 = timeit.Timer(stmt="pass")
print(t5.timeit(number=0) < 0.5)
try:
    timeit.timeit("1 +", number=1)
except SyntaxError as e:
    print("SyntaxError", e.msg if hasattr(e, "msg") else e)
try:
    timeit.timeit("undefined_name", number=1)
except NameError as e:
    print("NameError:", e)
multi = """
total = 0
for i in range(10):
    total += i
"""
print(type(timeit.timeit(multi, number=10)).__name__)
results = {}
for label, stmt in [("list comp", "[x for x in range(100)]"), ("map", "list(map(abs, range(100)))")]:
    results[label] = min(timeit.repeat(stmt, number=100, repeat=3))
print(sorted(results), all(v > 0 for v in results.values()))
def fn():
    return 42
print(type(timeit.Timer(fn).timeit(5)).__name__)
try:
    timeit.Timer(42)
except ValueError as e:
    print("ValueError:", e)
