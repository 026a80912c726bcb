# Objects: attribute access, method calls, dunder methods.
class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def scale(self, k):
        return Vector(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


acc = Vector(0, 0)
v = Vector(1, 2)
total = 0
for i in range(200_000):
    acc = acc + v.scale(i % 5)
    total += acc.dot(v) % 11
print(acc.x, acc.y, total)
