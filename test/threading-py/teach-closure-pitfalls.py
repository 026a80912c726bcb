# Late binding in thread targets: lambdas created in a loop all see the loop variable's last
# value when they run later; default arguments, functools.partial or args= fix it. Also
# nonlocal counters shared by threads behind a lock, and a class-based callable target.
import functools
import threading


def run_all(threads):
    for t in threads:
        t.start()
    for t in threads:
        t.join()


out = []
run_all([threading.Thread(target=lambda: out.append(i)) for i in range(4)])
print("late binding:", out)

out = []
run_all([threading.Thread(target=lambda i=i: out.append(i)) for i in range(4)])
print("default argument:", sorted(out))

out = []
run_all([threading.Thread(target=functools.partial(out.append, i)) for i in range(4)])
print("functools.partial:", sorted(out))
print("partial target name:", threading.Thread(target=functools.partial(print, 1)).name.startswith("Thread-"),
      "(no '(func)' suffix: partial has no __name__)")

out = []
run_all([threading.Thread(target=out.append, args=(i,)) for i in range(4)])
print("args=:", sorted(out))

# a loop that reuses one variable while threads are still waiting to read it
values = []
go = threading.Event()
threads = []
for word in ["red", "green", "blue"]:
    def reader():
        go.wait()
        values.append(word)  # looks the name up when it runs
    threads.append(threading.Thread(target=reader))
    threads[-1].start()
go.set()
for t in threads:
    t.join()
print("closure over loop variable:", values)


def make_counter():
    count = 0
    lock = threading.Lock()

    def bump(n):
        nonlocal count
        for _ in range(n):
            with lock:
                count += 1

    def value():
        return count
    return bump, value


bump, value = make_counter()
run_all([threading.Thread(target=bump, args=(250,)) for _ in range(4)])
print("nonlocal counter:", value())


class Accumulator:
    def __init__(self):
        self.total = 0
        self.lock = threading.Lock()

    def __call__(self, *numbers):
        with self.lock:
            self.total += sum(numbers)


acc = Accumulator()
ts = [threading.Thread(target=acc, args=range(k)) for k in range(6)]
print("callable object names:", sorted({t.name.split(" ")[-1] for t in ts} - {t.name for t in ts}) or "no suffix")
run_all(ts)
print("callable object total:", acc.total)

bound = [threading.Thread(target=acc.__call__, args=(10,)) for _ in range(2)]
print("bound method target name suffix:", bound[0].name.split(" ", 1)[1])
run_all(bound)
print("after bound calls:", acc.total)
