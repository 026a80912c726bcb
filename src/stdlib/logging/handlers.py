"""More logging handlers: files that rotate by size or by time, a file reopened when it is
moved away, buffering in memory, and handing records to a queue (QueueHandler and
QueueListener). The network handlers (sockets, syslog, SMTP, HTTP) are not available in
pygil yet: making one raises NotImplementedError."""

import os
import time
import logging
import copy as _copy

__all__ = ['BaseRotatingHandler', 'RotatingFileHandler', 'TimedRotatingFileHandler',
           'WatchedFileHandler', 'BufferingHandler', 'MemoryHandler', 'QueueHandler',
           'QueueListener', 'SocketHandler', 'DatagramHandler', 'SysLogHandler',
           'SMTPHandler', 'NTEventLogHandler', 'HTTPHandler']

DEFAULT_TCP_LOGGING_PORT = 9020
DEFAULT_UDP_LOGGING_PORT = 9021
DEFAULT_HTTP_LOGGING_PORT = 9022
DEFAULT_SOAP_LOGGING_PORT = 9023
SYSLOG_UDP_PORT = 514
SYSLOG_TCP_PORT = 514

_MIDNIGHT = 24 * 60 * 60    # seconds in a day


class BaseRotatingHandler(logging.FileHandler):
    """A file handler that may move its file aside (doRollover) before writing a record;
    namer and rotator, when set, choose the rotated names and do the moving."""

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
        if not callable(self.namer):
            return default_name
        return self.namer(default_name)

    def rotate(self, source, dest):
        if not callable(self.rotator):
            if os.path.exists(source):
                os.rename(source, dest)
        else:
            self.rotator(source, dest)


class RotatingFileHandler(BaseRotatingHandler):
    """Writes to a file until the next record would take it to maxBytes; the file then
    becomes name.1 (name.1 becomes name.2, ... up to backupCount) and a new one starts.
    maxBytes=0 never rotates."""

    def __init__(self, filename, mode='a', maxBytes=0, backupCount=0, encoding=None,
                 delay=False, errors=None):
        if maxBytes > 0:
            mode = 'a'          # 'w' would wipe the file at every rotation
        BaseRotatingHandler.__init__(self, filename, mode, encoding=encoding, delay=delay,
                                     errors=errors)
        self.maxBytes = maxBytes
        self.backupCount = backupCount

    def doRollover(self):
        if self.stream:
            self.stream.close()
            self.stream = None
        if self.backupCount > 0:
            for i in range(self.backupCount - 1, 0, -1):
                source = self.rotation_filename("%s.%d" % (self.baseFilename, i))
                dest = self.rotation_filename("%s.%d" % (self.baseFilename, i + 1))
                if os.path.exists(source):
                    if os.path.exists(dest):
                        os.remove(dest)
                    os.rename(source, dest)
            dest = self.rotation_filename(self.baseFilename + ".1")
            if os.path.exists(dest):
                os.remove(dest)
            self.rotate(self.baseFilename, dest)
        if not self.delay:
            self.stream = self._open()

    def shouldRollover(self, record):
        # a special file (/dev/null, a pipe) is never rotated
        if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
            return False
        if self.stream is None:
            self.stream = self._open()
        if self.maxBytes > 0:
            msg = "%s\n" % self.format(record)
            self.stream.seek(0, 2)
            if self.stream.tell() + len(msg) >= self.maxBytes:
                return True
        return False


