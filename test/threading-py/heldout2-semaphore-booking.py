import threading
from concurrent.futures import ThreadPoolExecutor

class Theater:
    def __init__(self, seats):
        self.available = seats
        self.lock = threading.Lock()
        self.bookings = {}

    def book(self, customer, n):
        with self.lock:
            if self.available >= n:
                self.available -= n
                self.bookings[customer] = self.bookings.get(customer, 0) + n
                return f"{customer}: booked {n}"
            return f"{customer}: sold out (wanted {n}, {self.available} left)"

theater = Theater(10)
requests = [("ann", 3), ("bob", 4), ("cat", 2), ("dan", 5), ("eve", 1)]
with ThreadPoolExecutor(max_workers=1) as pool:
    for line in pool.map(lambda r: theater.book(*r), requests):
        print(line)
print(theater.available, theater.bookings)
gate = threading.Semaphore(2)
inside = []
peak = [0]
mtx = threading.Lock()
def visitor(i):
    with gate:
        with mtx:
            inside.append(i)
            peak[0] = max(peak[0], len(inside))
        threading.Event().wait(0.005)
        with mtx:
            inside.remove(i)
with ThreadPoolExecutor(max_workers=6) as pool:
    list(pool.map(visitor, range(12)))
print("peak inside:", peak[0], "left inside:", inside)
