# At exit: _register_atexit callbacks run (newest first) before the threads are joined;
# a thread joining the main thread goes on once the main thread's code is over.
import threading
import time


def join_main():
    threading.main_thread().join()
    print("main thread joined; it is alive:", threading.main_thread().is_alive())


def slow():
    time.sleep(0.1)
    print("slow thread done")


def callback(name):
    print("atexit callback", name)
    try:
        threading._register_atexit(print, "too late")
    except RuntimeError as e:
        print("  register during shutdown ->", e)


threading._register_atexit(callback, "first")
threading._register_atexit(callback, name="second")
threading.Thread(target=join_main).start()
threading.Thread(target=slow).start()
time.sleep(0.02)
print("main code done")
