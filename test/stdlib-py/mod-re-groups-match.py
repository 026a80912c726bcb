# Match objects: group access, defaults, spans, lastindex/lastgroup, repr, regs.
import re

m = re.match(r'(?P<first>\w+) (?P<last>\w+)(?P<tail> jr)?', 'Malcolm Reynolds')
print(m.group(), m.group(0), m.group(1), m.group('last'), m.group(1, 'last', 0))
print(m[0], m['first'], m[2], m.groups(), m.groups('-'), m.groupdict(), m.groupdict(default='?'))
print(m.start(), m.end(), m.span(), m.start(2), m.end('first'), m.span('tail'), m.start(3), m.end('tail'))
print(m.lastindex, m.lastgroup, m.regs, m.re.pattern, m.string, m.pos, m.endpos)
print(bool(m), m.group(3), m.groups(default=0))
for bad in (4, -1, 'nope', 1.0, None):
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', bad, e)
try:
    m['x']
except IndexError as e:
    print('IndexError', e)
try:
    m.start(9)
except IndexError as e:
    print('IndexError', e)
print(m.group(True))

# lastindex / lastgroup
for pat, s in [(r'(a)b', 'ab'), (r'((a)b)', 'ab'), (r'(a)(b)', 'ab'), (r'(a)|(b)', 'b'), (r'(a)(b)?', 'a'),
               (r'(?P<x>a)(?P<y>b)?', 'ab'), (r'(a)(x*)', 'a'), (r'a', 'a'), (r'((a)|b)+', 'ab'), (r'(?P<o>(?P<i>a))', 'a')]:
    mm = re.match(pat, s)
    print(pat, mm.lastindex, mm.lastgroup)

# repr
print(re.match('.*', 'x' * 100))
print(re.match('.*', 'é' * 10), re.match(b'.*', b'\x00ab'), re.search('', 'abc'))
print(re.match('.*', "it's"), re.match(r'.*', 'tab\there'))
print(repr(re.match('(a)', 'a')))

# nested and repeated groups
m = re.match(r'((\d)+)-(\d)?', '123-')
print(m.groups(), m.span(1), m.span(2), m.span(3))
print(re.match(r'(?:(a)|b)+', 'ab').groups(), re.match(r'(a|b)*', 'abba').group(1))
print(re.match(r'(a|)*', 'aa').groups(), re.match(r'(a*)+', 'aab').groups(), re.match(r'(a*)*', 'aab').span(1))
print(re.match(r'(?:a|(b))*', 'ab').groups(), re.match(r'(a?)*?b', 'aab').groups())
print(re.match(r'(\w+?)(\d*)$', 'abc123').groups(), re.match(r'(x)?y', 'y').span(1))
print(re.match(r'(?P<a>.)(?P=a)', 'xx'), re.match(r'(?P<a>.)(?P=a)', 'xy'), re.match(r'(.)\1\1', 'aaa'))
print(re.match(r'(a)|\1', 'x'), re.match(r'(?:(a)|x)\1?', 'x').group())

# copies and Match methods via the class
import copy
m = re.match('a', 'a')
print(copy.copy(m) is m, copy.deepcopy(m) is m, re.Match.group(m), re.Pattern.match(re.compile('a'), 'a'))

# findall with groups + groupdict
text = 'John: 25, Jane: 31, Bob: x'
print([mm.groupdict() for mm in re.finditer(r'(?P<name>\w+): (?P<age>\d+)', text)])
print(re.findall(r'(\w+): (\d+)?', text))
print(re.search(r'(?P<n>\d+)', 'abc').__class__ if re.search(r'(?P<n>\d+)', 'abc') else 'no match')

# lastindex when several groups end at the same place: the one closed last
for pat, s in [(r'(((?![ab]{,2})+|[ab]?)|(\w??|\b){2,}?)??(\w??)+?\2', 'c'), (r'((x)?)??(y?)+?', 'c'), (r'(a)??(b?)+?', 'c'),
               (r'((a)(b))', 'ab'), (r'((a)(b)?)(c)?', 'ab'), (r'(?:(a)|(b))+', 'ab')]:
    mm = re.match(pat, s, re.I)
    print(pat, mm.regs, mm.lastindex)
