# logging tutorial: basicConfig, levels, named loggers, handlers, formatters, exceptions
import logging
import sys
import io

logging.basicConfig(level=logging.DEBUG, format="%(levelname)s:%(name)s:%(message)s", stream=sys.stdout)
logging.debug("debug message")
logging.info("info %s %d", "with", 2)
logging.warning("Watch out!")
logging.error("error")
logging.critical("critical!")
log = logging.getLogger("app")
log.info("from app")
child = logging.getLogger("app.db")
child.warning("child says %r", {"k": 1})
print(child.parent is log, child.name, log.level, child.getEffectiveLevel(), logging.getLevelName(child.getEffectiveLevel()))
print(logging.getLevelName(10), logging.getLevelName("ERROR"), logging.getLevelName(15))
print(repr(log), repr(logging.getLogger()), repr(child))

buf = io.StringIO()
handler = logging.StreamHandler(buf)
handler.setLevel(logging.WARNING)
handler.setFormatter(logging.Formatter("[%(levelname)-8s] %(name)s %(funcName)s:%(message)s"))
svc = logging.getLogger("svc")
svc.addHandler(handler)
svc.propagate = False
svc.setLevel(logging.INFO)
def work():
    svc.info("not shown in buf")
    svc.warning("disk %d%% full", 91)
    svc.error("failed")
work()
print(buf.getvalue(), end="")
print(svc.isEnabledFor(logging.DEBUG), svc.isEnabledFor(logging.ERROR), svc.handlers == [handler])

fmt = logging.Formatter("%(name)s - %(levelname)s - %(message)s")
h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(fmt)
other = logging.getLogger("other")
other.addHandler(h2)
other.propagate = False
other.warning("formatted")
other.setLevel(logging.ERROR)
other.warning("hidden")
other.error("shown")
try:
    1 / 0
except ZeroDivisionError:
    other.exception("math failed")
print("---")
fmt3 = logging.Formatter("{levelname}|{name}|{message}", style="{")
h2.setFormatter(fmt3)
other.error("brace style")
fmt4 = logging.Formatter("$levelname $message", style="$")
h2.setFormatter(fmt4)
other.critical("dollar style")

class OnlyErrors(logging.Filter):
    def filter(self, record):
        return "secret" not in record.getMessage()
other.addFilter(OnlyErrors())
other.error("a secret thing")
other.error("a public thing")
logging.disable(logging.CRITICAL)
other.critical("disabled")
logging.disable(logging.NOTSET)
other.critical("enabled again")

adapter = logging.LoggerAdapter(other, {"user": "bob"})
h2.setFormatter(logging.Formatter("%(message)s user=%(user)s"))
adapter.error("adapted")
rec = logging.LogRecord("n", logging.INFO, "path.py", 10, "hello %s", ("x",), None)
print(rec.getMessage(), rec.levelname, rec.lineno, rec.name)
print(logging.Formatter("%(levelno)s %(message)s").format(rec))
logging.addLevelName(25, "NOTICE")
log.log(25, "custom level")
print(logging.getLevelName(25), logging.WARN, logging.FATAL)
logging.getLogger("app").setLevel("WARNING")
log.info("dropped")
log.warning("kept")
logging.root.handlers[0].setFormatter(logging.Formatter("%(message)s"))
logging.warning("root plain")
logging.info("stack %s", "done")
print(logging.getLogger("app.db.x").parent.name)
print(logging.root.level, logging.getLogger().getEffectiveLevel())
null = logging.getLogger("quiet")
null.addHandler(logging.NullHandler())
null.propagate = False
null.error("nothing")
try:
    raise ValueError("bad value")
except ValueError:
    logging.error("caught", exc_info=True)
