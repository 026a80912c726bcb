"""LogRecord: one logging event, and the factory that loggers make records with."""

import os
import sys
import time
import threading

import logging as _package      # the module switches (logThreads ...) are read at each record
from ._levels import getLevelName

# LogRecord.relativeCreated counts milliseconds from this moment (when logging was imported).
load_time = time.time()


def _process_name():
    # Only a program that already uses multiprocessing can be in a process other than
    # the main one; importing it here just to ask would be slow.
    name = 'MainProcess'
    multiprocessing = sys.modules.get('multiprocessing')
    if multiprocessing is not None:
        try:
            name = multiprocessing.current_process().name
        except Exception:
            pass
    return name


def _file_and_module(pathname):
    # "/app/tools/job.py" -> ("job.py", "job"); a pathname that is not a path stays as is
    try:
        filename = os.path.basename(pathname)
        return filename, os.path.splitext(filename)[0]
    except (TypeError, ValueError, AttributeError):
        return pathname, "Unknown module"


def _is_mapping(value):
    if isinstance(value, dict):
        return True
    if not (hasattr(value, 'keys') and hasattr(value, '__getitem__')):
        return False
    # Only for objects that look like mappings: collections.abc is slow to import.
    from collections.abc import Mapping
    return isinstance(value, Mapping)


def _message_args(args):
    # log.info("%(user)s left", {"user": u}): one non-empty mapping fills named fields
    if args and len(args) == 1 and _is_mapping(args[0]) and args[0]:
        return args[0]
    return args


class LogRecord(object):
    """What happened, where and when: the attributes that a format string can name.

    name, levelno/levelname, pathname/filename/module, lineno, funcName: who logged;
    msg and args: the message before formatting (getMessage() combines them);
    exc_info/exc_text, stack_info: the exception and call stack, if asked for;
    created/msecs/relativeCreated: the time; thread/threadName, process/processName."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info,
                 func=None, sinfo=None, **kwargs):
        now = time.time()
        filename, module = _file_and_module(pathname)
        # (the attributes are set in the order CPython's records list them in __dict__)
        self.name, self.msg, self.args = name, msg, _message_args(args)
        self.levelname, self.levelno = getLevelName(level), level
        self.pathname, self.filename, self.module = pathname, filename, module
        self.exc_info, self.exc_text, self.stack_info = exc_info, None, sinfo
        self.lineno, self.funcName = lineno, func
        self.created = now
        self.msecs = int((now - int(now)) * 1000) + 0.0
        self.relativeCreated = (now - load_time) * 1000
        if _package.logThreads:
            self.thread, self.threadName = threading.get_ident(), threading.current_thread().name
        else:
            self.thread = self.threadName = None
        self.processName = _process_name() if _package.logMultiprocessing else None
        self.process = os.getpid() if _package.logProcesses and hasattr(os, 'getpid') else None

    def getMessage(self):
        """The message text: str(msg), %-formatted with args when there are any."""
        text = str(self.msg)
        if self.args:
            text = text % self.args
        return text

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (
            self.name, self.levelno, self.pathname, self.lineno, self.msg)


class _FactoryHolder:
    """Which callable makes records now (LogRecord unless setLogRecordFactory was called)."""
    current = LogRecord


def setLogRecordFactory(factory):
    """Make every record with factory(name, level, pathname, lineno, msg, args, exc_info,
    func=None, sinfo=None, **kwargs) from now on."""
    _FactoryHolder.current = factory


def getLogRecordFactory():
    """The callable that makes LogRecords now."""
    return _FactoryHolder.current


def makeLogRecord(dict):
    """A record whose attributes are the items of dict (e.g. one sent over a socket)."""
    record = _FactoryHolder.current(None, None, "", 0, "", (), None, None)
    record.__dict__.update(dict)
    return record
