import asyncio

async def main():
    lock = asyncio.Lock()
    counter = 0
    async def incr():
        nonlocal counter
        async with lock:
            v = counter
            await asyncio.sleep(0)
            counter = v + 1
    await asyncio.gather(*(incr() for _ in range(50)))
    print("counter:", counter, lock.locked())

    event = asyncio.Event()
    async def waiter(n):
        print(f"waiter {n} waiting")
        await event.wait()
        print(f"waiter {n} released")
    ts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0.01)
    print("setting event")
    event.set()
    await asyncio.gather(*ts)

    sem = asyncio.Semaphore(2)
    active = 0
    peak = 0
    async def limited(i):
        nonlocal active, peak
        async with sem:
            active += 1
            peak = max(peak, active)
            await asyncio.sleep(0.005)
            active -= 1
            return i * i
    print(await asyncio.gather(*(limited(i) for i in range(6))), "peak", peak)

    cond = asyncio.Condition()
    items = []
    async def consumer(n):
        async with cond:
            await cond.wait_for(lambda: items)
            print(f"consumer {n} got {items.pop(0)}")
    cs = [asyncio.create_task(consumer(i)) for i in range(2)]
    await asyncio.sleep(0)
    for x in ("apple", "pear"):
        async with cond:
            items.append(x)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*cs)

    b = asyncio.Barrier(3)
    async def party(i):
        await asyncio.sleep(0.001 * i)
        pos = await b.wait()
        return pos
    print(sorted(await asyncio.gather(*(party(i) for i in range(3)))))
    bs = asyncio.BoundedSemaphore(1)
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Lock().release()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
