"""Locale support module.

Written for pygil from the documented behaviour of CPython 3.11's locale module on Linux
with glibc. pygil has the C library's built-in locales only: "C" (also "POSIX") and
"C.UTF-8" (also "C.utf8"); setlocale() to any other name raises locale.Error
('unsupported locale setting'), as glibc does for a locale that is not installed. So
localeconv() always gives the C conventions: no grouping, '.' as the decimal point, no
currency. At start-up LC_CTYPE is taken from the environment (LC_ALL, LC_CTYPE, LANG) and
a C locale is coerced to C.UTF-8 when LC_ALL is unset (PEP 538); the other categories
start as "C".
"""

import os as _os
import sys as _sys
from _locale_aliases import locale_alias, locale_encoding_alias, windows_locale

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error",
           "setlocale", "resetlocale", "localeconv", "strcoll", "strxfrm",
           "str", "atof", "atoi", "format", "format_string", "currency",
           "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY",
           "LC_NUMERIC", "LC_ALL", "CHAR_MAX", "getencoding"]

_builtin_str = str

# glibc's category numbers; the last six exist only inside LC_ALL's composite name
LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127

_CATEGORY_NAMES = ['LC_CTYPE', 'LC_NUMERIC', 'LC_TIME', 'LC_COLLATE', 'LC_MONETARY',
                   'LC_MESSAGES', None, 'LC_PAPER', 'LC_NAME', 'LC_ADDRESS',
                   'LC_TELEPHONE', 'LC_MEASUREMENT', 'LC_IDENTIFICATION']
_CATEGORIES = [i for i, n in enumerate(_CATEGORY_NAMES) if n is not None]

# nl_langinfo() items (glibc's values) for the C locale
CODESET = 14
D_T_FMT = 0x20028
D_FMT = 0x20029
T_FMT = 0x2002A
T_FMT_AMPM = 0x2002B
RADIXCHAR = 0x10000
THOUSEP = 0x10001
YESEXPR = 0x50000
NOEXPR = 0x50001
CRNCYSTR = 0x4000F
ERA = 0x2002C
AM_STR = 0x20026
PM_STR = 0x20027
DAY_1, DAY_2, DAY_3, DAY_4, DAY_5, DAY_6, DAY_7 = range(0x20007, 0x2000E)
ABDAY_1, ABDAY_2, ABDAY_3, ABDAY_4, ABDAY_5, ABDAY_6, ABDAY_7 = range(0x20000, 0x20007)
(MON_1, MON_2, MON_3, MON_4, MON_5, MON_6, MON_7, MON_8, MON_9, MON_10, MON_11,
 MON_12) = range(0x2001A, 0x20026)
(ABMON_1, ABMON_2, ABMON_3, ABMON_4, ABMON_5, ABMON_6, ABMON_7, ABMON_8, ABMON_9,
 ABMON_10, ABMON_11, ABMON_12) = range(0x2000E, 0x2001A)


class Error(Exception):
    pass


Error.__module__ = 'locale'

_KNOWN = {'C': 'C', 'POSIX': 'C', 'C.UTF-8': 'C.UTF-8', 'C.utf8': 'C.utf8'}


def _env_locale(category):
    """The name setlocale(category, '') picks from the environment."""
    for var in ('LC_ALL', _CATEGORY_NAMES[category], 'LANG'):
        value = _os.environ.get(var)
        if value:
            return value
    return 'C'


def _initial_ctype():
    name = _env_locale(LC_CTYPE)
    if name in _KNOWN and _KNOWN[name] != 'C':
        return _KNOWN[name]
    if _os.environ.get('LC_ALL'):
        return 'C'
    return 'C.UTF-8'


_current = {cat: 'C' for cat in _CATEGORIES}
_current[LC_CTYPE] = _initial_ctype()


def _composite():
    names = [_current[c] for c in _CATEGORIES]
    if all(n == names[0] for n in names):
        return names[0]
    return ';'.join('%s=%s' % (_CATEGORY_NAMES[c], _current[c]) for c in _CATEGORIES)


def _accept(name):
    """The glibc name for a locale name, or raise Error if it is not available."""
    if name in _KNOWN:
        return _KNOWN[name]
    raise Error('unsupported locale setting')


