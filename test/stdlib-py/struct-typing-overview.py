# typing: reprs of annotations, generics, protocols, NamedTuple, TypedDict, NewType, hints.
import typing
from typing import *
T = TypeVar('T'); K = TypeVar('K', covariant=True); C = TypeVar('C', contravariant=True); B = TypeVar('B', bound=int); S = TypeVar('S', int, str)
print(T, K, C, repr(B), B.__bound__, S.__constraints__, T.__name__)
print(List, List[int], Dict[str, int], Optional[int], Union[int, str], Union[int, None, str], Optional[Union[int, str]])
print(Callable[[int], str], Callable[..., int], Callable, Tuple[int, ...], Tuple[()], Tuple, Any, Literal[1, 'a'], Annotated[int, 'x'], ClassVar[int], Final[int], Type[int], List[T], Set[int], FrozenSet[str])
print(Iterable[int], Iterator, Sequence[str], Mapping[str, int], Generator[int, None, None])
print(Union[int], Union[int, int], Union[int, Union[str, float]], Union[int, str] == Union[str, int], Optional[int] == Union[int, None])
print(get_origin(List[int]), get_args(Dict[str, int]), get_args(Callable[[int], str]), get_origin(Union[int, str]), get_args(Optional[int]), get_origin(Literal[1]), get_args(Annotated[int, 'x']))
print(isinstance([], List), isinstance(1, Union[int, str]), isinstance([], Iterable))
try: isinstance([], List[int])
except TypeError as e: print(e)
try: List()
except TypeError as e: print(e)
print(List[int].__origin__, List[int].__args__, List[T].__parameters__, List[T][int])
print(cast(int, 'x'), TYPE_CHECKING, NoReturn, Text, AnyStr)
class Stack(Generic[T]):
    def __init__(self): self.items: List[T] = []
    def push(self, item: T) -> None: self.items.append(item)
s = Stack[int](); s.push(1); print(s.items, Stack[int], Stack.__parameters__, Stack.__orig_bases__, Stack.__mro__)
try: Generic[int]
except TypeError as e: print(e)
try: Generic()
except TypeError as e: print(e)
class P(Protocol):
    def meth(self) -> int: ...
try: P()
except TypeError as e: print(e)
try: isinstance(1, P)
except TypeError as e: print(e)
@runtime_checkable
class Closer(Protocol):
    def close(self): ...
class F:
    def close(self): pass
print(isinstance(F(), Closer), isinstance(1, Closer), isinstance(open, Closer))
class Pt(NamedTuple):
    x: int
    y: int = 0
    def dist(self): return self.x + self.y
p = Pt(1)
print(p, p.dist(), Pt._fields, Pt._field_defaults, Pt.__annotations__, p._asdict(), p._replace(x=5), isinstance(p, tuple), Pt.__mro__)
Emp = NamedTuple('Emp', [('name', str), ('id', int)])
print(Emp('a', 1), Emp.__annotations__)
try:
    class Bad(NamedTuple):
        x: int = 1
        y: int
except TypeError as e: print(e)
class Movie(TypedDict):
    name: str
    year: int
m = Movie(name='x', year=1)
print(m, type(m), sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__), Movie.__total__, Movie.__annotations__)
class M2(Movie, total=False):
    extra: str
print(sorted(M2.__required_keys__), sorted(M2.__optional_keys__))
try: isinstance({}, Movie)
except TypeError as e: print(e)
M3 = TypedDict('M3', {'a': int})
print(M3(a=1), M3.__annotations__)
UserId = NewType('UserId', int)
print(UserId(5), UserId, UserId.__supertype__, repr(UserId))
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x): return x
print(f(1), len(get_overloads(f)))
def g(a: int, b: 'str' = None) -> List[int]: pass
print(get_type_hints(g))
class Node:
    next: 'Node'
    val: int
print(get_type_hints(Node))
print(ForwardRef('X'), List['Node'])
print(Union[int, str].__args__, type(Union[int,str]))
print(repr(Protocol), repr(Generic), Hashable, Sized, typing.Deque[int], typing.DefaultDict[str, int], typing.Counter[str], typing.OrderedDict[str,int], typing.ChainMap)
print(Optional[List[int]], Dict[str, List[Tuple[int, str]]], Union[List[int], None])
print(typing.get_type_hints(Stack.push))
print(Literal[1] == Literal[1], Literal[1, 2] == Literal[2, 1], hash(List[int]) == hash(List[int]), List[int] == List[int])
