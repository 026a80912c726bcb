# A daemon thread waits in input() on a stdin that never ends; the program still ends with its
# main thread.
import threading


def reader():
    print("never", input())


threading.Thread(target=reader, daemon=True).start()
print("main ends")
