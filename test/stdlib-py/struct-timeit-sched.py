# timeit and sched: timing code (results checked, not printed) and scheduling events.
import sched
import timeit

t = timeit.Timer("sum(range(100))")
result = t.timeit(number=1000)
print(type(result).__name__, result > 0)
runs = timeit.repeat("x = 2 ** 10", repeat=3, number=100)
print(len(runs), all(r >= 0 for r in runs))
print(timeit.timeit(lambda: None, number=10) >= 0, timeit.timeit("y = x * 2", setup="x = 21", number=5) >= 0)
data = [5, 3, 1]
print(timeit.timeit("sorted(data)", globals={"data": data}, number=10) > 0)
number, taken = timeit.Timer("pass").autorange()
print(number >= 1, taken >= 0.2)
print(t.src.splitlines()[1:4])
for stmt, setup in ((3, "pass"), ("pass", 4), ("return 1", "pass"), ("x = (", "pass"), ("pass", "import nonexistent_module_xyz")):
    try:
        timeit.Timer(stmt, setup).timeit(1)
    except Exception as e:
        print(type(e).__name__ + ":", e)
try:
    timeit.timeit("1 / 0", number=1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(timeit.default_number, timeit.default_repeat, timeit.default_timer.__name__)

clock = [0.0]


def fake_time():
    return clock[0]


def fake_sleep(seconds):
    clock[0] += seconds


s = sched.scheduler(fake_time, fake_sleep)
log = []


def event(name):
    log.append((clock[0], name))


s.enter(5, 1, event, ("five",))
s.enter(2, 2, event, ("two, low priority",))
s.enter(2, 1, event, ("two, high priority",))
cancelled = s.enter(3, 1, event, ("cancelled",))
s.enterabs(10, 1, event, kwargs={"name": "absolute ten"})
s.enter(4, 1, lambda: s.enter(1, 1, event, ("added while running",)))
s.cancel(cancelled)
print([e.argument or e.kwargs for e in s.queue], s.empty())
s.run()
print(log, s.empty(), clock[0])
try:
    s.cancel(cancelled)
except ValueError as e:
    print("ValueError:", e)
e = s.enter(1, 1, print)
print(e.time, e.priority, e.action is print, e.argument, e.kwargs, e._fields)
print(s.run(blocking=False), len(s.queue))
clock[0] += 5
print(s.run(blocking=False), s.empty())
