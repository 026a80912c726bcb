import threading
import time

class ReadWriteLock:
    """A lock allowing multiple simultaneous readers but only one writer."""
    def __init__(self):
        self._read_ready = threading.Condition(threading.Lock())
        self._readers = 0

    def acquire_read(self):
        with self._read_ready:
            self._readers += 1

    def release_read(self):
        with self._read_ready:
            self._readers -= 1
            if not self._readers:
                self._read_ready.notify_all()

    def acquire_write(self):
        self._read_ready.acquire()
        while self._readers > 0:
            self._read_ready.wait()

    def release_write(self):
        self._read_ready.release()

rw = ReadWriteLock()
shared = {"value": 0}
reads = []
lock = threading.Lock()

def reader(n):
    for _ in range(5):
        rw.acquire_read()
        v = shared["value"]
        time.sleep(0.001)
        with lock:
            reads.append(v)
        rw.release_read()

def writer():
    for i in range(5):
        rw.acquire_write()
        shared["value"] += 1
        rw.release_write()
        time.sleep(0.002)

threads = [threading.Thread(target=reader, args=(i,)) for i in range(3)] + [threading.Thread(target=writer)]
for t in threads: t.start()
for t in threads: t.join()
print("final value:", shared["value"])
print("reads:", len(reads), "all in range:", all(0 <= r <= 5 for r in reads))
print("non-decreasing per reader possible; max read", max(reads) <= 5)
