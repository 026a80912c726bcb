import asyncio
import time

async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)
    return what.upper()

async def main():
    print(f"started")
    await say_after(0.02, 'hello')
    await say_after(0.01, 'world')
    task1 = asyncio.create_task(say_after(0.02, 'first'))
    task2 = asyncio.create_task(say_after(0.01, 'second'))
    print(await task1, await task2)
    results = await asyncio.gather(say_after(0.03, "a"), say_after(0.01, "b"), say_after(0.02, "c"))
    print(results)
    print("finished")

asyncio.run(main())

async def factorial(name, number):
    f = 1
    for i in range(2, number + 1):
        print(f"Task {name}: Compute factorial({number}), currently i={i}...")
        await asyncio.sleep(0)
        f *= i
    print(f"Task {name}: factorial({number}) = {f}")
    return f

async def main2():
    L = await asyncio.gather(factorial("A", 2), factorial("B", 3), factorial("C", 4))
    print(L)

asyncio.run(main2())

async def eternity():
    await asyncio.sleep(3600)
    print('yay!')

async def main3():
    try:
        await asyncio.wait_for(eternity(), timeout=0.05)
    except TimeoutError:
        print('timeout!')
    try:
        async with asyncio.timeout(0.02) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout ctx, expired:", cm.expired())
    t = asyncio.create_task(eternity())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled:", t.cancelled(), t.done())
    res = await asyncio.gather(asyncio.sleep(0.01, "x"), asyncio.sleep(0, "y"), return_exceptions=True)
    print(res)
    async def boom():
        raise ValueError("bad")
    res = await asyncio.gather(boom(), asyncio.sleep(0, 1), return_exceptions=True)
    print(res)
    try:
        await asyncio.gather(boom(), asyncio.sleep(0, 1))
    except ValueError as e:
        print("gather raised", repr(e))

asyncio.run(main3())
print(asyncio.run(asyncio.sleep(0, "direct")))
