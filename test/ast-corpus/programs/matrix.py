from __future__ import annotations

from numbers import Number


class Matrix:
    def __init__(self, rows):
        self.rows = [list(map(float, r)) for r in rows]
        widths = {len(r) for r in self.rows}
        if len(widths) > 1:
            raise ValueError("ragged matrix")

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0]) if self.rows else 0

    def __matmul__(self, other: Matrix) -> Matrix:
        n, m = self.shape
        m2, p = other.shape
        assert m == m2, f"shapes {self.shape} and {other.shape} do not align"
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def __mul__(self, k):
        if not isinstance(k, Number):
            return NotImplemented
        return Matrix([[k * x for x in row] for row in self.rows])

    __rmul__ = __mul__

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __neg__(self):
        return -1 * self

    def __pow__(self, n):
        result = Matrix.identity(self.shape[0])
        base = self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result

    def transpose(self):
        return Matrix(map(list, zip(*self.rows)))

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __repr__(self):
        body = ",\n ".join("[" + ", ".join(f"{x:g}" for x in row) + "]" for row in self.rows)
        return f"Matrix([{body}])"


fib = Matrix([[1, 1], [1, 0]])
print(fib ** 10)
a = Matrix([[1, 2], [3, 4]])
print(a @ a.transpose() + 2 * a == a @ a.transpose() + a * 2, -a)
