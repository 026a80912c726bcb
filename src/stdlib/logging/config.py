"""logging.config: set up loggers, handlers, formatters and filters from a dictionary.

    logging.config.dictConfig({
        "version": 1,
        "formatters": {"brief": {"format": "%(levelname)s %(message)s"}},
        "handlers": {"out": {"class": "logging.StreamHandler", "formatter": "brief",
                             "stream": "ext://sys.stdout"}},
        "root": {"level": "INFO", "handlers": ["out"]},
    })

Strings of the form "ext://module.name" stand for that object; "cfg://handlers.out" for a
part of the configuration itself. A dict with a "()" key is built by calling that factory
with the dict's other items; its "." item holds attributes to set on the result.

fileConfig() (INI files) and listen() are not available in pygil: there is no configparser
and no sockets.

Written for pygil from the documented behaviour of CPython 3.11's logging.config.
"""

import re
import errno

import logging
import logging.handlers

DEFAULT_LOGGING_CONFIG_PORT = 9030
RESET_ERROR = errno.ECONNRESET

IDENTIFIER = re.compile('^[a-z_][a-z0-9_]*$', re.I)


def valid_ident(s):
    """True if s can be a keyword argument name; ValueError otherwise."""
    if not IDENTIFIER.match(s):
        raise ValueError('Not a valid Python identifier: %r' % s)
    return True


def _import_dotted(dotted, importer=__import__):
    """The object that a dotted name such as 'logging.handlers.MemoryHandler' leads to,
    importing modules along the way as needed."""
    parts = dotted.split('.')
    module_path = parts[0]
    try:
        found = importer(module_path)
        for part in parts[1:]:
            module_path += '.' + part
            if not hasattr(found, part):
                importer(module_path)       # a submodule not imported yet
            found = getattr(found, part)
        return found
    except ImportError as problem:
        raise ValueError('Cannot resolve %r: %s' % (dotted, problem)) from problem


# ---------------------------------------------------------------------------------------
# Containers whose items are converted (ext://, cfg://, nested dicts) when they are read

class ConvertingMixin(object):
    """Converts an item on the way out through the configurator; a converted item is
    stored back, so each conversion happens once."""

    def _converted(self, key, value, store=True):
        result = self.configurator.convert(value)
        if result is not value:
            if store:
                self[key] = result
            if type(result) in (ConvertingDict, ConvertingList, ConvertingTuple):
                # cfg:// paths and error messages can find their way back up
                result.parent = self
                result.key = key
        return result


class ConvertingDict(dict, ConvertingMixin):
    """A dict of configuration whose values are converted when read."""

    def __getitem__(self, key):
        return self._converted(key, dict.__getitem__(self, key))

    def get(self, key, default=None):
        return self._converted(key, dict.get(self, key, default))

    def pop(self, key, default=None):
        return self._converted(key, dict.pop(self, key, default), store=False)


class ConvertingList(list, ConvertingMixin):
    """A list of configuration whose items are converted when read."""

    def __getitem__(self, key):
        return self._converted(key, list.__getitem__(self, key))

    def pop(self, idx=-1):
        return self._converted(idx, list.pop(self, idx), store=False)


class ConvertingTuple(tuple, ConvertingMixin):
    """A tuple of configuration whose items are converted when read (not stored back:
    tuples cannot change)."""

    def __getitem__(self, key):
        return self._converted(key, tuple.__getitem__(self, key), store=False)


# A cfg:// path: a first word, then steps '.word' or '[key]' (spaces around allowed).
_CFG_FIRST = re.compile(r'^\s*(\w+)\s*')
_CFG_ATTRIBUTE = re.compile(r'^\.\s*(\w+)\s*')
_CFG_INDEX = re.compile(r'^\[\s*(\w+)\s*\]\s*')


def _cfg_step(container, key):
    # '[0]' indexes a list; on a dict, a digit key that fails as an int is tried as text
    if not key.isdigit():
        return container[key]
    try:
        return container[int(key)]
    except TypeError:
        return container[key]


