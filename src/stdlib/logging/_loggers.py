"""Loggers: the named, dotted hierarchy that code logs through.

getLogger('app.db') gives the one Logger of that name, made on first use. Its parent is
the nearest existing logger above it ('app', else the root). A name above an existing
logger but not yet asked for holds a PlaceHolder, which lists the loggers below it so that
they can be re-parented when the logger of that name is finally made.
"""

import io
import os
import sys

import logging as _package      # lastResort, raiseExceptions and _srcfile may be replaced
from ._levels import (CRITICAL, ERROR, WARNING, INFO, DEBUG, NOTSET, state_lock,
                      as_level_number, getLevelName)
from ._filters import Filterer
from ._record import getLogRecordFactory

_package_dir = os.path.dirname(os.path.abspath(__file__))
_UNKNOWN_CALLER = ("(unknown file)", 0, "(unknown function)", None)


# code file name -> whether it is part of the logging machinery (asked at every call)
_machinery_files = {}


def _is_logging_frame(frame):
    """Frames of the logging machinery itself (the package's __init__ and its private
    modules), which the caller lookup walks past."""
    filename = frame.f_code.co_filename
    known = _machinery_files.get(filename)
    if known is None:
        path = os.path.abspath(filename)
        known = (os.path.dirname(path) == _package_dir
                 and os.path.basename(path).startswith('_'))
        _machinery_files[filename] = known
    return known


def _stack_text(frame):
    import traceback
    out = io.StringIO()
    out.write("Stack (most recent call last):\n")
    traceback.print_stack(frame, file=out)
    return out.getvalue().removesuffix("\n")


def _exc_info_tuple(exc_info):
    # exc_info=True means "the exception being handled"; an exception object stands for
    # itself; a tuple is taken as it is.
    if isinstance(exc_info, BaseException):
        return (type(exc_info), exc_info, exc_info.__traceback__)
    if not isinstance(exc_info, tuple):
        return sys.exc_info()
    return exc_info


class _LoggerClassHolder:
    """The class getLogger() makes new loggers of (setLoggerClass changes it)."""
    current = None          # set to Logger below


def _check_logger_class(klass):
    if klass is not Logger and not issubclass(klass, Logger):
        raise TypeError("logger not derived from logging.Logger: " + klass.__name__)


def setLoggerClass(klass):
    """Make loggers of klass (a subclass of Logger) from now on."""
    _check_logger_class(klass)
    _LoggerClassHolder.current = klass


def getLoggerClass():
    """The class new loggers are made of."""
    return _LoggerClassHolder.current


class PlaceHolder(object):
    """Stands in the logger table for a name that has loggers below it but no logger
    yet; loggerMap holds those loggers (as the keys of a dict, kept in order)."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        self.loggerMap.setdefault(alogger, None)


class Manager(object):
    """Keeps the table of loggers by name (loggerDict) under one root."""

    def __init__(self, rootnode):
        self.root = rootnode
        self._disable = NOTSET
        self.emittedNoHandlerWarning = False
        self.loggerDict = {}
        self.loggerClass = None
        self.logRecordFactory = None

    @property
    def disable(self):
        """Records at this level or below are dropped everywhere (logging.disable)."""
        return self._disable

    @disable.setter
    def disable(self, value):
        self._disable = as_level_number(value)

    def getLogger(self, name):
        """The logger called name, made (and linked into the hierarchy) if new."""
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        with state_lock:
            entry = self.loggerDict.get(name)
            if entry is not None and not isinstance(entry, PlaceHolder):
                return entry
            logger = (self.loggerClass or _LoggerClassHolder.current)(name)
            logger.manager = self
            self.loggerDict[name] = logger
            self._link_to_parent(logger)
            if entry is not None:
                self._adopt_children(entry, logger)
            return logger

    def _link_to_parent(self, logger):
        # Walk up the dotted name: the first real logger is the parent; every name on
        # the way gets (or joins) a PlaceHolder listing this logger.
        parent = None
        name = logger.name
        while parent is None:
            dot = name.rfind('.')
            if dot <= 0:
                break
            name = name[:dot]
            entry = self.loggerDict.get(name)
            if entry is None:
                self.loggerDict[name] = PlaceHolder(logger)
            elif isinstance(entry, PlaceHolder):
                entry.append(logger)
            else:
                parent = entry
        logger.parent = parent if parent is not None else self.root

    def _adopt_children(self, placeholder, logger):
        # Loggers made earlier below this name hung from something above it; they hang
        # from the new logger now (unless they already hang from one between).
        for child in placeholder.loggerMap:
            if not child.parent.name.startswith(logger.name):
                child.parent = logger

    def setLoggerClass(self, klass):
        """Loggers made by this manager will be of klass."""
        _check_logger_class(klass)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory

    def _clear_cache(self):
        """Forget every logger's cached isEnabledFor() answers (levels changed)."""
        with state_lock:
            for entry in self.loggerDict.values():
                if isinstance(entry, Logger):
                    entry._cache.clear()
            self.root._cache.clear()


