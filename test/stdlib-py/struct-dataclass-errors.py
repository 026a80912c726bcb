# dataclasses: errors made when defining data classes.
from dataclasses import dataclass, field, KW_ONLY
from typing import ClassVar


def attempt(make):
    try:
        make()
        print("no error")
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


def mutable_default():
    @dataclass
    class A:
        items: list = []


def mutable_dict():
    @dataclass
    class A:
        items: dict = {}


def non_default_after_default():
    @dataclass
    class A:
        a: int = 1
        b: str


def both_defaults():
    field(default=1, default_factory=list)


def order_without_eq():
    @dataclass(order=True, eq=False)
    class A:
        a: int


def order_overwrite():
    @dataclass(order=True)
    class A:
        a: int

        def __lt__(self, other):
            return True


def unsafe_hash_explicit():
    @dataclass(unsafe_hash=True)
    class A:
        a: int

        def __hash__(self):
            return 1


def frozen_from_mutable():
    @dataclass
    class A:
        a: int

    @dataclass(frozen=True)
    class B(A):
        b: int


def mutable_from_frozen():
    @dataclass(frozen=True)
    class A:
        a: int

    @dataclass
    class B(A):
        b: int


def field_without_annotation():
    @dataclass
    class A:
        a = field(default=1)


def classvar_factory():
    @dataclass
    class A:
        a: ClassVar[list] = field(default_factory=list)


def two_kw_only():
    @dataclass
    class A:
        _: KW_ONLY
        b: int
        __: KW_ONLY


def kw_only_ok():
    @dataclass
    class A:
        a: int = 1
        _: KW_ONLY
        b: int
    print(A(b=2))


def weakref_slot_without_slots():
    @dataclass(weakref_slot=True)
    class A:
        a: int


for case in (mutable_default, mutable_dict, non_default_after_default, both_defaults,
             order_without_eq, order_overwrite, unsafe_hash_explicit, frozen_from_mutable,
             mutable_from_frozen, field_without_annotation, classvar_factory, two_kw_only,
             kw_only_ok, weakref_slot_without_slots):
    print(case.__name__, end=": ")
    attempt(case)
