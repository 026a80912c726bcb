# doctest with unittest: DocTestSuite, raise_on_error (DocTestFailure), verbose without report.
import doctest, unittest, sys

def square(x):
    """
    >>> square(3)
    9
    >>> square(-2)
    5
    """
    return x * x

def fine():
    """
    >>> fine()
    'ok'
    """
    return 'ok'

class Acc:
    """
    >>> a = Acc()
    >>> a.add(2)
    >>> a.total
    2
    """
    def __init__(self):
        self.total = 0
    def add(self, n):
        self.total += n

if __name__ == "__main__":
    suite = doctest.DocTestSuite()
    print(suite.countTestCases())
    r = unittest.TextTestRunner(stream=sys.stdout, verbosity=2).run(suite)
    print(r.testsRun, len(r.failures))
    try:
        doctest.testmod(raise_on_error=True)
    except doctest.DocTestFailure as e:
        print("DocTestFailure", e.test.name, repr(e.example.source), repr(e.got))
    print(doctest.testmod(verbose=True, report=False))
