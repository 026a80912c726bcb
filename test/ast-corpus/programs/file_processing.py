import csv
import io
import json
import os
import pathlib
import tempfile

CSV_DATA = """name,age,city
Ana,31,Lisbon
Ben,25,"New York, NY"
Chloé,40,Paris
"""


def read_people(text):
    reader = csv.DictReader(io.StringIO(text))
    return [{**row, "age": int(row["age"])} for row in reader]


def write_report(people, directory):
    path = pathlib.Path(directory) / "report.json"
    with path.open("w", encoding="utf-8") as fh:
        json.dump({"count": len(people), "people": people}, fh, ensure_ascii=False, indent=2)
    return path


def tail(path, n=3):
    with open(path, "rb") as fh:
        fh.seek(0, os.SEEK_END)
        size = fh.tell()
        fh.seek(max(0, size - 200))
        return fh.read().decode("utf-8").splitlines()[-n:]


people = read_people(CSV_DATA)
print(sorted(people, key=lambda p: p["age"])[0]["name"], sum(p["age"] for p in people) / len(people))
with tempfile.TemporaryDirectory() as tmp:
    report = write_report(people, tmp)
    print(report.name, report.stat().st_size > 0, tail(report))
    for line_no, line in enumerate(report.read_text(encoding="utf-8").splitlines(), start=1):
        if "Chlo" in line:
            print(line_no, line.strip())
