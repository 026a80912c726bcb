"""TestCase: running one test method (fixtures, subtests, cleanups) and the assert methods."""

import sys
import warnings
import traceback
import collections

from . import result
from .util import (strclass, safe_repr, _count_diff_all_purpose,
                   _count_diff_hashable, _common_shorten_repr)

__unittest = True   # frames of this module are left out of failure tracebacks

_subtest_msg_sentinel = object()

DIFF_OMITTED = ('\nDiff is %s characters long. '
                'Set self.maxDiff to None to see it.')


class SkipTest(Exception):
    """Raise this in a test (or setUp, setUpClass) to skip it."""


class _ShouldStop(Exception):
    """Stops the test after a failed subtest when failfast is set."""


class _UnexpectedSuccess(Exception):
    """The test was marked as an expected failure but passed."""


class _Outcome:
    """What happened while running the parts of one test (setUp, the method, tearDown)."""

    def __init__(self, result=None):
        self.expecting_failure = False
        self.result = result
        self.result_supports_subtests = hasattr(result, "addSubTest")
        self.success = True
        self.expectedFailure = None

    def testPartExecutor(self, test_case, subTest=False):
        """A context manager recording an exception raised by one part of a test (setUp, the
        method, tearDown, a cleanup, a subtest); the test goes on to its next part."""
        return _TestPart(self, test_case, subTest)


class _TestPart:
    # a class rather than a @contextmanager generator: three of these run per test, and a
    # plain __enter__/__exit__ pair is much cheaper on pygil

    def __init__(self, outcome, test_case, subTest):
        self.outcome = outcome
        self.test_case = test_case
        self.subTest = subTest

    def __enter__(self):
        self.old_success = self.outcome.success
        self.outcome.success = True

    def __exit__(self, exc_type, exc, tb):
        outcome = self.outcome
        try:
            if exc_type is None:
                if self.subTest and outcome.success:
                    outcome.result.addSubTest(self.test_case.test_case, self.test_case, None)
                return False
            if issubclass(exc_type, KeyboardInterrupt):
                return False
            if issubclass(exc_type, SkipTest):
                outcome.success = False
                _addSkip(outcome.result, self.test_case, str(exc))
                return True
            if issubclass(exc_type, _ShouldStop):
                return True
            exc_info = (exc_type, exc, tb)
            if outcome.expecting_failure:
                outcome.expectedFailure = exc_info
            else:
                outcome.success = False
                if self.subTest:
                    outcome.result.addSubTest(self.test_case.test_case, self.test_case, exc_info)
                else:
                    _addError(outcome.result, self.test_case, exc_info)
            return True
        finally:
            outcome.success = outcome.success and self.old_success


def _addSkip(result, test_case, reason):
    report = getattr(result, 'addSkip', None)
    if report is None:
        # a result object without skip support: the test counts as passed
        warnings.warn("TestResult has no addSkip method, skips not reported",
                      RuntimeWarning, 2)
        result.addSuccess(test_case)
        return
    report(test_case, reason)


def _addError(result, test, exc_info):
    """Report exc_info as a failure (the test's failureException) or as an error."""
    if result is None or exc_info is None:
        return
    if issubclass(exc_info[0], test.failureException):
        result.addFailure(test, exc_info)
    else:
        result.addError(test, exc_info)


def _id(obj):
    return obj


# -- skipping and expected failures --

def skip(reason):
    """Skip the decorated test (method or class) unconditionally."""
    def decorator(test_item):
        if not isinstance(test_item, type):
            def skip_wrapper(*args, **kwargs):
                raise SkipTest(reason)
            skip_wrapper.__name__ = test_item.__name__
            skip_wrapper.__qualname__ = test_item.__qualname__
            skip_wrapper.__doc__ = test_item.__doc__
            skip_wrapper.__wrapped__ = test_item
            test_item = skip_wrapper
        test_item.__unittest_skip__ = True
        test_item.__unittest_skip_why__ = reason
        return test_item
    if isinstance(reason, type(skip)):
        # @skip used without a reason
        test_item = reason
        reason = ''
        return decorator(test_item)
    return decorator


def skipIf(condition, reason):
    if condition:
        return skip(reason)
    return _id


def skipUnless(condition, reason):
    if not condition:
        return skip(reason)
    return _id


def expectedFailure(test_item):
    test_item.__unittest_expecting_failure__ = True
    return test_item


