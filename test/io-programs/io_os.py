# os and os.path in a temp directory: files, directories, walk, stat, rename, errors, environ
import os
import os.path
import stat

print(os.name, os.sep, os.curdir, os.pardir, os.extsep, repr(os.linesep), os.devnull, os.pathsep)
p = os.path
print(p.join('a', 'b', 'c.txt'), p.join('a', '/b'), p.join('a/', 'b'), p.join('', 'x'), p.join(b'a', b'b'))
print(p.split('/a/b/c'), p.split('c'), p.split('/'), p.split('a/b/'), p.splitext('f.tar.gz'), p.splitext('.bashrc'), p.splitext('a/.b.c'), p.splitext('noext'))
print(p.basename('/x/y.z'), p.dirname('/x/y.z'), p.dirname('y'), p.isabs('/a'), p.isabs('a'))
print(p.normpath('a//b/../c/./d/'), p.normpath('/../x'), p.normpath(''), p.normpath('//a/b'), p.normpath('///a'))
print(p.relpath('/a/b/c', '/a/x'), p.relpath('/a', '/a'), p.commonprefix(['/usr/lib', '/usr/local']), p.commonpath(['/usr/lib', '/usr/local']))
try:
    p.join('a', 1)
except TypeError as e:
    print('TypeError', e)
try:
    p.commonpath(['/a', 'b'])
except ValueError as e:
    print('ValueError', e)

os.makedirs('top/mid/leaf')
os.makedirs('top/mid', exist_ok=True)
for name in ['top/one.txt', 'top/mid/two.txt', 'top/mid/leaf/three.py']:
    with open(name, 'w') as f:
        f.write(name * 2)
print(sorted(os.listdir('top')), sorted(os.listdir()), os.path.exists('top'), os.path.isdir('top'), os.path.isfile('top/one.txt'))
print(os.path.getsize('top/one.txt'), os.path.exists('nope'), os.path.isfile('nope'), os.path.isdir('top/one.txt'), os.path.lexists('top'))
for root, dirs, files in os.walk('top'):
    dirs.sort()
    print(root, dirs, sorted(files))
for root, dirs, files in os.walk('top', topdown=False):
    print('up', root, sorted(dirs), sorted(files))
st = os.stat('top/one.txt')
print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(os.stat('top').st_mode), st[stat.ST_SIZE], len(st), type(st.st_mtime).__name__, type(st.st_mtime_ns).__name__)
with os.scandir('top') as it:
    print(sorted((e.name, e.path, e.is_dir(), e.is_file()) for e in it))
os.rename('top/one.txt', 'top/uno.txt')
os.replace('top/uno.txt', 'top/mid/uno.txt')
print(sorted(os.listdir('top/mid')))
os.remove('top/mid/uno.txt')
os.unlink('top/mid/two.txt')
for f, args in [(os.remove, ('nope',)), (os.rmdir, ('top',)), (os.mkdir, ('top',)), (os.listdir, ('nope',)), (os.remove, ('top',)),
                (os.stat, ('nope',)), (os.chdir, ('nope',)), (os.rmdir, ('nope',)), (os.makedirs, ('top',))]:
    try:
        f(*args)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename, e)
cwd = os.getcwd()
os.chdir('top')
print(sorted(os.listdir('.')), os.path.basename(os.getcwd()))
os.chdir(cwd)
print(os.getcwd() == cwd, os.path.abspath('x') == os.path.join(cwd, 'x'), os.path.realpath('top') == os.path.join(os.path.realpath(cwd), 'top'))
os.environ['PYGIL_IO_TEST'] = 'value'
print(os.environ['PYGIL_IO_TEST'], os.getenv('PYGIL_IO_TEST'), os.getenv('PYGIL_NOT_SET'), os.getenv('PYGIL_NOT_SET', 'd'), 'PYGIL_IO_TEST' in os.environ)
print(os.environ.get('PYGIL_IO_TEST'), os.environ.pop('PYGIL_IO_TEST'), os.environ.get('PYGIL_IO_TEST', 'gone'))
try:
    os.environ['PYGIL_NOT_SET']
except KeyError as e:
    print('KeyError', e)
try:
    os.environ['X'] = 1
except TypeError as e:
    print('TypeError', e)
print(len(os.urandom(8)), type(os.getpid()).__name__, os.cpu_count() >= 1, os.fspath('p'), os.path.expanduser('~') == os.environ.get('HOME'))
print(stat.filemode(0o100755), stat.filemode(0o40700), stat.S_IMODE(0o100644) == 0o644)
os.removedirs('top/mid/leaf') if False else None
import shutil
shutil.rmtree('top')
print(os.path.exists('top'))
