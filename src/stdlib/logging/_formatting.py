"""Turning records into text: the three format-string styles and the Formatter classes.

A style knows one syntax for naming record attributes in a format string:
'%(name)s' (PercentStyle, the default), '{name}' (StrFormatStyle) or '$name'
(StringTemplateStyle). It checks a format string (validate) and fills it in from a record.
"""

import io
import time

# Modules needed only by some formats are imported on first use: importing logging
# should stay cheap.
_brace_checks = []


def _brace_patterns():
    """(field pattern, spec pattern) for checking {field!conv:spec} formats."""
    if not _brace_checks:
        import re
        # field: a name or index, then .attribute and [key] steps
        field = re.compile(r"\w+(?:\.\w+|\[[^\]]+\])*$")
        # spec: [[fill]align][sign][#][0][width][,|_][.precision][type]; width and
        # precision may be nested fields such as {width}. (Both cases of the type letters
        # are spelled out: compiling with re.IGNORECASE is slow in pygil.)
        number_or_field = r"(?:\d+|\{\w+\})"
        spec = re.compile(r"(?:.?[<>=^])?[-+ ]?#?0?" + number_or_field + r"?[,_]?(?:\."
                          + number_or_field + r")?[bcdefgnosxBCDEFGNOSX%]?$")
        _brace_checks.extend((field, spec))
    return _brace_checks

_PERCENT_TYPES = set("diouxefgcrsa%DIOUXEFGCRSA")


def _skip_digits_or_star(text, i):
    # a width or precision: '*' or a run of digits (possibly none)
    if i < len(text) and text[i] == '*':
        return i + 1
    while i < len(text) and text[i].isdecimal():
        i += 1
    return i


def _percent_field_at(text, i):
    """Whether a whole %(key)[flags][width][.precision]type conversion starts at i."""
    if not text.startswith('%(', i):
        return False
    close = i + 2
    while close < len(text) and (text[close].isalnum() or text[close] == '_'):
        close += 1
    if close == i + 2 or not text.startswith(')', close):
        return False
    j = close + 1
    while j < len(text) and text[j] in '#0+ -':
        j += 1
    j = _skip_digits_or_star(text, j)
    if text.startswith('.', j):
        after_precision = _skip_digits_or_star(text, j + 1)
        if after_precision > j + 1:     # a '.' without digits is no precision
            j = after_precision
    return j < len(text) and text[j] in _PERCENT_TYPES


def _has_percent_field(text):
    return any(_percent_field_at(text, i) for i, ch in enumerate(text) if ch == '%')


class PercentStyle(object):
    """'%(levelname)s:%(message)s' formats, filled in with the % operator."""

    default_format = '%(message)s'
    asctime_format = '%(asctime)s'
    asctime_search = '%(asctime)'

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt or self.default_format
        self._defaults = defaults

    def usesTime(self):
        """Whether the format shows the time (so the record needs an asctime)."""
        return self.asctime_search in self._fmt

    def validate(self):
        """ValueError unless the format names at least one field correctly."""
        if not _has_percent_field(self._fmt):
            raise ValueError("Invalid format '%s' for '%s' style"
                             % (self._fmt, self.default_format[0]))

    def _values(self, record):
        # the record's own attributes win over the defaults given to the Formatter
        if self._defaults:
            return self._defaults | record.__dict__
        return record.__dict__

    def _fill(self, values):
        return self._fmt % values

    def format(self, record):
        """The format filled in from the record's attributes."""
        try:
            return self._fill(self._values(record))
        except KeyError as missing:
            raise ValueError('Formatting field not found in record: %s' % missing)


class StrFormatStyle(PercentStyle):
    """'{levelname}:{message}' formats, filled in with str.format."""

    default_format = '{message}'
    asctime_format = '{asctime}'
    asctime_search = '{asctime'

    def _fill(self, values):
        return self._fmt.format(**values)

    def validate(self):
        """ValueError unless every {field!conv:spec} is well formed and there is one."""
        import string
        field_pattern, spec_pattern = _brace_patterns()
        seen = set()
        try:
            for _text, field, spec, conversion in string.Formatter().parse(self._fmt):
                if field:
                    if not field_pattern.match(field):
                        raise ValueError('invalid field name/expression: %r' % field)
                    seen.add(field)
                if conversion and conversion not in 'rsa':
                    raise ValueError('invalid conversion: %r' % conversion)
                if spec and not spec_pattern.match(spec):
                    raise ValueError('bad specifier: %r' % spec)
        except ValueError as problem:
            raise ValueError('invalid format: %s' % problem)
        if not seen:
            raise ValueError('invalid format: no fields')


