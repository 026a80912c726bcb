import zipfile
import io
import os
import tempfile

b = io.BytesIO()
with zipfile.ZipFile(b, 'w') as z:
    zi = zipfile.ZipInfo('a.txt', (2020, 1, 2, 3, 4, 6))
    z.writestr(zi, 'hello')
    z.writestr(zipfile.ZipInfo('d/'), '')
    z.writestr(zipfile.ZipInfo('ünï.txt', (2021, 5, 6, 7, 8, 10)), b'\x00\x01')
    print(repr(zi), zi.external_attr, zi.create_system, zi.create_version, zi.extract_version, zi.flag_bits)
print(b.getvalue())
z = zipfile.ZipFile(b)
print(z.infolist(), z.namelist())
z.printdir()
print(z.read('a.txt'), z.getinfo('ünï.txt').flag_bits, z.getinfo('a.txt').CRC, z.testzip())
with z.open('a.txt') as f:
    print(f.read(2), f.read())
try:
    z.getinfo('x')
except KeyError as e:
    print(e)
try:
    zipfile.ZipFile(io.BytesIO(b'junk'))
except zipfile.BadZipFile as e:
    print(e)
print(zipfile.is_zipfile(b), zipfile.is_zipfile(io.BytesIO(b'nope')))
z.close()
print(z)
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    os.makedirs("project/src")
    with open("project/README.md", "w") as f:
        f.write("# Project\n")
    with open("project/src/main.py", "w") as f:
        f.write("print('hi')\n" * 3)
    with zipfile.ZipFile("backup.zip", "w") as zf:
        for root, dirs, files in sorted(os.walk("project")):
            for name in sorted(files):
                zf.write(os.path.join(root, name))
        zf.writestr("notes/todo.txt", "1. write tests\n")
        print(repr(zf).replace(tmp, "TMP"))
    with zipfile.ZipFile("backup.zip") as zf:
        for info in zf.infolist():
            print(info.filename, info.file_size, info.compress_size, info.compress_type, oct(info.external_attr >> 16))
        zf.extractall("restored")
        print(zf.extract("project/README.md", "one"))
    for root, dirs, files in sorted(os.walk("restored")):
        print(root, sorted(dirs), sorted(files))
    print(open("restored/project/src/main.py").read().count("hi"))
    with zipfile.ZipFile("backup.zip", "a") as zf:
        zf.writestr("extra.txt", b"appended")
    with zipfile.ZipFile("backup.zip") as zf:
        print(zf.namelist(), zf.read("extra.txt"))
        with zf.open("notes/todo.txt") as f:
            print(io.TextIOWrapper(f, encoding="utf-8").read().strip())
    with zipfile.ZipFile("new.zip", "w") as zf:
        with zf.open("streamed.txt", "w") as f:
            f.write(b"part1 ")
            f.write(b"part2")
    print(zipfile.ZipFile("new.zip").read("streamed.txt"))
    os.chdir("/")
for method in (99,):
    try:
        zipfile.ZipFile(io.BytesIO(), "w", method)
        print(method, "ok")
    except (RuntimeError, NotImplementedError) as e:
        print(method, type(e).__name__, e)
try:
    zipfile.ZipFile(io.BytesIO(), "q")
except ValueError as e:
    print(e)
