# expected: by hand (CPython does not wake a blocked main thread for interrupt_main; pygil does, as for Ctrl-C)
# _thread.interrupt_main() raises KeyboardInterrupt in the main thread, also while it waits in
# join, sleep or acquire.
import _thread
import threading
import time


def interrupt_later():
    time.sleep(0.05)
    _thread.interrupt_main()


def attempt(label, wait):
    t = threading.Thread(target=interrupt_later)
    t.start()
    try:
        wait()
        print(label, "not interrupted")
    except KeyboardInterrupt:
        print(label, "interrupted")
    t.join()


blocker = threading.Thread(target=time.sleep, args=(0.5,))
blocker.start()
attempt("join", blocker.join)
attempt("sleep", lambda: time.sleep(5))
lock = threading.Lock()
lock.acquire()
attempt("acquire", lock.acquire)
print("lock still held by main:", lock.locked())
event = threading.Event()
attempt("event wait", event.wait)


def spin():
    n = 0
    while True:
        n += 1


attempt("busy loop", spin)
blocker.join()
