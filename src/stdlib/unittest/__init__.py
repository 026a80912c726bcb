"""unittest: write tests as methods of TestCase subclasses, run them with unittest.main().

Written for pygil from CPython 3.11's documented behaviour; its reports (the dots, the
FAIL:/ERROR: sections, "Ran N tests", OK/FAILED) are CPython's line for line.
"""

__all__ = ['TestResult', 'TestCase', 'TestSuite',
           'TextTestRunner', 'TestLoader', 'FunctionTestCase', 'main',
           'defaultTestLoader', 'SkipTest', 'skip', 'skipIf', 'skipUnless',
           'expectedFailure', 'TextTestResult', 'installHandler',
           'registerResult', 'removeResult', 'removeHandler',
           'addModuleCleanup', 'doModuleCleanups', 'enterModuleContext',
           'getTestCaseNames', 'makeSuite', 'findTestCases']

__unittest = True

from .result import TestResult
from .case import (addModuleCleanup, TestCase, FunctionTestCase, SkipTest, skip,
                   skipIf, skipUnless, expectedFailure, doModuleCleanups,
                   enterModuleContext)
from .suite import BaseTestSuite, TestSuite
from .loader import TestLoader, defaultTestLoader
from .main import TestProgram, main
from .runner import TextTestRunner, TextTestResult
from .signals import installHandler, registerResult, removeResult, removeHandler


def _loader_for(prefix, sortUsing=None, suiteClass=None, testNamePatterns=None):
    loader = TestLoader()
    loader.testMethodPrefix = prefix
    loader.testNamePatterns = testNamePatterns
    if sortUsing:
        loader.sortTestMethodsUsing = sortUsing
    if suiteClass:
        loader.suiteClass = suiteClass
    return loader


def getTestCaseNames(testCaseClass, prefix, sortUsing=None, testNamePatterns=None):
    """Deprecated in 3.11 (use TestLoader.getTestCaseNames)."""
    import warnings
    warnings.warn("unittest.getTestCaseNames() is deprecated and will be removed in "
                  "Python 3.13. Please use unittest.TestLoader.getTestCaseNames() instead.",
                  DeprecationWarning, stacklevel=2)
    return _loader_for(prefix, sortUsing, testNamePatterns=testNamePatterns) \
        .getTestCaseNames(testCaseClass)


def makeSuite(testCaseClass, prefix='test', sortUsing=None, suiteClass=TestSuite):
    """Deprecated in 3.11 (use TestLoader.loadTestsFromTestCase)."""
    import warnings
    warnings.warn("unittest.makeSuite() is deprecated and will be removed in Python 3.13. "
                  "Please use unittest.TestLoader.loadTestsFromTestCase() instead.",
                  DeprecationWarning, stacklevel=2)
    return _loader_for(prefix, sortUsing, suiteClass).loadTestsFromTestCase(testCaseClass)


def findTestCases(module, prefix='test', sortUsing=None, suiteClass=TestSuite):
    """Deprecated in 3.11 (use TestLoader.loadTestsFromModule)."""
    import warnings
    warnings.warn("unittest.findTestCases() is deprecated and will be removed in Python "
                  "3.13. Please use unittest.TestLoader.loadTestsFromModule() instead.",
                  DeprecationWarning, stacklevel=2)
    return _loader_for(prefix, sortUsing, suiteClass).loadTestsFromModule(module)


def __getattr__(name):
    if name == 'IsolatedAsyncioTestCase':
        raise NotImplementedError("unittest.IsolatedAsyncioTestCase needs asyncio, which "
                                  "pygil does not have yet")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
