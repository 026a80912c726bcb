# The VM runs `x OP y`, `x CMP y` before a jump and load pairs as one step when it can
# (quickened instructions); every other case must behave as the plain instructions do.
import math

class V:
    def __init__(self, v): self.v = v
    def __add__(self, o): return V(self.v + (o.v if isinstance(o, V) else o))
    def __radd__(self, o): return V(o + self.v)
    def __lt__(self, o): return self.v < (o.v if isinstance(o, V) else o)
    def __repr__(self): return f"V({self.v})"

def arith(a, b):
    out = []
    out.append(a + b); out.append(a - b); out.append(a * b)
    out.append(a + 1); out.append(2 * b); out.append(a + b + 1)
    try:
        out.append(a / b); out.append(a // b); out.append(a % b)
    except ZeroDivisionError as e:
        out.append(str(e))
    return out

for a, b in [(3, 4), (2**52, 2**52), (-7, 2), (7, -2), (1.5, 2), (2, 1.5), (0.1, 0.2), (2**60, 3),
             (True, 2), (3, 0), (3.0, 0.0), (float("inf"), 1), (-0.0, 0)]:
    print(a, b, arith(a, b))
print("ab" + "cd", [1] + [2], (1,) * 2)
print(arith(V(1), 2)[:2] if False else V(1) + V(2), 1 + V(3))

def cmp(a, b):
    r = []
    if a < b: r.append("<")
    if a <= b: r.append("<=")
    if a == b: r.append("==")
    if a != b: r.append("!=")
    if a > b: r.append(">")
    if a >= b: r.append(">=")
    if a < 10: r.append("<10")
    if not a > 2.5: r.append("!>2.5")
    return r

nan = float("nan")
for a, b in [(1, 2), (2, 2), (2.0, 2), (nan, nan), (nan, 1), (2**70, 2**70 + 1), (True, 1), ("a", "b"), (V(1), 2)]:
    try:
        print(a, b, cmp(a, b))
    except TypeError as e:
        print(a, b, "TypeError", e)

def unbound_first():
    if False: x = 1
    return x + 1

def unbound_second():
    y = 1
    if False: x = 1
    return y + x

def unbound_cmp():
    if False: n = 1
    while n < 3:
        pass

def unbound_pair():
    a = 1
    if False: b = 2
    return (a, b)

for fn in (unbound_first, unbound_second, unbound_cmp, unbound_pair):
    try:
        fn()
    except UnboundLocalError as e:
        print(fn.__name__, e)

def loop():
    t = 0
    i = 0
    while i < 100000:
        t += i * i
        i += 1
    return t
print(loop(), sum(i * 1.5 for i in range(1000)))

def mandel():
    count = 0
    for y in range(20):
        for x in range(30):
            cr = x / 15.0 - 1.5
            ci = y / 10.0 - 1.0
            zr = zi = 0.0
            n = 0
            while n < 50 and zr * zr + zi * zi < 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                n += 1
            count += n
    return count
print(mandel())

def tb(a, b):
    c = a + b
    return c

def zero(a, b):
    for f in (lambda: a / 0, lambda: a // b, lambda: a % 0, lambda: 1.5 / b, lambda: 2.0 % 0, lambda: 10 ** -a // 0):
        try:
            f()
        except ZeroDivisionError as e:
            print(type(e).__name__, e, e.__traceback__.tb_next.tb_lineno)
zero(3, 0)

try:
    tb(1, "x")
except TypeError as e:
    print("TypeError:", e)
tb(1, [])
