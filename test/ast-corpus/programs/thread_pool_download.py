from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED
import time
import urllib.request

URLS = [
    "https://example.com/",
    "https://example.org/",
    "https://example.net/",
]


def fetch(url, timeout=5):
    started = time.monotonic()
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            body = response.read()
    except OSError as err:
        return url, None, repr(err)
    return url, len(body), time.monotonic() - started


def square(n):
    time.sleep(0.01 * (5 - n))
    return n * n


with ThreadPoolExecutor(max_workers=3) as pool:
    print(list(pool.map(square, range(5))))
    futures = {pool.submit(fetch, u): u for u in URLS}
    for fut in as_completed(futures):
        url, size, info = fut.result()
        print(f"{url:<30} {size if size is not None else 'failed':>8} {info}")
    done, not_done = wait([pool.submit(square, i) for i in range(3)], return_when=FIRST_COMPLETED)
    print(len(done) >= 1, len(done) + len(not_done))
