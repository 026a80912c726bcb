# typing in a teaching program: annotated functions and classes run as if unannotated.
from __future__ import annotations

from typing import Optional, Union, List, Dict, Tuple, Callable, Iterator, TypeVar, Generic, Any, get_type_hints
import typing

T = TypeVar("T")


def average(values: List[float]) -> float:
    return sum(values) / len(values)


def find(items: Dict[str, int], key: str) -> Optional[int]:
    return items.get(key)


def apply(f: Callable[[int], int], x: int) -> int:
    return f(x)


def pairs(n: int) -> Iterator[Tuple[int, int]]:
    for i in range(n):
        yield i, i * i


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item

    def __repr__(self) -> str:
        return f"Box({self.item!r})"


def describe(x: Union[int, str, None]) -> str:
    if x is None:
        return "nothing"
    if isinstance(x, int):
        return "number"
    return "text"


print(average([1, 2, 3.5]), find({"a": 1}, "a"), find({}, "b"), apply(lambda v: v + 1, 41))
print(list(pairs(3)), Box(5).get(), Box[str]("s"), describe(None), describe(3), describe("x"))
print(average.__annotations__, describe.__annotations__)
print(get_type_hints(average), get_type_hints(describe))
print(get_type_hints(Box.get), get_type_hints(Box.__init__))


class Tree:
    left: Optional[Tree]
    right: Optional[Tree]
    value: Any


print(get_type_hints(Tree))
print(typing.TYPE_CHECKING, typing.get_origin(get_type_hints(apply)["f"]), typing.get_args(get_type_hints(pairs)["return"]))
if typing.TYPE_CHECKING:
    print("never")