def _is_subtype(expected, basetype):
    if isinstance(expected, tuple):
        return all(_is_subtype(e, basetype) for e in expected)
    return isinstance(expected, type) and issubclass(expected, basetype)


# -- assertRaises / assertWarns contexts --

class _BaseTestCaseContext:
    """A context manager of a TestCase (assertRaises, assertLogs...) reporting failures."""

    def __init__(self, test_case):
        self.test_case = test_case

    def _raiseFailure(self, standardMsg):
        msg = self.test_case._formatMessage(self.msg, standardMsg)
        raise self.test_case.failureException(msg)


class _AssertRaisesBaseContext(_BaseTestCaseContext):

    def __init__(self, expected, test_case, expected_regex=None):
        _BaseTestCaseContext.__init__(self, test_case)
        self.expected = expected
        if expected_regex is not None:
            import re
            expected_regex = re.compile(expected_regex)
        self.expected_regex = expected_regex
        self.obj_name = None
        self.msg = None

    def handle(self, name, args, kwargs):
        """assertRaises(exc, f, *args) calls f; assertRaises(exc) returns the context."""
        if not _is_subtype(self.expected, self._base_type):
            raise TypeError('%s() arg 1 must be %s' % (name, self._base_type_str))
        if not args:
            self.msg = kwargs.pop('msg', None)
            if kwargs:
                raise TypeError('%r is an invalid keyword argument for '
                                'this function' % (next(iter(kwargs)),))
            return self
        callable_obj, *args = args
        try:
            self.obj_name = callable_obj.__name__
        except AttributeError:
            self.obj_name = str(callable_obj)
        try:
            with self:
                callable_obj(*args, **kwargs)
        finally:
            # the caught exception's traceback holds this frame: drop the references to the
            # callable and its arguments so that a reference-counting Python frees them at once
            callable_obj = args = kwargs = self = None


class _AssertRaisesContext(_AssertRaisesBaseContext):

    _base_type = BaseException
    _base_type_str = 'an exception type or tuple of exception types'

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            try:
                exc_name = self.expected.__name__
            except AttributeError:
                exc_name = str(self.expected)
            if self.obj_name:
                self._raiseFailure("{} not raised by {}".format(exc_name, self.obj_name))
            else:
                self._raiseFailure("{} not raised".format(exc_name))
        else:
            traceback.clear_frames(tb)
        if not issubclass(exc_type, self.expected):
            return False    # an unexpected exception propagates
        self.exception = exc_value.with_traceback(None)
        if self.expected_regex is None:
            return True
        if not self.expected_regex.search(str(exc_value)):
            self._raiseFailure('"{}" does not match "{}"'.format(
                self.expected_regex.pattern, str(exc_value)))
        return True


class _AssertWarnsContext(_AssertRaisesBaseContext):

    _base_type = Warning
    _base_type_str = 'a warning type or tuple of warning types'

    def __enter__(self):
        # forget warnings already shown once, so that they are issued again here
        for module in list(sys.modules.values()):
            if getattr(module, '__warningregistry__', None):
                module.__warningregistry__ = {}
        # record every warning of the expected kinds, even ones normally shown once
        self.warnings_manager = warnings.catch_warnings(record=True)
        self.warnings = self.warnings_manager.__enter__()
        warnings.simplefilter("always", self.expected)
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self.warnings_manager.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            # an exception in the block goes on as it is
            return
        name = getattr(self.expected, '__name__', None) or str(self.expected)
        wrong_text = None     # first warning of the right kind whose text did not match
        for record in self.warnings:
            warning = record.message
            if not isinstance(warning, self.expected):
                continue
            regex = self.expected_regex
            if regex is None or regex.search(str(warning)):
                # success: the context manager keeps what was caught
                self.warning = warning
                self.filename, self.lineno = record.filename, record.lineno
                return
            if wrong_text is None:
                wrong_text = warning
        if wrong_text is not None:
            self._raiseFailure('"{}" does not match "{}"'.format(
                self.expected_regex.pattern, str(wrong_text)))
        where = " by {}".format(self.obj_name) if self.obj_name else ""
        self._raiseFailure("{} not triggered{}".format(name, where))


