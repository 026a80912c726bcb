# A course project: analyse a web server log with re, collections, statistics of the standard
# library, and write a JSON and CSV report into a temporary folder.
import csv
import io
import json
import re
import tempfile
from collections import Counter, defaultdict, namedtuple
from pathlib import Path
from statistics import mean, median

LOG = """\
192.168.0.1 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326 0.012
192.168.0.2 - - [10/Oct/2023:13:55:40 +0000] "GET /about.html HTTP/1.1" 200 1200 0.020
10.0.0.5 - - [10/Oct/2023:13:56:01 +0000] "POST /login HTTP/1.1" 302 0 0.150
192.168.0.1 - - [10/Oct/2023:13:57:12 +0000] "GET /missing.png HTTP/1.1" 404 512 0.003
10.0.0.5 - - [10/Oct/2023:13:58:45 +0000] "GET /dashboard HTTP/1.1" 200 8812 0.480
172.16.4.2 - - [10/Oct/2023:14:01:02 +0000] "GET /index.html HTTP/1.1" 500 0 1.250
malformed line here
192.168.0.2 - - [10/Oct/2023:14:02:33 +0000] "DELETE /api/item/7 HTTP/1.1" 403 94 0.010
"""

PATTERN = re.compile(r"""
    (?P<ip>\d{1,3}(?:\.\d{1,3}){3})\s-\s-\s
    \[(?P<when>[^\]]+)\]\s
    "(?P<method>[A-Z]+)\s(?P<path>\S+)\s[^"]+"\s
    (?P<status>\d{3})\s(?P<size>\d+)\s(?P<secs>[\d.]+)
""", re.VERBOSE)

Hit = namedtuple("Hit", "ip when method path status size secs")
hits, bad = [], []
for number, line in enumerate(LOG.splitlines(), 1):
    m = PATTERN.fullmatch(line)
    if not m:
        bad.append(number)
        continue
    d = m.groupdict()
    hits.append(Hit(d["ip"], d["when"], d["method"], d["path"], int(d["status"]), int(d["size"]), float(d["secs"])))

print(f"{len(hits)} hits, malformed lines: {bad}")
by_status = Counter(h.status for h in hits)
print(by_status.most_common())
print(sorted(Counter(h.ip for h in hits).items(), key=lambda kv: (-kv[1], kv[0])))
paths = defaultdict(list)
for h in hits:
    paths[h.path].append(h.secs)
for path, times in sorted(paths.items()):
    print(f"{path:<16} n={len(times)} mean={mean(times):.3f} median={median(times):.3f}")
errors = [h for h in hits if h.status >= 400]
print("errors:", [(h.status, h.path) for h in errors])
classes = Counter(f"{h.status // 100}xx" for h in hits)
print(dict(sorted(classes.items())))
print(max(hits, key=lambda h: h.secs))
print(re.sub(r"\d+$", "N", "/api/item/7"), {re.sub(r"/\d+", "/{id}", h.path) for h in hits if h.path.startswith("/api")})

report = {
    "total": len(hits),
    "status": {str(k): v for k, v in sorted(by_status.items())},
    "slowest": max(hits, key=lambda h: h.secs)._asdict(),
    "bytes": sum(h.size for h in hits),
}
folder = Path(tempfile.mkdtemp())
(folder / "report.json").write_text(json.dumps(report, indent=2, sort_keys=True))
print((folder / "report.json").read_text())
with open(folder / "hits.csv", "w", newline="") as f:
    writer = csv.writer(f)
    writer.writerow(Hit._fields)
    writer.writerows(hits)
with open(folder / "hits.csv", newline="") as f:
    rows = list(csv.DictReader(f))
print(len(rows), rows[0], rows[-1]["path"])
buf = io.StringIO()
json.dump([h._asdict() for h in errors], buf, separators=(",", ":"))
print(buf.getvalue())
print(sorted(p.name for p in folder.iterdir()))
for p in folder.iterdir():
    p.unlink()
folder.rmdir()
print(folder.exists())
