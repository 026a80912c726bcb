# logging.config.dictConfig and logging.handlers: quick tour
import logging, logging.config, logging.handlers, tempfile, os, sys
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"simple": {"format": "%(levelname)s %(name)s: %(message)s"}, "brief": {"format": "%(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "simple", "stream": "ext://sys.stdout", "level": "DEBUG"}},
    "loggers": {"app": {"handlers": ["console"], "level": "INFO", "propagate": False}},
    "root": {"level": "WARNING", "handlers": ["console"]},
}
logging.config.dictConfig(LOGGING)
log = logging.getLogger("app")
log.debug("hidden"); log.info("info shown"); logging.getLogger("other").warning("root handles")
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "app.log")
    fh = logging.FileHandler(path, mode="w")
    fh.setFormatter(logging.Formatter("%(levelname)s|%(message)s"))
    log.addHandler(fh)
    log.warning("to file and console")
    log.error("second %d", 2)
    fh.close()
    print(open(path).read(), end="")
    rh = logging.handlers.RotatingFileHandler(os.path.join(d, "rot.log"), maxBytes=60, backupCount=2)
    rl = logging.getLogger("rot"); rl.propagate = False; rl.addHandler(rh); rl.setLevel(logging.INFO)
    for i in range(10):
        rl.info("message number %d", i)
    rh.close()
    print(sorted(os.listdir(d)))
    print(open(os.path.join(d, "rot.log")).read(), end="")
    mh = logging.handlers.MemoryHandler(capacity=3, target=logging.StreamHandler(sys.stdout))
    ml = logging.getLogger("mem"); ml.propagate = False; ml.addHandler(mh)
    ml.warning("m1"); ml.warning("m2"); print("before flush"); ml.warning("m3"); print("after capacity")
    qh = logging.handlers.QueueHandler if hasattr(logging.handlers, "QueueHandler") else None
    print(qh is not None)
    th = logging.handlers.TimedRotatingFileHandler(os.path.join(d, "t.log"), when="midnight", backupCount=1)
    th.close()
logging.config.dictConfig({"version": 1, "formatters": {"f": {"format": "{levelname}:{message}", "style": "{"}}, "handlers": {"h": {"class": "logging.StreamHandler", "formatter": "f", "stream": "ext://sys.stdout"}}, "root": {"handlers": ["h"], "level": "DEBUG"}})
logging.debug("brace %s", "style")
print(logging.getLogger("app").disabled)
