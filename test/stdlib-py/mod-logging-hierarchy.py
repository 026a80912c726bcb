# logging: the logger hierarchy, propagation, levels, filters, LoggerAdapter and records
import io
import logging


def stream_handler(fmt="%(name)s|%(levelname)s|%(message)s", level=logging.NOTSET):
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    handler.setLevel(level)
    handler.setFormatter(logging.Formatter(fmt))
    return out, handler


# hierarchy: placeholders, parents fixed up when the middle logger appears
leaf = logging.getLogger("shop.cart.items")
print(leaf.parent is logging.root, type(logging.root.manager.loggerDict["shop.cart"]).__name__)
shop = logging.getLogger("shop")
print(leaf.parent is shop)
cart = logging.getLogger("shop.cart")
print(leaf.parent is cart, cart.parent is shop, shop.parent is logging.root)
print(shop.getChild("cart") is cart, logging.getLogger() is logging.root, logging.getLogger("root") is logging.root)
print(repr(leaf), repr(logging.root), repr(logging.getLogger("other")))
print(sorted(k for k in logging.root.manager.loggerDict if k.startswith("shop")))

# effective levels and the isEnabledFor cache
shop.setLevel("INFO")
print(leaf.getEffectiveLevel(), leaf.isEnabledFor(logging.DEBUG), leaf.isEnabledFor(logging.INFO))
cart.setLevel(logging.DEBUG)
print(leaf.getEffectiveLevel(), leaf.isEnabledFor(logging.DEBUG))
logging.disable(logging.INFO)
print(leaf.isEnabledFor(logging.INFO), leaf.isEnabledFor(logging.WARNING))
logging.disable(logging.NOTSET)
print(leaf.isEnabledFor(logging.INFO))

# propagation: records climb until a logger with propagate=False
shop_out, shop_handler = stream_handler()
cart_out, cart_handler = stream_handler(level=logging.WARNING)
shop.addHandler(shop_handler)
cart.addHandler(cart_handler)
leaf.debug("debug %d", 1)
leaf.warning("warn %s", "two")
cart.propagate = False
leaf.error("error %r", "three")
cart.propagate = True
print(shop_out.getvalue(), end="")
print("--", cart_out.getvalue(), end="")
print(leaf.hasHandlers(), logging.getLogger("lonely").hasHandlers())

# filters: Filter by name, callables, filter objects that change the record
class AddUser(logging.Filter):
    def filter(self, record):
        record.user = "ann"
        return True

filt_out, filt_handler = stream_handler("%(name)s %(user)s %(message)s")
filt_handler.addFilter(logging.Filter("shop.cart"))
filt_handler.addFilter(AddUser())
shop.addHandler(filt_handler)
shop.warning("from shop")
cart.warning("from cart")
leaf.warning("from leaf")
logging.getLogger("shop.cartography").warning("from cartography")
drop_odd = lambda record: record.args[0] % 2 == 0
leaf.addFilter(drop_odd)
for n in range(4):
    leaf.warning("n=%d", n)
leaf.removeFilter(drop_odd)
shop.removeHandler(filt_handler)
print(filt_out.getvalue(), end="")
f = logging.Filter("a.b")
for name in ["a", "a.b", "a.b.c", "a.bc", "b"]:
    print(name, bool(f.filter(logging.makeLogRecord({"name": name}))))
print(logging.Filter().filter(logging.makeLogRecord({"name": "x"})))

# LoggerAdapter: extra context, and a process() that rewrites the message
shop.removeHandler(shop_handler)
cart.removeHandler(cart_handler)
ad_out, ad_handler = stream_handler("%(levelname)s %(request)s %(message)s")
adapted = logging.getLogger("web")
adapted.addHandler(ad_handler)
adapted.setLevel(logging.INFO)
adapter = logging.LoggerAdapter(adapted, {"request": "r-17"})
adapter.info("hello %s", "there")
adapter.debug("hidden")
adapter.warning("careful")

class Prefixed(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["request"], msg), kwargs

Prefixed(adapted, {"request": "r-18"}).error("boom", extra={"request": "own"})
print(ad_out.getvalue(), end="")
print(repr(adapter), adapter.name, adapter.isEnabledFor(logging.DEBUG), adapter.getEffectiveLevel())
print(adapter.manager is logging.root.manager, adapter.hasHandlers())

# records: attributes, the mapping argument, extra, makeLogRecord
record = logging.LogRecord("x.y", logging.INFO, "/tmp/some/file.py", 12, "%(a)s-%(b)s", ({"a": 1, "b": 2},), None, "func")
print(record.getMessage(), record.filename, record.module, record.funcName, record.levelname, record)
print(sorted(record.__dict__))
try:
    adapted.info("x", extra={"message": 1})
except KeyError as e:
    print("KeyError", e)
try:
    adapted.info("x", extra={"lineno": 1})
except KeyError as e:
    print("KeyError", e)
print(logging.makeLogRecord({"msg": "made %s", "args": ("here",)}).getMessage())

# levels
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"), logging.getLevelName(26), logging.getLevelName("nope"))
print(logging.getLevelNamesMapping()["WARN"], logging.getLevelNamesMapping()["NOTICE"])
adapted.log(25, "a notice")
print(ad_out.getvalue().splitlines()[-1])
for bad in ["LOUD", 2.5, None]:
    try:
        logging.getLogger("z").setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    adapted.log("INFO", "x")
except TypeError as e:
    print("TypeError", e)

# logger classes
class MyLogger(logging.Logger):
    pass

logging.setLoggerClass(MyLogger)
print(type(logging.getLogger("custom")).__name__, logging.getLoggerClass().__name__)
logging.setLoggerClass(logging.Logger)
try:
    logging.setLoggerClass(int)
except TypeError as e:
    print("TypeError", e)
print(shop.__reduce__()[1], logging.root.__reduce__()[1])
print(repr(logging.StreamHandler(io.StringIO())), repr(logging.NullHandler()), repr(logging.lastResort))
print(logging.Logger.__module__, logging.LogRecord.__module__, logging.StreamHandler[int])
