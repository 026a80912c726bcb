"""Configuration files in the INI style: [sections] of `key = value` options.

Written for pygil from the configparser documentation; python3 was the oracle for
the parsing rules (continuation lines, comments, empty lines) and the messages.
"""

import re
import io
import itertools
from collections.abc import MutableMapping
from collections import ChainMap as _ChainMap

__all__ = ("NoSectionError", "DuplicateOptionError", "DuplicateSectionError",
           "NoOptionError", "InterpolationError", "InterpolationDepthError",
           "InterpolationMissingOptionError", "InterpolationSyntaxError",
           "ParsingError", "MissingSectionHeaderError",
           "ConfigParser", "RawConfigParser",
           "Interpolation", "BasicInterpolation", "ExtendedInterpolation",
           "LegacyInterpolation", "SectionProxy", "ConverterMapping",
           "DEFAULTSECT", "MAX_INTERPOLATION_DEPTH")

DEFAULTSECT = "DEFAULT"
MAX_INTERPOLATION_DEPTH = 10


# ------------------------------------------------------------------ errors
# Every error keeps its text in .message, its constructor arguments in .args and
# each argument as a named attribute; str() and repr() both show the text.

class Error(Exception):

    def __init__(self, msg=''):
        Exception.__init__(self, msg)
        self.message = msg

    def _setup(self, text, **fields):
        Exception.__init__(self, text)
        self.message = text
        for attr, val in fields.items():
            setattr(self, attr, val)
        self.args = tuple(fields.values())

    def __str__(self):
        return self.message

    def __repr__(self):
        return self.message


def _where(source, lineno):
    text = f"While reading from {source!r}"
    if lineno is not None:
        text += f" [line {lineno:2d}]"
    return text


def _already_exists(kind, what, source, lineno):
    if source is None:
        return f"{kind.capitalize()} {what} already exists"
    return f"{_where(source, lineno)}: {kind} {what} already exists"


class NoSectionError(Error):
    def __init__(self, section):
        self._setup(f"No section: {section!r}", section=section)


class DuplicateSectionError(Error):
    def __init__(self, section, source=None, lineno=None):
        text = _already_exists("section", repr(section), source, lineno)
        self._setup(text, section=section, source=source, lineno=lineno)


class DuplicateOptionError(Error):
    def __init__(self, section, option, source=None, lineno=None):
        what = f"{option!r} in section {section!r}"
        text = _already_exists("option", what, source, lineno)
        self._setup(text, section=section, option=option, source=source, lineno=lineno)


class NoOptionError(Error):
    def __init__(self, option, section):
        self._setup(f"No option {option!r} in section: {section!r}",
                    option=option, section=section)


class InterpolationError(Error):
    def __init__(self, option, section, msg):
        self._setup(msg, option=option, section=section, msg=msg)
        del self.msg


class InterpolationMissingOptionError(InterpolationError):
    def __init__(self, option, section, rawval, reference):
        text = (f"Bad value substitution: option {option!r} in section {section!r} "
                f"contains an interpolation key {reference!r} which is not a valid "
                f"option name. Raw value: {rawval!r}")
        self._setup(text, option=option, section=section, rawval=rawval,
                    reference=reference)
        del self.rawval


class InterpolationSyntaxError(InterpolationError):
    pass


class InterpolationDepthError(InterpolationError):
    def __init__(self, option, section, rawval):
        text = (f"Recursion limit exceeded in value substitution: option {option!r} "
                f"in section {section!r} contains an interpolation key which cannot "
                f"be substituted in {MAX_INTERPOLATION_DEPTH} steps. Raw value: {rawval!r}")
        self._setup(text, option=option, section=section, rawval=rawval)
        del self.rawval


class ParsingError(Error):
    def __init__(self, source):
        self._setup(f"Source contains parsing errors: {source!r}", source=source)
        self.errors = []

    def append(self, lineno, line):
        self.errors.append((lineno, line))
        self.message = self.message + f"\n\t[line {lineno:2d}]: {line}"


class MissingSectionHeaderError(ParsingError):
    def __init__(self, filename, lineno, line):
        text = (f"File contains no section headers.\nfile: {filename!r}, "
                f"line: {lineno:d}\n{line!r}")
        self._setup(text, source=filename, lineno=lineno, line=line)


_UNSET = object()


# ------------------------------------------------------------------ interpolation

