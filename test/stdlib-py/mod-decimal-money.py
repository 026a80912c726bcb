# decimal: a bookkeeping program — invoices with tax, rounding to cents, splitting a bill,
# compound interest, amortisation, currency formatting, and a ledger kept with exact sums.
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING, localcontext, getcontext, Inexact

CENT = Decimal("0.01")

def money(x, rounding=ROUND_HALF_UP):
    return x.quantize(CENT, rounding=rounding)

def fmt(amount, symbol="$", sep=",", dp="."):
    sign = "-" if amount < 0 else ""
    whole, _, frac = f"{abs(amount):.2f}".partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return f"{sign}{symbol}{sep.join(groups)}{dp}{frac}"

items = [("widget", 3, "19.99"), ("gadget", 1, "249.50"), ("cable", 12, "0.35"), ("manual", 2, "7.125")]
subtotal = Decimal(0)
for name, qty, price in items:
    line = money(qty * Decimal(price))
    subtotal += line
    print(f"{name:<8} {qty:>3} x {Decimal(price):>8} = {line:>9}")
tax_rate = Decimal("0.0825")
tax = money(subtotal * tax_rate)
total = subtotal + tax
print(f"subtotal {subtotal:>12}\ntax      {tax:>12}\ntotal    {total:>12}", fmt(total), fmt(-total, "EUR ", ".", ","))

# splitting a bill: the cents left over go to the first payers
def split(amount, ways):
    share = (amount / ways).quantize(CENT, rounding=ROUND_DOWN)
    left = amount - share * ways
    shares = []
    for i in range(ways):
        extra = CENT if left > 0 else Decimal(0)
        left -= extra
        shares.append(share + extra)
    return shares

for ways in (2, 3, 7):
    parts = split(total, ways)
    print(ways, [str(p) for p in parts], sum(parts) == total)

# compound interest, yearly statements, with banker's rounding of each statement
balance = Decimal("10000.00")
rate = Decimal("0.0375")
for year in range(1, 6):
    interest = money(balance * rate, ROUND_HALF_EVEN)
    balance += interest
    print(f"year {year}: interest {interest:>8} balance {balance:>10}")

# a loan: monthly payment from the annuity formula, then the amortisation table
principal = Decimal("25000")
monthly = Decimal("0.069") / 12
n = 36
with localcontext(prec=40):
    factor = (1 + monthly) ** n
    payment = money(principal * monthly * factor / (factor - 1))
print("payment", payment, "rate", monthly)
owed = principal
total_interest = Decimal(0)
for month in range(1, n + 1):
    interest = money(owed * monthly)
    principal_part = payment - interest
    if month == n:
        principal_part = owed
    owed -= principal_part
    total_interest += interest
    if month in (1, 2, 12, 35, 36):
        print(f"{month:>2} interest {interest:>7} principal {principal_part:>8} owed {owed:>9}")
print("interest paid", total_interest, "owed", owed)

# percentages and currency conversion with explicit rounding
rates = {"EUR": Decimal("0.9231"), "JPY": Decimal("149.87"), "GBP": Decimal("0.7905")}
for cur, r in sorted(rates.items()):
    converted = (total * r).quantize(Decimal("1") if cur == "JPY" else CENT, rounding=ROUND_HALF_EVEN)
    print(cur, converted, f"{r:.2%}", f"{converted:,.2f}")

# a ledger: no drift, unlike binary floats
ledger = [Decimal("0.10")] * 1000 + [Decimal("-33.33")] * 3
print(sum(ledger), sum(float(x) for x in ledger) == 0.01, sum(ledger) == Decimal("0.01"))
ctx = getcontext()
ctx.clear_flags()
third = Decimal(100) / 3
print(third, ctx.flags[Inexact], money(third) * 3, money(third, ROUND_CEILING))
print(max(Decimal("19.99"), Decimal("20")), min(items, key=lambda t: Decimal(t[2]))[0], sorted(Decimal(p) for _, _, p in items))
print(repr(Decimal("1.10") + Decimal("2.20")), Decimal("1.10") * 3, Decimal("100") / Decimal("8"), round(Decimal("2.675"), 2), round(2.675, 2))
