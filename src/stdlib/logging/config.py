"""Configuring logging from a dictionary (dictConfig: formatters, filters, handlers,
loggers and the root logger, with 'ext://' references to importable objects and 'cfg://'
references into the configuration itself) or from an INI file (fileConfig). listen() is
not supported."""

import logging
import logging.handlers
import sys

__all__ = ['dictConfig', 'fileConfig', 'listen', 'stopListening', 'valid_ident',
           'DictConfigurator', 'BaseConfigurator', 'dictConfigClass']

DEFAULT_LOGGING_CONFIG_PORT = 9030


def valid_ident(s):
    if not s.isidentifier():
        raise ValueError('Not a valid Python identifier: %r' % s)
    return True


def _resolve(name):
    """The object a dotted name refers to, importing modules along the way."""
    parts = name.split('.')
    used = parts.pop(0)
    found = __import__(used)
    for part in parts:
        used = used + '.' + part
        try:
            found = getattr(found, part)
        except AttributeError:
            __import__(used)
            found = getattr(found, part)
    return found


class ConvertingDict(dict):
    """A dict of the configuration whose values are converted ('ext://', 'cfg://', nested
    dicts and lists) when read."""

    def _convert(self, key, value):
        result = self.configurator.convert(value)
        if value is not result:
            self[key] = result
            if type(result) in (ConvertingDict, ConvertingList, ConvertingTuple):
                result.parent = self
                result.key = key
        return result

    def __getitem__(self, key):
        return self._convert(key, dict.__getitem__(self, key))

    def get(self, key, default=None):
        return self._convert(key, dict.get(self, key, default))

    def pop(self, key, default=None):
        value = dict.pop(self, key, default)
        return self.configurator.convert(value)


class ConvertingList(list):
    def __getitem__(self, key):
        value = list.__getitem__(self, key)
        result = self.configurator.convert(value)
        if value is not result:
            self[key] = result
            if type(result) in (ConvertingDict, ConvertingList, ConvertingTuple):
                result.parent = self
                result.key = key
        return result

    def pop(self, idx=-1):
        return self.configurator.convert(list.pop(self, idx))


class ConvertingTuple(tuple):
    def __getitem__(self, key):
        return self.configurator.convert(tuple.__getitem__(self, key))


class BaseConfigurator(object):
    """Value conversion shared by configurators: 'ext://a.b' is the object a.b,
    'cfg://handlers.h.level' or 'cfg://loggers[x]' an entry of this configuration."""

    value_converters = {'ext': 'ext_convert', 'cfg': 'cfg_convert'}
    importer = staticmethod(__import__)

    def __init__(self, config):
        self.config = ConvertingDict(config)
        self.config.configurator = self

    def resolve(self, s):
        try:
            return _resolve(s)
        except ImportError as e:
            v = ValueError('Cannot resolve %r: %s' % (s, e))
            raise v from e

    def ext_convert(self, value):
        return self.resolve(value)

    def cfg_convert(self, value):
        rest = value
        name, rest = self._cfg_word(rest)
        if name is None:
            raise ValueError('Unable to convert %r' % value)
        d = self.config[name]
        while rest:
            if rest[0] == '.':
                key, rest = self._cfg_word(rest[1:])
                if key is None:
                    raise ValueError('Unable to convert %r at %r' % (value, rest))
                d = d[key]
            elif rest[0] == '[':
                end = rest.find(']')
                if end < 0:
                    raise ValueError('Unable to convert %r at %r' % (value, rest))
                index = rest[1:end]
                rest = rest[end + 1:]
                if index.isdigit():
                    try:
                        d = d[int(index)]
                    except TypeError:
                        d = d[index]
                else:
                    d = d[index]
            else:
                raise ValueError('Unable to convert %r at %r' % (value, rest))
        return d

    @staticmethod
    def _cfg_word(text):
        i = 0
        while i < len(text) and (text[i].isalnum() or text[i] == '_'):
            i += 1
        if i == 0:
            return None, text
        return text[:i], text[i:]

    def convert(self, value):
        if not isinstance(value, ConvertingDict) and isinstance(value, dict):
            value = ConvertingDict(value)
            value.configurator = self
        elif not isinstance(value, ConvertingList) and isinstance(value, list):
            value = ConvertingList(value)
            value.configurator = self
        elif not isinstance(value, ConvertingTuple) and isinstance(value, tuple) \
                and not hasattr(value, '_fields'):
            value = ConvertingTuple(value)
            value.configurator = self
        elif isinstance(value, str):
            prefix, sep, suffix = value.partition('://')
            if sep and prefix in self.value_converters and prefix.isidentifier():
                converter = getattr(self, self.value_converters[prefix])
                value = converter(suffix)
        return value

    def configure_custom(self, config):
        """An object made by calling config['()'] with the other (identifier) keys;
        config['.'] holds attributes to set on it."""
        c = config.pop('()')
        if not callable(c):
            c = self.resolve(c)
        props = config.pop('.', None)
        kwargs = {k: config[k] for k in config if valid_ident(k)}
        result = c(**kwargs)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def as_tuple(self, value):
        if isinstance(value, list):
            value = tuple(value)
        return value


