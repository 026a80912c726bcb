# What the synchronisation objects look like when printed, in their different states (the
# addresses are normalised by the test runner): locks, conditions, semaphores, events,
# barriers, thread-locals, queues, executors and futures, and their types.
import concurrent.futures
import queue
import threading

lock = threading.Lock()
print("lock:", lock)
lock.acquire()
print("lock held:", lock)
lock.release()
print("types:", type(lock), type(threading.RLock()))
print("factories:", threading.Lock, threading.RLock)

cond = threading.Condition()
print("condition:", cond)
with cond:
    print("condition held:", repr(cond).split(" owner=")[0] + ("" if " owner=" not in repr(cond) else " owner=..."))
plain_cond = threading.Condition(threading.Lock())
print("condition on a Lock:", plain_cond)

sem = threading.Semaphore(2)
print("semaphore:", sem)
sem.acquire()
print("after acquire:", sem)
bsem = threading.BoundedSemaphore(1)
print("bounded:", bsem)

ev = threading.Event()
print("event:", ev)
ev.set()
print("event set:", ev)

bar = threading.Barrier(3)
print("barrier:", bar)
bar.abort()
print("barrier aborted:", bar)

loc = threading.local()
print("local:", loc, "| type:", type(loc), "| name:", threading.local.__name__)


class Session(threading.local):
    pass


print("local subclass:", type(Session()).__name__, Session.__mro__[1] is threading.local)

q, sq, lq, pq = queue.Queue(), queue.SimpleQueue(), queue.LifoQueue(), queue.PriorityQueue()
print("queues:", q, sq, lq, pq, sep="\n  ")
print("queue errors:", repr(queue.Empty()), repr(queue.Full("no room")), queue.Empty.__module__)

pool = concurrent.futures.ThreadPoolExecutor(max_workers=1)
print("executor:", pool)
gate = threading.Event()
running = pool.submit(gate.wait)
waiting = pool.submit(len, "abc")
print("futures:", waiting, sep="\n  ")
gate.set()
pool.shutdown()
print("finished:", running, waiting, sep="\n  ")
failed = concurrent.futures.Future()
failed.set_exception(OSError(2, "No such file"))
print("failed:", failed)
cancelled = concurrent.futures.Future()
cancelled.cancel()
print("cancelled:", cancelled)

print("hook args type:", threading.ExceptHookArgs)
captured = []
threading.excepthook = captured.append
t = threading.Thread(target=int, args=("x",), name="bad-int")
t.start()
t.join()
print("hook args:", type(captured[0]), captured[0].exc_type, captured[0].exc_value)
print("errors:", threading.ThreadError, threading.BrokenBarrierError.__mro__[1])