def setlocale(category, locale=None):
    """Set the locale for the given category. The locale can be a string, an iterable
    of two strings (language code and encoding), or None (to query)."""
    if not isinstance(category, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(category).__name__)
    if category != LC_ALL and category not in _CATEGORIES:
        raise Error('unsupported locale setting')
    if locale is not None and not isinstance(locale, _builtin_str):
        locale = normalize(_build_localename(locale))
    if category == LC_ALL:
        if locale is None:
            return _composite()
        if locale == '':
            chosen = {c: _accept(_env_locale(c)) for c in _CATEGORIES}
        elif '=' in locale:
            chosen = dict(_current)
            for part in locale.split(';'):
                key, _, value = part.partition('=')
                if key not in _CATEGORY_NAMES:
                    raise Error('unsupported locale setting')
                chosen[_CATEGORY_NAMES.index(key)] = _accept(value)
        else:
            name = _accept(locale)
            chosen = {c: name for c in _CATEGORIES}
        _current.update(chosen)
        return _composite()
    if locale is None:
        return _current[category]
    name = _accept(_env_locale(category) if locale == '' else locale)
    _current[category] = name
    return name


def _codeset(name):
    return 'ANSI_X3.4-1968' if name == 'C' else 'UTF-8'


def localeconv():
    """Returns numeric and monetary locale-specific parameters (the C locale's)."""
    return {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '',
            'mon_thousands_sep': '', 'mon_grouping': [], 'positive_sign': '',
            'negative_sign': '', 'int_frac_digits': CHAR_MAX, 'frac_digits': CHAR_MAX,
            'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX,
            'n_cs_precedes': CHAR_MAX, 'n_sep_by_space': CHAR_MAX,
            'p_sign_posn': CHAR_MAX, 'n_sign_posn': CHAR_MAX, 'decimal_point': '.',
            'thousands_sep': '', 'grouping': []}


_LANGINFO = {
    D_T_FMT: '%a %b %e %H:%M:%S %Y', D_FMT: '%m/%d/%y', T_FMT: '%H:%M:%S',
    T_FMT_AMPM: '%I:%M:%S %p', RADIXCHAR: '.', THOUSEP: '', YESEXPR: '^[yY]',
    NOEXPR: '^[nN]', CRNCYSTR: '-', ERA: '', AM_STR: 'AM', PM_STR: 'PM',
}
for _i, _n in enumerate(['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday',
                         'Friday', 'Saturday']):
    _LANGINFO[DAY_1 + _i] = _n
    _LANGINFO[ABDAY_1 + _i] = _n[:3]
for _i, _n in enumerate(['January', 'February', 'March', 'April', 'May', 'June', 'July',
                         'August', 'September', 'October', 'November', 'December']):
    _LANGINFO[MON_1 + _i] = _n
    _LANGINFO[ABMON_1 + _i] = _n[:3]
del _i, _n


def nl_langinfo(key):
    """Return the value for the locale information associated with key."""
    if key == CODESET:
        return _codeset(_current[LC_CTYPE])
    if key in _LANGINFO:
        return _LANGINFO[key]
    raise ValueError('unsupported langinfo constant')


def strcoll(a, b):
    """Compares two strings according to the locale (code points in C locales)."""
    if not isinstance(a, _builtin_str) or not isinstance(b, _builtin_str):
        raise TypeError('strcoll() argument must be str, not %s'
                        % type(b if isinstance(a, _builtin_str) else a).__name__)
    return (a > b) - (a < b)


def strxfrm(s):
    """Return a string that can be used as a key for locale-aware comparisons."""
    if not isinstance(s, _builtin_str):
        raise TypeError('strxfrm() argument must be str, not %s' % type(s).__name__)
    return s


def getencoding():
    """Get the current locale encoding."""
    return _codeset(_current[LC_CTYPE])


def getpreferredencoding(do_setlocale=True):
    """Return the charset that the user is likely using, according to the system
    configuration."""
    if _sys.flags.utf8_mode:
        return 'utf-8'
    if not do_setlocale:
        return getencoding()
    try:
        return _codeset(_accept(_env_locale(LC_CTYPE)))
    except Error:
        return getencoding()


