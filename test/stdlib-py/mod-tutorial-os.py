# os module tour: environment, paths, files and directories, process info
import os
import stat
import tempfile

os.environ["TUTORIAL_MODE"] = "on"
print(os.environ["TUTORIAL_MODE"], os.getenv("TUTORIAL_MODE"), os.getenv("NOT_SET_X", "default"), "TUTORIAL_MODE" in os.environ)
del os.environ["TUTORIAL_MODE"]
print(os.environ.get("TUTORIAL_MODE"), os.getenv("NOT_SET_X"))
os.putenv("PUT_ONLY", "1") if hasattr(os, "putenv") else None
print(os.name, os.sep, os.linesep == "\n", os.pathsep, os.devnull, type(os.cpu_count()).__name__)
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "notes.txt")
    fd = os.open(p, os.O_WRONLY | os.O_CREAT, 0o644)
    print(os.write(fd, b"first line\n"), os.write(fd, "second ✓\n".encode()))
    os.close(fd)
    fd = os.open(p, os.O_RDONLY)
    print(os.read(fd, 5), os.lseek(fd, 0, os.SEEK_SET), os.read(fd, 100))
    os.close(fd)
    st = os.stat(p)
    print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), oct(stat.S_IMODE(st.st_mode)), stat.filemode(st.st_mode))
    os.chmod(p, 0o600)
    print(oct(os.stat(p).st_mode & 0o777), os.access(p, os.R_OK), os.access(os.path.join(d, "none"), os.F_OK))
    os.mkdir(os.path.join(d, "sub"))
    os.makedirs(os.path.join(d, "a", "b", "c"))
    try:
        os.mkdir(os.path.join(d, "sub"))
    except FileExistsError as e:
        print("FileExistsError:", e.errno, e.strerror, os.path.basename(e.filename))
    try:
        os.rmdir(os.path.join(d, "a"))
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
    with open(os.path.join(d, "sub", "x.py"), "w") as f:
        f.write("pass\n")
    print(sorted(os.listdir(d)))
    entries = sorted(os.scandir(d), key=lambda e: e.name)
    print([(e.name, e.is_dir(), e.is_file()) for e in entries])
    for root, dirs, files in os.walk(d):
        dirs.sort()
        rel = os.path.relpath(root, d)
        print(rel, dirs, sorted(files))
    for root, dirs, files in os.walk(d, topdown=False):
        print("bottom-up", os.path.relpath(root, d))
    os.replace(p, os.path.join(d, "renamed.txt"))
    print(os.path.exists(p), os.path.isfile(os.path.join(d, "renamed.txt")))
    os.symlink(os.path.join(d, "renamed.txt"), os.path.join(d, "link"))
    print(os.path.islink(os.path.join(d, "link")), os.readlink(os.path.join(d, "link")) == os.path.join(d, "renamed.txt"), os.path.realpath(os.path.join(d, "link")) == os.path.realpath(os.path.join(d, "renamed.txt")))
    os.unlink(os.path.join(d, "link"))
    os.remove(os.path.join(d, "renamed.txt"))
    try:
        os.remove(os.path.join(d, "renamed.txt"))
    except FileNotFoundError as e:
        print("FileNotFoundError:", e.errno, e.strerror)
    size = sum(os.path.getsize(os.path.join(r, f)) for r, _, fs in os.walk(d) for f in fs)
    print("total size", size)
    cwd = os.getcwd()
    os.chdir(d)
    print(os.path.realpath(os.getcwd()) == os.path.realpath(d), os.path.abspath("q") == os.path.join(os.getcwd(), "q"))
    os.chdir(cwd)
print(type(os.getpid()).__name__, type(os.getuid()).__name__ if hasattr(os, "getuid") else "int", os.getcwd() == os.path.abspath("."))
print(os.path.splitext("/a/b.c/d"), os.path.splitext(".bashrc"), os.path.split("/"), os.path.split("file"), os.path.join("/a", "/b"), os.path.join("a", ""))
print(os.path.normcase("A/B"), os.path.expandvars("$HOME") != "$HOME", os.path.expandvars("$NO_SUCH_VAR_Z/x"), os.fspath("p"), os.path.basename("dir/"))
print(os.strerror(2), os.strerror(13), os.urandom(4).__class__.__name__, len(os.urandom(4)))
print(os.path.getmtime(__file__) > 0, isinstance(os.times().user, float) if hasattr(os, "times") else True, os.get_terminal_size if False else "")
try:
    os.listdir("/definitely/not/here")
except FileNotFoundError as e:
    print(e)
try:
    open("/definitely/not/here.txt")
except OSError as e:
    print(type(e).__name__, e)
# os.lseek on a descriptor from os.open: SEEK_SET/CUR/END, writes past the end, O_APPEND
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "f.bin")
    fd = os.open(p, os.O_RDWR | os.O_CREAT)
    os.write(fd, b"0123456789")
    print(os.lseek(fd, 0, os.SEEK_CUR), os.lseek(fd, -3, os.SEEK_END), os.read(fd, 10), os.lseek(fd, 2, os.SEEK_SET))
    os.write(fd, b"AB"); print(os.lseek(fd, 0, os.SEEK_CUR)); os.lseek(fd, 0, 0); print(os.read(fd, 100))
    os.lseek(fd, 15, 0); os.write(fd, b"Z"); os.lseek(fd, 0, 0); print(os.read(fd, 100))
    try: os.lseek(fd, -1, 0)
    except OSError as e: print(type(e).__name__, e.errno)
    os.close(fd)
    fd = os.open(p, os.O_WRONLY | os.O_APPEND)
    os.write(fd, b"++"); print(os.lseek(fd, 0, os.SEEK_CUR)); os.close(fd)
    with open(p, "rb") as f: print(f.read())
