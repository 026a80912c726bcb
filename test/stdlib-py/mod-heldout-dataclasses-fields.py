# Dataclass fields in depth: InitVar, init=False, frozen replace, inheritance rules, metadata.
import dataclasses, typing
from dataclasses import dataclass, field, InitVar
@dataclass
class A:
    x: int
    y: InitVar[int] = 3
    z: int = field(init=False)
    def __post_init__(self, y):
        self.z = self.x + y
print(A(1), A(1, 5), dataclasses.fields(A))
@dataclass(frozen=True)
class F:
    items: tuple = ()
    def with_item(self, i):
        return dataclasses.replace(self, items=self.items + (i,))
print(F().with_item(1).with_item(2), hash(F((1,))) == hash(F((1,))))
try:
    @dataclass
    class G:
        x: int = field(init=False)
    print(G())
except Exception as e: print(type(e).__name__, e)
@dataclass
class H:
    x: int = field(init=False, default=4)
print(H())
@dataclass(match_args=False)
class I:
    a: int
print(hasattr(I, "__match_args__"))
@dataclass
class J:
    a: int
    def __eq__(self, o): return True
print(J(1) == J(2), J.__hash__)
try:
    @dataclass(frozen=True)
    class K:
        a: int
    @dataclass
    class L(K):
        b: int = 0
except TypeError as e: print(e)
try:
    @dataclass
    class M:
        a: int
    @dataclass(frozen=True)
    class N(M):
        b: int = 0
except TypeError as e: print(e)
@dataclass
class P:
    a: typing.List[int] = field(default_factory=lambda: [1])
    b: "typing.Optional[str]" = None
print(P(), dataclasses.asdict(P()), P.__annotations__)
try:
    @dataclass
    class Q:
        a: int
        a2: int = 1
        b: int
except TypeError as e: print(e)
@dataclass
class R:
    name: str
    tags: list = field(default_factory=list, metadata={"unit": "none"})
print(dataclasses.fields(R)[1].metadata, dataclasses.fields(R)[1].metadata["unit"])
print(R("a") == R("a", []), R.__eq__(R("a"), 3))
try: dataclasses.replace(A(1), z=3)
except Exception as e: print(type(e).__name__, e)
try: dataclasses.replace(A(1))
except Exception as e: print(type(e).__name__, e)
print(dataclasses.replace(A(1), y=10))
