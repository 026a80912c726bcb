"""More handlers for the logging package.

Files that rotate (RotatingFileHandler by size, TimedRotatingFileHandler by time), a file
handler that notices its file was moved away (WatchedFileHandler), handlers that hold
records back (BufferingHandler, MemoryHandler), and a queue pair for logging from threads
without waiting on slow handlers (QueueHandler, QueueListener).

The network handlers (SocketHandler, DatagramHandler, SysLogHandler, SMTPHandler,
HTTPHandler) and NTEventLogHandler exist by name only: pygil has no socket objects, and
making one raises NotImplementedError.

Written for pygil from the documented behaviour of CPython 3.11's logging.handlers.
"""

import io
import os
import re
import copy
import time
import queue
import threading
from stat import ST_DEV, ST_INO, ST_MTIME

import logging

DEFAULT_TCP_LOGGING_PORT = 9020
DEFAULT_UDP_LOGGING_PORT = 9021
DEFAULT_HTTP_LOGGING_PORT = 9022
DEFAULT_SOAP_LOGGING_PORT = 9023
SYSLOG_UDP_PORT = 514
SYSLOG_TCP_PORT = 514

_MIDNIGHT = 24 * 60 * 60    # seconds in a day


# ---------------------------------------------------------------------------------------
# Files that rotate

class BaseRotatingHandler(logging.FileHandler):
    """A file handler that, before writing a record, asks shouldRollover(record) and if
    so calls doRollover(). Subclasses define both.

    The namer attribute (a callable, default None) may change the names given to rotated
    files; rotator (a callable (source, dest), default None) may replace the plain rename."""

    namer = None
    rotator = None

    def __init__(self, filename, mode, encoding=None, delay=False, errors=None):
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding,
                                     delay=delay, errors=errors)
        self.mode = mode
        self.encoding = encoding
        self.errors = errors

    def emit(self, record):
        try:
            if self.shouldRollover(record):
                self.doRollover()
            logging.FileHandler.emit(self, record)
        except Exception:
            self.handleError(record)

    def rotation_filename(self, default_name):
        """The name a rotated file gets: default_name, or what namer makes of it."""
        return self.namer(default_name) if callable(self.namer) else default_name

    def rotate(self, source, dest):
        """Move the current file source to dest (or let rotator do it)."""
        if callable(self.rotator):
            self.rotator(source, dest)
        elif os.path.exists(source):
            os.rename(source, dest)

    def _close_stream(self):
        if self.stream:
            self.stream.close()
            self.stream = None

    def _reopen_unless_delayed(self):
        if not self.delay:
            self.stream = self._open()


def _is_regular_file_or_absent(path):
    # Rotating a device or a pipe such as /dev/null makes no sense: those never rotate.
    return not os.path.exists(path) or os.path.isfile(path)


class RotatingFileHandler(BaseRotatingHandler):
    """Starts a new file when the current one would grow to maxBytes: app.log becomes
    app.log.1, app.log.1 becomes app.log.2 ..., keeping backupCount old files. With
    maxBytes or backupCount 0 the file never rotates."""

    def __init__(self, filename, mode='a', maxBytes=0, backupCount=0, encoding=None,
                 delay=False, errors=None):
        # Truncating on open would lose what a size limit is meant to keep.
        if maxBytes > 0:
            mode = 'a'
        if "b" not in mode:
            encoding = io.text_encoding(encoding)
        BaseRotatingHandler.__init__(self, filename, mode, encoding=encoding, delay=delay,
                                     errors=errors)
        self.maxBytes = maxBytes
        self.backupCount = backupCount

    def _numbered(self, n):
        return self.rotation_filename("%s.%d" % (self.baseFilename, n))

    def doRollover(self):
        """Shift the old files up one number and make the current file number 1."""
        self._close_stream()
        if self.backupCount > 0:
            for n in range(self.backupCount - 1, 0, -1):
                older, newer = self._numbered(n), self._numbered(n + 1)
                if os.path.exists(older):
                    if os.path.exists(newer):
                        os.remove(newer)
                    os.rename(older, newer)
            first = self._numbered(1)
            if os.path.exists(first):
                os.remove(first)
            self.rotate(self.baseFilename, first)
        self._reopen_unless_delayed()

    def shouldRollover(self, record):
        """Whether writing this record would take the file to maxBytes or more."""
        if not _is_regular_file_or_absent(self.baseFilename):
            return False
        if self.stream is None:
            self.stream = self._open()
        if self.maxBytes <= 0:
            return False
        text = "%s\n" % self.format(record)
        self.stream.seek(0, 2)      # the end: another writer may have added to the file
        return self.stream.tell() + len(text) >= self.maxBytes


