# Where a failed assert points (traceback carets): the last comparison in the test, else the statement.
import traceback

x = 1
def a1(): assert x == 2
def a2(): assert isinstance(x, str), f"{x}"
def a3(): assert not x
def a4(): assert x == 2 and x == 3
def a5(): assert x == 2 and x
def a6(): assert isinstance(x, str) and x == 1
def a7(): assert 0 if x == 1 else 1
def a8(): assert bool(x == 2)
def a9(): assert 0 < x < 1
def a10():
    assert isinstance(x, str), "m"

for f in (a1, a2, a3, a4, a5, a6, a7, a8, a9, a10):
    try:
        f()
    except AssertionError:
        traceback.print_exc()
assert isinstance(x, str), f"expected str, got {type(x).__name__}"
