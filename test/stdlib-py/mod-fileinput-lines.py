# fileinput: iterating over several files and stdin, the position functions, nextfile,
# inplace editing with a backup, binary mode, hooks and errors.
import fileinput
import io
import os
import sys

with open('fi_a.tmp', 'w') as f:
    f.write('alpha 1\nalpha 2\n')
with open('fi_b.tmp', 'w') as f:
    f.write('beta 1\nbeta 2\nbeta 3')
with open('fi_empty.tmp', 'w') as f:
    pass

for line in fileinput.input(['fi_a.tmp', 'fi_empty.tmp', 'fi_b.tmp'], encoding='utf-8'):
    print(fileinput.filename(), fileinput.lineno(), fileinput.filelineno(),
          fileinput.isfirstline(), fileinput.isstdin(), repr(line))
print(fileinput.lineno())
fileinput.close()
try:
    fileinput.lineno()
except RuntimeError as e:
    print('RuntimeError', e)

# stdin as '-' (and as the default when sys.argv has no files)
sys.stdin = io.StringIO('from stdin\nsecond\n')
with fileinput.input(['fi_a.tmp', '-'], encoding='utf-8') as f:
    for line in f:
        print(f.filename(), f.isstdin(), f.lineno(), line.rstrip())
sys.stdin = io.StringIO('only stdin\n')
sys.argv = ['prog']
print(list(fileinput.input()))
fileinput.close()

# nextfile skips the rest of a file
with fileinput.FileInput(['fi_b.tmp', 'fi_a.tmp'], encoding='utf-8') as f:
    for line in f:
        print(f.filename(), line.rstrip())
        if f.filelineno() == 1 and f.filename() == 'fi_b.tmp':
            f.nextfile()

# inplace editing: print() goes to the file; the backup is kept when asked for
for line in fileinput.input('fi_a.tmp', inplace=True, backup='.orig', encoding='utf-8'):
    print(line.rstrip().upper() + '!')
print(open('fi_a.tmp').read(), end='')
print(open('fi_a.tmp.orig').read(), end='')
for line in fileinput.input('fi_a.tmp', inplace=True, encoding='utf-8'):
    sys.stdout.write(line.replace('!', '?'))
print(open('fi_a.tmp').read(), end='', flush=True)
print(os.path.exists('fi_a.tmp.bak'))

print(list(fileinput.input('fi_b.tmp', mode='rb')))
fileinput.close()
print(list(fileinput.input('fi_b.tmp', openhook=fileinput.hook_encoded('utf-8'))))
fileinput.close()
fileinput.input('fi_b.tmp', encoding='utf-8')
next(fileinput._state)
try:
    fileinput.input('fi_b.tmp', encoding='utf-8')
except RuntimeError as e:
    print('RuntimeError', e)
fileinput.close()
for kwargs in [dict(mode='w'), dict(inplace=True, openhook=fileinput.hook_encoded('utf-8')),
               dict(openhook=5)]:
    try:
        fileinput.FileInput('fi_b.tmp', **kwargs)
    except ValueError as e:
        print('ValueError', e)
for name in ['fi_a.tmp', 'fi_a.tmp.orig', 'fi_b.tmp', 'fi_empty.tmp']:
    os.remove(name)
try:
    list(fileinput.input('fi_missing.tmp', encoding='utf-8'))
except FileNotFoundError as e:
    print('FileNotFoundError', e)
