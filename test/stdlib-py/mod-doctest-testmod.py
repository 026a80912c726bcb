# doctest.testmod on a module with passing and failing examples (quiet, then verbose).
"""Module docstring.

>>> 1 + 1
2
"""


def add(a, b):
    """Add two numbers.

    >>> add(2, 3)
    5
    >>> add('a', 'b')
    'ab'
    >>> add(1, 1)
    3
    """
    return a + b


def div(a, b):
    """
    >>> div(1, 0)
    Traceback (most recent call last):
        ...
    ZeroDivisionError: division by zero
    >>> div(4, 2)
    2.0
    >>> div(1, 2)  # doctest: +ELLIPSIS
    0.5...
    """
    return a / b


def noexamples():
    pass


class Stack:
    """A stack.

    >>> s = Stack()
    >>> s.push(1); s.push(2)
    >>> s.items
    [1, 2]
    """

    def __init__(self):
        self.items = []

    def push(self, x):
        """Push.

        >>> s = Stack()
        >>> s.push(5)
        >>> print(s.items)
        [4]
        """
        self.items.append(x)

    @property
    def top(self):
        """
        >>> Stack().top
        """
        return None


def ws():
    """
    >>> print(list(range(20)))  # doctest: +NORMALIZE_WHITESPACE
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
     10, 11, 12, 13, 14, 15, 16, 17, 18, 19]
    >>> print("a long line of text")  # doctest: +ELLIPSIS
    a long...text
    >>> print("x\\n\\ny")
    x
    <BLANKLINE>
    y
    >>> for i in range(3):
    ...     print(i)
    0
    1
    2
    >>> True
    1
    >>> print("nope")  # doctest: +SKIP
    whatever
    >>> raise KeyError('k')  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    builtins.KeyError: 'other'
    """




if __name__ == "__main__":
    import doctest
    print(doctest.testmod())
    print(doctest.testmod(verbose=True))
    doctest.run_docstring_examples(add, {'add': add}, name="add")
    doctest.run_docstring_examples(ws, globals(), verbose=True)
