# pathlib.PureWindowsPath: drives, UNC shares, joining, case-insensitive comparison
from pathlib import PureWindowsPath as W
for a in [('c:/a','d:b'),('c:/a','c:b'),('c:/a','/b'),('//server/share',),('//server/share/x',),('c:',),('c:a/b',),('/x',),('a\\b','c'),('C:/A','c:/a/B'), ('c:/Program Files/App/app.exe',), ('C:\\Users\\ann', 'docs'), ('.',), ('',)]:
    p = W(*a); print(a, str(p), repr(p), p.drive, p.root, p.anchor, p.parts, p.is_absolute(), p.parent, p.name, p.stem, p.suffix)
print(W('C:/A/b').relative_to('c:/a'), W('c:/x/CON.txt').is_reserved(), W('c:/x/con').is_reserved(), W('x/a.txt').is_reserved(), W('a/b').match('*.PY'), W('a/b.py').match('*.PY'), W('c:/a/b.py').match('c:/*/*.py'))
for f in [lambda: W('a').with_name('x\\y'), lambda: W('c:/a').relative_to('d:/'), lambda: W('a').with_suffix('.x\\y'), lambda: W('c:/').with_name('q')]:
    try: print(f())
    except ValueError as e: print("ValueError:", e)
print(sorted([W('b'), W('A'), W('a/c')]), W('A') == W('a'), hash(W('A')) == hash(W('a')), W('c:/x y').as_uri(), W('x.tar.gz').suffixes, W('c:/').parent, repr(W('c:/').name), list(W('c:/a/b').parents))
print(W('c:/a') / 'b' / 'c.txt', 'd:/' / W('x'), W('c:/a').joinpath('d:/z'), W('c:/a/b.txt').with_name('q.md'), W('c:/a/b.txt').with_suffix('.py'), W('c:/a/b.txt').with_stem('zz'), W('//srv/share/f.txt').as_uri())
from pathlib import WindowsPath, PurePosixPath
try: WindowsPath('x')
except Exception as e: print(type(e).__name__, e)
print(W('a/b') == PurePosixPath('a/b'), str(PurePosixPath('a\\b')), W(PurePosixPath('x/y')))