class _SubTestContext:
    """What `with self.subTest(msg, **params):` runs: the block as a test part of its own."""

    def __init__(self, test_case, msg, params):
        self.test_case = test_case
        self.msg = msg
        self.params = params
        self.part = None

    def __enter__(self):
        test = self.test_case
        outcome = test._outcome
        if outcome is None or not outcome.result_supports_subtests:
            return None     # run outside a result that knows subtests: a plain block
        self.parent = test._subtest
        if self.parent is None:
            params_map = _OrderedChainMap(self.params)
        else:
            params_map = self.parent.params.new_child(self.params)
        test._subtest = _SubTest(test, self.msg, params_map)
        self.part = outcome.testPartExecutor(test._subtest, subTest=True)
        self.part.__enter__()
        return None

    def __exit__(self, exc_type, exc, tb):
        if self.part is None:
            return False
        test = self.test_case
        try:
            handled = self.part.__exit__(exc_type, exc, tb)
            if exc_type is not None and not handled:
                return False    # KeyboardInterrupt goes on
            outcome = test._outcome
            if not outcome.success:
                result = outcome.result
                if result is not None and result.failfast:
                    raise _ShouldStop
            elif outcome.expectedFailure:
                # an expected failure happened: the rest of the test is not run
                raise _ShouldStop
            return handled
        finally:
            test._subtest = self.parent


class _OrderedChainMap(collections.ChainMap):
    # a subtest's parameters, its own first, then its enclosing subtests'
    def __iter__(self):
        seen = set()
        for mapping in self.maps:
            for k in mapping:
                if k not in seen:
                    seen.add(k)
                    yield k


