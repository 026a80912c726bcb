"""Python's keywords, and a test for them.

kwlist holds the keywords of Python 3.11, softkwlist the soft keywords (names that are
keywords only in some places: `match`, `case` and `_` in a match statement).
"""

__all__ = ["iskeyword", "issoftkeyword", "kwlist", "softkwlist"]

kwlist = [
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class',
    'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global',
    'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return',
    'try', 'while', 'with', 'yield',
]

softkwlist = ['_', 'case', 'match']

# As in CPython, the tests are the `in` test of a frozenset (a built-in method).
iskeyword = frozenset(kwlist).__contains__
issoftkeyword = frozenset(softkwlist).__contains__
