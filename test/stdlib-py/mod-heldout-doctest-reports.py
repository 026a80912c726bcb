# doctest's report options and its unittest integration, as a testing chapter shows them.
import contextlib
import doctest
import io
import re
import unittest


def table(n):
    """
    >>> table(3)
    1 x 1 = 1
    1 x 2 = 2
    1 x 3 = 3
    >>> table(2)  # doctest: +REPORT_UDIFF
    1 x 1 = 1
    1 x 2 = 3
    >>> table(2)  # doctest: +REPORT_CDIFF
    1 x 1 = 1
    1 x 2 = 3
    >>> table(2)  # doctest: +REPORT_NDIFF
    1 x 1 = 1
    1 x 2 = 3
    >>> table(0)  # doctest: +SKIP
    nothing at all
    >>> print(list(range(3)))  # doctest: +ELLIPSIS
    [0, ..., 2]
    >>> True
    1
    >>> 1 == 1.0  # doctest: +DONT_ACCEPT_TRUE_FOR_1
    1
    >>> print("a\\n\\nb")  # doctest: +DONT_ACCEPT_BLANKLINE
    a
    <BLANKLINE>
    b
    >>> print("   spaced   out   ")  # doctest: +NORMALIZE_WHITESPACE
    spaced out
    """
    for i in range(1, n + 1):
        print("1 x %d = %d" % (i, i))


def parse(text):
    """
    >>> parse("1,2")
    [1, 2]
    >>> parse("x")
    Traceback (most recent call last):
      ...
    ValueError: invalid literal for int() with base 10: 'y'
    >>> parse("x")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ValueError: anything
    >>> parse("x")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ValueError: invalid literal...
    """
    return [int(part) for part in text.split(",")]


def clean(text):
    return re.sub(r'\n +File "[^"]*doctest\.py", line \d+, in .*', "", text)


buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    result = doctest.testmod()
print(clean(buf.getvalue()), end="")
print(result)

suite = unittest.TestSuite()
suite.addTests(doctest.DocTestSuite())
stream = io.StringIO()
outcome = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
print(outcome.testsRun, len(outcome.failures), len(outcome.errors), outcome.wasSuccessful())
print(sorted(test.id() for test, _ in outcome.failures))
finder = doctest.DocTestFinder()
tests = finder.find(table)
print([t.name for t in tests], [len(t.examples) for t in tests])
example = tests[0].examples[1]
print(repr(example.source), repr(example.want), example.options, example.lineno)
parser = doctest.DocTestParser()
parts = parser.parse("text\n>>> 1 + 1\n2\nmore\n")
print([type(p).__name__ if not isinstance(p, str) else repr(p) for p in parts])
print(doctest.OutputChecker().check_output("1\n", "True\n", 0), doctest.OutputChecker().check_output("a  b\n", "a b\n", doctest.NORMALIZE_WHITESPACE))
print(sorted(name for name in doctest.OPTIONFLAGS_BY_NAME)[:5], doctest.ELLIPSIS_MARKER)
print(doctest.script_from_examples(">>> x = 1\n>>> x\n1\n"))
