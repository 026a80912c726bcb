# re basics: match/search/fullmatch, findall/finditer, Pattern attributes, cache, escape.
import re

print(re.match(r'(\w+) (\w+)', 'hello world !'))
print(re.match(r'world', 'hello world'))
print(re.search(r'world', 'hello world'))
print(re.fullmatch(r'\d+', '12345'), re.fullmatch(r'\d+', '123a'))
print(re.fullmatch(r'a|ab', 'ab'))
print(re.search(r'\d+', 'abc 42 def 7').group())

# findall: no group, one group, several groups
print(re.findall(r'\d+', 'a1b22c333'))
print(re.findall(r'(\w)=(\d)', 'a=1, b=2, c=x'))
print(re.findall(r'(\w)=\d', 'a=1, b=2'))
print(re.findall(r'(a)|(b)', 'ab'))
print(re.findall(r'', 'abc'))
print(re.findall(r'x*', 'axxb'))

# finditer
for m in re.finditer(r'(?P<word>[a-z]+)(?P<num>\d*)', 'abc12 de f3'):
    print(m.span(), m.group('word'), repr(m.group('num')), m.start('num'))
it = re.finditer('a', 'aa')
print(type(it).__name__, next(it), next(it), next(it, 'done'))

# Pattern objects
p = re.compile(r'(?P<key>\w+)\s*=\s*(?P<value>.*)')
print(p, p.pattern, p.flags, p.groups, p.groupindex)
print(p.match('name = value'))
print(p.search('  x=1').groupdict())
print(re.compile('a+', re.IGNORECASE))
print(re.compile('a+', re.I | re.M))
print(repr(re.compile('a', re.X | re.S | re.A)))
print(re.compile(b'ab+', re.I))
print(re.compile('x' * 300))
print(re.compile("it's"), re.compile('say "hi"'))
print(type(p), type(p.match('a=b')), re.Pattern, re.Match)
print(re.Pattern[str], re.Match[bytes])

# pos / endpos
p = re.compile(r'\w+')
print(p.match('ab cd', 3), p.search('ab cd', 1), p.search('ab cd', 0, 1))
print(p.match('abcdef', 2, 4), p.match('abcdef', pos=1, endpos=3).endpos)
print(re.compile('^a').search('ba', 1), re.compile('a$').search('ab', 0, 1))
print(re.compile('').match('abc', 2, 1), re.compile('').search('abc', 5), re.compile('').match('abc', -5))
print(re.compile(r'(?<=a)b').search('ab', 1))
m = p.search('xx abc', 2, 5)
print(m.pos, m.endpos, m.string, m.re)

# equality, hashing, cache
print(re.compile('a+') == re.compile('a+'), re.compile('a+') == re.compile('a+', re.I), re.compile('a') != re.compile('b'))
print(hash(re.compile('abc')) == hash(re.compile('abc')))
print(re.compile('q+') is re.compile('q+'))
print(re.compile(p) is p)
try:
    re.compile(p, re.I)
except ValueError as e:
    print('ValueError', e)
try:
    re.compile(42)
except TypeError as e:
    print('TypeError', e)
re.purge()
print(re.compile('z') == re.compile('z'))

# escape
print(re.escape('a.b-c d_é\t\n!@#%&~\'"'), re.escape(b'1+1=2?'))
print(re.escape('www.python.org'), re.match(re.escape('a.c'), 'abc'))
print(re.findall(re.escape('[x]'), 'a[x]b[x]'))

# type errors
for call in (lambda: re.match('a', 1), lambda: re.match('a', b'a'), lambda: re.match(b'a', 'a'),
             lambda: re.compile('a').match(), lambda: re.compile('a').match('a', 'x')):
    try:
        call()
    except TypeError as e:
        print('TypeError', e)

# Unicode strings with characters outside the BMP
s = 'a\U0001F600b\U0001F600c'
print(re.search('b', s).span(), re.findall('.', s), re.sub('\U0001F600', '-', s))
print(re.match(r'a(.)b', s).span(1), re.split('b', s), len(re.match('.*', s).group()))
print([m.span() for m in re.finditer('', 'x\U0001F600y')])
print(re.compile('c').search(s, 4), re.compile('.').match(s, 1))
print(re.findall('[^\U0001F600]', '\U0001F600'), re.findall(r'(?m)^', 'a\U0001F600b'), re.findall(r'\B', '\U0001F600\U0001F600'))
print([m.span() for m in re.finditer('(?m)x*^', '\xe5\U0001f600\n\U0001f600')], re.sub('', '.', '\U0001F600a'))
