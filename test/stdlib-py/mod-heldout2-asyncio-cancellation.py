import asyncio

async def step(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise RuntimeError(f"{name} failed")
        print(f"{name} done")
        return name
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise

async def main():
    # a failing child does not cancel its siblings in gather
    g = asyncio.gather(step("a", 0.01), step("b", 0.02, fail=True), step("c", 0.3))
    try:
        await g
    except RuntimeError as e:
        print("gather:", e)
    await asyncio.sleep(0.35)
    # cancelling the gather cancels the children
    g2 = asyncio.gather(step("d", 0.3), step("e", 0.3))
    await asyncio.sleep(0.01)
    print("cancel gather:", g2.cancel())
    try:
        await g2
    except asyncio.CancelledError:
        print("gather cancelled", g2.cancelled())
    # done callbacks
    t = asyncio.create_task(step("f", 0.01))
    t.add_done_callback(lambda task: print("callback sees", task.result()))
    await t
    await asyncio.sleep(0)
    # wait_for cancels the task on timeout
    t2 = asyncio.create_task(step("g", 1))
    try:
        await asyncio.wait_for(t2, 0.02)
    except TimeoutError:
        print("wait_for timed out; task cancelled:", t2.cancelled())
    # shield keeps the inner task running
    t3 = asyncio.create_task(step("h", 0.4))
    try:
        await asyncio.wait_for(asyncio.shield(t3), 0.01)
    except TimeoutError:
        print("shielded task still running:", not t3.done())
    print("h result:", await t3)
    # nested timeouts and reschedule
    async with asyncio.timeout(1) as outer:
        try:
            async with asyncio.timeout(0.01):
                await asyncio.sleep(1)
        except TimeoutError:
            print("inner timed out, outer expired:", outer.expired())
        outer.reschedule(asyncio.get_running_loop().time() + 0.01)
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("never printed as CancelledError escapes as TimeoutError")
            raise
    print("unreachable")

try:
    asyncio.run(main())
except TimeoutError:
    print("outer timeout raised TimeoutError")

async def pubsub():
    subscribers = [asyncio.Queue() for _ in range(3)]
    async def publisher():
        for msg in ["news", "weather", None]:
            for q in subscribers:
                await q.put(msg)
            await asyncio.sleep(0)
    async def subscriber(i, q):
        got = []
        while (m := await q.get()) is not None:
            got.append(m)
        return i, got
    res = await asyncio.gather(publisher(), *(subscriber(i, q) for i, q in enumerate(subscribers)))
    print(res[1:])

asyncio.run(pubsub())
