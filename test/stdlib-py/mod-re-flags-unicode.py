# Flags and Unicode semantics: IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII, inline flags,
# \w \d \s \b with Python's Unicode meaning.
import re

print(re.I, re.IGNORECASE, re.I | re.M, re.NOFLAG, str(re.S), repr(re.X | re.A))
print(int(re.I), re.I == 2, isinstance(re.I, int), type(re.M).__name__, re.I.name, re.M.value)
print(list(re.RegexFlag), re.RegexFlag(34), re.U, re.L, re.T, re.DEBUG, f'{re.I}')
print(re.compile('a').flags, re.compile(b'a').flags, re.compile('(?i)a').flags, re.compile('(?x)a', re.I).flags)
print(re.compile('a', re.A).flags, re.compile('(?a)a').flags, re.compile(b'(?L)a').flags)

# IGNORECASE
print(re.findall('(?i)straße', 'STRASSE Straße strasse STRAẞE'))
print(re.match('k', '\u212a', re.I), re.match('s', '\u017f', re.I), re.match('[a-z]+', 'ABC\u212a', re.I))
print(re.match('i', '\u0130', re.I), re.match('I', '\u0131', re.I), re.match('[i]', '\u0130', re.I))
print(re.match('é', 'É', re.I), re.match('é', 'É', re.I | re.A), re.match('k', '\u212a', re.I | re.A), re.match('[a-z]', 'K', re.I | re.A))
print(re.match('σ', 'Σ', re.I), re.match('σ', 'ς', re.I), re.match('[^a]', 'A', re.I), re.match('[^k]', '\u212a', re.I))
print(re.match(r'(?i)(ab)\1', 'abAB'), re.match(r'(a)\1', 'aA', re.I))
print(re.findall(r'[A-Z]+', 'abcDEF', re.I), re.findall(r'\w+', 'Hello Wörld', re.I))
print(re.match('(?i:a)b', 'Ab'), re.match('(?i:a)b', 'AB'), re.match('(?i)a(?-i:b)', 'AB'), re.match('(?i)a(?-i:b)', 'Ab'))
print(re.match('a(?i:[b-d]+)e', 'aBcDe'), re.match('(?-i:a)', 'A', re.I), re.match('(?i:é)', 'É'))

# MULTILINE, DOTALL
text = 'first line\nsecond line\nthird\n'
print(re.findall(r'^\w+', text), re.findall(r'^\w+', text, re.M), re.findall(r'\w+$', text), re.findall(r'\w+$', text, re.M))
print(re.search(r'a$', 'a\n'), re.search(r'a$', 'a\n\n'), re.search(r'a\Z', 'a\n'), re.search(r'\Aa', 'ba'))
print(re.findall(r'$', 'a\nb\n'), re.findall(r'(?m)$', 'a\nb\n'), re.findall(r'(?m)^', 'a\nb\n'))
print(re.match('.+', 'a\nb'), re.match('.+', 'a\nb', re.S), re.match('(?s).+', 'a\nb'), re.match('(?s:.)+', 'a\nb'))
print(re.findall('.', 'a\r\u2028\u0085b'), re.match(r'a.c', 'a\nc', re.DOTALL))
print(re.findall(r'(?m)^$', 'a\n\nb\n'), re.findall(r'^', 'a\nb', re.M))

# VERBOSE
p = re.compile(r'''
    (?P<int> \d+ )      # the integer part
    (?: \. (?P<frac> \d+ ) )?  # optional fraction
    \ units  # an escaped space
    [ ]x     # a space in a class
''', re.VERBOSE)
print(p.match('12.5 units x'), p.match('3 units x').groupdict())
print(re.match('(?x) a b # comment', 'ab'), re.match('(?x)a{1, 2}', 'a{1,2}'), re.match('(?x)a *', 'aaa'))
print(re.match('a(?x: b c)d', 'abcd'), re.match('(?x)a(?-x: b)', 'a b'))

# \w \d \s \b: Unicode for str, ASCII with re.A
s = 'naïve café 42 ٤٢ x_y ½ ²'
print(re.findall(r'\w+', s), re.findall(r'\w+', s, re.A), re.findall(r'\d', s), re.findall(r'\d', s, re.ASCII))
print(re.findall(r'\s', 'a\tb\x0bc\x1cd\x85e\xa0f\u2003g\u3000h\ufeffi'), re.findall(r'\s', 'a\x1cb\x85c', re.A))
print(re.findall(r'\b\w', 'élan vital'), re.findall(r'\b\w', 'élan vital', re.A), re.findall(r'\B\w', 'ab cd'))
print(re.findall(r'\W', 'a-b é'), re.findall(r'\W', 'a-b é', re.A), re.findall(r'\D+', 'a1b٢c'), re.findall(r'\S+', 'a\u2003b'))
print(re.findall(r'[\w-]+', 'foo-bar baz'), re.findall(r'[^\W\d]+', 'abc123déf'), re.findall(r'[\s\d]', 'a 1\n'))
print(re.findall(r'\w', 'ǅ·ˆ〆〇ⅸ①⑩'), re.findall(r'[^\w\s]', 'a, b! ¿c?'))
print(re.match(r'(?a:\w+)(\w+)', 'abcé'), re.match(r'(?u)\w', 'é'))
print(re.findall(r'[^\w]', 'aé-'), re.findall(r'[\W]', 'aé-'))

# flag conflicts
for args in [('(?a)(?u)a',), ('a', re.A | re.U), ('a', re.L), (b'a', re.U), ('(?au:a)',), ('(?L)a',), (b'(?u)a',)]:
    try:
        re.compile(*args)
    except (ValueError, re.error) as e:
        print(type(e).__name__, e)

# ASCII-only subjects (matched with a translation spelled for ASCII): same answers
print(re.findall(r'[\W]+[ΣKİ]*', 'sik1\x0b', re.I | re.M), re.findall(r'[1\W]?', 'S^SIIaS-', re.I))
print(re.findall(r'\s', 'a\x1cb\x1fc d'), re.findall(r'\S+', 'a\x1cb c'), re.findall('ſ+', 'sSx', re.I), re.findall('\u212a', 'kK', re.I))
print(re.findall(r'\b\w+\b', 'hello, world_1 2x'), re.findall(r'[^\w\s]', 'a-b c!'), re.findall(r'İ', 'iI', re.I), re.findall(r'[^İ]', 'iIx', re.I))
print(re.sub(r'\W+', '_', 'a b\tc\x1ed'), re.split(r'\s+', 'a \x1c b'), re.findall(r'(?i)[\w]+', 'AbC dEf'))
