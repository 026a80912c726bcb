# A course's doctest exercise: docstring examples, some of which are wrong.
import doctest


def average(values):
    """Return the mean of the values.

    >>> average([1, 2, 3, 4])
    2.5
    >>> average([10])
    10
    >>> average([])
    Traceback (most recent call last):
        ...
    ZeroDivisionError: division by zero
    >>> average([1, 2])   # wrong on purpose
    1
    """
    return sum(values) / len(values)


def words(text):
    """Split text into words.

    >>> words("a b  c")
    ['a', 'b', 'c']
    >>> words("")
    []
    >>> for w in words("x y"):
    ...     print(w)
    x
    y
    >>> words(None)
    []
    >>> print("a\\nb")
    a
    c
    """
    return text.split()


def spaced(n):
    """
    >>> spaced(3)   # doctest: +NORMALIZE_WHITESPACE
    0   1
    2
    >>> list(range(20))   # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    >>> spaced(2)
    0 1
    >>> raise ValueError("multi\\nline")
    Traceback (most recent call last):
    ValueError: multi
    other
    >>> 1/0   # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ZeroDivisionError: something else
    >>> print("<BLANKLINE> test\\n\\nend")
    <BLANKLINE> test
    <BLANKLINE>
    end
    >>> undefined_name
    42
    """
    print(" ".join(str(i) for i in range(n)))


class Account:
    """A bank account.

    >>> acct = Account(100)
    >>> acct.withdraw(30)
    70
    >>> acct.withdraw(500)
    Traceback (most recent call last):
    ValueError: insufficient funds
    """

    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        """
        >>> Account(5).withdraw(5)
        0
        """
        if amount > self.balance:
            raise ValueError("insufficient funds: %d" % self.balance)
        self.balance -= amount
        return self.balance


def run(call):
    """Print call()'s report without the frames inside doctest itself (their paths and
    line numbers differ between implementations)."""
    import contextlib, io, re
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        result = call()
    text = re.sub(r'\n +File "[^"]*doctest\.py", line \d+, in .*', "", buf.getvalue())
    print(text, end="")
    print(result)


if __name__ == "__main__":
    run(doctest.testmod)
    run(lambda: doctest.testmod(verbose=False, optionflags=doctest.REPORT_ONLY_FIRST_FAILURE))
    run(lambda: doctest.run_docstring_examples(average, {"average": average}, name="avg"))
    run(lambda: doctest.testmod(verbose=True))