# when -> (seconds per unit, strftime suffix of rotated files, the suffix as a regex)
_TIMED_UNITS = {
    'S': (1, "%Y-%m-%d_%H-%M-%S", r"\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}"),
    'M': (60, "%Y-%m-%d_%H-%M", r"\d{4}-\d{2}-\d{2}_\d{2}-\d{2}"),
    'H': (60 * 60, "%Y-%m-%d_%H", r"\d{4}-\d{2}-\d{2}_\d{2}"),
    'D': (_MIDNIGHT, "%Y-%m-%d", r"\d{4}-\d{2}-\d{2}"),
    'MIDNIGHT': (_MIDNIGHT, "%Y-%m-%d", r"\d{4}-\d{2}-\d{2}"),
    'W': (7 * _MIDNIGHT, "%Y-%m-%d", r"\d{4}-\d{2}-\d{2}"),
}


class TimedRotatingFileHandler(BaseRotatingHandler):
    """Starts a new file every interval units of when: 'S', 'M', 'H', 'D' (seconds,
    minutes, hours, days), 'midnight' (each day at midnight, or at atTime, a
    datetime.time), or 'W0'..'W6' (weekly on that weekday, 0 being Monday). The old file is
    renamed with the time of its period, e.g. app.log.2024-05-01; backupCount of them are
    kept (0: all)."""

    def __init__(self, filename, when='h', interval=1, backupCount=0, encoding=None,
                 delay=False, utc=False, atTime=None, errors=None):
        encoding = io.text_encoding(encoding)
        BaseRotatingHandler.__init__(self, filename, 'a', encoding=encoding, delay=delay,
                                     errors=errors)
        self.when = when.upper()
        self.backupCount = backupCount
        self.utc = utc
        self.atTime = atTime
        unit = self.when
        if unit.startswith('W'):
            if len(unit) != 2:
                raise ValueError("You must specify a day for weekly rollover from 0 to 6 "
                                 "(0 is Monday): %s" % self.when)
            if not '0' <= unit[1] <= '6':
                raise ValueError("Invalid day specified for weekly rollover: %s" % self.when)
            self.dayOfWeek = int(unit[1])
            unit = 'W'
        if unit not in _TIMED_UNITS:
            raise ValueError("Invalid rollover interval specified: %s" % self.when)
        seconds, self.suffix, suffix_pattern = _TIMED_UNITS[unit]
        # a namer may add an extension (".gz") after the time
        self.extMatch = re.compile(r"^%s(\.\w+)?$" % suffix_pattern, re.ASCII)
        self.interval = seconds * interval
        if os.path.exists(self.baseFilename):
            start = os.stat(self.baseFilename)[ST_MTIME]
        else:
            start = int(time.time())
        self.rolloverAt = self.computeRollover(start)

    def _time_tuple(self, seconds):
        return time.gmtime(seconds) if self.utc else time.localtime(seconds)

    def _at_time_of_day(self):
        # the moment of day, in seconds after midnight, that 'midnight'/'W' rotate at
        if self.atTime is None:
            return _MIDNIGHT
        return (self.atTime.hour * 60 + self.atTime.minute) * 60 + self.atTime.second

    def computeRollover(self, currentTime):
        """The time of the first rollover after currentTime."""
        if self.when != 'MIDNIGHT' and not self.when.startswith('W'):
            return currentTime + self.interval
        now = self._time_tuple(currentTime)
        seconds_today = (now.tm_hour * 60 + now.tm_min) * 60 + now.tm_sec
        wait = self._at_time_of_day() - seconds_today
        weekday = now.tm_wday
        if wait < 0:            # today's moment has passed: the next one is tomorrow
            wait += _MIDNIGHT
            weekday = (weekday + 1) % 7
        rollover = currentTime + wait
        if self.when.startswith('W'):
            days_ahead = (self.dayOfWeek - weekday) % 7
            if days_ahead:
                later = rollover + days_ahead * _MIDNIGHT
                rollover = self._same_wall_clock(now.tm_isdst, later, later - 1)
        return rollover

    def _same_wall_clock(self, dst_flag, moment, probe):
        # Between a time with daylight-saving flag dst_flag and `moment`, the clocks may
        # have changed (as seen at `probe`): move moment by that hour so that it falls at
        # the same time of day.
        if self.utc or time.localtime(probe).tm_isdst == dst_flag:
            return moment
        return moment + (3600 if dst_flag else -3600)

    def shouldRollover(self, record):
        """Whether the rollover time has come."""
        now = int(time.time())
        if now < self.rolloverAt:
            return False
        if not _is_regular_file_or_absent(self.baseFilename):
            # never rotate a device: just move the next check along
            self.rolloverAt = self.computeRollover(now)
            return False
        return True

    def getFilesToDelete(self):
        """The rotated files beyond the newest backupCount, oldest first."""
        folder, base = os.path.split(self.baseFilename)
        rotated = []
        if self.namer is None:
            prefix = base + "."
            for name in os.listdir(folder):
                if name.startswith(prefix) and self.extMatch.match(name[len(prefix):]):
                    rotated.append(os.path.join(folder, name))
        else:
            # With a namer the names may look like anything: find the time suffix in them.
            stem = os.path.splitext(base)[0]
            for name in os.listdir(folder):
                if name == base or not name.startswith(stem):
                    continue
                for part in re.split(r"[._]", name[len(stem):]):
                    if part and self.extMatch.match(part):
                        rotated.append(os.path.join(folder, name))
                        break
        if len(rotated) < self.backupCount:
            return []
        rotated.sort()
        return rotated[:len(rotated) - self.backupCount]

    def doRollover(self):
        """Rename the current file after the period it covered, drop the oldest files
        beyond backupCount, and work out the next rollover time."""
        self._close_stream()
        now = int(time.time())
        period_start = self.rolloverAt - self.interval
        stamp = time.strftime(self.suffix, self._time_tuple(period_start))
        if not self.utc:
            dst_now = time.localtime(now)[-1]
            dst_then = time.localtime(period_start)[-1]
            if dst_now != dst_then:
                shifted = period_start + (3600 if dst_now else -3600)
                stamp = time.strftime(self.suffix, time.localtime(shifted))
        target = self.rotation_filename(self.baseFilename + "." + stamp)
        if os.path.exists(target):
            os.remove(target)
        self.rotate(self.baseFilename, target)
        if self.backupCount > 0:
            for name in self.getFilesToDelete():
                os.remove(name)
        self._reopen_unless_delayed()
        following = self.computeRollover(now)
        while following <= now:
            following += self.interval
        if self.when == 'MIDNIGHT' or self.when.startswith('W'):
            following = self._same_wall_clock(time.localtime(now).tm_isdst, following,
                                              following)
        self.rolloverAt = following


