from concurrent.futures import ThreadPoolExecutor, as_completed, TimeoutError
import threading
ev = threading.Event()
with ThreadPoolExecutor(2) as ex:
    fs = [ex.submit(ev.wait), ex.submit(lambda: "ok")]
    try:
        for f in as_completed(fs, timeout=0.1):
            print("completed:", f.result())
    except TimeoutError as e:
        print("TimeoutError:", e)
    ev.set()
