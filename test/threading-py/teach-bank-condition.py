# A bank account whose withdraw() waits (with a Condition) until the balance covers it, with
# an optional timeout; deposits notify waiters. A payroll thread deposits in steps while
# several withdrawers wait; the final balance and each withdrawer's outcome are printed.
import threading


class InsufficientFundsTimeout(Exception):
    pass


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.cond = threading.Condition()
        self.ledger = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        with self.cond:
            self.balance += amount
            self.ledger.append(("deposit", amount))
            self.cond.notify_all()

    def withdraw(self, amount, timeout=None):
        with self.cond:
            ok = self.cond.wait_for(lambda: self.balance >= amount, timeout=timeout)
            if not ok:
                raise InsufficientFundsTimeout(
                    f"{self.owner}: waited for {amount}, balance stayed {self.balance}")
            self.balance -= amount
            self.ledger.append(("withdraw", amount))
            return self.balance

    def __str__(self):
        return f"<Account {self.owner}: {self.balance}>"


acct = Account("alice", 50)
print(acct)
print("quick withdraw:", acct.withdraw(30))
try:
    acct.withdraw(1000, timeout=0.05)
except InsufficientFundsTimeout as e:
    print("timeout:", e)
try:
    acct.deposit(-5)
except ValueError as e:
    print("ValueError:", e)

outcomes = {}
waiting = threading.Semaphore(0)


def spender(name, amount):
    waiting.release()
    try:
        acct.withdraw(amount, timeout=5)
        outcomes[name] = f"got {amount}"
    except InsufficientFundsTimeout as e:
        outcomes[name] = str(e)


spenders = [threading.Thread(target=spender, args=(f"s{i}", amt)) for i, amt in enumerate([100, 40, 60])]
for s in spenders:
    s.start()
for _ in spenders:
    waiting.acquire()
print("balance before payroll:", acct.balance)


def payroll():
    for _ in range(10):
        acct.deposit(25)


p = threading.Thread(target=payroll, name="payroll")
p.start()
p.join()
for s in spenders:
    s.join()
print("outcomes:", sorted(outcomes.items()))
print("final:", acct)
deposits = sum(a for kind, a in acct.ledger if kind == "deposit")
withdrawals = sum(a for kind, a in acct.ledger if kind == "withdraw")
print("ledger: deposits", deposits, "withdrawals", withdrawals, "start 50 ->", 50 + deposits - withdrawals)
print("ledger entries:", len(acct.ledger))

# a withdrawal that can never be covered ends by its timeout while others continue
acct2 = Account("bob", 10)
res = []
t = threading.Thread(target=lambda: res.append(acct2.withdraw(5)))
u = threading.Thread(target=lambda: res.append(acct2.withdraw(500, timeout=0.1)))
u.start()
t.start()
t.join()
u.join()
print("bob:", acct2, "results:", res)
