# Daemon versus non-daemon threads at the end of the program: the interpreter waits for the
# non-daemon worker to finish (its last line is printed after the main thread's), while the
# daemon thread that never ends is simply abandoned.
import threading
import time

print("main thread daemon?", threading.current_thread().daemon)

forever = threading.Event()


def daemon_loop():
    while True:
        forever.wait(0.02)


def finishing_worker(done_flag):
    done_flag.wait()
    time.sleep(0.05)
    print("non-daemon worker: finishing after main")


d = threading.Thread(target=daemon_loop, name="background", daemon=True)
d.start()
print("daemon:", d.daemon, "alive:", d.is_alive())

flag = threading.Event()
w = threading.Thread(target=finishing_worker, args=(flag,), name="worker")
print("worker inherits daemon from main:", w.daemon)
w.start()

# daemon-ness is inherited from the creating thread
inherited = []


def spawner():
    child = threading.Thread(target=lambda: None)
    inherited.append(child.daemon)


s = threading.Thread(target=spawner, daemon=True)
s.start()
s.join()
print("child of a daemon thread is daemon:", inherited)

try:
    d.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    d.setDaemon(False)
except RuntimeError as e:
    print("RuntimeError:", e)

names = sorted(t.name for t in threading.enumerate())
print("threads:", names)
print("active:", threading.active_count())
flag.set()
print("main thread: done")