class TestCase(object):
    """One test: an instance runs one test method, between setUp() and tearDown()."""

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    _diffThreshold = 2 ** 16    # strings longer than this are not diffed
    _classSetupFailed = False
    _class_cleanups = []

    def __init_subclass__(cls, *args, **kwargs):
        cls._classSetupFailed = False
        cls._class_cleanups = []
        super().__init_subclass__(*args, **kwargs)

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName
        self._outcome = None      # the _Outcome of the run in progress
        self._cleanups = []       # (function, args, kwargs) from addCleanup
        self._subtest = None
        try:
            method = getattr(self, methodName)
        except AttributeError:
            # the default name may be absent: such an instance is still usable (e.g. by
            # doctest or to call assert methods), but any other name must exist
            if methodName != 'runTest':
                raise ValueError("no such test method in %s: %s" %
                                 (self.__class__, methodName))
            self._testMethodDoc = 'No test'
        else:
            self._testMethodDoc = method.__doc__
        # assertEqual on two values of one of these exact types uses the detailed comparison
        self._type_equality_funcs = {}
        for kind, checker in ((dict, 'assertDictEqual'), (list, 'assertListEqual'),
                              (tuple, 'assertTupleEqual'), (set, 'assertSetEqual'),
                              (frozenset, 'assertSetEqual'), (str, 'assertMultiLineEqual')):
            self.addTypeEqualityFunc(kind, checker)

    def addTypeEqualityFunc(self, typeobj, function):
        """Make assertEqual call function (or the method of that name) for two typeobj values."""
        self._type_equality_funcs[typeobj] = function

    def addCleanup(self, function, /, *args, **kwargs):
        """Call function(*args, **kwargs) after tearDown, even when setUp failed (LIFO)."""
        self._cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        return _enter_context(cm, self.addCleanup)

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        cls._class_cleanups.append((function, args, kwargs))

    @classmethod
    def enterClassContext(cls, cm):
        return _enter_context(cm, cls.addClassCleanup)

    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return result.TestResult()

    def shortDescription(self):
        """The first line of the test method's docstring, or None."""
        doc = self._testMethodDoc
        return doc.strip().split("\n")[0].strip() if doc else None

    def id(self):
        return "%s.%s" % (strclass(self.__class__), self._testMethodName)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._testMethodName == other._testMethodName

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __str__(self):
        return "%s (%s.%s)" % (self._testMethodName, strclass(self.__class__),
                               self._testMethodName)

    def __repr__(self):
        return "<%s testMethod=%s>" % (strclass(self.__class__), self._testMethodName)

    def subTest(self, msg=_subtest_msg_sentinel, **params):
        """A part of the test reported on its own: a failure inside does not end the test."""
        return _SubTestContext(self, msg, params)

    def _addExpectedFailure(self, result, exc_info):
        report = getattr(result, 'addExpectedFailure', None)
        if report is not None:
            report(self, exc_info)
            return
        # an old-style result object: the best it can hear is "passed"
        warnings.warn("TestResult has no addExpectedFailure method, reporting as passes",
                      RuntimeWarning)
        result.addSuccess(self)

    def _addUnexpectedSuccess(self, result):
        report = getattr(result, 'addUnexpectedSuccess', None)
        if report is not None:
            report(self)
            return
        # an old-style result object: report a failure, which needs a real exc_info
        warnings.warn("TestResult has no addUnexpectedSuccess method, reporting as failure",
                      RuntimeWarning)
        try:
            raise _UnexpectedSuccess from None
        except _UnexpectedSuccess:
            result.addFailure(self, sys.exc_info())

    # The four steps of a run, as separate methods so subclasses (e.g. an async
    # test case) can change how each one is called.
    def _callSetUp(self):
        self.setUp()

    def _callTestMethod(self, method):
        returned = method()
        if returned is not None:
            # stacklevel 3 points the warning at the code that ran the test
            warnings.warn(f'It is deprecated to return a value that is not None from a '
                          f'test case ({method})', DeprecationWarning, stacklevel=3)

    def _callTearDown(self):
        self.tearDown()

    def _callCleanup(self, function, /, *args, **kwargs):
        function(*args, **kwargs)

    def run(self, result=None):
        """Run the test, reporting to result (a fresh TestResult when None)."""
        # a result made here is a whole test run by itself: open and close it too
        own_result = result is None
        if own_result:
            result = self.defaultTestResult()
            if getattr(result, 'startTestRun', None) is not None:
                result.startTestRun()
        result.startTest(self)
        try:
            method = getattr(self, self._testMethodName)
            cls = self.__class__
            if getattr(cls, '__unittest_skip__', False) or \
                    getattr(method, '__unittest_skip__', False):
                # a skip on the class wins over one on the method; nothing is run
                reason = getattr(cls, '__unittest_skip_why__', '') or \
                    getattr(method, '__unittest_skip_why__', '')
                _addSkip(result, self, reason)
                return result
            # set by @expectedFailure on the method, or on the instance
            expecting = bool(getattr(self, '__unittest_expecting_failure__', False) or
                             getattr(method, '__unittest_expecting_failure__', False))
            outcome = self._outcome = _Outcome(result)
            try:
                with outcome.testPartExecutor(self):
                    self._callSetUp()
                # the test and tearDown only run after a successful setUp; tearDown
                # also runs when the test failed
                if outcome.success:
                    # only an error in the test method itself counts as the expected failure
                    outcome.expecting_failure = expecting
                    with outcome.testPartExecutor(self):
                        self._callTestMethod(method)
                    outcome.expecting_failure = False
                    with outcome.testPartExecutor(self):
                        self._callTearDown()
                # cleanups run whatever happened above
                self.doCleanups()
                if outcome.success:
                    if not expecting:
                        result.addSuccess(self)
                    elif outcome.expectedFailure:
                        self._addExpectedFailure(result, outcome.expectedFailure)
                    else:
                        self._addUnexpectedSuccess(result)
                return result
            finally:
                # drop the stored exception (and its frames) so test locals can be freed
                outcome.expectedFailure = None
                self._outcome = None
        finally:
            result.stopTest(self)
            if own_result and getattr(result, 'stopTestRun', None) is not None:
                result.stopTestRun()

    def doCleanups(self):
        """Run the functions given to addCleanup, last added first."""
        outcome = self._outcome or _Outcome()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            with outcome.testPartExecutor(self):
                self._callCleanup(function, *args, **kwargs)
        return outcome.success

    @classmethod
    def doClassCleanups(cls):
        cls.tearDown_exceptions = []
        while cls._class_cleanups:
            function, args, kwargs = cls._class_cleanups.pop()
            try:
                function(*args, **kwargs)
            except Exception:
                cls.tearDown_exceptions.append(sys.exc_info())

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        """Run the test without collecting errors: they propagate to the caller."""
        testMethod = getattr(self, self._testMethodName)
        if (getattr(self.__class__, "__unittest_skip__", False) or
                getattr(testMethod, "__unittest_skip__", False)):
            why = (getattr(self.__class__, '__unittest_skip_why__', '') or
                   getattr(testMethod, '__unittest_skip_why__', ''))
            raise SkipTest(why)
        self._callSetUp()
        self._callTestMethod(testMethod)
        self._callTearDown()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            self._callCleanup(function, *args, **kwargs)

    def skipTest(self, reason):
        raise SkipTest(reason)

    def fail(self, msg=None):
        raise self.failureException(msg)

    # -- the assert methods --

    def _formatMessage(self, msg, standardMsg):
        # longMessage: the standard message, then the caller's after " : "
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        return '%s : %s' % (standardMsg, msg)

    def _truncateMessage(self, message, diff):
        if self.maxDiff is None or len(diff) <= self.maxDiff:
            return message + diff
        return message + (DIFF_OMITTED % len(diff))

    def assertFalse(self, expr, msg=None):
        if expr:
            msg = self._formatMessage(msg, "%s is not false" % safe_repr(expr))
            raise self.failureException(msg)

    def assertTrue(self, expr, msg=None):
        if not expr:
            msg = self._formatMessage(msg, "%s is not true" % safe_repr(expr))
            raise self.failureException(msg)

    def assertRaises(self, expected_exception, *args, **kwargs):
        """assertRaises(Exc, f, *args, **kw), or `with self.assertRaises(Exc) as cm:`."""
        context = _AssertRaisesContext(expected_exception, self)
        try:
            return context.handle('assertRaises', args, kwargs)
        finally:
            context = None  # no reference cycle through the traceback (see handle)

    def assertWarns(self, expected_warning, *args, **kwargs):
        context = _AssertWarnsContext(expected_warning, self)
        return context.handle('assertWarns', args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        context = _AssertRaisesContext(expected_exception, self, expected_regex)
        return context.handle('assertRaisesRegex', args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        context = _AssertWarnsContext(expected_warning, self, expected_regex)
        return context.handle('assertWarnsRegex', args, kwargs)

    def assertLogs(self, logger=None, level=None):
        from ._log import _AssertLogsContext
        return _AssertLogsContext(self, logger, level, no_logs=False)

    def assertNoLogs(self, logger=None, level=None):
        from ._log import _AssertLogsContext
        return _AssertLogsContext(self, logger, level, no_logs=True)

    def _getAssertEqualityFunc(self, first, second):
        if type(first) == type(second):
            name = self._type_equality_funcs.get(type(first))
            if name is not None:
                if isinstance(name, str):
                    return getattr(self, name)
                return name
        return self._baseAssertEqual

    def _baseAssertEqual(self, first, second, msg=None):
        if not first == second:
            standardMsg = '%s != %s' % _common_shorten_repr(first, second)
            msg = self._formatMessage(msg, standardMsg)
            raise self.failureException(msg)

    def assertEqual(self, first, second, msg=None):
        assertion_func = self._getAssertEqualityFunc(first, second)
        assertion_func(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            msg = self._formatMessage(msg, '%s == %s' % (safe_repr(first), safe_repr(second)))
            raise self.failureException(msg)

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        """Equal after rounding the difference to `places` (7) decimals, or within delta."""
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            standardMsg = '%s != %s within %s delta (%s difference)' % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(diff))
        else:
            if places is None:
                places = 7
            if round(diff, places) == 0:
                return
            standardMsg = '%s != %s within %r places (%s difference)' % (
                safe_repr(first), safe_repr(second), places, safe_repr(diff))
        msg = self._formatMessage(msg, standardMsg)
        raise self.failureException(msg)

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if not (first == second) and diff > delta:
                return
            standardMsg = '%s == %s within %s delta (%s difference)' % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(diff))
        else:
            if places is None:
                places = 7
            if not (first == second) and round(diff, places) != 0:
                return
            standardMsg = '%s == %s within %r places' % (
                safe_repr(first), safe_repr(second), places)
        msg = self._formatMessage(msg, standardMsg)
        raise self.failureException(msg)

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        """Equal sequences; the message names the first differing element and shows a diff."""
        if seq_type is None:
            seq_type_name = "sequence"
        else:
            # with a required type, both arguments must be instances of it
            seq_type_name = seq_type.__name__
            for ordinal, seq in (('First', seq1), ('Second', seq2)):
                if not isinstance(seq, seq_type):
                    raise self.failureException('%s sequence is not a %s: %s'
                                                % (ordinal, seq_type_name, safe_repr(seq)))

        # something without a length cannot be compared item by item
        differing = None
        len1 = len2 = None
        for ordinal, seq in (('First', seq1), ('Second', seq2)):
            try:
                size = len(seq)
            except (TypeError, NotImplementedError):
                differing = '%s %s has no length.    Non-sequence?' % (ordinal, seq_type_name)
                break
            if len1 is None:
                len1 = size
            else:
                len2 = size

        if differing is None:
            if seq1 == seq2:
                return
            differing = '%ss differ: %s != %s\n' % (
                (seq_type_name.capitalize(),) + _common_shorten_repr(seq1, seq2))
            first_difference = self._firstDifference(seq1, seq2, len1, len2, seq_type_name)
            if (first_difference == '' and len1 == len2 and seq_type is None
                    and type(seq1) != type(seq2)):
                # equal items in sequences of different types: accepted
                return
            differing += first_difference
            differing += self._extraElements(seq1, seq2, len1, len2, seq_type_name)
        diffMsg = '\n' + _pformat_ndiff(seq1, seq2)
        standardMsg = self._truncateMessage(differing, diffMsg)
        self.fail(self._formatMessage(msg, standardMsg))

    def _firstDifference(self, seq1, seq2, len1, len2, seq_type_name):
        for i in range(min(len1, len2)):
            try:
                item1 = seq1[i]
            except (TypeError, IndexError, NotImplementedError):
                return '\nUnable to index element %d of first %s\n' % (i, seq_type_name)
            try:
                item2 = seq2[i]
            except (TypeError, IndexError, NotImplementedError):
                return '\nUnable to index element %d of second %s\n' % (i, seq_type_name)
            if item1 != item2:
                return '\nFirst differing element %d:\n%s\n%s\n' % (
                    (i,) + _common_shorten_repr(item1, item2))
        return ''

    def _extraElements(self, seq1, seq2, len1, len2, seq_type_name):
        if len1 > len2:
            text = '\nFirst %s contains %d additional elements.\n' % (seq_type_name, len1 - len2)
            try:
                text += 'First extra element %d:\n%s\n' % (len2, safe_repr(seq1[len2]))
            except (TypeError, IndexError, NotImplementedError):
                text += 'Unable to index element %d of first %s\n' % (len2, seq_type_name)
            return text
        if len1 < len2:
            text = '\nSecond %s contains %d additional elements.\n' % (seq_type_name, len2 - len1)
            try:
                text += 'First extra element %d:\n%s\n' % (len1, safe_repr(seq2[len1]))
            except (TypeError, IndexError, NotImplementedError):
                text += 'Unable to index element %d of second %s\n' % (len1, seq_type_name)
            return text
        return ''

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        """Equal sets; the message lists the items only in one of them."""
        # any objects with a difference() method will do, e.g. a set and a frozenset
        only_first = self._set_difference(set1, set2, 'first')
        only_second = self._set_difference(set2, set1, 'second')
        if not only_first and not only_second:
            return
        lines = []
        for title, items in (('Items in the first set but not the second:', only_first),
                             ('Items in the second set but not the first:', only_second)):
            if items:
                lines.append(title)
                lines += [repr(item) for item in items]
        self.fail(self._formatMessage(msg, '\n'.join(lines)))

    def _set_difference(self, this, other, which):
        """this.difference(other); a bad argument becomes a test failure, not an error."""
        try:
            return this.difference(other)
        except TypeError as e:
            self.fail('invalid type when attempting set difference: %s' % e)
        except AttributeError as e:
            self.fail('%s argument does not support set difference: %s' % (which, e))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            standardMsg = '%s not found in %s' % (safe_repr(member), safe_repr(container))
            self.fail(self._formatMessage(msg, standardMsg))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            standardMsg = '%s unexpectedly found in %s' % (safe_repr(member),
                                                           safe_repr(container))
            self.fail(self._formatMessage(msg, standardMsg))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            standardMsg = '%s is not %s' % (safe_repr(expr1), safe_repr(expr2))
            self.fail(self._formatMessage(msg, standardMsg))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            standardMsg = 'unexpectedly identical: %s' % (safe_repr(expr1),)
            self.fail(self._formatMessage(msg, standardMsg))

    def assertDictEqual(self, d1, d2, msg=None):
        self.assertIsInstance(d1, dict, 'First argument is not a dictionary')
        self.assertIsInstance(d2, dict, 'Second argument is not a dictionary')
        if d1 != d2:
            standardMsg = '%s != %s' % _common_shorten_repr(d1, d2)
            diff = '\n' + _pformat_ndiff(d1, d2)
            standardMsg = self._truncateMessage(standardMsg, diff)
            self.fail(self._formatMessage(msg, standardMsg))

    def assertDictContainsSubset(self, subset, dictionary, msg=None):
        """Deprecated since 3.2: every item of subset is in dictionary."""
        warnings.warn('assertDictContainsSubset is deprecated', DeprecationWarning)
        missing = []
        mismatched = []
        for key, value in subset.items():
            if key not in dictionary:
                missing.append(key)
            elif value != dictionary[key]:
                mismatched.append('%s, expected: %s, actual: %s' % (
                    safe_repr(key), safe_repr(value), safe_repr(dictionary[key])))
        if not (missing or mismatched):
            return
        standardMsg = ''
        if missing:
            standardMsg = 'Missing: %s' % ','.join(safe_repr(m) for m in missing)
        if mismatched:
            if standardMsg:
                standardMsg += '; '
            standardMsg += 'Mismatched values: %s' % ','.join(mismatched)
        self.fail(self._formatMessage(msg, standardMsg))

    def assertCountEqual(self, first, second, msg=None):
        """The same elements the same number of times, in any order."""
        # the sequences are iterated once only, so iterators work too
        actual, expected = list(first), list(second)
        try:
            same = collections.Counter(actual) == collections.Counter(expected)
        except TypeError:
            # unhashable elements: compare them pairwise with ==
            rows = _count_diff_all_purpose(actual, expected)
        else:
            if same:
                return
            rows = _count_diff_hashable(actual, expected)
        if not rows:
            return
        details = '\n'.join('First has %d, Second has %d:  %r' % row for row in rows)
        standardMsg = self._truncateMessage('Element counts were not equal:\n', details)
        self.fail(self._formatMessage(msg, standardMsg))

    def assertMultiLineEqual(self, first, second, msg=None):
        """Equal strings; the message shows an ndiff of their lines."""
        self.assertIsInstance(first, str, 'First argument is not a string')
        self.assertIsInstance(second, str, 'Second argument is not a string')
        if first != second:
            if len(first) > self._diffThreshold or len(second) > self._diffThreshold:
                self._baseAssertEqual(first, second, msg)
            firstlines = first.splitlines(keepends=True)
            secondlines = second.splitlines(keepends=True)
            if len(firstlines) == 1 and first.strip('\r\n') == first:
                firstlines = [first + '\n']
                secondlines = [second + '\n']
            standardMsg = '%s != %s' % _common_shorten_repr(first, second)
            import difflib
            diff = '\n' + ''.join(difflib.ndiff(firstlines, secondlines))
            standardMsg = self._truncateMessage(standardMsg, diff)
            self.fail(self._formatMessage(msg, standardMsg))

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self.fail(self._formatMessage(msg, '%s not less than %s' % (safe_repr(a), safe_repr(b))))

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self.fail(self._formatMessage(
                msg, '%s not less than or equal to %s' % (safe_repr(a), safe_repr(b))))

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self.fail(self._formatMessage(
                msg, '%s not greater than %s' % (safe_repr(a), safe_repr(b))))

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self.fail(self._formatMessage(
                msg, '%s not greater than or equal to %s' % (safe_repr(a), safe_repr(b))))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self.fail(self._formatMessage(msg, '%s is not None' % (safe_repr(obj),)))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self.fail(self._formatMessage(msg, 'unexpectedly None'))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            standardMsg = '%s is not an instance of %r' % (safe_repr(obj), cls)
            self.fail(self._formatMessage(msg, standardMsg))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            standardMsg = '%s is an instance of %r' % (safe_repr(obj), cls)
            self.fail(self._formatMessage(msg, standardMsg))

    def assertRegex(self, text, expected_regex, msg=None):
        import re
        if isinstance(expected_regex, (str, bytes)):
            assert expected_regex, "expected_regex must not be empty."
            expected_regex = re.compile(expected_regex)
        if not expected_regex.search(text):
            standardMsg = "Regex didn't match: %r not found in %r" % (
                expected_regex.pattern, text)
            self.fail(self._formatMessage(msg, standardMsg))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        import re
        if isinstance(unexpected_regex, (str, bytes)):
            unexpected_regex = re.compile(unexpected_regex)
        match = unexpected_regex.search(text)
        if match:
            standardMsg = 'Regex matched: %r matches %r in %r' % (
                text[match.start():match.end()], unexpected_regex.pattern, text)
            self.fail(self._formatMessage(msg, standardMsg))

    # the old names, deprecated since 3.2 and still present in 3.11
    def _deprecate(original_func):
        def deprecated_func(*args, **kwargs):
            warnings.warn('Please use {0} instead.'.format(original_func.__name__),
                          DeprecationWarning, 2)
            return original_func(*args, **kwargs)
        deprecated_func.__name__ = original_func.__name__
        return deprecated_func

    failUnlessEqual = assertEquals = _deprecate(assertEqual)
    failIfEqual = assertNotEquals = _deprecate(assertNotEqual)
    failUnlessAlmostEqual = assertAlmostEquals = _deprecate(assertAlmostEqual)
    failIfAlmostEqual = assertNotAlmostEquals = _deprecate(assertNotAlmostEqual)
    failUnless = assert_ = _deprecate(assertTrue)
    failUnlessRaises = _deprecate(assertRaises)
    failIf = _deprecate(assertFalse)
    assertRaisesRegexp = _deprecate(assertRaisesRegex)
    assertRegexpMatches = _deprecate(assertRegex)
    assertNotRegexpMatches = _deprecate(assertNotRegex)
    del _deprecate


def _pformat_ndiff(first, second):
    # difflib and pprint are imported on the first failure: passing runs start faster
    import difflib
    import pprint
    return '\n'.join(difflib.ndiff(pprint.pformat(first).splitlines(),
                                   pprint.pformat(second).splitlines()))


def _enter_context(cm, addcleanup):
    cls = type(cm)
    try:
        enter = cls.__enter__
        exit = cls.__exit__
    except AttributeError:
        raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                        f"not support the context manager protocol") from None
    result = enter(cm)
    addcleanup(exit, cm, None, None, None)
    return result


