# json: serialising app data, custom encoders/decoders, files in a temp dir
import json
import tempfile
import os
from datetime import datetime, date
from dataclasses import dataclass, asdict

data = {"name": "Ada", "age": 36, "langs": ["en", "fr"], "married": True, "pet": None, "ratio": 0.5,
        "nested": {"a": [1, 2, {"b": (3, 4)}]}}
s = json.dumps(data)
print(s)
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=4, sort_keys=True))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, indent="\t")[:40])
print(json.dumps({"b": 1, "a": 2}, sort_keys=True, indent=0))
print(json.dumps("héllo ☃"), json.dumps("héllo ☃", ensure_ascii=False), json.dumps("tab\tquote\"back\\"))
print(json.dumps([float("inf"), float("-inf"), float("nan")]), json.dumps(1e100), json.dumps(1.0), json.dumps(10**20))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}))
try:
    json.dumps({(1, 2): "x"})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): "x", "k": 1}, skipkeys=True))
try:
    json.dumps({"when": datetime(2024, 1, 2)})
except TypeError as e:
    print("TypeError:", e)
def default(o):
    if isinstance(o, (datetime, date)):
        return o.isoformat()
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f"Cannot serialize {type(o).__name__}")
print(json.dumps({"when": datetime(2024, 1, 2, 3, 4), "tags": {"b", "a"}}, default=default))
class ComplexEncoder(json.JSONEncoder):
    def default(self, obj):
        if isinstance(obj, complex):
            return {"__complex__": True, "real": obj.real, "imag": obj.imag}
        return super().default(obj)
enc = json.dumps([1 + 2j, 3], cls=ComplexEncoder)
print(enc)
def as_complex(dct):
    if "__complex__" in dct:
        return complex(dct["real"], dct["imag"])
    return dct
print(json.loads(enc, object_hook=as_complex))
print(json.loads('{"a": 1, "b": [1, 2.5, "x", null, true, false]}'))
print(json.loads('{"a": 1, "a": 2}'), json.loads('"\\u00e9\\n"'), json.loads("  [] "), json.loads("3.0"))
print(json.loads('{"x": 1, "y": 2}', object_pairs_hook=list))
print(json.loads('[1.1, 2]', parse_float=lambda s: "F" + s, parse_int=lambda s: int(s) * 10))
print(json.loads('[NaN, Infinity]'), json.loads('{"big": 12345678901234567890}'))
for bad in ['{"a": 1,}', "[1, 2", "{'a': 1}", "", '{"a" 1}', "[1] x"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, "|", e.msg, e.pos, e.lineno, e.colno)
@dataclass
class Book:
    title: str
    pages: int
books = [Book("Dune", 412), Book("Emma", 474)]
payload = json.dumps([asdict(b) for b in books], indent=2)
restored = [Book(**d) for d in json.loads(payload)]
print(payload, restored)
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "config.json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump({"version": 2, "items": [1, 2, 3]}, fh, indent=2)
    with open(path, encoding="utf-8") as fh:
        print(repr(fh.read()))
    with open(path) as fh:
        cfg = json.load(fh)
    print(cfg, cfg["items"][-1])
decoder = json.JSONDecoder()
print(decoder.raw_decode('{"a": 1} trailing'))
print(json.JSONEncoder(indent=1).encode({"k": [1]}), "".join(json.JSONEncoder().iterencode([1, "a"])))
print(json.dumps([]), json.dumps({}), json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps([[]], indent=2))
print(json.dumps("\u2028\x00\x1f"), json.dumps(True), json.dumps(None), json.dumps((1, 2)))
