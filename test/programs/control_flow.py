for i in range(10):
    if i == 2:
        continue
    if i == 5:
        break
    print(i, end=" ")
else:
    print("no break")
print()
for i in range(3):
    pass
else:
    print("loop finished", i)
n = 0
while n < 5:
    n += 1
    if n == 3:
        continue
else:
    print("while done", n)
x = 7
print("big" if x > 5 else "small", x > 5 and "yes", x < 5 or "fallback", not x)
def classify(v):
    match v:
        case 0:
            return "zero"
        case int(n) if n < 0:
            return "negative"
        case [a, b]:
            return f"pair {a} {b}"
        case [first, *others]:
            return f"list starting {first} plus {len(others)}"
        case {"kind": "circle", "r": r}:
            return f"circle {r}"
        case str() | bytes():
            return "text"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, y):
            return f"point {x},{y}"
        case None:
            return "none"
        case _:
            return "other"
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
for v in [0, -4, [1, 2], [1, 2, 3], {"kind": "circle", "r": 2}, "s", Point(0, 5), Point(1, 2), None, 3.5]:
    print(classify(v))
total = 0
for a, b in [(1, 2), (3, 4)]:
    total += a * b
print(total)
print([y for x in [[1, 2], [3]] for y in x], {c for c in "aab"} == {"a", "b"})
if (m := len("hello")) > 3:
    print("walrus", m)
