# Bank accounts with locks: transfers between accounts from many threads. Locks are taken in a
# fixed order (by account id) so two opposite transfers cannot deadlock. The total balance must
# be conserved; an unlocked counter shows the race-free version with a Lock.
import threading


class InsufficientFunds(Exception):
    pass


class Account:
    def __init__(self, ident, balance):
        self.ident = ident
        self.balance = balance
        self.lock = threading.Lock()
        self.history = []

    def __repr__(self):
        return f"Account({self.ident}, balance={self.balance})"


def transfer(src, dst, amount):
    first, second = (src, dst) if src.ident < dst.ident else (dst, src)
    with first.lock:
        with second.lock:
            if src.balance < amount:
                raise InsufficientFunds(f"account {src.ident} has {src.balance}, needs {amount}")
            src.balance -= amount
            dst.balance += amount
            src.history.append(-amount)
            dst.history.append(amount)


accounts = [Account(i, 1000) for i in range(4)]
failures = []
failures_lock = threading.Lock()


def teller(tid, rounds):
    for r in range(rounds):
        src = accounts[(tid + r) % 4]
        dst = accounts[(tid + r + 1 + r % 2) % 4]
        if src is dst:
            continue
        try:
            transfer(src, dst, 10 * (tid + 1))
        except InsufficientFunds as e:
            with failures_lock:
                failures.append(str(e))


tellers = [threading.Thread(target=teller, args=(t, 50)) for t in range(6)]
for t in tellers:
    t.start()
for t in tellers:
    t.join()

print("balances:", [a.balance for a in accounts])
total = sum(a.balance for a in accounts)
print("total conserved:", total == 4000, total)
print("transactions:", sum(len(a.history) for a in accounts))
print("failures:", len(failures))
print("no negative balance:", all(a.balance >= 0 for a in accounts))
for a in accounts:
    print(a.ident, "net change", sum(a.history), "== balance - 1000:", sum(a.history) == a.balance - 1000)

# an overdraft is refused with the custom exception
poor = Account(10, 5)
rich = Account(11, 0)
try:
    transfer(poor, rich, 50)
except InsufficientFunds as e:
    print("refused:", e)
print(poor, rich)
print("locks free:", not poor.lock.locked(), not rich.lock.locked())

# a shared counter guarded by a Lock reaches the exact total
counter = 0
counter_lock = threading.Lock()


def deposit_many(n):
    global counter
    for _ in range(n):
        with counter_lock:
            value = counter
            counter = value + 1


workers = [threading.Thread(target=deposit_many, args=(2000,)) for _ in range(5)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print("counter:", counter)

# Lock.acquire with blocking=False and a timeout while another thread holds it
held = threading.Lock()
held.acquire()
results = []
t = threading.Thread(target=lambda: results.append((held.acquire(blocking=False), held.acquire(timeout=0.05))))
t.start()
t.join()
print("try-acquire while held:", results)
held.release()
print("acquire after release:", held.acquire(blocking=False))
held.release()
try:
    held.release()
except RuntimeError as e:
    print("RuntimeError:", e)
