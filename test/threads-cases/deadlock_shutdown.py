# The main thread ends, and threading._shutdown() waits for a thread that waits forever.
import threading

never = threading.Event()


def waiter():
    never.wait()


threading.Thread(target=waiter, name="stuck").start()
print("main done")
