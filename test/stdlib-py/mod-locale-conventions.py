# locale: grouping, decimal point and currency under non-C conventions, supplied by
# replacing locale.localeconv (pygil and CPython both read the conventions through it).
import locale

C_CONV = locale.localeconv()

US = dict(C_CONV, decimal_point='.', thousands_sep=',', grouping=[3, 3, 0],
          int_curr_symbol='USD ', currency_symbol='$', mon_decimal_point='.',
          mon_thousands_sep=',', mon_grouping=[3, 3, 0], positive_sign='', negative_sign='-',
          int_frac_digits=2, frac_digits=2, p_cs_precedes=1, p_sep_by_space=0,
          n_cs_precedes=1, n_sep_by_space=0, p_sign_posn=1, n_sign_posn=1)
DE = dict(US, decimal_point=',', thousands_sep='.', mon_decimal_point=',',
          mon_thousands_sep='.', int_curr_symbol='EUR ', currency_symbol='€',
          p_cs_precedes=0, n_cs_precedes=0, p_sep_by_space=1, n_sep_by_space=1)
INDIA = dict(US, grouping=[3, 2, 0], mon_grouping=[3, 2, 0])
ONCE = dict(US, grouping=[3], thousands_sep="'")
STOP = dict(US, grouping=[2, locale.CHAR_MAX], thousands_sep='_')
BAD = dict(US, grouping=[0])
SPACED = dict(US, thousands_sep=' ', grouping=[3, 0])

for name, conv in [('US', US), ('DE', DE), ('INDIA', INDIA), ('ONCE', ONCE), ('STOP', STOP),
                   ('SPACED', SPACED)]:
    locale.localeconv = lambda conv=conv: conv
    print('--', name)
    for fmt, val in [('%d', 1234567), ('%d', -1234567), ('%.2f', 1234567.891), ('%12d', 1234567),
                     ('%-12d|', 1234567), ('%12.1f', -98765.43), ('%e', 1234.5), ('%g', 1234567.0),
                     ('%s', 1234567), ('%i', 12), ('%x', 123456), ('%015.2f', 1234567.5),
                     ('%+d', 9876543210), ('%5d', 123456789)]:
        print(repr(fmt), repr(locale.format_string(fmt, val, grouping=True)),
              repr(locale.format_string(fmt, val)),
              repr(locale.format_string(fmt, val, grouping=True, monetary=True)))
    print(locale.format_string('%d and %.3f', (1234567, 7654321.125), True))
    print(locale.str(1234567.25), locale.str(0.1), locale.localize('1234567.25'),
          locale.localize('1234567.25', grouping=True), locale.localize('-1234567', True, True))
    print(locale.delocalize(locale.format_string('%.2f', 1234567.5, True)),
          locale.atof(locale.format_string('%.2f', -1234567.5, True)),
          locale.atoi(locale.format_string('%d', 1234567, True)))
    for val in [1234567.891, -1234567.891, 0, -0.5, 5]:
        print(repr(locale.currency(val)), repr(locale.currency(val, symbol=False)),
              repr(locale.currency(val, grouping=True)),
              repr(locale.currency(val, international=True)),
              repr(locale.currency(val, grouping=True, international=True)))

print('-- sign positions')
for posn in [0, 1, 2, 3, 4, locale.CHAR_MAX]:
    for precedes, sep in [(1, 0), (0, 1), (1, 1), (0, 0)]:
        conv = dict(US, p_sign_posn=posn, n_sign_posn=posn, positive_sign='+',
                    p_cs_precedes=precedes, n_cs_precedes=precedes, p_sep_by_space=sep,
                    n_sep_by_space=sep)
        locale.localeconv = lambda conv=conv: conv
        print(posn, precedes, sep, repr(locale.currency(1234.5)), repr(locale.currency(-1234.5)),
              repr(locale.currency(-3, international=True)),
              repr(locale.currency(7, symbol=False, grouping=True)))

locale.localeconv = lambda: BAD
try:
    locale.format_string('%d', 1234, grouping=True)
except ValueError as e:
    print('ValueError', e)
print(repr(locale.format_string('%d', 1234)))
locale.localeconv = lambda: dict(US, frac_digits=locale.CHAR_MAX)
try:
    locale.currency(1)
except ValueError as e:
    print('ValueError', e)
print(locale.currency(1, international=True))

conv = dict(US, decimal_point=',')
locale.localeconv = lambda: conv
for s in ['  1234567  ', '1234567.5.5', 'inf', '  12  ', '-1234']:
    print(repr(locale.localize(s, True)), repr(locale.localize(s)))
for f, v in [('%8.1f|', float('inf')), ('%-8.1f|', float('-inf')), ('%8d|', 12), ('% d', 1234567),
             ('% -12d|', 1234567), ('%- 9d|', 1234567), ('%-13.1f|', 1234567), ('%(x)10d', {'x': 1234567})]:
    print(repr(f), repr(locale.format_string(f, v, True)))
locale.localeconv = lambda: C_CONV
print(repr(locale.format_string('%.2f', 1.5, monetary=True)), repr(locale.format_string('%8.2f', 1234.5, True)))
