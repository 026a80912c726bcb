import asyncio
import random

async def worker(name, queue, log):
    while True:
        sleep_for = await queue.get()
        await asyncio.sleep(sleep_for)
        queue.task_done()
        log.append((name, sleep_for))

async def main():
    random.seed(3)
    queue = asyncio.Queue()
    total_sleep_time = 0
    for _ in range(12):
        sleep_for = round(random.uniform(0.001, 0.02), 3)
        total_sleep_time += sleep_for
        queue.put_nowait(sleep_for)
    log = []
    tasks = []
    for i in range(3):
        task = asyncio.create_task(worker(f'worker-{i}', queue, log))
        tasks.append(task)
    await queue.join()
    for task in tasks:
        task.cancel()
    res = await asyncio.gather(*tasks, return_exceptions=True)
    print(res)
    print('====')
    print(f'3 workers processed {len(log)} items')
    print(f'total expected sleep time: {total_sleep_time:.3f} seconds')
    print(queue.empty(), queue.qsize(), str(queue))

asyncio.run(main())

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print(f"produced {i} (size {q.qsize()})")
    await q.put(None)

async def consumer(q):
    total = 0
    while (item := await q.get()) is not None:
        total += item
        print(f"consumed {item}")
        await asyncio.sleep(0)
    return total

async def main2():
    q = asyncio.Queue(maxsize=2)
    _, total = await asyncio.gather(producer(q, 5), consumer(q))
    print("total", total)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q2 = asyncio.Queue(1)
    q2.put_nowait("x")
    try:
        q2.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull", q2.full())
    try:
        await asyncio.wait_for(q.get(), timeout=0.01)
    except asyncio.TimeoutError:
        print("get timed out")
    pq = asyncio.PriorityQueue()
    for p in [3, 1, 2]:
        await pq.put((p, f"job{p}"))
    got = []
    for _ in range(3):
        got.append(await pq.get())
    print(got)
    lq = asyncio.LifoQueue()
    for p in "abc":
        lq.put_nowait(p)
    print([lq.get_nowait() for _ in range(3)])

asyncio.run(main2())
