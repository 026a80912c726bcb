# csv: reading and writing spreadsheets in a temporary directory
import csv
import io
import os
import tempfile

rows = [["name", "dept", "salary"], ["Alice", "Eng", 120000], ["Bob, Jr.", "Sales", 95000.5],
        ['Carol "CJ"', "Eng", None], ["Dan\nNewline", "Ops", 0]]
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "staff.csv")
    with open(path, "w", newline="") as f:
        writer = csv.writer(f)
        writer.writerows(rows)
    with open(path, newline="") as f:
        print(repr(f.read()))
    with open(path, newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        print(header, reader.line_num)
        for row in reader:
            print(row, reader.line_num)
    with open(path, newline="") as f:
        for rec in csv.DictReader(f):
            print(rec)
    people = [{"first": "Ann", "last": "Lee", "age": 30}, {"first": "Bo", "last": "Kim", "age": 25}]
    path2 = os.path.join(tmp, "people.csv")
    with open(path2, "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["first", "last", "age"])
        w.writeheader()
        w.writerows(people)
        w.writerow({"first": "Cy", "age": 41})
    with open(path2, newline="") as f:
        text = f.read()
    print(repr(text))
    with open(path2, newline="") as f:
        r = csv.DictReader(f)
        print(r.fieldnames)
        ages = [int(row["age"]) for row in r]
    print(sum(ages) / len(ages))
    try:
        with open(path2, "w", newline="") as f:
            csv.DictWriter(f, fieldnames=["a"]).writerow({"a": 1, "b": 2})
    except ValueError as e:
        print("ValueError:", e)
    with open(path2, "w", newline="") as f:
        csv.DictWriter(f, fieldnames=["a"], extrasaction="ignore").writerow({"a": 1, "b": 2})
    print(open(path2).read().strip())

out = io.StringIO()
w = csv.writer(out, quoting=csv.QUOTE_ALL)
w.writerow(["a", 1, 2.5, None])
w = csv.writer(out, quoting=csv.QUOTE_NONNUMERIC)
w.writerow(["a", 1, 2.5, True])
w = csv.writer(out, quoting=csv.QUOTE_MINIMAL, delimiter=";")
w.writerow(["x;y", "plain", "q\"uote"])
w = csv.writer(out, delimiter="\t", lineterminator="\n")
w.writerow(["tab\tin", "b"])
w = csv.writer(out, quoting=csv.QUOTE_NONE, escapechar="\\")
w.writerow(["a,b", "c"])
print(repr(out.getvalue()))
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"])
except csv.Error as e:
    print("csv.Error:", e)
data = 'id|name|note\n1|"pipe|in"|ok\n2|plain|"multi\nline"\n'
for row in csv.reader(io.StringIO(data), delimiter="|"):
    print(row)
print(list(csv.reader(["a, b, c"], skipinitialspace=True)), list(csv.reader(["a, b, c"])))
print(list(csv.reader(['1,"2",3.5'], quoting=csv.QUOTE_NONNUMERIC)))
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_MINIMAL)
print(csv.list_dialects() if False else "pipes" in csv.list_dialects(), csv.get_dialect("pipes").delimiter)
o2 = io.StringIO()
csv.writer(o2, dialect="pipes").writerow(["a|b", "c"])
print(repr(o2.getvalue()))
class Semi(csv.excel):
    delimiter = ";"
print(list(csv.reader(["1;2;3"], dialect=Semi)))
o3 = io.StringIO()
csv.writer(o3, dialect=csv.excel_tab).writerow(["x", "y"])
print(repr(o3.getvalue()))
sample = "name,age\nann,3\nbob,4\n"
sn = csv.Sniffer()
dia = sn.sniff(sample)
print(dia.delimiter, sn.has_header(sample))
dr = csv.DictReader(io.StringIO("a,b\n1,2,3\n4\n"), restkey="extra", restval="?")
print(list(dr))
dr2 = csv.DictReader(io.StringIO("1,2\n3,4\n"), fieldnames=["x", "y"])
print([dict(r) for r in dr2])
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
try:
    list(csv.reader(['a,"b'], strict=True))
except csv.Error as e:
    print("csv.Error:", e)
