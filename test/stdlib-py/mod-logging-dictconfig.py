# logging.config.dictConfig: the schema's sections, ext:// and cfg:// references, "()"
# factories with "." attributes, existing loggers, incremental changes and the errors
import collections
import io
import logging
import logging.config
import logging.handlers
import sys

captured = io.StringIO()


class Tagger(logging.Filter):
    def __init__(self, tag, name=""):
        super().__init__(name)
        self.tag = tag

    def filter(self, record):
        record.tag = self.tag
        return True


class TaggedFormatter(logging.Formatter):
    def __init__(self, fmt=None, datefmt=None, style="%", prefix=""):
        super().__init__(fmt, datefmt, style)
        self.prefix = prefix

    def format(self, record):
        return self.prefix + super().format(record)


def make_formatter(fmt, upper=False):
    formatter = logging.Formatter(fmt)
    if upper:
        original = formatter.format
        formatter.format = lambda record: original(record).upper()
    return formatter


def make_handler(level_name, stream):
    handler = logging.StreamHandler(stream)
    handler.setLevel(level_name)
    return handler


existing_parent = logging.getLogger("old")
existing_child = logging.getLogger("app.legacy")
existing_child.setLevel(logging.CRITICAL)
existing_child.propagate = False
existing_child.addHandler(logging.NullHandler())

config = {
    "version": 1,
    "settings": {"stream": "ext://sys.stdout", "levels": ["DEBUG", "INFO"], "pair": ("x", "y"),
                 "nested": {"deep": {"key": "by-key"}}},
    "formatters": {
        "plain": {"format": "%(levelname)s %(name)s %(message)s"},
        "braces": {"format": "{levelname}|{tag}|{message}", "style": "{"},
        "dated": {"format": "%(asctime)s %(message)s", "datefmt": "%Y", "validate": True},
        "classy": {"class": "__main__.TaggedFormatter", "format": "%(message)s"},
        "custom": {"()": make_formatter, "fmt": "custom: %(message)s", "upper": True},
        "fmt_fallback": {"()": "__main__.TaggedFormatter", "format": "fallback: %(message)s", "prefix": ">"},
    },
    "filters": {
        "tagger": {"()": Tagger, "tag": "T1"},
        "only_app": {"name": "app"},
        "callable": {"()": "__main__.Tagger", "tag": "T2", ".": {"extra_attribute": 42}},
    },
    "handlers": {
        "out": {"class": "logging.StreamHandler", "formatter": "plain", "stream": "cfg://settings.stream"},
        "tagged": {"class": "logging.StreamHandler", "formatter": "braces", "stream": "ext://sys.stdout",
                   "filters": ["tagger", "only_app"], "level": "cfg://settings.levels[1]"},
        "buffer": {"class": "logging.handlers.MemoryHandler", "capacity": 10, "target": "zz_target", "flushLevel": 40},
        "zz_target": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "custom"},
        "made": {"()": make_handler, "level_name": "WARNING", "stream": "ext://__main__.captured",
                 "formatter": "classy", ".": {"terminator": " <end>\n"}},
        "fallback": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "fmt_fallback"},
    },
    "loggers": {
        "app": {"level": "DEBUG", "handlers": ["out", "tagged"], "propagate": False, "filters": ["callable"]},
        "buffered": {"handlers": ["buffer"], "propagate": False, "level": "INFO"},
        "made": {"handlers": ["made", "fallback"], "propagate": False},
    },
    "root": {"level": "WARNING", "handlers": ["out"]},
}
logging.config.dictConfig(config)
app = logging.getLogger("app")
app.debug("debug from app")
app.info("info from app")
logging.getLogger("app.legacy").info("child of a configured logger")
print(existing_parent.disabled, existing_child.disabled, existing_child.level, existing_child.propagate, existing_child.handlers)
existing_parent.warning("disabled: not shown")
logging.getLogger("new.one").warning("a logger made after the configuration")
print(app.filters[0].extra_attribute, app.filters[0].tag)
buffered = logging.getLogger("buffered")
buffered.info("held")
buffered.warning("held too")
print("nothing yet")
buffered.error("flush now")
made = logging.getLogger("made")
made.warning("through a factory")
made.info("below the handler level")
print(repr(captured.getvalue()))
handlers = {h.name: h for h in logging.root.handlers + app.handlers + made.handlers + buffered.handlers}
print(sorted(handlers), handlers["tagged"].level, type(handlers["made"]).__name__)
print(handlers["buffer"].target.name, handlers["buffer"].flushLevel, handlers["buffer"].capacity)
print(type(handlers["made"].formatter).__name__, handlers["out"].formatter._fmt)
print(logging.getLogger().level, logging.getLogger().handlers[0] is handlers["out"])

