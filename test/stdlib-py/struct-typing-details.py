# typing: error messages, substitution, runtime protocols, NamedTuple classes, Annotated.
from typing import *
import typing
class Movie(TypedDict):
    name: str
print(type(Movie), Movie.__mro__, Movie.__bases__, Movie.__module__, Movie.__qualname__)
for expr in ["List[int, str]", "Dict[int]", "Optional[int, str]", "Dict()", "Tuple()", "TypeVar('T', int)", "Literal()", "isinstance(1, Any)", "Any()", "Union()", "Union[()]", "ClassVar[int, str]", "Annotated[int]", "Callable[int]", "Generic[int]", "Generic[T, T]", "List[int][str]", "isinstance(1, Optional[int])", "issubclass(bool, Union[int, str])", "NewType('X', int)('a')", "Final[int]()", "TypeVar('T', covariant=True, contravariant=True)", "TypeVar('T', int, bound=str)"]:
    T = TypeVar('T')
    try: print(expr, '->', eval(expr))
    except Exception as e: print(expr, '!!', type(e).__name__, e)
T = TypeVar('T')
class S(Generic[T]): pass
try: S[int, str]
except TypeError as e: print(e)
print(typing.DefaultDict[str,int](int), typing.Deque[int]())
print(Optional[None], Union[None], Union[int, str] | float, int | List[int], List[int] | None)
print(ClassVar, Final, Union, Optional, Literal, NoReturn, Annotated)
try:
  class X(Union): pass
except TypeError as e: print(e)
print(get_origin(List), get_args(List), get_origin(int), get_args(int), get_origin(Generic[T]), get_origin(ClassVar[int]), get_origin(list[int]), get_args(tuple[int, str]))
print(Iterable[int] == typing.Iterable[int], Hashable, Callable[[], int], Callable[[int, str], None])
print(List[int] is List[int], Union[int, str] is Union[int, str])
K = TypeVar('K'); V = TypeVar('V')
class Pair(Generic[K, V]):
    def __init__(self, k: K, v: V): self.k, self.v = k, v
p = Pair[str, int]('a', 1)
print(p.k, p.__orig_class__, Pair[str, int].__args__, Pair.__parameters__)
class Sub(Pair[str, V]): pass
print(Sub.__parameters__, Sub[int], Sub.__orig_bases__)
try:
    class Bad(Generic[K], Pair[K, V]): pass
except TypeError as e: print(e)
class MyList(List[int]): pass
print(MyList.__mro__, MyList([1,2]))
class Shape(Protocol):
    def area(self) -> float: ...
class Sq:
    def area(self): return 4.0
def total(shapes: Iterable[Shape]) -> float: return sum(s.area() for s in shapes)
print(total([Sq()]))
@runtime_checkable
class HasLen(Protocol):
    def __len__(self) -> int: ...
print(isinstance([], HasLen), isinstance(3, HasLen), issubclass(dict, HasLen))
print(isinstance(3, SupportsInt), isinstance('x', SupportsInt), isinstance(2.5, SupportsRound))
@runtime_checkable
class HasX(Protocol):
    x: int
class WithX:
    x = 1
print(isinstance(WithX(), HasX))
try: issubclass(WithX, HasX)
except TypeError as e: print(e)
class Impl(Shape):
    pass
print(Impl(), isinstance(Impl(), object)) if False else print(type(Impl()).__name__)
from typing import NamedTuple
class Emp(NamedTuple):
    name: str
    dept: str = 'x'
    def greet(self): return 'hi ' + self.name
e = Emp('bob')
print(e, e.greet(), e[0], len(e), Emp._make(['a', 'b']), e == ('bob', 'x'))
name, dept = e
print(name, dept, Emp.__doc__)
try: Emp()
except TypeError as ex: print(ex)
try: e.name = 'z'
except AttributeError as ex: print(ex)
print(get_type_hints(Emp))
print(overload.__name__, final.__name__, cast(List[int], [1]))
@final
class F: pass
print(F.__final__)
print(Annotated[int, 'a', 'b'].__metadata__, Annotated[Annotated[int, 1], 2])
def h(x: Annotated[int, 'meta']) -> None: pass
print(get_type_hints(h), get_type_hints(h, include_extras=True))
print(typing.get_args(Literal['a', 'b']), Literal[1, 2, 1])
print(Tuple[int, str].__args__, Tuple[int, ...].__args__, Callable[..., int].__args__, Callable[[int], str].__args__)
print(repr(Type[int]), typing.Text is str, typing.AnyStr.__constraints__)
try: assert_never(3)
except AssertionError as e: print(e)
print(is_typeddict(Movie), is_typeddict(dict))
