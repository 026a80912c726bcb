# logging from several threads: each record is written whole, with its thread's name.
import logging
import sys
import threading

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(threadName)s %(levelname)s %(message)s")
log = logging.getLogger("workers")
results = []
lock = threading.Lock()


def worker(n):
    for i in range(3):
        log.info("step %d", i)
    with lock:
        results.append(n)


threads = [threading.Thread(target=worker, args=(n,), name=f"worker-{n}") for n in range(3)]
for t in threads:
    t.start()
    t.join()
print(sorted(results))

records = []


class Collect(logging.Handler):
    def emit(self, record):
        records.append((record.threadName, record.getMessage(), record.thread == threading.get_ident()))


collector = Collect()
log.addHandler(collector)
log.propagate = False


def busy(n):
    for i in range(50):
        log.info("%d-%d", n, i)


threads = [threading.Thread(target=busy, args=(n,)) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(records), sorted({name for name, _, _ in records}), sum(1 for _, _, same in records if same))
print(sorted(m for _, m, _ in records)[:3], isinstance(collector.lock, type(threading.RLock())))
log.info("main thread %s", threading.current_thread().name)
print(records[-1][0])
