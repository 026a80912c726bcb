# enum: Flag and IntFlag combinations, boundaries, iteration.
from enum import Flag, IntFlag, auto, STRICT, CONFORM, EJECT, KEEP


class Perm(Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), len(rw), bool(rw))
print(repr(~Perm.R), repr(Perm.R & Perm.W), repr(Perm(0)), str(Perm(0)), bool(Perm(0)))
print(repr(Perm(7)), Perm(6) is rw, repr(rw ^ Perm.W), list(Perm))
print(repr(Perm.R | Perm.W | Perm.X), (Perm.R | Perm.X).name, Perm.R.name, Perm(0).name)
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)
try:
    Perm.R | 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 in Perm.R
except TypeError as e:
    print("TypeError:", e)


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
    NONE = 0


print([c.value for c in Color], repr(Color.WHITE), list(Color.WHITE), repr(Color.RED | Color.GREEN))
print(repr(~Color.WHITE), repr(~Color.RED), Color.NONE, list(Color.__members__))


class Mode(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1


m = Mode.READ | Mode.WRITE
print(m, repr(m), m == 6, m + 1, repr(Mode.READ | 8), repr(~Mode.EXEC), Mode(9), repr(Mode(0)))
print(isinstance(m, int), repr(m & 4), repr(2 | Mode.EXEC), format(m, "b"), list(Mode(7)))


class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2


class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2


class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2


print(repr(Conform(7)), repr(Eject(7)), type(Eject(7)), repr(Keep(7)), repr(Eject(3)))
print(STRICT, repr(KEEP), Perm._boundary_, Mode._boundary_)
