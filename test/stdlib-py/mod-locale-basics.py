# locale: the C and C.UTF-8 locales, setlocale queries and changes, localeconv,
# format_string, atof/atoi, normalize and getlocale.
import locale
import os

print(locale.setlocale(locale.LC_NUMERIC), locale.localeconv())
print(locale.getpreferredencoding(False) in ('UTF-8', 'ANSI_X3.4-1968'))
print(locale.setlocale(locale.LC_ALL, 'C'), locale.setlocale(locale.LC_ALL), locale.getlocale())
print(locale.getencoding(), locale.getpreferredencoding(False), locale.nl_langinfo(locale.CODESET))
print(locale.setlocale(locale.LC_NUMERIC, 'C.UTF-8'))
print(locale.setlocale(locale.LC_ALL))
print(locale.getlocale(locale.LC_NUMERIC), locale.getlocale(locale.LC_TIME))
for bad in [lambda: locale.getlocale(locale.LC_ALL), lambda: locale.setlocale(99, 'C'),
            lambda: locale.setlocale('x', 'C'), lambda: locale.setlocale(locale.LC_ALL, 'xx_YY.UTF-8'),
            lambda: locale.currency(5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(locale.setlocale(locale.LC_ALL, 'POSIX'), locale.setlocale(locale.LC_ALL, 'C.UTF-8'))
os.environ['LC_ALL'] = 'C'
print(locale.setlocale(locale.LC_ALL, ''), locale.getlocale())
del os.environ['LC_ALL']
try:
    locale.setlocale(locale.LC_CTYPE, ('C', 'UTF-8'))  # normalized to en_US.UTF-8
except locale.Error as e:
    print('Error', e)

print(locale.format_string('%d items, %.2f total, %s', (1234567, 9876.5, 'x'), grouping=True))
print(locale.format_string('%10.3f|%-5d|%%|%*d', (3.14159, 42, 6, 7)))
print(locale.format_string('%(a)d and %(b).1f', {'a': 1234, 'b': 2.25}, grouping=True))
print(locale.format_string('%.1f%%', 99.44), locale.format_string('%s', 1.5), locale.format_string('%e', 12345.678))
for bad in [('%d %d', (1,)), ('%d', (1, 2)), ('no directive', 5), ('%d', ()),
            ('%s %s', [1, 2]), ('%*d', (5,)), ('%s', [1, 2])]:
    try:
        print(repr(locale.format_string(*bad)))
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(locale.str(3.0), locale.str(1 / 3), locale.atof('1234.5'), locale.atoi('42'),
      locale.delocalize('1,234.5'), locale.localize('1234.5'), locale.atof('2', int))
print(locale.strcoll('a', 'b'), locale.strcoll('b', 'a'), locale.strcoll('x', 'x'), locale.strxfrm('abc'))
for name in ['en_US', 'en_US.utf8', 'de_DE@euro', 'fr_FR.ISO-8859-1', 'xx_YY.UTF-8', 'C.UTF-8',
             'ja_JP.eucJP', 'sr_RS@latin', 'english', 'de.utf8', 'C', 'POSIX']:
    print(name, locale.normalize(name), locale._parse_localename(name) if name != 'xx_YY.UTF-8' else '')
print(locale.LC_ALL, locale.LC_CTYPE, locale.LC_NUMERIC, locale.LC_TIME, locale.LC_COLLATE,
      locale.LC_MONETARY, locale.LC_MESSAGES, locale.CHAR_MAX)
print(locale.nl_langinfo(locale.D_T_FMT), locale.nl_langinfo(locale.RADIXCHAR),
      locale.nl_langinfo(locale.DAY_1), locale.nl_langinfo(locale.ABMON_12))
print(issubclass(locale.Error, Exception), locale.Error)
