# A course project: a small library system with dataclasses, enums, abc, functools and a
# text menu driven by canned input, printing tables with string formatting.
import functools
import heapq
import itertools
import json
from abc import ABC, abstractmethod
from dataclasses import dataclass, field, asdict
from enum import Enum, auto, Flag


class Genre(Enum):
    FICTION = auto()
    SCIENCE = auto()
    HISTORY = auto()

    def __str__(self):
        return self.name.title()


class Access(Flag):
    READ = auto()
    BORROW = auto()
    ADMIN = auto()
    MEMBER = READ | BORROW


@functools.total_ordering
@dataclass(frozen=True)
class Book:
    isbn: str
    title: str
    author: str
    genre: Genre
    year: int

    def __lt__(self, other):
        return (self.author, self.year) < (other.author, other.year)


class Member(ABC):
    _ids = itertools.count(1)

    def __init__(self, name):
        self.id = next(self._ids)
        self.name = name
        self.loans = []

    @property
    @abstractmethod
    def limit(self):
        ...

    @property
    @abstractmethod
    def access(self):
        ...

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, id={self.id})"


class Student(Member):
    limit = 2
    access = Access.MEMBER


class Librarian(Member):
    limit = 10
    access = Access.MEMBER | Access.ADMIN


@dataclass(eq=False)   # compared by identity, so hashable: lru_cache needs that for self
class Library:
    books: dict = field(default_factory=dict)
    waiting: list = field(default_factory=list)
    log: list = field(default_factory=list)

    def add(self, *books):
        for b in books:
            self.books[b.isbn] = b

    def borrow(self, member, isbn):
        if Access.BORROW not in member.access:
            raise PermissionError(f"{member.name} may not borrow")
        if len(member.loans) >= member.limit:
            raise ValueError(f"{member.name} already has {len(member.loans)} books")
        book = self.books.pop(isbn)
        member.loans.append(book)
        self.log.append(("borrow", member.id, isbn))
        return book

    @functools.lru_cache(maxsize=None)
    def by_genre(self, genre):
        return tuple(sorted(b.title for b in self.books.values() if b.genre is genre))


lib = Library()
lib.add(
    Book("111", "Dune", "Herbert", Genre.FICTION, 1965),
    Book("222", "Cosmos", "Sagan", Genre.SCIENCE, 1980),
    Book("333", "SPQR", "Beard", Genre.HISTORY, 2015),
    Book("444", "Contact", "Sagan", Genre.FICTION, 1985),
    Book("555", "The Gene", "Mukherjee", Genre.SCIENCE, 2016),
)
print(f"{'ISBN':<5}|{'Title':^12}|{'Author':>10}|{'Genre':<8}|Year")
print("-" * 44)
for b in sorted(lib.books.values()):
    print(f"{b.isbn:<5}|{b.title:^12}|{b.author:>10}|{str(b.genre):<8}|{b.year}")
print(min(lib.books.values()), max(lib.books.values()).title)
print(lib.by_genre(Genre.SCIENCE), lib.by_genre(Genre.SCIENCE), Library.by_genre.cache_info())

ann, bob = Student("Ann"), Librarian("Bob")
print(ann, bob, ann.access, bob.access, Access.ADMIN in bob.access, Access.ADMIN in ann.access)
script = iter(["borrow 111", "borrow 222", "borrow 333", "borrow 999", "list", "quit"])
while True:
    command = next(script)
    print(">", command)
    action, _, arg = command.partition(" ")
    try:
        if action == "quit":
            break
        elif action == "borrow":
            print("  got", lib.borrow(ann, arg).title)
        elif action == "list":
            print("  ", [b.title for b in ann.loans])
    except KeyError as e:
        print("  no such book:", e)
    except (ValueError, PermissionError) as e:
        print("  refused:", e)

try:
    Member("x")
except TypeError as e:
    print("TypeError:", e)
try:
    ann.loans[0].year = 2000
except Exception as e:
    print(type(e).__name__, e)
queue = []
for priority, name in [(2, "Ann"), (1, "Bob"), (3, "Cy"), (1, "Di")]:
    heapq.heappush(queue, (priority, next(itertools.count()), name))
print([heapq.heappop(queue)[2] for _ in range(len(queue))])
print(json.dumps([asdict(b) for b in ann.loans], default=str, indent=1))
print(lib.log, sorted(g.name for g in Genre), Genre["SCIENCE"], Genre(3), repr(Genre.FICTION))
grouped = itertools.groupby(sorted(lib.books.values(), key=lambda b: b.genre.value), key=lambda b: b.genre)
print({str(g): [b.title for b in bs] for g, bs in grouped})
print(functools.reduce(lambda acc, b: acc + b.year, lib.books.values(), 0))
