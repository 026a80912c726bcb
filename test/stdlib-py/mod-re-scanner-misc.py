# re.Scanner, `from re import *`, module attributes, flags made lazily, re used by other modules.
import re

def s_ident(scanner, token): return ('id', token)
def s_operator(scanner, token): return ('op', token)
def s_float(scanner, token): return ('float', float(token))
def s_int(scanner, token): return ('int', int(token))
scanner = re.Scanner([
    (r"[a-zA-Z_]\w*", s_ident),
    (r"\d+\.\d*", s_float),
    (r"\d+", s_int),
    (r"=|\+|-|\*|/", s_operator),
    (r"\s+", None),
])
print(scanner.scan("sum = 3*foo + 312.50 + bar ?x"))
print(re.Scanner([(r'(a)(b)?', 'AB'), (r'c', lambda s, t: t.upper())]).scan('abacc!'))

from re import *
print(I, X, S, M, A, U, L, NOFLAG, compile('a+', I), sorted(n for n in dir(re) if n.isupper() and not n.startswith('_')))
print(re.__all__)
print(re.error.__mro__[1], issubclass(re.error, Exception), re.RegexFlag.__name__, re.RegexFlag.__qualname__)
print(sorted(re.RegexFlag.__members__))

# modules built on re
import string, textwrap
class MyTemplate(string.Template):
    delimiter = '%'
    idpattern = r'[a-z]+'
print(MyTemplate('%who likes %what').substitute(who='tim', what='kung pao'))
class Braces(string.Template):
    pattern = r'@(?:(?P<escaped>@)|(?P<named>[a-z]+)|\{(?P<braced>[a-z]+)\}|(?P<invalid>))'
print(Braces('Hi @name, @{x}y @@').substitute(name='Ann', x='X'))
print(textwrap.wrap('The quick brown fox jumps over the lazy dog. ' * 3, width=30))
print(textwrap.dedent('''
    indented
      more
    back'''))
print(textwrap.fill('a-very-long-hyphenated-word and more words here', 12))
print(textwrap.shorten('Hello  world, how are you today?', width=20))

# Pattern.scanner
s = re.compile(r'\d*').scanner('12a3')
print(s.pattern, type(s).__name__)
print(s.match(), s.match(), s.match(), s.search(), s.search())
s = re.compile(r'a|b').scanner('xab', 1)
print(s.search(), s.search(), s.search(), s.match())
s = re.compile(r'\w+').scanner('ab cd  ef')
print([m.group() for m in iter(s.search, None)])

# argument errors: module functions are Python functions, methods C functions in CPython
p = re.compile('a')
tests = [lambda: re.compile('a', 'x'), lambda: re.sub('a'), lambda: re.match(), lambda: p.match(string='xa'),
         lambda: p.sub(repl='x', string='a'), lambda: re.findall(pattern='a', string='aa'), lambda: p.search('a', pos=0, endpos=1),
         lambda: p.match('a', 0, 1, 2), lambda: p.match('a', foo=1), lambda: re.split('a', 'bab', maxsplit=1),
         lambda: re.sub('a', 'b', 'aaa', count=1, flags=0), lambda: re.escape(5), lambda: re.purge(1),
         lambda: re.compile('a').findall(), lambda: re.Match(), lambda: re.Pattern(), lambda: p.fullmatch('a', endpos=0),
         lambda: re.match('a', 'a', 0, 1), lambda: re.sub('a', 'b', 'c', 1, 0, 0), lambda: re.compile('a', flags=0, pattern='b'),
         lambda: re.search('a', 'a', flag=1), lambda: p.split('a', maxsplit=1, x=2), lambda: re.match('(a)', 'a').group(1, x=2)]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)

# what re.compile accepts as a pattern
for pat in [bytearray(b'a+'), memoryview(b'a+'), [1], 5, None, {}]:
    try:
        re.compile(pat)
    except TypeError as e:
        print('TypeError', e)
class S(str):
    pass
c = re.compile(S('x+'))
print(c, type(c.pattern).__name__, c == re.compile('x+'), re.compile('a') == re.compile(b'a'), re.compile('a') == 'a')