class DictConfigurator(BaseConfigurator):
    """Applies a dictConfig dictionary (schema version 1)."""

    def configure(self):
        config = self.config
        if 'version' not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config['version'] != 1:
            raise ValueError("Unsupported version: %s" % config['version'])
        incremental = config.pop('incremental', False)
        EMPTY_DICT = {}
        with logging._lock:
            if incremental:
                self._configure_incremental(config, EMPTY_DICT)
                return
            disable_existing = config.pop('disable_existing_loggers', True)
            _clearExistingHandlers()

            formatters = config.get('formatters', EMPTY_DICT)
            for name in formatters:
                try:
                    formatters[name] = self.configure_formatter(formatters[name])
                except Exception as e:
                    raise ValueError('Unable to configure formatter %r' % name) from e
            filters = config.get('filters', EMPTY_DICT)
            for name in filters:
                try:
                    filters[name] = self.configure_filter(filters[name])
                except Exception as e:
                    raise ValueError('Unable to configure filter %r' % name) from e

            # Handlers in name order; one that names another (a MemoryHandler's target)
            # not made yet waits for a second pass.
            handlers = config.get('handlers', EMPTY_DICT)
            deferred = []
            for name in sorted(handlers):
                try:
                    handler = self.configure_handler(handlers[name])
                    handler.name = name
                    handlers[name] = handler
                except Exception as e:
                    if 'target not configured yet' in str(e.__cause__):
                        deferred.append(name)
                    else:
                        raise ValueError('Unable to configure handler %r' % name) from e
            for name in deferred:
                try:
                    handler = self.configure_handler(handlers[name])
                    handler.name = name
                    handlers[name] = handler
                except Exception as e:
                    raise ValueError('Unable to configure handler %r' % name) from e

            root = logging.root
            existing = sorted(root.manager.loggerDict.keys())
            # Loggers below a configured one keep working (reset to pass records up);
            # the other existing loggers are disabled when disable_existing_loggers.
            child_loggers = []
            loggers = config.get('loggers', EMPTY_DICT)
            for name in loggers:
                if name in existing:
                    i = existing.index(name) + 1
                    prefixed = name + "."
                    num_existing = len(existing)
                    while i < num_existing:
                        if existing[i][:len(prefixed)] == prefixed:
                            child_loggers.append(existing[i])
                        i += 1
                    existing.remove(name)
                try:
                    self.configure_logger(name, loggers[name])
                except Exception as e:
                    raise ValueError('Unable to configure logger %r' % name) from e
            _handle_existing_loggers(existing, child_loggers, disable_existing)

            root_config = config.get('root', None)
            if root_config:
                try:
                    self.configure_root(root_config)
                except Exception as e:
                    raise ValueError('Unable to configure root logger') from e

    def _configure_incremental(self, config, EMPTY_DICT):
        handlers = config.get('handlers', EMPTY_DICT)
        for name in handlers:
            if name not in logging._handlers:
                raise ValueError('No handler found with name %r' % name)
            try:
                handler = logging._handlers[name]
                level = handlers[name].get('level', None)
                if level:
                    handler.setLevel(logging._checkLevel(level))
            except Exception as e:
                raise ValueError('Unable to configure handler %r' % name) from e
        loggers = config.get('loggers', EMPTY_DICT)
        for name in loggers:
            try:
                self.configure_logger(name, loggers[name], True)
            except Exception as e:
                raise ValueError('Unable to configure logger %r' % name) from e
        root = config.get('root', None)
        if root:
            try:
                self.configure_root(root, True)
            except Exception as e:
                raise ValueError('Unable to configure root logger') from e

    def configure_formatter(self, config):
        if '()' in config:
            factory = config['()']
            try:
                return self.configure_custom(config)
            except TypeError as te:
                if "'format'" not in str(te):
                    raise
                # an old-style factory takes fmt, not format
                config['fmt'] = config.pop('format')
                config['()'] = factory
                return self.configure_custom(config)
        fmt = config.get('format', None)
        dfmt = config.get('datefmt', None)
        style = config.get('style', '%')
        cname = config.get('class', None)
        defaults = config.get('defaults', None)
        if not cname:
            c = logging.Formatter
        else:
            c = _resolve(cname)
        kwargs = {}
        if 'validate' in config:
            kwargs['validate'] = config['validate']
        if defaults:
            kwargs['defaults'] = defaults
        try:
            return c(fmt, dfmt, style, **kwargs)
        except TypeError:
            # a Formatter subclass that does not take defaults/validate
            return c(fmt, dfmt, style)

    def configure_filter(self, config):
        if '()' in config:
            return self.configure_custom(config)
        name = config.get('name', '')
        return logging.Filter(name)

    def add_filters(self, filterer, filters):
        for f in filters:
            try:
                if callable(f) or callable(getattr(f, 'filter', None)):
                    filter_ = f
                else:
                    filter_ = self.config['filters'][f]
                filterer.addFilter(filter_)
            except Exception as e:
                raise ValueError('Unable to add filter %r' % f) from e

    def configure_handler(self, config):
        config_copy = dict(config)    # kept to retry a deferred handler
        formatter = config.pop('formatter', None)
        if formatter:
            try:
                formatter = self.config['formatters'][formatter]
            except Exception as e:
                raise ValueError('Unable to set formatter %r' % formatter) from e
        level = config.pop('level', None)
        filters = config.pop('filters', None)
        if '()' in config:
            c = config.pop('()')
            if not callable(c):
                c = self.resolve(c)
            factory = c
        else:
            cname = config.pop('class')
            if callable(cname):
                klass = cname
            else:
                klass = self.resolve(cname)
            if issubclass(klass, logging.handlers.MemoryHandler) and 'target' in config:
                try:
                    target_name = config['target']
                    target = self.config['handlers'][target_name]
                    if not isinstance(target, logging.Handler):
                        config.update(config_copy)   # restore for the second pass
                        raise TypeError('target not configured yet')
                    config['target'] = target
                except Exception as e:
                    raise ValueError('Unable to set target handler %r' % config['target']) from e
            factory = klass
        props = config.pop('.', None)
        kwargs = {k: config[k] for k in config if valid_ident(k)}
        try:
            result = factory(**kwargs)
        except TypeError as te:
            if "'stream'" not in str(te):
                raise
            # an old-style handler takes strm, not stream
            kwargs['strm'] = kwargs.pop('stream')
            result = factory(**kwargs)
        if formatter:
            result.setFormatter(formatter)
        if level is not None:
            result.setLevel(logging._checkLevel(level))
        if filters:
            self.add_filters(result, filters)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def add_handlers(self, logger, handlers):
        for h in handlers:
            try:
                logger.addHandler(self.config['handlers'][h])
            except Exception as e:
                raise ValueError('Unable to add handler %r' % h) from e

    def common_logger_config(self, logger, config, incremental=False):
        level = config.get('level', None)
        if level is not None:
            logger.setLevel(logging._checkLevel(level))
        if not incremental:
            for h in logger.handlers[:]:
                logger.removeHandler(h)
            handlers = config.get('handlers', None)
            if handlers:
                self.add_handlers(logger, handlers)
            filters = config.get('filters', None)
            if filters:
                self.add_filters(logger, filters)

    def configure_logger(self, name, config, incremental=False):
        logger = logging.getLogger(name)
        self.common_logger_config(logger, config, incremental)
        logger.disabled = False
        propagate = config.get('propagate', None)
        if propagate is not None:
            logger.propagate = propagate

    def configure_root(self, config, incremental=False):
        root = logging.getLogger()
        self.common_logger_config(root, config, incremental)


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configure logging from a dictionary (see the logging documentation's schema)."""
    dictConfigClass(config).configure()


def _clearExistingHandlers():
    """Flush, close and forget every handler made so far."""
    logging._handlers.clear()
    logging.shutdown(logging._handlerList[:])
    del logging._handlerList[:]


def _handle_existing_loggers(existing, child_loggers, disable_existing):
    root = logging.root
    for name in existing:
        logger = root.manager.loggerDict[name]
        if name in child_loggers:
            if not isinstance(logger, logging.PlaceHolder):
                logger.setLevel(logging.NOTSET)
                logger.handlers = []
                logger.propagate = True
        else:
            if isinstance(logger, logging.Logger):
                logger.disabled = disable_existing


def fileConfig(fname, defaults=None, disable_existing_loggers=True, encoding=None):
    """Configure logging from an INI file: needs configparser, which pygil does not have yet."""
    raise NotImplementedError("logging.config.fileConfig is not supported yet (pygil has no "
                              "configparser); use logging.config.dictConfig")


def listen(port=DEFAULT_LOGGING_CONFIG_PORT, verify=None):
    raise NotImplementedError("pygil: logging.config.listen is not supported yet")


def stopListening():
    raise NotImplementedError("pygil: logging.config.listen is not supported yet")
