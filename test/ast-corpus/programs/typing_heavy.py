from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Generic, Literal, NamedTuple, Optional, Protocol, TypeVar, Union, overload, TypedDict

T = TypeVar("T")
K = TypeVar("K", bound="Comparable")
Number = Union[int, float]


class Comparable(Protocol):
    def __lt__(self, other: Comparable, /) -> bool: ...


class Pair(NamedTuple):
    first: int
    second: str = "?"


class Movie(TypedDict, total=False):
    title: str
    year: int


class Stack(Generic[T]):
    def __init__(self, items: Iterable[T] = ()) -> None:
        self._items: list[T] = list(items)

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        return self._items.pop()

    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)


@overload
def first(xs: list[T]) -> T: ...
@overload
def first(xs: list[T], default: T) -> T: ...
def first(xs, default=None):
    return xs[0] if xs else default


def apply(f: Callable[[T], T], x: T, *, times: int = 1) -> T:
    for _ in range(times):
        x = f(x)
    return x


def biggest(items: Iterable[K]) -> Optional[K]:
    best: K | None = None
    for item in items:
        if best is None or best < item:
            best = item
    return best


Mode = Literal["r", "w"]
handlers: dict[str, Callable[..., None]] = {}
matrix: list[list[float]] = [[0.0] * 3 for _ in range(3)]
lookup: Mapping[str, tuple[int, ...]] = {"a": (1, 2)}

s: Stack[int] = Stack([1, 2, 3])
s.push(4)
print(list(s), first([]), apply(lambda v: v * 2, 3, times=4), biggest(["b", "a", "c"]), Pair(1))
movie: Movie = {"title": "Alien"}
print(movie, matrix[0], lookup["a"][-1])
