# fnmatch, glob, shutil, tempfile in a temporary directory
import fnmatch, glob, os, tempfile, shutil
for p in ['*.py', 'a?c', '[!abc]x', '[a-z]*', 'a*b*c', '[]]', '[!]]', 'x[', '*', '**', 'a.b', 'a+b(c)', '[\\]', '[a-]', 'é*', '[z-a]', '[!a-c-z]']:
    print(repr(p), repr(fnmatch.translate(p)))
print(fnmatch.fnmatch('A.PY', '*.py'), fnmatch.fnmatchcase('A.PY', '*.py'), fnmatch.filter(['a.py','b.txt','c.py'], '*.py'))
print(fnmatch.fnmatch('x\ny', 'x*'), fnmatch.fnmatch('abc', '[a-c]*'), fnmatch.fnmatch(']', '[]]'), fnmatch.fnmatch('a', '[!]]'), fnmatch.fnmatch('x[', 'x['), fnmatch.fnmatch('b', '[!a-c-z]'), fnmatch.fnmatch('-', '[a-]'))
with tempfile.TemporaryDirectory() as d:
    os.chdir(d)
    for n in ['a.py', 'b.py', 'c.txt', '.hidden.py', 'sub/d.py', 'sub/deep/e.py', 'sub/f.txt']:
        os.makedirs(os.path.dirname(n) or '.', exist_ok=True)
        with open(n, 'w') as f: f.write(n)
    print(sorted(glob.glob('*.py')), sorted(glob.glob('**/*.py', recursive=True)), sorted(glob.glob('sub/*')), sorted(glob.glob('*.py', include_hidden=True)), glob.glob('nope*'), sorted(glob.glob('s?b/*.txt')))
    print(sorted(glob.glob('**', recursive=True)), glob.escape('a*b?[c]'), sorted(glob.glob(os.path.join(d, '*.txt')))[0].endswith('c.txt'))
    shutil.copy('a.py', 'a2.py'); print(open('a2.py').read())
    shutil.copytree('sub', 'sub2'); print(sorted(os.listdir('sub2')), open('sub2/deep/e.py').read())
    shutil.move('sub2', 'sub3'); print(os.path.exists('sub2'), os.path.isdir('sub3'))
    shutil.rmtree('sub3'); print(os.path.exists('sub3'))
    try: shutil.copyfile('a.py', 'a.py')
    except shutil.SameFileError as e: print(type(e).__name__, e)
    fd, p = tempfile.mkstemp(suffix='.x', dir=d); os.write(fd, b'hi'); os.close(fd); print(open(p).read(), p.endswith('.x'), os.path.dirname(p) == d)
    with tempfile.NamedTemporaryFile('w+', suffix='.t', dir=d, delete=True) as t:
        t.write('abc'); t.seek(0); print(t.read(), os.path.exists(t.name))
    print(os.path.exists(t.name))
    t = tempfile.TemporaryFile(); t.write(b'xyz'); t.seek(0); print(t.read()); t.close()
    print(shutil.which('sh') is not None, shutil.which('nope-no-such-cmd'), len(shutil.disk_usage('.')) == 3, shutil.get_terminal_size((11, 22)))
    os.chdir('/')
