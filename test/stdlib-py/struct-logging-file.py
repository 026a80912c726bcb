# logging: FileHandler, basicConfig(filename, filemode), asctime and datefmt.
import logging
import os
import re
import tempfile

folder = tempfile.mkdtemp()
path = os.path.join(folder, "app.log")
logging.basicConfig(filename=path, filemode="w", level=logging.INFO,
                    format="%(asctime)s %(levelname)s %(message)s", datefmt="%Y-%m-%d %H:%M:%S")
logging.info("first line")
logging.warning("second %s", "line")
logging.debug("not written")
for handler in logging.root.handlers:
    handler.flush()
with open(path) as f:
    lines = f.read().splitlines()
print(len(lines))
for line in lines:
    print(bool(re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d (INFO|WARNING) .*", line)), line.split(" ", 2)[2])

other = os.path.join(folder, "other.log")
fh = logging.FileHandler(other, mode="w", encoding="utf-8", delay=True)
print(os.path.exists(other), repr(fh) == "<FileHandler %s (NOTSET)>" % other, fh.baseFilename == other)
fh.setFormatter(logging.Formatter("%(name)s|%(message)s|%(msecs)03d|%(relativeCreated)d"))
log = logging.getLogger("file.test")
log.addHandler(fh)
log.warning("to both files, ünïcode")
fh.close()
with open(other, encoding="utf-8") as f:
    content = f.read()
name, message, msecs, relative = content.rstrip("\n").split("|")
print(name, message, 0 <= int(msecs) < 1000, int(relative) >= 0)

plain = logging.Formatter("%(asctime)s|%(message)s")
record = logging.makeLogRecord({"msg": "m", "created": 1700000000.25, "msecs": 250.0})
stamp = plain.format(record).split("|")[0]
print(bool(re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,250", stamp)))
logging.shutdown()
for name in os.listdir(folder):
    os.remove(os.path.join(folder, name))
os.rmdir(folder)
print("cleaned up")
