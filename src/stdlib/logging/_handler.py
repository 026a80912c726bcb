"""Handlers: where records end up. Handler (the base), StreamHandler, FileHandler,
NullHandler, and the stderr handler used as the last resort."""

import io
import os
import sys
import threading

import logging as _package      # raiseExceptions is read each time an error is reported
from ._levels import NOTSET, WARNING, state_lock, as_level_number, getLevelName
from ._filters import Filterer
from ._formatting import _defaultFormatter

# name -> handler, for handlers given a name (logging.config looks them up by it). A plain
# dict (CPython's holds them weakly): close() removes the entry, and weakref is slow to
# import in pygil.
_handlers = {}
# Every handler made, oldest first: shutdown() flushes and closes them at exit. Held
# strongly: the JS engine may collect a dropped handler without closing its file.
_handlerList = []

# The directory of the logging package: error reports skip the frames inside it.
_package_dir = os.path.dirname(os.path.abspath(__file__))


def _in_logging_package(frame):
    return os.path.dirname(os.path.abspath(frame.f_code.co_filename)) == _package_dir


def _report_logging_error(record):
    """Tell stderr that emitting record failed: the traceback, where the logging call was,
    and the message with its arguments."""
    import traceback
    err_type, err, tb = sys.exc_info()
    stderr = sys.stderr
    try:
        stderr.write('--- Logging error ---\n')
        traceback.print_exception(err_type, err, tb, None, stderr)
        stderr.write('Call stack:\n')
        # The call stack shown ends at the code that made the logging call.
        frame = tb.tb_frame if tb is not None else None
        while frame is not None and _in_logging_package(frame):
            frame = frame.f_back
        if frame is not None:
            traceback.print_stack(frame, file=stderr)
        else:
            stderr.write('Logged from file %s, line %s\n' % (record.filename, record.lineno))
        try:
            stderr.write('Message: %r\nArguments: %s\n' % (record.msg, record.args))
        except RecursionError:
            raise
        except Exception:
            stderr.write('Unable to print the message and arguments - possible formatting '
                         'error.\nUse the traceback above to help find the error.\n')
    except OSError:
        pass            # stderr itself is broken: nowhere left to tell


class Handler(Filterer):
    """The base of handlers: a level, filters, a formatter and a lock.

    A subclass writes emit(record). handle() checks the filters, then calls emit() under
    the handler's lock, so records from several threads come out whole."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = as_level_number(level)
        self.formatter = None
        self._closed = False
        with state_lock:
            _handlerList.append(self)
        self.createLock()

    def get_name(self):
        return self._name

    def set_name(self, name):
        with state_lock:
            if self._name in _handlers:
                del _handlers[self._name]
            self._name = name
            if name:
                _handlers[name] = self

    name = property(get_name, set_name)

    def createLock(self):
        self.lock = threading.RLock()

    def _at_fork_reinit(self):
        self.lock = threading.RLock()

    def acquire(self):
        if self.lock:
            self.lock.acquire()

    def release(self):
        if self.lock:
            self.lock.release()

    def setLevel(self, level):
        """Ignore records below level (a number or a level name)."""
        self.level = as_level_number(level)

    def setFormatter(self, fmt):
        self.formatter = fmt

    def format(self, record):
        """The record's text by this handler's formatter, or the default one."""
        return (self.formatter or _defaultFormatter).format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def handle(self, record):
        """Emit the record unless a filter stops it; returns whether it was emitted."""
        passed = self.filter(record)
        if passed:
            self.acquire()
            try:
                self.emit(record)
            finally:
                self.release()
        return passed

    def flush(self):
        """Push out buffered output (nothing to do here; subclasses that buffer do)."""

    def close(self):
        """Done with the handler: forget its name. Subclasses release their resources."""
        with state_lock:
            self._closed = True
            if self._name and _handlers.get(self._name) is self:
                del _handlers[self._name]

    def handleError(self, record):
        """Called by emit() in an except block: report the error on stderr (when
        logging.raiseExceptions is true) and carry on."""
        if _package.raiseExceptions and sys.stderr:
            _report_logging_error(record)

    def __repr__(self):
        return '<%s (%s)>' % (type(self).__name__, getLevelName(self.level))


class StreamHandler(Handler):
    """Writes each record's text and a terminator ('\\n') to a stream, sys.stderr by
    default."""

    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        self.stream = sys.stderr if stream is None else stream

    def flush(self):
        self.acquire()
        try:
            if self.stream and hasattr(self.stream, "flush"):
                self.stream.flush()
        finally:
            self.release()

    def emit(self, record):
        try:
            self.stream.write(self.format(record) + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        """Write to stream from now on; returns the previous stream, or None when stream
        is already the one in use."""
        if stream is self.stream:
            return None
        self.acquire()
        try:
            previous = self.stream
            self.flush()
            self.stream = stream
        finally:
            self.release()
        return previous

    def __repr__(self):
        name = str(getattr(self.stream, 'name', ''))
        return '<%s %s(%s)>' % (type(self).__name__, name + ' ' if name else '',
                                getLevelName(self.level))

    __class_getitem__ = classmethod(type(list[int]))     # types.GenericAlias


class FileHandler(StreamHandler):
    """A StreamHandler writing to a file, opened in mode 'a' by default. With delay=True
    the file is opened by the first record instead of at once."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        self.baseFilename = os.path.abspath(os.fspath(filename))
        self.mode = mode
        if "b" not in mode:
            encoding = io.text_encoding(encoding)
        self.encoding = encoding
        self.errors = errors
        self.delay = delay
        # Kept so that closing at interpreter exit can still open (builtins may be gone).
        self._builtin_open = open
        if delay:
            Handler.__init__(self)
            self.stream = None
        else:
            StreamHandler.__init__(self, self._open())

    def _open(self):
        return self._builtin_open(self.baseFilename, self.mode, encoding=self.encoding,
                                  errors=self.errors)

    def emit(self, record):
        if self.stream is None:
            # A closed handler in mode 'w' must not reopen (and so truncate) its file.
            if self.mode != 'w' or not self._closed:
                self.stream = self._open()
        if self.stream:
            StreamHandler.emit(self, record)

    def close(self):
        """Flush and close the file."""
        self.acquire()
        try:
            stream, self.stream = self.stream, None
            try:
                if stream:
                    try:
                        stream.flush()
                    finally:
                        if hasattr(stream, "close"):
                            stream.close()
            finally:
                StreamHandler.close(self)
        finally:
            self.release()

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.baseFilename,
                                 getLevelName(self.level))


class NullHandler(Handler):
    """Drops every record: a library adds one so that its records go nowhere unless the
    application configures logging."""

    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None

    def _at_fork_reinit(self):
        pass


class _StderrHandler(StreamHandler):
    """Writes to whatever sys.stderr is when each record comes (not when it was made)."""

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return sys.stderr


# Used when a record finds no handler at all: just the message, on stderr.
_defaultLastResort = _StderrHandler(WARNING)
