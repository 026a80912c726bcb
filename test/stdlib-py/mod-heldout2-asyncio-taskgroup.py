import asyncio
async def ok(n):
    await asyncio.sleep(0.05 * n); return n
async def bad(n, exc=ValueError):
    await asyncio.sleep(0.05 * n); raise exc(n)
async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(ok(1)); b = tg.create_task(ok(2))
    print(a.result(), b.result(), repr(tg))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad(1)); tg.create_task(bad(20, KeyError)); s = tg.create_task(ok(40))
            await asyncio.sleep(1)
            print("not reached")
    except* ValueError as eg:
        print("VE", [str(e) for e in eg.exceptions])
    except* KeyError as eg:
        print("KE", [repr(e) for e in eg.exceptions])
    print(s.cancelled())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok(1))
            raise RuntimeError("body failed")
    except* RuntimeError as eg:
        print("body:", eg.exceptions)
    t = asyncio.current_task()
    print(t.cancelling())
    try:
        async with asyncio.timeout(0.01):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(ok(100))
    except TimeoutError:
        print("timeout around taskgroup")
    tg = asyncio.TaskGroup()
    c = ok(1)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print(e)
    c.close()
asyncio.run(main())
