"""assertLogs / assertNoLogs: catch what a logger emits inside a `with` block."""

import collections
import logging

from .case import _BaseTestCaseContext

# No __unittest marker here: like CPython's, a failure's traceback shows the
# __exit__ frame that raised it.

# What `with self.assertLogs() as cm:` binds: the LogRecords caught, and each one
# formatted as 'LEVEL:logger name:message'.
_LoggingWatcher = collections.namedtuple('_LoggingWatcher', ['records', 'output'])

_FORMAT = '%(levelname)s:%(name)s:%(message)s'


class _CapturingHandler(logging.Handler):
    """Keeps every record it is given, instead of printing it anywhere."""

    def __init__(self):
        super().__init__()
        self.watcher = _LoggingWatcher([], [])

    def emit(self, record):
        self.watcher.records.append(record)
        self.watcher.output.append(self.format(record))

    def flush(self):
        pass    # nothing is buffered


class _AssertLogsContext(_BaseTestCaseContext):
    """While the block runs, the logger's own handlers are swapped for one
    capturing handler; they come back when the block ends."""

    def __init__(self, test_case, logger_name, level, no_logs):
        super().__init__(test_case)
        self.logger_name = logger_name
        # a level may be given by name ('ERROR') or number; INFO when left out
        if level:
            self.level = logging._nameToLevel.get(level, level)
        else:
            self.level = logging.INFO
        self.no_logs = no_logs
        self.msg = None     # _raiseFailure formats this with the message

    def __enter__(self):
        if isinstance(self.logger_name, logging.Logger):
            logger = self.logger_name
        else:
            logger = logging.getLogger(self.logger_name)   # None: the root logger
        self.logger = logger
        capture = _CapturingHandler()
        capture.setLevel(self.level)
        capture.setFormatter(logging.Formatter(_FORMAT))
        self.watcher = capture.watcher
        # Remember the logger as it was; propagation is switched off so that the
        # records reach only our handler, not the ancestors' (e.g. a console).
        self._saved = (logger.handlers[:], logger.level, logger.propagate)
        logger.handlers = [capture]
        logger.setLevel(self.level)
        logger.propagate = False
        if self.no_logs:
            return None     # assertNoLogs gives nothing to look at
        return capture.watcher

    def __exit__(self, exc_type, exc_value, tb):
        logger = self.logger
        logger.handlers, level, logger.propagate = self._saved
        logger.setLevel(level)
        if exc_type is not None:
            return False    # the block raised: let that exception through unchanged
        caught = self.watcher.records
        if self.no_logs:
            if caught:
                self._raiseFailure(
                    'Unexpected logs found: {!r}'.format(self.watcher.output))
        elif not caught:
            self._raiseFailure(
                'no logs of level {} or higher triggered on {}'.format(
                    logging.getLevelName(self.level), logger.name))
