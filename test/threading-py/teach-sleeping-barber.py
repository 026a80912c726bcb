# The sleeping barber: a barber sleeps until a customer arrives; a waiting room with 3 chairs;
# customers who find it full leave. Arrivals are paced by the main thread so the outcome is
# fixed: the barber is kept busy with an Event per haircut, released by the main thread.
import queue
import threading

CHAIRS = 3
waiting_room = queue.Queue(maxsize=CHAIRS)
events = []
events_lock = threading.Lock()
haircut_may_finish = {}
served = []
turned_away = []
barber_ready = threading.Event()


def note(msg):
    with events_lock:
        events.append(msg)


def barber():
    barber_ready.set()
    while True:
        customer = waiting_room.get()
        if customer is None:
            note("barber goes home")
            waiting_room.task_done()
            return
        note(f"barber cuts {customer}")
        haircut_may_finish[customer].wait()
        served.append(customer)
        waiting_room.task_done()


def customer_arrives(name):
    haircut_may_finish[name] = threading.Event()
    with events_lock:  # the barber cannot log taking us before we log sitting down
        try:
            waiting_room.put_nowait(name)
            events.append(f"{name} sits down")
        except queue.Full:
            turned_away.append(name)
            events.append(f"{name} leaves, no chair")


b = threading.Thread(target=barber, name="barber")
b.start()
barber_ready.wait()
# first customer: wait until the barber has taken them into the chair
customer_arrives("c1")
while "barber cuts c1" not in events:
    threading.Event().wait(0.005)
# four more arrive while c1 is in the chair: three sit, one leaves
for name in ["c2", "c3", "c4", "c5"]:
    customer_arrives(name)
print("waiting:", waiting_room.qsize(), "turned away:", turned_away)
# finish haircuts one by one
for name in ["c1", "c2", "c3", "c4"]:
    haircut_may_finish[name].set()
waiting_room.put(None)
waiting_room.join()
b.join()
print("served:", served)
for e in events:
    print(" ", e)
print("barber alive:", b.is_alive())
