"""The text runner: runs a suite and reports it on a stream (sys.stderr by default).

TextTestRunner drives the run; TextTestResult prints one mark per test while it
runs ('.', 'F', 'E', ... or one line per test when verbose) and the details of the
problems at the end.
"""

import sys
import time
import warnings

from . import result
from .case import _SubTest
from .signals import registerResult

__unittest = True   # keeps this module's frames out of the tracebacks shown

LINE_WIDTH = 70


class _WritelnDecorator(object):
    """A stream with one more method, writeln(); all else goes to the wrapped stream."""

    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, name):
        # Only reached for names not set on the wrapper itself.  'stream' missing
        # means __init__ has not run yet (copy/pickle): delegating would recurse.
        if name in ('stream', '__getstate__'):
            raise AttributeError(name)
        return getattr(self.stream, name)

    def writeln(self, text=None):
        if text:
            self.write(text)
        self.write('\n')


class TextTestResult(result.TestResult):
    """A TestResult that also reports to a stream as the tests finish.

    verbosity 1 prints one character per test, 2 or more one line per test,
    0 nothing until printErrors().
    """

    separator1 = '=' * LINE_WIDTH   # above each problem's header
    separator2 = '-' * LINE_WIDTH   # between a header and its traceback

    def __init__(self, stream, descriptions, verbosity):
        super().__init__(stream, descriptions, verbosity)
        self.stream = stream
        self.descriptions = descriptions
        self.showAll = verbosity > 1
        self.dots = verbosity == 1
        # True when the cursor is at the start of a line (verbose mode only)
        self._newline = True

    def getDescription(self, test):
        """The test's name, followed on a second line by the first line of its
        docstring when descriptions are wanted and there is one."""
        name = str(test)
        doc = test.shortDescription()
        if self.descriptions and doc:
            return name + '\n' + doc
        return name

    def startTest(self, test):
        super().startTest(test)
        if self.showAll:
            # the outcome word is added to this line when the test ends
            self.stream.write(self.getDescription(test) + ' ... ')
            self.stream.flush()
            self._newline = False

    def _show(self, test, word, letter):
        """Report one outcome: the word in verbose mode, the letter in dots mode."""
        if self.showAll:
            subtest = isinstance(test, _SubTest)
            if subtest or self._newline:
                # The line opened by startTest is taken (or was never opened):
                # start a fresh one naming what this outcome belongs to.
                if not self._newline:
                    self.stream.writeln()
                if subtest:
                    self.stream.write('  ')
                self.stream.write(self.getDescription(test) + ' ... ')
            self.stream.writeln(word)
            self._newline = True
        elif self.dots:
            self.stream.write(letter)
        self.stream.flush()

    def addSuccess(self, test):
        super().addSuccess(test)
        self._show(test, 'ok', '.')

    def addError(self, test, err):
        super().addError(test, err)
        self._show(test, 'ERROR', 'E')

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._show(test, 'FAIL', 'F')

    def addSubTest(self, test, subtest, err):
        # a subtest that passed is not shown at all
        if err is not None:
            if issubclass(err[0], subtest.failureException):
                self._show(subtest, 'FAIL', 'F')
            else:
                self._show(subtest, 'ERROR', 'E')
        super().addSubTest(test, subtest, err)

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._show(test, 'skipped %r' % (reason,), 's')

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._show(test, 'expected failure', 'x')

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._show(test, 'unexpected success', 'u')

    def printErrors(self):
        """The details, once all tests ran: each error, then each failure with its
        traceback, then the tests that should have failed but did not."""
        if self.showAll or self.dots:
            self.stream.writeln()   # end the line of dots / the last verbose line
            self.stream.flush()
        self.printErrorList('ERROR', self.errors)
        self.printErrorList('FAIL', self.failures)
        surprises = getattr(self, 'unexpectedSuccesses', ())
        if surprises:
            self.stream.writeln(self.separator1)
            for test in surprises:
                self.stream.writeln('UNEXPECTED SUCCESS: ' + self.getDescription(test))
            self.stream.flush()

    def printErrorList(self, flavour, errors):
        for test, text in errors:
            for line in (self.separator1,
                         '%s: %s' % (flavour, self.getDescription(test)),
                         self.separator2,
                         '%s' % text):
                self.stream.writeln(line)
            self.stream.flush()


def _plural(count, word):
    return '%d %s%s' % (count, word, '' if count == 1 else 's')


class TextTestRunner(object):
    """Runs tests and reports them as text on a stream.

    Any object with run(test) returning a TestResult can stand in for it."""

    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1,
                 failfast=False, buffer=False, resultclass=None, warnings=None,
                 *, tb_locals=False):
        # the default is looked up now, so that a replaced sys.stderr is used
        self.stream = _WritelnDecorator(sys.stderr if stream is None else stream)
        self.descriptions = descriptions
        self.verbosity = verbosity
        self.failfast = failfast
        self.buffer = buffer
        self.tb_locals = tb_locals
        # Without -W options, tests show their warnings once per location
        # ('default'), so deprecations in the code under test are not missed.
        if warnings is None and not sys.warnoptions:
            warnings = 'default'
        self.warnings = warnings
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        return self.resultclass(self.stream, self.descriptions, self.verbosity)

    def _set_warning_filters(self):
        if not self.warnings:
            return
        warnings.simplefilter(self.warnings)
        if self.warnings in ('default', 'always'):
            # unittest's own deprecated assert aliases warn once per module only
            warnings.filterwarnings('module', category=DeprecationWarning,
                                    message=r'Please use assert\w+ instead.')

    def run(self, test):
        """Run test (a case or a suite), print the report, return the result."""
        res = self._makeResult()
        registerResult(res)
        res.failfast = self.failfast
        res.buffer = self.buffer
        res.tb_locals = self.tb_locals
        # the filters set for the tests are undone when the run ends
        with warnings.catch_warnings():
            self._set_warning_filters()
            began = time.perf_counter()
            hook = getattr(res, 'startTestRun', None)
            if hook is not None:
                hook()
            try:
                test(res)
            finally:
                hook = getattr(res, 'stopTestRun', None)
                if hook is not None:
                    hook()
            elapsed = time.perf_counter() - began
        res.printErrors()
        self._print_summary(res, elapsed)
        return res

    def _print_summary(self, res, elapsed):
        out = self.stream
        if hasattr(res, 'separator2'):
            out.writeln(res.separator2)
        out.writeln('Ran %s in %.3fs' % (_plural(res.testsRun, 'test'), elapsed))
        out.writeln()

        details = []
        if res.wasSuccessful():
            out.write('OK')
        else:
            out.write('FAILED')
            details.append(('failures', len(res.failures)))
            details.append(('errors', len(res.errors)))
        # a result class may lack these lists (they came after the first version)
        for label, attr in (('skipped', 'skipped'),
                            ('expected failures', 'expectedFailures'),
                            ('unexpected successes', 'unexpectedSuccesses')):
            details.append((label, len(getattr(res, attr, ()))))
        shown = ['%s=%d' % (label, n) for label, n in details if n]
        if shown:
            out.writeln(' (%s)' % ', '.join(shown))
        else:
            out.write('\n')
        out.flush()