# disable_existing_loggers=False leaves other loggers working; named handlers are replaced
logging.config.dictConfig({
    "version": 1, "disable_existing_loggers": False,
    "handlers": {"second": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout"}},
    "root": {"handlers": ["second"], "level": "INFO"},
})
existing_parent.info("old is enabled again")
print(existing_parent.disabled, logging.getLogger().handlers[0].name)

# incremental: only levels and propagate change
logging.config.dictConfig({"version": 1, "incremental": True,
                           "handlers": {"second": {"level": "ERROR"}},
                           "loggers": {"old": {"level": "DEBUG", "propagate": True, "handlers": ["ignored"]}},
                           "root": {"level": "DEBUG"}})
print(logging.getLogger().handlers[0].level, existing_parent.level, logging.getLogger().level)
existing_parent.error("an error gets through")
existing_parent.warning("a warning does not")

# the converters on their own
configurator = logging.config.BaseConfigurator(config)
print(configurator.convert("ext://logging.handlers.MemoryHandler") is logging.handlers.MemoryHandler)
print(configurator.convert("cfg://settings.levels[0]"), configurator.convert("cfg://settings[levels][1]"))
print(configurator.convert("cfg://settings.nested.deep[key]"), configurator.convert("cfg://settings.pair")[1])
print(configurator.convert("cfg://settings.pair").parent is configurator.config["settings"])
print(configurator.convert("other://left alone"), configurator.convert(collections.namedtuple("P", "a")(1)))
print(configurator.as_tuple(["a", 1]), configurator.as_tuple("x"))
print(type(configurator.convert({"a": 1})).__name__, type(configurator.convert([1])).__name__, type(configurator.convert((1,))).__name__)
for bad in ["cfg://", "cfg://settings.levels[x", "cfg://settings!", "ext://no_such_module_here.thing", "cfg://missing"]:
    try:
        print(configurator.convert(bad))
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
print(logging.config.valid_ident("ok_name"))
try:
    logging.config.valid_ident("not ok")
except ValueError as e:
    print("ValueError:", e)

# errors name the part that failed, with the cause chained
bad_configs = [
    {},
    {"version": "1"},
    {"version": 1, "formatters": {"f": {"format": "%(message)s", "style": "?"}}},
    {"version": 1, "formatters": {"f": {"format": "no fields", "validate": True}}},
    {"version": 1, "filters": {"x": {"()": "nowhere.Filter"}}},
    {"version": 1, "handlers": {"h": {"class": "logging.NoSuchHandler"}}},
    {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "filters": ["missing"]}}},
    {"version": 1, "handlers": {"h": {"class": "logging.handlers.MemoryHandler", "capacity": 1, "target": "nope"}}},
    {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "bad key": 1}}},
    {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "unexpected": 1}}},
    {"version": 1, "loggers": {"x": {"level": "LOUD"}}},
    {"version": 1, "root": {"handlers": ["nope"]}},
    {"version": 1, "incremental": True, "handlers": {"nope": {"level": "INFO"}}},
    {"version": 1, "incremental": True, "handlers": {"second": {"level": "LOUD"}}},
]
for bad in bad_configs:
    try:
        logging.config.dictConfig(bad)
        print("accepted")
    except (ValueError, TypeError) as e:
        cause = e.__cause__
        print("%s: %s | %s: %s" % (type(e).__name__, e, type(cause).__name__, cause))
try:
    logging.config.dictConfig({"version": 1, "handlers": {"h": {"level": "INFO"}}})
except Exception as e:
    print(type(e).__name__, e, "|", type(e.__cause__).__name__, e.__cause__)
print(logging.config.DEFAULT_LOGGING_CONFIG_PORT, logging.config.dictConfigClass is logging.config.DictConfigurator)