class BaseConfigurator(object):
    """What every configurator does: hold the configuration and convert its values."""

    CONVERT_PATTERN = re.compile(r'^(?P<prefix>[a-z]+)://(?P<suffix>.*)$')
    # prefix of a "prefix://suffix" string -> the method that converts the suffix
    value_converters = {
        'ext': 'ext_convert',
        'cfg': 'cfg_convert',
    }
    importer = staticmethod(__import__)

    def __init__(self, config):
        self.config = ConvertingDict(config)
        self.config.configurator = self

    def resolve(self, s):
        """The object named by the dotted name s (ValueError if it cannot be imported)."""
        return _import_dotted(s, self.importer)

    def ext_convert(self, value):
        """ext://sys.stdout -> sys.stdout."""
        return self.resolve(value)

    def cfg_convert(self, value):
        """cfg://handlers.file.filename -> that value of the configuration."""
        match = _CFG_FIRST.match(value)
        if match is None:
            raise ValueError("Unable to convert %r" % value)
        found = self.config[match.group(1)]
        rest = value[match.end():]
        while rest:
            match = _CFG_ATTRIBUTE.match(rest)
            if match:
                found = found[match.group(1)]
            else:
                match = _CFG_INDEX.match(rest)
                if match is None:
                    raise ValueError('Unable to convert %r at %r' % (value, rest))
                found = _cfg_step(found, match.group(1))
            rest = rest[match.end():]
        return found

    def convert(self, value):
        """Wrap a dict, list or tuple so that its items convert in turn; turn a
        "prefix://suffix" string into what its converter makes of it."""
        if isinstance(value, dict) and not isinstance(value, ConvertingDict):
            value = ConvertingDict(value)
            value.configurator = self
        elif isinstance(value, list) and not isinstance(value, ConvertingList):
            value = ConvertingList(value)
            value.configurator = self
        elif (isinstance(value, tuple) and not isinstance(value, ConvertingTuple)
              and not hasattr(value, '_fields')):      # named tuples stay as they are
            value = ConvertingTuple(value)
            value.configurator = self
        elif isinstance(value, str):
            match = self.CONVERT_PATTERN.match(value)
            if match:
                method = self.value_converters.get(match.group('prefix'))
                if method:
                    value = getattr(self, method)(match.group('suffix'))
        return value

    def configure_custom(self, config):
        """Call the factory config['()'] with the other items as keyword arguments, then
        set the attributes given in config['.'] on the result."""
        factory = config.pop('()')
        if not callable(factory):
            factory = self.resolve(factory)
        attributes = config.pop('.', None)
        kwargs = {key: config[key] for key in config if valid_ident(key)}
        result = factory(**kwargs)
        if attributes:
            for name, value in attributes.items():
                setattr(result, name, value)
        return result

    def as_tuple(self, value):
        """A list made a tuple (addresses in the configuration are written as lists)."""
        return tuple(value) if isinstance(value, list) else value


# ---------------------------------------------------------------------------------------
# dictConfig

def _forget_all_handlers():
    # A full configuration starts afresh: every handler made so far is flushed and closed.
    logging._handlers.clear()
    logging.shutdown(list(logging._handlerList))
    logging._handlerList.clear()


