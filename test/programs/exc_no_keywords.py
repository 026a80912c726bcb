for c in (ValueError, Exception, OSError, StopIteration, SystemExit, KeyError, UnicodeError, RuntimeError):
    try:
        c(1, x=2)
    except TypeError as e:
        print(e)
class E(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg)
        self.code = code
e = E("m", code=3)
print(e.code, e.args, e)
class F(ValueError):
    pass
try:
    F(k=1)
except TypeError as e:
    print(e)
print(NameError("n", name="x").name, AttributeError("a", name="y", obj=1).obj, ImportError("i", name="m", path="p").path)
