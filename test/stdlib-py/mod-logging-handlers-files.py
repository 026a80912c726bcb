# logging.handlers: rotating files by size and by time, WatchedFileHandler, buffering,
# MemoryHandler, QueueHandler with QueueListener
import datetime
import io
import logging
import logging.handlers as handlers
import os
import queue
import tempfile
import time

os.environ["TZ"] = "UTC"
if hasattr(time, "tzset"):
    time.tzset()


def listing(folder):
    return sorted(os.listdir(folder))


def read(path):
    with open(path) as f:
        return f.read()


def make_logger(name, handler, fmt="%(message)s"):
    handler.setFormatter(logging.Formatter(fmt))
    logger = logging.getLogger(name)
    logger.propagate = False
    logger.setLevel(logging.DEBUG)
    logger.addHandler(handler)
    return logger


with tempfile.TemporaryDirectory() as folder:
    # by size: 3 backups, each file under 40 bytes
    path = os.path.join(folder, "size.log")
    rot = handlers.RotatingFileHandler(path, maxBytes=40, backupCount=3)
    print(repr(rot).replace(folder, "TMP"), rot.mode, rot.maxBytes, rot.backupCount, rot.namer, rot.rotator)
    log = make_logger("size", rot)
    for n in range(12):
        log.info("line number %02d", n)
    print(listing(folder))
    for name in listing(folder):
        print(name, repr(read(os.path.join(folder, name))))
    rot.close()

    # mode 'w' with maxBytes is turned into 'a'; maxBytes=0 never rotates
    keep = handlers.RotatingFileHandler(os.path.join(folder, "keep.log"), mode="w", maxBytes=0)
    print(keep.mode, keep.shouldRollover(logging.makeLogRecord({"msg": "x" * 1000})))
    keep.close()
    print(handlers.RotatingFileHandler(os.path.join(folder, "k2.log"), mode="w", maxBytes=5, delay=True).mode)

    # a namer and a rotator
    sub = os.path.join(folder, "named")
    os.mkdir(sub)
    named = handlers.RotatingFileHandler(os.path.join(sub, "app.log"), maxBytes=20, backupCount=2)
    named.namer = lambda default: default.replace(".log.", "-") + ".old"
    moves = []

    def rotator(source, dest):
        moves.append((os.path.basename(source), os.path.basename(dest)))
        os.rename(source, dest)

    named.rotator = rotator
    log = make_logger("named", named)
    for n in range(6):
        log.warning("entry %d", n)
    named.close()
    print(listing(sub), moves)
    print(named.rotation_filename(os.path.join(sub, "x.log.5")).replace(sub, "SUB"))

    # by time: the settings each `when` gives
    timed_dir = os.path.join(folder, "timed")
    os.mkdir(timed_dir)
    timed_path = os.path.join(timed_dir, "t.log")
    for when, interval in [("S", 5), ("m", 2), ("H", 1), ("d", 3), ("midnight", 1), ("W3", 1)]:
        h = handlers.TimedRotatingFileHandler(timed_path, when=when, interval=interval, delay=True)
        print(when, h.when, h.interval, h.suffix, h.extMatch.pattern, getattr(h, "dayOfWeek", None))
        h.close()
    for when in ["X", "W", "W7", "W12"]:
        try:
            handlers.TimedRotatingFileHandler(timed_path, when=when, delay=True)
        except ValueError as e:
            print("ValueError:", e)

    # when the next rollover comes, from a fixed moment (a Wednesday, 10:30:15 UTC)
    moment = 1700044215
    print(time.strftime("%A %H:%M:%S", time.gmtime(moment)))
    for kwargs in [dict(when="S", interval=10), dict(when="H", interval=2), dict(when="midnight"),
                   dict(when="midnight", atTime=datetime.time(12, 0)),
                   dict(when="midnight", atTime=datetime.time(9, 15, 30)),
                   dict(when="W2"), dict(when="W4"), dict(when="W1"),
                   dict(when="W2", atTime=datetime.time(8, 0)), dict(when="W2", atTime=datetime.time(23, 0))]:
        h = handlers.TimedRotatingFileHandler(timed_path, delay=True, utc=True, **kwargs)
        at = h.computeRollover(moment)
        print(kwargs, at - moment, time.strftime("%a %H:%M:%S", time.gmtime(at)))
        h.close()

    # a rollover forced by moving rolloverAt into the past; backupCount trims old files
    th = handlers.TimedRotatingFileHandler(timed_path, when="S", backupCount=2, utc=True)
    log = make_logger("timed", th)
    log.info("first period")
    for old in ["2001-01-01_00-00-00", "2001-01-01_00-00-01", "2001-01-01_00-00-02"]:
        with open(timed_path + "." + old, "w") as f:
            f.write("old\n")
    with open(timed_path + ".not-a-date", "w") as f:
        f.write("other\n")
    th.rolloverAt = int(time.time()) - 1
    print(th.shouldRollover(None))
    log.info("second period")
    names = listing(timed_dir)
    print(len(names), [n for n in names if "2001" in n or "not" in n], "t.log" in names)
    print(read(timed_path), end="")
    print(th.rolloverAt > time.time())
    rotated = [n for n in names if n.startswith("t.log.") and "2001" not in n and "not" not in n]
    print(len(rotated), read(os.path.join(timed_dir, rotated[0])) if rotated else None, end="")
    print(sorted(os.path.basename(p) for p in th.getFilesToDelete()))
    th.close()

    # WatchedFileHandler reopens a file that was moved away
    watched_path = os.path.join(folder, "watched.log")
    wh = handlers.WatchedFileHandler(watched_path)
    log = make_logger("watched", wh)
    log.info("before the move")
    os.rename(watched_path, watched_path + ".moved")
    log.info("after the move")
    wh.close()
    print(repr(read(watched_path + ".moved")), repr(read(watched_path)))
    print(wh.dev != -1, wh.ino != -1)

