# wait() with FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED and timeouts; as_completed().
import concurrent.futures as cf
import threading

gates = [threading.Event() for _ in range(4)]


def wait_gate(i):
    gates[i].wait()
    if i == 2:
        raise ValueError("two")
    return i


def names(fs):
    return sorted(f.name for f in fs)




with cf.ThreadPoolExecutor(4) as ex:
    fs = [ex.submit(wait_gate, i) for i in range(4)]
    for i, f in enumerate(fs):
        f.name = "f%d" % i
    done, not_done = cf.wait(fs, timeout=0.05)
    print("timeout:", names(done), names(not_done))
    r = cf.wait(fs, timeout=0.01, return_when=cf.FIRST_COMPLETED)
    print(type(r).__name__, names(r.done), names(r.not_done), r[0] is r.done, len(r))

    threading.Timer(0.02, gates[1].set).start()
    done, not_done = cf.wait(fs, return_when=cf.FIRST_COMPLETED)
    print("first completed:", names(done), names(not_done))
    done, not_done = cf.wait(fs, return_when=cf.FIRST_COMPLETED)
    print("again, at once:", names(done))

    threading.Timer(0.02, gates[2].set).start()
    done, not_done = cf.wait(fs, return_when=cf.FIRST_EXCEPTION)
    print("first exception:", names(done), names(not_done))

    threading.Timer(0.02, gates[0].set).start()
    threading.Timer(0.04, gates[3].set).start()
    done, not_done = cf.wait(fs)
    print("all completed:", names(done), names(not_done))
    done, not_done = cf.wait(fs, return_when=cf.FIRST_EXCEPTION)
    print("first exception when all done:", names(done))

print(cf.wait([]))
f = cf.Future()
f.set_result(1)
print(repr(cf.wait([f, f])).replace(hex(id(f)), "ADDR"))
try:
    cf.wait([cf.Future()], return_when="SOMETIMES")
except ValueError as e:
    print("bad return_when ->", e)

# FIRST_EXCEPTION with no exception waits for all
a, b = cf.Future(), cf.Future()
threading.Timer(0.02, a.set_result, (1,)).start()
threading.Timer(0.04, b.set_result, (2,)).start()
done, not_done = cf.wait([a, b], return_when=cf.FIRST_EXCEPTION)
print("no exception:", len(done), len(not_done))

# cancelled futures count as done
c = cf.Future()
c.cancel()
print("cancelled pending:", len(cf.wait([c], timeout=0.01).not_done))
c.set_running_or_notify_cancel()
print("cancelled and notified:", len(cf.wait([c], timeout=0).done))

# as_completed yields in completion order
futures = [cf.Future() for _ in range(4)]
for i, f in enumerate(futures):
    f.name = "c%d" % i
order = [3, 1, 0, 2]
it = cf.as_completed(futures)
futures[3].set_result(3)
first = next(it)
print("first:", first.name)


def finish_rest():
    for i in order[1:]:
        threading.Event().wait(0.02)
        futures[i].set_result(i)


t = threading.Thread(target=finish_rest)
t.start()
print("rest:", [f.name for f in it])
t.join()

# duplicates are yielded once; already finished ones come first
d = cf.Future()
d.set_result(0)
print([f.result() for f in cf.as_completed([d, d, d])])

# timeout
pending = [cf.Future(), cf.Future(), cf.Future()]
pending[0].set_result("done")
got = []
try:
    for f in cf.as_completed(pending, timeout=0.05):
        got.append(f.result())
except cf.TimeoutError as e:
    print("as_completed timeout ->", got, e)
print("waiters removed:", [len(f._waiters) for f in pending])

# cancelled futures are yielded when notified
x, y = cf.Future(), cf.Future()
x.cancel()
y.cancel()
y.set_running_or_notify_cancel()
it = cf.as_completed([x, y], timeout=1)
print("already cancelled:", next(it) is y)
x.set_running_or_notify_cancel()
print("notified later:", next(it) is x)
