# pathlib: pure path arithmetic and file-system operations in the temp directory
from pathlib import Path, PurePath, PurePosixPath, PosixPath
import os

p = Path('a/b') / 'c.tar.gz'
print(p, repr(p), p.name, p.suffix, p.suffixes, p.stem, p.parent, p.parts, list(p.parents), p.parents[0], p.parents[-1], p.anchor, repr(p.root), repr(p.drive))
print(Path(), Path(''), Path('/'), Path('//x'), Path('///x'), Path('a//b/./c/'), Path('/a', '/b', 'c'), PurePath('x'), repr(PurePosixPath('x/y')), 'a' / Path('b'), type(Path('x')).__name__)
print(p.with_name('z.txt'), p.with_suffix('.zip'), p.with_stem('q'), Path('x.py').with_suffix(''), p.as_posix(), Path('/a b').as_uri(), str(p), os.fspath(p), bytes(Path('b')))
print(Path('/a/b/c').relative_to('/a'), Path('/a/b').is_relative_to('/a'), Path('a').is_absolute(), Path('/a').is_absolute())
for f in [lambda: Path('a').relative_to('b'), lambda: Path('x').with_suffix('y'), lambda: Path('').with_name('x'), lambda: Path('/').with_suffix('.x'), lambda: Path('a').with_name(''), lambda: Path(3)]:
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(Path('a/b.py').match('*.py'), Path('/a/b.py').match('/*.py'), Path('a/b/c.py').match('b/*.py'), Path('a') == Path('a/'), Path('a') < Path('b'), hash(Path('a')) == hash(Path('a/')), sorted([Path('b'), Path('a/c'), Path('a')]))
print(Path('a').joinpath('b', 'c'), Path.cwd() == Path(os.getcwd()), Path('~').expanduser() == Path.home())
base = Path('work')
(base / 'sub' / 'deep').mkdir(parents=True)
(base / 'sub').mkdir(exist_ok=True)
for f in [lambda: (base / 'sub').mkdir(), lambda: (base / 'x' / 'y').mkdir(), lambda: (base / 'nope.txt').read_text(), lambda: (base / 'nope').rmdir()]:
    try:
        f()
    except OSError as e:
        print(type(e).__name__, e)
print((base / 'a.txt').write_text('héllo\nline2\n'), (base / 'a.txt').read_text(), (base / 'b.bin').write_bytes(b'\x00\x01'), (base / 'b.bin').read_bytes())
(base / 'sub' / 'c.py').write_text('x')
(base / 'sub' / 'deep' / 'd.py').write_text('y')
(base / '.hidden.py').touch()
print(sorted(x.name for x in base.iterdir()))
print(sorted(map(str, base.glob('*.py'))), sorted(map(str, base.glob('**/*.py'))), sorted(map(str, base.rglob('*.py'))), sorted(map(str, base.glob('**'))), sorted(map(str, base.glob('sub/*'))), sorted(map(str, base.glob('*/*/*.py'))))
a = base / 'a.txt'
print(a.exists(), a.is_file(), a.is_dir(), (base / 'sub').is_dir(), (base / 'nope').exists(), a.stat().st_size, a.resolve() == Path(os.path.realpath('work/a.txt')), a.absolute() == Path(os.getcwd()) / 'work' / 'a.txt')
b = a.rename(base / 'a2.txt')
print(b, a.exists(), b.exists(), b.replace(base / 'a3.txt'))
(base / 'a3.txt').unlink()
(base / 'a3.txt').unlink(missing_ok=True)
try:
    (base / 'a3.txt').unlink()
except FileNotFoundError as e:
    print('FileNotFoundError', e)
with (base / 'w.txt').open('w') as f:
    f.write('line1\nline2\n')
with (base / 'w.txt').open() as f:
    print(f.readlines())
for bad in [lambda: (base / 'w.txt').write_text(b'x'), lambda: (base / 'w.txt').write_bytes('x')]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
print(sorted(str(q.relative_to(base)) for q in base.rglob('*')))