class Logger(Filterer):
    """A named channel for log records.

    Each call (debug, info, warning, error, critical, log, exception) makes a record when
    the level is enabled, then passes it to this logger's handlers and, while propagate
    is true, to those of its ancestors."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = as_level_number(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False
        self._cache = {}        # level -> isEnabledFor(level)

    def setLevel(self, level):
        """Set this logger's own level (a number or a name)."""
        self.level = as_level_number(level)
        self.manager._clear_cache()

    def debug(self, msg, *args, **kwargs):
        """Log msg % args at DEBUG level."""
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        """Log msg % args at INFO level."""
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        """Log msg % args at WARNING level."""
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        import warnings
        warnings.warn("The 'warn' method is deprecated, use 'warning' instead",
                      DeprecationWarning, 2)
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        """Log msg % args at ERROR level."""
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        """Log msg % args at ERROR level with the traceback of the exception being
        handled (call it from an except block)."""
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        """Log msg % args at CRITICAL level."""
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, **kwargs)

    def fatal(self, msg, *args, **kwargs):
        """Another name of critical()."""
        self.critical(msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        """Log msg % args at the integer level."""
        if not isinstance(level, int):
            if _package.raiseExceptions:
                raise TypeError("level must be an integer")
            return
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def findCaller(self, stack_info=False, stacklevel=1):
        """(file name, line number, function name, stack text or None) of the code that
        made the logging call; with stacklevel n, of the n-th caller outside logging."""
        frame = sys._getframe(0)
        while stacklevel > 0 and frame.f_back is not None:
            frame = frame.f_back
            if not _is_logging_frame(frame):
                stacklevel -= 1
        code = frame.f_code
        stack = _stack_text(frame) if stack_info else None
        return code.co_filename, frame.f_lineno, code.co_name, stack

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info, func=None,
                   extra=None, sinfo=None):
        """The LogRecord of one call, with the items of extra as more attributes (which
        may not replace the record's own)."""
        record = getLogRecordFactory()(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        if extra is not None:
            for key in extra:
                if key in ("message", "asctime") or key in record.__dict__:
                    raise KeyError("Attempt to overwrite %r in LogRecord" % key)
                record.__dict__[key] = extra[key]
        return record

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False,
             stacklevel=1):
        caller = _UNKNOWN_CALLER
        if _package._srcfile:
            try:
                caller = self.findCaller(stack_info, stacklevel)
            except ValueError:
                pass
        filename, lineno, funcname, stack = caller
        if exc_info:
            exc_info = _exc_info_tuple(exc_info)
        record = self.makeRecord(self.name, level, filename, lineno, msg, args, exc_info,
                                 funcname, extra, stack)
        self.handle(record)

    def handle(self, record):
        """Pass the record on to the handlers, unless the logger is disabled or a filter
        stops it."""
        if not self.disabled and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        with state_lock:
            if hdlr not in self.handlers:
                self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        with state_lock:
            if hdlr in self.handlers:
                self.handlers.remove(hdlr)

    def _propagation_chain(self):
        # this logger, then its ancestors as long as records propagate to them
        logger = self
        while logger is not None:
            yield logger
            if not logger.propagate:
                return
            logger = logger.parent

    def hasHandlers(self):
        """Whether a record logged here would reach any handler."""
        return any(logger.handlers for logger in self._propagation_chain())

    def callHandlers(self, record):
        """Give the record to every handler on the propagation chain whose level it
        reaches; when there are no handlers at all, to logging.lastResort."""
        handler_count = 0
        for logger in self._propagation_chain():
            for handler in logger.handlers:
                handler_count += 1
                if record.levelno >= handler.level:
                    handler.handle(record)
        if handler_count:
            return
        last_resort = _package.lastResort
        if last_resort:
            if record.levelno >= last_resort.level:
                last_resort.handle(record)
        elif _package.raiseExceptions and not self.manager.emittedNoHandlerWarning:
            sys.stderr.write('No handlers could be found for logger "%s"\n' % self.name)
            self.manager.emittedNoHandlerWarning = True

    def getEffectiveLevel(self):
        """The first level set (not NOTSET) on this logger or up its ancestors."""
        logger = self
        while logger is not None:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        """Whether a record of this level would be made."""
        if self.disabled:
            return False
        try:
            return self._cache[level]
        except KeyError:
            pass
        with state_lock:
            if self.manager.disable >= level:
                enabled = False
            else:
                enabled = level >= self.getEffectiveLevel()
            self._cache[level] = enabled
        return enabled

    def getChild(self, suffix):
        """The logger suffix levels below this one: getLogger('a').getChild('b.c') is
        getLogger('a.b.c')."""
        if self.root is not self:
            suffix = self.name + '.' + suffix
        return self.manager.getLogger(suffix)

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.name,
                                 getLevelName(self.getEffectiveLevel()))

    def __reduce__(self):
        if _package.getLogger(self.name) is not self:
            import pickle
            raise pickle.PicklingError('logger cannot be pickled')
        return _package.getLogger, (self.name,)


