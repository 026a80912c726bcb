# A worker pool with a progress report: tasks finish in an order that depends on timing, so
# the progress lines only count ("3/8 done"), and the results are printed in input order at the
# end. The fastest and slowest tasks differ by far more than the scheduling noise.
import concurrent.futures
import threading
import time

TASKS = [("thumbnail", 0.0), ("resize", 0.05), ("watermark", 0.0), ("upload", 0.15),
         ("exif", 0.0), ("compress", 0.1), ("index", 0.0), ("notify", 0.0)]
progress_lock = threading.Lock()
finished = 0


def run_task(name, seconds):
    time.sleep(seconds)
    return f"{name}: ok ({int(seconds * 1000)} ms)"


def report(fut):
    global finished
    with progress_lock:
        finished += 1
        print(f"progress: {finished}/{len(TASKS)} done", flush=True)


start = time.perf_counter()
with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
    futures = []
    for name, seconds in TASKS:
        f = pool.submit(run_task, name, seconds)
        f.add_done_callback(report)
        futures.append(f)
    done_first = next(concurrent.futures.as_completed(futures))
elapsed = time.perf_counter() - start
print("something finished first:", done_first.done())  # after the pool: callbacks print too
for f in futures:
    print(f.result())
total_sleep = sum(s for _, s in TASKS)
print("parallel run took less than the sum of sleeps:", elapsed < total_sleep + 0.5)
print("and at least the longest sleep:", elapsed >= max(s for _, s in TASKS))

# sequential versus threaded "downloads": the threaded version overlaps the waits
def fake_download(i):
    time.sleep(0.1)
    return i


t0 = time.perf_counter()
seq = [fake_download(i) for i in range(5)]
sequential = time.perf_counter() - t0
t0 = time.perf_counter()
threads = [threading.Thread(target=fake_download, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
threaded = time.perf_counter() - t0
print("sequential at least 0.5 s:", sequential >= 0.5)
print("threaded faster than half of sequential:", threaded < sequential / 2)
print(f"sequential took about {round(sequential, 0):.0f} s")
