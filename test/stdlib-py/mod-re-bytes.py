# bytes patterns on bytes, bytearray and memoryview; ASCII semantics; LOCALE accepted for bytes.
import re

p = re.compile(rb'(?P<key>\w+)=(?P<val>\d+)')
m = p.search(b'xx ab=12 cd=3')
print(m, m.group(), m.group('key'), m.groups(), m.groupdict(), m.span('val'), m.string)
print(p.findall(b'a=1 b=2'), [x.group() for x in p.finditer(bytearray(b'k=9 j=8'))])
print(re.match(b'a', bytearray(b'abc')).group(), re.match(b'a', memoryview(b'abc')).group(), type(re.match(b'a', memoryview(b'abc')).string).__name__)
print(re.sub(rb'\d', b'#', b'a1b22'), re.sub(b'(a)', rb'\1\1', bytearray(b'banana')), re.subn(b'x', b'', b'xax'))
print(re.split(rb'[,;]', b'a,b;c'), re.split(rb'(,)', b'a,b'), re.escape(b'a.b*c\x00'), re.escape(b'\xff-'))
print(re.findall(rb'\w+', 'naïve'.encode()), re.findall(rb'\s', b'a\x1cb\x85c d\te'), re.findall(rb'\d', b'1\xd9\xa22'))
print(re.match(rb'\xe9', b'\xc9', re.I), re.match(rb'[a-z]+', b'ABC', re.I), re.match(rb'k', b'K', re.I), re.findall(rb'\W', b'a\xe9-'))
print(re.match(rb'.', b'\n'), re.match(rb'.', b'\n', re.S), re.findall(rb'(?m)^\w', b'a\nb'), re.search(rb'a$', b'a\n'))
print(re.compile(rb'\x41\101\n'), re.match(rb'\x41\101\n', b'AA\n'), re.match(rb'[\x00-\x7f]+', b'abc\x80'))
print(re.compile(b'a', re.L), re.match(b'a', b'A', re.L | re.I), re.compile(b'(?L)a').flags)
print(re.match(rb'(?P<q>.)(?P=q)', b'xx'), re.compile(rb'\bfoo\b').search(b'a foo.'), re.search(rb'\B', b'ab').span())
print(re.fullmatch(rb'[^\x00]+', b'\xff\xfe'), re.match(rb'\xff', b'\xff').group())
m = re.match(rb'(a)(b)?', b'a')
print(m.expand(rb'[\1][\2]'), m.groups(b'-'), repr(m), m[1], m.regs)

for bad in [lambda: re.compile(rb'\u0041'), lambda: re.compile(rb'\N{DIGIT ONE}'), lambda: re.compile(b'(?u)a'),
            lambda: re.compile(b'a', re.U), lambda: re.compile(b'a', re.A | re.L), lambda: re.search(b'a', 'a'),
            lambda: re.search('a', b'a'), lambda: re.sub(b'a', 'x', b'a'), lambda: re.compile(rb'\g'),
            lambda: re.compile(b'(?P<n>x)').sub(rb'\g<m>', b'x')]:
    try:
        print(bad())
    except (re.error, ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
