# sched: Event reprs and fields, queue order, cancel, non-blocking runs, events added by actions
import sched

now = [0.0]
waits = []


def sleep(span):
    waits.append(span)
    now[0] += span


s = sched.scheduler(lambda: now[0], sleep)
print(sched.__all__, sched.Event._fields, sched.Event.__mro__)
a = s.enter(3, 2, print, ("three, priority 2",))
b = s.enter(3, 1, print, ("three, priority 1",))
c = s.enterabs(1, 9, print, kwargs={"sep": "-"})
d = s.enter(3, 1, print, ("three, priority 1, later",))
print(a)
print([e.sequence for e in s.queue])
print(a < b, b < d, c < a, a._replace(priority=0) < b)
s.cancel(c)
try:
    s.cancel(c)
except ValueError as exc:
    print("ValueError:", exc)
print(s.run(blocking=False), s.empty(), len(s.queue))


def chain(n):
    print("chain", n, now[0])
    if n:
        s.enter(0.5, 1, chain, (n - 1,))


s.enter(10, 5, chain, (2,))
s.run()
print(waits, now[0], s.empty(), s.run(), s.run(False))
e = s.enter(1, 1, len, ("abc",))
print(e.kwargs, e.argument, s.run(False))
now[0] += 1
print(s.run(False), s.queue)
