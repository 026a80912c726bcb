# Threads started with _thread: exceptions reported as unraisable, SystemExit silent, _count.
import _thread
import threading
import time

done = threading.Event()


def fails(x):
    raise ValueError(x)


def exits():
    raise SystemExit(3)


def exits_thread():
    _thread.exit()


def finishes(a, b=0):
    print("finishes", a, b)
    done.set()


_thread.start_new_thread(fails, (1,))
_thread.start_new_thread(exits, ())
_thread.start_new_thread(exits_thread, ())
_thread.start_new_thread(finishes, (1,), {"b": 2})
done.wait()
time.sleep(0.05)
print("count", _thread._count())
