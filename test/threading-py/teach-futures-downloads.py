# Parallel "downloads" with ThreadPoolExecutor: each fake download sleeps and returns its size;
# results are collected with as_completed (printed sorted, as the completion order depends on
# timing) and with map (which keeps the input order). One URL fails and its exception is
# re-raised by result().
import concurrent.futures
import threading
import time

URLS = {
    "http://example.com/a": 0.03,
    "http://example.com/bb": 0.01,
    "http://example.com/ccc": 0.02,
    "http://example.com/broken": 0.01,
    "http://example.com/dddd": 0.0,
}


class DownloadError(Exception):
    pass


def download(url):
    time.sleep(URLS[url])
    if "broken" in url:
        raise DownloadError(f"404 for {url}")
    return len(url) * 100


workers_seen = set()
seen_lock = threading.Lock()


def download_tracked(url):
    with seen_lock:
        workers_seen.add(threading.current_thread().name)
    return download(url)


with concurrent.futures.ThreadPoolExecutor(max_workers=3, thread_name_prefix="dl") as pool:
    future_to_url = {pool.submit(download_tracked, url): url for url in URLS}
    results = []
    for fut in concurrent.futures.as_completed(future_to_url):
        url = future_to_url[fut]
        try:
            results.append((url, fut.result()))
        except DownloadError as e:
            results.append((url, f"failed: {e}"))
for url, outcome in sorted(results):
    print(f"{url:28} -> {outcome}")
print("worker names:", sorted(workers_seen) <= ["dl_0", "dl_1", "dl_2"], all(n.startswith("dl_") for n in workers_seen))

# map keeps the order of the inputs; the first failing item raises when reached
good = [u for u in URLS if "broken" not in u]
with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
    sizes = list(pool.map(download, good))
print("map sizes:", sizes)
print("total bytes:", sum(sizes))

with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
    it = pool.map(download, list(URLS))
    got = []
    try:
        for size in it:
            got.append(size)
    except DownloadError as e:
        print("map stopped at:", e, "after", got)

# the state of a finished future
with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
    ok = pool.submit(download, "http://example.com/a")
    bad = pool.submit(download, "http://example.com/broken")
    concurrent.futures.wait([ok, bad])
print("ok:", ok.done(), ok.cancelled(), ok.running(), ok.result(), ok.exception())
print("bad:", bad.done(), type(bad.exception()).__name__, bad.exception())
try:
    bad.result()
except DownloadError as e:
    print("result() re-raises:", repr(e))
print("cancel a finished future:", ok.cancel())
