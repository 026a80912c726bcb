# logging: module switches (raiseExceptions, logThreads, _srcfile), caller lookup through
# adapters and stacklevel, captureWarnings, deprecated warn(), handler names, shutdown
import io
import logging
import sys
import warnings

out = io.StringIO()
handler = logging.StreamHandler(out)
handler.setFormatter(logging.Formatter("%(funcName)s:%(lineno)d:%(module)s:%(filename)s %(message)s"))
log = logging.getLogger("switches")
log.propagate = False
log.addHandler(handler)
adapter = logging.LoggerAdapter(log, {})


def through_adapter():
    adapter.warning("via adapter")
    adapter.log(logging.ERROR, "via adapter.log")
    adapter.exception("adapter exception outside except")


def helper(level):
    log.warning("stacklevel %d", level, stacklevel=level)


def middle(level):
    helper(level)


through_adapter()
for level in (1, 2, 3, 50):
    middle(level)
log.log(logging.WARNING, "via log()")
log.fatal("fatal is critical")
print(out.getvalue(), end="")

# _srcfile = None: no caller lookup
saved_srcfile = logging._srcfile
logging._srcfile = None
log.warning("no lookup")
logging._srcfile = saved_srcfile
print(out.getvalue().splitlines()[-1])

# logThreads / logProcesses / logMultiprocessing off
logging.logThreads = False
logging.logProcesses = False
logging.logMultiprocessing = False
record = logging.LogRecord("n", logging.INFO, __file__, 1, "m", (), None)
print(record.thread, record.threadName, record.process, record.processName)
logging.logThreads = logging.logProcesses = logging.logMultiprocessing = True
record = logging.LogRecord("n", logging.INFO, __file__, 1, "m", (), None)
print(record.threadName, record.processName, isinstance(record.process, int), record.thread is not None)

# raiseExceptions = False: errors in handlers pass silently
log.warning("bad %d", "args")
logging.raiseExceptions = False
log.warning("bad %d again", "args")
try:
    log.log("LOUD", "string level")
    print("string level ignored")
finally:
    logging.raiseExceptions = True
sys.stderr.flush()

# deprecated warn(), and warnings captured into logging
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    log.warn("old spelling")
    adapter.warn("old spelling on adapter")
print([str(w.message) for w in caught], [w.category.__name__ for w in caught])
warned = io.StringIO()
warn_handler = logging.StreamHandler(warned)
warn_handler.setFormatter(logging.Formatter("%(name)s|%(levelname)s|%(message)s"))
logging.getLogger("py.warnings").addHandler(warn_handler)
logging.captureWarnings(True)
warnings.warn("captured warning", UserWarning)
logging.captureWarnings(False)
print(warned.getvalue().strip().split("\n")[0].split("|")[:2], "captured warning" in warned.getvalue())
print(logging.getLogger("py.warnings").handlers[0] is warn_handler)

# handler names and levels
named = logging.StreamHandler(io.StringIO())
named.name = "console"
print(named.name, named.get_name(), logging.getLevelName(named.level))
named.setLevel("ERROR")
print(repr(named), named.level)
named.close()
try:
    logging.Handler().emit(None)
except NotImplementedError as e:
    print("NotImplementedError:", e)
null = logging.NullHandler()
print(null.lock, null.handle(logging.makeLogRecord({})))
stream_handler = logging.StreamHandler(io.StringIO())
previous = stream_handler.setStream(sys.stdout)
print(type(previous).__name__, stream_handler.setStream(sys.stdout), repr(stream_handler))
print(logging.LoggerAdapter[int], logging.StreamHandler[str])

# the module-level functions configure the root logger on first use
logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format="%(levelname)s:%(name)s:%(funcName)s:%(message)s")
logging.debug("module debug")
logging.log(logging.INFO, "module log %s", "call")
logging.fatal("module fatal")
try:
    raise ValueError("inside")
except ValueError:
    logging.exception("module exception")
logging.disable()
logging.critical("disabled")
logging.disable(logging.NOTSET)
logging.critical("enabled")

# a handler of its own, and the root handler basicConfig installed
late = logging.StreamHandler(sys.stdout)
late.terminator = "|\n"
logging.getLogger("late").addHandler(late)
logging.getLogger("late").error("written through late")
