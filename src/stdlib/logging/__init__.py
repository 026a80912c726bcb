"""Logging: messages from a program, by importance, to wherever they are configured to go.

    import logging
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    log = logging.getLogger(__name__)
    log.info("started")

The pieces:
- Loggers, named in a dotted hierarchy ("app", "app.db"); getLogger(name) always returns the
  same one for a name. The root logger is the top. A logger passes each message at or above
  its effective level (its own, or the nearest ancestor's that is set) as a LogRecord to
  its handlers, then to its parent's, up to the root (unless propagate is false).
- Handlers decide where records go: StreamHandler (sys.stderr or another stream),
  FileHandler, NullHandler. Each has a level of its own, filters, and a Formatter.
- Formatters turn a record into text: "%(levelname)s:%(name)s:%(message)s" and the like.
- basicConfig() sets up the root logger with one handler, once. The module-level
  functions (logging.info(...)) call it first when the root has no handlers. When nothing
  is configured at all, a record of WARNING or above goes to "lastResort", which writes just
  the message to sys.stderr.

Each handler has a threading.RLock, so that records from several threads are written one
at a time; the module's configuration is guarded by another RLock.

This module was written for pygil from the documented behaviour of CPython 3.11's logging.
"""

import sys
import os
import time
import io
import threading

__all__ = ['BASIC_FORMAT', 'BufferingFormatter', 'CRITICAL', 'DEBUG', 'ERROR',
           'FATAL', 'FileHandler', 'Filter', 'Formatter', 'Handler', 'INFO',
           'LogRecord', 'Logger', 'LoggerAdapter', 'NOTSET', 'NullHandler',
           'StreamHandler', 'WARN', 'WARNING', 'addLevelName', 'basicConfig',
           'captureWarnings', 'critical', 'debug', 'disable', 'error',
           'exception', 'fatal', 'getLevelName', 'getLogger', 'getLoggerClass',
           'info', 'log', 'makeLogRecord', 'setLoggerClass', 'shutdown',
           'warn', 'warning', 'getLogRecordFactory', 'setLogRecordFactory',
           'lastResort', 'raiseExceptions', 'getLevelNamesMapping']

# When the module was loaded: LogRecord.relativeCreated counts from here.
_startTime = time.time()

# Whether errors inside logging (a bad format argument, a closed stream) are reported on
# sys.stderr ("--- Logging error ---") rather than ignored.
raiseExceptions = True

# Whether records look up the current thread's and process's names.
logThreads = True
logMultiprocessing = True
logProcesses = True


# ---------------------------------------------------------------------------------------------
# Levels

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

_levelToName = {
    CRITICAL: 'CRITICAL',
    ERROR: 'ERROR',
    WARNING: 'WARNING',
    INFO: 'INFO',
    DEBUG: 'DEBUG',
    NOTSET: 'NOTSET',
}
_nameToLevel = {
    'CRITICAL': CRITICAL,
    'FATAL': FATAL,
    'ERROR': ERROR,
    'WARN': WARNING,
    'WARNING': WARNING,
    'INFO': INFO,
    'DEBUG': DEBUG,
    'NOTSET': NOTSET,
}


def getLevelNamesMapping():
    """A copy of the mapping from level names to numbers."""
    return _nameToLevel.copy()


def getLevelName(level):
    """The name of a level number ('Level 33' for an unnamed one); given a name, its
    number (an odd old feature)."""
    result = _levelToName.get(level)
    if result is not None:
        return result
    result = _nameToLevel.get(level)
    if result is not None:
        return result
    return "Level %s" % level


def addLevelName(level, levelName):
    """Give a level number a name (used when formatting %(levelname)s)."""
    with _lock:
        _levelToName[level] = levelName
        _nameToLevel[levelName] = level


def _checkLevel(level):
    if isinstance(level, int):
        rv = level
    elif str(level) == level:
        if level not in _nameToLevel:
            raise ValueError("Unknown level: %r" % level)
        rv = _nameToLevel[level]
    else:
        raise TypeError("Level not an integer or a valid string: %r" % (level,))
    return rv


# The module's configuration (loggers, handlers list, levels) is changed under this lock.
# Reentrant: configuring may create loggers, which takes it again.
_lock = threading.RLock()


def _acquireLock():
    if _lock:
        _lock.acquire()


def _releaseLock():
    if _lock:
        _lock.release()


# ---------------------------------------------------------------------------------------------
# Where a call came from

def currentframe():
    """The frame of the caller of this function (None if the runtime has no frames)."""
    try:
        return sys._getframe(1)
    except (AttributeError, ValueError):
        return None


def _normcase(path):
    return os.path.normcase(path) if hasattr(os.path, 'normcase') else path


# Frames in this file are logging's own: findCaller() skips them.
_srcfile = _normcase(__file__) if '__file__' in globals() else None


def _is_internal_frame(frame):
    """Frames of this module, and of the import machinery."""
    filename = _normcase(frame.f_code.co_filename)
    return filename == _srcfile or (
        "importlib" in filename and "_bootstrap" in filename)


