# pathlib, os, os.path, shutil, glob, tempfile: organising files in a scratch directory
import os
import os.path
import shutil
import glob
import tempfile
from pathlib import Path, PurePosixPath

with tempfile.TemporaryDirectory(prefix="tut") as tmpname:
    root = Path(tmpname)
    print(root.exists(), root.is_dir(), root.name.startswith("tut"))
    (root / "docs").mkdir()
    (root / "src" / "pkg").mkdir(parents=True)
    (root / "src" / "pkg").mkdir(parents=True, exist_ok=True)
    try:
        (root / "docs").mkdir()
    except FileExistsError as e:
        print("FileExistsError", e.errno, e.strerror)
    readme = root / "README.md"
    print(readme.write_text("# Title\nline two\n"), readme.read_text().splitlines())
    (root / "src" / "pkg" / "__init__.py").write_text("")
    (root / "src" / "pkg" / "core.py").write_text("x = 1\n" * 3)
    (root / "src" / "main.py").write_text("print('hi')\n")
    (root / "docs" / "guide.txt").write_bytes(b"bytes\x00here")
    print((root / "docs" / "guide.txt").read_bytes(), (root / "docs/guide.txt").stat().st_size)
    rel = lambda p: p.relative_to(root).as_posix()
    print(sorted(rel(p) for p in root.iterdir()))
    print(sorted(rel(p) for p in root.glob("*.md")))
    print(sorted(rel(p) for p in root.rglob("*.py")))
    print(sorted(rel(p) for p in root.glob("**/*")))
    print(sorted(rel(p) for p in root.glob("src/*/*.py")))
    core = root / "src" / "pkg" / "core.py"
    print(core.name, core.stem, core.suffix, core.parent.name, rel(core.with_suffix(".txt")), core.with_name("x.py").name)
    print([p.name for p in core.relative_to(root).parents], core.relative_to(root).parts)
    print(core.is_file(), core.is_dir(), (root / "nope").exists(), core.exists())
    with core.open() as fh:
        print(len(fh.readlines()))
    with open(core, "a") as fh:
        fh.write("y = 2\n")
    print(core.read_text().count("\n"))
    new = core.rename(core.with_name("engine.py"))
    print(new.name, core.exists(), new.exists())
    backup = root / "backup"
    shutil.copytree(root / "src", backup)
    print(sorted(rel(p) for p in backup.rglob("*")))
    shutil.copy(readme, backup / "README.copy")
    shutil.copy2(readme, root / "docs")
    print(sorted(os.listdir(root / "docs")), (backup / "README.copy").read_text()[:7])
    shutil.move(str(backup / "README.copy"), str(root / "moved.md"))
    print((root / "moved.md").exists(), (backup / "README.copy").exists())
    shutil.rmtree(backup)
    print(backup.exists())
    (root / "moved.md").unlink()
    try:
        (root / "moved.md").unlink()
    except FileNotFoundError as e:
        print("FileNotFoundError:", type(e).__name__, e.errno)
    (root / "moved.md").unlink(missing_ok=True)
    empty = root / "empty"; empty.mkdir(); empty.rmdir(); print(empty.exists())
    old = os.getcwd()
    os.chdir(root)
    print(sorted(glob.glob("*")), sorted(glob.glob("**/*.py", recursive=True)), glob.glob("nothing*"))
    print(sorted(glob.glob("src/*")), sorted(glob.glob("docs/*.[tm][xd]*")))
    print(os.path.exists("README.md"), os.path.isfile("docs"), os.path.isdir("docs"), os.path.getsize("README.md"))
    for dirpath, dirnames, filenames in sorted(os.walk(".")):
        print(dirpath, sorted(dirnames), sorted(filenames))
    os.makedirs("a/b/c", exist_ok=True)
    os.rename("a/b/c", "a/b/d")
    print(os.listdir("a/b"), os.path.relpath("a/b/d", "a"))
    os.removedirs("a/b/d")
    print(os.path.exists("a"))
    os.chdir(old)
print(root.exists())
print(os.path.join("a", "b", "c.txt"), os.path.split("/x/y/z.py"), os.path.splitext("arch.tar.gz"))
print(os.path.basename("/x/y/z.py"), os.path.dirname("/x/y/z.py"), os.path.normpath("a//b/../c/./d"))
print(os.path.isabs("/a"), os.path.isabs("a"), os.path.commonprefix(["/usr/lib", "/usr/local"]), os.path.commonpath(["/usr/lib", "/usr/local"]))
print(os.path.expanduser("~") == str(Path.home()), os.sep, os.extsep, os.curdir, os.pardir)
p = PurePosixPath("/home/user/data/report.final.csv")
print(p.suffixes, p.stem, p.anchor, p.root, p.parts, p.parent.parent, p.match("*.csv"), p.is_absolute())
print(Path("a/b").joinpath("c", "d"), Path("a") / "b" / "c", repr(PurePosixPath("x/y")), str(Path("/")))
print(PurePosixPath("a/b/c.txt").with_stem("d") if hasattr(PurePosixPath, "with_stem") else "", Path("x.tar.gz").suffix)
print(sorted([Path("b"), Path("a/z"), Path("a")]), Path("a") == Path("a/"), Path("a/./b"), Path("a/../b"))
try:
    PurePosixPath("/a/b").relative_to("/c")
except ValueError as e:
    print("ValueError:", e)
fd, name = tempfile.mkstemp(suffix=".log")
os.write(fd, b"data"); os.close(fd)
print(os.path.getsize(name), name.endswith(".log")); os.remove(name)
with tempfile.NamedTemporaryFile("w+", suffix=".txt") as tf:
    tf.write("temp text"); tf.seek(0); print(tf.read(), os.path.exists(tf.name))
with tempfile.TemporaryFile() as tf:
    tf.write(b"abc"); tf.seek(0); print(tf.read())
sp = tempfile.SpooledTemporaryFile(max_size=10, mode="w+")
sp.write("hi"); sp.seek(0); print(sp.read()); sp.close()
print(os.path.isdir(tempfile.gettempdir()), type(os.getpid()).__name__, os.environ.get("NOPE_VAR", "unset"))
