# open(): modes, text and binary, newlines, encodings, seek/tell, errors — in the current (temp) directory
import os

with open('a.txt', 'w') as f:
    print(f.write('hello\n'), f.write('wörld\r\nthird\rlast'), f.name, f.mode, f.encoding, f.closed)
print(f.closed)
with open('a.txt') as f:
    print(repr(f.read()))
with open('a.txt', newline='') as f:
    print(f.readlines())
with open('a.txt', newline='\r') as f:
    print(list(f))
with open('a.txt', 'rb') as f:
    print(f.read(), f.tell())
with open('a.txt', encoding='latin-1') as f:
    print(repr(f.readline()), repr(f.readline()))
with open('a.txt') as f:
    print(repr(f.read(3)), f.tell(), repr(f.readline()), f.tell(), repr(f.readline(4)), f.tell())
    f.seek(0)
    print(repr(f.readline()), f.seek(0, 2), repr(f.read()))

with open('a.txt', 'a') as f:
    print(f.tell())
    f.write('\nappended')
with open('a.txt') as f:
    print(f.read().splitlines())

with open('b.bin', 'wb') as f:
    print(f.write(bytes(range(256))), f.write(bytearray(b'xyz')), f.tell())
with open('b.bin', 'rb') as f:
    print(f.read(4), f.read1(2), f.tell(), f.seek(-3, 2), f.read(), f.seek(10), f.readline()[:3], f.peek(1)[:1])
with open('b.bin', 'r+b') as f:
    f.seek(2)
    f.write(b'AB')
    f.seek(0)
    print(f.read(5), f.truncate(8), f.seek(0, 2))
print(os.path.getsize('b.bin'))

with open('c.txt', 'w+') as f:
    f.write('one\ntwo\nthree\n')
    f.seek(0)
    print([line.rstrip() for line in f])
    f.seek(4)
    print(repr(f.read(3)))
with open('c.txt', 'r+') as f:
    print(repr(f.readline()))
    f.write('XX')
with open('c.txt') as f:
    print(repr(f.read()))

with open('x.txt', 'x') as f:
    f.write('new')
try:
    open('x.txt', 'x')
except FileExistsError as e:
    print(type(e).__name__, e)

with open('crlf.txt', 'w', newline='\r\n') as f:
    f.write('a\nb\n')
print(open('crlf.txt', 'rb').read())
with open('u16.txt', 'w', encoding='utf-16') as f:
    f.write('hi é')
    f.write('!')
print(open('u16.txt', 'rb').read(), open('u16.txt', encoding='utf-16').read())
with open('sig.txt', 'w', encoding='utf-8-sig') as f:
    f.write('bom')
print(open('sig.txt', 'rb').read(), repr(open('sig.txt', encoding='utf-8-sig').read()), repr(open('sig.txt').read()))
with open('bad.txt', 'wb') as f:
    f.write(b'ok\xff\xfeend\n')
for errors in ['replace', 'ignore', 'surrogateescape', 'backslashreplace']:
    with open('bad.txt', errors=errors) as f:
        print(errors, repr(f.read()))
try:
    open('bad.txt').read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    with open('enc.txt', 'w', encoding='ascii') as f:
        f.write('é')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)

for name, mode, kw in [('missing.txt', 'r', {}), ('.', 'r', {}), ('.', 'w', {}), ('no/dir/f', 'w', {}),
                       ('a.txt', 'rw', {}), ('a.txt', 'z', {}), ('a.txt', 'rbt', {}), ('a.txt', 'r++', {}),
                       ('a.txt', '', {}), ('a.txt', 'rb', {'encoding': 'utf-8'}), ('a.txt', 'r', {'encoding': 'nope'}),
                       ('a.txt', 'r', {'newline': 'x'}), ('a.txt', 'r', {'buffering': 0}), (3.5, 'r', {}), ([], 'r', {})]:
    try:
        open(name, mode, **kw)
    except Exception as e:
        print(type(e).__name__, e)

f = open('a.txt')
f.close()
for op in [f.read, f.readline, lambda: f.write('x'), lambda: iter(f), f.tell]:
    try:
        op()
    except ValueError as e:
        print('ValueError', e)
with open('a.txt') as f:
    try:
        f.write('x')
    except OSError as e:
        print(type(e).__name__, type(e).__module__, e, isinstance(e, ValueError))
with open('w.txt', 'w') as f:
    for bad in [lambda: f.read(), lambda: f.write(b'x'), lambda: f.write(5)]:
        try:
            bad()
        except Exception as e:
            print(type(e).__name__, e)
with open('w.bin', 'wb') as f:
    try:
        f.write('text')
    except TypeError as e:
        print('TypeError', e)
    f.writelines([b'a', b'b'])
print(open('w.bin', 'rb').read())

f = open('never-closed.txt', 'w')
f.write('flushed when dropped')
del f
print(open('never-closed.txt').read())
open('oneliner.txt', 'w').write('written')
print(open('oneliner.txt').read(), os.path.getsize('oneliner.txt'))

big = ''.join(f'line {i}\n' for i in range(20000))
with open('big.txt', 'w') as f:
    f.write(big)
with open('big.txt') as f:
    n = 0
    for line in f:
        n += 1
    print(n, f.tell())
with open('big.txt', 'rb') as f:
    print(len(f.read()), sum(1 for _ in open('big.txt', 'rb')))
