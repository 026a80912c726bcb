import asyncio
import re

def clean(s):
    return re.sub(r"0x[0-9a-f]+", "0x?", s)

async def waiter(fut):
    return await fut

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = asyncio.create_task(waiter(fut), name="W")
    await asyncio.sleep(0)
    print(clean(repr(t)))
    print(clean(repr(fut)))
    fut.set_result(5)
    print(clean(repr(fut)))
    await t
    print(clean(repr(t)))
    c = loop.create_future()
    c.cancel()
    print(repr(c), c.cancelled())
    e = loop.create_future()
    e.set_exception(ValueError("bad"))
    print(repr(e))
    e.exception()
    print(clean(repr(asyncio.Lock())), clean(repr(asyncio.Event())), clean(repr(asyncio.Semaphore(3))))
    lock = asyncio.Lock()
    await lock.acquire()
    print(clean(repr(lock)))
    lock.release()
    q = asyncio.Queue(maxsize=3)
    await q.put(1)
    print(clean(repr(q)), str(q))
    print(clean(repr(asyncio.Condition())), clean(repr(asyncio.Barrier(2))))
    async with asyncio.timeout(None) as cm:
        print(repr(cm))
    print(repr(cm))
    print(repr(asyncio.TaskGroup()))
    print(asyncio.Queue.__module__, asyncio.Task.__module__ in ("_asyncio", "asyncio.tasks"))
    done = asyncio.create_task(asyncio.sleep(0))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(done.done(), done.result())

asyncio.run(main())
