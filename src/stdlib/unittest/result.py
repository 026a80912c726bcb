"""TestResult: the record of a test run (how many ran, what failed, erred, was skipped...)."""

import functools
import io
import sys
import traceback

from . import util

# Frames of modules carrying this marker are hidden from the tracebacks a result stores.
__unittest = True

# How a buffered test's captured output is appended to its report.
STDOUT_LINE = '\nStdout:\n%s'
STDERR_LINE = '\nStderr:\n%s'


def _output_section(template, captured):
    """The 'Stdout:'/'Stderr:' block for captured text ('' when nothing was captured)."""
    if not captured:
        return ''
    return template % (captured if captured.endswith('\n') else captured + '\n')


def failfast(method):
    """Decorator for TestResult methods that report a problem: with the result's
    failfast option on, the run is asked to stop first. (Kept for result subclasses
    written against CPython's module.)"""
    @functools.wraps(method)
    def stop_first(self, *args, **kwargs):
        if getattr(self, 'failfast', False):
            self.stop()
        return method(self, *args, **kwargs)
    return stop_first


def _hidden_frame(tb):
    """True for a traceback entry that runs inside unittest's own code."""
    return '__unittest' in tb.tb_frame.f_globals


class TestResult(object):
    """What happened during a test run.

    TestCase and TestSuite fill it in as they run; test authors rarely touch it. It
    counts the tests run (testsRun) and lists the problems: failures and errors as
    (test, formatted traceback) pairs, skipped as (test, reason), expectedFailures
    and unexpectedSuccesses.
    """

    # Bookkeeping that TestSuite keeps on the result for class and module fixtures.
    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        # stream, descriptions and verbosity matter to TextTestResult only.
        self.testsRun = 0
        self.failures = []
        self.errors = []
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.shouldStop = False
        self.failfast = False
        self.buffer = False
        self.tb_locals = False
        # Output capture for buffer=True: the real streams, and the stand-ins a test
        # writes to while it runs (made on first use, then reused).
        self._original_stdout = sys.stdout
        self._original_stderr = sys.stderr
        self._stdout_buffer = None
        self._stderr_buffer = None
        # Set when the running test failed or erred, so its captured output is shown.
        self._mirrorOutput = False

    # --- run and test boundaries ---

    def startTestRun(self):
        """Called once before any test runs."""

    def stopTestRun(self):
        """Called once after all tests have run."""

    def startTest(self, test):
        """Called when test is about to run."""
        self.testsRun += 1
        self._mirrorOutput = False
        self._setupStdout()

    def stopTest(self, test):
        """Called when test has run, whatever the outcome."""
        self._restoreStdout()
        self._mirrorOutput = False

    def stop(self):
        """Ask the run to end after the current test."""
        self.shouldStop = True

    def printErrors(self):
        """Report the failures and errors; a plain TestResult reports nothing."""

    # --- output buffering (also used by TestSuite around fixtures) ---

    def _setupStdout(self):
        if not self.buffer:
            return
        if self._stdout_buffer is None:
            self._stdout_buffer = io.StringIO()
            self._stderr_buffer = io.StringIO()
        sys.stdout = self._stdout_buffer
        sys.stderr = self._stderr_buffer

    def _restoreStdout(self):
        if not self.buffer:
            return
        if self._mirrorOutput:
            for captured, template, real_stream in (
                    (sys.stdout, STDOUT_LINE, self._original_stdout),
                    (sys.stderr, STDERR_LINE, self._original_stderr)):
                section = _output_section(template, captured.getvalue())
                if section:
                    real_stream.write(section)
        sys.stdout = self._original_stdout
        sys.stderr = self._original_stderr
        for stand_in in (self._stdout_buffer, self._stderr_buffer):
            stand_in.seek(0)
            stand_in.truncate()

    # --- outcomes ---

    def _note_problem(self, bucket, test, err, reported_as):
        """File a failure or error under reported_as; with failfast, end the run."""
        if self.failfast:
            self.stop()
        bucket.append((reported_as, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSuccess(self, test):
        """Called when test passed."""

    def addError(self, test, err):
        """Called when test raised an unexpected exception; err is (type, value, tb)."""
        self._note_problem(self.errors, test, err, test)

    def addFailure(self, test, err):
        """Called when an assertion of test failed; err is (type, value, tb)."""
        self._note_problem(self.failures, test, err, test)

    def addSubTest(self, test, subtest, err):
        """Called when a subtest of test ended; err is None if it passed."""
        if err is None:
            return
        failed_assertion = issubclass(err[0], test.failureException)
        bucket = self.failures if failed_assertion else self.errors
        self._note_problem(bucket, test, err, subtest)

    def addSkip(self, test, reason):
        """Called when test was skipped."""
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        """Called when a test marked expectedFailure failed, as it should."""
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    def addUnexpectedSuccess(self, test):
        """Called when a test marked expectedFailure passed."""
        if self.failfast:
            self.stop()
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        """True when nothing failed, erred or unexpectedly passed."""
        return not (self.failures or self.errors
                    or getattr(self, 'unexpectedSuccesses', ()))

    # --- formatting an exception for the report ---

    def _exc_info_to_string(self, err, test):
        """The report text for err: its traceback without unittest's frames, then, for a
        buffered test, what it printed."""
        exc_type, exc_value, tb = err
        tb = self._trim_chain(exc_type, exc_value, tb, test)
        report = traceback.TracebackException(
            exc_type, exc_value, tb, capture_locals=self.tb_locals, compact=True)
        text = ''.join(report.format())
        if self.buffer:
            text += _output_section(STDOUT_LINE, sys.stdout.getvalue())
            text += _output_section(STDERR_LINE, sys.stderr.getvalue())
        return text

    def _trim_chain(self, exc_type, exc_value, tb, test):
        """Trim the traceback of err and of every exception chained to it; returns err's
        trimmed traceback (the chained ones are stored back on their exceptions)."""
        head_tb = self._trim(exc_type, tb, test)
        visited = {id(exc_value)}
        todo = [exc_value] if exc_value is not None else []
        while todo:
            current = todo.pop()
            for linked in (current.__cause__, current.__context__):
                if linked is None or id(linked) in visited:
                    continue
                visited.add(id(linked))
                linked.__traceback__ = self._trim(type(linked), linked.__traceback__, test)
                todo.append(linked)
        return head_tb

    def _trim(self, exc_type, tb, test):
        # The runner's frames come first: skip them.
        while tb is not None and _hidden_frame(tb):
            tb = tb.tb_next
        # A failed assertion ends in the assert method's frames: cut the chain where they
        # begin (only for the failure exception itself, not its subclasses).
        if exc_type is test.failureException:
            last_shown = None
            entry = tb
            while entry is not None and not _hidden_frame(entry):
                last_shown, entry = entry, entry.tb_next
            if last_shown is not None:
                last_shown.tb_next = None
        return tb

    def __repr__(self):
        return '<%s run=%i errors=%i failures=%i>' % (
            util.strclass(self.__class__), self.testsRun, len(self.errors), len(self.failures))
