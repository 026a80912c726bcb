# A simulated web crawler: worker threads take URLs from a queue, "fetch" them from an
# in-memory site map (with a short sleep), and enqueue the links not yet seen. A lock guards the
# visited set; queue.join() tells when the crawl is complete; workers then exit on sentinels.
import queue
import threading
import time

SITE = {
    "/": ["/about", "/blog", "/shop"],
    "/about": ["/", "/team", "/contact"],
    "/blog": ["/blog/1", "/blog/2", "/"],
    "/blog/1": ["/blog/2", "/about"],
    "/blog/2": ["/blog/1", "/blog/3"],
    "/blog/3": [],
    "/shop": ["/shop/cart", "/shop/item/7", "/missing"],
    "/shop/cart": ["/shop"],
    "/shop/item/7": ["/shop/cart", "/reviews"],
    "/team": ["/about"],
    "/contact": [],
    "/reviews": ["/shop/item/7"],
}

to_visit = queue.Queue()
visited = set()
visited_lock = threading.Lock()
pages = {}
broken = []
depth_of = {"/": 0}


def fetch(url):
    time.sleep(0.002)
    if url not in SITE:
        raise LookupError(f"404 {url}")
    return SITE[url]


def crawler():
    while True:
        url = to_visit.get()
        if url is None:
            to_visit.task_done()
            return
        try:
            links = fetch(url)
        except LookupError as e:
            with visited_lock:
                broken.append(str(e))
        else:
            with visited_lock:
                pages[url] = len(links)
                for link in links:
                    if link not in visited:
                        visited.add(link)
                        depth_of[link] = depth_of[url] + 1
                        to_visit.put(link)
        finally:
            to_visit.task_done()


visited.add("/")
to_visit.put("/")
workers = [threading.Thread(target=crawler, name=f"crawler-{i}") for i in range(4)]
for w in workers:
    w.start()
to_visit.join()
for _ in workers:
    to_visit.put(None)
for w in workers:
    w.join()

print("pages crawled:", len(pages))
for url in sorted(pages):
    print(f"  {url:14} links={pages[url]} depth={depth_of[url]}")
print("broken:", broken)
print("visited == crawled + broken:", visited == set(pages) | {b.split()[1] for b in broken})
by_depth = {}
for url, d in depth_of.items():
    by_depth.setdefault(d, []).append(url)
for d in sorted(by_depth):
    print("depth", d, sorted(by_depth[d]))