class FunctionTestCase(TestCase):
    """A test made of plain functions: setUp, testFunc, tearDown."""

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        # no method name is given: the runTest method below is the test
        super().__init__()
        self._testFunc = testFunc
        self._setUpFunc = setUp             # each of these may be None
        self._tearDownFunc = tearDown
        self._description = description

    def _parts(self):
        """What two FunctionTestCases must share to be equal."""
        return (self._setUpFunc, self._tearDownFunc, self._testFunc, self._description)

    def setUp(self):
        if self._setUpFunc is not None:
            self._setUpFunc()

    def runTest(self):
        self._testFunc()

    def tearDown(self):
        if self._tearDownFunc is not None:
            self._tearDownFunc()

    def id(self):
        # the function's own name stands for the whole test
        return self._testFunc.__name__

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return all(mine == theirs for mine, theirs in zip(self._parts(), other._parts()))

    def __hash__(self):
        return hash((type(self),) + self._parts())

    def __str__(self):
        return "%s (%s)" % (strclass(self.__class__), self._testFunc.__name__)

    def __repr__(self):
        return "<%s tec=%s>" % (strclass(self.__class__), self._testFunc)

    def shortDescription(self):
        """The description given, else the first line of the function's docstring."""
        if self._description is not None:
            return self._description
        doc = self._testFunc.__doc__
        first_line = doc.split("\n")[0].strip() if doc else ''
        return first_line or None


