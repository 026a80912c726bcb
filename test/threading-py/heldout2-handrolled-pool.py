import threading
from queue import Queue

class ThreadPool:
    """Classic hand-rolled pool from a tutorial."""
    def __init__(self, num_threads):
        self.tasks = Queue(num_threads)
        self.results = []
        self.lock = threading.Lock()
        for _ in range(num_threads):
            t = threading.Thread(target=self._worker, daemon=True)
            t.start()

    def _worker(self):
        while True:
            func, args, kargs = self.tasks.get()
            try:
                r = func(*args, **kargs)
                with self.lock:
                    self.results.append(r)
            except Exception as e:
                with self.lock:
                    self.results.append(e)
            finally:
                self.tasks.task_done()

    def add_task(self, func, *args, **kargs):
        self.tasks.put((func, args, kargs))

    def wait_completion(self):
        self.tasks.join()

pool = ThreadPool(3)
for i in range(10):
    pool.add_task(lambda x: 100 // (x - 5), i)
pool.wait_completion()
nums = sorted(r for r in pool.results if isinstance(r, int))
errs = [repr(r) for r in pool.results if isinstance(r, Exception)]
print(nums)
print(errs)