class DictConfigurator(BaseConfigurator):
    """Applies a dictConfig() dictionary."""

    def configure(self):
        """Apply the whole configuration (or, with "incremental": True, only the levels
        and propagate flags of existing handlers and loggers)."""
        config = self.config
        if 'version' not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config['version'] != 1:
            raise ValueError("Unsupported version: %s" % config['version'])
        incremental = config.pop('incremental', False)
        with logging._lock:
            if incremental:
                self._adjust_existing(config)
            else:
                self._configure_afresh(config)

    # -- incremental -----------------------------------------------------------------

    def _adjust_existing(self, config):
        handlers = config.get('handlers', {})
        for name in handlers:
            if name not in logging._handlers:
                raise ValueError('No handler found with name %r' % name)
            self._guarded('Unable to configure handler %r' % name,
                          self._adjust_handler_level, name, handlers[name])
        loggers = config.get('loggers', {})
        for name in loggers:
            self._guarded('Unable to configure logger %r' % name,
                          self.configure_logger, name, loggers[name], True)
        root = config.get('root', None)
        if root:
            self._guarded('Unable to configure root logger',
                          self.configure_root, root, True)

    def _adjust_handler_level(self, name, config):
        level = config.get('level', None)
        if level:
            logging._handlers[name].setLevel(logging._checkLevel(level))

    # -- from scratch ----------------------------------------------------------------

    def _configure_afresh(self, config):
        disable_existing = config.pop('disable_existing_loggers', True)
        _forget_all_handlers()
        # Formatters and filters first: handlers refer to them by name.
        formatters = config.get('formatters', {})
        for name in formatters:
            formatters[name] = self._guarded('Unable to configure formatter %r' % name,
                                             self.configure_formatter, formatters[name])
        filters = config.get('filters', {})
        for name in filters:
            filters[name] = self._guarded('Unable to configure filter %r' % name,
                                          self.configure_filter, filters[name])
        self._build_handlers(config.get('handlers', {}))
        self._configure_loggers(config.get('loggers', {}), disable_existing)
        root = config.get('root', None)
        if root:
            self._guarded('Unable to configure root logger', self.configure_root, root)

    def _guarded(self, message, action, *args):
        # Any failure while configuring one item is reported as a ValueError naming it.
        try:
            return action(*args)
        except Exception as problem:
            raise ValueError(message) from problem

    def _build_handlers(self, handlers):
        # In name order; a MemoryHandler whose target comes later is built after the rest.
        waiting = []
        for name in sorted(handlers):
            try:
                self._build_handler(handlers, name)
            except Exception as problem:
                if _TARGET_NOT_READY in str(problem.__cause__):
                    waiting.append(name)
                else:
                    raise ValueError('Unable to configure handler %r' % name) from problem
        for name in waiting:
            self._guarded('Unable to configure handler %r' % name,
                          self._build_handler, handlers, name)

    def _build_handler(self, handlers, name):
        handler = self.configure_handler(handlers[name])
        handler.name = name
        handlers[name] = handler

    def _configure_loggers(self, loggers, disable_existing):
        # Loggers that exist now but are not in the configuration are disabled (if
        # disable_existing), except those below a configured logger: those are reset so
        # that their records reach it.
        manager = logging.root.manager
        untouched = set(manager.loggerDict)
        below_configured = set()
        for name in loggers:
            prefix = name + "."
            below_configured.update(other for other in untouched if other.startswith(prefix))
            untouched.discard(name)
            self._guarded('Unable to configure logger %r' % name,
                          self.configure_logger, name, loggers[name])
        for name in untouched:
            logger = manager.loggerDict[name]
            if name in below_configured:
                if not isinstance(logger, logging.PlaceHolder):
                    logger.setLevel(logging.NOTSET)
                    logger.handlers = []
                    logger.propagate = True
            else:
                logger.disabled = disable_existing

    # -- the pieces ------------------------------------------------------------------

    def configure_formatter(self, config):
        """A Formatter from {"format", "datefmt", "style", "validate", "class"}, or made
        by a "()" factory."""
        if '()' in config:
            factory = config['()']
            try:
                return self.configure_custom(config)
            except TypeError as problem:
                # a factory written for Formatter's own parameter name takes fmt=
                if "'format'" not in str(problem):
                    raise
                config['fmt'] = config.pop('format')
                config['()'] = factory
                return self.configure_custom(config)
        class_name = config.get('class')
        formatter_class = self.resolve(class_name) if class_name else logging.Formatter
        args = [config.get('format'), config.get('datefmt'), config.get('style', '%')]
        if 'validate' in config:
            args.append(config['validate'])
        return formatter_class(*args)

    def configure_filter(self, config):
        """A Filter for {"name": ...}, or one made by a "()" factory."""
        if '()' in config:
            return self.configure_custom(config)
        return logging.Filter(config.get('name', ''))

    def add_filters(self, filterer, filters):
        """Add filters, given by name (or as filter objects or callables)."""
        for item in filters:
            try:
                if callable(item) or callable(getattr(item, 'filter', None)):
                    found = item
                else:
                    found = self.config['filters'][item]
                filterer.addFilter(found)
            except Exception as problem:
                raise ValueError('Unable to add filter %r' % item) from problem

    def configure_handler(self, config):
        """A handler from {"class", "level", "formatter", "filters", ...}: the other items
        are the class's keyword arguments. A "()" factory may stand for "class"."""
        original = dict(config)
        formatter = config.pop('formatter', None)
        if formatter:
            try:
                formatter = self.config['formatters'][formatter]
            except Exception as problem:
                raise ValueError('Unable to set formatter %r' % formatter) from problem
        level = config.pop('level', None)
        filters = config.pop('filters', None)
        if '()' in config:
            factory = config.pop('()')
            if not callable(factory):
                factory = self.resolve(factory)
        else:
            factory = config.pop('class')
            if not callable(factory):
                factory = self.resolve(factory)
            self._prepare_special_arguments(factory, config, original)
        attributes = config.pop('.', None)
        kwargs = {key: config[key] for key in config if valid_ident(key)}
        try:
            handler = factory(**kwargs)
        except TypeError as problem:
            # handler classes written for Python 2.6 called their stream argument strm
            if "'stream'" not in str(problem):
                raise
            kwargs['strm'] = kwargs.pop('stream')
            handler = factory(**kwargs)
        if formatter:
            handler.setFormatter(formatter)
        if level is not None:
            handler.setLevel(logging._checkLevel(level))
        if filters:
            self.add_filters(handler, filters)
        if attributes:
            for name, value in attributes.items():
                setattr(handler, name, value)
        return handler

    def _prepare_special_arguments(self, handler_class, config, original):
        # Arguments that name other parts of the configuration or must be tuples.
        handlers = logging.handlers
        if issubclass(handler_class, handlers.MemoryHandler) and 'target' in config:
            try:
                target = self.config['handlers'][config['target']]
                if not isinstance(target, logging.Handler):
                    config.update(original)     # as it was, to be tried again later
                    raise TypeError(_TARGET_NOT_READY)
                config['target'] = target
            except Exception as problem:
                raise ValueError('Unable to set target handler %r'
                                 % config['target']) from problem
        elif issubclass(handler_class, handlers.SMTPHandler) and 'mailhost' in config:
            config['mailhost'] = self.as_tuple(config['mailhost'])
        elif issubclass(handler_class, handlers.SysLogHandler) and 'address' in config:
            config['address'] = self.as_tuple(config['address'])

    def add_handlers(self, logger, handlers):
        """Add handlers, given by name, to logger."""
        for name in handlers:
            try:
                logger.addHandler(self.config['handlers'][name])
            except Exception as problem:
                raise ValueError('Unable to add handler %r' % name) from problem

    def common_logger_config(self, logger, config, incremental=False):
        """Level, handlers and filters: what loggers and the root logger share."""
        level = config.get('level', None)
        if level is not None:
            logger.setLevel(logging._checkLevel(level))
        if incremental:
            return
        for handler in list(logger.handlers):
            logger.removeHandler(handler)
        handlers = config.get('handlers', None)
        if handlers:
            self.add_handlers(logger, handlers)
        filters = config.get('filters', None)
        if filters:
            self.add_filters(logger, filters)

    def configure_logger(self, name, config, incremental=False):
        """Set up the logger called name; a configured logger is enabled again."""
        logger = logging.getLogger(name)
        self.common_logger_config(logger, config, incremental)
        logger.disabled = False
        propagate = config.get('propagate', None)
        if propagate is not None:
            logger.propagate = propagate

    def configure_root(self, config, incremental=False):
        """Set up the root logger."""
        self.common_logger_config(logging.getLogger(), config, incremental)


# The message a MemoryHandler's configuration fails with while its target is not built yet.
_TARGET_NOT_READY = 'target not configured yet'

# The class dictConfig() uses; a program may put a subclass here.
dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configure logging from the dictionary config (see the schema in the logging
    documentation)."""
    dictConfigClass(config).configure()


# ---------------------------------------------------------------------------------------
# Not available in pygil

def fileConfig(fname, defaults=None, disable_existing_loggers=True, encoding=None):
    """Configure logging from an INI file: needs configparser, which pygil does not have."""
    raise NotImplementedError("logging.config.fileConfig is not supported yet (pygil has no "
                              "configparser); use logging.config.dictConfig")


def listen(port=DEFAULT_LOGGING_CONFIG_PORT, verify=None):
    """Receive configurations over a socket: pygil has no sockets."""
    raise NotImplementedError("pygil: logging.config.listen is not supported yet")


def stopListening():
    raise NotImplementedError("pygil: logging.config.listen is not supported yet")
