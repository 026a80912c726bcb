# File handling in a scripting course: pathlib, os, shutil, glob and tempfile on a real temp dir.
import glob
import os
import os.path
import shutil
import tempfile
from pathlib import Path, PurePosixPath

root = Path(tempfile.mkdtemp(prefix="course-"))
def rel(p):
    return str(Path(p).relative_to(root)) if Path(p).is_absolute() else str(p)

(root / "src").mkdir()
(root / "src" / "pkg").mkdir(parents=True, exist_ok=True)
(root / "docs" / "api").mkdir(parents=True)
(root / "src" / "main.py").write_text("print('hi')\n")
(root / "src" / "pkg" / "__init__.py").write_text("")
(root / "src" / "pkg" / "util.py").write_text("X = 1\nY = 2\n")
(root / "docs" / "index.md").write_text("# Title\n\nbody\n", encoding="utf-8")
(root / "data.bin").write_bytes(bytes(range(8)))
print(sorted(rel(p) for p in root.iterdir()))
print(sorted(rel(p) for p in root.rglob("*.py")))
print(sorted(rel(p) for p in root.glob("*/*")))
print(sorted(rel(p) for p in root.glob("**/")))
print(sorted(rel(p) for p in (root / "src").glob("**/*.py")))
print((root / "src" / "main.py").read_text(), (root / "data.bin").read_bytes(), (root / "data.bin").stat().st_size)
try:
    (root / "src").mkdir()
except FileExistsError as e:
    print("FileExistsError:", e.errno, e.strerror, rel(e.filename))
try:
    (root / "nope" / "x").mkdir()
except FileNotFoundError as e:
    print("FileNotFoundError:", e.strerror)
try:
    (root / "missing.txt").read_text()
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror)
try:
    (root / "src").rmdir()
except OSError as e:
    print(type(e).__name__, e.strerror)
try:
    (root / "src").read_text()
except IsADirectoryError as e:
    print("IsADirectoryError:", e.strerror)
p = root / "src" / "main.py"
print(p.exists(), p.is_file(), p.is_dir(), p.suffix, p.stem, p.name, rel(p.parent), p.parts[-2:])
print(p.with_suffix(".txt").name, p.with_name("other.py").name, p.with_stem("entry").name)
q = p.rename(root / "src" / "app.py")
print(rel(q), p.exists(), q.exists())
q.replace(root / "app.py")
print(sorted(x.name for x in root.iterdir() if x.is_file()))
(root / "app.py").unlink()
try:
    (root / "app.py").unlink()
except FileNotFoundError as e:
    print("unlink again:", e.strerror)
(root / "app.py").unlink(missing_ok=True)
(root / "src" / "empty").touch()
print((root / "src" / "empty").stat().st_size, (root / "src" / "empty").exists())

with open(root / "notes.txt", "w") as f:
    f.write("alpha\nbeta\n")
with open(root / "notes.txt", "a") as f:
    print("gamma", file=f)
with open(root / "notes.txt") as f:
    print([line.rstrip() for line in f])
with (root / "notes.txt").open() as f:
    print(f.readline(), f.read(3), f.tell())

print(sorted(os.listdir(root)))
print(sorted(rel(x) for x in glob.glob(str(root / "**" / "*.md"), recursive=True)))
print(sorted(rel(x) for x in glob.glob(os.path.join(root, "*", "")))
print(sorted(os.path.basename(x) for x in glob.glob(os.path.join(root, "src", "pkg", "[a-z]*.py"))))
print(sorted(glob.glob("*.py", root_dir=root / "src" / "pkg")), glob.escape("a[b]*?"))
for dirpath, dirnames, filenames in sorted(os.walk(root)):
    dirnames.sort()
    print(rel(dirpath) if dirpath != str(root) else ".", sorted(dirnames), sorted(filenames))

shutil.copy(root / "notes.txt", root / "docs")
shutil.copy2(root / "notes.txt", root / "notes-copy.txt")
shutil.copytree(root / "src", root / "src-backup", ignore=shutil.ignore_patterns("__init__.py"))
print(sorted(rel(x) for x in (root / "src-backup").rglob("*")))
try:
    shutil.copytree(root / "src", root / "src-backup")
except FileExistsError as e:
    print("FileExistsError:", e.strerror)
shutil.copytree(root / "src", root / "src-backup", dirs_exist_ok=True)
print(sorted(rel(x) for x in (root / "src-backup").rglob("*.py")))
shutil.move(str(root / "notes-copy.txt"), str(root / "docs" / "moved.txt"))
print(sorted(os.listdir(root / "docs")))
shutil.rmtree(root / "src-backup")
print((root / "src-backup").exists())
try:
    shutil.rmtree(root / "not-there")
except FileNotFoundError as e:
    print("FileNotFoundError:", e.strerror)
archive = shutil.make_archive(str(root / "bundle"), "zip", root / "docs") if False else None
print(shutil.which("definitely-not-a-command-xyz"), shutil.get_terminal_size((80, 24)).columns > 0)

with tempfile.TemporaryDirectory() as tmp:
    t = Path(tmp)
    print(t.exists(), t.is_dir())
    with tempfile.NamedTemporaryFile("w+", dir=tmp, suffix=".log", delete=False) as nf:
        nf.write("logged\n")
        nf.seek(0)
        print(nf.read(), Path(nf.name).suffix, Path(nf.name).parent == t)
    print(Path(nf.name).read_text())
print(t.exists())
with tempfile.TemporaryFile() as tf:
    tf.write(b"bytes here")
    tf.seek(0)
    print(tf.read())
fd, name = tempfile.mkstemp(suffix=".dat", prefix="x")
os.write(fd, b"raw")
os.close(fd)
print(Path(name).name.startswith("x"), Path(name).read_bytes())
os.remove(name)
print(os.path.exists(name), tempfile.gettempdir() == tempfile.gettempdir())

print(PurePosixPath("/usr/lib/python3.11/os.py").parts, PurePosixPath("a/b/../c").parts, PurePosixPath("/a") / "b" / "/c")
print(PurePosixPath("archive.tar.gz").suffixes, PurePosixPath("archive.tar.gz").stem, PurePosixPath(".bashrc").suffix)
print(PurePosixPath("/a/b/c").relative_to("/a"), PurePosixPath("a/b").match("*/b"), PurePosixPath("a/b").is_relative_to("a"))
try:
    PurePosixPath("/a/b").relative_to("/c")
except ValueError as e:
    print("ValueError:", e)
try:
    PurePosixPath("a").with_suffix("txt")
except ValueError as e:
    print("ValueError:", e)
try:
    PurePosixPath("/").with_name("x")
except ValueError as e:
    print("ValueError:", e)
print(repr(PurePosixPath("x/y")), PurePosixPath("x") == PurePosixPath("x/"), PurePosixPath("/a/b").parent.parent, list(PurePosixPath("/a/b/c").parents))
print(os.path.join("a", "b", "/c", "d"), os.path.split("/x/y/z.txt"), os.path.splitext("a/b.tar.gz"), os.path.splitext(".hidden"))
print(os.path.normpath("a//b/./c/../d"), os.path.basename("/x/"), os.path.dirname("/x/y"), os.path.isabs("x"), os.path.commonprefix(["/usr/lib", "/usr/local"]), os.path.commonpath(["/usr/lib", "/usr/local"]))
print(os.path.relpath("/a/b/c", "/a/d"), os.path.expanduser("~") != "~", os.sep, os.pathsep, os.curdir, os.extsep)
shutil.rmtree(root)
print(root.exists())
