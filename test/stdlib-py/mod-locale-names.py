# locale: normalize() and the parsing behind getlocale()/getdefaultlocale() over a matrix of
# language names, encodings and modifiers (known and unknown), and locale tuples.
import locale
import os
import warnings

languages = ['en_US', 'en', 'de_DE', 'de', 'fr_FR', 'ja_JP', 'ja', 'sr_RS', 'sr', 'ca_ES', 'ru_RU',
             'zh_CN', 'zh_TW', 'english', 'german', 'uk_UA', 'be_BY', 'xx_YY', 'C', 'POSIX', 'nl_BE',
             'el_GR', 'es', 'pt_BR', 'tt_RU', 'ks_IN', 'aa_ER', 'az_AZ', 'iw_IL', 'EN_us', 'c', 'univ',
             'ast_ES', 'ca_ES@valencia', 'de_AT', 'bs_BA', 'ku_TR', 'sd', 'yi_US', 'lo']
encodings = ['', '.utf8', '.UTF-8', ':utf-8', '.iso88591', '.ISO-8859-1', '.ISO-8859-15', '.eucjp',
             '.koi8r', '.bogus', '.gb2312', '.cp1251', '.utf_8', '.iso8859-5.extra']
modifiers = ['', '@euro', '@latin', '@cyrillic', '@bogus', '@valencia', '@EURO', '@devanagari']
seen = 0
for i, lang in enumerate(languages):
    for j, enc in enumerate(encodings):
        for k, mod in enumerate(modifiers):
            if (i + 2 * j + 3 * k) % 4:
                continue        # a deterministic quarter of the combinations
            name = lang + enc + mod
            seen += 1
            try:
                parsed = locale._parse_localename(name)
            except ValueError as e:
                parsed = 'ValueError: %s' % e
            print(name, '->', locale.normalize(name), parsed)
print(seen, 'names')
for pair in [('en_US', 'UTF-8'), ('de_DE', None), (None, None), (None, 'UTF-8'), ('C', 'utf8'), ['fr', 'x'],
             'just-a-string', ('a', 'b', 'c'), 5, ('x',), ('a', 5), (5, 'x')]:
    try:
        print(repr(pair), repr(locale._build_localename(pair)))
    except TypeError as e:
        print(repr(pair), 'TypeError', e)
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    saved = {v: os.environ.pop(v, None) for v in ('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')}
    for env in [{}, {'LANG': 'de_DE.UTF-8'}, {'LANGUAGE': 'fr_FR:en_US'}, {'LC_ALL': 'ja_JP.eucJP', 'LANG': 'en_US'},
                {'LC_CTYPE': 'sr_RS@latin'}, {'LANG': 'C'}, {'LANG': 'xx'}, {'LANG': 'en_US@euro'}]:
        os.environ.update(env)
        try:
            print(env, locale.getdefaultlocale(), locale.getdefaultlocale(('LANGUAGE', 'LANG')))
        except ValueError as e:
            print(env, 'ValueError', e)
        for v in env:
            del os.environ[v]
    for v, value in saved.items():
        if value is not None:
            os.environ[v] = value