class _SubTest(TestCase):
    """The part of a test inside one `with self.subTest(...)`; reported with its parameters."""

    def __init__(self, test_case, message, params):
        super().__init__()
        self.test_case = test_case          # the test the subTest block belongs to
        self.params = params
        self._message = message             # _subtest_msg_sentinel when no msg was given
        # assert methods used on the subtest fail the same way as on its test
        self.failureException = test_case.failureException

    def runTest(self):
        raise NotImplementedError("subtests cannot be run directly")

    def _subDescription(self):
        """"[msg] (k=v, ...)" from what was given to subTest, or "(<subtest>)"."""
        text = []
        if self._message is not _subtest_msg_sentinel:
            text.append("[%s]" % (self._message,))
        if self.params:
            pairs = ["%s=%r" % item for item in self.params.items()]
            text.append("(%s)" % ", ".join(pairs))
        if not text:
            return '(<subtest>)'
        return " ".join(text)

    def id(self):
        return "{} {}".format(self.test_case.id(), self._subDescription())

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return "{} {}".format(self.test_case, self._subDescription())


# -- module-level cleanups (run after tearDownModule) --

_module_cleanups = []


def addModuleCleanup(function, /, *args, **kwargs):
    _module_cleanups.append((function, args, kwargs))


def enterModuleContext(cm):
    return _enter_context(cm, addModuleCleanup)


def doModuleCleanups():
    """Run the module cleanups, last added first; the first error is raised afterwards."""
    exceptions = []
    while _module_cleanups:
        function, args, kwargs = _module_cleanups.pop()
        try:
            function(*args, **kwargs)
        except Exception as exc:
            exceptions.append(exc)
    if exceptions:
        raise exceptions[0]
