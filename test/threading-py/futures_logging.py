# With logging configured, concurrent.futures reports through the "concurrent.futures" logger.
import concurrent.futures as cf
import logging
import sys

logging.basicConfig(stream=sys.stdout, format="%(levelname)s %(name)s: %(message)s")


def bad_callback(fut):
    raise ValueError("callback error")


f = cf.Future()
f.add_done_callback(bad_callback)
f.set_result(1)


def bad_init():
    raise RuntimeError("init error")


with cf.ThreadPoolExecutor(1, initializer=bad_init) as ex:
    try:
        ex.submit(print).result()
    except cf.BrokenExecutor as e:
        print("broken:", e)
logging.getLogger("concurrent.futures").disabled = True
g = cf.Future()
g.add_done_callback(bad_callback)
g.set_result(2)
print("silenced")
