e = OSError(2, "No such file", "a.txt")
print(type(e).__name__, e, e.errno, e.filename, e.args, repr(e))
e = OSError(1, "x", "a", None, "b"); print(e, e.filename2, e.args)
print(type(OSError(13, "perm")).__name__, OSError(13, "perm").strerror)
e = OSError(1,2,3,4,5,6); print(e.args, repr(e), e.errno, e.filename)
e = OSError("boom"); print(e, e.errno, e.args)
class M(OSError): pass
print(type(M(2,'x')).__name__)
class N(OSError):
    def __init__(self, msg):
        super().__init__(msg)
        self.msg = msg
print(N("hi"), N("hi").args)
try:
    open("/nonexistent/x")
except FileNotFoundError as e:
    print("FNF", e, e.errno, e.filename)
try:
    raise OSError(17, "exists", "d")
except FileExistsError as e:
    print("caught", e)
print(str(PermissionError(13, "denied", "f")))
print(OSError(2, 'x', None).args, OSError(2, 'x', None, None, 'b').args, OSError(2, 'x', 'f', None).args)
class A(OSError):
    def __init__(self, *a):
        print('init', a, self.args)
        super().__init__(*a)
        print(self.args, self.errno)
A(2, 'x', 'f')
class B(OSError):
    def __init__(self, *a):
        pass
b = B(2, 'x', 'f')
print(b.args, b.errno, b.filename)
class C(OSError):
    def __new__(cls, *a):
        return super().__new__(cls, *a)
c = C(2, 'x', 'f')
print(type(c).__name__, c.args, c.errno, c)