# BufferingHandler drops its buffer when full; MemoryHandler passes it on
out = io.StringIO()
target = logging.StreamHandler(out)
target.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
buffered = handlers.BufferingHandler(2)
log = make_logger("buffered", buffered)
log.info("one")
print(len(buffered.buffer))
log.info("two")
print(len(buffered.buffer))
log.removeHandler(buffered)

memory = handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=target)
log = make_logger("memory", memory)
log.debug("held 1")
log.info("held 2")
print(repr(out.getvalue()), len(memory.buffer))
log.error("the error flushes")
print(repr(out.getvalue()), len(memory.buffer))
for n in range(4):
    log.info("fill %d", n)
print(repr(out.getvalue()), len(memory.buffer))
no_target = handlers.MemoryHandler(10)
no_target.handle(logging.makeLogRecord({"msg": "kept", "levelno": logging.CRITICAL}))
print(len(no_target.buffer))
no_target.setTarget(target)
no_target.close()
print(no_target.target, out.getvalue().splitlines()[-1])
memory.close()
print(memory.target, repr(memory), repr(buffered))

# QueueHandler prepares records; QueueListener hands them on from its thread
q = queue.Queue()
qh = handlers.QueueHandler(q)
qh.setFormatter(logging.Formatter("%(name)s: %(message)s"))
log = make_logger("queued", qh, fmt="%(name)s: %(message)s")
log.warning("%s and %s", "this", "that")
try:
    1 / 0
except ZeroDivisionError:
    log.exception("failed")
first = q.get_nowait()
print(first.msg, first.args, first.message, first.exc_info, first.levelname)
second = q.get_nowait()
print(second.msg.splitlines()[0], second.msg.splitlines()[-1], second.exc_info, second.exc_text)

listener_out = io.StringIO()
sink = logging.StreamHandler(listener_out)
sink.setFormatter(logging.Formatter("[%(threadName)s] %(levelname)s %(message)s"))
picky = logging.StreamHandler(listener_out)
picky.setLevel(logging.ERROR)
picky.setFormatter(logging.Formatter("picky: %(message)s"))
listener = handlers.QueueListener(q, sink, picky, respect_handler_level=True)
listener.start()
for n in range(3):
    log.info("queued %d", n)
log.error("a queued error")
listener.stop()
print(listener_out.getvalue(), end="")
everyone = handlers.QueueListener(q, picky)
everyone.start()
log.info("picky hears this too")
everyone.stop()
print(listener_out.getvalue().splitlines()[-1])
print(q.empty(), q.unfinished_tasks)
for name in ["SocketHandler", "DatagramHandler", "SysLogHandler", "SMTPHandler", "HTTPHandler"]:
    print(name, issubclass(getattr(handlers, name), logging.Handler))
print(handlers.DEFAULT_TCP_LOGGING_PORT, handlers.DEFAULT_UDP_LOGGING_PORT, handlers.SYSLOG_UDP_PORT)
