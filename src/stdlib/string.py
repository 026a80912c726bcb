"""Common string constants, capwords(), Template strings ($name substitution) and the
Formatter class behind str.format.

This module was written for pygil from the documented behaviour of CPython 3.11's string.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

# ================================================================= constants

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """The words of s (split at sep, or at runs of whitespace) each capitalized,
    joined with sep (or one space)."""
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))


# ================================================================== Template

_DEFAULT_IDPATTERN = r'(?a:[_a-z][_a-z0-9]*)'
_NO_MAPPING = {}


def _is_identifier_start(ch):
    return ch == '_' or 'a' <= ch <= 'z' or 'A' <= ch <= 'Z'


def _is_identifier_char(ch):
    return _is_identifier_start(ch) or '0' <= ch <= '9'


class _Placeholder:
    """One delimiter occurrence in a template, as the pattern's groups describe it."""

    def __init__(self, start, end, escaped=None, named=None, braced=None, invalid=None):
        self.start, self.end = start, end
        self.escaped, self.named, self.braced, self.invalid = escaped, named, braced, invalid


class _PatternAttribute:
    """Template.pattern: the compiled regular expression, made (with re) when first used.

    A subclass may set pattern to a string, or change delimiter, idpattern,
    braceidpattern or flags; Template itself does its scanning without re."""

    def __get__(self, instance, owner):
        cls = owner
        compiled = cls.__dict__.get('_compiled_pattern')
        if compiled is None:
            compiled = _compile_pattern(cls)
            cls._compiled_pattern = compiled
        return compiled


def _pattern_source(cls):
    import re
    custom = getattr(cls, '_custom_pattern', None)
    if custom is not None:
        return custom
    delim = re.escape(cls.delimiter)
    idpattern = cls.idpattern
    braceidpattern = cls.braceidpattern or cls.idpattern
    # delimiter, then: the delimiter again | an identifier | {identifier} | anything else
    return (fr"{delim}(?: (?P<escaped>{delim}) | (?P<named>{idpattern}) "
            fr"| {{(?P<braced>{braceidpattern})}} | (?P<invalid>) )")


def _compile_pattern(cls):
    import re
    flags = cls.flags
    if flags is None:
        flags = re.IGNORECASE
    return re.compile(_pattern_source(cls), flags | re.VERBOSE)


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None
    flags = None            # re.IGNORECASE, once re is imported (see pattern)
    pattern = _PatternAttribute()

    def __init_subclass__(cls):
        super().__init_subclass__()
        own = cls.__dict__.get('pattern')
        cls._compiled_pattern = None
        if isinstance(own, str):
            cls._custom_pattern = own
            cls.pattern = _PatternAttribute()
        elif own is not None and not isinstance(own, _PatternAttribute):
            cls._compiled_pattern = own         # compiled already
            cls.pattern = _PatternAttribute()

    def __init__(self, template):
        self.template = template

    def _simple(self):
        # The default pattern, perhaps with another delimiter: scanned by hand.
        cls = type(self)
        return (cls.idpattern == _DEFAULT_IDPATTERN and cls.braceidpattern is None
                and cls.flags is None
                and not any('pattern' in klass.__dict__ for klass in cls.__mro__
                            if klass is not Template and klass is not object))

    def _placeholders(self):
        if not self._simple():
            for match in self.pattern.finditer(self.template):
                placeholder = _Placeholder(match.start(), match.end(), match.group('escaped'),
                                           match.group('named'), match.group('braced'),
                                           match.group('invalid'))
                if placeholder.invalid is not None:
                    placeholder.invalid_at = match.start('invalid')
                yield placeholder
            return
        text = self.template
        delimiter = self.delimiter
        size = len(delimiter)
        position = text.find(delimiter)
        while position >= 0:
            after = position + size
            if text.startswith(delimiter, after):
                yield _Placeholder(position, after + size, escaped=delimiter)
                position = text.find(delimiter, after + size)
                continue
            end = after
            if end < len(text) and _is_identifier_start(text[end]):
                end += 1
                while end < len(text) and _is_identifier_char(text[end]):
                    end += 1
                yield _Placeholder(position, end, named=text[after:end])
                position = text.find(delimiter, end)
                continue
            if end < len(text) and text[end] == '{':
                inner = end + 1
                if inner < len(text) and _is_identifier_start(text[inner]):
                    close = inner + 1
                    while close < len(text) and _is_identifier_char(text[close]):
                        close += 1
                    if close < len(text) and text[close] == '}':
                        yield _Placeholder(position, close + 1, braced=text[inner:close])
                        position = text.find(delimiter, close + 1)
                        continue
            placeholder = _Placeholder(position, after, invalid='')
            placeholder.invalid_at = after
            yield placeholder
            position = text.find(delimiter, after)

    def _substitute(self, mapping, safe):
        pieces = []
        done = 0
        text = self.template
        for placeholder in self._placeholders():
            pieces.append(text[done:placeholder.start])
            done = placeholder.end
            named = placeholder.named if placeholder.named is not None else placeholder.braced
            if named is not None:
                if safe:
                    try:
                        pieces.append(str(mapping[named]))
                    except KeyError:
                        pieces.append(text[placeholder.start:placeholder.end])
                else:
                    pieces.append(str(mapping[named]))
            elif placeholder.escaped is not None:
                pieces.append(self.delimiter)
            elif placeholder.invalid is not None:
                if safe:
                    pieces.append(text[placeholder.start:placeholder.end])
                else:
                    self._invalid_at(placeholder.invalid_at)
            else:
                raise ValueError('Unrecognized named group in pattern', self.pattern)
        pieces.append(text[done:])
        return ''.join(pieces)

    def _invalid_at(self, index):
        # Reported at the text after the delimiter: its line, and its column counted
        # from the end of the line before it.
        lines = self.template[:index].splitlines(keepends=True)
        if not lines:
            lineno, colno = 1, 1
        else:
            lineno, colno = len(lines), index - len(''.join(lines[:-1]))
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def substitute(self, mapping=_NO_MAPPING, /, **kws):
        if mapping is _NO_MAPPING:
            mapping = kws
        elif kws:
            from collections import ChainMap
            mapping = ChainMap(kws, mapping)
        return self._substitute(mapping, False)

    def safe_substitute(self, mapping=_NO_MAPPING, /, **kws):
        if mapping is _NO_MAPPING:
            mapping = kws
        elif kws:
            from collections import ChainMap
            mapping = ChainMap(kws, mapping)
        return self._substitute(mapping, True)

    def is_valid(self):
        for placeholder in self._placeholders():
            if placeholder.invalid is not None:
                return False
            if (placeholder.named is None and placeholder.braced is None
                    and placeholder.escaped is None):
                raise ValueError('Unrecognized named group in pattern', self.pattern)
        return True

    def get_identifiers(self):
        ids = []
        for placeholder in self._placeholders():
            named = placeholder.named if placeholder.named is not None else placeholder.braced
            if named is not None and named not in ids:
                ids.append(named)
            elif (named is None and placeholder.invalid is None
                  and placeholder.escaped is None):
                raise ValueError('Unrecognized named group in pattern', self.pattern)
        return ids