_LoggerClassHolder.current = Logger


class RootLogger(Logger):
    """The logger at the top of the hierarchy, named 'root'."""

    def __init__(self, level):
        Logger.__init__(self, "root", level)

    def __reduce__(self):
        return _package.getLogger, ()


class LoggerAdapter(object):
    """Wraps a logger so that every call carries extra context.

    LoggerAdapter(logger, extra): each call passes through process(msg, kwargs), which by
    default sets kwargs['extra'] to the adapter's extra dict; override it to change the
    message or the keywords."""

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        kwargs["extra"] = self.extra
        return msg, kwargs

    def debug(self, msg, *args, **kwargs):
        self.log(DEBUG, msg, *args, **kwargs)

    def info(self, msg, *args, **kwargs):
        self.log(INFO, msg, *args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        import warnings
        warnings.warn("The 'warn' method is deprecated, use 'warning' instead",
                      DeprecationWarning, 2)
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        self.log(ERROR, msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        self.log(CRITICAL, msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        """Log through the wrapped logger, after process() has had its say."""
        if self.isEnabledFor(level):
            msg, kwargs = self.process(msg, kwargs)
            self.logger.log(level, msg, *args, **kwargs)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False):
        return self.logger._log(level, msg, args, exc_info=exc_info, extra=extra,
                                stack_info=stack_info)

    @property
    def manager(self):
        return self.logger.manager

    @manager.setter
    def manager(self, value):
        self.logger.manager = value

    @property
    def name(self):
        return self.logger.name

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.logger.name,
                                 getLevelName(self.logger.getEffectiveLevel()))

    __class_getitem__ = classmethod(type(list[int]))     # types.GenericAlias