class Interpolation:
    """No interpolation: every hook hands the value back unchanged."""

    def before_get(self, parser, section, option, value, defaults):
        return value

    def before_set(self, parser, section, option, value):
        return value

    def before_read(self, parser, section, option, value):
        return value

    def before_write(self, parser, section, option, value):
        return value


class _MarkerInterpolation(Interpolation):
    # Shared scanner for the two syntaxes: MARK escapes itself (MARK MARK) or opens
    # a reference matched by REF_RE; anything else after MARK is a syntax error.
    MARK = '%'
    OPEN = '('
    REF_RE = None

    def before_get(self, parser, section, option, value, defaults):
        pieces = []
        self._substitute(parser, section, option, value, defaults, pieces, 1)
        return ''.join(pieces)

    def before_set(self, parser, section, option, value):
        leftover = self.REF_RE.sub('', value.replace(self.MARK * 2, ''))
        pos = leftover.find(self.MARK)
        if pos >= 0:
            raise ValueError("invalid interpolation syntax in %r at position %d"
                             % (value, pos))
        return value

    def _substitute(self, parser, section, option, text, lookup, pieces, level):
        original = parser.get(section, option, raw=True, fallback=text)
        if level > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(option, section, original)
        if not text:
            return
        pos = 0
        end = len(text)
        while pos < end:
            hit = text.find(self.MARK, pos)
            if hit < 0:
                pieces.append(text[pos:])
                break
            pieces.append(text[pos:hit])
            after = text[hit + 1:hit + 2]
            if after == self.MARK:
                pieces.append(self.MARK)
                pos = hit + 2
                continue
            tail = text[hit:]
            if after != self.OPEN:
                raise InterpolationSyntaxError(option, section, self._bad_mark_msg(tail))
            ref = self.REF_RE.match(text, hit)
            if ref is None:
                raise InterpolationSyntaxError(
                    option, section, "bad interpolation variable reference %r" % tail)
            pos = ref.end()
            self._follow(parser, section, option, ref.group(1), text[pos:],
                         original, lookup, pieces, level)


class BasicInterpolation(_MarkerInterpolation):
    """%(name)s refers to another option of the section (or DEFAULT); %% is a %."""

    REF_RE = re.compile(r"%\(([^)]+)\)s")

    @staticmethod
    def _bad_mark_msg(tail):
        return "'%%' must be followed by '%%' or '(', found: %r" % (tail,)

    def _follow(self, parser, section, option, name, tail, original, lookup, pieces, level):
        key = parser.optionxform(name)
        if key not in lookup:
            raise InterpolationMissingOptionError(option, section, original, key)
        found = lookup[key]
        if self.MARK in found:
            self._substitute(parser, section, option, found, lookup, pieces, level + 1)
        else:
            pieces.append(found)


class ExtendedInterpolation(_MarkerInterpolation):
    """${option} or ${section:option} (zc.buildout style); $$ is a $."""

    MARK = '$'
    OPEN = '{'
    REF_RE = re.compile(r"\$\{([^}]+)\}")

    @staticmethod
    def _bad_mark_msg(tail):
        return "'$' must be followed by '$' or '{', found: %r" % (tail,)

    def _follow(self, parser, section, option, name, tail, original, lookup, pieces, level):
        parts = name.split(':')
        if len(parts) > 2:
            raise InterpolationSyntaxError(
                option, section, "More than one ':' found: %r" % (tail,))
        target_section = section if len(parts) == 1 else parts[0]
        target_option = parser.optionxform(parts[-1])
        try:
            if len(parts) == 1:
                found = lookup[target_option]
            else:
                found = parser.get(target_section, target_option, raw=True)
        except (KeyError, NoSectionError, NoOptionError):
            raise InterpolationMissingOptionError(option, section, original, name) from None
        if self.MARK not in found:
            pieces.append(found)
            return
        scope = dict(parser.items(target_section, raw=True))
        self._substitute(parser, target_section, target_option, found, scope,
                         pieces, level + 1)


class LegacyInterpolation(Interpolation):
    """Deprecated %(name)s interpolation done with the % operator."""

    _NAME_RE = re.compile(r"%\(([^)]*)\)s")

    def before_get(self, parser, section, option, value, vars):
        original = value
        def normalise(m):
            return "%%(%s)s" % parser.optionxform(m.group(1))
        for _ in range(MAX_INTERPOLATION_DEPTH):
            if not value or "%(" not in value:
                return value
            try:
                value = self._NAME_RE.sub(normalise, value) % vars
            except KeyError as missing:
                raise InterpolationMissingOptionError(
                    option, section, original, missing.args[0]) from None
        if value and "%(" in value:
            raise InterpolationDepthError(option, section, original)
        return value


