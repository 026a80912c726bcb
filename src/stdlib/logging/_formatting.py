"""Turning records into text: the three format-string styles and the Formatter classes.

A style knows one syntax for naming record attributes in a format string:
'%(name)s' (PercentStyle, the default), '{name}' (StrFormatStyle) or '$name'
(StringTemplateStyle). It checks a format string (validate) and fills it in from a record.
"""

import io
import re
import time
import string
import traceback

# %(key)[flags][width][.precision]type, as the % operator reads it
_PERCENT_FIELD = re.compile(
    r"%\(\w+\)[-#0+ ]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[diouxefgcrsa%]", re.I)
# the field part of {field!conv:spec}: a name or index, then .attribute and [key] steps
_BRACE_FIELD = re.compile(r"\w+(?:\.\w+|\[[^\]]+\])*$")
# the spec part: [[fill]align][sign][#][0][width][,|_][.precision][type]; width and
# precision may be nested fields such as {width}
_NUMBER_OR_FIELD = r"(?:\d+|\{\w+\})"
_BRACE_SPEC = re.compile(
    r"(?:.?[<>=^])?[-+ ]?#?0?" + _NUMBER_OR_FIELD + r"?[,_]?(?:\." + _NUMBER_OR_FIELD
    + r")?[bcdefgnosx%]?$", re.I)


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
        if _PERCENT_FIELD.search(self._fmt) is None:
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
        seen = set()
        try:
            for _text, field, spec, conversion in string.Formatter().parse(self._fmt):
                if field:
                    if not _BRACE_FIELD.match(field):
                        raise ValueError('invalid field name/expression: %r' % field)
                    seen.add(field)
                if conversion and conversion not in 'rsa':
                    raise ValueError('invalid conversion: %r' % conversion)
                if spec and not _BRACE_SPEC.match(spec):
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
        PercentStyle.__init__(self, *args, **kwargs)
        self._tpl = string.Template(self._fmt)

    def usesTime(self):
        return '$asctime' in self._fmt or self.asctime_search in self._fmt

    def validate(self):
        """ValueError for a lone '$', or when no $field appears."""
        seen = set()
        for match in string.Template.pattern.finditer(self._fmt):
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
