from concurrent.futures import ThreadPoolExecutor, Future
import re
f = Future()
print(re.sub(r"0x[0-9a-f]+", "ADDR", repr(f)))
f.set_running_or_notify_cancel()
print(re.sub(r"0x[0-9a-f]+", "ADDR", repr(f)))
f.set_result([1, 2])
print(re.sub(r"0x[0-9a-f]+", "ADDR", repr(f)))
g = Future()
g.set_exception(ValueError("x"))
print(re.sub(r"0x[0-9a-f]+", "ADDR", repr(g)))
try:
    f.set_result(3)
except Exception as e:
    print(type(e).__name__, e)
with ThreadPoolExecutor(1) as ex:
    r = ex.submit(pow, 2, 10)
    print(r.result(), re.sub(r"0x[0-9a-f]+", "ADDR", repr(r)))
    try:
        ex.submit(pow, "a", 2).result()
    except TypeError as e:
        print("TypeError:", e)
