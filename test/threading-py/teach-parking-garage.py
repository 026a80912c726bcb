# A parking garage with a fixed number of spaces (a Semaphore) and a gate log. Cars arrive in
# waves released by the main thread; some drivers give up after a timeout when the garage is
# full. Departures are triggered explicitly so the occupancy at each step is known.
import threading


class Garage:
    def __init__(self, spaces):
        self.spaces = spaces
        self._free = threading.Semaphore(spaces)
        self._lock = threading.Lock()
        self.parked = set()
        self.max_seen = 0
        self.log = []

    def enter(self, car, patience):
        if not self._free.acquire(timeout=patience):
            with self._lock:
                self.log.append(f"{car} gave up")
            return False
        with self._lock:
            self.parked.add(car)
            self.max_seen = max(self.max_seen, len(self.parked))
            self.log.append(f"{car} parked")
        return True

    def leave(self, car):
        with self._lock:
            self.parked.remove(car)
            self.log.append(f"{car} left")
        self._free.release()

    def occupancy(self):
        with self._lock:
            return len(self.parked)


garage = Garage(spaces=3)
leave_signal = {}
results = {}


def driver(car, patience):
    leave_signal[car] = threading.Event()
    ok = garage.enter(car, patience)
    results[car] = ok
    if ok:
        leave_signal[car].wait()
        garage.leave(car)


def wave(cars, patience):
    threads = [threading.Thread(target=driver, args=(c, patience), name=c) for c in cars]
    for t in threads:
        t.start()
    return threads


first = wave(["A", "B", "C"], patience=1)
while garage.occupancy() < 3:
    threading.Event().wait(0.005)
print("after first wave:", sorted(garage.parked))

impatient = wave(["D", "E"], patience=0.05)
for t in impatient:
    t.join()
print("impatient drivers parked:", {c: results[c] for c in "DE"})

patient = wave(["F"], patience=5)
threading.Event().wait(0.05)
print("F waiting, occupancy:", garage.occupancy())
leave_signal["B"].set()
while "F" not in garage.parked:
    threading.Event().wait(0.005)
print("after B left:", sorted(garage.parked))

for car in ["A", "C", "F"]:
    leave_signal[car].set()
for t in first + patient:
    t.join()
print("finally parked:", sorted(garage.parked), "| occupancy:", garage.occupancy())
print("never more than 3:", garage.max_seen <= 3, garage.max_seen)
print("gave up:", sorted(e.split()[0] for e in garage.log if e.endswith("gave up")))
print("parked events:", sorted(e.split()[0] for e in garage.log if e.endswith("parked")))
print("B left before F parked:", garage.log.index("B left") < garage.log.index("F parked"))
print("free spaces back to 3:", all(garage._free.acquire(blocking=False) for _ in range(3)),
      garage._free.acquire(blocking=False))
