from concurrent.futures import ThreadPoolExecutor
from concurrent.futures.thread import BrokenThreadPool
import threading
def init(tag):
    threading.current_thread().tag = tag
def get_tag():
    return threading.current_thread().tag
with ThreadPoolExecutor(2, initializer=init, initargs=("T",)) as ex:
    print(list(ex.map(lambda _: get_tag(), range(4))))
def bad_init():
    raise RuntimeError("init failed")
ex = ThreadPoolExecutor(1, initializer=bad_init)
f = ex.submit(print, "never")
try:
    f.result()
except BrokenThreadPool as e:
    print("BrokenThreadPool:", e)
try:
    ex.submit(print, "x")
except BrokenThreadPool as e:
    print("BrokenThreadPool again:", e)
ex.shutdown()
try:
    ThreadPoolExecutor(initializer=5)
except TypeError as e:
    print("TypeError:", e)
