"""Logging: reports from a program, sorted by severity, sent wherever they are configured
to go.

    import logging
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    log = logging.getLogger(__name__)
    log.info("started")

The package is made of:
  _levels      level numbers and names; the lock over shared state
  _record      LogRecord, one event
  _formatting  Formatter and the '%', '{' and '$' format styles
  _filters     Filter, Filterer
  _handler     Handler, StreamHandler, FileHandler, NullHandler, the last-resort handler
  _loggers     Logger, RootLogger, LoggerAdapter, the Manager of the logger hierarchy
and, here, the root logger, basicConfig(), the module-level logging functions, shutdown()
and the capture of warnings. logging.handlers and logging.config add more handlers and
configuration from dicts.

Written for pygil from the documented behaviour of CPython 3.11's logging.
"""

import io
import os
import sys
import atexit

# Switches read at each use, so a program may set them at any time.
raiseExceptions = True      # report errors raised inside handlers on stderr
logThreads = True           # records carry thread and threadName
logMultiprocessing = True   # records carry processName
logProcesses = True         # records carry process (the pid)

# The file whose frames the caller lookup skips; setting it to None turns the lookup off
# (records then say "(unknown file)").
_srcfile = os.path.normcase(__file__)

from ._levels import (CRITICAL, FATAL, ERROR, WARNING, WARN, INFO, DEBUG, NOTSET,
                      addLevelName, getLevelName, getLevelNamesMapping)
from . import _levels
from ._record import LogRecord, setLogRecordFactory, getLogRecordFactory, makeLogRecord
from ._formatting import (BASIC_FORMAT, PercentStyle, StrFormatStyle, StringTemplateStyle,
                          Formatter, BufferingFormatter, _STYLES, _defaultFormatter)
from . import _formatting
from ._filters import Filter, Filterer
from ._handler import (Handler, StreamHandler, FileHandler, NullHandler, _StderrHandler,
                       _defaultLastResort, _handlers, _handlerList)
from ._loggers import (Logger, RootLogger, LoggerAdapter, Manager, PlaceHolder,
                       setLoggerClass, getLoggerClass)

__all__ = ['BASIC_FORMAT', 'BufferingFormatter', 'CRITICAL', 'DEBUG', 'ERROR',
           'FATAL', 'FileHandler', 'Filter', 'Formatter', 'Handler', 'INFO',
           'LogRecord', 'Logger', 'LoggerAdapter', 'NOTSET', 'NullHandler',
           'StreamHandler', 'WARN', 'WARNING', 'addLevelName', 'basicConfig',
           'captureWarnings', 'critical', 'debug', 'disable', 'error',
           'exception', 'fatal', 'getLevelName', 'getLogger', 'getLoggerClass',
           'info', 'log', 'makeLogRecord', 'setLoggerClass', 'shutdown',
           'warn', 'warning', 'getLogRecordFactory', 'setLogRecordFactory',
           'lastResort', 'raiseExceptions', 'getLevelNamesMapping']

# The classes say they are logging's, as they do in CPython (reprs, pickles).
for _cls in (LogRecord, PercentStyle, StrFormatStyle, StringTemplateStyle, Formatter,
             BufferingFormatter, Filter, Filterer, Handler, StreamHandler, FileHandler,
             NullHandler, _StderrHandler, Logger, RootLogger, LoggerAdapter, Manager,
             PlaceHolder):
    _cls.__module__ = __name__
del _cls

# Names that code outside the package is known to reach for.
_lock = _levels.state_lock
_levelToName = _levels.names_by_number
_nameToLevel = _levels.numbers_by_name
_checkLevel = _levels.as_level_number


def _acquireLock():
    _lock.acquire()


def _releaseLock():
    _lock.release()


def currentframe():
    """The frame of this function's caller."""
    return sys._getframe(1)


# Where records go when no handler is found anywhere (None: nowhere, with a one-time
# complaint on stderr).
lastResort = _defaultLastResort

root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(root)


def getLogger(name=None):
    """The logger called name, or the root logger when name is empty or None."""
    if not name or (isinstance(name, str) and name == root.name):
        return root
    return Logger.manager.getLogger(name)


# ---------------------------------------------------------------------------------------
# basicConfig

def _handlers_for(options, encoding, errors):
    # the handlers basicConfig installs: the ones given, or one for filename or stream
    given = options.pop("handlers", None)
    if given is not None:
        if "stream" in options or "filename" in options:
            raise ValueError("'stream' or 'filename' should not be "
                             "specified together with 'handlers'")
        return given
    if "stream" in options and "filename" in options:
        raise ValueError("'stream' and 'filename' should not be specified together")
    filename = options.pop("filename", None)
    mode = options.pop("filemode", 'a')
    if filename:
        if 'b' in mode:
            errors = None
        else:
            encoding = io.text_encoding(encoding)
        return [FileHandler(filename, mode, encoding=encoding, errors=errors)]
    return [StreamHandler(options.pop("stream", None))]


