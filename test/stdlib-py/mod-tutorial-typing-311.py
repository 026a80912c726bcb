# typing features new in 3.10/3.11 that tutorials showcase
from typing import (Self, LiteralString, Never, NoReturn, assert_never, assert_type, reveal_type,
                    TypeVarTuple, Unpack, Required, NotRequired, TypedDict, Annotated, TypeAlias,
                    ParamSpec, Concatenate, Callable, TypeGuard, get_type_hints, Literal, Generic,
                    TypeVar, dataclass_transform, final, get_args, get_origin, Optional)
import typing
from dataclasses import dataclass

class Shape:
    def set_scale(self, scale: float) -> Self:
        self.scale = scale
        return self
print(type(Shape().set_scale(2.0)).__name__, Shape.set_scale.__annotations__)

class Movie(TypedDict):
    title: Required[str]
    year: NotRequired[int]
print(Movie.__required_keys__, Movie.__optional_keys__, Movie(title="x"))

Distance = Annotated[float, "meters"]
def travel(d: Distance) -> str:
    return f"{d}m"
print(travel(3.5), get_type_hints(travel), get_type_hints(travel, include_extras=True))
print(get_args(Distance), Distance.__metadata__, Annotated[int, "a", "b"])

P = ParamSpec("P")
R = TypeVar("R")
def logged(f: Callable[P, R]) -> Callable[P, R]:
    def inner(*args: P.args, **kwargs: P.kwargs) -> R:
        print("calling", f.__name__, args, kwargs)
        return f(*args, **kwargs)
    return inner
@logged
def add(a: int, b: int = 0) -> int:
    return a + b
print(add(1, b=2), P, P.args, P.kwargs)
print(Callable[Concatenate[int, P], R])

def is_str_list(val: list[object]) -> TypeGuard[list[str]]:
    return all(isinstance(x, str) for x in val)
print(is_str_list(["a"]), is_str_list([1]), TypeGuard[int])

Ts = TypeVarTuple("Ts")
class Array(Generic[Unpack[Ts]]):
    pass
print(Ts, Array[int, str], Unpack[Ts])

def handle(kind: Literal["a", "b"]) -> str:
    if kind == "a":
        return "A"
    elif kind == "b":
        return "B"
    else:
        assert_never(kind)
print(handle("a"), handle("b"))
try:
    assert_never("c")
except AssertionError as e:
    print("AssertionError:", e)
def stop() -> NoReturn:
    raise SystemError("stop")
print(stop.__annotations__, Never, NoReturn, LiteralString)
x = assert_type(5, int)
print(x)
reveal_type(x)
r = reveal_type([1, "a"])
print(r)
Vector: TypeAlias = list[float]
def scale(v: Vector, k: float) -> Vector:
    return [k * e for e in v]
print(scale([1.0, 2.0], 2), Vector)
@final
class Leaf:
    pass
print(getattr(Leaf, "__final__", None))
@dataclass_transform()
def model(cls):
    return dataclass(cls)
@model
class User:
    name: str
    age: int = 0
print(User("ann"), getattr(model, "__dataclass_transform__", None))
T = TypeVar("T", covariant=True)
U = TypeVar("U", contravariant=True)
print(T, U, repr(TypeVar("V")), typing.TYPE_CHECKING)
print(get_origin(Annotated[int, "x"]), get_origin(Required[int]), get_origin(list[int]), get_origin(Optional[int]))
print(int | None == Optional[int], repr(int | str), (int | str).__args__, isinstance(3, int | str))
# variadic generics: Generic[T, *Ts] takes any number of arguments past T
from typing import Tuple
T = TypeVar('T')
class A(Generic[Unpack[Ts]]): pass
class B(Generic[T, Unpack[Ts]]): pass
print(A.__parameters__, A[int,str], A[()], B[int], B[int,str,float], B[int].__args__)
try: B[()]
except TypeError as e: print(e)
print(Generic[Unpack[Ts]], Tuple[int, Unpack[Ts]])
