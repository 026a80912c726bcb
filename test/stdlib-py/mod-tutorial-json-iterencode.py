# json: iterencode's pieces, json.dump's writes (and what a failing dump leaves in the file)
import json, io
for obj in [[1, 'a', None], {'a': [1, 2], 'b': {'c': True}}, [], {}, 'str', 5, [[1], {}], {'k': 1.5}, {1: 2, 2.5: 3, None: 4, True: 5}, [float('inf'), -0.0, 10**20], ("t", ["é"])]:
    print(list(json.JSONEncoder().iterencode(obj)))
    print(list(json.JSONEncoder(indent=2).iterencode(obj)))
    print(list(json.JSONEncoder(sort_keys=True, separators=(',', ':'), ensure_ascii=False).iterencode(obj) if not isinstance(obj, dict) or None not in obj else json.JSONEncoder(separators=(',', ':')).iterencode(obj)))
    print(list(json.JSONEncoder(indent="\t").iterencode(obj)))
class W:
    def write(self, s):
        print('write', repr(s))
json.dump({'a': [1, 2]}, W())
json.dump({'a': [1, 2]}, W(), indent=1)
json.dump([1, {"x": (2, 3)}], W(), separators=(",", ":"))
buf = io.StringIO()
try:
    json.dump({"ok": [1, 2], "bad": object(), "after": 3}, buf)
except TypeError as e:
    print("TypeError:", e)
print(repr(buf.getvalue()))
buf = io.StringIO()
json.dump({"a": [1, {"b": None}]}, buf, indent=2)
print(buf.getvalue())
a = []; a.append(a)
for f in [lambda: list(json.JSONEncoder().iterencode(a)), lambda: list(json.JSONEncoder().iterencode({(1,): 2})), lambda: list(json.JSONEncoder(allow_nan=False).iterencode([float('nan')])), lambda: list(json.JSONEncoder(skipkeys=True).iterencode({(1,): 2, "k": 1}))]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(list(Enc().iterencode({"s": {3, 1}})), json.dumps({"s": {2, 1}}, cls=Enc))
w = W(); json.dump({"s": {5, 4}}, w, cls=Enc)