class TimedRotatingFileHandler(BaseRotatingHandler):
    """Rotates the file at intervals: when is 'S', 'M', 'H', 'D' (seconds, minutes, hours,
    days, times interval), 'midnight', or 'W0'..'W6' (weekly, on that day, Monday being
    0). The old file gets the date and time of its period as a suffix; backupCount of them
    are kept."""

    def __init__(self, filename, when='h', interval=1, backupCount=0, encoding=None,
                 delay=False, utc=False, atTime=None, errors=None):
        BaseRotatingHandler.__init__(self, filename, 'a', encoding=encoding, delay=delay,
                                     errors=errors)
        self.when = when.upper()
        self.backupCount = backupCount
        self.utc = utc
        self.atTime = atTime
        if self.when == 'S':
            self.interval = 1
            self.suffix = "%Y-%m-%d_%H-%M-%S"
        elif self.when == 'M':
            self.interval = 60
            self.suffix = "%Y-%m-%d_%H-%M"
        elif self.when == 'H':
            self.interval = 60 * 60
            self.suffix = "%Y-%m-%d_%H"
        elif self.when == 'D' or self.when == 'MIDNIGHT':
            self.interval = 60 * 60 * 24
            self.suffix = "%Y-%m-%d"
        elif self.when.startswith('W'):
            self.interval = 60 * 60 * 24 * 7
            if len(self.when) != 2:
                raise ValueError("You must specify a day for weekly rollover from 0 to 6 "
                                 "(0 is Monday): %s" % self.when)
            if self.when[1] < '0' or self.when[1] > '6':
                raise ValueError("Invalid day specified for weekly rollover: %s" % self.when)
            self.dayOfWeek = int(self.when[1])
            self.suffix = "%Y-%m-%d"
        else:
            raise ValueError("Invalid rollover interval specified: %s" % self.when)
        self.interval = self.interval * interval
        filename = self.baseFilename
        if os.path.exists(filename):
            t = os.stat(filename).st_mtime
        else:
            t = int(time.time())
        self.rolloverAt = self.computeRollover(t)

    def computeRollover(self, currentTime):
        """The time of the next rotation after currentTime."""
        result = currentTime + self.interval
        if self.when == 'MIDNIGHT' or self.when.startswith('W'):
            t = time.gmtime(currentTime) if self.utc else time.localtime(currentTime)
            current_seconds = t[3] * 3600 + t[4] * 60 + t[5]
            if self.atTime is None:
                rotate_seconds = _MIDNIGHT
            else:
                rotate_seconds = (self.atTime.hour * 60 + self.atTime.minute) * 60 \
                    + self.atTime.second
            # seconds left until the next rotation time of day
            r = rotate_seconds - current_seconds
            if r < 0:
                r += _MIDNIGHT
                day = (t[6] + 1) % 7
            else:
                day = t[6]
            result = currentTime + r
            if self.when.startswith('W'):
                days_to_wait = self.dayOfWeek - day
                if days_to_wait < 0:
                    days_to_wait += 7
                if days_to_wait > 0:
                    result += days_to_wait * _MIDNIGHT
        return result

    def shouldRollover(self, record):
        if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
            return False
        return int(time.time()) >= self.rolloverAt

    def getFilesToDelete(self):
        """The rotated files beyond backupCount, oldest first."""
        dir_name, base_name = os.path.split(self.baseFilename)
        prefix = base_name + "."
        rotated = []
        for name in os.listdir(dir_name):
            if name.startswith(prefix) and self._is_suffix(name[len(prefix):]):
                rotated.append(os.path.join(dir_name, name))
        if len(rotated) < self.backupCount:
            return []
        rotated.sort()
        return rotated[:len(rotated) - self.backupCount]

    def _is_suffix(self, text):
        # the date part of a rotated name (a namer may add more after it)
        for length in range(len(text), 0, -1):
            try:
                time.strptime(text[:length], self.suffix)
                return True
            except ValueError:
                continue
        return False

    def doRollover(self):
        if self.stream:
            self.stream.close()
            self.stream = None
        current_time = int(time.time())
        t = self.rolloverAt - self.interval
        time_tuple = time.gmtime(t) if self.utc else time.localtime(t)
        dest = self.rotation_filename(self.baseFilename + "." +
                                      time.strftime(self.suffix, time_tuple))
        if os.path.exists(dest):
            os.remove(dest)
        self.rotate(self.baseFilename, dest)
        if self.backupCount > 0:
            for name in self.getFilesToDelete():
                os.remove(name)
        if not self.delay:
            self.stream = self._open()
        new_rollover = self.computeRollover(current_time)
        while new_rollover <= current_time:
            new_rollover = new_rollover + self.interval
        self.rolloverAt = new_rollover


