# re.sub/subn/split and replacement templates.
import re

print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@home, ann@work'))
print(re.sub(r'(?P<y>\d{4})-(?P<m>\d\d)', r'\g<m>/\g<y>', '2023-04 and 1999-12'))
print(re.sub(r'(a)(b)?', r'[\1|\2|\g<0>]', 'a ab'))
print(re.sub(r'x', r'\n\t\\', 'axb'), repr(re.sub('x', r'\-', 'x')), repr(re.sub('x', r'\&', 'x')))
print(repr(re.sub('x', r'\0\012\101', 'x')), repr(re.sub('x', r'\a\b\f\v\r', 'x')))
print(re.sub(r'(x)', r'\g<1>0', 'x'), re.sub(r'(x)', r'\g<01>', 'x'))
print(re.sub('a', 'b', 'aaa', 2), re.subn('a', 'b', 'aaa'), re.sub('a', 'b', 'aaa', count=1), re.subn('z', 'y', 'aaa'))
print(re.sub('a', lambda m: m.group().upper() * 2, 'banana'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) + 1), 'a1 b22 c999'))
print(re.sub('x', lambda m: None, 'axbxc'))
print(re.sub(r'(?P<n>\d)', lambda m: m['n'] * int(m['n']), 'a2b3'))
print(re.compile(r'\s+').sub(' ', 'a   b \t\n c'), re.compile('o').subn('0', 'foo boo', 3))
print(re.sub('', '-', 'abc'), re.sub('x*', '-', 'abxd'), re.sub('x*?', '-', 'xx'), re.sub(r'\b', '|', 'ab cd'))
print(re.sub('(?m)^', '> ', 'line1\nline2\n'))
print(re.sub('$', '!', 'a\n'), re.sub('(?m)$', '!', 'a\nb\n'))
print(re.sub(b'(a)', rb'<\1>', b'banana'), re.subn(b'a', b'', bytearray(b'aXa')))
print(re.sub(b'\\d', lambda m: b'#', b'a1b2'))
class S(str):
    pass
print(type(re.sub('q', 'z', S('abc'))).__name__, type(re.sub('a', 'z', S('abc'))).__name__)

# template errors
for t in [r'\g<b>', r'\g<1a>', r'\g<', r'\g', r'\g1', r'\3', r'\q', r'\12x', r'\x41', r'\u0041',
          r'\N{DIGIT ONE}', '\\', r'\g<-1>', r'\8', r'\400', 'ab\\', r'\g<>', r'\g<5>', r'\g<a']:
    try:
        print(repr(t), repr(re.sub(r'(?P<a>x)(y)?', t, 'xz')))
    except (re.error, IndexError) as e:
        print(repr(t), type(e).__name__, e)
for f in [lambda m: 5, lambda m: b'a']:
    try:
        re.sub('x', f, 'xax')
    except TypeError as e:
        print('TypeError', e)
for args in [('x', b'a', 'xax'), ('x', 5, 'xax'), (b'x', lambda m: 'a', b'xax')]:
    try:
        re.sub(*args)
    except TypeError as e:
        print('TypeError', e)

# expand
m = re.match(r'(?P<first>\w+) (\w+)', 'Isaac Newton')
print(m.expand(r'\2, \1'), m.expand(r'\g<first>!'), m.expand(b'x' if False else r'[\g<0>]'))
print(re.match(r'(a)(b)?', 'a').expand(r'[\1][\2]'))

# split
print(re.split(r'\W+', 'Words, words, words.'))
print(re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', 1), re.split(r'\W+', 'Words, words, words.', maxsplit=2))
print(re.split('[a-f]+', '0a3B9', flags=re.IGNORECASE))
print(re.split(r'(\W+)?', '...words, words...'))
print(re.split(r'\b', 'a b'), re.split('x*', 'axbc'), re.split('', 'abc'), re.split(r'(?=b)', 'abab'))
print(re.split('(a)|(b)', 'xaybz'), re.split(',', ''), re.split('x', 'axb', maxsplit=-1))
print(re.split(b',', b'a,b,,c'), re.compile(r'\s*;\s*').split('a ; b;c  ;d'))
print(re.split(r'(?m)^$', 'a\n\nb'))
