# RLock (native) and the Python _RLock/_PyRLock: reentrancy, owner checks, errors.
import threading


def check(make, label):
    print("--", label)
    r = make()
    print(r.acquire(), r.acquire(), r._is_owned(), r._recursion_count())
    r.release()
    print("still owned after one release:", r._is_owned())
    r.release()
    print("free:", r._is_owned(), r._recursion_count())
    try:
        r.release()
    except RuntimeError as e:
        print("release too many ->", e)

    with r:
        with r:
            print("nested with ok", r._recursion_count())

    # another thread cannot release it, nor acquire it while we hold it
    r.acquire()
    results = []

    def other():
        try:
            r.release()
        except RuntimeError as e:
            results.append("release by other -> " + str(e))
        results.append("other acquire non-blocking: " + str(r.acquire(False)))
        results.append("other acquire timeout: " + str(r.acquire(timeout=0.05)))

    t = threading.Thread(target=other)
    t.start()
    t.join()
    print("\n".join(results))
    r.release()

    # _release_save / _acquire_restore, used by Condition
    r.acquire()
    r.acquire()
    state = r._release_save()
    print("after _release_save:", r._is_owned(), type(state).__name__, state[0])
    got = []
    t = threading.Thread(target=lambda: got.append(r.acquire(False)) or r.release())
    t.start()
    t.join()
    print("another thread could take it:", got)
    r._acquire_restore(state)
    print("restored:", r._is_owned(), r._recursion_count())
    r.release()
    r.release()
    try:
        r._release_save()
    except RuntimeError as e:
        print("_release_save unowned ->", e)

    # a blocked acquire gets the lock when the owner fully releases it
    r.acquire()
    r.acquire()
    log = []

    def wait_for_it():
        r.acquire()
        log.append("other got it")
        r.release()

    t = threading.Thread(target=wait_for_it)
    t.start()
    t.join(0.05)
    log.append("first release")
    r.release()
    t.join(0.05)
    log.append("second release")
    r.release()
    t.join()
    print(log)


check(threading.RLock, "threading.RLock")
check(threading._PyRLock, "threading._PyRLock")
print(threading._PyRLock is threading._RLock)
r = threading._PyRLock()
print(repr(r).split(" at ")[0])
r.acquire()
print(repr(r).split(" at ")[0])
r.acquire()
print(repr(r).split(" at ")[0], "acquire again returns", r.acquire())
