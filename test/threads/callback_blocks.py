# A __hash__ or __eq__ called by a dict or set operation may block (a contended lock, a
# Condition wait, a sleep): the other threads go on meanwhile, as in CPython.
import threading
import time

lock = threading.Lock()
events = []


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        with lock:                  # held by holder() for a while
            events.append("hash %d" % self.v)
            return hash(self.v)

    def __eq__(self, other):
        time.sleep(0.005)
        return isinstance(other, Key) and other.v == self.v


def holder():
    with lock:
        time.sleep(0.05)
        events.append("holder done")


t = threading.Thread(target=holder)
t.start()
time.sleep(0.01)
d = {Key(1): "one"}
print(d[Key(1)], Key(2) in d)
print(len({Key(3), Key(3)}))
t.join()
print(events)

# a Condition wait inside __eq__, ended by a Timer thread
cond = threading.Condition()
ready = []


class Waits:
    def __hash__(self):
        return 7

    def __eq__(self, other):
        with cond:
            while not ready:
                cond.wait()
        return True


def set_ready():
    with cond:
        ready.append(True)
        cond.notify_all()


table = {Waits(): "found"}
timer = threading.Timer(0.02, set_ready)
timer.start()
print(table[Waits()])
timer.join()
