import asyncio


async def double(x):
    await asyncio.sleep(0)
    return x * 2


async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def main():
    print([await double(x) for x in range(4)])
    print({x: await double(x) for x in range(3)})
    print({await double(x) for x in range(3)})
    print([x async for x in agen(5)])
    print([x * y async for x in agen(3) for y in range(2) if x])
    print([y for x in range(2) async for y in agen(x + 2)])
    print({x: x * x async for x in agen(3) if x % 2 == 0})
    print([[await double(y) for y in range(x)] for x in range(3)])
    g = (await double(x) for x in range(3))
    print(type(g).__name__, [v async for v in g])
    h = (x async for x in agen(3))
    print(type(h).__name__, [v async for v in h])
    print([v for v in [await double(i) for i in range(2)]])
    results = [await t for t in asyncio.as_completed([double(5), double(6)])]
    print(sorted(results))
    try:
        print([x async for x in agen(3) if 1 / (x - 1)])
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    print([x async for x in agen(0)], [i async for i in agen(2)] == [0, 1])


asyncio.run(main())
for src in ["x = [await y for y in z]", "def f():\n    return [y async for y in z]",
            "def f():\n    return (y async for y in z)", "def f():\n    return [x for x in await z]",
            "def f():\n    return {y: 1 async for y in z}", "x = (y async for y in z)"]:
    try:
        compile(src, "<src>", "exec")
        print("ok")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno, e.offset, e.end_offset)
