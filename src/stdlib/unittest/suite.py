"""Test suites: ordered groups of tests that can be run as if they were one test.

BaseTestSuite only runs its tests one after the other. TestSuite also takes
care of the fixtures shared by several tests: setUpClass/tearDownClass around
the tests of one class, setUpModule/tearDownModule around those of one module.
"""

import sys

from . import case
from . import util

# Tracebacks shown to the user skip the frames of modules carrying this name.
__unittest = True


def _is_single_test(test):
    # A suite can be iterated; a test case (or a bare callable) cannot.
    try:
        iter(test)
    except TypeError:
        return True
    return False


def _exc_info(exc):
    return (type(exc), exc, exc.__traceback__)


class _ErrorHolder(object):
    """Stands in for a test when a class or module fixture fails.

    Results and runners expect a test object for every error, so a failed
    setUpClass is reported under a placeholder named e.g. "setUpClass (mod.Cls)".
    """

    # Looked at by TestResult when it trims tracebacks; nothing matches None.
    failureException = None

    def __init__(self, description):
        self.description = description

    def __repr__(self):
        return "<ErrorHolder description=%r>" % (self.description,)

    def id(self):
        return self.description

    # printed by runners the way they print a test: by its id
    __str__ = id

    def shortDescription(self):
        return None

    def countTestCases(self):
        # A placeholder is not a real test, so it does not add to the count.
        return 0

    def run(self, result):
        """Nothing to run: the error is already in the result."""

    def __call__(self, result):
        return self.run(result)


