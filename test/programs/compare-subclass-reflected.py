class A:
    def __init__(s, n): s.n = n
    def __lt__(s, o): print("lt on", type(s).__name__, type(o).__name__); return NotImplemented
    def __gt__(s, o): print("gt on", type(s).__name__, type(o).__name__); return NotImplemented
    def __eq__(s, o): print("eq on", type(s).__name__, type(o).__name__); return s.n == o.n
class B(A): pass
class C(A):
    def __gt__(s, o): print("C gt"); return True
class D(int): pass
print(A(1) == B(1))
try: A(1) < B(2)
except TypeError as e: print(e)
print(A(1) < C(2))
print(3 < D(4), D(4) > 3)
print(B(1) == A(1))
try: B(1) < A(2)
except TypeError as e: print(e)
