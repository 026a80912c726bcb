# doctest.DocTestFinder: what it collects from a module (functions, classes, methods,
# static/class methods, properties, nested classes, __test__ entries, not imported names),
# the line numbers it gives each docstring, verbose/recurse/exclude_empty, and the
# messages for bad __test__ entries.
import doctest
import sys
from os.path import join      # imported: its docstring belongs to another module


def plain():
    """
    >>> 1 + 1
    2
    """


def undocumented():
    pass


class Account:
    """An account.

    >>> Account().balance
    0
    """
    balance = 0

    def deposit(self, n):
        '''>>> a = Account(); a.deposit(5); a.balance
        5
        '''
        self.balance += n

    @staticmethod
    def rate():
        """>>> Account.rate()
        0.5
        """
        return 0.5

    @classmethod
    def open(cls):
        r"""
        >>> Account.open().balance
        0
        """
        return cls()

    @property
    def doubled(self):
        """>>> Account().doubled
        0
        """
        return self.balance * 2

    class Ledger:
        """>>> 'nested'
        'nested'
        """


__test__ = {'extra': '>>> 2 * 3\n6\n', 'by_function': plain}

module = sys.modules[__name__]
for kw in ({}, {'exclude_empty': False}, {'recurse': False}):
    tests = doctest.DocTestFinder(**kw).find(module, 'M')
    print(kw, len(tests))
    for t in tests:
        print('   ', t.name, t.lineno, len(t.examples), t.filename.endswith('finder.py'),
              [e.lineno for e in t.examples])

doctest.DocTestFinder(verbose=True).find(Account, 'Account', module=False, globs={})
print(doctest.DocTestFinder().find(plain)[0].name, doctest.DocTestFinder().find(plain, module=False)[0].lineno)
try:
    doctest.DocTestFinder().find(3)
except ValueError as e:
    print('ValueError', e)
for bad in ({1: 'x'}, {'k': 3}):
    module.__test__ = bad
    try:
        doctest.DocTestFinder().find(module, 'M')
    except ValueError as e:
        print('ValueError', e)
del module.__test__
results = doctest.testmod(module, name='M', verbose=False)
print(results)