# -- numbers in the locale's notation ----------------------------------------------------
# The conventions are fetched through the module global localeconv() on every call, so a
# program that installs its own localeconv sees its conventions used.

def _number_conventions(monetary):
    """(decimal point, thousands separator, grouping list) for plain or monetary amounts."""
    conv = localeconv()
    prefix = 'mon_' if monetary else ''
    return (conv[prefix + 'decimal_point'], conv[prefix + 'thousands_sep'],
            conv[prefix + 'grouping'])


def _group_widths(grouping, digit_count):
    """Widths of the digit groups, rightmost first, enough to cover digit_count digits.
    A grouping entry of 0 repeats the width before it for all remaining digits; CHAR_MAX
    (or the end of the list) leaves whatever digits remain as one group."""
    widths = []
    covered = 0
    for entry in grouping:
        if entry == CHAR_MAX:
            break
        if entry == 0:
            if not widths:
                raise ValueError("invalid grouping")
            while covered < digit_count:
                widths.append(widths[-1])
                covered += widths[-1]
            break
        widths.append(entry)
        covered += entry
        if covered >= digit_count:
            break
    return widths


def _separate_thousands(text, separator, grouping):
    """Put separator between the digit groups of the number that ends text (trailing
    padding spaces aside); a sign or leading padding stays in front. Returns the new text
    and how many characters were added, or None for that count when text holds no digits."""
    body = text.rstrip(' ')
    tail = text[len(body):]
    first_digit = len(body)
    while first_digit and body[first_digit - 1] in '0123456789':
        first_digit -= 1
    digits = body[first_digit:]
    chunks = []
    end = len(digits)
    for width in _group_widths(grouping, len(digits)):
        if end <= 0:
            break
        chunks.insert(0, digits[max(end - width, 0):end])
        end -= width
    if end > 0:
        chunks.insert(0, digits[:end])
    if not chunks:
        return text, None
    grouped = body[:first_digit] + separator.join(chunks) + tail
    return grouped, len(separator) * (len(chunks) - 1)


def _trim_padding(text, excess):
    """Give back excess characters of a padded field, leading spaces first, so that
    grouping does not widen the field."""
    lead = min(excess, len(text) - len(text.lstrip(' ')))
    text = text[lead:]
    excess -= lead
    trail = min(excess, len(text) - len(text.rstrip(' ')))
    return text[:len(text) - trail]


def _localize_number(text, is_float, grouping, monetary):
    """text, a number as Python's % formats it, in the locale's notation: the decimal point
    swapped for a float, digit groups separated when grouping is asked for."""
    if not is_float and not grouping:
        return text
    point, separator, group_list = _number_conventions(monetary)
    if is_float:
        integral, *fractions = text.split('.')
    else:
        integral, fractions = text, []
    added = 0
    if grouping and group_list:
        integral, added = _separate_thousands(integral, separator, group_list)
    text = point.join([integral] + fractions)
    if added is None:
        # a number without digits (inf, nan) loses all its padding, as in CPython
        return text.strip(' ')
    return _trim_padding(text, added) if added else text


def _localize_directive(directive, formatted, grouping, monetary):
    """One %-directive's output in the locale's notation, by its conversion letter."""
    kind = directive[-1]
    if kind in 'eEfFgG':
        return _localize_number(formatted, True, grouping, monetary)
    if kind in 'diu':
        return _localize_number(formatted, False, grouping, monetary)
    return formatted


def _directives(f):
    """Split a %-format into literal text and directives: [(is_directive, text)]."""
    out = []
    i = 0
    n = len(f)
    literal_start = 0
    while i < n:
        if f[i] != '%':
            i += 1
            continue
        j = i + 1
        if j < n and f[j] == '(':
            depth = 1
            j += 1
            while j < n and depth:
                if f[j] == '(':
                    depth += 1
                elif f[j] == ')':
                    depth -= 1
                j += 1
        while j < n and f[j] in '#0- +*.0123456789':
            j += 1
        while j < n and f[j] in 'hlL':
            j += 1
        if j >= n:
            break
        if i > literal_start:
            out.append((False, f[literal_start:i]))
        out.append((True, f[i:j + 1]))
        i = literal_start = j + 1
    if literal_start < n:
        out.append((False, f[literal_start:]))
    return out


