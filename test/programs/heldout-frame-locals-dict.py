# A function frame's f_locals is one dict, re-synced from the fast locals at each access (3.11):
# keys put there by hand stay, deleted locals drop out, the same object comes back.
import sys


def f():
    x = 1
    fl = sys._getframe().f_locals
    fl["extra"] = "kept"
    x = 2
    print(fl["x"], sorted(fl))
    again = sys._getframe().f_locals
    print(again is fl, fl["x"], sorted(again))
    del x
    print("x" in sys._getframe().f_locals, "extra" in fl)


f()


def outer():
    n = 10

    def inner():
        return sys._getframe().f_back.f_locals

    d = inner()
    n = 11
    print(d["n"], inner() is d, d["n"])


outer()
