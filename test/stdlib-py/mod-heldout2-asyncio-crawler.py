"""Simulated web crawler with a concurrency limit, as in many asyncio tutorials."""
import asyncio
import random

PAGES = {
    "/": ["/about", "/blog", "/contact"],
    "/about": ["/", "/team"],
    "/blog": ["/blog/1", "/blog/2", "/"],
    "/blog/1": ["/blog"],
    "/blog/2": ["/blog", "/missing"],
    "/team": [],
    "/contact": ["/"],
}

class NotFound(Exception):
    pass

async def fetch(url, rng):
    await asyncio.sleep(rng.random() / 100)
    if url not in PAGES:
        raise NotFound(url)
    return PAGES[url]

async def crawl(start, limit=2):
    rng = random.Random(7)
    seen = {start}
    errors = []
    sem = asyncio.Semaphore(limit)
    queue = asyncio.Queue()
    await queue.put(start)

    async def worker():
        while True:
            url = await queue.get()
            try:
                async with sem:
                    links = await fetch(url, rng)
                for link in links:
                    if link not in seen:
                        seen.add(link)
                        await queue.put(link)
            except NotFound as e:
                errors.append(str(e))
            finally:
                queue.task_done()

    workers = [asyncio.create_task(worker()) for _ in range(3)]
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    return sorted(seen), errors

pages, errors = asyncio.run(crawl("/"))
print(len(pages), pages)
print("errors:", errors)

async def with_retries(coro_factory, attempts=3):
    for attempt in range(1, attempts + 1):
        try:
            return await asyncio.wait_for(coro_factory(attempt), timeout=0.05)
        except asyncio.TimeoutError:
            print(f"attempt {attempt} timed out")
    raise RuntimeError("all attempts failed")

async def flaky(attempt):
    await asyncio.sleep(0.2 if attempt < 3 else 0.001)
    return f"ok on attempt {attempt}"

print(asyncio.run(with_retries(flaky)))
try:
    asyncio.run(with_retries(lambda a: asyncio.sleep(1), attempts=2))
except RuntimeError as e:
    print("RuntimeError:", e)