def format_string(f, val, grouping=False, monetary=False):
    """Format val with the %-format f like the % operator, then put each number into the
    current locale's notation (separating digit groups when grouping is true; with the
    monetary conventions when monetary is true)."""
    # like CPython: a non-tuple value is the one argument; extra arguments are ignored
    args = val if isinstance(val, tuple) else (val,)
    used = 0
    out = []
    for is_directive, text in _directives(f):
        if not is_directive:
            out.append(text)
        elif text == '%%':
            out.append('%')
        elif text.startswith('%('):
            # a mapping key: the whole value is the mapping
            out.append(_localize_directive(text, text % val, grouping, monetary))
        else:
            stars = text.count('*')
            if used >= len(args):
                raise IndexError('tuple index out of range')
            formatted = text % tuple(args[used:used + 1 + stars])
            used += 1 + stars
            out.append(_localize_directive(text, formatted, grouping, monetary))
    return ''.join(out)


def currency(val, symbol=True, grouping=False, international=False):
    """val as an amount of money by the LC_MONETARY conventions: the currency symbol (the
    international one if asked for), the sign where the locale puts it, frac_digits
    decimals."""
    conv = localeconv()
    decimals = conv['int_frac_digits' if international else 'frac_digits']
    if decimals == CHAR_MAX:
        raise ValueError("Currency formatting is not possible using the 'C' locale.")
    side = 'n_' if val < 0 else 'p_'
    sign = conv['negative_sign' if val < 0 else 'positive_sign']
    position = conv[side + 'sign_posn']
    amount = _localize_number('%.*f' % (decimals, abs(val)), True, grouping, True)
    # positions 3 and 4 put the sign against the number itself, inside the symbol
    if position == 3:
        amount = sign + amount
    elif position == 4:
        amount = amount + sign
    if symbol:
        mark = conv['int_curr_symbol' if international else 'currency_symbol']
        gap = ' ' if conv[side + 'sep_by_space'] else ''
        if conv[side + 'cs_precedes']:
            amount = mark + gap + amount
        else:
            if international and mark.endswith(' '):
                mark = mark[:-1]
            amount = amount + gap + mark
    if position == 0:
        return '(' + amount + ')'
    if position == 2:
        return amount + sign
    if position in (3, 4):
        return amount
    return sign + amount


def str(val):
    """The float val as '%.12g' writes it, with the locale's decimal point."""
    return _localize_number('%.12g' % val, True, False, False)


def delocalize(string):
    """A number written in the locale's notation, rewritten in the notation float() reads."""
    conv = localeconv()
    separator, point = conv['thousands_sep'], conv['decimal_point']
    if separator:
        string = string.replace(separator, '')
    if point:
        string = string.replace(point, '.')
    return string


def localize(string, grouping=False, monetary=False):
    """A number string in Python's notation, rewritten in the locale's."""
    return _localize_number(string, True, grouping, monetary)


def atof(string, func=float):
    """Read a number in the locale's notation with func (float by default)."""
    return func(delocalize(string))


def atoi(string):
    """Read an integer in the locale's notation."""
    return int(delocalize(string))


# -- locale names ------------------------------------------------------------------------
# normalize() looks a name up in the alias table (_locale_aliases): first as written, then
# with its modifier or its encoding set aside, putting back what was set aside.

def _alias_key(language, encoding, modifier):
    """A name in the form the alias table's keys take."""
    key = language
    if encoding:
        key += '.' + encoding.replace('-', '').replace('_', '')
    if modifier:
        key += '@' + modifier
    return key


def _canonical_encoding(encoding):
    lowered = encoding.lower()
    squeezed = lowered.replace('-', '').replace('_', '')
    return locale_encoding_alias.get(lowered, locale_encoding_alias.get(squeezed, encoding))


def _set_encoding(code, encoding):
    """A normalized name (without modifier) given another encoding."""
    return code.partition('.')[0] + '.' + _canonical_encoding(encoding)


def _set_modifier(code, modifier):
    """A normalized name given a modifier. '@euro' rather means the euro's encoding, where
    the name has none yet or has Latin-1."""
    if modifier == 'euro':
        encoding = code.partition('.')[2]
        if '.' not in code:
            return code + '.ISO8859-15'
        if encoding in ('ISO8859-15', 'UTF-8'):
            return code
        if encoding == 'ISO8859-1':
            return _set_encoding(code, 'ISO8859-15')
    return code + '@' + modifier


