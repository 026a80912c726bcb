# The traceback of an exception re-raised by Future.result() shows the worker's frames.
import concurrent.futures as cf


def inner(x):
    return {"a": 1}[x]


def outer(x):
    return inner(x)


with cf.ThreadPoolExecutor(1) as ex:
    f = ex.submit(outer, "b")
    print("submitted")
    f.result()
