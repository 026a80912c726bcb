# Mistakes every threading course shows: args=(5) is not a tuple, target=f() calls f at once,
# forgetting join() before reading results, start() twice, run() instead of start(), and a
# lock released too often. Each is shown with what Python reports.
import sys
import threading


def square(n):
    return n * n


def greet(name, greeting="hello"):
    print(f"{greeting}, {name}", flush=True)


# 1. args=(5) is just 5: the thread dies with a TypeError (reported on stderr)
t = threading.Thread(target=square, args=(5))
t.start()
t.join()
sys.stderr.flush()
print("1. thread with args=(5) finished, alive:", t.is_alive(), flush=True)

# ...and a string is iterable, so args=("bob") passes three arguments
t = threading.Thread(target=greet, args=("bob"))
t.start()
t.join()
sys.stderr.flush()
t = threading.Thread(target=greet, args=("bob",), kwargs={"greeting": "hi"})
t.start()
t.join()
print("   the right way: args=('bob',)", flush=True)

# 2. target=greet("ann") runs greet in the main thread and passes its result (None)
t = threading.Thread(target=greet("ann"))
print("2. target is", t._target, "- the thread has nothing to do", flush=True)
t.start()
t.join()

# 3. reading the result before the thread is done
results = []
gate = threading.Event()
t = threading.Thread(target=lambda: (gate.wait(), results.append(square(7))))
t.start()
print("3. before join:", results, flush=True)
gate.set()
t.join()
print("   after join:", results, flush=True)

# 4. start() twice
try:
    t.start()
except RuntimeError as e:
    print("4. RuntimeError:", e, flush=True)

# 5. run() instead of start(): runs in the calling thread
where = []
t = threading.Thread(target=lambda: where.append(threading.current_thread().name), name="never-started")
t.run()
print("5. run() ran in:", where, "| alive:", t.is_alive(), flush=True)

# 6. releasing a lock twice, or an RLock from the wrong thread
lock = threading.Lock()
with lock:
    pass
try:
    lock.release()
except RuntimeError as e:
    print("6. RuntimeError:", e, flush=True)
rlock = threading.RLock()
rlock.acquire()
errors = []


def wrong_thread_release():
    try:
        rlock.release()
    except RuntimeError as e:
        errors.append(str(e))


t = threading.Thread(target=wrong_thread_release)
t.start()
t.join()
print("   RLock from another thread:", errors, flush=True)
rlock.release()

# 7. calling a thread's function with the wrong number of arguments
t = threading.Thread(target=greet, args=("a", "b", "c"), name="too-many")
t.start()
t.join()
sys.stderr.flush()
t = threading.Thread(target=square, kwargs={"m": 3}, name="wrong-keyword")
t.start()
t.join()
sys.stderr.flush()
print("7. done; threads left:", threading.active_count(), flush=True)
