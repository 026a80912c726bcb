"""A student's module checked with doctest: every example passes, so testmod prints nothing.

>>> fib(10)
55
"""


def fib(n):
    """Return the n-th Fibonacci number.

    >>> [fib(i) for i in range(8)]
    [0, 1, 1, 2, 3, 5, 8, 13]
    >>> fib(-1)
    Traceback (most recent call last):
      File "<stdin>", line 1, in <module>
    ValueError: n must be >= 0
    """
    if n < 0:
        raise ValueError("n must be >= 0")
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def greet(name):
    """
    >>> greet("Ada")
    Hello, Ada!
    >>> greet("")  # doctest: +ELLIPSIS
    Hello, ...!
    >>> x = greet("x")
    Hello, x!
    >>> x is None
    True
    """
    print(f"Hello, {name}!")


class Point:
    """
    >>> p = Point(1, 2)
    >>> p
    Point(1, 2)
    >>> p.dist2()
    5
    >>> _
    5
    """

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def dist2(self):
        """
        >>> Point(3, 4).dist2()
        25
        """
        return self.x ** 2 + self.y ** 2

    @staticmethod
    def origin():
        """
        >>> Point.origin()
        Point(0, 0)
        """
        return Point(0, 0)


__test__ = {"extra": """
>>> 2 ** 10
1024
"""}

if __name__ == "__main__":
    import doctest
    result = doctest.testmod()
    print(result, result.failed, result.attempted)
    print(doctest.testmod(optionflags=doctest.ELLIPSIS, report=False))