def normalize(localename):
    """The normalized locale code for a locale name, as setlocale() takes it (with an
    encoding: 'en_US' -> 'en_US.ISO8859-1'); a name it does not know comes back as is."""
    lowered = localename.lower().replace(':', '.')
    rest, _, modifier = lowered.partition('@')
    language, _, encoding = rest.partition('.')
    encoding = encoding.partition('.')[0]
    found = locale_alias.get(_alias_key(language, encoding, modifier))
    if found is not None:
        return found
    if modifier:
        # the name without its modifier, then the modifier put back
        found = locale_alias.get(_alias_key(language, encoding, ''))
        if found is not None:
            base, at, own_modifier = found.partition('@')
            if not at:
                return _set_modifier(found, modifier)
            if own_modifier.lower() == modifier:
                return found
    if encoding:
        # the name without its encoding, then the encoding put back
        found = locale_alias.get(_alias_key(language, '', modifier))
        if found is not None:
            base, at, own_modifier = found.partition('@')
            return _set_encoding(base, encoding) + at + own_modifier
        found = locale_alias.get(language) if modifier else None
        if found is not None:
            base, at, own_modifier = found.partition('@')
            if not at:
                return _set_modifier(_set_encoding(found, encoding), modifier)
            if own_modifier.lower() == modifier:
                return _set_encoding(base, encoding) + '@' + own_modifier
    return localename


def _parse_localename(localename):
    """(language code, encoding) of a locale name, after normalizing it."""
    code, at, modifier = normalize(localename).partition('@')
    if at and modifier == 'euro' and '.' not in code:
        return code, 'iso-8859-15'
    if '.' in code:
        language, encoding = code.split('.')[:2]
        return language, encoding
    if code == 'C':
        return None, None
    if code == 'UTF-8':
        return None, 'UTF-8'
    raise ValueError('unknown locale: %s' % localename)


def _build_localename(localetuple):
    """The locale name for a (language code, encoding) pair; None stands for 'C' and for
    no encoding."""
    try:
        language, encoding = localetuple
        language = 'C' if language is None else language
        return language if encoding is None else language + '.' + encoding
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of two strings '
                        '-- language code, encoding.') from None


def getlocale(category=LC_CTYPE):
    """The current setting of a category as (language code, encoding), either possibly
    None. LC_ALL is accepted only while all categories agree."""
    name = setlocale(category)
    if category == LC_ALL and ';' in name:
        raise TypeError('category LC_ALL is not supported')
    return _parse_localename(name)


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    """(language code, encoding) from the first of the environment variables envvars that
    is set (LANGUAGE may list several names; the first counts). Deprecated since 3.11."""
    import warnings
    warnings.warn("'locale.getdefaultlocale' is deprecated and slated for removal in "
                  "Python 3.15. Use setlocale(), getencoding() and getlocale() instead.",
                  DeprecationWarning, stacklevel=2)
    name = 'C'
    for variable in envvars:
        value = _os.environ.get(variable)
        if value:
            name = value.split(':')[0] if variable == 'LANGUAGE' else value
            break
    return _parse_localename(name)


def resetlocale(category=LC_ALL):
    """Set category to the locale the environment names. Deprecated since 3.11."""
    import warnings
    warnings.warn('Use locale.setlocale(locale.LC_ALL, "") instead',
                  DeprecationWarning, stacklevel=2)
    setlocale(category, '')


def format(percent, value, grouping=False, monetary=False, *additional):
    """Deprecated since 3.7: format_string() with a format of exactly one directive."""
    import warnings
    warnings.warn("This method will be removed in a future version of Python. "
                  "Use 'locale.format_string()' instead.",
                  DeprecationWarning, stacklevel=2)
    pieces = _directives(percent)
    if len(pieces) != 1 or not pieces[0][0]:
        raise ValueError('format() must be given exactly one %%char format specifier, '
                         '%s not valid' % repr(percent))
    formatted = percent % ((value,) + additional) if additional else percent % value
    return _localize_directive(percent, formatted, grouping, monetary)