# ================================================================= Formatter

def _parse_format(text):
    """The pieces of a str.format string: (literal, field_name, format_spec, conversion)."""
    size = len(text)
    literal = []
    position = 0
    while position < size:
        ch = text[position]
        if ch == '}':
            if position + 1 < size and text[position + 1] == '}':
                literal.append('}')
                yield ''.join(literal), None, None, None
                literal = []
                position += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        if ch != '{':
            literal.append(ch)
            position += 1
            continue
        if position + 1 < size and text[position + 1] == '{':
            literal.append('{')
            yield ''.join(literal), None, None, None
            literal = []
            position += 2
            continue
        if position + 1 >= size:
            raise ValueError("Single '{' encountered in format string")
        # A replacement field: up to the matching '}'.
        depth = 1
        end = position + 1
        while end < size:
            if text[end] == '{':
                depth += 1
            elif text[end] == '}':
                depth -= 1
                if depth == 0:
                    break
            end += 1
        if depth != 0:
            raise ValueError("expected '}' before end of string")
        field_name, conversion, spec = _split_field(text[position + 1:end])
        yield ''.join(literal), field_name, spec, conversion
        literal = []
        position = end + 1
    if literal:
        yield ''.join(literal), None, None, None


def _split_field(field):
    """field_name, conversion, format_spec of the inside of a replacement field."""
    position = 0
    size = len(field)
    while position < size:
        ch = field[position]
        if ch == '[':
            while position < size and field[position] != ']':
                position += 1
        elif ch in '!:':
            break
        position += 1
    name = field[:position]
    conversion = None
    if position < size and field[position] == '!':
        if position + 1 >= size:
            raise ValueError('end of string while looking for conversion specifier')
        conversion = field[position + 1]
        position += 2
        if position < size and field[position] != ':':
            raise ValueError("expected ':' after conversion specifier")
    spec = field[position + 1:] if position < size else ''
    return name, conversion, spec


def _split_field_name(name):
    """first, [(is_attribute, key), ...] for 'a.b[0]'."""
    position = 0
    size = len(name)
    while position < size and name[position] not in '.[':
        position += 1
    first = name[:position]
    if first.isdigit():
        first = int(first)
    rest = []
    while position < size:
        if name[position] == '.':
            end = position + 1
            while end < size and name[end] not in '.[':
                end += 1
            attribute = name[position + 1:end]
            if not attribute:
                raise ValueError('Empty attribute in format string')
            rest.append((True, attribute))
            position = end
        elif name[position] == '[':
            end = name.find(']', position)
            if end < 0:
                raise ValueError("Missing ']' in format string")
            key = name[position + 1:end]
            if not key:
                raise ValueError('Empty attribute in format string')
            rest.append((False, int(key) if key.isdigit() else key))
            position = end + 1
            if position < size and name[position] not in '.[':
                raise ValueError('Only \'.\' or \'[\' may follow \']\' in format field specifier')
        else:
            raise ValueError('Only \'.\' or \'[\' may follow \']\' in format field specifier')
    return first, rest


class Formatter:
    """The machinery of str.format, in methods a subclass can override."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    # (CPython 3.11 words this case like the opposite one)
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier {0!s}'.format(conversion))

    def parse(self, format_string):
        """(literal_text, field_name, format_spec, conversion) for each piece."""
        return list(_parse_format(format_string))

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attribute, key in rest:
            obj = getattr(obj, key) if is_attribute else obj[key]
        return obj, first
