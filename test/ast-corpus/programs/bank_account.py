"""A small bank: accounts, transfers and an audit log."""
from datetime import datetime


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount:.2f}")
        self.account = account
        self.amount = amount


class Account:
    interest_rate = 0.02
    _next_id = 1

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount, datetime.now()))
        return self._balance

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount, datetime.now()))
        return self._balance

    def add_interest(self):
        interest = self._balance * self.interest_rate
        self.deposit(interest)
        return interest

    def __repr__(self):
        return f"Account({self.owner!r}, balance={self._balance:.2f})"

    def __lt__(self, other):
        return self._balance < other._balance


class SavingsAccount(Account):
    interest_rate = 0.05

    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "withdraw"]) >= 3:
            raise PermissionError("only three withdrawals allowed")
        return super().withdraw(amount)


def transfer(source, target, amount):
    try:
        source.withdraw(amount)
    except InsufficientFunds as exc:
        print("Transfer failed:", exc)
        return False
    else:
        target.deposit(amount)
        return True
    finally:
        print(f"audit: {source.owner} -> {target.owner}: {amount}")


if __name__ == "__main__":
    alice = Account("Alice", 100)
    bob = SavingsAccount("Bob")
    transfer(alice, bob, 30)
    transfer(bob, alice, 500)
    for acct in sorted([alice, bob]):
        print(acct, acct.add_interest())
