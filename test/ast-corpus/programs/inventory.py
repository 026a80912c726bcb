from collections import defaultdict
from decimal import Decimal
from operator import itemgetter

inventory = {
    "apples": {"price": Decimal("0.50"), "qty": 120, "tags": {"fruit", "fresh"}},
    "bread": {"price": Decimal("2.25"), "qty": 15, "tags": {"bakery"}},
    "cheese": {"price": Decimal("7.80"), "qty": 4, "tags": {"dairy", "fresh"}},
    "milk": {"price": Decimal("1.10"), "qty": 0, "tags": {"dairy"}},
}


def restock(items, threshold=5, amount=20):
    changed = []
    for name, info in items.items():
        if info["qty"] < threshold:
            info["qty"] += amount
            changed.append(name)
    return changed


def by_tag(items):
    groups = defaultdict(list)
    for name, info in items.items():
        for tag in info["tags"]:
            groups[tag].append(name)
    return {tag: sorted(names) for tag, names in sorted(groups.items())}


def table(items):
    rows = [(name, info["qty"], info["price"], info["qty"] * info["price"]) for name, info in items.items()]
    rows.sort(key=itemgetter(3), reverse=True)
    header = f"{'item':<10}{'qty':>5}{'price':>8}{'value':>10}"
    lines = [header, "-" * len(header)]
    lines += [f"{n:<10}{q:>5}{p:>8.2f}{v:>10.2f}" for n, q, p, v in rows]
    lines.append(f"{'total':<10}{sum(r[1] for r in rows):>5}{'':>8}{sum(r[3] for r in rows):>10.2f}")
    return "\n".join(lines)


print(restock(inventory))
print(by_tag(inventory))
print(table(inventory))
out_of_stock = [n for n, i in inventory.items() if not i["qty"]] or ["none"]
print("out of stock:", *out_of_stock)
