import json

data = {"name": "Ada", "langs": ["py", "ts"], "age": 36, "ratio": 0.5, "ok": True, "none": None}
text = json.dumps(data)
print(text)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.loads(text) == data)
print(json.dumps([1, 2.0, "é"], ensure_ascii=False), json.dumps("é"))
print(json.loads('{"a": [1, 2, {"b": null}]}'))
try:
    json.loads('{"a": }')
except json.JSONDecodeError as e:
    print("error:", e.msg, e.pos, e.lineno, e.colno)
try:
    json.dumps({1, 2})
except TypeError as e:
    print("TypeError:", e)
json.loads("[1, 2")
