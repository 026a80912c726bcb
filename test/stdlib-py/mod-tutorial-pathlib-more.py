from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath
import os, tempfile
w = PureWindowsPath("c:/Program Files/App/app.exe")
print(w, repr(w), w.drive, w.root, w.anchor, w.parts, w.name, w.suffix, w.parent, w.as_posix())
print(PureWindowsPath("C:\\Users\\ann") / "docs", PureWindowsPath("//server/share/x.txt").drive, PureWindowsPath("a/b") == PureWindowsPath("A/B"), PureWindowsPath("c:/x").is_absolute())
print(PurePath("a/b"), type(PurePath("a")).__name__, type(Path("a")).__name__, Path("a/b/c.txt").with_stem("z"), Path("/a/b").is_relative_to("/a"), Path("x/y").is_relative_to("z"))
print(Path("~").expanduser() == Path.home(), Path(".").resolve() == Path.cwd(), Path("a/../b").resolve() == Path.cwd() / "b", Path("/usr/../etc").resolve())
print(PurePosixPath("/a/b/c").relative_to("/a"), PurePosixPath("a/b").with_name("c.py"), PurePosixPath("a.tar.gz").stem, PurePosixPath("a.tar.gz").suffixes, PurePosixPath("/").parent, PurePosixPath(".").name == "")
print(PurePosixPath("/a/b").joinpath("/c"), PurePosixPath("a") / PurePosixPath("/b"), str(PurePosixPath("//a/b")), str(PurePosixPath("///a")), PurePosixPath("a//b/./c/"), hash(PurePosixPath("a")) == hash(PurePosixPath("a")))
print(PurePosixPath("a/b.py").match("*.py"), PurePosixPath("/a/b.py").match("/*.py"), PurePosixPath("a/b/c.py").match("b/*.py"), PurePosixPath("A.PY").match("*.py"))
try:
    PurePosixPath("a").with_suffix("txt")
except ValueError as e:
    print("ValueError:", e)
try:
    PurePosixPath("").with_name("x")
except ValueError as e:
    print("ValueError:", e)
with tempfile.TemporaryDirectory() as d:
    root = Path(d)
    f = root / "note.txt"
    f.touch()
    print(f.exists(), f.stat().st_size, f.is_file(), f.suffix, f.read_text() == "")
    f.write_text("héllo\nworld\n", encoding="utf-8")
    print(f.read_text(encoding="utf-8").splitlines(), f.read_bytes()[:3], f.stat().st_size)
    with f.open("a") as fh:
        fh.write("more\n")
    print(len(f.read_text().splitlines()), sum(1 for _ in f.open()))
    (root / "sub" / "deep").mkdir(parents=True)
    (root / "sub" / "a.py").write_text("x")
    (root / "sub" / "deep" / "b.py").write_text("y")
    print(sorted(p.relative_to(root).as_posix() for p in root.glob("**/*.py")), sorted(p.name for p in root.rglob("*")))
    print(sorted(p.name for p in (root / "sub").iterdir()), [p.name for p in root.glob("*.md")])
    link = root / "link.txt"
    link.symlink_to(f)
    print(link.is_symlink(), link.resolve() == f.resolve(), link.readlink() == f if hasattr(link, "readlink") else True, link.samefile(f))
    f2 = f.rename(root / "renamed.txt")
    print(f2.name, f.exists(), link.exists(), link.is_symlink())
    f3 = f2.replace(root / "final.txt")
    print(f3.exists(), f3.stat().st_mtime > 0, oct(f3.stat().st_mode)[-3:] in ("644", "664", "600"))
    f3.chmod(0o600); print(oct(f3.stat().st_mode & 0o777))
    print(f3.with_suffix(".bak").name, f3.parent == root, f3.anchor, len(f3.parts) > 2)
    try:
        (root / "sub").rmdir()
    except OSError as e:
        print(type(e).__name__, e.errno)
    try:
        Path(root / "missing.txt").read_text()
    except FileNotFoundError as e:
        print("FileNotFoundError:", e.strerror, Path(e.filename).name)
    print(Path(d).exists(), (root / "sub").is_dir(), bool(list((root / "sub").glob("*"))))
    os.chdir(d)
    print(Path("sub/a.py").absolute() == root.resolve() / "sub/a.py" or Path("sub/a.py").absolute().name, Path("sub/a.py").resolve().name, Path().absolute() == Path.cwd())
    print(sorted(str(p) for p in Path(".").glob("*")), sorted(str(p) for p in Path("sub").rglob("*.py")))
    os.chdir("/")
print(Path("a") < Path("b"), sorted([Path("b/a"), Path("a/b"), Path("a")]), Path("x").__fspath__(), os.fspath(Path("y")), f"{Path('z')}", bytes(Path("q")))