def basicConfig(**kwargs):
    """Give the root logger a handler and a format, unless it has handlers already.

    Keywords: filename and filemode (log to a file), or stream, or handlers (a list);
    format, datefmt and style for their Formatter; level for the root logger; encoding
    and errors for the file; force=True to replace the root's handlers."""
    with _lock:
        if kwargs.pop('force', False):
            for handler in list(root.handlers):
                root.removeHandler(handler)
                handler.close()
        if root.handlers:
            return
        encoding = kwargs.pop('encoding', None)
        errors = kwargs.pop('errors', 'backslashreplace')
        handlers = _handlers_for(kwargs, encoding, errors)
        datefmt = kwargs.pop("datefmt", None)
        style = kwargs.pop("style", '%')
        _formatting.check_style(style)
        formatter = Formatter(kwargs.pop("format", _STYLES[style][1]), datefmt, style)
        for handler in handlers:
            if handler.formatter is None:
                handler.setFormatter(formatter)
            root.addHandler(handler)
        level = kwargs.pop("level", None)
        if level is not None:
            root.setLevel(level)
        if kwargs:
            raise ValueError('Unrecognised argument(s): %s' % ', '.join(kwargs))


# ---------------------------------------------------------------------------------------
# Logging on the root logger. Each function first runs basicConfig() when the root has
# no handler, so that a bare logging.warning() in a script prints something.

def _root_ready():
    if not root.handlers:
        basicConfig()
    return root


def critical(msg, *args, **kwargs):
    """Log msg % args at CRITICAL level on the root logger."""
    _root_ready().critical(msg, *args, **kwargs)


def fatal(msg, *args, **kwargs):
    """Another name of critical()."""
    critical(msg, *args, **kwargs)


def error(msg, *args, **kwargs):
    """Log msg % args at ERROR level on the root logger."""
    _root_ready().error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    """Log msg % args at ERROR level on the root logger, with the current traceback."""
    error(msg, *args, exc_info=exc_info, **kwargs)


def warning(msg, *args, **kwargs):
    """Log msg % args at WARNING level on the root logger."""
    _root_ready().warning(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    import warnings
    warnings.warn("The 'warn' function is deprecated, use 'warning' instead",
                  DeprecationWarning, 2)
    warning(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    """Log msg % args at INFO level on the root logger."""
    _root_ready().info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    """Log msg % args at DEBUG level on the root logger."""
    _root_ready().debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    """Log msg % args at the integer level on the root logger."""
    _root_ready().log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    """Drop every record at level or below, whatever the loggers' own levels say;
    disable(NOTSET) undoes it."""
    root.manager.disable = level
    root.manager._clear_cache()


def shutdown(handlerList=_handlerList):
    """Flush and close the handlers, newest first. Registered to run at exit."""
    for entry in reversed(list(handlerList)):
        # CPython keeps weak references in this list; accept either.
        handler = entry() if callable(entry) and not isinstance(entry, Handler) else entry
        if not handler:
            continue
        try:
            handler.acquire()
            try:
                if getattr(handler, 'flushOnClose', True):
                    handler.flush()
                handler.close()
            except (OSError, ValueError):
                pass        # e.g. its stream was closed already
            finally:
                handler.release()
        except Exception:
            if raiseExceptions:
                raise


atexit.register(shutdown)


# ---------------------------------------------------------------------------------------
# Warnings into logging

_warnings_showwarning = None    # warnings.showwarning as it was before captureWarnings(True)


def _showwarning(message, category, filename, lineno, file=None, line=None):
    # A warning for a particular file goes there as before; the others become records of
    # the 'py.warnings' logger.
    if file is not None:
        if _warnings_showwarning is not None:
            _warnings_showwarning(message, category, filename, lineno, file, line)
        return
    import warnings
    text = warnings.formatwarning(message, category, filename, lineno, line)
    logger = getLogger("py.warnings")
    if not logger.handlers:
        logger.addHandler(NullHandler())
    logger.warning("%s", text)


def captureWarnings(capture):
    """With capture true, send warnings to the 'py.warnings' logger; with false, print
    them as before."""
    global _warnings_showwarning
    import warnings
    if capture and _warnings_showwarning is None:
        _warnings_showwarning = warnings.showwarning
        warnings.showwarning = _showwarning
    elif not capture and _warnings_showwarning is not None:
        warnings.showwarning = _warnings_showwarning
        _warnings_showwarning = None
