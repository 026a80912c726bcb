# logging: exception(), exc_info, stack levels, extra fields, LoggerAdapter, filters,
# formatter styles and errors.
import logging
import sys

logging.basicConfig(stream=sys.stdout, format="%(levelname)s %(name)s: %(message)s")
log = logging.getLogger("app")


def divide(a, b):
    return a / b


try:
    divide(1, 0)
except ZeroDivisionError:
    log.exception("division failed")
try:
    {}["missing"]
except KeyError as e:
    log.error("lookup failed: %r", e, exc_info=True)
    log.warning("with the exception object", exc_info=e)
log.error("no exception here", exc_info=False)


def helper():
    log.warning("reported for the caller", stacklevel=2)


def caller():
    helper()


fmt = logging.Formatter("%(funcName)s:%(lineno)d %(message)s")
logging.root.handlers[0].setFormatter(fmt)
caller()
helper()

h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(user)s did %(message)s"))
audit = logging.getLogger("audit")
audit.propagate = False
audit.addHandler(h)
audit.warning("login", extra={"user": "ann"})
adapter = logging.LoggerAdapter(audit, {"user": "bob"})
adapter.warning("logout")
adapter.info("not shown")
print(adapter, adapter.name, adapter.isEnabledFor(logging.ERROR))
try:
    audit.warning("bad", extra={"message": "x"})
except KeyError as e:
    print("KeyError:", e)


class OnlyEven(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 0


h.addFilter(OnlyEven())
for i in range(4):
    audit.warning("number %d", i, extra={"user": "f"})
h.removeFilter(h.filters[0])
h.addFilter(lambda record: "secret" not in record.getMessage())
audit.warning("public", extra={"user": "g"})
audit.warning("secret", extra={"user": "g"})
print(logging.Filter("a.b").filter(logging.makeLogRecord({"name": "a.b.c"})),
      logging.Filter("a.b").filter(logging.makeLogRecord({"name": "a.bc"})))

styles = logging.StreamHandler(sys.stdout)
audit.handlers = [styles]
for fmt, style in (("{levelname:<8}|{message}", "{"), ("$levelname - ${message}!", "$"),
                   ("%(levelname)-8s|%(message)s|%(missing)s", "%")):
    styles.setFormatter(logging.Formatter(fmt, style=style, defaults={"missing": "default"}))
    audit.error("styled %s", style)
for fmt, style in (("no fields", "%"), ("{x", "{"), ("x", "{"), ("$", "$"), ("x", "#")):
    try:
        logging.Formatter(fmt, style=style)
    except ValueError as e:
        print("ValueError:", e)
for bad in (lambda: log.setLevel("LOUD"), lambda: log.setLevel(2.5), lambda: logging.getLogger(1),
            lambda: log.log("x", "msg"), lambda: logging.basicConfig(bogus=1, force=True)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
record = logging.LogRecord("n", logging.INFO, "/some/path/file.py", 7, "hello %s", ("you",), None)
print(record, record.getMessage(), record.filename, record.module, record.levelname, record.msecs == int(record.msecs))
print(logging.Formatter("%(message)s").format(record), logging.Formatter().format(record))
styles.setFormatter(logging.Formatter("%(message)s"))
audit.error("bad args %d", "x")
print("after the logging error")