# ------------------------------------------------------------------ the parser

def _option_regex(delimiters, allow_no_value):
    alternatives = "|".join(re.escape(d) for d in delimiters)
    tail = r"(?P<vi>%s)\s*(?P<value>.*)" % alternatives
    if allow_no_value:
        tail = "(?:%s)?" % tail
    return re.compile(r"(?P<option>.*?)\s*" + tail + "$")


_TRUTH = {'1': True, 'yes': True, 'true': True, 'on': True,
          '0': False, 'no': False, 'false': False, 'off': False}


class RawConfigParser(MutableMapping):
    """ConfigParser without interpolation (values are returned as written)."""

    _DEFAULT_INTERPOLATION = Interpolation()
    SECTCRE = re.compile(r"\[(?P<header>.+)\]")
    OPTCRE = _option_regex(('=', ':'), False)
    OPTCRE_NV = _option_regex(('=', ':'), True)
    NONSPACECRE = re.compile(r"\S")
    BOOLEAN_STATES = dict(_TRUTH)

    def __init__(self, defaults=None, dict_type=dict, allow_no_value=False, *,
                 delimiters=('=', ':'), comment_prefixes=('#', ';'),
                 inline_comment_prefixes=None, strict=True,
                 empty_lines_in_values=True, default_section=DEFAULTSECT,
                 interpolation=_UNSET, converters=_UNSET):
        self._dict = dict_type
        self._sections = dict_type()
        self._defaults = dict_type()
        self._proxies = dict_type()
        self._converters = ConverterMapping(self)
        self.default_section = default_section
        self._proxies[default_section] = SectionProxy(self, default_section)
        self._delimiters = tuple(delimiters)
        self._allow_no_value = allow_no_value
        self._optcre = _option_regex(self._delimiters, allow_no_value)
        self._comment_prefixes = tuple(comment_prefixes or ())
        self._inline_comment_prefixes = tuple(inline_comment_prefixes or ())
        self._strict = strict
        self._empty_lines_in_values = empty_lines_in_values
        if interpolation is _UNSET:
            interpolation = self._DEFAULT_INTERPOLATION
        elif interpolation is None:
            interpolation = Interpolation()
        elif not isinstance(interpolation, Interpolation):
            raise TypeError(f"interpolation= must be None or an instance of Interpolation;"
                            f" got an object of type {type(interpolation)}")
        self._interpolation = interpolation
        if converters is not _UNSET:
            self._converters.update(converters)
        if defaults:
            self._read_defaults(defaults)

    def defaults(self):
        return self._defaults

    def sections(self):
        return list(self._sections)

    def _new_section(self, name):
        store = self._dict()
        self._sections[name] = store
        self._proxies[name] = SectionProxy(self, name)
        return store

    def add_section(self, section):
        if section == self.default_section:
            raise ValueError('Invalid section name: %r' % section)
        if section in self._sections:
            raise DuplicateSectionError(section)
        self._new_section(section)

    def has_section(self, section):
        return section in self._sections

    def options(self, section):
        if section not in self._sections:
            raise NoSectionError(section)
        names = list(self._sections[section])
        names.extend(k for k in self._defaults if k not in self._sections[section])
        return names

    def read(self, filenames, encoding=None):
        if isinstance(filenames, (str, bytes)) or hasattr(filenames, '__fspath__'):
            filenames = [filenames]
        done = []
        for name in filenames:
            try:
                fp = open(name, encoding=encoding)
            except OSError:
                continue
            with fp:
                self._read(fp, name)
            done.append(name.__fspath__() if hasattr(name, '__fspath__') else name)
        return done

    def read_file(self, f, source=None):
        if source is None:
            source = getattr(f, 'name', '<???>')
        self._read(f, source)

    def read_string(self, string, source='<string>'):
        self.read_file(io.StringIO(string), source)

    def read_dict(self, dictionary, source='<dict>'):
        seen_sections = set()
        seen_options = set()
        for raw_section, entries in dictionary.items():
            section = str(raw_section)
            if section in seen_sections and self._strict:
                # the same name twice in one source (e.g. 1 and '1')
                self.add_section(section)
            try:
                self.add_section(section)
            except (DuplicateSectionError, ValueError):
                pass
            seen_sections.add(section)
            for raw_key, value in entries.items():
                key = self.optionxform(str(raw_key))
                if value is not None:
                    value = str(value)
                if self._strict and (section, key) in seen_options:
                    raise DuplicateOptionError(section, key, source)
                seen_options.add((section, key))
                self.set(section, key, value)

    def readfp(self, fp, filename=None):
        self.read_file(fp, source=filename)

    def get(self, section, option, *, raw=False, vars=None, fallback=_UNSET):
        try:
            scope = self._unify_values(section, vars)
        except NoSectionError:
            if fallback is _UNSET:
                raise
            return fallback
        key = self.optionxform(option)
        if key not in scope:
            if fallback is _UNSET:
                raise NoOptionError(key, section)
            return fallback
        value = scope[key]
        if raw or value is None:
            return value
        return self._interpolation.before_get(self, section, key, value, scope)

    def _get_conv(self, section, option, conv, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        try:
            text = self.get(section, option, raw=raw, vars=vars, **kwargs)
        except (NoSectionError, NoOptionError):
            if fallback is _UNSET:
                raise
            return fallback
        return conv(text)

    def getint(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, int, raw=raw, vars=vars, fallback=fallback, **kwargs)

    def getfloat(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, float, raw=raw, vars=vars, fallback=fallback, **kwargs)

    def getboolean(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, self._convert_to_boolean,
                              raw=raw, vars=vars, fallback=fallback, **kwargs)

    def items(self, section=_UNSET, raw=False, vars=None):
        if section is _UNSET:
            return super().items()
        if section != self.default_section and section not in self._sections:
            raise NoSectionError(section)
        merged = dict(self._defaults)
        merged.update(self._sections.get(section, {}))
        names = list(merged)
        for key, value in (vars or {}).items():
            merged[self.optionxform(key)] = value
        if raw:
            return [(name, merged[name]) for name in names]
        hook = self._interpolation.before_get
        return [(name, hook(self, section, name, merged[name], merged)) for name in names]

    def popitem(self):
        names = self.sections()
        if not names:
            raise KeyError
        first = names[0]
        proxy = self[first]
        del self[first]
        return first, proxy

    def optionxform(self, optionstr):
        return optionstr.lower()

    def _store_for(self, section):
        # the option dict a section name refers to; None/''/DEFAULT mean the defaults
        if not section or section == self.default_section:
            return self._defaults
        if section not in self._sections:
            raise NoSectionError(section)
        return self._sections[section]

    def has_option(self, section, option):
        try:
            store = self._store_for(section)
        except NoSectionError:
            return False
        key = self.optionxform(option)
        return key in store or key in self._defaults

    def set(self, section, option, value=None):
        if value:
            value = self._interpolation.before_set(self, section, option, value)
        self._store_for(section)[self.optionxform(option)] = value

    def write(self, fp, space_around_delimiters=True):
        sep = self._delimiters[0]
        if space_around_delimiters:
            sep = " " + sep + " "
        blocks = [(self.default_section, self._defaults)] if self._defaults else []
        blocks += list(self._sections.items())
        for name, store in blocks:
            self._write_section(fp, name, store.items(), sep)

    def _write_section(self, fp, section_name, section_items, delimiter):
        lines = ["[%s]" % section_name]
        for key, value in section_items:
            value = self._interpolation.before_write(self, section_name, key, value)
            if value is None and self._allow_no_value:
                lines.append(key)
            else:
                lines.append(key + delimiter + str(value).replace('\n', '\n\t'))
        fp.write("\n".join(lines) + "\n\n")

    def remove_option(self, section, option):
        store = self._store_for(section)
        key = self.optionxform(option)
        if key not in store:
            return False
        del store[key]
        return True

    def remove_section(self, section):
        if section not in self._sections:
            return False
        del self._sections[section]
        del self._proxies[section]
        return True

    # ---- the mapping of section names to SectionProxy objects
    def __getitem__(self, key):
        if key in self:
            return self._proxies[key]
        raise KeyError(key)

    def __setitem__(self, key, value):
        if key in self and self[key] is value:
            return
        if key == self.default_section:
            self._defaults.clear()
        elif key in self._sections:
            self._sections[key].clear()
        self.read_dict({key: value})

    def __delitem__(self, key):
        if key == self.default_section:
            raise ValueError("Cannot remove the default section.")
        if key not in self._sections:
            raise KeyError(key)
        self.remove_section(key)

    def __contains__(self, key):
        return key == self.default_section or key in self._sections

    def __len__(self):
        return 1 + len(self._sections)

    def __iter__(self):
        yield self.default_section
        yield from list(self._sections)

    # ---- reading
    def _comment_cut(self, line):
        """Where the comment on this line begins, or None."""
        if any(line.strip().startswith(p) for p in self._comment_prefixes):
            return 0
        best = None
        for prefix in self._inline_comment_prefixes:
            at = line.find(prefix)
            while at != -1:
                if at == 0 or line[at - 1].isspace():
                    if best is None or at < best:
                        best = at
                    break
                at = line.find(prefix, at + 1)
        return best

    def _read(self, fp, fpname):
        state = _ReadState()
        problems = None
        for lineno, line in enumerate(fp, start=1):
            cut = self._comment_cut(line)
            content = line[:cut].strip()
            if not content:
                if not self._empty_lines_in_values:
                    state.indent = float('inf')
                elif cut is None and state.lines_of_current() is not None:
                    state.lines_of_current().append('')
                continue
            lead = self.NONSPACECRE.search(line)
            indent = lead.start() if lead else 0
            if state.option and state.store is not None and indent > state.indent:
                pending = state.store[state.option]
                if pending is None:
                    problems = self._handle_error(problems, fpname, lineno, line)
                else:
                    pending.append(content)
                continue
            state.indent = indent
            header = self.SECTCRE.match(content)
            if header:
                self._enter_section(state, header.group('header'), fpname, lineno)
                continue
            if state.store is None:
                raise MissingSectionHeaderError(fpname, lineno, line)
            entry = self._optcre.match(content)
            if not entry:
                problems = self._handle_error(problems, fpname, lineno, line)
                continue
            name, value = entry.group('option'), entry.group('value')
            if not name:
                problems = self._handle_error(problems, fpname, lineno, line)
            name = self.optionxform(name.rstrip())
            if self._strict and (state.section, name) in state.seen:
                raise DuplicateOptionError(state.section, name, fpname, lineno)
            state.seen.add((state.section, name))
            state.option = name
            state.store[name] = None if value is None else [value.strip()]
        self._join_multiline_values()
        if problems:
            raise problems

    def _enter_section(self, state, name, fpname, lineno):
        if name in self._sections:
            if self._strict and name in state.seen:
                raise DuplicateSectionError(name, fpname, lineno)
            state.store = self._sections[name]
        elif name == self.default_section:
            state.store = self._defaults
        else:
            state.store = self._new_section(name)
        if name != self.default_section:
            state.seen.add(name)
        state.section = name
        state.option = None

    def _join_multiline_values(self):
        hook = self._interpolation.before_read
        everything = [(self.default_section, self._defaults)] + list(self._sections.items())
        for section, store in everything:
            for name in list(store):
                value = store[name]
                if isinstance(value, list):
                    value = '\n'.join(value).rstrip()
                store[name] = hook(self, section, name, value)

    def _read_defaults(self, defaults):
        self.read_dict({self.default_section: defaults})

    def _handle_error(self, exc, fpname, lineno, line):
        exc = exc or ParsingError(fpname)
        exc.append(lineno, repr(line))
        return exc

    def _unify_values(self, section, vars):
        if section in self._sections:
            own = self._sections[section]
        elif section == self.default_section:
            own = {}
        else:
            raise NoSectionError(section)
        extra = {}
        for key, value in (vars or {}).items():
            extra[self.optionxform(key)] = None if value is None else str(value)
        return _ChainMap(extra, own, self._defaults)

    def _convert_to_boolean(self, value):
        try:
            return self.BOOLEAN_STATES[value.lower()]
        except KeyError:
            raise ValueError('Not a boolean: %s' % value) from None

    def _validate_value_types(self, *, section="", option="", value=""):
        checks = ((section, "section names"), (option, "option keys"))
        for obj, what in checks:
            if not isinstance(obj, str):
                raise TypeError(what + " must be strings")
        if (value or not self._allow_no_value) and not isinstance(value, str):
            raise TypeError("option values must be strings")

    @property
    def converters(self):
        return self._converters


class _ReadState:
    """Where _read() is: current section name/store, option, its indent."""

    def __init__(self):
        self.section = None
        self.store = None
        self.option = None
        self.indent = 0
        self.seen = set()

    def lines_of_current(self):
        if self.store is None or not self.option:
            return None
        return self.store[self.option]


class ConfigParser(RawConfigParser):
    """ConfigParser implementing BasicInterpolation (%(name)s) by default."""

    _DEFAULT_INTERPOLATION = BasicInterpolation()

    def set(self, section, option, value=None):
        self._validate_value_types(option=option, value=value)
        super().set(section, option, value)

    def add_section(self, section):
        self._validate_value_types(section=section)
        super().add_section(section)

    def _read_defaults(self, defaults):
        # defaults given to the constructor are stored without before_set checks
        active = self._interpolation
        self._interpolation = Interpolation()
        try:
            super()._read_defaults(defaults)
        finally:
            self._interpolation = active


class SafeConfigParser(ConfigParser):
    """Deprecated alias of ConfigParser."""


def _bound_getter(proxy, method_name):
    """A getNAME(option, fallback=None, ...) for one section proxy."""
    def fetch(option, fallback=None, *, raw=False, vars=None, **kwargs):
        parser_method = getattr(proxy._parser, method_name)
        return parser_method(proxy._name, option, raw=raw, vars=vars,
                             fallback=fallback, **kwargs)
    return fetch


class SectionProxy(MutableMapping):
    """One section of a parser, as a mapping of option names to values."""

    def __init__(self, parser, name):
        self._parser = parser
        self._name = name
        for conv_name in parser.converters:
            method_name = 'get' + conv_name
            setattr(self, method_name, _bound_getter(self, method_name))

    def __repr__(self):
        return f'<Section: {self._name}>'

    @property
    def parser(self):
        return self._parser

    @property
    def name(self):
        return self._name

    def _names(self):
        if self._name == self._parser.default_section:
            return self._parser.defaults()
        return self._parser.options(self._name)

    def __getitem__(self, key):
        if self._parser.has_option(self._name, key):
            return self._parser.get(self._name, key)
        raise KeyError(key)

    def __setitem__(self, key, value):
        self._parser._validate_value_types(option=key, value=value)
        return self._parser.set(self._name, key, value)

    def __delitem__(self, key):
        present = self._parser.has_option(self._name, key)
        if not present or not self._parser.remove_option(self._name, key):
            raise KeyError(key)

    def __contains__(self, key):
        return self._parser.has_option(self._name, key)

    def __len__(self):
        return len(self._names())

    def __iter__(self):
        return iter(self._names())

    def get(self, option, fallback=None, *, raw=False, vars=None, _impl=None, **kwargs):
        lookup = _impl or self._parser.get
        return lookup(self._name, option, raw=raw, vars=vars, fallback=fallback, **kwargs)

    def getint(self, option, fallback=None, **kwargs):
        return _bound_getter(self, 'getint')(option, fallback, **kwargs)

    def getfloat(self, option, fallback=None, **kwargs):
        return _bound_getter(self, 'getfloat')(option, fallback, **kwargs)

    def getboolean(self, option, fallback=None, **kwargs):
        return _bound_getter(self, 'getboolean')(option, fallback, **kwargs)


class ConverterMapping(MutableMapping):
    """The converters of a parser: name -> function, each giving getNAME() methods."""

    GETTERCRE = re.compile(r"^get(?P<name>.+)$")

    def __init__(self, parser):
        self._parser = parser
        self._data = {}
        for attr in dir(parser):
            found = self.GETTERCRE.match(attr)
            if found and callable(getattr(parser, attr)):
                self._data[found.group('name')] = None

    def __getitem__(self, key):
        return self._data[key]

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise ValueError('Incompatible key: {} (type: {})'.format(key, type(key)))
        if not key:
            raise ValueError('Incompatible key: cannot use "" as a name')
        method_name = 'get' + key
        self._data[key] = value
        parser = self._parser

        def convert_option(section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
            return parser._get_conv(section, option, value, raw=raw, vars=vars,
                                    fallback=fallback, **kwargs)
        setattr(parser, method_name, convert_option)
        for proxy in parser.values():
            setattr(proxy, method_name, _bound_getter(proxy, method_name))

    def __delitem__(self, key):
        if not isinstance(key, str) or not key:
            raise KeyError(key)
        del self._data[key]
        method_name = 'get' + key
        for holder in [self._parser, *self._parser.values()]:
            try:
                delattr(holder, method_name)
            except AttributeError:
                pass