class BaseTestSuite(object):
    """A list of tests (cases or other suites), run in the order they were added."""

    # Once a test has run, the suite forgets it so its memory can be freed.
    _cleanup = True

    def __init__(self, tests=()):
        self._tests = []
        # How many test cases were forgotten after running; keeps the count right.
        self._removed_tests = 0
        self.addTests(tests)

    def __iter__(self):
        return iter(self._tests)

    def __repr__(self):
        return "<%s tests=%s>" % (util.strclass(type(self)), list(self))

    def __eq__(self, other):
        # equal when of a related suite type and holding equal tests in the same order
        if isinstance(other, type(self)):
            return list(self) == list(other)
        return NotImplemented

    # Suites are mutable and compare by content, so they cannot be hashed.
    __hash__ = None

    def countTestCases(self):
        still_held = sum(test.countTestCases() for test in self if test)
        return self._removed_tests + still_held

    def addTest(self, test):
        if not callable(test):
            raise TypeError("{!r} is not callable".format(test))
        # Adding the class itself (not an instance) is a common mistake.
        if isinstance(test, type) and issubclass(test, (case.TestCase, TestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated "
                            "before passing them to addTest()")
        self._tests.append(test)

    def addTests(self, tests):
        # A string is iterable too, but its characters are not tests.
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for test in tests:
            self.addTest(test)

    def _until_stopped(self, result):
        """(position, test) for each test, while the result does not ask to stop."""
        for position, test in enumerate(self):
            if result.shouldStop:
                return
            yield position, test

    def _after_run(self, position):
        if self._cleanup:
            self._removeTestAtIndex(position)

    def run(self, result):
        for position, test in self._until_stopped(result):
            test(result)
            self._after_run(position)
        return result

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def _removeTestAtIndex(self, index):
        """Forget the test at index once it has run (subclasses may keep it)."""
        try:
            done = self._tests[index]
        except TypeError:
            # _tests was replaced by something that cannot be indexed: keep it.
            return
        if hasattr(done, 'countTestCases'):
            self._removed_tests += done.countTestCases()
        self._tests[index] = None

    def debug(self):
        """Run the tests without a result, so that their exceptions propagate."""
        for test in self:
            test.debug()


class _DebugRun(object):
    """The bookkeeping a result carries across a run, for debug() which has none."""
    _previousTestClass = None
    _moduleSetUpFailed = False
    _testRunEntered = False
    shouldStop = False


class TestSuite(BaseTestSuite):
    """A suite that also runs class and module fixtures.

    The state of the fixtures lives on the result, not on the suite, because
    a run usually goes through many nested suites:
      result._previousTestClass  the class of the test run last
      result._moduleSetUpFailed  setUpModule of the current module failed
      result._testRunEntered     an outer suite is already running
    A class whose setUpClass failed is marked with cls._classSetupFailed.
    """

    def run(self, result, debug=False):
        # Only the outermost suite closes the last class and module at the end.
        outermost = not getattr(result, '_testRunEntered', False)
        if outermost:
            result._testRunEntered = True

        for position, test in self._until_stopped(result):
            if _is_single_test(test):
                self._move_fixtures_to(test.__class__, result, debug)
                # The tests of a class or module whose set-up failed do not run.
                if (getattr(test.__class__, '_classSetupFailed', False)
                        or getattr(result, '_moduleSetUpFailed', False)):
                    continue
            if debug:
                test.debug()
            else:
                test(result)
            self._after_run(position)

        if outermost:
            self._move_fixtures_to(None, result, debug)
            result._testRunEntered = False
        return result

    def debug(self):
        """Run the tests without a result, so that their exceptions propagate."""
        self.run(_DebugRun(), debug=True)

    # -- switching fixtures between tests --

    def _move_fixtures_to(self, new_class, result, debug):
        """Close the fixtures of the previous test's class (and module, when it
        changes) and open those of new_class. None means: the run is over."""
        old_class = getattr(result, '_previousTestClass', None)
        if new_class is old_class:
            return
        old_module = old_class.__module__ if old_class is not None else None
        new_module = new_class.__module__ if new_class is not None else None

        if old_class is not None:
            self._tear_down_class(old_class, result, debug)
        if new_module != old_module:
            if old_module is not None:
                self._tear_down_module(old_module, result, debug)
            if new_module is not None:
                self._set_up_module(new_module, result, debug)
        if new_class is not None:
            self._set_up_class(new_class, result, debug)
            result._previousTestClass = new_class

    def _set_up_class(self, cls, result, debug):
        if getattr(result, '_moduleSetUpFailed', False):
            return
        if getattr(cls, '__unittest_skip__', False):
            return
        try:
            cls._classSetupFailed = False
        except TypeError:
            # A built-in type (a plain function used as a test): no fixtures.
            return
        set_up = getattr(cls, 'setUpClass', None)
        if set_up is None:
            return
        with _OutputCapture(result):
            try:
                set_up()
            except Exception as exc:
                if debug:
                    raise
                cls._classSetupFailed = True
                name = util.strclass(cls)
                self._report(result, 'setUpClass', name, _exc_info(exc))
                # tearDownClass will not run, but the class cleanups still must.
                run_cleanups = getattr(cls, 'doClassCleanups', None)
                if run_cleanups is not None:
                    run_cleanups()
                    for info in getattr(cls, 'tearDown_exceptions', ()):
                        self._report(result, 'setUpClass', name, info)

    def _tear_down_class(self, cls, result, debug):
        # Nothing to undo when the class was never set up.
        if getattr(cls, '_classSetupFailed', False):
            return
        if getattr(result, '_moduleSetUpFailed', False):
            return
        if getattr(cls, '__unittest_skip__', False):
            return
        tear_down = getattr(cls, 'tearDownClass', None)
        run_cleanups = getattr(cls, 'doClassCleanups', None)
        if tear_down is None and run_cleanups is None:
            return
        name = util.strclass(cls)
        with _OutputCapture(result):
            if tear_down is not None:
                try:
                    tear_down()
                except Exception as exc:
                    if debug:
                        raise
                    self._report(result, 'tearDownClass', name, _exc_info(exc))
            if run_cleanups is not None:
                run_cleanups()
                for info in getattr(cls, 'tearDown_exceptions', ()):
                    if debug:
                        raise info[1]
                    self._report(result, 'tearDownClass', name, info)

    def _set_up_module(self, module_name, result, debug):
        result._moduleSetUpFailed = False
        module = sys.modules.get(module_name)
        if module is None:
            return
        set_up = getattr(module, 'setUpModule', None)
        if set_up is None:
            return
        with _OutputCapture(result):
            try:
                set_up()
            except Exception as exc:
                if debug:
                    raise
                result._moduleSetUpFailed = True
                self._report(result, 'setUpModule', module_name, _exc_info(exc))
            if result._moduleSetUpFailed:
                # tearDownModule will not run, but the module cleanups still must.
                try:
                    case.doModuleCleanups()
                except Exception as exc:
                    self._report(result, 'setUpModule', module_name, _exc_info(exc))

    def _tear_down_module(self, module_name, result, debug):
        # Nothing to undo when the module was never set up.
        if getattr(result, '_moduleSetUpFailed', False):
            return
        module = sys.modules.get(module_name)
        if module is None:
            return
        with _OutputCapture(result):
            tear_down = getattr(module, 'tearDownModule', None)
            if tear_down is not None:
                try:
                    tear_down()
                except Exception as exc:
                    if debug:
                        raise
                    self._report(result, 'tearDownModule', module_name, _exc_info(exc))
            try:
                case.doModuleCleanups()
            except Exception as exc:
                if debug:
                    raise
                self._report(result, 'tearDownModule', module_name, _exc_info(exc))

    def _report(self, result, fixture, owner, info):
        """Record a fixture's exception under a placeholder test named like
        "setUpClass (pkg.mod.Class)" -- the name CPython's runner prints."""
        holder = _ErrorHolder('%s (%s)' % (fixture, owner))
        exc = info[1]
        # SkipTest raised by a fixture skips the whole class or module.
        if isinstance(exc, case.SkipTest) and hasattr(result, 'addSkip'):
            result.addSkip(holder, str(exc))
        else:
            result.addError(holder, info)


class _OutputCapture(object):
    """With --buffer, what a fixture prints is captured like a test's output."""

    def __init__(self, result):
        self.result = result

    def __enter__(self):
        start = getattr(self.result, '_setupStdout', None)
        if start is not None:
            start()

    def __exit__(self, *exc):
        stop = getattr(self.result, '_restoreStdout', None)
        if stop is not None:
            stop()
        return False
