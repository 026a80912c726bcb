from concurrent.futures import ThreadPoolExecutor
import threading
gate = threading.Event()
started = threading.Event()
def block():
    started.set()
    gate.wait()
    return "first"
ex = ThreadPoolExecutor(max_workers=1)
f1 = ex.submit(block)
started.wait()
others = [ex.submit(str, i) for i in range(3)]
print([f.cancel() for f in others[:1]])
gate.set()
ex.shutdown(wait=True, cancel_futures=True)
print(f1.result(), [f.cancelled() or f.done() for f in others], others[0].cancelled())
