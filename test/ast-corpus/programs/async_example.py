import asyncio
import random


async def fetch(name: str, delay: float) -> str:
    await asyncio.sleep(delay)
    if random.random() < 0.1:
        raise ConnectionError(name)
    return f"{name} done after {delay:.2f}s"


async def ticker(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)


class AsyncTimer:
    async def __aenter__(self):
        self.start = asyncio.get_running_loop().time()
        return self

    async def __aexit__(self, *exc):
        self.elapsed = asyncio.get_running_loop().time() - self.start
        return False


async def main():
    async with AsyncTimer() as timer:
        results = await asyncio.gather(*(fetch(f"job{i}", random.uniform(0, 0.05)) for i in range(5)),
                                       return_exceptions=True)
    for r in results:
        print("error:" if isinstance(r, Exception) else "ok:", r)
    print(f"took {timer.elapsed:.3f}s")
    squares = [i * i async for i in ticker(5) if i % 2 == 0]
    print(squares)
    async for i in ticker(2):
        print("tick", i)
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out")


asyncio.run(main())
