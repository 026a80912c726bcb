import logging
import traceback

log = logging.getLogger(__name__)


class AppError(Exception):
    """Base class for this program's errors."""


class ConfigError(AppError):
    def __init__(self, key, *, hint=None):
        self.key = key
        self.hint = hint
        super().__init__(f"bad config key {key!r}" + (f" ({hint})" if hint else ""))


def load(config, key):
    try:
        value = config[key]
    except KeyError as missing:
        raise ConfigError(key, hint="missing") from missing
    except TypeError:
        raise ConfigError(key) from None
    else:
        return value
    finally:
        log.debug("looked up %s", key)


def risky(n):
    if n % 3 == 0:
        raise ValueError(n)
    if n % 3 == 1:
        raise TypeError(n)
    return n


def collect(values):
    errors = []
    for v in values:
        try:
            risky(v)
        except (ValueError, TypeError) as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("several failures", errors)


try:
    load({}, "port")
except AppError as err:
    print(type(err).__name__, err, "caused by", repr(err.__cause__))
try:
    collect(range(6))
except* ValueError as group:
    print("value errors:", [e.args[0] for e in group.exceptions])
except* TypeError as group:
    print("type errors:", len(group.exceptions))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("while handling")
except RuntimeError as e:
    print(e, "context:", type(e.__context__).__name__)
    lines = traceback.format_exception(e)
    print(len(lines) > 0)
assert isinstance(ConfigError("x"), AppError), "hierarchy"
