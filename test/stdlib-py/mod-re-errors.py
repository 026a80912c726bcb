# re.error: CPython's messages and positions for bad patterns, and the error's attributes.
import re

PATTERNS = [
    r'(', r'(a', r'a)', r'*', r'a**', r'a{2}*', r'a{3,2}', r'[a', r'[]', r'[^]', r'[a-\d]', r'[z-a]',
    r'\q', '\\', r'\x1', r'\x', r'\u12', r'\777', r'\5', r'(a\1)', r'(?P<a-b>x)', r'(?P<a>x)(?P<a>y)',
    r'(?P=x)', r'(?P<>x)', r'(?P<a', r'(?P=a', r'(?<x)', r'(?Px)', r'(?', r'(?z)', r'(?i', r'(?-i)',
    r'(?i-:a)', r'a(?i)', r'(?<=a+)b', r'(?<!a|bc)', r'(?<=(a)\1)', r'(?(1)a|b|c)', r'(?(x)a)',
    r'(?(1a)b)', r'(?#abc', r'(?P', r'x{1,2', r'x{,2}', r'x{2,}', r'x{a}', r'{', r'\N', r'\N{foo}',
    r'\U0011ffff', r'[\q]', r'\09', r'\08', r'[\9]', r'(?(0)a)', r'(?(2)a)(b)', r'a++', r'a*++',
    r'(?>a', r'x(?i:a', r'\ba(?i', r'$*', r'^*', r'\b*', r'(?=a)*', r'a|*', r'(|*)', r'(?P<1>a)',
    r'(?P<a1>a)(?P=1)', r'[a-]', r'[-a]', r'[\w-a]', r'[a-\w]', r'\g<1>', r'(?i:(?-i:a)', r'(?i-i:a)',
    r'(?u:a)', r'(?im-s:a)b', r'(?i)(?s)a', '{2}', r'a{2}{3}', r'(?:(?i)a)', r'b(?x)a', r'(?iz)', r'(?-',
    r'(?i-x:a)b', r'(a)(?<=\1)', r'(?<=a{2})b', r'(?<=a{1,2})b', r'(?<=a|b)c', r'[\A]', r'[\Z]', r'[\B]',
    r'(?P>a)', r'(?P<a>', r'(?<a>x)', r'(?(1)a', r'(?(1', r'(?(1)', r'a{,}', r'a{1,2}{3}', r'a{1}?',
    r'a{1,2}?+', r'\8', r'(a)\2', r'\11', r'\1', r'(?L:a)', r'(?<', r'(?<=', r'(?=', r'(?P=', r'[',
    r'[^', r'[a-', r'[\d-z]', r'\c', r'(?#x)*', r'x(?#x)*', r'(?P<a>(?P=a))', r'(?(a)x)(?P<a>y)',
    r'\N{LATIN SMALL LETTER A}', r'[\N{DIGIT ONE}-\N{DIGIT THREE}]', r'\N{', r'\N{}', r'\N{LATIN',
    r'a{4294967295}', r'(?P<é>x)', r'[a-a]', r'[]]', r'[^]]', r'[]-a]', r'(?x)[a b]#x',
]

for p in PATTERNS:
    try:
        c = re.compile(p)
        print(repr(p), 'ok', c.groups)
    except re.error as e:
        print(repr(p), 'error:', e, '|', repr(e.msg), e.pos, e.lineno, e.colno, e.pattern == p)
    except (OverflowError, ValueError) as e:
        print(repr(p), type(e).__name__, e)

# multi-line patterns report line and column
for p in ['a\n(b', 'ab\ncd\n[x', '\n(?<=a*)', b'a\n*']:
    try:
        re.compile(p)
    except re.error as e:
        print(repr(p), '|', e, '|', e.pos, e.lineno, e.colno)

# re.error is an Exception subclass that can be raised by hand
e = re.error('custom message')
print(isinstance(e, Exception), e.msg, e.pattern, e.pos, e.lineno, str(e), re.error.__module__, re.error.__name__)
e = re.error('boom', 'abc\ndef', 5)
print(str(e), e.lineno, e.colno)
try:
    re.compile(b'(?P<x>a)(?P=y)')
except re.error as e:
    print(e, repr(e.pattern))

# matching semantics that look like errors but are not
print(re.match('{', '{'), re.match('a{', 'a{'), re.match('a{,', 'a{,'), re.match('x{1,2', 'x{1,2'), re.match(r'\{', '{'))
print(re.match('a{,2}', 'aaa'), re.match('a{2,}', 'aaaa'), re.match('a{2}', 'aaa'), re.match('a{0}b', 'b'), re.match('a{}', 'a{}'))
print(re.match(r'\09', '\x009'), re.match(r'\08', '\x008'), re.match(r'[\1]', '\x01'), re.match(r'\101', 'A'))

# the error seen when uncaught
re.compile('(?P<name>[a-z]+')