class StringTemplateStyle(PercentStyle):
    """'${levelname}:$message' formats, filled in by string.Template."""

    default_format = '${message}'
    asctime_format = '${asctime}'
    asctime_search = '${asctime}'

    def __init__(self, *args, **kwargs):
        import string
        PercentStyle.__init__(self, *args, **kwargs)
        self._tpl = string.Template(self._fmt)

    def usesTime(self):
        return '$asctime' in self._fmt or self.asctime_search in self._fmt

    def validate(self):
        """ValueError for a lone '$', or when no $field appears."""
        seen = set()
        for match in self._tpl.pattern.finditer(self._fmt):
            groups = match.groupdict()
            name = groups['named'] or groups['braced']
            if name:
                seen.add(name)
            elif match.group(0) == '$':
                raise ValueError("invalid format: bare '$' not allowed")
        if not seen:
            raise ValueError('invalid format: no fields')

    def _fill(self, values):
        return self._tpl.substitute(**values)


BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

# style character -> (style class, the format basicConfig uses when given none)
_STYLES = {
    '%': (PercentStyle, BASIC_FORMAT),
    '{': (StrFormatStyle, '{levelname}:{name}:{message}'),
    '$': (StringTemplateStyle, '${levelname}:${name}:${message}'),
}


def check_style(style):
    """ValueError unless style is one of the style characters."""
    if style not in _STYLES:
        raise ValueError('Style must be one of: %s' % ','.join(_STYLES))


def traceback_text(exc_info):
    """What the interpreter prints for the exception of an exc_info tuple."""
    import traceback
    out = io.StringIO()
    traceback.print_exception(exc_info[0], exc_info[1], exc_info[2], None, out)
    return out.getvalue()


def _after_newline(text, more):
    # the traceback and stack go on lines of their own below the message
    if not text.endswith("\n"):
        text += "\n"
    return text + more


class Formatter(object):
    """Makes a record's text from a format string.

    Formatter(fmt=None, datefmt=None, style='%', validate=True, *, defaults=None):
    fmt names the record's attributes in the chosen style ('%' '{' or '$'), by default
    just the message; datefmt is a time.strftime format for asctime; defaults gives values
    for fields that a record may lack."""

    converter = time.localtime
    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *, defaults=None):
        check_style(style)
        self._style = _STYLES[style][0](fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    def formatTime(self, record, datefmt=None):
        """record.created as text: by datefmt, or like '2024-05-01 13:45:10,123'."""
        when = self.converter(record.created)
        if datefmt:
            return time.strftime(datefmt, when)
        text = time.strftime(self.default_time_format, when)
        if self.default_msec_format:
            text = self.default_msec_format % (text, record.msecs)
        return text

    def formatException(self, ei):
        """The traceback of exc_info tuple ei, without the last newline."""
        text = traceback_text(ei)
        return text[:-1] if text.endswith("\n") else text

    def formatStack(self, stack_info):
        """The text of a record's stack_info (unchanged here; subclasses may decorate)."""
        return stack_info

    def usesTime(self):
        """Whether the format shows asctime."""
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def format(self, record):
        """The record's text: the format filled in (record.message and, when shown,
        record.asctime are set first), then its traceback and stack if it has them."""
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        text = self.formatMessage(record)
        # Several handlers may format one record: its traceback is made only once.
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            text = _after_newline(text, record.exc_text)
        if record.stack_info:
            text = _after_newline(text, self.formatStack(record.stack_info))
        return text


# The formatter of handlers that were given none.
_defaultFormatter = Formatter()


class BufferingFormatter(object):
    """Formats a list of records: formatHeader(), each record by linefmt, formatFooter()."""

    def __init__(self, linefmt=None):
        self.linefmt = linefmt if linefmt else _defaultFormatter

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        if not records:
            return ""
        body = "".join(self.linefmt.format(record) for record in records)
        return self.formatHeader(records) + body + self.formatFooter(records)
