# logging.config.dictConfig and logging.handlers, the way logging cookbooks use them
import logging
import logging.config
import logging.handlers
import os
import queue
import sys
import tempfile

class OnlyEven(logging.Filter):
    def filter(self, record):
        return record.args and record.args[0] % 2 == 0 if record.args else True

with tempfile.TemporaryDirectory() as d:
    config = {
        "version": 1,
        "formatters": {
            "detailed": {"format": "%(levelname)-8s %(name)-10s %(message)s"},
            "short": {"format": "[{levelname}] {message}", "style": "{"},
        },
        "filters": {"even": {"()": OnlyEven}, "app_only": {"name": "app"}},
        "handlers": {
            "console": {"class": "logging.StreamHandler", "formatter": "detailed", "stream": "ext://sys.stdout"},
            "file": {"class": "logging.handlers.RotatingFileHandler", "filename": os.path.join(d, "app.log"),
                     "maxBytes": 100, "backupCount": 3, "formatter": "short", "level": "INFO"},
            "buffer": {"class": "logging.handlers.MemoryHandler", "capacity": 2, "target": "console", "flushLevel": 40},
            "evens": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "filters": ["even"], "formatter": "short"},
        },
        "loggers": {
            "app": {"level": "DEBUG", "handlers": ["console", "file"], "propagate": False},
            "app.buffered": {"handlers": ["buffer"], "propagate": False},
            "numbers": {"handlers": ["evens"], "level": "INFO", "propagate": False},
        },
        "root": {"level": "WARNING", "handlers": ["console"]},
    }
    old = logging.getLogger("legacy")
    logging.config.dictConfig(config)
    print("legacy disabled:", old.disabled)
    app = logging.getLogger("app")
    app.debug("debug goes to console only")
    for i in range(6):
        app.info("line %d of the rotating log", i)
    print(sorted(os.listdir(d)))
    with open(os.path.join(d, "app.log")) as f:
        print(repr(f.read()))
    with open(os.path.join(d, "app.log.1")) as f:
        print(repr(f.read()))
    buffered = logging.getLogger("app.buffered")
    buffered.info("held 1")
    print("nothing printed yet")
    buffered.info("held 2 -> flush")
    buffered.warning("held 3")
    buffered.error("error flushes at once")
    nums = logging.getLogger("numbers")
    for n in range(5):
        nums.info("number %d", n)
    logging.getLogger("elsewhere").warning("to the root logger")
    h = logging.getLogger("app").handlers[0]
    print(h.name, type(h).__name__, h.formatter._fmt, logging.getLogger("app.buffered").handlers[0].target is h)

    q = queue.Queue()
    logging.config.dictConfig({"version": 1, "handlers": {"q": {"class": "logging.handlers.QueueHandler", "queue": q}},
                               "root": {"handlers": ["q"], "level": "DEBUG"}})
    out = logging.StreamHandler(sys.stdout)
    out.setFormatter(logging.Formatter("listener got: %(levelname)s %(message)s"))
    listener = logging.handlers.QueueListener(q, out)
    listener.start()
    logging.info("via the queue %s", "one")
    logging.error("via the queue two")
    listener.stop()
    print("listener stopped, queue empty:", q.empty())

    rec_q = queue.Queue()
    qh = logging.handlers.QueueHandler(rec_q)
    lg = logging.getLogger("direct"); lg.propagate = False; lg.addHandler(qh)
    lg.warning("args %s and %d", "x", 5)
    rec = rec_q.get_nowait()
    print(rec.msg, rec.args, rec.getMessage())

    logging.config.dictConfig({"version": 1, "incremental": True, "loggers": {"numbers": {"level": "ERROR"}}})
    nums.info("number %d", 2)
    nums.error("number %d", 4)

    for bad in [{}, {"version": 2}, {"version": 1, "handlers": {"h": {"class": "no.such.Handler"}}},
                {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "formatter": "missing"}}},
                {"version": 1, "loggers": {"x": {"handlers": ["nope"]}}},
                {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "level": "LOUD"}}}]:
        try:
            logging.config.dictConfig(bad)
        except ValueError as e:
            print("ValueError:", e, "| cause:", type(e.__cause__).__name__ if e.__cause__ else None)

    path = os.path.join(d, "named.log")
    rh = logging.handlers.RotatingFileHandler(path, maxBytes=30, backupCount=2)
    rh.namer = lambda name: name + ".bak"
    nl = logging.getLogger("named"); nl.propagate = False; nl.addHandler(rh)
    for i in range(5):
        nl.error("rotating message %d", i)
    rh.close()
    print(sorted(n for n in os.listdir(d) if n.startswith("named")))
    for when in ["X", "W", "W9"]:
        try:
            logging.handlers.TimedRotatingFileHandler(os.path.join(d, "t.log"), when=when)
        except ValueError as e:
            print("ValueError:", e)
    th = logging.handlers.TimedRotatingFileHandler(os.path.join(d, "t.log"), when="midnight", backupCount=3)
    print(th.suffix, th.interval, th.rolloverAt > 0)
    th.close()
    wh = logging.handlers.WatchedFileHandler(os.path.join(d, "w.log"))
    wl = logging.getLogger("watched"); wl.propagate = False; wl.addHandler(wh)
    wl.error("before removal")
    os.remove(os.path.join(d, "w.log"))
    wl.error("after removal")
    wh.close()
    print(open(os.path.join(d, "w.log")).read(), end="")
    logging.shutdown()
