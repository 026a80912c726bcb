import asyncio
import threading
import time
import concurrent.futures

def blocking_io(n):
    time.sleep(0.02)
    return f"io-{n} in {threading.current_thread().name.split('_')[0]}"

def cpu(n):
    return sum(i * i for i in range(n))

async def main():
    loop = asyncio.get_running_loop()
    r1 = await loop.run_in_executor(None, blocking_io, 1)
    print(r1)
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        r2 = await loop.run_in_executor(pool, cpu, 1000)
    print("custom pool", r2)
    r3 = await asyncio.to_thread(blocking_io, 3)
    print(r3)
    results = await asyncio.gather(asyncio.to_thread(cpu, 10), asyncio.to_thread(cpu, 20))
    print(results)

    async def job(name, delay):
        await asyncio.sleep(delay)
        return name
    tasks = [asyncio.create_task(job(n, d), name=n) for n, d in [("slow", 0.6), ("fast", 0.05), ("mid", 0.3)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print([t.result() for t in done], sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(tasks, timeout=0.2)
    print(sorted(t.result() for t in done), len(pending))
    for coro in asyncio.as_completed([job("x", 0.2), job("y", 0.1), job("z", 0.0)]):
        print("as_completed:", await coro)
    await asyncio.wait(tasks)
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())

def run_loop_in_thread(loop, started):
    asyncio.set_event_loop(loop)
    started.set()
    loop.run_forever()

loop = asyncio.new_event_loop()
started = threading.Event()
t = threading.Thread(target=run_loop_in_thread, args=(loop, started))
t.start()
started.wait()
async def remote(x):
    await asyncio.sleep(0.01)
    return x * 10
fut = asyncio.run_coroutine_threadsafe(remote(4), loop)
print("threadsafe result:", fut.result(timeout=5))
loop.call_soon_threadsafe(loop.stop)
t.join()
loop.close()
print(loop.is_closed())
