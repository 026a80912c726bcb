import threading
r = threading.RLock()
r.acquire()
err = []
def other():
    try:
        r.release()
    except RuntimeError as e:
        err.append(str(e))
    err.append(r.acquire(blocking=False))
t = threading.Thread(target=other); t.start(); t.join()
print(err)
r.release()
l = threading.Lock()
l.acquire()
def rel():
    l.release()
t = threading.Thread(target=rel); t.start(); t.join()
print("plain lock released by other thread:", not l.locked())
c = threading.Condition(threading.RLock())
with c:
    with c:
        print("nested condition ok", c.wait(0.001))
try:
    c.wait(0.01)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Condition().notify_all()
except RuntimeError as e:
    print("RuntimeError:", e)
