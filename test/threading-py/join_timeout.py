# join(timeout) returns after the timeout while the thread is still alive; negative timeout
# is zero; joining a finished thread returns at once; several threads may join one.
import threading
import time

go = threading.Event()
t = threading.Thread(target=go.wait, name="blocked")
t.start()
start = time.monotonic()
t.join(0.05)
print("after join(0.05):", t.is_alive(), time.monotonic() - start >= 0.04)
t.join(-1)
t.join(0)
print("after join(-1), join(0):", t.is_alive())
print(repr(t).replace(str(t.ident), "IDENT"))

joined = []
lock = threading.Lock()


def joiner(i):
    t.join()
    with lock:
        joined.append(i)


joiners = [threading.Thread(target=joiner, args=(i,)) for i in range(3)]
for j in joiners:
    j.start()
for j in joiners:
    j.join(0.02)
print("joiners waiting:", joined, [j.is_alive() for j in joiners])
go.set()
for j in joiners:
    j.join()
t.join()
print("all joined:", sorted(joined), t.is_alive())
print(repr(t).replace(str(t.ident), "IDENT"))
t.join()
t.join(0)
print("join again ok")

# a thread joining the main thread with a timeout: the main thread is alive (it waits in
# jm.join()), so join returns after the timeout
def join_main():
    threading.main_thread().join(0.05)
    print("main still alive:", threading.main_thread().is_alive())


jm = threading.Thread(target=join_main)
jm.start()
jm.join()
