import math, random, string
def sieve(n):
    is_p = [True] * (n + 1); is_p[0:2] = [False, False]
    for i in range(2, math.isqrt(n) + 1):
        if is_p[i]:
            is_p[i*i::i] = [False] * len(range(i*i, n + 1, i))
    return [i for i, p in enumerate(is_p) if p]
print(sieve(50), len(sieve(10000)), sum(sieve(1000)))
def is_pal(s):
    t = "".join(ch.lower() for ch in s if ch.isalnum())
    return t == t[::-1]
print([is_pal(s) for s in ["A man, a plan, a canal: Panama", "hello", "No 'x' in Nixon", ""]])
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac"]
groups = {}
for w in words:
    groups.setdefault("".join(sorted(w)), []).append(w)
print(sorted(groups.values(), key=len, reverse=True))
memo = {0: 0, 1: 1}
def fib(n):
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(90), fib(200), len(str(fib(500))))
print(string.ascii_lowercase[:5], string.digits, string.punctuation[:5], string.ascii_uppercase[-3:], string.capwords("hello  big world"))
caesar = lambda s, k: "".join(chr((ord(c) - 97 + k) % 26 + 97) if c.islower() else c for c in s)
print(caesar("hello, world", 3), caesar(caesar("hello, world", 3), -3))
table = [("Name", "Qty", "Price"), ("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 0.1)]
w = [max(len(str(r[i])) for r in table) for i in range(3)]
for r in table:
    print(" | ".join(str(c).ljust(w[i]) if i == 0 else str(c).rjust(w[i]) for i, c in enumerate(r)))
total = sum(q * p for _, q, p in table[1:])
print(f"Total: {total:>10.2f}", f"{total:08.3f}", f"{total:,.1f}", f"{total:e}", f"{int(total):b}")
class Account:
    interest = 0.02
    def __init__(self, owner, balance=0.0):
        self.owner, self.balance = owner, balance
        self.history = []
    def deposit(self, amt):
        if amt <= 0: raise ValueError("Deposit must be positive")
        self.balance += amt; self.history.append(("dep", amt)); return self
    def withdraw(self, amt):
        if amt > self.balance: raise ValueError(f"Insufficient funds: {self.balance:.2f} < {amt:.2f}")
        self.balance -= amt; self.history.append(("wd", amt)); return self
    def __str__(self): return f"{self.owner}: ${self.balance:,.2f}"
    def __repr__(self): return f"Account({self.owner!r}, {self.balance!r})"
a = Account("Ann", 100).deposit(50.5).withdraw(20)
print(a, repr(a), a.history, vars(a)["owner"], getattr(a, "interest"), Account.interest * a.balance)
for bad in (lambda: a.deposit(-1), lambda: a.withdraw(1e6)):
    try: bad()
    except ValueError as e: print("Error:", e)
random.seed(7)
grid = [[random.randint(0, 9) for _ in range(5)] for _ in range(4)]
for row in grid: print(*row, sep=" ")
print([sum(c) for c in zip(*grid)], max(map(max, grid)), sorted(set(x for r in grid for x in r)))
gen = (x * x for x in range(10) if x % 2)
print(next(gen), list(gen), sum(x for x in range(101)), any(c.isupper() for c in "abC"), list(map(lambda p: p[0] * p[1], zip(range(3), range(3, 6)))))
print(round(math.pi, 4), round(math.e ** 2, 3), math.sqrt(2) ** 2 == 2, math.isclose(math.sqrt(2) ** 2, 2), 0.1 * 3, 1e-3 * 1e3, 10 / 3, 2 ** 63, -2 ** 63, (-2) ** 63)
s = "The Quick Brown Fox"
print(s.lower().split(), s.swapcase(), s.istitle(), "".join(w[0] for w in s.split()), s.replace(" ", "_").upper(), len(s), s.index("Q"), s[4:9], s.split("o"), s.count("o"))
print(sorted(s.split(), key=str.lower), sorted(s.split(), key=len), " ".join(reversed(s.split())), s.center(25, "*"), s.encode()[:5], list(map(ord, "AZ")))
