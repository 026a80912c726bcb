# Lock and RLock: acquire's arguments, release errors, reprs, context managers, the private
# RLock methods Condition uses.
import _thread
import threading


def show(f, *args, **kwargs):
    try:
        print("  ->", repr(f(*args, **kwargs)))
    except BaseException as e:
        print("  ->", type(e).__name__, e)


lock = _thread.allocate_lock()
print(repr(lock).split(" at ")[0])
for args, kwargs in [((1.5,), {}), (("x",), {}), ((True, "1"), {}), ((True, None), {}),
                     ((), {"timeout": 1e20}), ((), {"timeout": -2}), ((False, 1), {}),
                     ((), {"blocking": 0, "timeout": -1}), ((), {"foo": 1}), ((1, 2, 3), {}),
                     ((2 ** 70,), {}), ((True, float("nan")), {}), ((True, float("inf")), {})]:
    print("acquire", args, kwargs)
    show(lock.acquire, *args, **kwargs)
    if lock.locked():
        lock.release()
print(lock.acquire(), lock.locked(), repr(lock).split(" at ")[0])
print(lock.acquire(False), lock.acquire(blocking=False), lock.acquire(True, 0), lock.acquire(timeout=0.01))
lock.release()
show(lock.release)
show(lock.release, 1)
show(lock.locked, 1)
with lock:
    print("inside with:", lock.locked())
print("after with:", lock.locked())
print(lock.__enter__(), lock.__exit__(None, None, None))
print(lock.acquire(), lock.__exit__())
print(lock.acquire_lock(), lock.locked_lock(), lock.release_lock(), lock.locked())

# a plain lock may be released by another thread
lock.acquire()
t = threading.Thread(target=lock.release)
t.start()
t.join()
print("released by another thread:", not lock.locked())

r = _thread.RLock()
print(repr(r).split(" at ")[0])
print(r.acquire(), r.acquire(), r._recursion_count(), r._is_owned())
print(repr(r).split(" owner=")[0], repr(r).split(" count=")[1].split(" ")[0])
state = r._release_save()
print(state[0], state[1] == _thread.get_ident(), r._is_owned(), r._recursion_count())
show(r.release)
show(r._release_save)
r._acquire_restore(state)
print(r._recursion_count())
show(r._acquire_restore, (5,))
show(r._acquire_restore, 5)
show(r._acquire_restore, ("a", 1))
r.release()
r.release()
print(r._is_owned(), repr(r).split(" at ")[0])
print(r.acquire(timeout=0), r.acquire(blocking=False), r._recursion_count())
print(r.__enter__(), r.__exit__(None, None, None), r._recursion_count())
r.release()
r.release()


def other_thread_release():
    try:
        r.release()
    except RuntimeError as e:
        print("other thread:", e)
    print("other thread owns it:", r._is_owned(), r.acquire(False))


r.acquire()
t = threading.Thread(target=other_thread_release)
t.start()
t.join()
r.release()


class MyRLock(_thread.RLock):
    pass


m = MyRLock()
print(type(m).__name__, m.acquire(), repr(m).split(" owner")[0])
m.release()
