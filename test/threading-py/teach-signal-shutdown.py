# Graceful shutdown of a threaded service on SIGTERM: the handler (which Python always runs in
# the main thread) sets a stop Event; workers check it between jobs and finish cleanly. The
# signal is sent by a worker thread with os.kill, as an outside supervisor would.
import os
import queue
import signal
import threading
import time

stop = threading.Event()
handled = []
jobs = queue.Queue()
processed = []
plock = threading.Lock()


def on_sigterm(signum, frame):
    handled.append((signal.Signals(signum).name, threading.current_thread().name,
                    threading.current_thread() is threading.main_thread()))
    stop.set()


previous = signal.signal(signal.SIGTERM, on_sigterm)
print("previous handler is default:", previous == signal.SIG_DFL)
print("handler installed:", signal.getsignal(signal.SIGTERM) is on_sigterm)


def worker(wid):
    while not stop.is_set():
        try:
            job = jobs.get(timeout=0.02)
        except queue.Empty:
            continue
        with plock:
            processed.append(job)
        jobs.task_done()
    with plock:
        processed.append(f"worker {wid} stopped")


workers = [threading.Thread(target=worker, args=(i,), name=f"worker-{i}") for i in range(3)]
for w in workers:
    w.start()
for i in range(10):
    jobs.put(f"job-{i}")
jobs.join()
print("jobs done before the signal:", len([p for p in processed if p.startswith("job")]))


def supervisor():
    os.kill(os.getpid(), signal.SIGTERM)


threading.Thread(target=supervisor, name="supervisor").start()
print("stop requested:", stop.wait(timeout=5))
for w in workers:
    w.join()
print("handled:", handled)
print("stopped workers:", sorted(p for p in processed if p.startswith("worker")))
print("all threads ended:", threading.active_count() == 1)

# a handler may re-install handlers, since it runs as the main thread
def one_shot(signum, frame):
    signal.signal(signum, signal.SIG_IGN)
    handled.append("one-shot ran, now ignoring")


signal.signal(signal.SIGUSR1, one_shot)
t = threading.Thread(target=lambda: os.kill(os.getpid(), signal.SIGUSR1))
t.start()
t.join()
deadline = time.monotonic() + 5
while len(handled) < 2 and time.monotonic() < deadline:
    time.sleep(0.01)
print(handled[-1], "| SIGUSR1 now:", signal.getsignal(signal.SIGUSR1))
os.kill(os.getpid(), signal.SIGUSR1)  # ignored
time.sleep(0.02)
print("still running, handled count:", len(handled))
