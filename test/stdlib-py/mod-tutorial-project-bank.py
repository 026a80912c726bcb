# A small course project: bank accounts with dataclasses, enum, logging, json persistence and errors
import json
import logging
import sys
import tempfile
import os
from dataclasses import dataclass, field, asdict
from datetime import datetime, timedelta
from enum import Enum
from collections import defaultdict
from functools import total_ordering

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s" if False else "%(levelname)-7s %(name)s: %(message)s")
log = logging.getLogger("bank")

class TxKind(Enum):
    DEPOSIT = "deposit"
    WITHDRAW = "withdraw"
    TRANSFER = "transfer"

class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__(f"balance {balance:.2f} is less than {amount:.2f}")
        self.balance = balance
        self.amount = amount

@dataclass
class Transaction:
    kind: TxKind
    amount: float
    when: datetime

@total_ordering
@dataclass
class Account:
    owner: str
    balance: float = 0.0
    history: list = field(default_factory=list, repr=False)
    def deposit(self, amount, when):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(Transaction(TxKind.DEPOSIT, amount, when))
        log.info("%s deposited %.2f", self.owner, amount)
    def withdraw(self, amount, when):
        if amount > self.balance:
            log.warning("%s: refused withdrawal of %.2f", self.owner, amount)
            raise InsufficientFunds(self.balance, amount)
        self.balance -= amount
        self.history.append(Transaction(TxKind.WITHDRAW, amount, when))
    def __lt__(self, other):
        return self.balance < other.balance

start = datetime(2024, 1, 1, 9, 0)
alice = Account("alice")
bob = Account("bob", 50)
alice.deposit(100, start)
alice.deposit(25.5, start + timedelta(hours=2))
try:
    bob.withdraw(80, start + timedelta(days=1))
except InsufficientFunds as e:
    print("error:", e, e.balance, e.amount, repr(e))
try:
    alice.deposit(-5, start)
except ValueError as e:
    print("error:", e)
alice.withdraw(30, start + timedelta(days=2))
print(alice, bob, sorted([alice, bob]), max(alice, bob).owner, alice > bob)
for tx in alice.history:
    print(f"{tx.when:%Y-%m-%d %H:%M} {tx.kind.value:>8} {tx.amount:>8.2f}")
per_kind = defaultdict(float)
for tx in alice.history:
    per_kind[tx.kind.name] += tx.amount
print(dict(per_kind))

def encode(o):
    if isinstance(o, datetime):
        return o.isoformat()
    if isinstance(o, Enum):
        return o.value
    raise TypeError(repr(o))
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "accounts.json")
    with open(path, "w") as f:
        json.dump([asdict(a) for a in (alice, bob)], f, default=encode, indent=2)
    with open(path) as f:
        raw = json.load(f)
print(json.dumps(raw[0]["history"][0]))
restored = [Account(r["owner"], r["balance"], [Transaction(TxKind(t["kind"]), t["amount"], datetime.fromisoformat(t["when"])) for t in r["history"]]) for r in raw]
print(restored[0] == alice, restored[0].history[-1])
print(f"{'Owner':<8}|{'Balance':>10}")
for a in restored:
    print(f"{a.owner:<8}|{a.balance:>10,.2f}")
bob.withdraw(500, start)
