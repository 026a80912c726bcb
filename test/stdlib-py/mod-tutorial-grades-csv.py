# Gradebook: read scores from CSV, compute statistics, write a report CSV and JSON summary
import csv
import json
import os
import statistics
import tempfile
from collections import namedtuple, OrderedDict

RAW = """student,hw1,hw2,midterm,final
Ada,95,88,91,94
Brian,72,65,70,68
Chen,88,92,85,90
Dana,60,75,58,62
Eve,100,98,97,99
Farid,81,79,84,80
"""
Weights = namedtuple("Weights", "hw1 hw2 midterm final")
W = Weights(0.15, 0.15, 0.3, 0.4)

def letter(score):
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if score >= cutoff:
            return grade
    return "F"

with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, "scores.csv")
    with open(src, "w", newline="") as f:
        f.write(RAW)
    with open(src, newline="") as f:
        reader = csv.DictReader(f)
        fields = reader.fieldnames
        records = []
        for row in reader:
            scores = {k: int(row[k]) for k in fields[1:]}
            total = sum(scores[k] * getattr(W, k) for k in W._fields)
            records.append(OrderedDict(student=row["student"], **scores, total=round(total, 2), grade=letter(total)))
    print(fields)
    for r in records:
        print(r)
    totals = [r["total"] for r in records]
    summary = {
        "count": len(totals), "mean": round(statistics.mean(totals), 3), "median": statistics.median(totals),
        "stdev": round(statistics.stdev(totals), 3), "min": min(totals), "max": max(totals),
        "grades": {g: sum(1 for r in records if r["grade"] == g) for g in "ABCDF"},
        "quartiles": [round(q, 2) for q in statistics.quantiles(totals, n=4)],
    }
    print(json.dumps(summary, indent=2))
    out = os.path.join(d, "report.csv")
    with open(out, "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(records[0].keys()), quoting=csv.QUOTE_NONNUMERIC)
        w.writeheader()
        w.writerows(sorted(records, key=lambda r: -r["total"]))
    with open(out, newline="") as f:
        print(f.read())
    with open(out, newline="") as f:
        back = list(csv.reader(f, quoting=csv.QUOTE_NONNUMERIC))
    print(back[0], back[1], type(back[1][1]).__name__)
    best = max(records, key=lambda r: r["total"])
    print(f"Top student: {best['student']} with {best['total']:.2f} ({best['grade']})")
    print(f"{'Student':<8}|{'Total':>7}|{'Grade':^7}|")
    print("-" * 25)
    for r in records:
        print(f"{r['student']:<8}|{r['total']:>7.2f}|{r['grade']:^7}|")
    z = {r["student"]: round((r["total"] - summary["mean"]) / summary["stdev"], 2) for r in records}
    print(z)
    print(statistics.correlation([r["midterm"] for r in records], [r["final"] for r in records]))
