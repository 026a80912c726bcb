# When the main thread's code ends, non-daemon threads are waited for (also one started
# during that wait); daemon threads are dropped.
import threading
import time


def daemon_loop():
    while True:
        time.sleep(0.01)


def slow(name, delay):
    time.sleep(delay)
    print(name, "finished after main")


def starter():
    time.sleep(0.1)
    print("starter starts another thread")
    threading.Thread(target=slow, args=("late child", 0.2)).start()


threading.Thread(target=daemon_loop, daemon=True).start()
threading.Thread(target=slow, args=("slow", 0.8)).start()
threading.Thread(target=starter).start()
print("main code done")
