# Inventory app from an OOP course: abc interfaces, a generic repository, Protocol, enums,
# dataclasses with ordering, and exports to CSV/JSON in a temporary directory
from __future__ import annotations
import csv
import json
import os
import tempfile
from abc import ABC, abstractmethod
from dataclasses import dataclass, field, asdict
from enum import Enum
from typing import Generic, TypeVar, Protocol, Iterator, Callable, Optional, runtime_checkable
from collections import defaultdict
from functools import reduce
from operator import attrgetter

class Category(str, Enum):
    TOOLS = "tools"
    FOOD = "food"
    TOYS = "toys"

@dataclass(order=True)
class Product:
    sort_key: tuple = field(init=False, repr=False)
    sku: str
    name: str
    category: Category
    price: float
    qty: int = 0
    def __post_init__(self):
        self.sort_key = (self.category.value, self.name)
    @property
    def value(self) -> float:
        return round(self.price * self.qty, 2)

T = TypeVar("T")
K = TypeVar("K")

class Repository(ABC, Generic[K, T]):
    @abstractmethod
    def add(self, item: T) -> None: ...
    @abstractmethod
    def get(self, key: K) -> Optional[T]: ...
    @abstractmethod
    def __iter__(self) -> Iterator[T]: ...
    def find(self, pred: Callable[[T], bool]) -> list[T]:
        return [x for x in self if pred(x)]

class MemoryRepo(Repository[str, Product]):
    def __init__(self) -> None:
        self._items: dict[str, Product] = {}
    def add(self, item: Product) -> None:
        if item.sku in self._items:
            raise KeyError(f"duplicate sku {item.sku}")
        self._items[item.sku] = item
    def get(self, key: str) -> Optional[Product]:
        return self._items.get(key)
    def __iter__(self) -> Iterator[Product]:
        return iter(self._items.values())
    def __len__(self) -> int:
        return len(self._items)

@runtime_checkable
class Exporter(Protocol):
    def export(self, items: list[Product], path: str) -> int: ...

class CsvExporter:
    def export(self, items, path):
        with open(path, "w", newline="") as f:
            w = csv.DictWriter(f, fieldnames=["sku", "name", "category", "price", "qty", "value"])
            w.writeheader()
            for p in items:
                w.writerow({"sku": p.sku, "name": p.name, "category": p.category.value, "price": f"{p.price:.2f}", "qty": p.qty, "value": p.value})
        return len(items)

class JsonExporter:
    def export(self, items, path):
        data = [{k: v for k, v in asdict(p).items() if k != "sort_key"} for p in items]
        with open(path, "w") as f:
            json.dump(data, f, indent=2, default=lambda o: o.value if isinstance(o, Enum) else str(o))
        return len(data)

try:
    Repository()
except TypeError as e:
    print("TypeError:", e)
repo = MemoryRepo()
for args in [("T-100", "Hammer", Category.TOOLS, 12.5, 10), ("F-200", "Apple", Category.FOOD, 0.4, 250),
             ("Y-300", "Yo-yo", Category.TOYS, 3.99, 40), ("T-101", "Wrench", Category.TOOLS, 8.75, 0),
             ("F-201", "Bread", Category.FOOD, 2.2, 30)]:
    repo.add(Product(*args))
try:
    repo.add(Product("T-100", "Dup", Category.TOOLS, 1, 1))
except KeyError as e:
    print("KeyError:", e)
print(len(repo), repo.get("Y-300"), repo.get("nope"))
print(sorted(repo)[0].name, [p.name for p in sorted(repo)], [p.sku for p in sorted(repo, key=attrgetter("price"), reverse=True)])
print([p.name for p in repo.find(lambda p: p.qty == 0)], reduce(lambda acc, p: acc + p.value, repo, 0.0))
by_cat = defaultdict(list)
for p in repo:
    by_cat[p.category].append(p)
for cat, items in sorted(by_cat.items(), key=lambda kv: kv[0].value):
    total = sum(p.value for p in items)
    print(f"{cat.value:<6} {len(items)} items  {total:>9,.2f}  {cat!r} {cat == 'food'}")
print(isinstance(CsvExporter(), Exporter), isinstance(object(), Exporter), Category("toys"), Category.FOOD.upper())
with tempfile.TemporaryDirectory() as d:
    for exporter, name in [(CsvExporter(), "inv.csv"), (JsonExporter(), "inv.json")]:
        path = os.path.join(d, name)
        n = exporter.export(sorted(repo), path)
        print(type(exporter).__name__, n, os.path.getsize(path) > 0)
        with open(path) as f:
            print(f.read())
    with open(os.path.join(d, "inv.json")) as f:
        back = [Product(p["sku"], p["name"], Category(p["category"]), p["price"], p["qty"]) for p in json.load(f)]
    print(back == sorted(repo), back[0])
print(Product.__annotations__["price"], Repository.__parameters__, MemoryRepo.__orig_bases__)
