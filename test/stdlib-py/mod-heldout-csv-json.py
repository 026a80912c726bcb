# Reading and writing data files: csv dialects and json round trips as a course shows them.
import csv
import io
import json
from collections import OrderedDict
from decimal import Decimal
from datetime import date

rows = [["name", "age", "city"], ["Ann", 31, "Oslo"], ["Bob, Jr.", 25, 'New "York"'], ["Cy", None, "line\nbreak"]]
buf = io.StringIO()
w = csv.writer(buf)
w.writerows(rows)
print(repr(buf.getvalue()))
print(list(csv.reader(io.StringIO(buf.getvalue()))))
buf = io.StringIO()
csv.writer(buf, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\n").writerows(rows[:2])
print(buf.getvalue(), end="")
buf = io.StringIO()
csv.writer(buf, quoting=csv.QUOTE_NONNUMERIC).writerow(["a", 1, 2.5, None, True])
print(buf.getvalue(), end="")
print(list(csv.reader(['"a",1,2.5'], quoting=csv.QUOTE_NONNUMERIC)))
buf = io.StringIO()
try:
    csv.writer(buf, quoting=csv.QUOTE_NONE).writerow(["a,b"])
except csv.Error as e:
    print("csv.Error:", e)
csv.writer(buf, quoting=csv.QUOTE_NONE, escapechar="\\").writerow(["a,b", "c"])
print(buf.getvalue(), end="")
print(list(csv.reader(["a, b,c"], skipinitialspace=True)), list(csv.reader(["x\ty"], dialect="excel-tab")))
print(list(csv.reader(['a,"b""c",d', '', '"multi', 'line",z'])))
try:
    list(csv.reader(['"unterminated'], strict=True))
except csv.Error as e:
    print("csv.Error:", e)
try:
    list(csv.reader(['a"b,c'], strict=True))
except csv.Error as e:
    print("csv.Error:", e)
try:
    csv.reader([1])
    next(csv.reader([1]))
except csv.Error as e:
    print("csv.Error:", e)

data = "name,score\nann,90\nbob,85\n"
reader = csv.DictReader(io.StringIO(data))
print(reader.fieldnames)
for row in reader:
    print(row, row["score"])
print(list(csv.DictReader(io.StringIO("a,b\n1,2,3\n4\n"), restkey="extra", restval="?")))
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["id", "name"], extrasaction="ignore")
dw.writeheader()
dw.writerow({"id": 1, "name": "x", "junk": 0})
dw.writerows([{"id": 2}, {"name": "only"}])
print(repr(out.getvalue()))
try:
    csv.DictWriter(io.StringIO(), fieldnames=["a"]).writerow({"a": 1, "b": 2})
except ValueError as e:
    print("ValueError:", e)
csv.register_dialect("pipes", delimiter="|", quotechar="'")
print(list(csv.reader(["a|'b|c'|d"], dialect="pipes")), csv.list_dialects()[-1] if "pipes" in csv.list_dialects() else None)
try:
    csv.get_dialect("nope")
except csv.Error as e:
    print("csv.Error:", e)
try:
    csv.reader([], delimiter="::")
except TypeError as e:
    print("TypeError:", e)
sniffed = csv.Sniffer().sniff("a;b;c\n1;2;3\n")
print(sniffed.delimiter, csv.Sniffer().has_header("name,age\nann,3\nbob,4\n"))
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.excel.delimiter, repr(csv.excel.lineterminator))

record = {"name": "Ann", "langs": ["py", "ts"], "age": 31, "ratio": 0.5, "ok": True, "none": None, "nested": {"b": 1, "a": [1, {"z": None}]}}
print(json.dumps(record))
print(json.dumps(record, indent=2, sort_keys=True))
print(json.dumps(record["nested"], indent="\t"))
print(json.dumps([1, [2, []], {}], indent=0))
print(json.dumps(record["langs"], separators=(",", ":")), json.dumps({"a": 1}, separators=(", ", " = ")))
print(json.dumps("héllo ☃ \n \"q\""), json.dumps("héllo", ensure_ascii=False), json.dumps("\U0001f600"))
print(json.dumps({1: "int key", 2.5: "float", True: "bool", None: "null"}))
print(json.dumps(float("nan")), json.dumps([float("inf"), -float("inf")]))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): 3, "ok": 1}, skipkeys=True))
try:
    json.dumps({"when": date(2024, 1, 2)})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps(Decimal("1.5"))
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"when": date(2024, 1, 2), "amount": Decimal("9.99"), "tags": {"b", "a"} and sorted({"b", "a"})}, default=str))
class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        if isinstance(o, complex):
            return {"re": o.real, "im": o.imag}
        return super().default(o)
print(json.dumps({"s": {3, 1}, "c": 1 + 2j}, cls=Encoder))
try:
    json.dumps(object(), cls=Encoder)
except TypeError as e:
    print("TypeError:", str(e).split(" at ")[0])
circ = []
circ.append(circ)
try:
    json.dumps(circ)
except ValueError as e:
    print("ValueError:", e)
print(json.loads('{"a": [1, 2.0, "x", true, false, null], "b": {"c": -1e3}}'))
print(json.loads("[1.5, 10000000000000000000000, -0.0, 1E2]"), json.loads('"\\u00e9\\n"'), json.loads("NaN"), json.loads(" 3 "))
print(json.loads('{"a": 1, "a": 2}'), json.loads('{"x": 1.10}', parse_float=Decimal), json.loads("7", parse_int=float))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict), json.loads('{"p": 1}', object_hook=lambda d: sorted(d.items())))
for bad in ['{"a": 1,}', "[1, 2", "", "{'a': 1}", '{"a" 1}', "[1] x", '"abc', "tru", '{"a":\n  }', "[01]", '"\\x"']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, "|", e.lineno, e.colno, e.pos)
try:
    json.loads(b'\xff')
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e.reason)
try:
    json.loads(5)
except TypeError as e:
    print("TypeError:", e)
print(json.loads(b'{"bytes": true}'), json.loads(bytearray(b"[1]")))
s = io.StringIO()
json.dump({"k": [1, 2]}, s, indent=1)
print(s.getvalue())
print(json.load(io.StringIO('{"back": "again"}')))
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} trailing'), json.dumps(True), json.dumps(None), json.dumps(3.0), json.dumps(1e20), json.dumps(-0.0))
print(json.dumps("x" * 3, indent=4), json.dumps({}, indent=2), json.dumps([], indent=2), json.dumps({"a": {}}, indent=2))