class WatchedFileHandler(logging.FileHandler):
    """A file handler that reopens its file when the file was moved or deleted meanwhile
    (by logrotate, say): it checks the file's device and inode before each record."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding,
                                     delay=delay, errors=errors)
        self.dev, self.ino = -1, -1
        self._statstream()

    def _statstream(self):
        if self.stream:
            st = os.stat(self.baseFilename)
            self.dev, self.ino = st.st_dev, st.st_ino

    def reopenIfNeeded(self):
        try:
            st = os.stat(self.baseFilename)
        except FileNotFoundError:
            st = None
        if not st or st.st_dev != self.dev or st.st_ino != self.ino:
            if self.stream is not None:
                self.stream.flush()
                self.stream.close()
                self.stream = None
                self.stream = self._open()
                self._statstream()

    def emit(self, record):
        self.reopenIfNeeded()
        logging.FileHandler.emit(self, record)


class BufferingHandler(logging.Handler):
    """Keeps records in self.buffer; flush() (here: forgetting them) runs when
    shouldFlush says so, by default once capacity records are held."""

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
    """Holds records until capacity of them are held or one at flushLevel or above comes,
    then passes them all to target."""

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None, flushOnClose=True):
        BufferingHandler.__init__(self, capacity)
        self.flushLevel = flushLevel
        self.target = target
        self.flushOnClose = flushOnClose

    def shouldFlush(self, record):
        return (len(self.buffer) >= self.capacity) or (record.levelno >= self.flushLevel)

    def setTarget(self, target):
        with self.lock:
            self.target = target

    def flush(self):
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


class QueueHandler(logging.Handler):
    """Puts each record, formatted and made safe to pass between threads (no arguments,
    no exception info left), on a queue: queue.Queue, multiprocessing queues, or anything
    with put_nowait."""

    def __init__(self, queue):
        logging.Handler.__init__(self)
        self.queue = queue

    def enqueue(self, record):
        self.queue.put_nowait(record)

    def prepare(self, record):
        msg = self.format(record)
        record = _copy.copy(record)
        record.message = msg
        record.msg = msg
        record.args = None
        record.exc_info = None
        record.exc_text = None
        record.stack_info = None
        return record

    def emit(self, record):
        try:
            self.enqueue(self.prepare(record))
        except Exception:
            self.handleError(record)


class QueueListener(object):
    """Takes records off a queue in a thread of its own and hands them to its handlers
    (to those whose level lets them through, with respect_handler_level=True)."""

    _sentinel = None

    def __init__(self, queue, *handlers, respect_handler_level=False):
        self.queue = queue
        self.handlers = handlers
        self._thread = None
        self.respect_handler_level = respect_handler_level

    def dequeue(self, block):
        return self.queue.get(block)

    def start(self):
        import threading
        self._thread = t = threading.Thread(target=self._monitor)
        t.daemon = True
        t.start()

    def prepare(self, record):
        return record

    def handle(self, record):
        record = self.prepare(record)
        for handler in self.handlers:
            if not self.respect_handler_level or record.levelno >= handler.level:
                handler.handle(record)

    def _monitor(self):
        import queue as _queue
        q = self.queue
        has_task_done = hasattr(q, 'task_done')
        while True:
            try:
                record = self.dequeue(True)
                if record is self._sentinel:
                    if has_task_done:
                        q.task_done()
                    break
                self.handle(record)
                if has_task_done:
                    q.task_done()
            except _queue.Empty:
                break

    def enqueue_sentinel(self):
        self.queue.put_nowait(self._sentinel)

    def stop(self):
        if self._thread:
            self.enqueue_sentinel()
            self._thread.join()
            self._thread = None


def _not_supported(name):
    class Unsupported(logging.Handler):
        def __init__(self, *args, **kwargs):
            raise NotImplementedError(
                "pygil: logging.handlers.%s is not supported yet" % name)
    Unsupported.__name__ = Unsupported.__qualname__ = name
    return Unsupported


SocketHandler = _not_supported('SocketHandler')
DatagramHandler = _not_supported('DatagramHandler')
SysLogHandler = _not_supported('SysLogHandler')
SMTPHandler = _not_supported('SMTPHandler')
NTEventLogHandler = _not_supported('NTEventLogHandler')
HTTPHandler = _not_supported('HTTPHandler')
