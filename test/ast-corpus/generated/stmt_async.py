async def f():
    await x
    await f(1)
    x = await y
    async for a in b:
        pass
    async for a, b in c:
        pass
    else:
        pass
    async with a as b:
        pass
    async with a, b as c:
        pass
    return await x
    result = [await x async for x in y]
    result = [x async for x in y if await x]
    result = {x: y async for x, y in z}
    result = (x async for x in y)
    result = await (await x)
    result = -await x
    result = await x ** 2
    result = await x.y()
@dec
async def g() -> int: pass
async def h(a, *, b): yield a
