import asyncio

def bad_callback(x):
    raise ValueError(f"callback failed with {x}")

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(bad_callback, 1)
    await asyncio.sleep(0.01)
    seen = []
    def handler(loop, context):
        seen.append((context["message"], type(context.get("exception")).__name__))
    loop.set_exception_handler(handler)
    loop.call_soon(bad_callback, 2)
    await asyncio.sleep(0.01)
    print(seen)
    loop.set_exception_handler(None)
    h = loop.call_later(10, print)
    print(type(h).__name__, h.cancelled())
    h.cancel()
    print(h.cancelled())
    print(repr(asyncio.current_task())[:40])
    t = asyncio.create_task(asyncio.sleep(0.01, "r"), name="sleeper")
    print(t.get_name(), t.get_coro().__class__.__name__)
    print(await t)
    print(repr(t).split(" coro=")[0])

asyncio.run(main())
