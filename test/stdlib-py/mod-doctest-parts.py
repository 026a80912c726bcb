# doctest's parts used directly: DocTestParser, Example, DocTestFinder, OutputChecker flags,
# DocTestRunner with option flags and diff reports, script_from_examples, bad docstrings.
import doctest

text = """
Some text.
    >>> x = 1
    >>> x + 1
    2
    >>> print('a')  # doctest: +SKIP, +ELLIPSIS
    a...

    >>> for i in 'ab':
    ...     print(i)
    a
    b
"""
parser = doctest.DocTestParser()
for piece in parser.parse(text):
    if isinstance(piece, doctest.Example):
        print("Example", repr(piece.source), repr(piece.want), piece.lineno, piece.indent,
              piece.options, piece.exc_msg)
    else:
        print("Text", repr(piece))
exc = parser.get_examples(""">>> 1/0
Traceback (most recent call last):
  ...
ZeroDivisionError: division by zero
""")[0]
print(repr(exc.exc_msg), repr(exc.want))

checker = doctest.OutputChecker()
print(checker.check_output("1\n", "True\n", 0), checker.check_output("1\n", "True\n", doctest.DONT_ACCEPT_TRUE_FOR_1))
print(checker.check_output("a  b\n", "a b\n", doctest.NORMALIZE_WHITESPACE))
print(checker.check_output("a...z\n", "abcz\n", doctest.ELLIPSIS), checker.check_output("a...z\n", "abc\n", doctest.ELLIPSIS))
print(checker.check_output("...\n", "anything\n", doctest.ELLIPSIS))
print(checker.check_output("x\n<BLANKLINE>\n", "x\n\n", 0), checker.check_output("x\n<BLANKLINE>\n", "x\n\n", doctest.DONT_ACCEPT_BLANKLINE))

test = parser.get_doctest(text, {}, "demo", "demo.txt", 0)
print(test, len(test.examples))
runner = doctest.DocTestRunner(verbose=False)
print(runner.run(test))


def lines():
    """
    >>> for i in range(5): print(i)
    0
    1
    2
    9
    4
    """


for flag in (doctest.REPORT_UDIFF, doctest.REPORT_NDIFF, doctest.REPORT_CDIFF):
    doctest.run_docstring_examples(lines, {}, optionflags=flag, name="lines")

finder = doctest.DocTestFinder()
import sys
print([t.name for t in finder.find(sys.modules[__name__])])
print([(t.name, len(t.examples)) for t in doctest.DocTestFinder(exclude_empty=False).find(lines)])

for bad in (">>>x = 1\n", ">>> x = 1  # doctest: +NOPE\n", "  >>> if 1:\n ...   pass\n"):
    try:
        parser.get_examples(bad, "bad")
    except ValueError as e:
        print("ValueError:", e)

print(doctest.script_from_examples(text))
print(doctest.OPTIONFLAGS_BY_NAME["ELLIPSIS"] == doctest.ELLIPSIS, doctest.register_optionflag("MINE"))


def first_failure():
    """
    >>> 1
    2
    >>> 3
    4
    """


doctest.run_docstring_examples(first_failure, {}, optionflags=doctest.REPORT_ONLY_FIRST_FAILURE)
doctest.run_docstring_examples(first_failure, {}, optionflags=doctest.FAIL_FAST)