def _format_exception_text(ei):
    """The traceback text of exc_info tuple ei, as the default excepthook prints it."""
    try:
        import traceback
    except ImportError:
        traceback = None
    if traceback is not None:
        sio = io.StringIO()
        tb = ei[2]
        traceback.print_exception(ei[0], ei[1], tb, None, sio)
        return sio.getvalue()
    if ei[0] is None:
        return 'NoneType: None\n'     # exception() called outside an except block
    import _thread
    return _thread._format_exception(ei[0], ei[1], ei[2])


def _format_stack_text(frame):
    try:
        import traceback
    except ImportError:
        return ''
    sio = io.StringIO()
    traceback.print_stack(frame, file=sio)
    return sio.getvalue()


# ---------------------------------------------------------------------------------------------
# LogRecord

class LogRecord(object):
    """Everything about one logging event: who logged it (name, level, file, line,
    function), the message and its arguments, the exception, when, in which thread.

    Formatters read these attributes: %(name)s, %(levelname)s, %(message)s ..."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info, func=None,
                 sinfo=None, **kwargs):
        ct = time.time()
        self.name = name
        self.msg = msg
        # logging.info("%(a)s", {"a": 1}): a single dict argument is the mapping for the
        # format.
        if (args and len(args) == 1 and isinstance(args[0], dict) and args[0]):
            args = args[0]
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        try:
            self.filename = os.path.basename(pathname)
            self.module = os.path.splitext(self.filename)[0]
        except (TypeError, ValueError, AttributeError):
            self.filename = pathname
            self.module = "Unknown module"
        self.exc_info = exc_info
        self.exc_text = None      # the formatted traceback, once made
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = ct
        self.msecs = int((ct - int(ct)) * 1000) + 0.0
        self.relativeCreated = (self.created - _startTime) * 1000
        if logThreads:
            self.thread = threading.get_ident()
            self.threadName = threading.current_thread().name
        else:
            self.thread = None
            self.threadName = None
        if not logMultiprocessing:
            self.processName = None
        else:
            self.processName = 'MainProcess'
            mp = sys.modules.get('multiprocessing')
            if mp is not None:
                try:
                    self.processName = mp.current_process().name
                except Exception:
                    pass
        if logProcesses and hasattr(os, 'getpid'):
            self.process = os.getpid()
        else:
            self.process = None

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (self.name, self.levelno, self.pathname,
                                                      self.lineno, self.msg)

    def getMessage(self):
        """The message with its arguments filled in: str(msg) % args."""
        msg = str(self.msg)
        if self.args:
            msg = msg % self.args
        return msg


_logRecordFactory = LogRecord


def setLogRecordFactory(factory):
    """Make records with factory (LogRecord's signature) from now on."""
    global _logRecordFactory
    _logRecordFactory = factory


def getLogRecordFactory():
    """The callable that makes LogRecords."""
    return _logRecordFactory


def makeLogRecord(dict):
    """A LogRecord with the attributes of dict (for records sent between processes)."""
    rv = _logRecordFactory(None, None, "", 0, "", (), None, None)
    rv.__dict__.update(dict)
    return rv


# ---------------------------------------------------------------------------------------------
# Formatting styles: how a format string names the record's attributes

def _parse_braces(fmt):
    """The (field, conversion, spec) of each {field!conv:spec} in fmt, checking the braces
    as str.format would."""
    fields = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        if ch == '{':
            if fmt[i + 1:i + 2] == '{':
                i += 2
                continue
            if i + 1 == n:
                raise ValueError("Single '{' encountered in format string")
            depth = 1
            j = i + 1
            while j < n and depth:
                if fmt[j] == '{':
                    depth += 1
                elif fmt[j] == '}':
                    depth -= 1
                j += 1
            if depth:
                raise ValueError("expected '}' before end of string")
            inner = fmt[i + 1:j - 1]
            spec = ''
            conversion = None
            colon = inner.find(':')
            if colon >= 0:
                inner, spec = inner[:colon], inner[colon + 1:]
            bang = inner.find('!')
            if bang >= 0:
                inner, conversion = inner[:bang], inner[bang + 1:]
            fields.append((inner, conversion, spec))
            i = j
        elif ch == '}':
            if fmt[i + 1:i + 2] == '}':
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        else:
            i += 1
    return fields


def _is_word(text):
    return bool(text) and all(c.isalnum() or c == '_' for c in text)


def _is_field_path(field):
    # name, 0, name.attr, name[key] ...: what logging accepts as a {} field
    i = 0
    n = len(field)
    while i < n and field[i] not in '.[':
        i += 1
    if not _is_word(field[:i]):
        return False
    while i < n:
        if field[i] == '.':
            j = i + 1
            while j < n and field[j] not in '.[':
                j += 1
            if not _is_word(field[i + 1:j]):
                return False
            i = j
        else:
            close = field.find(']', i)
            if close <= i + 1:
                return False
            i = close + 1
    return True


def _is_format_spec(spec):
    # [[fill]align][sign][#][0][width][,|_][.precision][type]; width and precision may be
    # {name} too.
    i = 0
    n = len(spec)
    if n >= 2 and spec[1] in '<>=^':
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        i = 1
    if i < n and spec[i] in '+ -':
        i += 1
    if i < n and spec[i] == '#':
        i += 1
    if i < n and spec[i] == '0':
        i += 1

    def number_or_field(i):
        if i < n and spec[i] == '{':
            close = spec.find('}', i)
            if close < 0 or not _is_word(spec[i + 1:close]):
                return -1
            return close + 1
        while i < n and spec[i].isdigit():
            i += 1
        return i

    i = number_or_field(i)
    if i < 0:
        return False
    if i < n and spec[i] in ',_':
        i += 1
    if i < n and spec[i] == '.':
        j = number_or_field(i + 1)
        if j < 0 or j == i + 1:
            return False
        i = j
    if i < n and spec[i].lower() in 'bcdefgnosx%':
        i += 1
    return i == n


def _percent_fields(fmt):
    """The names of the %(name)... conversions in fmt (each checked for a valid form)."""
    names = []
    i = 0
    n = len(fmt)
    while i < n:
        if fmt[i] != '%':
            i += 1
            continue
        if fmt[i + 1:i + 2] != '(':
            i += 2
            continue
        close = fmt.find(')', i + 2)
        if close < 0:
            break
        name = fmt[i + 2:close]
        j = close + 1
        while j < n and fmt[j] in '#0+ -':
            j += 1
        while j < n and (fmt[j].isdigit() or fmt[j] == '*'):
            j += 1
        if j < n and fmt[j] == '.':
            j += 1
            while j < n and (fmt[j].isdigit() or fmt[j] == '*'):
                j += 1
        if j < n and fmt[j].lower() in 'diouxefgcrsa%' and name and all(
                c.isalnum() or c == '_' for c in name):
            names.append(name)
        i = j + 1
    return names


class PercentStyle(object):
    """Format strings like '%(levelname)s: %(message)s' (the default)."""

    default_format = '%(message)s'
    asctime_format = '%(asctime)s'
    asctime_search = '%(asctime)'

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt or self.default_format
        self._defaults = defaults

    def usesTime(self):
        return self._fmt.find(self.asctime_search) >= 0

    def validate(self):
        """Check that the format has at least one %(name)s field."""
        if not _percent_fields(self._fmt):
            raise ValueError("Invalid format '%s' for '%s' style"
                             % (self._fmt, self.default_format[0]))

    def _format(self, record):
        if defaults := self._defaults:
            values = defaults | record.__dict__
        else:
            values = record.__dict__
        return self._fmt % values

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as e:
            raise ValueError('Formatting field not found in record: %s' % e)


class StrFormatStyle(PercentStyle):
    """Format strings like '{levelname}: {message}'."""

    default_format = '{message}'
    asctime_format = '{asctime}'
    asctime_search = '{asctime'

    def _format(self, record):
        if defaults := self._defaults:
            values = defaults | record.__dict__
        else:
            values = record.__dict__
        return self._fmt.format(**values)

    def validate(self):
        """Check that the format has fields, each valid."""
        fields = set()
        try:
            for fieldname, conversion, spec in _parse_braces(self._fmt):
                if fieldname:
                    if not _is_field_path(fieldname):
                        raise ValueError('invalid field name/expression: %r' % fieldname)
                    fields.add(fieldname)
                if conversion and conversion not in 'rsa':
                    raise ValueError('invalid conversion: %r' % conversion)
                if spec and not _is_format_spec(spec):
                    raise ValueError('bad specifier: %r' % spec)
        except ValueError as e:
            raise ValueError('invalid format: %s' % e)
        if not fields:
            raise ValueError('invalid format: no fields')


class StringTemplateStyle(PercentStyle):
    """Format strings like '${levelname}: $message'."""

    default_format = '${message}'
    asctime_format = '${asctime}'
    asctime_search = '${asctime}'

    def usesTime(self):
        fmt = self._fmt
        return fmt.find('$asctime') >= 0 or fmt.find(self.asctime_search) >= 0

    def validate(self):
        fields = set()
        for kind, name in _template_pieces(self._fmt):
            if kind == 'field':
                fields.add(name)
            elif kind == 'bad':
                raise ValueError("invalid format: bare '$' not allowed")
        if not fields:
            raise ValueError('invalid format: no fields')

    def _format(self, record):
        if defaults := self._defaults:
            values = defaults | record.__dict__
        else:
            values = record.__dict__
        out = []
        for kind, piece in _template_pieces(self._fmt):
            if kind == 'field':
                out.append(str(values[piece]))
            elif kind == 'bad':
                raise ValueError('Invalid placeholder in string')
            else:
                out.append(piece)
        return ''.join(out)


def _template_pieces(fmt):
    """The text and $name / ${name} fields of a string.Template-style format."""
    i = 0
    n = len(fmt)
    while i < n:
        dollar = fmt.find('$', i)
        if dollar < 0:
            yield 'text', fmt[i:]
            return
        if dollar > i:
            yield 'text', fmt[i:dollar]
        rest = fmt[dollar + 1:]
        if rest.startswith('$'):
            yield 'text', '$'
            i = dollar + 2
        elif rest.startswith('{'):
            close = rest.find('}')
            name = rest[1:close] if close >= 0 else ''
            if close < 0 or not name.isidentifier():
                yield 'bad', None
                return
            yield 'field', name
            i = dollar + 2 + close
        else:
            j = 0
            while j < len(rest) and (rest[j].isalnum() or rest[j] == '_'):
                j += 1
            name = rest[:j]
            if not name or not name.isidentifier():
                yield 'bad', None
                return
            yield 'field', name
            i = dollar + 1 + j


BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

_STYLES = {
    '%': (PercentStyle, BASIC_FORMAT),
    '{': (StrFormatStyle, '{levelname}:{name}:{message}'),
    '$': (StringTemplateStyle, '${levelname}:${name}:${message}'),
}


# ---------------------------------------------------------------------------------------------
# Formatter

def _strftime(fmt, tm):
    strftime = getattr(time, 'strftime', None)
    if strftime is not None:
        return strftime(fmt, tm)
    import datetime
    return datetime.datetime(*tm[:6]).strftime(fmt)


class Formatter(object):
    """Turns a LogRecord into text.

    Formatter(fmt=None, datefmt=None, style='%', validate=True, *, defaults=None):
    fmt names record attributes (default '%(message)s'); datefmt is the time.strftime
    format of %(asctime)s (default '2024-01-05 12:30:00,123'); style '{' or '$' for the
    other format syntaxes; defaults gives values for extra fields."""

    converter = time.localtime

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *, defaults=None):
        if style not in _STYLES:
            raise ValueError('Style must be one of: %s' % ','.join(_STYLES.keys()))
        self._style = _STYLES[style][0](fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def formatTime(self, record, datefmt=None):
        """The text of %(asctime)s: record.created in local time, by datefmt if given."""
        ct = self.converter(record.created)
        if datefmt:
            s = _strftime(datefmt, ct)
        else:
            s = _strftime(self.default_time_format, ct)
            if self.default_msec_format:
                s = self.default_msec_format % (s, record.msecs)
        return s

    def formatException(self, ei):
        """The traceback text of an exc_info tuple (without a final newline)."""
        s = _format_exception_text(ei)
        if s[-1:] == "\n":
            s = s[:-1]
        return s

    def usesTime(self):
        """Does the format show %(asctime)s?"""
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def formatStack(self, stack_info):
        """The text of a stack_info string (as it is)."""
        return stack_info

    def format(self, record):
        """The record as text: the format filled in, then the traceback of its exception and
        its stack, if any, each on following lines."""
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        s = self.formatMessage(record)
        if record.exc_info:
            # The traceback is formatted once and kept, for every handler.
            if not record.exc_text:
                record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + record.exc_text
        if record.stack_info:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + self.formatStack(record.stack_info)
        return s


# What a handler without a formatter uses.
_defaultFormatter = Formatter()


class BufferingFormatter(object):
    """Formats a batch of records: a header, each record, a footer."""

    def __init__(self, linefmt=None):
        if linefmt:
            self.linefmt = linefmt
        else:
            self.linefmt = _defaultFormatter

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        rv = ""
        if len(records) > 0:
            rv = rv + self.formatHeader(records)
            for record in records:
                rv = rv + self.linefmt.format(record)
            rv = rv + self.formatFooter(records)
        return rv


# ---------------------------------------------------------------------------------------------
# Filters

class Filter(object):
    """Lets through the records of one logger and its descendants: Filter('a.b') passes
    'a.b' and 'a.b.c', not 'a.bb'. Filter('') passes everything."""

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if self.nlen == 0:
            return True
        elif self.name == record.name:
            return True
        elif record.name.find(self.name, 0, self.nlen) != 0:
            return False
        return (record.name[self.nlen] == ".")


class Filterer(object):
    """The base of loggers and handlers: a list of filters, all of which must pass a
    record. A filter is a Filter or any callable taking the record."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if not (filter in self.filters):
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        """True if every filter accepts the record."""
        rv = True
        for f in self.filters:
            if hasattr(f, 'filter'):
                result = f.filter(record)
            else:
                result = f(record)
            if not result:
                rv = False
                break
        return rv


# ---------------------------------------------------------------------------------------------
# Handlers

# Every handler, weakly in CPython; here strongly: shutdown() flushes and closes them.
_handlers = {}
_handlerList = []


def _addHandlerRef(handler):
    with _lock:
        _handlerList.append(handler)


def _removeHandlerRef(handler):
    with _lock:
        if handler in _handlerList:
            _handlerList.remove(handler)


class Handler(Filterer):
    """Where records go. Subclasses define emit(record); handle() filters the record and
    calls emit() holding the handler's lock, so threads write whole records."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _checkLevel(level)
        self.formatter = None
        self._closed = False
        _addHandlerRef(self)
        self.createLock()

    def get_name(self):
        return self._name

    def set_name(self, name):
        with _lock:
            if self._name in _handlers:
                del _handlers[self._name]
            self._name = name
            if name:
                _handlers[name] = self

    name = property(get_name, set_name)

    def createLock(self):
        """The lock that serializes emit() (a threading.RLock)."""
        self.lock = threading.RLock()

    def acquire(self):
        if self.lock:
            self.lock.acquire()

    def release(self):
        if self.lock:
            self.lock.release()

    def setLevel(self, level):
        """Records below this level are ignored by the handler."""
        self.level = _checkLevel(level)

    def format(self, record):
        """The record as text, by this handler's formatter (or the default one)."""
        if self.formatter:
            fmt = self.formatter
        else:
            fmt = _defaultFormatter
        return fmt.format(record)

    def emit(self, record):
        """Output the record (subclasses do it)."""
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def handle(self, record):
        """Emit the record if the filters pass it; returns whether they did."""
        rv = self.filter(record)
        if rv:
            with self.lock:
                self.emit(record)
        return rv

    def setFormatter(self, fmt):
        self.formatter = fmt

    def flush(self):
        """Write out anything buffered (subclasses do it)."""
        pass

    def close(self):
        """Release the handler's resources; shutdown() calls it at exit."""
        with _lock:
            self._closed = True
            if self._name and self._name in _handlers:
                del _handlers[self._name]

    def handleError(self, record):
        """Report an exception raised in emit() on sys.stderr ("--- Logging error ---",
        the traceback, the message and its arguments), and go on."""
        if raiseExceptions and sys.stderr:
            t, v, tb = sys.exc_info()
            try:
                sys.stderr.write('--- Logging error ---\n')
                sys.stderr.write(_format_exception_text((t, v, tb)))
                sys.stderr.write('Call stack:\n')
                frame = tb.tb_frame if tb is not None and hasattr(tb, 'tb_frame') else None
                while frame and os.path.dirname(frame.f_code.co_filename) == \
                        os.path.dirname(_srcfile or ''):
                    frame = frame.f_back
                if frame:
                    sys.stderr.write(_format_stack_text(frame))
                else:
                    sys.stderr.write('Logged from file %s, line %s\n' % (
                        record.filename, record.lineno))
                try:
                    sys.stderr.write('Message: %r\nArguments: %s\n' % (record.msg,
                                                                         record.args))
                except RecursionError:
                    raise
                except Exception:
                    sys.stderr.write('Unable to print the message and arguments'
                                     ' - possible formatting error.\nUse the'
                                     ' traceback above to help find the error.\n')
            except OSError:
                pass    # nowhere left to report it
            finally:
                del t, v, tb

    def __repr__(self):
        level = getLevelName(self.level)
        return '<%s (%s)>' % (self.__class__.__name__, level)


class StreamHandler(Handler):
    """Writes each record and a newline to a stream: sys.stderr by default (looked up when
    the handler is made)."""

    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        if stream is None:
            stream = sys.stderr
        self.stream = stream

    def flush(self):
        with self.lock:
            if self.stream and hasattr(self.stream, "flush"):
                self.stream.flush()

    def emit(self, record):
        """Write the formatted record and the terminator, then flush."""
        try:
            msg = self.format(record)
            stream = self.stream
            stream.write(msg + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        """Write to stream from now on; returns the old stream (None if unchanged)."""
        if stream is self.stream:
            result = None
        else:
            result = self.stream
            with self.lock:
                self.flush()
                self.stream = stream
        return result

    def __repr__(self):
        level = getLevelName(self.level)
        name = getattr(self.stream, 'name', '')
        name = str(name)
        if name:
            name += ' '
        return '<%s %s(%s)>' % (self.__class__.__name__, name, level)

    try:
        from types import GenericAlias as _GenericAlias
        __class_getitem__ = classmethod(_GenericAlias)
        del _GenericAlias
    except ImportError:
        pass


class FileHandler(StreamHandler):
    """Writes records to a file, opened with mode (appending by default) when the handler
    is made, or at the first record with delay=True."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        filename = os.fspath(filename) if hasattr(os, 'fspath') else filename
        self.baseFilename = os.path.abspath(filename)
        self.mode = mode
        self.encoding = encoding
        if "b" not in mode and encoding is None:
            encoding = 'utf-8'
            self.encoding = encoding
        self.errors = errors
        self.delay = delay
        # A delayed handler has no stream yet: it is still a Handler with a lock.
        self._builtin_open = open
        if delay:
            Handler.__init__(self)
            self.stream = None
        else:
            StreamHandler.__init__(self, self._open())

    def close(self):
        """Flush and close the file."""
        with self.lock:
            try:
                if self.stream:
                    try:
                        self.flush()
                    finally:
                        stream = self.stream
                        self.stream = None
                        if hasattr(stream, "close"):
                            stream.close()
            finally:
                # the handler counts as closed even if flushing failed
                StreamHandler.close(self)

    def _open(self):
        open_func = self._builtin_open
        return open_func(self.baseFilename, self.mode, encoding=self.encoding,
                         errors=self.errors)

    def emit(self, record):
        """Open the file if needed, then write the record."""
        if self.stream is None:
            if self.mode != 'w' or not self._closed:
                self.stream = self._open()
        if self.stream:
            StreamHandler.emit(self, record)

    def __repr__(self):
        level = getLevelName(self.level)
        return '<%s %s (%s)>' % (self.__class__.__name__, self.baseFilename, level)


class _StderrHandler(StreamHandler):
    """The last resort: writes to whatever sys.stderr is at the time of each record."""

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return sys.stderr


_defaultLastResort = _StderrHandler(WARNING)
lastResort = _defaultLastResort


class NullHandler(Handler):
    """Does nothing: a library adds it to its logger so that an unconfigured program does
    not get the library's warnings from the last-resort handler."""

    def handle(self, record):
        """Stub."""

    def emit(self, record):
        """Stub."""

    def createLock(self):
        self.lock = None

    def _at_fork_reinit(self):
        pass


# ---------------------------------------------------------------------------------------------
# Loggers and the manager that keeps them

class PlaceHolder(object):
    """Stands in the logger tree for a name not yet asked for ("a.b" when only "a.b.c"
    exists), remembering the loggers below it."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        if alogger not in self.loggerMap:
            self.loggerMap[alogger] = None


def setLoggerClass(klass):
    """getLogger() makes instances of klass (a Logger subclass) from now on."""
    if klass != Logger:
        if not issubclass(klass, Logger):
            raise TypeError("logger not derived from logging.Logger: " + klass.__name__)
    global _loggerClass
    _loggerClass = klass


def getLoggerClass():
    """The class getLogger() instantiates."""
    return _loggerClass


class Manager(object):
    """Keeps the loggers by name and links each to its parent."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.disable = 0
        self.emittedNoHandlerWarning = False
        self.loggerDict = {}
        self.loggerClass = None
        self.logRecordFactory = None

    @property
    def disable(self):
        return self._disable

    @disable.setter
    def disable(self, value):
        self._disable = _checkLevel(value)

    def getLogger(self, name):
        """The logger called name, made (and linked into the tree) the first time."""
        rv = None
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        with _lock:
            if name in self.loggerDict:
                rv = self.loggerDict[name]
                if isinstance(rv, PlaceHolder):
                    ph = rv
                    rv = (self.loggerClass or _loggerClass)(name)
                    rv.manager = self
                    self.loggerDict[name] = rv
                    self._fixupChildren(ph, rv)
                    self._fixupParents(rv)
            else:
                rv = (self.loggerClass or _loggerClass)(name)
                rv.manager = self
                self.loggerDict[name] = rv
                self._fixupParents(rv)
        return rv

    def setLoggerClass(self, klass):
        if klass != Logger:
            if not issubclass(klass, Logger):
                raise TypeError("logger not derived from logging.Logger: " + klass.__name__)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory

    def _fixupParents(self, alogger):
        # The parent is the nearest existing logger up the dotted name; the names in
        # between get placeholders that remember this logger.
        name = alogger.name
        i = name.rfind(".")
        rv = None
        while (i > 0) and not rv:
            substr = name[:i]
            if substr not in self.loggerDict:
                self.loggerDict[substr] = PlaceHolder(alogger)
            else:
                obj = self.loggerDict[substr]
                if isinstance(obj, Logger):
                    rv = obj
                else:
                    assert isinstance(obj, PlaceHolder)
                    obj.append(alogger)
            i = name.rfind(".", 0, i - 1)
        if not rv:
            rv = self.root
        alogger.parent = rv

    def _fixupChildren(self, ph, alogger):
        # A new logger takes the place of a placeholder: the loggers below it whose parent
        # was above it now have it as parent.
        name = alogger.name
        namelen = len(name)
        for c in ph.loggerMap.keys():
            if c.parent.name[:namelen] != name:
                alogger.parent = c.parent
                c.parent = alogger

    def _clear_cache(self):
        # Levels changed: every logger's cache of isEnabledFor() answers is stale.
        with _lock:
            for logger in self.loggerDict.values():
                if isinstance(logger, Logger):
                    logger._cache.clear()
            self.root._cache.clear()


class Logger(Filterer):
    """A named channel for log messages; get one with logging.getLogger(name).

    log.debug/info/warning/error/critical(msg, *args) log msg % args at that level if the
    logger's effective level allows it; exception() is error() with the current
    exception's traceback. Keyword arguments: exc_info (an exception, an exc_info tuple or
    True), stack_info, stacklevel (whose caller counts as the origin), extra (a dict of
    more record attributes)."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _checkLevel(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False
        self._cache = {}

    def setLevel(self, level):
        """Messages below this level are dropped (NOTSET: use the parent's level)."""
        self.level = _checkLevel(level)
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
        """Don't use this method, use critical() instead."""
        self.critical(msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        """Log msg % args at an integer level."""
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError("level must be an integer")
            else:
                return
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def findCaller(self, stack_info=False, stacklevel=1):
        """(file name, line number, function name, stack text) of the code that logged:
        the first frame outside this module, then stacklevel - 1 further out."""
        f = currentframe()
        if f is None:
            return "(unknown file)", 0, "(unknown function)", None
        while stacklevel > 0:
            next_f = f.f_back
            if next_f is None:
                break
            f = next_f
            if not _is_internal_frame(f):
                stacklevel -= 1
        co = f.f_code
        sinfo = None
        if stack_info:
            sinfo = "Stack (most recent call last):\n" + _format_stack_text(f)
            if sinfo[-1] == '\n':
                sinfo = sinfo[:-1]
        return co.co_filename, f.f_lineno, co.co_name, sinfo

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info, func=None, extra=None,
                   sinfo=None):
        """Make the LogRecord (subclasses may make their own kind)."""
        rv = _logRecordFactory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        if extra is not None:
            for key in extra:
                if (key in ["message", "asctime"]) or (key in rv.__dict__):
                    raise KeyError("Attempt to overwrite %r in LogRecord" % key)
                rv.__dict__[key] = extra[key]
        return rv

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False,
             stacklevel=1):
        sinfo = None
        if _srcfile:
            try:
                fn, lno, func, sinfo = self.findCaller(stack_info, stacklevel)
            except ValueError:
                fn, lno, func = "(unknown file)", 0, "(unknown function)"
        else:
            fn, lno, func = "(unknown file)", 0, "(unknown function)"
        if exc_info:
            if isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
            elif not isinstance(exc_info, tuple):
                exc_info = sys.exc_info()
        record = self.makeRecord(self.name, level, fn, lno, msg, args, exc_info, func, extra,
                                 sinfo)
        self.handle(record)

    def handle(self, record):
        """Pass the record to the handlers, if the logger is enabled and its filters pass it."""
        if (not self.disabled) and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        """Send records to hdlr too."""
        with _lock:
            if not (hdlr in self.handlers):
                self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        with _lock:
            if hdlr in self.handlers:
                self.handlers.remove(hdlr)

    def hasHandlers(self):
        """Do this logger or its ancestors (up to the first with propagate false) have
        handlers?"""
        c = self
        rv = False
        while c:
            if c.handlers:
                rv = True
                break
            if not c.propagate:
                break
            else:
                c = c.parent
        return rv

    def callHandlers(self, record):
        """Hand the record to the handlers of this logger and its ancestors (while
        propagate is true), each if the record's level reaches the handler's. With no
        handler anywhere, lastResort gets it."""
        c = self
        found = 0
        while c:
            for hdlr in c.handlers:
                found = found + 1
                if record.levelno >= hdlr.level:
                    hdlr.handle(record)
            if not c.propagate:
                c = None    # break out
            else:
                c = c.parent
        if found == 0:
            if lastResort:
                if record.levelno >= lastResort.level:
                    lastResort.handle(record)
            elif raiseExceptions and not self.manager.emittedNoHandlerWarning:
                sys.stderr.write("No handlers could be found for logger \"%s\"\n" % self.name)
                self.manager.emittedNoHandlerWarning = True

    def getEffectiveLevel(self):
        """The level that applies: this logger's, or the nearest ancestor's that is set."""
        logger = self
        while logger:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        """Would a message at this level be processed?"""
        if self.disabled:
            return False
        try:
            return self._cache[level]
        except KeyError:
            with _lock:
                if self.manager.disable >= level:
                    is_enabled = self._cache[level] = False
                else:
                    is_enabled = self._cache[level] = (level >= self.getEffectiveLevel())
            return is_enabled

    def getChild(self, suffix):
        """The logger named self.name + '.' + suffix."""
        if self.root is not self:
            suffix = '.'.join((self.name, suffix))
        return self.manager.getLogger(suffix)

    def __repr__(self):
        level = getLevelName(self.getEffectiveLevel())
        return '<%s %s (%s)>' % (self.__class__.__name__, self.name, level)

    def __reduce__(self):
        return getLogger, (self.name,)


class RootLogger(Logger):
    """The logger at the top of the tree (named 'root'); its level is WARNING at first."""

    def __init__(self, level):
        Logger.__init__(self, "root", level)

    def __reduce__(self):
        return getLogger, ()


_loggerClass = Logger


class LoggerAdapter(object):
    """Wraps a logger to add context to every record: the `extra` dict becomes record
    attributes (override process() to change messages too)."""

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        """The (msg, kwargs) to log: here kwargs gets extra=self.extra."""
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
        logger = self.logger
        level = getLevelName(logger.getEffectiveLevel())
        return '<%s %s (%s)>' % (self.__class__.__name__, logger.name, level)


root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(Logger.root)


# ---------------------------------------------------------------------------------------------
# Configuration and the module-level functions

def basicConfig(**kwargs):
    """Configure the root logger with one handler, if it has none yet (or force=True).

    filename, filemode: log to that file (mode 'a'), else stream (default sys.stderr);
    handlers: a list of handlers instead; format, datefmt, style: the Formatter (default
    format "%(levelname)s:%(name)s:%(message)s"); level: the root logger's level;
    force: remove and close the root's handlers first; encoding, errors: for the file."""
    with _lock:
        force = kwargs.pop('force', False)
        encoding = kwargs.pop('encoding', None)
        errors = kwargs.pop('errors', 'backslashreplace')
        if force:
            for h in root.handlers[:]:
                root.removeHandler(h)
                h.close()
        if len(root.handlers) == 0:
            handlers = kwargs.pop("handlers", None)
            if handlers is None:
                if "stream" in kwargs and "filename" in kwargs:
                    raise ValueError("'stream' and 'filename' should not be "
                                     "specified together")
            else:
                if "stream" in kwargs or "filename" in kwargs:
                    raise ValueError("'stream' or 'filename' should not be "
                                     "specified together with 'handlers'")
            if handlers is None:
                filename = kwargs.pop("filename", None)
                mode = kwargs.pop("filemode", 'a')
                if filename:
                    if 'b' in mode:
                        errors = None
                    elif encoding is None:
                        encoding = 'utf-8'
                    h = FileHandler(filename, mode, encoding=encoding, errors=errors)
                else:
                    stream = kwargs.pop("stream", None)
                    h = StreamHandler(stream)
                handlers = [h]
            dfs = kwargs.pop("datefmt", None)
            style = kwargs.pop("style", '%')
            if style not in _STYLES:
                raise ValueError('Style must be one of: %s' % ','.join(_STYLES.keys()))
            fs = kwargs.pop("format", _STYLES[style][1])
            fmt = Formatter(fs, dfs, style)
            for h in handlers:
                if h.formatter is None:
                    h.setFormatter(fmt)
                root.addHandler(h)
            level = kwargs.pop("level", None)
            if level is not None:
                root.setLevel(level)
            if kwargs:
                keys = ', '.join(kwargs.keys())
                raise ValueError('Unrecognised argument(s): %s' % keys)


def getLogger(name=None):
    """The logger called name (the root logger without a name). Loggers are made on first
    use and shared: getLogger('a') is getLogger('a')."""
    if not name or isinstance(name, str) and name == root.name:
        return root
    return Logger.manager.getLogger(name)


def critical(msg, *args, **kwargs):
    """Log msg % args at CRITICAL level on the root logger (configuring it with
    basicConfig() if it has no handlers)."""
    if len(root.handlers) == 0:
        basicConfig()
    root.critical(msg, *args, **kwargs)


def fatal(msg, *args, **kwargs):
    """Don't use this function, use critical() instead."""
    critical(msg, *args, **kwargs)


def error(msg, *args, **kwargs):
    """Log msg % args at ERROR level on the root logger."""
    if len(root.handlers) == 0:
        basicConfig()
    root.error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    """Log msg % args at ERROR level on the root logger, with the current exception."""
    error(msg, *args, exc_info=exc_info, **kwargs)


def warning(msg, *args, **kwargs):
    """Log msg % args at WARNING level on the root logger."""
    if len(root.handlers) == 0:
        basicConfig()
    root.warning(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    import warnings
    warnings.warn("The 'warn' function is deprecated, use 'warning' instead",
                  DeprecationWarning, 2)
    warning(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    """Log msg % args at INFO level on the root logger."""
    if len(root.handlers) == 0:
        basicConfig()
    root.info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    """Log msg % args at DEBUG level on the root logger."""
    if len(root.handlers) == 0:
        basicConfig()
    root.debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    """Log msg % args at an integer level on the root logger."""
    if len(root.handlers) == 0:
        basicConfig()
    root.log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    """Drop every message at this level or below, whatever the loggers' levels."""
    root.manager.disable = level
    root.manager._clear_cache()


def shutdown(handlerList=_handlerList):
    """Flush and close every handler (newest first). Runs at exit."""
    for h in reversed(handlerList[:]):
        try:
            if h:
                try:
                    h.acquire()
                    # a handler that failed before may have no stream left to flush
                    if getattr(h, 'flushOnClose', True):
                        h.flush()
                    h.close()
                except (OSError, ValueError):
                    pass
                finally:
                    h.release()
        except Exception:
            if raiseExceptions:
                raise


try:
    import atexit
    atexit.register(shutdown)
except ImportError:
    pass


# ---------------------------------------------------------------------------------------------
# Warnings into logging

_warnings_showwarning = None


def _showwarning(message, category, filename, lineno, file=None, line=None):
    # With captureWarnings(True): warnings go to the "py.warnings" logger at WARNING level.
    if file is not None:
        if _warnings_showwarning is not None:
            _warnings_showwarning(message, category, filename, lineno, file, line)
    else:
        import warnings
        s = warnings.formatwarning(message, category, filename, lineno, line)
        logger = getLogger("py.warnings")
        if not logger.handlers:
            logger.addHandler(NullHandler())
        logger.warning("%s", s)


def captureWarnings(capture):
    """Send warnings to the "py.warnings" logger (capture=True) or back to sys.stderr."""
    import warnings
    global _warnings_showwarning
    if capture:
        if _warnings_showwarning is None:
            _warnings_showwarning = warnings.showwarning
            warnings.showwarning = _showwarning
    else:
        if _warnings_showwarning is not None:
            warnings.showwarning = _warnings_showwarning
            _warnings_showwarning = None
