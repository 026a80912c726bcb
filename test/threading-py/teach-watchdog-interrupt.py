# A watchdog thread that stops a main thread which runs too long: _thread.interrupt_main()
# raises KeyboardInterrupt in the main thread (here in a sleep loop and in a busy computation),
# which the main thread catches to clean up. A cooperative alternative with an Event follows.
import _thread
import threading
import time


def watchdog(delay, reason, fired):
    time.sleep(delay)
    fired.append(reason)
    _thread.interrupt_main()


fired = []
threading.Thread(target=watchdog, args=(0.05, "polling loop too slow", fired), daemon=True).start()
polls = 0
try:
    while True:
        polls += 1
        time.sleep(0.01)
except KeyboardInterrupt:
    print("interrupted while polling:", fired[-1], "| polled more than once:", polls > 1)

threading.Thread(target=watchdog, args=(0.05, "computation too slow", fired), daemon=True).start()
total = 0
try:
    n = 0
    while True:
        n += 1
        total += n * n
except KeyboardInterrupt:
    print("interrupted while computing:", fired[-1], "| made progress:", total > 0)
finally:
    print("cleanup ran")

# interrupt_main with another signal number and a Python handler for it
import signal

got = []
signal.signal(signal.SIGUSR1, lambda signum, frame: got.append(signal.Signals(signum).name))
t = threading.Thread(target=_thread.interrupt_main, args=(signal.SIGUSR1,))
t.start()
t.join()
deadline = time.monotonic() + 5
while not got and time.monotonic() < deadline:
    time.sleep(0.005)
print("handler for interrupt_main(SIGUSR1):", got)

# the cooperative way: the worker checks a stop flag set by the watchdog
stop = threading.Event()
steps = []


def long_job():
    while not stop.is_set():
        steps.append(len(steps))
        stop.wait(0.005)
    steps.append("stopped cleanly")


job = threading.Thread(target=long_job)
job.start()
timer = threading.Timer(0.05, stop.set)
timer.start()
job.join()
timer.join()
print("cooperative stop:", steps[-1], "| steps before:", len(steps) > 2)
print("main thread still fine:", threading.current_thread().name)
