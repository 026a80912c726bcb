import threading

class BankAccount:
    def __init__(self):
        self.balance = 0
        self._lock = threading.Lock()
    def deposit(self, amount):
        with self._lock:
            self.balance += amount

acct = BankAccount()
def many_deposits():
    for _ in range(10000):
        acct.deposit(1)
workers = [threading.Thread(target=many_deposits) for _ in range(5)]
[w.start() for w in workers]
[w.join() for w in workers]
print("Final balance:", acct.balance)
lock = threading.Lock()
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
r = threading.RLock()
with r:
    with r:
        print("reentrant ok")
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