class WatchedFileHandler(logging.FileHandler):
    """A file handler that reopens its file when someone else moved or removed it (as
    logrotate does): before each record it compares the file's device and inode with those
    of the file it has open."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        if "b" not in mode:
            encoding = io.text_encoding(encoding)
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding,
                                     delay=delay, errors=errors)
        self.dev, self.ino = -1, -1
        self._statstream()

    def _statstream(self):
        if self.stream:
            info = os.fstat(self.stream.fileno())
            self.dev, self.ino = info[ST_DEV], info[ST_INO]

    def reopenIfNeeded(self):
        """Reopen the file if the name no longer leads to the open file."""
        if self.stream is None:
            return
        try:
            info = os.stat(self.baseFilename)
        except FileNotFoundError:
            info = None
        if info is not None and (info[ST_DEV], info[ST_INO]) == (self.dev, self.ino):
            return
        self.stream.flush()
        self.stream.close()
        self.stream = None      # so that a failing open leaves no closed stream behind
        self.stream = self._open()
        self._statstream()

    def emit(self, record):
        self.reopenIfNeeded()
        logging.FileHandler.emit(self, record)


# ---------------------------------------------------------------------------------------
# Holding records back

class BufferingHandler(logging.Handler):
    """Keeps records in self.buffer; when shouldFlush(record) says so (by default: the
    buffer holds capacity records) flush() deals with them. Here flush() just drops them;
    subclasses do something useful."""

    def __init__(self, capacity):
        logging.Handler.__init__(self)
        self.capacity = capacity
        self.buffer = []

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        self.buffer.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        with self.lock:
            self.buffer.clear()

    def close(self):
        try:
            self.flush()
        finally:
            logging.Handler.close(self)


class MemoryHandler(BufferingHandler):
    """Holds records until capacity of them have come or one at flushLevel (ERROR) or
    above arrives, then passes them all to target. A common use: keep the DEBUG detail
    leading up to an error, and only then."""

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None, flushOnClose=True):
        BufferingHandler.__init__(self, capacity)
        self.flushLevel = flushLevel
        self.target = target
        self.flushOnClose = flushOnClose

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity or record.levelno >= self.flushLevel

    def setTarget(self, target):
        with self.lock:
            self.target = target

    def flush(self):
        """Hand the held records to the target, if there is one (else they stay)."""
        with self.lock:
            if self.target:
                for record in self.buffer:
                    self.target.handle(record)
                self.buffer.clear()

    def close(self):
        try:
            if self.flushOnClose:
                self.flush()
        finally:
            with self.lock:
                self.target = None
                BufferingHandler.close(self)


# ---------------------------------------------------------------------------------------
# Queues

class QueueHandler(logging.Handler):
    """Puts records on a queue (queue.Queue or alike) instead of writing them; a
    QueueListener elsewhere takes them off and hands them to the real handlers."""

    def __init__(self, queue):
        logging.Handler.__init__(self)
        self.queue = queue

    def enqueue(self, record):
        self.queue.put_nowait(record)

    def prepare(self, record):
        """A copy of the record with its text fixed: message and msg hold the formatted
        text, and args, exc_info, exc_text and stack_info are cleared (they may not
        survive the trip, and are in the text already)."""
        text = self.format(record)
        prepared = copy.copy(record)
        prepared.message = text
        prepared.msg = text
        prepared.args = None
        prepared.exc_info = None
        prepared.exc_text = None
        prepared.stack_info = None
        return prepared

    def emit(self, record):
        try:
            self.enqueue(self.prepare(record))
        except Exception:
            self.handleError(record)


class QueueListener(object):
    """Takes records off a queue in a thread of its own and passes each to handlers
    (all of them, or with respect_handler_level=True those whose level it reaches)."""

    _sentinel = None        # put on the queue by stop(): the thread ends when it gets it

    def __init__(self, queue, *handlers, respect_handler_level=False):
        self.queue = queue
        self.handlers = handlers
        self._thread = None
        self.respect_handler_level = respect_handler_level

    def dequeue(self, block):
        return self.queue.get(block)

    def prepare(self, record):
        return record

    def handle(self, record):
        record = self.prepare(record)
        for handler in self.handlers:
            if not self.respect_handler_level or record.levelno >= handler.level:
                handler.handle(record)

    def start(self):
        """Start the thread (a daemon) that serves the queue."""
        self._thread = threading.Thread(target=self._monitor)
        self._thread.daemon = True
        self._thread.start()

    def _monitor(self):
        source = self.queue
        count_done = hasattr(source, 'task_done')
        while True:
            try:
                record = self.dequeue(True)
            except queue.Empty:
                return
            if record is not self._sentinel:
                self.handle(record)
            if count_done:
                source.task_done()
            if record is self._sentinel:
                return

    def enqueue_sentinel(self):
        self.queue.put_nowait(self._sentinel)

    def stop(self):
        """Let the thread handle what is queued already, then end it and wait for it."""
        self.enqueue_sentinel()
        self._thread.join()
        self._thread = None


# ---------------------------------------------------------------------------------------
# Handlers that need sockets, mail or the Windows event log

class _NeedsUnavailableService(logging.Handler):
    def __init__(self, *args, **kwargs):
        raise NotImplementedError("pygil: logging.handlers.%s is not supported yet"
                                  % type(self).__name__)


class SocketHandler(_NeedsUnavailableService):
    """Sends pickled records over TCP (not available in pygil)."""


class DatagramHandler(SocketHandler):
    """Sends pickled records over UDP (not available in pygil)."""


class SysLogHandler(_NeedsUnavailableService):
    """Sends records to a syslog daemon (not available in pygil)."""


class SMTPHandler(_NeedsUnavailableService):
    """Mails records (not available in pygil)."""


class NTEventLogHandler(_NeedsUnavailableService):
    """Writes to the Windows event log (not available in pygil)."""


class HTTPHandler(_NeedsUnavailableService):
    """Posts records to a web server (not available in pygil)."""
