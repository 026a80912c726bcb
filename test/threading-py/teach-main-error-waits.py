# The main thread dies with an uncaught exception while a non-daemon worker is still busy:
# the traceback is printed first, then the interpreter waits for the worker, whose last
# message comes after the traceback; the exit status is 1.
import sys
import threading
import time

started = threading.Event()


def slow_saver(items):
    started.set()
    time.sleep(0.2)
    print(f"saver: saved {len(items)} items", flush=True)


def validate(order):
    if order["qty"] <= 0:
        raise ValueError(f"order {order['id']}: quantity must be positive, got {order['qty']}")
    return order["qty"] * order["price"]


orders = [{"id": 1, "qty": 2, "price": 10}, {"id": 2, "qty": 1, "price": 5}, {"id": 3, "qty": 0, "price": 7}]
saver = threading.Thread(target=slow_saver, args=(orders,))
saver.start()
started.wait()
total = 0
for order in orders:
    total += validate(order)
    print("running total:", total, flush=True)
print("not reached")
