import asyncio
import time
import functools

async def compute(x, y):
    print("Compute %s + %s ..." % (x, y))
    await asyncio.sleep(0.01)
    return x + y

async def print_sum(x, y):
    result = await compute(x, y)
    print("%s + %s = %s" % (x, y, result))

loop = asyncio.get_event_loop()
loop.run_until_complete(print_sum(1, 2))
print(loop.is_running(), loop.is_closed())

def hello_world(loop, tag):
    print("Hello World", tag)
    loop.stop()

loop.call_soon(hello_world, loop, "soon")
loop.run_forever()
start = loop.time()
def tick(n):
    print("tick", n, loop.time() - start >= 0.05 * (n - 1))
    if n == 3:
        loop.stop()
    else:
        loop.call_later(0.05, tick, n + 1)
loop.call_soon(tick, 1)
loop.run_forever()
fut = loop.create_future()
loop.call_later(0.01, fut.set_result, "from call_later")
print(loop.run_until_complete(fut))
loop.call_soon(functools.partial(print, "partial", end="!\n"))
loop.run_until_complete(asyncio.sleep(0))
task = loop.create_task(compute(3, 4))
print(loop.run_until_complete(task), task.done())
loop.close()
c0 = compute(0, 0)
try:
    loop.run_until_complete(c0)
except RuntimeError as e:
    print("RuntimeError:", e)
c0.close()
print(asyncio.iscoroutinefunction(compute), asyncio.iscoroutinefunction(hello_world))
c = compute(1, 1)
print(asyncio.iscoroutine(c), type(c).__name__)
c.close()
new = asyncio.new_event_loop()
asyncio.set_event_loop(new)
print(new.run_until_complete(compute(5, 5)))
new.close()

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * i

class AsyncTimer:
    async def __aenter__(self):
        print("enter")
        return self
    async def __aexit__(self, *exc):
        print("exit", exc[0])
        return False

async def main():
    async for v in agen(4):
        print("agen", v)
    async with AsyncTimer() as t:
        print("inside", type(t).__name__)
    try:
        async with AsyncTimer():
            raise KeyError("x")
    except KeyError:
        print("KeyError propagated")
    squares = []
    async for v in agen(3):
        squares.append(v)
    print(squares)
    t0 = time.perf_counter()
    await asyncio.gather(*(asyncio.sleep(0.1) for _ in range(10)))
    print("10 concurrent sleeps of 0.1s took less than 1s:", time.perf_counter() - t0 < 1)

asyncio.run(main())
