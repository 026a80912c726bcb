# locals() in a function is the frame's one dict, re-synced at each call: exec() can add names to it
def f():
    x = 1
    exec("w = 7")
    print(locals().get("w"), sorted(locals()))
    exec("x = 2")
    print(x, locals()["x"])
    d = locals()
    y = 5
    print("y" in d, d is locals(), "y" in d)
    del y
    print("y" in locals())
f()
def g(a, b=2):
    print(locals())
    c = a + b
    return locals()
print(g(1))
print(g(1) is g(1))
import sys
def h():
    v = 1
    fl = sys._getframe().f_locals
    v = 2
    print(fl["v"], sys._getframe().f_locals["v"], fl["v"])
h()
def k():
    exec("import math")
    return "math" in locals(), eval("1 + 1")
print(k())
