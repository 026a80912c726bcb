# A cinema booking system: many customers try to book seats at once. A Lock makes
# check-then-book atomic so no seat is sold twice; customers who want a seat already taken get
# an error, and a waiting list uses a Condition for returned seats.
import threading
from dataclasses import dataclass, field


class SeatTaken(Exception):
    pass


@dataclass
class Cinema:
    seats: int
    sold: dict = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    returned: threading.Condition = field(default=None, repr=False)

    def __post_init__(self):
        self.returned = threading.Condition(self.lock)

    def book(self, seat, customer):
        with self.lock:
            if not 0 <= seat < self.seats:
                raise IndexError(f"no seat {seat}")
            if seat in self.sold:
                raise SeatTaken(f"seat {seat} already sold to {self.sold[seat]}")
            self.sold[seat] = customer

    def cancel(self, seat):
        with self.returned:
            del self.sold[seat]
            self.returned.notify()

    def wait_for_any_seat(self, customer, timeout):
        with self.returned:
            free = lambda: [s for s in range(self.seats) if s not in self.sold]
            if not self.returned.wait_for(free, timeout):
                return None
            seat = free()[0]
            self.sold[seat] = customer
            return seat


cinema = Cinema(seats=14)
outcomes = []
out_lock = threading.Lock()


def customer(name, wanted):
    for seat in wanted:
        try:
            cinema.book(seat, name)
            result = f"booked {seat}"
        except SeatTaken:
            result = f"lost {seat}"
        except IndexError as e:
            result = f"error {e}"
        with out_lock:
            outcomes.append((name, seat, result))


# every customer wants seat 0 and some others; exactly one gets seat 0
wishes = {f"c{i}": [0, i, (i * 5) % 16] for i in range(1, 9)}
threads = [threading.Thread(target=customer, args=(n, w)) for n, w in wishes.items()]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("seat 0 sold once:", sum(1 for _, s, r in outcomes if s == 0 and r.startswith("booked")) == 1)
print("no seat sold twice:", len(cinema.sold) == len(set(cinema.sold)))
print("sold seats:", sorted(cinema.sold))
print("bookings:", sum(1 for *_, r in outcomes if r.startswith("booked")), "of", len(outcomes), "attempts")
print("errors:", sorted({r for *_, r in outcomes if r.startswith("error")}))
free = [s for s in range(cinema.seats) if s not in cinema.sold]
print("free seats:", free)

# fill the remaining seats, then a waiting customer gets the first returned seat
for s in free:
    cinema.book(s, "walk-in")
got = []
waiter = threading.Thread(target=lambda: got.append(cinema.wait_for_any_seat("waiting-list", 5)))
waiter.start()
late = threading.Thread(target=lambda: got.append(("late", cinema.wait_for_any_seat("too-late", 0.05))))
late.start()
late.join()
cinema.cancel(7)
waiter.join()
print("waiting list got:", got)
print("seat 7 now:", cinema.sold[7])
print(repr(Cinema(seats=2)))
print("sold count:", len(cinema.sold), "walk-ins:", sum(1 for v in cinema.sold.values() if v == "walk-in"))
