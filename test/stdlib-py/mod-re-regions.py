# pos/endpos regions on every Pattern method, and anchors/lookarounds at their edges.
import re

p = re.compile(r'\w+')
s = 'ab cd ef gh'
for pos, endpos in [(0, 11), (3, 8), (4, 4), (-5, 100), (9, 3), (2, 5), (11, 11), (0, 2**62)]:
    print(pos, endpos, p.findall(s, pos, endpos), [m.span() for m in p.finditer(s, pos, endpos)],
          p.match(s, pos, endpos), p.search(s, pos, endpos), p.fullmatch(s, pos, endpos))
print(p.findall(s, pos=3), p.findall(s, endpos=4), list(p.finditer(s, endpos=2)))
m = p.search(s, 3, 8)
print(m.pos, m.endpos, m.string, m.re is p)

print(re.compile(r'^\w').findall('ab\ncd', 1), re.compile(r'(?m)^\w').findall('ab\ncd', 1, 4))
print(re.compile(r'\w$').search('abc', 0, 2), re.compile(r'\w\Z').search('abc', 0, 2), re.compile(r'\Ab').search('ab', 1))
print(re.compile(r'\b\w').findall('abc def', 1), re.compile(r'\B\w').findall('abc def', 1, 6))
print(re.compile(r'(?<=a)b').search('ab', 1), re.compile(r'(?<!a)b').search('ab', 1), re.compile(r'b(?=c)').search('abc', 0, 2))
print(re.compile(r'.*').fullmatch('abcdef', 2, 4), re.compile(r'x*').findall('xxaxx', 1, 4), re.compile(r'').findall('abc', 1, 2))
print(re.compile(r'(a)|b').findall('ab', 1), re.compile(r'(\d)(\d)?').search('a1', 1).groups())
for bad in [lambda: p.match(s, 1.5), lambda: p.search(s, 'x'), lambda: p.findall(s, None), lambda: p.match(s, 0, 1.0)]:
    try:
        print(bad())
    except TypeError as e:
        print('TypeError', e)
try:
    p.search(s, 0, 2**70)
except OverflowError as e:
    print('OverflowError', e)
# bytes and astral characters with regions
print(re.compile(rb'\d').findall(b'a1b2c3', 2, 5), re.compile('.').findall('a\U0001F600b\U0001F600', 1, 3))
print(re.compile('b').search('\U0001F600\U0001F600b', 1), re.compile('b').search('\U0001F600\U0001F600b', 3))
for f in [lambda: re.sub('a', 'b', 'aaa', 2**70), lambda: re.split('a', 'aaa', 2**70), lambda: re.sub('a', 'b', 'aaa', -1),
          lambda: re.subn('a', 'b', 'aaa', -3), lambda: re.split('a', 'bab', -2), lambda: re.sub('a', 'b', 'aaa', 2**62)]:
    try:
        print(f())
    except OverflowError as e:
        print('OverflowError', e)
