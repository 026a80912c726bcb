import asyncio

async def fetch(n):
    await asyncio.sleep(0.02 * n)
    if n == 2:
        raise ConnectionError(f"server {n} unreachable")
    return f"data{n}"

async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(fetch(1))
        t3 = tg.create_task(fetch(3))
    print("taskgroup results:", t1.result(), t3.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch(1))
            tg.create_task(fetch(2))
            slow = tg.create_task(fetch(30))
    except* ConnectionError as eg:
        print("caught group:", [str(e) for e in eg.exceptions])
    print("slow cancelled:", slow.cancelled())
    task = asyncio.create_task(fetch(4), name="fetcher")
    await asyncio.sleep(0)
    print(task.get_name(), task.done(), task.cancel("stop it"), task.cancelling())
    try:
        await task
    except asyncio.CancelledError as e:
        print("CancelledError args:", e.args)
    inner = asyncio.create_task(fetch(1))
    outer = asyncio.shield(inner)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled, inner:", await inner)
    print(asyncio.current_task().get_name(), len(asyncio.all_tasks()))
    fut = asyncio.get_running_loop().create_future()
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    fut.set_exception(KeyError("k"))
    try:
        await fut
    except KeyError as e:
        print("awaited future raised", repr(e))
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    loop = asyncio.get_running_loop()
    got = []
    loop.call_soon(got.append, "soon")
    loop.call_later(0.01, got.append, "later")
    h = loop.call_later(0.005, got.append, "cancelled")
    h.cancel()
    await asyncio.sleep(0.02)
    print(got)
    coro = fetch(1)
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()

asyncio.run(main())
try:
    asyncio.run(123)
except ValueError as e:
    print("ValueError:", e)

async def never_awaited():
    raise RuntimeError("lost error")

async def main2():
    asyncio.create_task(never_awaited())
    await asyncio.sleep(0.01)
    print("main2 done")

asyncio.run(main2())

async def crash():
    await asyncio.sleep(0)
    return 1 / 0

asyncio.run(crash())
