# doctest's command line (python -m doctest [-v] [-o FLAG] [-f] FILE), driven through
# doctest._test() with sys.argv set; the file checked is this program itself.
import sys


def double(n):
    """
    >>> double(2)
    4
    >>> double('ab')
    'abab'
    >>> [double(i) for i in range(12)]
    [0, 2, 4, ..., 22]
    """
    return n * 2


if __name__ == "__main__":
    import doctest
    for argv in (["-v", __file__], ["-o", "ELLIPSIS", __file__], [__file__],
                 ["-f", __file__], ["-x", __file__]):
        sys.argv = ["doctest.py"] + argv
        print("== python -m doctest", " ".join(a.rsplit("/", 1)[-1] for a in argv))
        sys.stdout.flush()
        print("status", doctest._test())
