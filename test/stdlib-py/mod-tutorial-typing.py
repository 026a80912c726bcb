# typing for course projects: NamedTuple, TypedDict, Optional/Union, generics, Protocol
from typing import (NamedTuple, TypedDict, Optional, Union, List, Dict, Tuple, Callable,
                    TypeVar, Generic, Protocol, Any, get_type_hints, cast, Iterable, Iterator,
                    Sequence, Mapping, Literal, Final, ClassVar, runtime_checkable, overload,
                    get_origin, get_args, NewType)

class Point(NamedTuple):
    x: float
    y: float = 0.0
    def dist(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5
p = Point(3, 4)
print(p, p.dist(), Point(1), p._fields, p._field_defaults, Point.__annotations__)
print(p._replace(y=0), p._asdict(), isinstance(p, tuple))

class Movie(TypedDict):
    title: str
    year: int
class MovieExtra(Movie, total=False):
    rating: float
m: Movie = {"title": "Blade Runner", "year": 1982}
print(m, type(m), Movie.__required_keys__ == frozenset({"title", "year"}), sorted(MovieExtra.__optional_keys__))
print(Movie(title="Alien", year=1979))

def greet(name: Optional[str] = None) -> str:
    return f"Hello {name or 'stranger'}"
print(greet(), greet("Ann"), get_type_hints(greet))
print(Optional[int], Union[int, str], Union[int, None], List[int], Dict[str, List[int]])
print(Tuple[int, ...], Callable[[int, str], bool], Literal["a", "b"], Union[int, Union[str, int]])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Optional[str]))
print(int | str, list[int], dict[str, tuple[int, ...]], get_args(int | None))

T = TypeVar("T")
K = TypeVar("K", str, bytes)
N = TypeVar("N", bound=float)
print(T, K, N, T.__name__, K.__constraints__, N.__bound__)
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), s.items, Stack[int], Stack.__parameters__)
def first(xs: Sequence[T]) -> T:
    return xs[0]
print(first([9, 8]), first("abc"))

class Drawable(Protocol):
    def draw(self) -> str: ...
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class Door:
    def close(self) -> None:
        print("door closed")
    def draw(self) -> str:
        return "[door]"
def render(item: Drawable) -> str:
    return item.draw()
print(render(Door()), isinstance(Door(), Closable), isinstance(1, Closable))

UserId = NewType("UserId", int)
uid = UserId(42)
print(uid, type(uid), UserId.__name__)
print(cast(str, 123), cast("List[int]", [1]))
class Config:
    debug: ClassVar[bool] = False
    name: str
    retries: Final = 3
print(get_type_hints(Config))
def apply(f: Callable[[int], int], xs: Iterable[int]) -> Iterator[int]:
    for x in xs:
        yield f(x)
print(list(apply(lambda v: v * 10, [1, 2])), apply.__annotations__["return"])
@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2
print(double(2), double("ab"))
def f(a: "int", b: Any = None) -> Mapping[str, int]:
    return {"a": a}
print(get_type_hints(f), f.__annotations__)
print(repr(Any), repr(Optional[List[str]]), Union[int, str] == Union[str, int])
